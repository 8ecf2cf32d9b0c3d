"""Literal-first grouping shared by the Danish, Swedish and Norwegian phrase tables.

The pattern dialect is described in classifiers.mention_lexicon.

The strong phrases are grouped by what the writer does: asks to delete, to stop contact, asks
where we got their data, and so on. They name the first person (mig/mit/mine, mig/min/mina,
meg/min/mine) or address the company about the writer ("hvor har I mit nummer fra"), so a
client's instruction about "the contacts we uploaded" does not match. Gaps between words are
bounded ((?:\\w+ ){0,3}) so a pattern never backtracks far.
"""

from __future__ import annotations

from classifiers.lexicon.regex_tools import group_end, top_level_alternatives


def _split(pattern: str) -> list[str]:
    """Split a pattern that opens with a group of alternatives into one pattern per initial.

    The matcher scans with one alternation of all phrases, and the regex engine skips a branch
    cheaply only when the branch starts with a literal letter. "(?:slet|fjern) mig" starts with
    a group, so it becomes "(?:slet) mig" and "(?:fjern) mig": same matches, faster scan.
    """
    end = group_end(pattern) if pattern.startswith("(?:") else -1
    if end < 0 or pattern[end + 1 : end + 2] in ("?", "*", "+", "{"):
        return [pattern]
    rest = pattern[end + 1 :]
    by_initial: dict[str, list[str]] = {}
    for alt in top_level_alternatives(pattern[3:end]):
        key = alt[0] if alt[:1].isalpha() else alt
        by_initial.setdefault(key, []).append(alt)
    out: list[str] = []
    for alts in by_initial.values():
        if len(alts) == 1 and alts[0].startswith("(?:"):
            out.extend(_split(alts[0] + rest))
        else:
            out.append(f"(?:{'|'.join(alts)}){rest}")
    return out


def _initial(pattern: str) -> str:
    """The letter a pattern must start with, or the pattern itself if it is not one letter."""
    if pattern.startswith("(?:"):
        end = group_end(pattern)
        if end < 0 or pattern[end + 1 : end + 2] in ("?", "*", "+", "{"):
            return pattern
        pattern = pattern[3:]
    return pattern[0] if pattern[:1].isalpha() else pattern


def fast(*patterns: str) -> tuple[str, ...]:
    """The phrases of one right, prepared for a fast scan (same matches, same order of tries).

    Each phrase is split by ``_split``; then phrases that start with the same letter are joined
    into one alternation, which the regex engine enters only when that letter is under the
    cursor. This keeps a long phrase list about as cheap to scan as a short one.
    """
    by_initial: dict[str, list[str]] = {}
    for pattern in patterns:
        for part in _split(pattern):
            by_initial.setdefault(_initial(part), []).append(part)
    return tuple(
        parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})" for parts in by_initial.values()
    )
