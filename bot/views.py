"""Read-only views of the store for staff: case lists, one case in full, message lists.

The CLI prints these; the web dashboard (a later issue) renders the same values.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.cases import find_case
from bot.clock import from_db
from bot.store.schema import AuditEvent, Case, Draft, OutboxRow, StoredMessage

DEFAULT_TIMEZONE = "Europe/Copenhagen"


@dataclass(frozen=True)
class CaseSummary:
    ref: str
    state: str
    rights: tuple[str, ...]
    requester: str
    language: str | None
    received: str
    due: str
    extended_due: str
    flags: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["rights"], data["flags"] = list(self.rights), list(self.flags)
        return data


@dataclass(frozen=True)
class MessageSummary:
    id: int
    received: str | None
    sender: str | None
    subject: str | None
    language: str | None
    reason: str | None

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _summary(case: Case, timezone: str) -> CaseSummary:
    # Local time with its offset: the receipt date (R4) is read off the local calendar.
    received = from_db(case.received_at).astimezone(ZoneInfo(timezone))
    return CaseSummary(
        ref=case.ref, state=case.state, rights=tuple(case.rights),
        requester=case.requester_address, language=case.language,
        received=received.isoformat(timespec="seconds"),
        due=case.effective_due.isoformat(), extended_due=case.extended_due_date.isoformat(),
        flags=tuple(case.flags),
    )


def list_cases(sessions: sessionmaker[Session], timezone: str = DEFAULT_TIMEZONE) \
        -> list[CaseSummary]:
    """All cases, the nearest deadline first; times shown in the organisation's zone."""
    with sessions() as session:
        found = session.scalars(select(Case).order_by(Case.due_date, Case.id)).all()
        return [_summary(case, timezone) for case in found]


def format_case_table(rows: list[CaseSummary], today: date | None = None) -> str:
    if not rows:
        return "no cases"
    today = today or date.today()
    header = ("REF", "STATE", "RIGHTS", "REQUESTER", "LANG", "RECEIVED", "DUE", "DAYS")
    lines = [header]
    for row in rows:
        days_left = (date.fromisoformat(row.due) - today).days
        lines.append((row.ref, row.state, ",".join(row.rights), row.requester,
                      row.language or "-", row.received[:16], row.due, str(days_left)))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True))
                     .rstrip() for line in lines)


def list_messages(sessions: sessionmaker[Session], status: str) -> list[MessageSummary]:
    with sessions() as session:
        found = session.scalars(
            select(StoredMessage).where(StoredMessage.status == status)
            .order_by(StoredMessage.id)
        ).all()
        return [
            MessageSummary(
                id=m.id,
                received=from_db(m.internaldate or m.fetched_at).isoformat(timespec="seconds"),
                sender=m.from_address, subject=m.subject, language=m.language,
                reason=m.quarantine_reason or _evidence_line(m),
            )
            for m in found
        ]


def _evidence_line(message: StoredMessage) -> str | None:
    verdict = message.classification or {}
    phrases = [e["phrase"] for e in verdict.get("evidence", [])]
    if not verdict:
        return None
    confidence = float(verdict.get("confidence", 0.0))
    cue = "; evidence: " + ", ".join(repr(p) for p in phrases[:3]) if phrases else ""
    return f"{verdict.get('kind')} (confidence {confidence:.2f}){cue}"


def format_message_table(rows: list[MessageSummary], what: str) -> str:
    if not rows:
        return f"{what}: empty"
    lines = []
    for row in rows:
        lines.append(f"#{row.id}  {row.received}  {row.sender or '(no sender)'}  "
                     f"{(row.subject or '')[:60]!r}")
        if row.reason:
            lines.append(f"      {row.reason}")
    return "\n".join(lines)


def describe_case(sessions: sessionmaker[Session], ref: str,
                  timezone: str = DEFAULT_TIMEZONE) -> str | None:
    """Everything staff need on one case, as plain text."""
    with sessions() as session:
        case = find_case(session, ref)
        if case is None:
            return None
        source = session.get(StoredMessage, case.source_message_id)
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id)
        ).all()
        outbox = session.scalars(
            select(OutboxRow).where(OutboxRow.case_id == case.id).order_by(OutboxRow.id)
        ).all()
        summary = _summary(case, timezone)
        verdict = case.classification
        lines = [
            f"Case {case.ref}  [{case.state}]",
            f"  requester     {case.requester_name} <{case.requester_address}>".rstrip(),
            f"  rights        {', '.join(case.rights)}",
            f"  language      {case.language or '-'}",
            f"  received      {summary.received} (local receipt date {case.receipt_date})",
            f"  due           {case.due_date}  (extended at most {case.extended_due_date}; "
            f"profile {case.holiday_profile}, {case.extension_method})",
        ]
        if case.flags:
            lines.append(f"  flags         {', '.join(case.flags)}")
        lines.append(f"  classifier    {verdict.get('kind')} confidence "
                     f"{float(verdict.get('confidence', 0)):.2f}")
        for item in verdict.get("evidence", []):
            lines.append(f"      evidence  {item['phrase']!r} -> {item['right'] or 'request'} "
                         f"({item['source']})")
        if source is not None:
            lines += ["", f"Request (message #{source.id}, subject {source.subject!r}):", ""]
            lines += ["  " + line for line in (source.body_text or "").splitlines()]
            for item in source.attachments or []:
                lines.append(f"  [attachment: {item['filename'] or '(no name)'}, "
                             f"{item['content_type']}, {item['size']} bytes; not opened]")
        thread = session.scalars(
            select(StoredMessage).where(StoredMessage.case_id == case.id,
                                        StoredMessage.id != case.source_message_id)
            .order_by(StoredMessage.id)).all()
        if thread:
            lines += ["", "Replies in the thread:"]
            for reply in thread:
                arrived = from_db(reply.internaldate or reply.fetched_at)
                lines.append(f"  #{reply.id} {arrived.isoformat(timespec='minutes')} "
                             f"{reply.from_address}: {(reply.subject or '')[:60]!r}")
                lines += ["      " + line for line in (reply.body_text or "").splitlines()[:6]]
        draft = session.scalars(select(Draft).where(Draft.case_id == case.id)
                                .order_by(Draft.version.desc())).first()
        if draft is not None:
            state = (f"approved by {draft.approved_by}" if draft.approved_by
                     else f"{draft.body.count('>>> STAFF:')} line(s) for staff to complete")
            lines += ["", f"Draft v{draft.version} [{draft.language}] ({state}); "
                          f"full text: rightsbot draft {case.ref}"]
        if case.extended_to:
            lines.insert(6, f"  extended to   {case.extended_to} ({case.extension_reason})")
        lines += ["", "Outgoing mail:"]
        for row in outbox:
            when = from_db(row.sent_at).isoformat(timespec="seconds") if row.sent_at else "-"
            lines.append(f"  #{row.id} {row.kind} [{row.language}] {row.status} "
                         f"attempts={row.attempts} sent={when}"
                         + (f" error={row.last_error}" if row.last_error else ""))
        lines += ["", "Audit trail:"]
        for event in events:
            transition = (f" {event.from_state or '-'} -> {event.to_state}"
                          if event.to_state else "")
            lines.append(f"  {from_db(event.at).isoformat(timespec='seconds')} {event.actor}: "
                         f"{event.action}{transition} {event.reason}".rstrip())
        return "\n".join(lines)
