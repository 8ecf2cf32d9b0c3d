"""Shared builders for unit tests: a config on a temp SQLite file, raw messages, a classifier."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from bot.config import Config, parse_config
from bot.model import (
    ClassificationVerdict,
    Evidence,
    ParsedMessage,
    Right,
    VerdictKind,
)

BASE_CONFIG = {
    "organisation": {
        "name": "LeadsByMia ApS",
        "privacy_address": "privacy@leadsbymia.com",
        "message_id_domain": "rightsbot.leadsbymia.com",
    },
    "imap": {"user": "privacy", "tls": "none", "port": 1143},
    "smtp": {"tls": "none", "port": 1025},
    "store": {"url": "sqlite:///rightsbot.db"},
    "schedule": {"retry_initial_seconds": 60, "retry_max_attempts": 3},
}


def make_config(tmp_path: Path, **overrides: dict[str, object]) -> Config:
    data = {section: dict(values) for section, values in BASE_CONFIG.items()}
    for section, values in overrides.items():
        data.setdefault(section, {}).update(values)
    return parse_config(data, tmp_path / "config.toml")


def make_raw(
    subject: str = "Please delete my data",
    body: str = "Hello,\n\nplease delete all data you hold about me.\n\nMette",
    sender: str = "Mette Jensen <mette@example.dk>",
    message_id: str | None = "<req-1@example.dk>",
    date: datetime | None = None,
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "privacy@leadsbymia.com"
    message["Subject"] = subject
    if message_id:
        message["Message-ID"] = message_id
    if date is not None:
        message["Date"] = format_datetime(date)
    for name, value in (extra_headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()


class ScriptedClassifier:
    """Reads the decision from the subject: 'REQ:access,erasure', 'UNSURE', 'NOPE'.

    Keeps intake tests independent of the real classifier's vocabulary.
    """

    _REQ = re.compile(r"REQ:([a-z_,]+)")

    def classify(self, message: ParsedMessage) -> ClassificationVerdict:
        found = self._REQ.search(message.subject)
        if found:
            rights = frozenset(Right(r) for r in found.group(1).split(","))
            return ClassificationVerdict(
                VerdictKind.REQUEST, rights, message.language, 0.95,
                tuple(Evidence(found.group(0), r, "scripted") for r in sorted(rights)),
            )
        if "NOPE" in message.subject:
            return ClassificationVerdict(VerdictKind.NOT_REQUEST, frozenset(), None, 0.9)
        return ClassificationVerdict(VerdictKind.UNCERTAIN, frozenset(), message.language, 0.3)


#: The moment most tests live at (a Wednesday; 25 Nov 2026 -> due 28 Dec 2026, R10 row 20).
TEST_NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


class MutableClock:
    """A clock tests move by hand: ``clock.now = later``."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


MINIMAL_CONFIG_TOML = (
    '[organisation]\nname = "LeadsByMia ApS"\nprivacy_address = "privacy@leadsbymia.com"\n'
    'message_id_domain = "rightsbot.leadsbymia.com"\n[imap]\nuser = "privacy"\n'
    '[store]\nurl = "sqlite:///rightsbot.db"\n'
)


def write_minimal_config(directory: Path) -> Path:
    """A config.toml with only the required keys and a SQLite store beside it."""
    path = directory / "config.toml"
    path.write_text(MINIMAL_CONFIG_TOML, encoding="utf-8")
    return path
