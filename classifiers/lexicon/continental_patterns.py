"""Pattern builders shared by the German, Dutch and French phrase tables.

The pattern dialect is described in classifiers.mention_lexicon.

Speed: the scan tries every phrase at every word start. sre dismisses a phrase with a single
comparison only when its first item is a literal (or a character class); a leading group of
alternatives, an optional word or a look-behind costs a full attempt at every position
(measured ~10x more). So every phrase here starts with a literal word: leading alternatives are
spelled out with ``each``, the "start of a sentence" and "not inside a quotation" checks are
look-behinds placed *after* the first word (``sent``, ``nq``), phrases of one right that share
their first part (``<meine> <daten> ...``) are written as one phrase, and ``grouped`` merges
the phrases of a right that start with the same letter. The scan of the German corpus texts
costs about 1.3x the old, much smaller lexicon; without these rules it cost 5x.
"""

from __future__ import annotations

from classifiers.lexicon.regex_tools import top_level_alternatives


def each(firsts: str, rest: str) -> tuple[str, ...]:
    """One phrase per top-level alternative of ``firsts``, each followed by ``rest``."""
    return tuple(first + rest for first in top_level_alternatives(firsts))


def grouped(*phrases: str) -> tuple[str, ...]:
    """The phrases, with those starting with the same letter merged into one "x(?:...|...)"
    phrase: same matches in the same order, but the scan dismisses the group with one
    comparison instead of one per phrase."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        plain = phrase[0].isalpha() and phrase[1:2] not in ("?", "*", "+", "{")
        groups.setdefault(phrase[0] if plain else phrase, []).append(phrase)
    return tuple(
        members[0] if len(members) == 1 else key + "(?:" + "|".join(m[1:] for m in members) + ")"
        for key, members in groups.items()
    )


def sent(word: str) -> str:
    """``word`` (plain letters) opening a sentence or line: no other word before it on the same
    line, except a "danke"/"thanks"-like closing word ("nein danke, bitte keine Anrufe")."""
    return (
        rf"{word}(?:(?<!\w[^\S\n]{word})|(?<=danke[^\S\n]{word})|(?<=nein[^\S\n]{word})"
        rf"|(?<=merci[^\S\n]{word})|(?<=bedankt[^\S\n]{word}))"
    )


def nq(word: str) -> str:
    """``word`` (plain letters) not opening a quotation: a newsletter quoting "Löschen Sie meine
    Daten" or « retirez-moi de votre liste » is not a request."""
    return (
        rf'{word}(?<!["\'„“”‚«»]{word})(?<!«[^\S\n]{word})'
        rf'(?<!["\'„“”‚«»]bitte[^\S\n]{word})'
    )
