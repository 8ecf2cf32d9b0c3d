"""Staff actions on cases: the domain calls behind `rightsbot review/approve/reject/extend/...`.

Each action takes the staff member's name, checks the rules, changes the case through the
lifecycle (one audit event per change, naming the actor) and queues any email in the same
transaction. The web dashboard (a later issue) calls these same functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit import record_event
from bot.cases import Keys, NewCase, find_case, open_case
from bot.clock import from_db
from bot.config import Config
from bot.corrections import record_correction
from bot.deadlines import (
    ClockFacts,
    DeadlineError,
    ExtensionMethod,
    HolidayCalendar,
    PauseModel,
    receipt_date,
    validate_extension,
)
from bot.drafting import check_approvable, latest_draft, mark_approved
from bot.lifecycle import CaseEvent
from bot.model import ClassificationVerdict, Evidence, Right, RightsbotError, VerdictKind
from bot.outbox import FINAL_ANSWER, enqueue
from bot.parsing import parse_message
from bot.receipt import determine_receipt
from bot.render import EmailRenderer
from bot.store.schema import Case, CaseRight, CaseState, MessageStatus, StoredMessage
from bot.transitions import transition

#: States in which a case still needs work from staff or the requester.
OPEN_STATES = (CaseState.RECEIVED, CaseState.AWAITING_VERIFICATION, CaseState.VERIFIED,
               CaseState.AWAITING_APPROVAL, CaseState.TRIAGE)


class StaffActionError(RightsbotError):
    """The action is not allowed now; the message says why (and which rule)."""


def parse_rights(text: str, field: str = "rights") -> list[Right]:
    """``access, Erasure`` -> rights; an unknown or missing name is a clear error."""
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    valid = {right.value for right in Right}
    if not names or any(name not in valid for name in names):
        raise StaffActionError(f"{field}: expected some of {', '.join(sorted(valid))}, "
                               f"got {text!r}")
    return [Right(name) for name in names]


def parse_date(text: str, field: str) -> date | None:
    """An optional ISO date from a form or option; a clear error otherwise."""
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        raise StaffActionError(f"{field}: expected a date like 2027-02-25, got {text!r}") \
            from None


def _case(session: Session, ref: str) -> Case:
    case = find_case(session, ref)
    if case is None:
        raise StaffActionError(f"no case {ref}")
    return case


@dataclass(frozen=True)
class QueueItem:
    ref: str
    rights: tuple[str, ...]
    language: str | None
    state: str
    due: date
    days_left: int
    flags: tuple[str, ...]


def review_queue(session: Session, today: date) -> list[QueueItem]:
    """Open cases, the nearest governing deadline first (overdue ones have days_left < 0)."""
    cases = session.scalars(select(Case).where(Case.state.in_(OPEN_STATES))).all()
    items = [QueueItem(c.ref, tuple(c.rights), c.language, c.state, c.effective_due,
                       (c.effective_due - today).days, tuple(c.flags)) for c in cases]
    return sorted(items, key=lambda item: (item.due, item.ref))


def approve(session: Session, config: Config, renderer: EmailRenderer, ref: str, *,
            actor: str, now: datetime) -> None:
    """Approve the latest draft and queue it for the verified address (R46)."""
    case = _case(session, ref)
    draft = check_approvable(session, case)
    mark_approved(session, case, draft, actor=actor, now=now)
    enqueue(session, renderer, case=case, kind=FINAL_ANSWER, template="approved",
            detected_language=draft.language, to_address=case.requester_address,
            context={"subject": draft.subject, "body": draft.body,
                     "draft_sha256": draft.body_sha256},
            in_reply_to=None, references=(),
            message_id_domain=config.organisation.message_id_domain, now=now)


def reject(session: Session, config: Config, renderer: EmailRenderer, ref: str, *,
           reason: str, actor: str, now: datetime) -> None:
    """Refuse the request (Art 12(5), R76) and send the reasons with the remedies (R78)."""
    case = _case(session, ref)
    transition(session, case, CaseEvent.REJECTED, now=now, actor=actor, reason=reason)
    enqueue(session, renderer, case=case, kind="rejection_notice", template="rejection_notice",
            detected_language=case.language, to_address=case.requester_address,
            context={"case_ref": case.ref, "requester_name": case.requester_name,
                     "rights": list(case.rights), "reason": reason},
            in_reply_to=None, references=(),
            message_id_domain=config.organisation.message_id_domain, now=now)


def extend(session: Session, config: Config, renderer: EmailRenderer, ref: str, *,
           reason: str, actor: str, now: datetime, until: date | None = None) -> date:
    """Record the extension (R24-R27) and send the notice with reasons and the new date."""
    case = _case(session, ref)
    if case.extended_to is not None:
        raise StaffActionError(f"{case.ref} was already extended to {case.extended_to} (R27)")
    facts = ClockFacts(receipt_date=case.receipt_date, pause_model=PauseModel(case.pause_model),
                       extension_method=ExtensionMethod(case.extension_method))
    calendar = HolidayCalendar.from_json(case.holiday_snapshot)
    today = receipt_date(now, config.organisation.timezone)
    try:
        new_date = validate_extension(facts, calendar, until, today)
    except DeadlineError as exc:
        raise StaffActionError(f"{case.ref}: {exc}") from None
    transition(session, case, CaseEvent.EXTENDED, now=now, actor=actor, reason=reason)
    case.extended_to, case.extension_reason = new_date, reason
    # R25: the notice goes out in the same transaction as the extension.
    enqueue(session, renderer, case=case, kind="extension_notice", template="extension_notice",
            detected_language=case.language, to_address=case.requester_address,
            context={"case_ref": case.ref, "requester_name": case.requester_name,
                     "rights": list(case.rights), "reason": reason,
                     "due_date": case.due_date.isoformat(),
                     "extended_due": new_date.isoformat()},
            in_reply_to=None, references=(),
            message_id_domain=config.organisation.message_id_domain, now=now)
    return new_date


def relabel(session: Session, ref: str, rights: list[Right], *, actor: str,
            now: datetime) -> None:
    """Correct a case's rights; kept as a classifier correction (issue 4, item 5)."""
    case = _case(session, ref)
    if not rights:
        raise StaffActionError("give at least one right (use reject or withdraw otherwise)")
    if case.state not in OPEN_STATES:
        raise StaffActionError(f"{case.ref} is {case.state}; relabel open cases only")
    names = sorted({right.value for right in rights})
    before = list(case.rights)
    record_correction(session, message_id=case.source_message_id, is_request=True,
                      rights=rights, actor=actor, now=now)
    for name in sorted(set(names) - set(before)):
        session.add(CaseRight(case=case, right=name, message_id=case.source_message_id,
                              received_at=case.received_at))
    case.rights = names
    record_event(session, at=now, actor=actor, action="relabelled", case=case,
                 data={"before": before, "after": names})


def show_draft(session: Session, ref: str) -> tuple[int, str, str]:
    """(version, subject, body) of the current draft."""
    case = _case(session, ref)
    draft = latest_draft(session, case)
    if draft is None:
        raise StaffActionError(f"{case.ref} has no draft yet (state {case.state})")
    return draft.version, draft.subject, draft.body


def _triaged_message(session: Session, message_id: int) -> StoredMessage:
    row = session.get(StoredMessage, message_id)
    if row is None or row.status not in (MessageStatus.TRIAGE, MessageStatus.NOT_REQUEST):
        raise StaffActionError(f"message #{message_id} is not in triage (see rightsbot triage)")
    return row


def triage_open(session: Session, config: Config, renderer: EmailRenderer, message_id: int,
                rights: list[Right], *, actor: str, now: datetime) -> Case:
    """Staff say a triaged message is a request: open its case, acknowledge, learn from it.

    The deadline still runs from the message's receipt, not from the staff decision (R95).
    """
    if not rights:
        raise StaffActionError("give the rights the message asks for")
    row = _triaged_message(session, message_id)
    message = parse_message(row.raw)
    verdict = ClassificationVerdict(VerdictKind.REQUEST, frozenset(rights), message.language,
                                    1.0, (Evidence(f"labelled by {actor}", None, "staff"),))
    internaldate = from_db(row.internaldate) if row.internaldate else None
    receipt = determine_receipt(message, internaldate, from_db(row.fetched_at))
    keys = Keys(suppression=config.suppression.ring(), challenges=config.verification.ring())
    case = open_case(session, config, renderer, NewCase(row, message, verdict, receipt), now,
                     keys)
    row.status, row.case = MessageStatus.CASE_OPENED, case
    record_correction(session, message_id=row.id, is_request=True, rights=rights, actor=actor,
                      now=now)
    record_event(session, at=now, actor=actor, action="opened_from_triage", case=case,
                 message_id=row.id, data={"rights": sorted(r.value for r in rights)})
    return case


def triage_dismiss(session: Session, message_id: int, *, actor: str, reason: str,
                   now: datetime) -> None:
    """Staff say a triaged message is no rights request; kept as a classifier correction."""
    row = _triaged_message(session, message_id)
    row.status = MessageStatus.NOT_REQUEST
    record_correction(session, message_id=row.id, is_request=False, rights=[], actor=actor,
                      now=now)
    record_event(session, at=now, actor=actor, action="triage_dismissed", message_id=row.id,
                 reason=reason)
