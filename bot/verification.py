"""Identity verification by challenge email (gdpr-rules.md R37-R48).

The acknowledgement carries the challenge: its Message-ID holds a signed token bound to the
case and the requester's address, and its text a short reply code. A reply from the same
address that carries the token (In-Reply-To/References) or the code verifies the case. A reply
from another address, a forged, reused or expired token never does, and every attempt is in
the audit trail. Unanswered challenges get one reminder, then expire with a notice (R48).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit import record_event
from bot.clock import to_db
from bot.lifecycle import CaseEvent
from bot.model import ParsedMessage, Right
from bot.store.schema import Case, CaseState, Challenge, ChallengeStatus
from bot.tokens import (
    Challenge as SignedChallenge,
)
from bot.tokens import (
    KeyRing,
    VerificationResult,
    issue,
    token_fingerprint,
    verify_reply_code,
    verify_token,
)
from bot.transitions import transition

#: R37 "medium" rights: disclosure or change of data, so the address must be proven first.
#: Objection and consent withdrawal ("low") act at once and need no challenge.
NEEDS_VERIFICATION = frozenset({Right.ACCESS, Right.RECTIFICATION, Right.ERASURE,
                                Right.RESTRICTION, Right.PORTABILITY})
# "K7Q2-9MXR" as printed, or the eight characters run together with at least one digit (so
# ordinary words are not taken for codes); 0/1/O/I are allowed because people mistype them.
_CODE = re.compile(r"(?<![A-Za-z0-9])([0-9A-Za-z]{4})(-?)([0-9A-Za-z]{4})(?![A-Za-z0-9])")


def ref_number(ref: str) -> int:
    """The number a token binds to: DSR-2026-0042 -> 20260042 (known before the case row
    exists, so the acknowledgement and the case commit in one flush)."""
    _, year, sequence = ref.split("-")
    return int(f"{year}{sequence}")


def needs_verification(rights: frozenset[Right]) -> bool:
    return bool(rights & NEEDS_VERIFICATION)


def open_challenge(
    session: Session, ring: KeyRing, case: Case, *, today: date, valid_days: int
) -> SignedChallenge:
    """Issue the challenge for a new case; it expires no later than the case's due date, so
    the expiry notice always goes out within the deadline (R48)."""
    signed = issue(ring, case_id=ref_number(case.ref), address=case.requester_address,
                   issued=today, valid_days=valid_days)
    session.add(Challenge(
        case=case, token=signed.token, fingerprint=token_fingerprint(signed.token),
        status=ChallengeStatus.PENDING, issued_on=today,
        expires_on=min(signed.expires, case.due_date),
    ))
    return signed


def find_reply_code(text: str) -> list[str]:
    """Candidate reply codes ("K7Q2-9MXR", "k7q29mxr") in what the person wrote."""
    return [a + b for a, dash, b in _CODE.findall(text)
            if dash or any(char.isdigit() for char in a + b)]


@dataclass(frozen=True)
class Attempt:
    result: VerificationResult | None  # None: the message carried neither token nor code
    via: str  # "token", "code" or "none"


def attempt_verification(
    session: Session,
    ring: KeyRing,
    case: Case,
    message: ParsedMessage,
    token: str | None,
    *,
    today: date,
    now: datetime,
    valid_days: int,
    message_row_id: int,
) -> Attempt:
    """Try to verify ``case`` from a reply; record the outcome, verify the case on success."""
    challenge = session.scalars(
        select(Challenge).where(Challenge.case_id == case.id).order_by(Challenge.id.desc())
    ).first()
    if challenge is None or case.state != CaseState.AWAITING_VERIFICATION:
        return Attempt(None, "none")
    attempt = _check(ring, challenge, message, token, today, valid_days)
    if attempt.result is None:
        return attempt
    if attempt.result is VerificationResult.OK:
        challenge.status = ChallengeStatus.VERIFIED
        challenge.token = None  # single use; the fingerprint keeps recognising it (R88)
        challenge.closed_at = to_db(now)
        transition(session, case, CaseEvent.VERIFIED, now=now, message_id=message_row_id,
                   reason=f"reply from the requester's address with the challenge {attempt.via}")
    else:
        record_event(session, at=now, action="verification_refused", case=case,
                     message_id=message_row_id, reason=attempt.result.value,
                     data={"via": attempt.via})
    return attempt


def _check(ring: KeyRing, challenge: Challenge, message: ParsedMessage, token: str | None,
           today: date, valid_days: int) -> Attempt:
    if today > challenge.expires_on:
        return Attempt(VerificationResult.EXPIRED, "token" if token else "code")
    if challenge.status != ChallengeStatus.PENDING or challenge.token is None:
        return Attempt(VerificationResult.WRONG_ADDRESS_OR_FORGED, "token")
    if token is not None:
        if token_fingerprint(token) != challenge.fingerprint:
            return Attempt(VerificationResult.WRONG_ADDRESS_OR_FORGED, "token")
        result, _ = verify_token(ring, token, address=message.from_address, today=today,
                                 valid_days=valid_days)
        return Attempt(result, "token")
    codes = find_reply_code(f"{message.subject}\n{message.new_text}")
    if not codes:
        return Attempt(None, "none")
    results = [verify_reply_code(ring, code, token=challenge.token,
                                 address=message.from_address, today=today,
                                 valid_days=valid_days) for code in codes]
    if VerificationResult.OK in results:
        return Attempt(VerificationResult.OK, "code")
    return Attempt(results[0], "code")


@dataclass(frozen=True)
class TimerWork:
    """What the challenge timers found due: reminders to send and challenges to expire."""

    remind: list[Challenge]
    expire: list[Challenge]


def due_timers(session: Session, *, today: date, reminder_days: int) -> TimerWork:
    pending = session.scalars(
        select(Challenge).where(Challenge.status == ChallengeStatus.PENDING)
    ).all()
    expire = [c for c in pending if today > c.expires_on]
    remind = [c for c in pending if c not in expire and c.reminder_sent_at is None
              and today >= c.issued_on + timedelta(days=reminder_days)]
    return TimerWork(remind=remind, expire=expire)
