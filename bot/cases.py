"""Opening a case: reference, receipt date, deadlines from the holiday snapshot, right items.

Called inside the intake transaction, so the case, its audit event and its acknowledgement
outbox row commit together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit import record_event
from bot.clock import to_db
from bot.config import Config
from bot.deadlines import (
    ClockFacts,
    ExtensionMethod,
    HolidayProfile,
    PauseModel,
    due_date,
    extended_due_date,
    receipt_date,
    resolve_calendar,
)
from bot.lifecycle import CaseEvent
from bot.model import ClassificationVerdict, ParsedMessage, Right
from bot.outbox import enqueue
from bot.receipt import Receipt
from bot.render import EmailRenderer
from bot.store.schema import Case, CaseCounter, CaseRight, CaseState, StoredMessage
from bot.suppression import SuppressionReason, suppress
from bot.tokens import KeyRing, message_id_for
from bot.transitions import transition
from bot.verification import needs_verification, open_challenge


def next_case_ref(session: Session, year: int) -> str:
    """Allocate DSR-YYYY-NNNN; the counter row is updated in the caller's transaction."""
    # The counter row is locked and read once per transaction; later cases of the same batch
    # count on in memory (the intake does not flush between cases).
    transaction = session.get_transaction()
    cache: dict[int, CaseCounter] = session.info.setdefault(("case_counters", id(transaction)), {})
    counter = cache.get(year)
    if counter is None:
        counter = session.get(CaseCounter, year, with_for_update=True)
        if counter is None:
            counter = CaseCounter(year=year, last=0)
            session.add(counter)
        cache[year] = counter
    counter.last += 1
    return f"DSR-{year}-{counter.last:04d}"


def verdict_to_json(verdict: ClassificationVerdict) -> dict[str, object]:
    return {
        "kind": verdict.kind.value,
        "rights": sorted(right.value for right in verdict.rights),
        "language": verdict.language,
        "confidence": round(verdict.confidence, 4),
        "evidence": [
            {"phrase": e.phrase, "right": e.right.value if e.right else None, "source": e.source}
            for e in verdict.evidence
        ],
    }


@dataclass(frozen=True)
class NewCase:
    """What the intake passes in; all of it was decided before the case exists."""

    stored: StoredMessage
    message: ParsedMessage
    verdict: ClassificationVerdict
    receipt: Receipt


#: Rights that stop marketing on receipt, before verification (R71, R75), and the reason
#: recorded on the suppression list for each.
_STOPS_MARKETING = {
    Right.OBJECTION: SuppressionReason.OBJECTION_MARKETING,
    Right.WITHDRAW_CONSENT: SuppressionReason.WITHDRAW_CONSENT,
}


@dataclass(frozen=True)
class Keys:
    """The secrets a new case may need: suppression hashes and challenge signatures."""

    suppression: KeyRing
    challenges: KeyRing


def open_case(
    session: Session, config: Config, renderer: EmailRenderer, new: NewCase, now: datetime,
    keys: Keys,
) -> Case:
    """Create the case with its deadlines, right items, audit event and acknowledgement.

    An objection or a consent withdrawal also puts the sender on the suppression list in this
    same transaction (R71, R75): it takes effect on receipt, discloses nothing and cannot harm
    the owner of the address, so it does not wait for verification. Rights that disclose or
    change data (R37 "medium") get an identity challenge inside the acknowledgement (R38):
    one email, whose Message-ID carries the signed token and whose text the reply code.
    """
    org, deadlines_config = config.organisation, config.deadlines
    local_receipt = receipt_date(new.receipt.received_at, org.timezone)
    profile = HolidayProfile(org.holiday_profile)
    calendar = resolve_calendar(profile, local_receipt.year, deadlines_config.extra_holidays)
    facts = ClockFacts(
        receipt_date=local_receipt,
        pause_model=PauseModel(deadlines_config.pause_model),
        extension_method=ExtensionMethod(deadlines_config.extension_method),
    )
    rights = sorted(right.value for right in new.verdict.rights)
    case = Case(
        ref=next_case_ref(session, local_receipt.year),
        state=CaseState.RECEIVED,
        requester_address=new.message.from_address,
        requester_name=new.message.from_name,
        language=new.verdict.language or new.message.language,
        rights=rights,
        received_at=to_db(new.receipt.received_at),
        receipt_date=local_receipt,
        due_date=due_date(facts, calendar),
        extended_due_date=extended_due_date(facts, calendar),
        holiday_profile=profile.value,
        holiday_snapshot=calendar.to_json(),
        pause_model=facts.pause_model.value,
        extension_method=facts.extension_method.value,
        flags=list(new.receipt.flags),
        classification=verdict_to_json(new.verdict),
        source_message_id=new.stored.id,
        created_at=to_db(now),
    )
    session.add(case)
    for right in rights:
        session.add(CaseRight(case=case, right=right, message_id=new.stored.id,
                              received_at=to_db(new.receipt.received_at)))
    record_event(
        session, at=now, action="case_opened", case=case, message_id=new.stored.id,
        from_state=None, to_state=case.state,
        reason=f"new request; receipt time from {new.receipt.source}",
        data={"rights": rights, "due": case.due_date.isoformat(),
              "extended_due": case.extended_due_date.isoformat(), "flags": case.flags},
    )
    stops = sorted({_STOPS_MARKETING[r] for r in new.verdict.rights if r in _STOPS_MARKETING})
    for reason in stops:
        suppress(session, keys.suppression, address=case.requester_address, reason=reason,
                 case=case, now=now)
    challenge_context: dict[str, object] = {}
    message_id = None
    if needs_verification(new.verdict.rights):
        signed = open_challenge(session, keys.challenges, case,
                                today=receipt_date(now, org.timezone),
                                valid_days=config.verification.challenge_valid_days)
        transition(session, case, CaseEvent.CHALLENGE_SENT, now=now,
                   reason="acknowledgement with identity challenge (R38)")
        message_id = message_id_for(signed, org.message_id_domain)
        challenge_context = {"reply_code": signed.reply_code,
                             "challenge_expires": min(signed.expires, case.due_date).isoformat()}
    enqueue(
        session, renderer, case=case, kind="acknowledgement", template="acknowledgement",
        detected_language=case.language, to_address=case.requester_address,
        context={
            "case_ref": case.ref,
            "rights": rights,
            "due_date": case.due_date.isoformat(),
            # The requester's own display name, as they wrote it (R47 allows echoing it).
            "requester_name": new.message.from_name,
            "marketing_stopped": bool(stops),
            **challenge_context,
        },
        in_reply_to=new.message.message_id,
        references=(*new.message.references, *(
            [new.message.message_id] if new.message.message_id else [])),
        message_id_domain=org.message_id_domain,
        now=now,
        message_id=message_id,
    )
    return case


def find_case(session: Session, ref: str) -> Case | None:
    return session.scalars(select(Case).where(Case.ref == ref.upper())).first()
