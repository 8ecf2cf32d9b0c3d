"""Does an incoming message belong to an existing case? (DESIGN.md "Threading and loop safety")

A message matches a case by our signed token in In-Reply-To/References, by the case tag
``[DSR-YYYY-NNNN]`` in the subject, or by In-Reply-To pointing at a message we sent for the
case. A match only counts as the requester's reply when the sender's address equals the
requester's (R41); otherwise the message is handled as new mail and the attempt is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.model import ParsedMessage
from bot.store.schema import Case, Challenge, OutboxRow
from bot.tokens import normalise_address, token_fingerprint, token_from_message_ids

_TAG = re.compile(r"\[(DSR-\d{4}-\d{4,})\]", re.IGNORECASE)


@dataclass(frozen=True)
class ThreadMatch:
    case: Case
    via: str  # "token", "reply" (In-Reply-To to our message) or "tag"
    token: str | None
    sender_matches: bool


def _same_address(a: str, b: str) -> bool:
    try:
        return normalise_address(a) == normalise_address(b)
    except ValueError:
        return False


def match_thread(session: Session, message: ParsedMessage, domain: str) -> ThreadMatch | None:
    """The case this message replies to, if any; cheap when nothing points at us."""
    ids = tuple(i for i in (message.in_reply_to, *message.references) if i)
    case: Case | None = None
    via, token = "", None
    ours = [i for i in ids if i.lower().endswith("@" + domain.lower())]
    if ours:
        token = token_from_message_ids(ours, domain)
        if token is not None:
            challenge = session.scalar(
                select(Challenge).where(Challenge.fingerprint == token_fingerprint(token)))
            case, via = (challenge.case, "token") if challenge is not None else (None, "")
        if case is None:
            row = session.scalars(
                select(OutboxRow).where(OutboxRow.message_id.in_(ours))
                .order_by(OutboxRow.id.desc())).first()
            if row is not None and row.case is not None:
                case, via = row.case, "reply"
    if case is None:
        tag = _TAG.search(message.subject)
        if tag is not None:
            case = session.scalar(select(Case).where(Case.ref == tag.group(1).upper()))
            via = "tag"
    if case is None:
        return None
    # A token that matches no challenge is still passed on: the attempt is recorded as forged.
    return ThreadMatch(case=case, via=via, token=token,
                       sender_matches=_same_address(message.from_address,
                                                    case.requester_address))
