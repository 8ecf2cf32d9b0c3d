"""Clock pauses and staff verification: the deadline recomputed from recorded facts.

The program never pauses the clock by itself (R30, R31): staff record a genuine identity
doubt or a needed clarification with a reason, and end it when the answer arrives. The due
dates cached on the case are recomputed from the receipt date, the pauses and the holiday
snapshot every time (R34), so they always equal what the facts give.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit import record_event
from bot.clock import to_db
from bot.deadlines import (
    ClockFacts,
    ExtensionMethod,
    HolidayCalendar,
    Pause,
    PauseKind,
    PauseModel,
    due_date,
    extended_due_date,
    receipt_date,
)
from bot.drafting import prepare_draft
from bot.lifecycle import CaseEvent
from bot.model import RightsbotError
from bot.render import EmailRenderer
from bot.store.schema import Case, CaseState, PauseRecord
from bot.transitions import transition

LATE_PAUSE = "late_pause"
#: R32: a pause asked for later than this many working days after receipt is flagged.
PAUSE_MAX_DELAY_WORKING_DAYS = 2


class PauseError(RightsbotError):
    """The pause cannot be started or ended as asked."""


def _pauses(session: Session, case: Case) -> list[PauseRecord]:
    return list(session.scalars(select(PauseRecord).where(PauseRecord.case_id == case.id)
                                .order_by(PauseRecord.id)))


def recompute(session: Session, case: Case) -> None:
    """Due dates from the R6 facts: receipt date, closed pauses, model, holiday snapshot."""
    facts = ClockFacts(
        receipt_date=case.receipt_date,
        pauses=tuple(Pause(PauseKind(p.kind), p.started_on, p.ended_on)
                     for p in _pauses(session, case)),
        pause_model=PauseModel(case.pause_model),
        extension_method=ExtensionMethod(case.extension_method),
    )
    calendar = HolidayCalendar.from_json(case.holiday_snapshot)
    case.due_date = due_date(facts, calendar)
    case.extended_due_date = extended_due_date(facts, calendar)


def _working_days_after(start: date, end: date, calendar: HolidayCalendar) -> int:
    days, current = 0, start
    while current < end:
        current += timedelta(days=1)
        days += calendar.is_working_day(current)
    return days


def start_pause(session: Session, case: Case, kind: PauseKind, *, reason: str, actor: str,
                now: datetime, timezone: str) -> PauseRecord:
    """Record that staff asked the requester for information the case genuinely needs."""
    if not reason.strip():
        raise PauseError("a pause needs the specific reason (R31)")
    if any(p.ended_on is None for p in _pauses(session, case)):
        raise PauseError(f"{case.ref} already has an open pause; end it first")
    today = receipt_date(now, timezone)
    record = PauseRecord(case=case, kind=kind.value, started_on=today, reason=reason,
                         recorded_by=actor, created_at=to_db(now))
    session.add(record)
    calendar = HolidayCalendar.from_json(case.holiday_snapshot)
    if _working_days_after(case.receipt_date, today, calendar) > PAUSE_MAX_DELAY_WORKING_DAYS:
        case.flags = [*case.flags, LATE_PAUSE] if LATE_PAUSE not in case.flags else case.flags
    record_event(session, at=now, actor=actor, action="pause_started", case=case,
                 reason=reason, data={"kind": kind.value, "started_on": today.isoformat()})
    return record


def end_pause(session: Session, case: Case, *, actor: str, now: datetime,
              timezone: str) -> date:
    """The requester supplied what was asked: close the pause and recompute the deadline."""
    open_pauses = [p for p in _pauses(session, case) if p.ended_on is None]
    if not open_pauses:
        raise PauseError(f"{case.ref} has no open pause")
    record = open_pauses[0]
    record.ended_on = max(receipt_date(now, timezone), record.started_on)
    session.flush()
    before = case.due_date
    recompute(session, case)
    record_event(session, at=now, actor=actor, action="pause_ended", case=case,
                 data={"kind": record.kind, "ended_on": record.ended_on.isoformat(),
                       "due_before": before.isoformat(), "due": case.due_date.isoformat()})
    return case.due_date


def verify_by_staff(session: Session, renderer: EmailRenderer, case: Case, *, reason: str,
                    actor: str, now: datetime) -> None:
    """Staff accept other proof, e.g. an agent's written authority (R40, R45)."""
    if case.state != CaseState.AWAITING_VERIFICATION:
        raise PauseError(f"{case.ref} is {case.state}, not awaiting verification")
    if not reason.strip():
        raise PauseError("say what proof was accepted (R45)")
    transition(session, case, CaseEvent.VERIFIED, now=now, actor=actor, reason=reason)
    prepare_draft(session, renderer, case, now=now, actor=actor)
