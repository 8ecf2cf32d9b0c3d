"""Read models for the pages: the queue with its filters, one case in full, the audit trail.

Reads only; every change goes through bot.staff / bot.drafting / bot.pauses.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.cases import find_case
from bot.clock import from_db
from bot.drafting import STAFF_MARKER, latest_draft
from bot.staff import QueueItem, review_queue
from bot.store.schema import (
    AuditEvent,
    Case,
    Challenge,
    OutboxRow,
    PauseRecord,
    StoredMessage,
)


@dataclass(frozen=True)
class QueueFilters:
    state: str = ""
    right: str = ""
    language: str = ""

    def keep(self, item: QueueItem) -> bool:
        return ((not self.state or item.state == self.state)
                and (not self.right or self.right in item.rights)
                and (not self.language or (item.language or "") == self.language))


def queue(session: Session, today: date, filters: QueueFilters) \
        -> tuple[list[QueueItem], dict[str, list[str]]]:
    """Open cases by governing deadline, filtered; plus the values each filter can take."""
    items = review_queue(session, today)
    options = {"state": sorted({i.state for i in items}),
               "right": sorted({r for i in items for r in i.rights}),
               "language": sorted({i.language for i in items if i.language})}
    return [item for item in items if filters.keep(item)], options


def _local(moment: Any, timezone: str) -> str:
    return from_db(moment).astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class ThreadMessage:
    id: int
    received: str
    sender: str
    subject: str
    text: str


@dataclass(frozen=True)
class HistoryRow:
    at: str
    actor: str
    action: str
    transition: str
    reason: str


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    received: str
    request_subject: str
    request_text: str
    evidence: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    challenge: str
    open_pause: str | None
    thread: list[ThreadMessage]
    history: list[HistoryRow]
    outbox: list[OutboxRow]
    draft_version: int | None
    draft_subject: str
    draft_body: str
    draft_markers: int
    draft_approved_by: str | None


def _history(events: Sequence[AuditEvent], timezone: str) -> list[HistoryRow]:
    return [HistoryRow(_local(e.at, timezone), e.actor, e.action,
                       f"{e.from_state or '-'} → {e.to_state}" if e.to_state else "", e.reason)
            for e in events]


def _challenge(session: Session, case: Case) -> str:
    row = session.scalars(select(Challenge).where(Challenge.case_id == case.id)
                          .order_by(Challenge.id.desc())).first()
    if row is None:
        return "no identity challenge"
    return f"challenge {row.status} (issued {row.issued_on}, expires {row.expires_on})"


def case_detail(session: Session, ref: str, timezone: str) -> CaseDetail | None:
    """Everything staff need on one case (the web form of views.describe_case)."""
    case = find_case(session, ref)
    if case is None:
        return None
    source = session.get(StoredMessage, case.source_message_id)
    thread = session.scalars(select(StoredMessage).where(
        StoredMessage.case_id == case.id, StoredMessage.id != case.source_message_id)
        .order_by(StoredMessage.id)).all()
    events = session.scalars(select(AuditEvent).where(AuditEvent.case_id == case.id)
                             .order_by(AuditEvent.id)).all()
    pause = session.scalars(select(PauseRecord).where(
        PauseRecord.case_id == case.id, PauseRecord.ended_on.is_(None))).first()
    draft = latest_draft(session, case)
    return CaseDetail(
        case=case,
        received=_local(case.received_at, timezone),
        request_subject=(source.subject or "") if source else "",
        request_text=(source.body_text or "") if source else "",
        evidence=list(case.classification.get("evidence", [])),
        attachments=list((source.attachments or []) if source else []),
        challenge=_challenge(session, case),
        open_pause=(f"{pause.kind} since {pause.started_on}: {pause.reason}" if pause else None),
        thread=[ThreadMessage(m.id, _local(m.internaldate or m.fetched_at, timezone),
                              m.from_address or "", m.subject or "", m.body_text or "")
                for m in thread],
        history=_history(events, timezone),
        outbox=list(session.scalars(select(OutboxRow).where(OutboxRow.case_id == case.id)
                                    .order_by(OutboxRow.id))),
        draft_version=draft.version if draft else None,
        draft_subject=draft.subject if draft else "",
        draft_body=draft.body if draft else "",
        draft_markers=draft.body.count(STAFF_MARKER) if draft else 0,
        draft_approved_by=draft.approved_by if draft else None,
    )


@dataclass(frozen=True)
class AuditFilters:
    case: str = ""
    actor: str = ""
    action: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: str
    actor: str
    action: str
    case_ref: str
    message_id: int | None
    from_state: str
    to_state: str
    reason: str
    data: str


AUDIT_COLUMNS = ("id", "at", "actor", "action", "case", "message", "from_state", "to_state",
                 "reason", "data")


def audit_rows(session: Session, filters: AuditFilters, timezone: str,
               limit: int | None = None) -> list[AuditRow]:
    """Audit events, newest first, filtered by case reference, actor and action (exact)."""
    query = (select(AuditEvent, Case.ref).outerjoin(Case, AuditEvent.case_id == Case.id)
             .order_by(AuditEvent.id.desc()))
    if filters.case:
        query = query.where(Case.ref == filters.case.strip().upper())
    if filters.actor:
        query = query.where(AuditEvent.actor == filters.actor.strip())
    if filters.action:
        query = query.where(AuditEvent.action == filters.action.strip())
    if limit is not None:
        query = query.limit(limit)
    return [AuditRow(event.id, _local(event.at, timezone), event.actor, event.action, ref or "",
                     event.message_id, event.from_state or "", event.to_state or "",
                     event.reason, json.dumps(event.data, ensure_ascii=False, sort_keys=True))
            for event, ref in session.execute(query)]
