"""Explicit-mention layer of the rights classifier: phrases and article numbers naming a right.

``find_mentions`` scans a text for the phrases in ``classifiers.mention_lexicon`` and for GDPR
article citations. A STRONG mention is a first-person request ("slet mine oplysninger", "where did
you get my number", "ich widerrufe meine Einwilligung", "request under Article 15"); a WEAK mention
names a right or cites an article without asking for anything (a newsletter about Article 17).
Weak mentions are evidence only; the spaCy model (a separate layer) weighs them later.

``MentionClassifier`` turns the mentions of one message into a ``ClassificationVerdict``. It can
say REQUEST or UNCERTAIN but never NOT_REQUEST: the absence of a known phrase proves nothing (R1:
no form or keyword is required), so unmatched mail goes to staff triage (R95).

Matching works on a folded copy of the text (casefold, accents stripped, whitespace runs match any
whitespace) so "SLET MINE OPLYSNINGER" and "Loschung" match; every mention reports the phrase as
written, with the original case and diacritics, through an offset map back into the input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bot.model import (
    ClassificationVerdict,
    Evidence,
    ParsedMessage,
    Right,
    VerdictKind,
)
from classifiers.folding import fold, fold_pattern
from classifiers.mention_lexicon import (
    ABBREVIATIONS,
    ARTICLE_RIGHTS,
    ARTICLE_WORDS,
    LAW_NAMES,
    LEXICONS,
    PARAGRAPH_WORDS,
    LanguageLexicon,
)

__all__ = ["Mention", "MentionClassifier", "MentionStrength", "find_mentions"]


class MentionStrength(StrEnum):
    STRONG = "strong"
    WEAK = "weak"


@dataclass(frozen=True)
class Mention:
    """One matched phrase: ``text[start:end] == phrase`` in the text given to find_mentions."""

    right: Right
    phrase: str
    start: int
    end: int
    strength: MentionStrength
    language: str


# --- folding -------------------------------------------------------------------------------

# Letters NFD does not decompose but writers without the keyboard replace by the plain letter.
_RIGHT_ORDER = (
    Right.RESTRICTION, Right.PORTABILITY, Right.WITHDRAW_CONSENT, Right.RECTIFICATION,
    Right.OBJECTION, Right.ERASURE, Right.ACCESS,
)
_SLOT = re.compile(r"<(\w+)>")
_HSPACE = r"[^\S\n]*"
_REPLY_PREFIX = r"(?:(?:re|sv|aw|vs|antw|ant|odp|r|rif|fw|fwd|wg|tr)[^\S\n]*:[^\S\n]*)*"
_POLITE = (
    r"please|thanks|thank you|tak|tack|takk|danke|bitte|merci|kiitos|gracias|grazie"
    r"|dziekuje|dank(?:je|u)?|bedankt|venligst|vennligst|tack"
)
#: Bare one-word objections count only on the first lines (subject, first body line), so the
#: "Unsubscribe" line of a newsletter footer does not.
_BARE_MAX_LINE = 3


def _expand(pattern: str, lexicon: LanguageLexicon) -> str:
    return fold_pattern(_SLOT.sub(lambda m: lexicon.slots[m.group(1)], pattern))


def _alternation(patterns: Iterable[str], lexicon: LanguageLexicon) -> str:
    return "|".join(_expand(p, lexicon) for p in patterns)


@dataclass(frozen=True)
class _CompiledLexicon:
    """A language's phrases as one flat regex for scanning plus one regex per tag.

    Scanning uses the flat alternation because sre skips a branch cheaply when its first literal
    does not match, and named groups would defeat that (measured ~25% faster). The tag of a hit
    is found by re-matching the per-tag regexes, in the same order, at the hit's start: the first
    that matches is the one holding the branch the flat regex chose. Hits are few, scans many.
    """

    scan: re.Pattern[str]
    tagged: tuple[tuple[str, re.Pattern[str]], ...]


def _compile_lexicon(lexicon: LanguageLexicon) -> _CompiledLexicon:
    """Strong phrases first (in _RIGHT_ORDER), then bare lines, then weak phrases."""
    parts: list[tuple[str, str]] = []
    for right in _RIGHT_ORDER:
        if lexicon.strong.get(right):
            parts.append((f"s_{right.value}", _alternation(lexicon.strong[right], lexicon)))
    if lexicon.bare:
        alts = _alternation(lexicon.bare, lexicon)
        parts.append((
            "bare",
            rf"^{_HSPACE}{_REPLY_PREFIX}(?P<word>{alts}){_HSPACE}[.!]*"
            rf"(?:[^\S\n]*,?[^\S\n]*(?:{_POLITE}))?{_HSPACE}[.!]*{_HSPACE}$",
        ))
    for right in _RIGHT_ORDER:
        if lexicon.weak.get(right):
            parts.append((f"w_{right.value}", _alternation(lexicon.weak[right], lexicon)))
    # The leading look-behind lets the engine reject mid-word positions before trying branches.
    flat = "|".join(alts.replace("(?P<word>", "(?:") for _, alts in parts)
    return _CompiledLexicon(
        scan=re.compile(rf"(?<!\w)(?:{flat})(?!\w)", re.MULTILINE),
        tagged=tuple(
            (tag, re.compile(rf"(?:{alts})(?!\w)", re.MULTILINE)) for tag, alts in parts
        ),
    )


_LANGUAGE_PATTERNS: dict[str, _CompiledLexicon] = {
    code: _compile_lexicon(lex) for code, lex in LEXICONS.items()
}
_CUE_PATTERNS: dict[str, re.Pattern[str]] = {
    code: re.compile(rf"(?<!\w)(?:{_alternation(lex.cues, lex)})(?!\w)")
    for code, lex in LEXICONS.items()
}
_ALL_CUES = re.compile(
    "|".join(
        rf"(?P<{code}>(?<!\w)(?:{_alternation(lex.cues, lex)})(?!\w))"
        for code, lex in LEXICONS.items()
    )
)
_LAW_NAMES = {fold_pattern(name): lang for name, lang in LAW_NAMES.items()}
_LAW_ALT = "|".join(_LAW_NAMES)
_LAW_LANG = [(re.compile(rf"(?<!\w)(?:{name})(?!\w)"), lang) for name, lang in _LAW_NAMES.items()]
_ARTICLE = re.compile(
    rf"(?<!\w)(?:(?:{_LAW_ALT})(?::\w+)?\s+)?"
    rf"(?:(?:{fold_pattern(ARTICLE_WORDS)})\s*(?P<num>\d{{1,2}})(?![\d.,]\d)"
    rf"(?:\s*\((?P<para>\d)\)|,?\s*(?:{PARAGRAPH_WORDS})\.?\s*(?P<para2>\d)(?!\d))?"
    rf"|(?P<fnum>\d{{1,2}})\.?\s*artikla\w*(?:\s*(?P<fpara>\d)\.?\s*(?:kohda?\w*|mom\w*))?)"
    rf"(?:\s*\(\d\))*"
    rf"(?:,?\s+(?:of (?:the )?|du |der |des |de la |del |dell'|van de |af |i |enligt |ifolge "
    rf"|w |z |nach )?(?P<law>{_LAW_ALT}))?(?!\w)"
)
_CONTINUATION = re.compile(
    r"\s*(?:,|&|\band\b|\bog\b|\boch\b|\bund\b|\bet\b|\ben\b|\be\b|\by\b|\bi\b"
    r"|\bja\b|\boraz\b)\s*(?:art\.?\s*)?(\d{1,2})(?![\d.,]\d)(?!\s*(?:%|days|dage|tage))"
)
_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n[^\S\n]*\n")
_LAST_WORD = re.compile(r"(\w+)$")


# --- matching ------------------------------------------------------------------------------

@dataclass
class _Raw:
    """A match in folded coordinates, before promotion, deduplication and offset mapping."""

    right: Right
    start: int
    end: int
    strength: MentionStrength
    language: str | None
    cue_checked: bool = False  # weak phrases and articles may be promoted by a cue
    article: bool = False


class _Sentences:
    """Sentence spans of the folded text, computed once and only if a weak match needs them."""

    def __init__(self, folded: str) -> None:
        self._starts: list[int] = [0]
        self._ends: list[int] = []
        for match in _SENTENCE_END.finditer(folded):
            if match.group() == ".":
                word = _LAST_WORD.search(folded, max(0, match.start() - 16), match.start())
                # "Art. 15", "jf. artikel 17", "Abs. 3", "15. artikla": not sentence ends.
                if word and (word.group(1) in ABBREVIATIONS or word.group(1).isdigit()):
                    continue
            self._ends.append(match.start())
            self._starts.append(match.end())
        self._ends.append(len(folded))

    def around(self, start: int, end: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, start) - 1
        last = bisect.bisect_left(self._ends, end)
        return self._starts[index], self._ends[min(last, len(self._ends) - 1)]


def _cue_language(folded: str, span: tuple[int, int], language: str | None) -> str | None:
    """Language of a request cue in the span, or None if there is none."""
    if language is not None:
        return language if _CUE_PATTERNS[language].search(folded, *span) else None
    match = _ALL_CUES.search(folded, *span)
    return match.lastgroup if match else None


def _scan_lexicon(folded: str, code: str) -> list[_Raw]:
    compiled = _LANGUAGE_PATTERNS[code]
    found: list[_Raw] = []
    for hit in compiled.scan.finditer(folded):
        tag, match = next(
            (tag, m) for tag, rx in compiled.tagged if (m := rx.match(folded, hit.start()))
        )
        if tag == "bare":
            earlier = folded[: match.start()].split("\n")[:-1]
            if sum(1 for line in earlier if line.strip()) >= _BARE_MAX_LINE:
                continue
            start, end = match.span("word")
            found.append(_Raw(Right.OBJECTION, start, end, MentionStrength.STRONG, code))
            continue
        kind, _, value = tag.partition("_")
        strength = MentionStrength.STRONG if kind == "s" else MentionStrength.WEAK
        found.append(_Raw(Right(value), match.start(), match.end(), strength, code, kind == "w"))
    return found


def _scan_articles(folded: str) -> list[_Raw]:
    found: list[_Raw] = []
    for match in _ARTICLE.finditer(folded):
        number = match.group("num") or match.group("fnum")
        para = match.group("para") or match.group("para2") or match.group("fpara")
        law_lang = next(
            (lang for law, lang in _LAW_LANG if law.search(match.group(0))), None
        )
        cited = [(int(number), int(para) if para else None, match.start(), match.end())]
        # "Articles 15 and 17", "art. 15, 17 og 21": every listed number is a citation.
        position = match.end()
        while more := _CONTINUATION.match(folded, position):
            cited.append((int(more.group(1)), None, more.start(1), more.end(1)))
            position = more.end()
        for num, paragraph, start, end in cited:
            right = ARTICLE_RIGHTS.get((num, paragraph if num == 7 else None))
            if right is not None:
                found.append(_Raw(right, start, end, MentionStrength.WEAK, law_lang, True, True))
    return found


def find_mentions(text: str, language: str | None = None) -> tuple[Mention, ...]:
    """Find explicit mentions of GDPR rights in ``text``, ordered by position.

    ``language`` restricts phrase matching to one lexicon (article citations are checked in any
    case); None, or a language without a lexicon, tries every language. Norwegian may be given
    as "nb", "no" or "nn".
    """
    lang = _normalise_language(language)
    folded, offsets = fold(text)
    codes = (lang,) if lang else tuple(LEXICONS)
    raws: list[_Raw] = []
    for code in codes:
        raws.extend(_scan_lexicon(folded, code))
    articles = _scan_articles(folded)
    sentences: _Sentences | None = None
    for raw in raws + articles:
        if not raw.cue_checked:
            continue
        sentences = sentences or _Sentences(folded)
        span = sentences.around(raw.start, raw.end)
        # A phrase is promoted by a cue of its own language; an article by a cue of any.
        cue_lang = _cue_language(folded, span, lang if raw.article else raw.language)
        if cue_lang is not None:
            raw.strength = MentionStrength.STRONG
            raw.language = raw.language or cue_lang
    fallback = lang or _majority_language(raws)
    for raw in articles:
        raw.language = lang or raw.language or fallback
    return _finish(text, offsets, raws + articles)


def _normalise_language(language: str | None) -> str | None:
    if language is None:
        return None
    code = language.lower().split("-")[0].split("_")[0]
    code = "nb" if code in {"no", "nn"} else code
    return code if code in LEXICONS else None


def _majority_language(raws: list[_Raw]) -> str:
    counts: dict[str, int] = {}
    for raw in raws:
        if raw.language:
            counts[raw.language] = counts.get(raw.language, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else "und"


def _finish(text: str, offsets: list[int] | None, raws: list[_Raw]) -> tuple[Mention, ...]:
    """Map to original offsets, drop duplicates (same span in several languages) and weak
    mentions covered by a strong mention of the same right, then sort by position."""
    best: dict[tuple[Right, int, int], _Raw] = {}
    for raw in raws:
        key = (raw.right, raw.start, raw.end)
        kept = best.get(key)
        if kept is None or (
            kept.strength is MentionStrength.WEAK and raw.strength is MentionStrength.STRONG
        ):
            best[key] = raw
    strong = [r for r in best.values() if r.strength is MentionStrength.STRONG]
    mentions: list[Mention] = []
    for raw in best.values():
        if raw.strength is MentionStrength.WEAK and any(
            s.right is raw.right and s.start < raw.end and raw.start < s.end for s in strong
        ):
            continue
        start = offsets[raw.start] if offsets else raw.start
        end = offsets[raw.end - 1] + 1 if offsets else raw.end
        mentions.append(
            Mention(raw.right, text[start:end], start, end, raw.strength, raw.language or "und")
        )
    mentions.sort(key=lambda m: (m.start, m.end, _RIGHT_ORDER.index(m.right)))
    return tuple(mentions)


# --- classifier ----------------------------------------------------------------------------

class MentionClassifier:
    """Classifier (``classifiers.base.Classifier``) built on explicit mentions alone.

    Any strong mention makes the message a REQUEST for the rights of the strong mentions; only
    weak mentions give UNCERTAIN with those rights; nothing gives UNCERTAIN with no rights and
    confidence 0.0, because without the model this layer cannot rule a request out (R1, R95).
    """

    def __init__(self, *, strong_confidence: float = 0.9, weak_confidence: float = 0.5) -> None:
        self._strong_confidence = strong_confidence
        self._weak_confidence = weak_confidence

    def classify(self, message: ParsedMessage) -> ClassificationVerdict:
        # The subject is its own paragraph so a bare "Unsubscribe" subject counts as a line.
        text = f"{message.subject}\n\n{message.new_text}"
        mentions = find_mentions(text, message.language) if message.language else ()
        if not any(m.strength is MentionStrength.STRONG for m in mentions):
            # Language detection is unreliable on two-word mails ("Afmeld tak"): try them all.
            mentions = find_mentions(text, None)
        strong = [m for m in mentions if m.strength is MentionStrength.STRONG]
        chosen = strong or list(mentions)
        evidence = tuple(
            dict.fromkeys(Evidence(m.phrase, m.right, "mention") for m in mentions)
        )
        rights = frozenset(m.right for m in chosen)
        if strong:
            kind, confidence = VerdictKind.REQUEST, self._strong_confidence
        elif mentions:
            kind, confidence = VerdictKind.UNCERTAIN, self._weak_confidence
        else:
            kind, confidence = VerdictKind.UNCERTAIN, 0.0
        return ClassificationVerdict(
            kind=kind, rights=rights, language=message.language, confidence=confidence,
            evidence=evidence,
        )
