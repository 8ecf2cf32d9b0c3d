"""Jobs that run on the clock, not on mail: challenge reminders and expiry (R48)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import to_db
from bot.config import Config
from bot.deadlines import receipt_date
from bot.lifecycle import CaseEvent
from bot.outbox import enqueue
from bot.render import EmailRenderer
from bot.store.schema import ChallengeStatus, OutboxRow
from bot.tokens import KeyRing, reply_code_for
from bot.transitions import transition
from bot.verification import due_timers


@dataclass(frozen=True)
class TimerReport:
    reminders: int = 0
    expired: int = 0


def run_challenge_timers(
    sessions: sessionmaker[Session], config: Config, renderer: EmailRenderer, ring: KeyRing,
    now: datetime,
) -> TimerReport:
    """Send due reminders and expire unanswered challenges, each with its email (R48)."""
    org = config.organisation
    with sessions.begin() as session:
        work = due_timers(session, today=receipt_date(now, org.timezone),
                          reminder_days=config.verification.challenge_reminder_days)
        for challenge in work.remind:
            case = challenge.case
            code = reply_code_for(ring, challenge.token or "", address=case.requester_address)
            if code is None:
                continue  # the signing key was rotated out: nothing valid to remind about
            enqueue(session, renderer, case=case, kind="challenge_reminder",
                    template="challenge_reminder", detected_language=case.language,
                    to_address=case.requester_address,
                    context={"case_ref": case.ref, "reply_code": code,
                             "challenge_expires": challenge.expires_on.isoformat(),
                             "requester_name": case.requester_name,
                             "rights": list(case.rights)},
                    # A reply to the reminder then still carries the signed token (R38).
                    in_reply_to=None, references=_acknowledgement_ids(session, case.id),
                    message_id_domain=org.message_id_domain, now=now)
            challenge.reminder_sent_at = to_db(now)
        for challenge in work.expire:
            case = challenge.case
            challenge.status = ChallengeStatus.EXPIRED
            challenge.token = None  # R88: tokens are deleted on use or expiry
            challenge.closed_at = to_db(now)
            transition(session, case, CaseEvent.EXPIRED, now=now,
                       reason="identity not confirmed in time (R48)")
            enqueue(session, renderer, case=case, kind="expiry_notice",
                    template="expired_unverified", detected_language=case.language,
                    to_address=case.requester_address,
                    context={"case_ref": case.ref, "requester_name": case.requester_name,
                             "rights": list(case.rights),
                             "marketing_stopped": bool({"objection", "withdraw_consent"}
                                                       & set(case.rights))},
                    in_reply_to=None, references=(), message_id_domain=org.message_id_domain,
                    now=now)
        return TimerReport(reminders=len(work.remind), expired=len(work.expire))


def _acknowledgement_ids(session: Session, case_id: int) -> tuple[str, ...]:
    return tuple(session.scalars(
        select(OutboxRow.message_id).where(OutboxRow.case_id == case_id,
                                           OutboxRow.kind == "acknowledgement")))
