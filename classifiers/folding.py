"""Folding text and patterns the same way: case, accents and a few look-alike letters.

The mention layer matches folded text with folded patterns, then maps positions back to the
text as written so staff see the phrase exactly as the sender wrote it.
"""

from __future__ import annotations

import re
import unicodedata

_EXTRA_FOLDS = {"ø": "o", "ł": "l", "đ": "d", "ı": "i", "’": "'", "‘": "'", "´": "'", "ʼ": "'"}


def fold_char(ch: str) -> str:
    """Casefold one character, drop its accents; may return "" (combining mark) or 2 chars (ß)."""
    decomposed = unicodedata.normalize("NFD", ch.casefold())
    return "".join(
        _EXTRA_FOLDS.get(c, c) for c in decomposed if not unicodedata.combining(c)
    )


# Translation table grown lazily with every non-ASCII character seen; characters whose fold is
# not exactly one character force the slower offset-map path in fold().
# It covers all of ASCII because a miss in str.translate is an exception internally (slow).
_TABLE: dict[int, str] = {code: chr(code).lower() for code in range(128)}
_IRREGULAR: set[str] = set()


def fold(text: str) -> tuple[str, list[int] | None]:
    """Return the folded text and, if lengths differ anywhere, folded index -> original index.

    The offset list has one entry per folded character plus a final ``len(text)``; ``None``
    means the mapping is the identity (the common case, kept cheap for speed).
    """
    if text.isascii():
        return text.lower(), None
    chars = {c for c in set(text) if ord(c) > 127}
    for ch in chars:
        if ord(ch) not in _TABLE:
            folded = fold_char(ch)
            _TABLE[ord(ch)] = folded
            if len(folded) != 1:
                _IRREGULAR.add(ch)
    folded_text = text.translate(_TABLE)
    if not (chars & _IRREGULAR):
        return folded_text, None
    # Build the map in runs: identity between irregular characters, repeated index on them.
    offsets: list[int] = []
    previous = 0
    irregular = re.compile("[" + re.escape("".join(sorted(chars & _IRREGULAR))) + "]")
    for match in irregular.finditer(text):
        index = match.start()
        offsets.extend(range(previous, index))
        offsets.extend([index] * len(_TABLE[ord(text[index])]))
        previous = index + 1
    offsets.extend(range(previous, len(text)))
    offsets.append(len(text))
    return folded_text, offsets


def fold_pattern(source: str) -> str:
    """Fold a lexicon pattern like the text; a literal space becomes ``\\s+``; escapes kept."""
    out: list[str] = []
    index = 0
    while index < len(source):
        ch = source[index]
        if ch == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        out.append(r"\s+" if ch == " " else fold_char(ch))
        index += 1
    return "".join(out)


# --- compiled patterns ---------------------------------------------------------------------

# Strong groups are tried in this order at the same start position: restriction before
# objection ("stop using my data until..." vs "stop using my data"), objection before erasure
# ("remove me from your list" is R70 objection).
