"""When did a request arrive? (gdpr-rules.md R3, R13, R14)

The sender-controlled Date header never sets the clock; it only raises a flag for staff.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from bot.model import ParsedMessage

RECEIPT_TIME_UNCERTAIN = "receipt_time_uncertain"
POSSIBLE_EARLIER_RECEIPT = "possible_earlier_receipt"
_EARLIER_RECEIPT_SLACK = timedelta(hours=24)


@dataclass(frozen=True)
class Receipt:
    received_at: datetime
    source: str  # "internaldate" | "received_header" | "fetch_time"
    flags: tuple[str, ...]


def _topmost_received(message: ParsedMessage) -> datetime | None:
    # Headers are stored in order of appearance: the first Received line is the one our own
    # server added last, on delivery into the mailbox.
    for line in message.headers.get("received", ())[:1]:
        _, _, stamp = line.rpartition(";")
        try:
            parsed = parsedate_to_datetime(stamp.strip())
        except (TypeError, ValueError, IndexError):
            return None
        if parsed.tzinfo is not None:
            return parsed.astimezone(UTC)
    return None


def determine_receipt(
    message: ParsedMessage, internaldate: datetime | None, fetched_at: datetime
) -> Receipt:
    """R3 order of preference: INTERNALDATE, topmost Received header, first fetch (flagged)."""
    flags: list[str] = []
    if internaldate is not None:
        received_at, source = internaldate.astimezone(UTC), "internaldate"
    elif (from_header := _topmost_received(message)) is not None:
        received_at, source = from_header, "received_header"
    else:
        received_at, source = fetched_at.astimezone(UTC), "fetch_time"
        flags.append(RECEIPT_TIME_UNCERTAIN)
    if message.date_header is not None and message.date_header.tzinfo is not None and (
        received_at - message.date_header > _EARLIER_RECEIPT_SLACK
    ):
        flags.append(POSSIBLE_EARLIER_RECEIPT)
    return Receipt(received_at=received_at, source=source, flags=tuple(flags))
