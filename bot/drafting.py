"""The final answer: drafted when a case is verified, edited and approved by staff (R46).

A draft is rendered from templates/email/<lang>/final_answer.*.j2: the organisation's standing
information written out, and every place that needs facts about this person marked
``>>> STAFF:``. A draft with a marker left cannot be approved. Approval fixes the exact text
(SHA-256); the outbox sends only that text, only to the verified address, only for a case
whose history passes the disclosure gate (lifecycle.may_disclose).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit import record_event
from bot.clock import from_db, to_db
from bot.lifecycle import CaseEvent, Transition, may_disclose
from bot.model import RightsbotError
from bot.render import EmailRenderer
from bot.store.schema import AuditEvent, Case, CaseState, Draft, SuppressionEntry
from bot.transitions import transition

STAFF_MARKER = ">>> STAFF:"


class DraftError(RightsbotError):
    """The draft cannot be saved, approved or sent as asked; the message says why."""


def digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def latest_draft(session: Session, case: Case) -> Draft | None:
    return session.scalars(select(Draft).where(Draft.case_id == case.id)
                           .order_by(Draft.version.desc())).first()


def prepare_draft(session: Session, renderer: EmailRenderer, case: Case, *, now: datetime,
                  actor: str) -> Draft:
    """Render the first draft of a verified case and move it to awaiting_approval."""
    language = renderer.choose_language("final_answer", case.language)
    suppressed = session.scalar(select(SuppressionEntry.id)
                                .where(SuppressionEntry.case_id == case.id)) is not None
    subject, body = renderer.render_text("final_answer", language, {
        "case_ref": case.ref, "requester_name": case.requester_name,
        "rights": list(case.rights), "language": language, "suppressed": suppressed,
        "received_date": case.receipt_date.isoformat(),
    })
    draft = Draft(case=case, version=1, language=language, subject=subject, body=body,
                  body_sha256=digest(body), created_by=actor, created_at=to_db(now))
    session.add(draft)
    transition(session, case, CaseEvent.DRAFT_READY, now=now, actor=actor,
               reason=f"draft v1 in {language}; staff complete and approve it")
    return draft


def save_edit(session: Session, case: Case, body: str, *, actor: str, now: datetime) -> Draft:
    """Store an edited text as a new version (earlier versions stay, for the record)."""
    current = latest_draft(session, case)
    if current is None or case.state != CaseState.AWAITING_APPROVAL:
        raise DraftError(f"{case.ref} has no draft waiting for approval (state {case.state})")
    if not body.strip():
        raise DraftError("the edited draft is empty; nothing saved")
    if digest(body) == current.body_sha256:
        return current
    draft = Draft(case=case, version=current.version + 1, language=current.language,
                  subject=current.subject, body=body, body_sha256=digest(body),
                  created_by=actor, created_at=to_db(now))
    session.add(draft)
    record_event(session, at=now, actor=actor, action="draft_edited", case=case,
                 data={"version": draft.version, "sha256": draft.body_sha256})
    return draft


def history(session: Session, case: Case) -> list[Transition]:
    """The case's lifecycle transitions, rebuilt from the audit trail."""
    known = {event.value for event in CaseEvent}
    rows = session.scalars(select(AuditEvent).where(
        AuditEvent.case_id == case.id, AuditEvent.to_state.is_not(None),
        AuditEvent.from_state.is_not(None)).order_by(AuditEvent.id))
    return [Transition(event=CaseEvent(row.action), from_state=CaseState(row.from_state or ""),
                       to_state=CaseState(row.to_state or ""), actor=row.actor,
                       at=from_db(row.at), reason=row.reason)
            for row in rows if row.action in known]


def check_approvable(session: Session, case: Case) -> Draft:
    """The draft that may be approved now, or DraftError saying what is missing."""
    draft = latest_draft(session, case)
    if draft is None or case.state != CaseState.AWAITING_APPROVAL:
        raise DraftError(f"{case.ref} is not awaiting approval (state {case.state})")
    if STAFF_MARKER in draft.body:
        count = draft.body.count(STAFF_MARKER)
        raise DraftError(f"{case.ref} draft v{draft.version} still has {count} "
                         f"'{STAFF_MARKER}' line(s) to complete (rightsbot edit {case.ref})")
    if not may_disclose(history(session, case)):
        raise DraftError(f"{case.ref}: the requester is not verified; nothing may be "
                         "disclosed (R46)")
    return draft


def mark_approved(session: Session, case: Case, draft: Draft, *, actor: str,
                  now: datetime) -> None:
    draft.approved_by, draft.approved_at = actor, to_db(now)
    transition(session, case, CaseEvent.APPROVED, now=now, actor=actor,
               reason=f"draft v{draft.version} sha256 {draft.body_sha256[:12]}")


def check_sendable(session: Session, case: Case, to_address: str, body: str,
                   draft_sha256: str) -> None:
    """R46, re-checked when the final answer leaves: approved exact text, verified address."""
    approved = session.scalar(select(Draft.id).where(
        Draft.case_id == case.id, Draft.body_sha256 == draft_sha256,
        Draft.approved_at.is_not(None)))
    if approved is None or digest(body) != draft_sha256:
        raise DraftError(f"{case.ref}: the text to send is not the approved draft (R46)")
    if to_address != case.requester_address:
        raise DraftError(f"{case.ref}: final answers go only to the verified address (R41)")
    if case.state not in (CaseState.RESPONDED, CaseState.CLOSED):
        raise DraftError(f"{case.ref}: case is {case.state}, not approved (R46)")
