"""What the model reads: one normalised string per message, the same in training and use.

Normalisation folds case and writes every accented letter the way people type it on a
keyboard without it (å->aa, æ->ae, ø->oe, ä->ae, ö->oe, ü->ue, ß->ss, é->e), so "slet mine
oplysninger" and "slet mine oplysninger" typed abroad share features. Numbers, addresses and
links become placeholder words: they carry no meaning for the rights, only noise.
Explicit-mention cues (classifiers/mentions.py) are appended as marker words so the model can
weigh them against the rest of the text instead of obeying them blindly. The message's language
leads as a tag word (``zzl_da``) so the model can pair words with their language
(classifiers/subword_bow.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from classifiers.mentions import Mention, MentionStrength, find_mentions

#: The model sees the subject and at most this much body: requests say what they want early,
#: and long quoted tails or signatures only slow scoring down.
MAX_BODY_CHARS = 2000

_DIGRAPHS = str.maketrans({
    "å": "aa", "æ": "ae", "ø": "oe", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
})
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[ .,/:-]\d+)*")
_SPACE = re.compile(r"\s+")
#: Prefix of the leading language tag word; ``und`` when the language is unknown.
LANGUAGE_TAG = "zzl_"


def normalise(text: str) -> str:
    """Case-folded, keyboard-folded text with placeholders for addresses, links and numbers."""
    text = _URL.sub(" urlx ", text)
    text = _EMAIL.sub(" emailx ", text)
    text = _NUMBER.sub(" numx ", text)
    text = text.casefold().translate(_DIGRAPHS)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", text).strip()


def mention_markers(mentions: Iterable[Mention]) -> list[str]:
    """Marker words for the explicit mentions found: e.g. ``zzm_erasure zzm_strong``."""
    markers: set[str] = set()
    for mention in mentions:
        markers.add(f"zzm_{mention.right.value}")
        markers.add("zzm_strong" if mention.strength is MentionStrength.STRONG else "zzm_weak")
    return sorted(markers)


def model_input(subject: str, body: str) -> str:
    """The part of a message the model reads (and the mention layer scans for its markers)."""
    return f"{subject}\n{body[:MAX_BODY_CHARS]}"


def model_text(subject: str, body: str, language: str | None, *, with_markers: bool,
               mentions: Sequence[Mention] | None = None) -> str:
    """The single string the model is trained on and scores.

    ``mentions`` may pass what the caller already found in ``model_input(subject, body)``, so
    the mention layer does not scan the same text twice.
    """
    raw = model_input(subject, body)
    text = f"{LANGUAGE_TAG}{language or 'und'} {normalise(raw)}"
    if with_markers:
        found = find_mentions(raw, language) if mentions is None else mentions
        markers = mention_markers(found)
        if markers:
            text = f"{text} {' '.join(markers)}"
    return text
