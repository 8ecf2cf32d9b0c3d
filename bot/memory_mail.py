"""In-memory MailSource and MailSender for unit tests and dry runs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage

from bot.mailsender import PermanentSendError, TransientSendError
from bot.mailsource import FetchedMessage, FolderStatus, MailSourceError


@dataclass
class _Folder:
    uidvalidity: int
    next_uid: int = 1
    messages: dict[int, tuple[bytes, datetime | None]] = field(default_factory=dict)


class MemoryMailSource:
    """A mailbox held in dicts, with the same UID semantics as IMAP."""

    def __init__(self, uidvalidity: int = 1) -> None:
        self._folders: dict[str, _Folder] = {"INBOX": _Folder(uidvalidity)}
        self._selected = "INBOX"
        self.unreachable = False
        self.closed = False

    def deliver(self, raw: bytes, internaldate: datetime | None = None,
                folder: str = "INBOX") -> int:
        """Put a message in ``folder`` and return its UID."""
        box = self._folders.setdefault(folder, _Folder(uidvalidity=1))
        uid = box.next_uid
        box.next_uid += 1
        box.messages[uid] = (raw, internaldate)
        return uid

    def reset_uidvalidity(self, uidvalidity: int) -> None:
        """Renumber INBOX as a server does after a rebuild: new UIDVALIDITY, UIDs from 1."""
        old = self._folders["INBOX"]
        fresh = _Folder(uidvalidity)
        for raw, internaldate in old.messages.values():
            fresh.messages[fresh.next_uid] = (raw, internaldate)
            fresh.next_uid += 1
        self._folders["INBOX"] = fresh

    def folder_contents(self, folder: str) -> list[bytes]:
        box = self._folders.get(folder)
        return [raw for raw, _ in box.messages.values()] if box else []

    def _check(self) -> None:
        if self.unreachable:
            raise MailSourceError("memory mailbox marked unreachable")

    def select(self, folder: str) -> FolderStatus:
        self._check()
        box = self._folders.setdefault(folder, _Folder(uidvalidity=1))
        self._selected = folder
        return FolderStatus(box.uidvalidity, box.next_uid, len(box.messages))

    def uids_after(self, last_uid: int) -> list[int]:
        self._check()
        return sorted(uid for uid in self._folders[self._selected].messages if uid > last_uid)

    def fetch(self, uids: Sequence[int]) -> Iterator[FetchedMessage]:
        self._check()
        box = self._folders[self._selected]
        for uid in uids:
            if uid in box.messages:
                raw, internaldate = box.messages[uid]
                yield FetchedMessage(uid, raw, internaldate)

    def move(self, uids: Sequence[int], destination: str) -> None:
        self._check()
        source = self._folders[self._selected]
        for uid in uids:
            if uid in source.messages:
                raw, internaldate = source.messages.pop(uid)
                self.deliver(raw, internaldate, folder=destination)

    def wait_for_change(self, timeout: float) -> bool:
        return False

    def close(self) -> None:
        self.closed = True


class MemoryMailSender:
    """Collects sent messages; ``fail_next`` scripts transient or permanent failures."""

    def __init__(self) -> None:
        self.sent: list[EmailMessage] = []
        self._failures: list[int] = []

    def fail_next(self, code: int, count: int = 1) -> None:
        self._failures.extend([code] * count)

    async def send(self, message: EmailMessage) -> None:
        if self._failures:
            code = self._failures.pop(0)
            if code >= 500:
                raise PermanentSendError(f"SMTP {code} scripted failure")
            raise TransientSendError(f"SMTP {code} scripted failure")
        self.sent.append(message)
