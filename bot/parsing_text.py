"""Text helpers for the parser: byte decoding, HTML to text, quote stripping, language.

Kept apart from ``bot.parsing`` so the MIME walk stays readable; nothing here touches the
``email`` package.
"""

from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from re import Pattern
from typing import Any

from inscriptis import get_text
from mailparser_reply import EmailMessage as ReplyMessage
from mailparser_reply.constants import MAIL_LANGUAGES

from bot.model import SUPPORTED_LANGUAGES

# --- bytes to str ---------------------------------------------------------------------------

# Labels that promise 7-bit text but in practice often carry UTF-8 written by a sloppy client.
_ASCII_LABELS = frozenset({"ascii", "us-ascii", "646", "ansi_x3.4-1968"})


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode a body using its declared charset; never raises.

    Unknown or non-text codec labels fall back to UTF-8, then Windows-1252 (the charset most
    mislabelled Western mail really is), with ``errors="replace"`` as the last resort.
    """
    label = (charset or "").strip().strip('"').lower()
    codec: str | None = None
    if label and label not in _ASCII_LABELS:
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            codec = None
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            # LookupError: a label such as "base64" names a bytes-to-bytes codec.
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec is not None:
        try:
            return data.decode(codec, errors="replace")
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace")


_SURROGATE = re.compile("[\udc80-\udcff]")


def fix_surrogates(text: str) -> str:
    """Turn surrogate-escaped raw 8-bit header bytes back into real characters."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    raw = text.encode("utf-8", errors="surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def html_to_text(html: str) -> str:
    """Convert HTML to plain text with inscriptis (script and style content is dropped)."""
    if not html.strip():
        return ""
    text: str = get_text(html)
    return text


# --- new text: quoted replies and signatures ------------------------------------------------

# mail-parser-reply knows these of our languages; fi and nb have no patterns in 1.36.
_REPLY_LANGUAGES = tuple(lang for lang in SUPPORTED_LANGUAGES if lang in MAIL_LANGUAGES)
# Norwegian closings ("Hilsen", "Mvh") are close enough to the Danish list to reuse it.
_SIGNATURE_LANGUAGE_ALIAS = {"nb": "da"}
_QUOTED_LINE = re.compile(r"^[ \t]*>.*(?:\n|$)", re.MULTILINE)
# "---------- Forwarded message ----------" and its translations: a marker, not new text.
_BANNER_LINE = re.compile(r"^-{3,}[^\n]*-{3,}$(?:\n|\Z)", re.MULTILINE)
# A signature block's lines are short; a long line means prose that merely began with a
# closing word ("Tak for svaret, jeg vil ..."), which the library would otherwise cut away.
_MAX_SIGNATURE_LINES = 15
_MAX_SIGNATURE_FIRST_LINE = 40
_MAX_SIGNATURE_LINE = 60
_MAX_HEADER_LINE = 998


@lru_cache(maxsize=64)
def _reply_regexes(languages: tuple[str, ...]) -> tuple[Pattern[str], Pattern[str]]:
    """The library's (quote header, signature) patterns for ``languages``, compiled once.

    ``EmailMessage.read()`` rebuilds and re-runs these (plus disclaimer patterns) for every
    fragment of every mail, which cost ~0.4 ms per message; we only need the first split.
    """
    probe = ReplyMessage(
        text="", languages=list(languages), include_english=False, keep_hyphen_lists=True
    )
    return probe.HEADER_REGEX, probe.SIGNATURE_REGEX


def _header_languages(language: str | None) -> tuple[str, ...]:
    # Polish quote headers need a single "Data:"/"Do:" line, which ordinary prose in other
    # languages also produces; only look for them in mail that reads as Polish.
    return tuple(lang for lang in _REPLY_LANGUAGES if lang != "pl" or language == "pl")


def _normalise(text: str) -> str:
    # Same normalisation the library applies before matching: its patterns assume lines
    # without leading or trailing blanks.
    return "\n".join(line.strip() for line in text.replace("\r\n", "\n").split("\n"))


def _split_latest(text: str, language: str | None) -> str:
    """Text before the first quote header ("On ... wrote:", "Von:/Gesendet:", ...)."""
    lines = text.split("\n")
    # Some of the library's patterns are quadratic in the line length; a quote header is
    # never longer than an RFC 5322 line, so longer lines are blanked for the search only.
    probe = "\n".join("" if len(line) > _MAX_HEADER_LINE else line for line in lines)
    start = _first_header_candidate(probe)
    if start < 0:
        return text
    header_regex, _ = _reply_regexes(_header_languages(language))
    match = header_regex.search(probe, start)
    if match is None:
        return text
    # Every alternative starts at a line start or at the newline ending the line before it,
    # so the match maps back to ``text`` by line number.
    pos = match.start()
    line_no = probe.count("\n", 0, pos)
    offset = sum(len(line) + 1 for line in lines[:line_no])
    if pos < len(probe) and probe[pos] == "\n":
        offset += len(lines[line_no])
    return text[:offset]


def _first_header_candidate(text: str) -> int:
    """Where a quote-header match can first begin, or -1 if nowhere.

    The combined pattern costs ~0.6 µs per character when tried at every position. Every
    alternative needs a line with ':' (or a '-----' separator line), and may start at the
    newline before that line at the earliest, so searching from there finds the same match.
    """
    hits = [i for i in (text.find(":"), text.find("-----")) if i >= 0]
    if not hits:
        return -1
    line_start = text.rfind("\n", 0, min(hits)) + 1
    return max(0, line_start - 1)


def _looks_like_signature(block: str) -> bool:
    lines = [line for line in block.strip().split("\n") if line.strip()]
    if not lines or len(lines) > _MAX_SIGNATURE_LINES:
        return False
    if len(lines[0]) > _MAX_SIGNATURE_FIRST_LINE:
        return False
    return all(len(line) <= _MAX_SIGNATURE_LINE for line in lines[1:])


def _tail_start(text: str, count: int) -> int:
    """Offset of the start of the ``count``-th last non-empty line (0 if there are fewer)."""
    pos = len(text)
    seen = 0
    while pos > 0:
        start = text.rfind("\n", 0, pos - 1) + 1 if pos > 1 else 0
        if text[start:pos].strip():
            seen += 1
            if seen == count:
                return start
        pos = start
    return 0


def _cut_signature(text: str, language: str | None) -> str:
    lang = _SIGNATURE_LANGUAGE_ALIAS.get(language or "", language or "en")
    langs = (lang, "en") if lang in MAIL_LANGUAGES and lang != "en" else ("en",)
    _, signature_regex = _reply_regexes(langs)
    # An acceptable signature runs to the end and has at most _MAX_SIGNATURE_LINES lines, so
    # only the tail can hold one; this also bounds the rescans below (each reads to the end).
    pos = _tail_start(text, _MAX_SIGNATURE_LINES)
    while pos < len(text):
        match = signature_regex.search(text, pos)
        if match is None:
            return text
        if _looks_like_signature(match.group()):
            return text[: match.start()]
        # Not a signature: look again from the line after the one that matched (the match
        # may begin with the blank lines before it).
        first = match.start() + len(match.group()) - len(match.group().lstrip())
        line_end = text.find("\n", first)
        if line_end < 0:
            return text
        pos = line_end + 1
    return text


def strip_quoted_text(body: str, language: str | None) -> str:
    """What the sender wrote now: ``body`` minus quoted earlier mail and the signature.

    ``language`` picks the signature vocabulary; quote headers of every supported language
    are always recognised because the quoting client's language need not be the writer's.
    Falls back to ``body`` when stripping would leave nothing (e.g. a bare forward).
    """
    latest = _split_latest(_normalise(body), language)
    latest = _BANNER_LINE.sub("", _QUOTED_LINE.sub("", latest))
    latest = _cut_signature(latest, language).strip()
    return latest if latest else body.strip()


def without_quoted_lines(text: str) -> str:
    """``text`` with '>'-quoted lines removed."""
    return _QUOTED_LINE.sub("", text)


# --- language -------------------------------------------------------------------------------

# langid labels Bokmål as "no" and has a separate Nynorsk model; both count as our "nb".
_LANGID_TO_OURS = {lang: lang for lang in SUPPORTED_LANGUAGES if lang != "nb"}
_LANGID_TO_OURS.update({"no": "nb", "nn": "nb"})
MIN_WORDS = 3
MIN_CONFIDENCE = 0.6
# The classifier walks bytes in pure Python; the opening of a mail decides its language.
_MAX_DETECT_CHARS = 600
_WORD = re.compile(r"[^\W\d_]{2,}")

_identifier: Any = None
_identifier_lock = threading.Lock()


def warm_up() -> None:
    """Load the language model now (start-up) rather than inside the first poll."""
    _get_identifier()


def _get_identifier() -> Any:
    """Load the langid model once (about half a second), restricted to our languages."""
    global _identifier
    if _identifier is None:
        with _identifier_lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                identifier.set_languages(sorted(_LANGID_TO_OURS))
                _identifier = identifier
    return _identifier


def detect_language(*candidates: str) -> str | None:
    """Language code from SUPPORTED_LANGUAGES for the first candidate long enough, or None.

    None means too few words (< MIN_WORDS) or the model is unsure (< MIN_CONFIDENCE).
    """
    text = next((c for c in candidates if _word_count(c) >= MIN_WORDS), None)
    if text is None:
        return None
    scores: dict[str, float] = {}
    for label, score in _get_identifier().rank(text[:_MAX_DETECT_CHARS]):
        ours = _LANGID_TO_OURS[label]
        scores[ours] = scores.get(ours, 0.0) + float(score)
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= MIN_CONFIDENCE else None


def _word_count(text: str, stop: int = MIN_WORDS) -> int:
    count = 0
    for _ in _WORD.finditer(text):
        count += 1
        if count >= stop:
            break
    return count


def join_texts(parts: Iterable[str]) -> str:
    """Join body fragments with one blank line between non-empty ones."""
    return "\n\n".join(p.strip("\n") for p in parts if p.strip())
