"""The real MailSource: an IMAP mailbox through imap-tools.

imap-tools handles connecting (TLS modes), login, folders, search, MOVE and IDLE. Fetching goes
through its underlying imaplib client because rightsbot needs each message's INTERNALDATE
(the legal receipt time, R3), which imap-tools' message objects do not expose; asking for it in
the same ``UID FETCH`` costs nothing extra.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.errors import MailboxLoginError

from bot.config import ImapConfig
from bot.mailsource import FetchedMessage, FolderStatus, MailLoginError, MailSourceError

_FETCH_BULK = 500
_UID = re.compile(rb"UID (\d+)")
_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')


def _uid_set(uids: Sequence[int]) -> str:
    return ",".join(str(uid) for uid in uids)


class ImapMailSource:
    """One logged-in IMAP connection. Network failures become ``MailSourceError``."""

    def __init__(self, config: ImapConfig, password: str) -> None:
        self._config = config
        self._folder: str | None = None
        self._delimiter: str | None = None
        try:
            self._box: Any = self._connect(config).login(config.user, password)
        except MailboxLoginError as exc:
            raise MailLoginError(f"IMAP login as {config.user!r} refused: {exc}") from None
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailSourceError(
                f"cannot reach IMAP server {config.host}:{config.port}: {exc}"
            ) from None

    @staticmethod
    def _connect(config: ImapConfig) -> Any:
        timeout = config.timeout_seconds
        if config.tls == "ssl":
            return MailBox(config.host, config.port, timeout=timeout,
                           ssl_context=ssl.create_default_context())
        if config.tls == "starttls":
            return MailBoxStartTls(config.host, config.port, timeout=timeout,
                                   ssl_context=ssl.create_default_context())
        return MailBoxUnencrypted(config.host, config.port, timeout=timeout)

    def _guard(self, action: str) -> contextlib.AbstractContextManager[None]:
        return _guarded(f"IMAP {action} on {self._config.host}:{self._config.port}")

    def select(self, folder: str) -> FolderStatus:
        with self._guard(f"SELECT {folder}"):
            name = self._server_name(folder)
            self._box.folder.set(name)
            status = self._box.folder.status(name, ["UIDVALIDITY", "UIDNEXT", "MESSAGES"])
        self._folder = folder
        return FolderStatus(
            uidvalidity=int(status["UIDVALIDITY"]),
            uidnext=int(status["UIDNEXT"]),
            messages=int(status["MESSAGES"]),
        )

    def uids_after(self, last_uid: int) -> list[int]:
        with self._guard("UID SEARCH"):
            found = self._box.uids(f"UID {last_uid + 1}:*")
        # "n:*" always matches the highest UID, even when it is below n (RFC 3501 6.4.8).
        return sorted(uid for uid in map(int, found) if uid > last_uid)

    def fetch(self, uids: Sequence[int]) -> Iterator[FetchedMessage]:
        for start in range(0, len(uids), _FETCH_BULK):
            chunk = uids[start:start + _FETCH_BULK]
            with self._guard("UID FETCH"):
                status, data = self._box.client.uid(
                    "FETCH", _uid_set(chunk), "(UID INTERNALDATE BODY.PEEK[])"
                )
            if status != "OK":
                raise MailSourceError(f"IMAP UID FETCH failed: {data!r}")
            yield from _parse_fetch_response(data)

    def _server_name(self, folder: str) -> str:
        """Config writes folder levels with "/"; servers differ ("." on Dovecot maildir)."""
        if self._delimiter is None:
            status, data = self._box.client.list('""', '""')
            found = re.search(r'\) "(.)"', data[0].decode()) if status == "OK" and data and \
                data[0] else None
            self._delimiter = found.group(1) if found else "/"
        return folder.replace("/", self._delimiter)

    def move(self, uids: Sequence[int], destination: str) -> None:
        if not uids:
            return
        with self._guard(f"MOVE to {destination}"):
            target = self._server_name(destination)
            if not self._box.folder.exists(target):
                self._box.folder.create(target)
            self._box.move([str(uid) for uid in uids], target, chunks=_FETCH_BULK)

    def wait_for_change(self, timeout: float) -> bool:
        with self._guard("IDLE"):
            responses = self._box.idle.wait(timeout=timeout)
        return bool(responses)

    def close(self) -> None:
        # A connection that is already gone has nothing left to release.
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            self._box.logout()


@contextlib.contextmanager
def _guarded(what: str) -> Iterator[None]:
    """Turn socket and protocol errors inside the block into MailSourceError."""
    try:
        yield
    except (OSError, EOFError, imaplib.IMAP4.error) as exc:
        raise MailSourceError(f"{what} failed: {exc}") from exc
    except Exception as exc:
        # imap-tools raises its own error types (MailboxFolderSelectError, ...) for NO/BAD.
        if type(exc).__module__.startswith("imap_tools"):
            raise MailSourceError(f"{what} failed: {exc}") from exc
        raise


def _parse_fetch_response(data: list[Any]) -> Iterator[FetchedMessage]:
    """imaplib returns (envelope, literal) tuples, with the closing ')' as separate bytes."""
    for item in data:
        if not isinstance(item, tuple) or len(item) < 2:
            continue
        envelope, literal = item[0], item[1]
        uid = _UID.search(envelope)
        if uid is None:
            continue
        found = _INTERNALDATE.search(envelope)
        internaldate = _parse_internaldate(found.group(1)) if found else None
        yield FetchedMessage(uid=int(uid.group(1)), raw=bytes(literal), internaldate=internaldate)


def _parse_internaldate(value: bytes) -> datetime | None:
    """RFC 3501 date-time, e.g. ``25-Nov-2026 11:24:12 +0100`` (day may be space-padded)."""
    try:
        parsed = datetime.strptime(value.decode("ascii").strip(), "%d-%b-%Y %H:%M:%S %z")
    except ValueError:
        return None
    return parsed.astimezone(UTC)
