"""Replies in an existing case's thread: verification, follow-ups, flags for staff.

A follow-up ("any news?") joins its case instead of opening a new one; nothing is answered
automatically. A reply that asks for a further right, or mail about an ended case, is flagged
for staff: reopening and new right items are staff decisions (lifecycle, R16).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from bot.audit import SYSTEM_ACTOR, record_event
from bot.config import Config
from bot.deadlines import receipt_date
from bot.drafting import prepare_draft
from bot.model import ClassificationVerdict, ParsedMessage, Right, VerdictKind
from bot.render import EmailRenderer
from bot.store.schema import CaseState, StoredMessage
from bot.thread_match import ThreadMatch
from bot.tokens import KeyRing, VerificationResult
from bot.verification import attempt_verification

#: States in which the case's work is over; later mail goes to staff only.
ENDED = frozenset({CaseState.CLOSED, CaseState.EXPIRED, CaseState.REJECTED,
                   CaseState.WITHDRAWN, CaseState.FORWARDED, CaseState.RESPONDED})
FURTHER_RIGHT = "further_right_requested"
AFTER_END = "mail_after_case_ended"


def handle_reply(
    session: Session,
    config: Config,
    ring: KeyRing,
    renderer: EmailRenderer,
    match: ThreadMatch,
    row: StoredMessage,
    message: ParsedMessage,
    verdict: ClassificationVerdict,
    now: datetime,
) -> None:
    """Attach the reply to its case and act on it (only ever by recording, never answering)."""
    case = match.case
    row.case = case
    record_event(session, at=now, action="followup_received", case=case, message_id=row.id,
                 data={"via": match.via})
    today = receipt_date(now, config.organisation.timezone)
    attempt = attempt_verification(session, ring, case, message, match.token, today=today,
                                   now=now, valid_days=config.verification.challenge_valid_days,
                                   message_row_id=row.id)
    if attempt.result is VerificationResult.OK:
        # Issue 5: the draft is produced when the case is verified; staff complete it.
        prepare_draft(session, renderer, case, now=now, actor=SYSTEM_ACTOR)
    flags = list(case.flags)
    if CaseState(case.state) in ENDED and AFTER_END not in flags:
        flags.append(AFTER_END)
        record_event(session, at=now, action="staff_attention", case=case, message_id=row.id,
                     reason="mail about a case whose work has ended; staff decide on reopening")
    further = sorted(r.value for r in verdict.rights - {Right(r) for r in case.rights})
    if verdict.kind is VerdictKind.REQUEST and further:
        if FURTHER_RIGHT not in flags:
            flags.append(FURTHER_RIGHT)
        record_event(session, at=now, action="further_right_requested", case=case,
                     message_id=row.id, reason="a reply in the thread asks for more",
                     data={"rights": further})
    case.flags = flags  # a new list: JSON columns do not track changes in place
