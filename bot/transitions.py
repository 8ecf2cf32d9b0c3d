"""Applying lifecycle transitions to stored cases: state change plus its audit event, together."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.audit import SYSTEM_ACTOR, record_event
from bot.lifecycle import CaseEvent, Transition, apply
from bot.store.schema import Case, CaseState


def transition(
    session: Session,
    case: Case,
    event: CaseEvent,
    *,
    now: datetime,
    actor: str = SYSTEM_ACTOR,
    reason: str = "",
    message_id: int | None = None,
) -> Transition:
    """Move ``case`` by ``event`` (raises InvalidTransition) and record it in the trail (R85)."""
    step = apply(CaseState(case.state), event, actor=actor, at=now, reason=reason)
    case.state = step.to_state
    record_event(session, at=now, actor=actor, action=event.value, case=case,
                 message_id=message_id, from_state=step.from_state, to_state=step.to_state,
                 reason=reason)
    return step
