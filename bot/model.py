"""Typed values that cross module borders.

Everything here is a frozen dataclass or an enum: parsing produces a ``ParsedMessage``,
screening a ``ScreeningVerdict``, classification a ``ClassificationVerdict``. No module passes
dicts of strings to another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Right(StrEnum):
    """The seven labels the classifier knows (DESIGN.md; objection is split later by the case)."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    WITHDRAW_CONSENT = "withdraw_consent"


#: Languages the parser detects and the mention layer knows (issue 3, item 5).
SUPPORTED_LANGUAGES: tuple[str, ...] = (
    "da", "sv", "nb", "de", "en", "nl", "fr", "fi", "es", "it", "pl",
)


@dataclass(frozen=True)
class Attachment:
    """An attachment as listed to staff; its content is never executed or rendered."""

    filename: str | None
    content_type: str
    size: int


@dataclass(frozen=True)
class ParsedMessage:
    """One email after parsing: decoded headers, plain text, attachments, language.

    ``headers`` maps lower-case header names to every decoded value in order of appearance.
    ``body_text`` is the full text (HTML converted); ``new_text`` is the part the sender wrote
    now, with quoted earlier mail and the signature removed.
    """

    message_id: str | None
    subject: str
    from_address: str
    from_name: str
    to_addresses: tuple[str, ...]
    date_header: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    content_type: str
    headers: Mapping[str, tuple[str, ...]]
    body_text: str
    new_text: str
    language: str | None
    attachments: tuple[Attachment, ...] = ()

    def header(self, name: str) -> str | None:
        """First value of a header (case-insensitive), or None."""
        values = self.headers.get(name.lower())
        return values[0] if values else None

    def has_header(self, name: str) -> bool:
        return name.lower() in self.headers


@dataclass(frozen=True)
class ScreeningVerdict:
    """Outcome of the screening rules: ``blocked`` mail is recorded and never answered."""

    blocked: bool
    rule: str | None = None
    reason: str = ""

    @classmethod
    def passed(cls) -> ScreeningVerdict:
        return cls(blocked=False)


class VerdictKind(StrEnum):
    REQUEST = "request"
    NOT_REQUEST = "not_request"
    UNCERTAIN = "uncertain"


@dataclass(frozen=True)
class Evidence:
    """A phrase staff see as the reason for a label; ``right`` is None for request-level cues."""

    phrase: str
    right: Right | None
    source: str  # "mention" (explicit-mention layer) or "model" (spaCy)


@dataclass(frozen=True)
class ClassificationVerdict:
    kind: VerdictKind
    rights: frozenset[Right]
    language: str | None
    confidence: float
    evidence: tuple[Evidence, ...] = field(default=())


class RightsbotError(Exception):
    """Base of the few domain exceptions; each is handled in one place."""


class ParseError(RightsbotError):
    """The raw bytes cannot be turned into a ParsedMessage; the message is quarantined."""


class ConfigError(RightsbotError):
    """A configuration value is missing or malformed; the message names the key."""
