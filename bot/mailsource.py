"""The mailbox seam: where messages come from and where they go once handled."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.model import RightsbotError


class MailSourceError(RightsbotError):
    """The mailbox cannot be reached or refused a command; the daemon backs off and retries."""


class MailLoginError(MailSourceError):
    """The server refused the credentials (wrong password, locked account)."""


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int
    messages: int


@dataclass(frozen=True)
class FetchedMessage:
    """Raw bytes as stored on the server plus the server's INTERNALDATE (R3: the receipt time)."""

    uid: int
    raw: bytes
    internaldate: datetime | None


class MailSource(Protocol):
    """A mailbox folder read by UID. Fetching never sets \\Seen (BODY.PEEK)."""

    def select(self, folder: str) -> FolderStatus:
        """Open ``folder`` for the following calls and report its UIDVALIDITY."""
        ...

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs strictly greater than ``last_uid`` in the selected folder, ascending."""
        ...

    def fetch(self, uids: Sequence[int]) -> Iterator[FetchedMessage]:
        """Fetch raw messages without marking them seen; vanished UIDs are skipped."""
        ...

    def move(self, uids: Sequence[int], destination: str) -> None:
        """Move messages to ``destination`` (created if missing); unknown UIDs are ignored."""
        ...

    def wait_for_change(self, timeout: float) -> bool:
        """Block until the server reports new mail (IMAP IDLE) or ``timeout`` passes."""
        ...

    def close(self) -> None: ...
