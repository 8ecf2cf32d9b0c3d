"""The daily staff digest: what is due soon, what is late, what waits in triage/quarantine.

It names case references, rights and dates only, never requesters' addresses or mail text
(R90 keeps personal data out of routine channels); staff open the case for the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.clock import to_db
from bot.outbox import enqueue
from bot.render import EmailRenderer
from bot.staff import QueueItem, review_queue
from bot.store.schema import MessageStatus, OutboxRow, OutboxStatus, StoredMessage

DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class Digest:
    day: date
    overdue: list[QueueItem]
    due_soon: list[QueueItem]
    triage: int
    quarantine: int
    failed_mail: int

    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.triage or self.quarantine
                    or self.failed_mail)

    def lines(self) -> list[str]:
        def row(item: QueueItem) -> str:
            return (f"  {item.ref}  due {item.due} ({item.days_left:+d} days)  "
                    f"{','.join(item.rights)}  [{item.state}]")

        text = [f"rightsbot digest for {self.day}", ""]
        text += [f"Overdue: {len(self.overdue)}", *map(row, self.overdue), ""]
        text += [f"Due within {DUE_SOON_DAYS} days: {len(self.due_soon)}",
                 *map(row, self.due_soon), ""]
        text += [f"Waiting in triage: {self.triage} (rightsbot triage)",
                 f"In quarantine: {self.quarantine} (rightsbot quarantine)",
                 f"Mail that could not be delivered: {self.failed_mail}"]
        return text


def _count(session: Session, status: str) -> int:
    return int(session.scalar(select(func.count()).select_from(StoredMessage)
                              .where(StoredMessage.status == status)) or 0)


def build_digest(session: Session, today: date) -> Digest:
    queue = review_queue(session, today)
    failed = session.scalar(select(func.count()).select_from(OutboxRow)
                            .where(OutboxRow.status == OutboxStatus.FAILED)) or 0
    return Digest(
        day=today,
        overdue=[i for i in queue if i.days_left < 0],
        due_soon=[i for i in queue if 0 <= i.days_left <= DUE_SOON_DAYS],
        triage=_count(session, MessageStatus.TRIAGE),
        quarantine=_count(session, MessageStatus.QUARANTINED),
        failed_mail=int(failed),
    )


def queue_digest(session: Session, renderer: EmailRenderer, digest: Digest, *,
                 staff_address: str, domain: str, now: datetime) -> bool:
    """Queue the digest for staff once per day; False when one was already queued today."""
    recent = session.scalars(select(OutboxRow).where(
        OutboxRow.kind == "staff_digest",
        OutboxRow.created_at >= to_db(now - timedelta(hours=36)))).all()
    if any(row.context.get("day") == digest.day.isoformat() for row in recent):
        return False
    enqueue(session, renderer, case=None, kind="staff_digest", template="staff_digest",
            detected_language="en", to_address=staff_address,
            context={"day": digest.day.isoformat(), "lines": digest.lines()},
            in_reply_to=None, references=(), message_id_domain=domain, now=now)
    return True
