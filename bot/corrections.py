"""Staff corrections of the classifier, stored as labelled examples for the next training."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.audit import record_event
from bot.clock import to_db
from bot.model import Right, RightsbotError
from bot.store.schema import ClassifierCorrection, StoredMessage
from classifiers.corpus import TRAIN, Example


class CorrectionError(RightsbotError):
    """The correction cannot be recorded (unknown message, contradictory labels)."""


def record_correction(
    session: Session,
    *,
    message_id: int,
    is_request: bool,
    rights: Iterable[Right],
    actor: str,
    now: datetime,
) -> ClassifierCorrection:
    """Store what the message really is; the audit trail names the staff member."""
    chosen = sorted({right.value for right in rights})
    if is_request != bool(chosen):
        raise CorrectionError("a request needs at least one right; a non-request has none")
    message = session.get(StoredMessage, message_id)
    if message is None:
        raise CorrectionError(f"no stored message #{message_id}")
    if message.body_text is None:
        raise CorrectionError(f"message #{message_id} was never parsed; nothing to learn from")
    correction = ClassifierCorrection(
        message_id=message.id, subject=message.subject or "", text=message.body_text,
        language=message.language, is_request=is_request, rights=chosen,
        previous=dict(message.classification or {}), actor=actor, at=to_db(now),
    )
    session.add(correction)
    record_event(session, at=now, actor=actor, action="classification_corrected",
                 message_id=message.id, case_id=message.case_id,
                 data={"is_request": is_request, "rights": chosen,
                       "previous": (message.classification or {}).get("rights", [])})
    return correction


def corrections_as_examples(sessions: sessionmaker[Session]) -> list[Example]:
    """The latest correction per message, as training examples (never held apart)."""
    with sessions() as session:
        rows = session.scalars(select(ClassifierCorrection).order_by(ClassifierCorrection.id))
        latest = {row.message_id: row for row in rows}
    return [
        Example(text=row.text, subject=row.subject, language=row.language or "en",
                is_request=row.is_request, rights=frozenset(Right(r) for r in row.rights),
                kind="staff_correction", split=TRAIN,
                source=f"correction #{row.id}")
        for row in latest.values()
    ]
