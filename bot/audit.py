"""The append-only audit trail (R85): every case change and every staff-visible outcome."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.clock import to_db
from bot.store.schema import AuditEvent, Case

#: The worker's own name in the trail; staff actions carry the staff member's name.
SYSTEM_ACTOR = "rightsbot"


def record_event(
    session: Session,
    *,
    at: datetime,
    action: str,
    actor: str = SYSTEM_ACTOR,
    case_id: int | None = None,
    case: Case | None = None,
    message_id: int | None = None,
    from_state: str | None = None,
    to_state: str | None = None,
    reason: str = "",
    data: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Add one event to the session; it commits with the change it describes."""
    event = AuditEvent(
        at=to_db(at),
        actor=actor,
        action=action,
        case_id=case_id,
        message_id=message_id,
        from_state=from_state,
        to_state=to_state,
        reason=reason,
        data=dict(data or {}),
    )
    if case is not None:
        event.case = case  # linked before the case has an id; one flush at commit inserts both
    session.add(event)
    return event
