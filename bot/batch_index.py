"""Per-batch lookups for the intake: earlier copies of a message and recent automatic replies.

One query per batch instead of two or three per message: with a backlog of thousands of
messages the per-message queries (and the ORM flushes before each) were most of the time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.clock import to_db
from bot.store.schema import MessageStatus, OutboxRow, StoredMessage

_CHUNK = 500  # stay far below SQLite's limit on bound parameters


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


class DuplicateIndex:
    """Finds the earliest stored copy: same Message-ID and sender, else the same bytes."""

    def __init__(self, session: Session, rows: Sequence[StoredMessage]) -> None:
        self._session = session
        self._by_hash: dict[str, list[int]] = {}
        hashes = sorted({row.sha256 for row in rows})
        for chunk in _chunks(hashes):
            for sha, row_id in session.execute(
                select(StoredMessage.sha256, StoredMessage.id)
                .where(StoredMessage.sha256.in_(chunk))
            ):
                self._by_hash.setdefault(sha, []).append(row_id)
        self._by_message_id: dict[tuple[str, str], int] = {}

    def load_message_ids(self, message_ids: Iterable[str]) -> None:
        """Fetch already decided messages carrying any of these Message-IDs."""
        wanted = sorted(set(message_ids))
        for chunk in _chunks(wanted):
            for message_id, sender, row_id in self._session.execute(
                select(StoredMessage.message_id, StoredMessage.from_address, StoredMessage.id)
                .where(StoredMessage.message_id.in_(chunk),
                       StoredMessage.status != MessageStatus.FETCHED)
            ):
                key = (str(message_id), sender or "")
                self._by_message_id[key] = min(row_id, self._by_message_id.get(key, row_id))

    def same_bytes(self, row: StoredMessage) -> int | None:
        earlier = [row_id for row_id in self._by_hash.get(row.sha256, []) if row_id < row.id]
        return min(earlier) if earlier else None

    def same_message_id(self, row: StoredMessage, message_id: str | None,
                        sender: str) -> int | None:
        """An earlier copy, or None; remembers ``row`` for later messages of the batch."""
        if message_id is None:
            return None
        key = (message_id, sender)
        found = self._by_message_id.get(key)
        if found is not None and found != row.id:
            return found
        self._by_message_id[key] = row.id
        return None


class ReplyCounter:
    """Automatic replies per sender since a moment, plus those this batch may still cause."""

    def __init__(self, session: Session, senders: Iterable[str], since: datetime) -> None:
        self._counts: dict[str, int] = {}
        wanted = sorted(set(senders))
        for chunk in _chunks(wanted):
            for address, count in session.execute(
                select(OutboxRow.to_address, func.count(OutboxRow.id))
                .where(OutboxRow.to_address.in_(chunk), OutboxRow.created_at >= to_db(since))
                .group_by(OutboxRow.to_address)
            ):
                self._counts[address] = int(count)

    def count(self, sender: str) -> int:
        return self._counts.get(sender, 0)

    def add(self, sender: str) -> None:
        """A message of this batch may become an automatic reply: count it (conservative)."""
        self._counts[sender] = self._counts.get(sender, 0) + 1
