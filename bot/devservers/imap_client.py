"""IMAP access to a test mailbox: what tests and the demo do to the server as a mail client.

Plain imaplib, so the fixtures never depend on the code under test (imap-tools in bot/).
"""

from __future__ import annotations

import contextlib
import imaplib
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from imap_tools.imap_utf7 import utf7_encode

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        start=1,
    )
}
_INTERNALDATE_RE = re.compile(
    rb'UID (?P<uid>\d+).*?INTERNALDATE "(?P<date>[^"]+)"|'
    rb'INTERNALDATE "(?P<date2>[^"]+)".*?UID (?P<uid2>\d+)'
)
_UID_RE = re.compile(rb"UID (\d+)")
_APPENDUID_RE = re.compile(rb"APPENDUID \d+ (\d+)")


class DovecotError(RuntimeError):
    """The private Dovecot could not be started, stopped or talked to."""


def parse_internaldate(value: str) -> datetime:
    """Parse an IMAP INTERNALDATE such as ``25-Nov-2025 11:26:03 +0100`` (timezone-aware).

    Locale-independent (``strptime('%b')`` depends on the locale).
    """
    match = re.fullmatch(
        r"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})\s*",
        value,
    )
    if match is None:
        raise ValueError(f"not an IMAP INTERNALDATE: {value!r}")
    day, month, year, hour, minute, second, sign, tz_h, tz_m = match.groups()
    offset = timedelta(hours=int(tz_h), minutes=int(tz_m))
    tz = timezone(-offset if sign == "-" else offset)
    return datetime(
        int(year), _MONTHS[month.capitalize()], int(day),
        int(hour), int(minute), int(second), tzinfo=tz,
    )


def imap_mailbox_name(folder: str) -> str:
    """Quoted, modified-UTF-7 encoded mailbox name for raw imaplib commands.

    Levels may be written with "/" as in rightsbot's config; this server's maildir layout
    uses "." as the hierarchy delimiter.
    """
    encoded = utf7_encode(folder.replace("/", ".")).decode("ascii")
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def require_aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware (got naive {value!r})")
    return value



class ImapMailboxMixin:
    """Mailbox operations over IMAP for a server object with host, port, user and password."""

    host: str
    port: int
    user: str
    password: str

    @contextlib.contextmanager
    def _imap(self) -> Iterator[imaplib.IMAP4]:
        client = imaplib.IMAP4(self.host, self.port, timeout=30)
        try:
            client.login(self.user, self.password)
            yield client
        finally:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                client.logout()

    @staticmethod
    def _check(result: tuple[str, Sequence[Any]], what: str) -> list[Any]:
        status, data = result
        if status != "OK":
            raise DovecotError(f"IMAP {what} failed: {status} {data!r}")
        return list(data)

    def create_folder(self, name: str) -> None:
        """Create a mailbox (server must be running). Existing folders are left alone."""
        with self._imap() as client:
            status, data = client.create(imap_mailbox_name(name))
            if status != "OK" and b"ALREADYEXISTS" not in b" ".join(
                item for item in data if isinstance(item, bytes)
            ):
                raise DovecotError(f"IMAP CREATE {name!r} failed: {status} {data!r}")

    def append(
        self, raw: bytes, folder: str = "INBOX", internaldate: datetime | None = None,
        flags: str = "",
    ) -> int:
        """APPEND one message over IMAP; returns its UID (from APPENDUID).

        ``internaldate`` must be timezone-aware; default is the server's "now".
        ``flags`` e.g. ``"\\\\Seen"``; default: none.
        """
        date_arg = None
        if internaldate is not None:
            date_arg = imaplib.Time2Internaldate(require_aware(internaldate, "internaldate"))
        with self._imap() as client:
            data = self._check(
                client.append(imap_mailbox_name(folder), f"({flags})" if flags else None,
                              date_arg, raw),
                "APPEND",
            )
        match = _APPENDUID_RE.search(b" ".join(d for d in data if isinstance(d, bytes)))
        if match is None:
            raise DovecotError(f"no APPENDUID in APPEND response {data!r}")
        return int(match.group(1))

    def folder_uids(self, folder: str = "INBOX") -> list[int]:
        """UIDs of all messages in a folder, ascending."""
        with self._imap() as client:
            self._check(client.select(imap_mailbox_name(folder), readonly=True), "EXAMINE")
            data = self._check(client.uid("SEARCH", "ALL"), "UID SEARCH")
        first = data[0] if data else b""
        return sorted(int(uid) for uid in first.split()) if isinstance(first, bytes) else []

    def folder_messages(self, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes (as served over IMAP, CRLF line endings) of all messages, by UID."""
        with self._imap() as client:
            self._check(client.select(imap_mailbox_name(folder), readonly=True), "EXAMINE")
            data = self._check(client.uid("FETCH", "1:*", "(UID BODY.PEEK[])"), "UID FETCH")
        found: list[tuple[int, bytes]] = []
        for item in data:
            if isinstance(item, tuple):
                match = _UID_RE.search(item[0])
                if match is not None:
                    found.append((int(match.group(1)), item[1]))
        return [raw for _, raw in sorted(found)]

    def folder_internaldates(self, folder: str = "INBOX") -> dict[int, datetime]:
        """INTERNALDATE of every message in a folder, keyed by UID (timezone-aware, in UTC)."""
        with self._imap() as client:
            self._check(client.select(imap_mailbox_name(folder), readonly=True), "EXAMINE")
            data = self._check(client.uid("FETCH", "1:*", "(UID INTERNALDATE)"), "UID FETCH")
        result: dict[int, datetime] = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            match = _INTERNALDATE_RE.search(line)
            if match is not None:
                uid = match.group("uid") or match.group("uid2")
                date = match.group("date") or match.group("date2")
                result[int(uid)] = parse_internaldate(date.decode("ascii")).astimezone(UTC)
        return result
