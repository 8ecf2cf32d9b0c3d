"""Transactional outbox: rows written with the case change, sent later by ``flush_outbox``.

Crash window (documented, issue 3): if the process dies after the relay accepted a message
but before the row is marked sent, the message is sent again on restart, with the same
Message-ID so the recipient's client can fold the two together. Every other crash point
either finds the row still pending (nothing went out) or already sent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.audit import record_event
from bot.clock import Clock, from_db, to_db, utcnow
from bot.config import ScheduleConfig
from bot.drafting import DraftError, check_sendable
from bot.mailsender import MailSender, PermanentSendError, TransientSendError
from bot.render import EmailRenderer, RenderError, new_message_id
from bot.store.schema import Case, OutboxRow, OutboxStatus

log = logging.getLogger(__name__)
#: Outbox kind of an approved final answer: re-checked against R46 before it leaves.
FINAL_ANSWER = "final_answer"
_FLUSH_BATCH = 100


def enqueue(
    session: Session,
    renderer: EmailRenderer,
    *,
    case: Case | None,
    kind: str,
    template: str,
    detected_language: str | None,
    to_address: str,
    context: Mapping[str, Any],
    in_reply_to: str | None,
    references: Sequence[str],
    message_id_domain: str,
    now: datetime,
    message_id: str | None = None,
) -> OutboxRow:
    """Add an outbox row to the session (it commits with the caller's transaction).

    ``message_id`` is given when the Message-ID itself carries something, like the challenge
    token of an acknowledgement; otherwise a fresh one is made under our domain.
    """
    row = OutboxRow(
        case=case,
        kind=kind,
        template=template,
        language=renderer.choose_language(template, detected_language),
        to_address=to_address,
        message_id=message_id or new_message_id(message_id_domain, case.ref if case else None),
        in_reply_to=in_reply_to,
        references=list(references),
        context=dict(context),
        status=OutboxStatus.PENDING,
        attempts=0,
        next_attempt_at=to_db(now),
        created_at=to_db(now),
    )
    session.add(row)
    return row


def retry_delay(attempts: int, schedule: ScheduleConfig) -> timedelta:
    """Exponential backoff: initial * 2^(attempts-1), capped."""
    seconds = schedule.retry_initial_seconds * (2 ** max(attempts - 1, 0))
    return timedelta(seconds=min(seconds, schedule.retry_max_seconds))


@dataclass(frozen=True)
class FlushReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0


async def flush_outbox(
    sessions: sessionmaker[Session],
    sender: MailSender,
    renderer: EmailRenderer,
    schedule: ScheduleConfig,
    clock: Clock = utcnow,
) -> FlushReport:
    """Send every due pending row, one commit per row so progress survives a crash."""
    sent = retried = failed = 0
    while True:
        now = clock()
        with sessions() as session:
            rows = session.scalars(
                select(OutboxRow)
                .where(OutboxRow.status == OutboxStatus.PENDING,
                       OutboxRow.next_attempt_at <= to_db(now))
                .order_by(OutboxRow.id)
                .limit(_FLUSH_BATCH)
            ).all()
            if not rows:
                return FlushReport(sent, retried, failed)
            for row in rows:
                outcome = await _send_one(session, row, sender, renderer, schedule, clock)
                session.commit()
                sent += outcome == "sent"
                retried += outcome == "retry"
                failed += outcome == "failed"
            if len(rows) < _FLUSH_BATCH:
                return FlushReport(sent, retried, failed)


async def _send_one(
    session: Session,
    row: OutboxRow,
    sender: MailSender,
    renderer: EmailRenderer,
    schedule: ScheduleConfig,
    clock: Clock,
) -> str:
    case = session.get(Case, row.case_id) if row.case_id is not None else None
    try:
        if row.kind == FINAL_ANSWER:
            if case is None:
                raise DraftError("a final answer without a case is never sent")
            check_sendable(session, case, row.to_address, str(row.context["body"]),
                           str(row.context["draft_sha256"]))
        message = renderer.build(
            template=row.template,
            language=row.language,
            context=row.context,
            to_address=row.to_address,
            message_id=row.message_id,
            in_reply_to=row.in_reply_to,
            references=tuple(row.references),
            case_ref=case.ref if case else None,
            date=from_db(row.created_at),
        )
        await sender.send(message)
    except (RenderError, PermanentSendError, DraftError) as exc:
        _give_up(session, row, str(exc), clock())
        return "failed"
    except TransientSendError as exc:
        row.attempts += 1
        row.last_error = str(exc)
        if row.attempts >= schedule.retry_max_attempts:
            _give_up(session, row, f"gave up after {row.attempts} attempts: {exc}", clock())
            return "failed"
        delay = retry_delay(row.attempts, schedule)
        row.next_attempt_at = to_db(clock() + delay)
        log.warning("outbox %s: transient failure (attempt %d), retry in %ds: %s",
                    row.id, row.attempts, delay.total_seconds(), exc)
        return "retry"
    now = clock()
    row.attempts += 1
    row.status = OutboxStatus.SENT
    row.sent_at = to_db(now)  # R11: acceptance by the relay is the moment of reply
    row.last_error = None
    record_event(session, at=now, action=f"{row.kind}_sent", case_id=row.case_id,
                 data={"outbox_id": row.id, "message_id": row.message_id,
                       "language": row.language})
    log.info("outbox %s: %s sent for case %s", row.id, row.kind, case.ref if case else "-")
    return "sent"


def _give_up(session: Session, row: OutboxRow, reason: str, now: datetime) -> None:
    row.status = OutboxStatus.FAILED
    row.last_error = reason
    record_event(session, at=now, action=f"{row.kind}_failed", case_id=row.case_id,
                 reason=reason, data={"outbox_id": row.id})
    log.error("outbox %s: %s failed permanently: %s", row.id, row.kind, reason)
