"""The case lifecycle as a pure state machine (DESIGN.md "Case lifecycle"; gdpr-rules.md).

Values in, values out: no I/O, no database. The store turns each ``Transition`` into one
append-only audit event (R85) in the same transaction as the change it describes.

Flow::

    received -challenge_sent-> awaiting_verification -verified-> verified -draft_ready->
    awaiting_approval -approved-> responded -closed-> closed

Decisions where DESIGN.md is silent:

* **Extension is recorded, not a place in the flow.** ``extended`` is a self-transition on
  received / awaiting_verification / verified / awaiting_approval. A separate ``extended`` state
  would have to remember where the flow was, so ``next_state(state, event)`` would stop being a
  function of its arguments and replay would need hidden memory. The extended date itself lives
  in the deadline module (R25 refuse after ``due_date``, R26/R27 one extension, never later).
  ``CaseState.EXTENDED`` stays in the enum for display; this machine never enters it and it
  accepts no event.
* **Verification** (``challenge_sent``) covers the automatic R38 challenge and a staff request for
  other proof (R40, R45). ``verification_failed`` is the R42 bounce: the case goes to ``triage``
  for staff; the program never tries another address. A wrong code is not an event.
* **Triage** is the staff queue of a case: ``triaged`` (received -> triage; classifier unsure)
  and ``verification_failed``; staff resolve it back to ``received``. Mail dismissed at intake
  as "not a request" never becomes a case, so dismissal is not a case event.
* **approved** means staff approved that exact draft (R46) and the answer was queued; delivery
  evidence is the outbox row (R11), not a case event.
* **End states** ``expired`` (R48), ``rejected`` (R76), ``withdrawn``, ``forwarded`` (R100,
  until the controller confirms) accept only ``closed`` (archive) and ``reopened``; ``closed``
  accepts only ``reopened``. A requester's restart after expiry is a new right item (R48), not
  ``reopened``; ``reopened`` is a staff decision.
* **Reopening always returns to received.** The next disclosure then needs a fresh challenge:
  the old proof of mailbox control is time-bound (R38 tokens last 21 days, addresses change
  hands), and a history-free ``next_state`` cannot know whether the case was ever verified.
* **Closing before any answer** (from received or triage) is allowed with a reason only: the
  neutral marketing-stop confirmation of a low-risk item (R37, R47, R71) or a staff reason
  (R79, e.g. no valid address). Checking that the answer really went out is the store's job.
* **Reasons** are required for extended (R24), rejected (R76/R78), withdrawn, forwarded (R100),
  reopened, verification_failed (R42), and closed from received/triage (R79).
* **Staff only**: approved (R46), extended (R24: never on its own), rejected (R76: never on its
  own), forwarded (R100: staff approve the forward), triage_resolved, reopened. The program's
  own actor name (``bot.audit.SYSTEM_ACTOR``) is refused for these.
* **Disclosure** (``may_disclose``, R46): only in awaiting_approval, and only with a VERIFIED
  event later than every event that leaves the verified flow (expired, rejected, withdrawn,
  forwarded, reopened, verification_failed).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from bot.audit import SYSTEM_ACTOR
from bot.model import RightsbotError
from bot.store.schema import CaseState


class CaseEvent(StrEnum):
    """What happens to a case; each is one audit event."""

    CHALLENGE_SENT = "challenge_sent"  # R38 challenge (or R40/R45 staff request for proof) sent
    VERIFIED = "verified"  # link opened / code replied from the same address, or staff (R45)
    VERIFICATION_FAILED = "verification_failed"  # R42 challenge bounced: to staff (triage)
    DRAFT_READY = "draft_ready"  # fulfilment gathered the data and drafted the answer
    APPROVED = "approved"  # staff approved that exact draft (R46); the answer is queued
    CLOSED = "closed"  # archived: after the answer, an end state, or (reason) no answer needed
    EXPIRED = "expired"  # R48: challenge unanswered; the expiry notice goes out
    EXTENDED = "extended"  # R24-R27: extension recorded and notice sent; the state is unchanged
    REJECTED = "rejected"  # R76: manifestly unfounded or excessive (Art 12(5)), R78 notice
    WITHDRAWN = "withdrawn"  # the requester withdrew the request
    FORWARDED = "forwarded"  # R100: we are processor; forwarded to the controller
    TRIAGED = "triaged"  # the case needs a staff label before the flow can go on
    TRIAGE_RESOLVED = "triage_resolved"  # staff labelled it: back to received
    REOPENED = "reopened"  # staff reopened an ended case: back to received


_S, _E = CaseState, CaseEvent

#: Open states in the flow: an extension, refusal, withdrawal or forward may happen here.
_FLOW_STATES = (_S.RECEIVED, _S.AWAITING_VERIFICATION, _S.VERIFIED, _S.AWAITING_APPROVAL)
#: States that end a case short of an answer; each may be archived or reopened.
_END_STATES = (_S.EXPIRED, _S.REJECTED, _S.WITHDRAWN, _S.FORWARDED)


def _build_table() -> dict[CaseState, dict[CaseEvent, CaseState]]:
    table: dict[CaseState, dict[CaseEvent, CaseState]] = {state: {} for state in CaseState}
    table[_S.RECEIVED] |= {_E.CHALLENGE_SENT: _S.AWAITING_VERIFICATION, _E.TRIAGED: _S.TRIAGE,
                          _E.CLOSED: _S.CLOSED}
    table[_S.AWAITING_VERIFICATION] |= {_E.VERIFIED: _S.VERIFIED, _E.EXPIRED: _S.EXPIRED,
                                       _E.VERIFICATION_FAILED: _S.TRIAGE}
    table[_S.VERIFIED] |= {_E.DRAFT_READY: _S.AWAITING_APPROVAL}
    table[_S.AWAITING_APPROVAL] |= {_E.APPROVED: _S.RESPONDED}
    table[_S.RESPONDED] |= {_E.CLOSED: _S.CLOSED}
    table[_S.TRIAGE] |= {_E.TRIAGE_RESOLVED: _S.RECEIVED, _E.CLOSED: _S.CLOSED}
    for state in _FLOW_STATES:
        table[state][_E.EXTENDED] = state
    for state in (*_FLOW_STATES, _S.TRIAGE):
        table[state] |= {_E.REJECTED: _S.REJECTED, _E.WITHDRAWN: _S.WITHDRAWN,
                         _E.FORWARDED: _S.FORWARDED}
    for state in _END_STATES:
        table[state] |= {_E.CLOSED: _S.CLOSED, _E.REOPENED: _S.RECEIVED}
    table[_S.CLOSED] |= {_E.REOPENED: _S.RECEIVED}
    return table


#: The whole machine as data: state -> event -> next state.
TRANSITIONS: Mapping[CaseState, Mapping[CaseEvent, CaseState]] = _build_table()

#: Events that always need a non-empty reason, with the rule that asks for it.
REASON_REQUIRED: Mapping[CaseEvent, str] = {
    _E.EXTENDED: "R24", _E.REJECTED: "R76", _E.WITHDRAWN: "withdrawal",
    _E.FORWARDED: "R100", _E.REOPENED: "staff reopening", _E.VERIFICATION_FAILED: "R42",
}
#: Closing from these states means no final answer was sent: a reason is required (R79).
CLOSE_NEEDS_REASON: frozenset[CaseState] = frozenset({_S.RECEIVED, _S.TRIAGE})
#: Decisions the program never takes on its own.
STAFF_ONLY: frozenset[CaseEvent] = frozenset(
    {_E.APPROVED, _E.EXTENDED, _E.REJECTED, _E.FORWARDED, _E.TRIAGE_RESOLVED, _E.REOPENED}
)
#: Events after which an earlier verification no longer opens the disclosure gate.
VERIFICATION_RESETS: frozenset[CaseEvent] = frozenset(
    {_E.EXPIRED, _E.REJECTED, _E.WITHDRAWN, _E.FORWARDED, _E.REOPENED, _E.VERIFICATION_FAILED}
)


def _names(events: frozenset[CaseEvent]) -> str:
    return ", ".join(sorted(events)) or "none"


class InvalidTransition(RightsbotError):
    """An event the case's state does not accept, a missing reason, or a broken history."""

    def __init__(self, state: CaseState, event: CaseEvent, problem: str = "") -> None:
        self.state, self.event = state, event
        self.allowed = allowed_events(state)
        base = f"case in state '{state}' cannot take event '{event}'"
        detail = f": {problem}" if problem else ""
        super().__init__(f"{base}{detail}; allowed: {_names(self.allowed)}")


@dataclass(frozen=True)
class Transition:
    """One step of a case's history: the audit event's who/what, when, from, to and why."""

    event: CaseEvent
    from_state: CaseState
    to_state: CaseState
    actor: str
    at: datetime
    reason: str


def allowed_events(state: CaseState) -> frozenset[CaseEvent]:
    """Every event the state accepts (empty for ``extended``, which the machine never enters)."""
    return frozenset(TRANSITIONS.get(state, {}))


def next_state(state: CaseState, event: CaseEvent) -> CaseState:
    """The state after ``event``; raises InvalidTransition when ``state`` does not accept it."""
    try:
        return TRANSITIONS[state][event]
    except KeyError:
        raise InvalidTransition(state, event) from None


def _check_reason_and_actor(state: CaseState, event: CaseEvent, actor: str, reason: str) -> None:
    if not actor.strip():
        raise ValueError("a transition needs an actor")
    if event in STAFF_ONLY and actor == SYSTEM_ACTOR:
        raise InvalidTransition(state, event, f"only staff may record '{event}'")
    if reason.strip():
        return
    if event in REASON_REQUIRED:
        raise InvalidTransition(state, event, f"a reason is required ({REASON_REQUIRED[event]})")
    if event == _E.CLOSED and state in CLOSE_NEEDS_REASON:
        raise InvalidTransition(state, event, "closing without an answer needs a reason (R79)")


def _utc(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime {at.isoformat()} given; transitions need aware UTC")
    return at.astimezone(UTC)


def apply(state: CaseState, event: CaseEvent, *, actor: str, at: datetime,
          reason: str = "") -> Transition:
    """Validate ``event`` on a case in ``state`` and return the transition to record.

    Raises InvalidTransition (event not accepted, reason missing, staff-only event by the
    program) or ValueError (naive ``at``, empty actor). ``at`` is stored in UTC.
    """
    moment = _utc(at)
    to_state = next_state(state, event)
    _check_reason_and_actor(state, event, actor, reason)
    return Transition(event=event, from_state=state, to_state=to_state, actor=actor,
                      at=moment, reason=reason.strip())


def replay(initial: CaseState, transitions: Sequence[Transition]) -> CaseState:
    """Check a stored history and return the final state.

    Each transition must start where the previous one ended (the first at ``initial``), be
    allowed by the table with its reason and actor rules, and not be earlier than the previous
    one. Raises InvalidTransition on a broken chain, ValueError on a naive time.
    """
    state, previous_at = initial, None
    for index, step in enumerate(transitions):
        if step.from_state != state:
            raise InvalidTransition(step.from_state, step.event,
                                    f"step {index} starts from '{step.from_state}' but the "
                                    f"case was in '{state}'")
        at = _utc(step.at)
        if previous_at is not None and at < previous_at:
            raise InvalidTransition(state, step.event,
                                    f"step {index} at {at.isoformat()} is earlier than the "
                                    f"previous step at {previous_at.isoformat()}")
        expected = next_state(state, step.event)
        if step.to_state != expected:
            raise InvalidTransition(state, step.event,
                                    f"step {index} ends in '{step.to_state}', the table says "
                                    f"'{expected}'")
        _check_reason_and_actor(state, step.event, step.actor, step.reason)
        state, previous_at = expected, at
    return state


def may_disclose(history: Sequence[Transition]) -> bool:
    """R46 gate on the case side: may an approved answer with record-derived content go out?

    True only if the case is now in awaiting_approval and its last VERIFIED event comes after
    every event in VERIFICATION_RESETS. The history is checked first (InvalidTransition if it
    is broken): a corrupt history never opens the gate. The recipient and approval checks of
    R46 belong to the renderer and outbox.
    """
    if not history:
        return False
    if replay(history[0].from_state, history) != _S.AWAITING_APPROVAL:
        return False
    last_verified = last_reset = -1
    for index, step in enumerate(history):
        if step.event == _E.VERIFIED:
            last_verified = index
        elif step.event in VERIFICATION_RESETS:
            last_reset = index
    return last_verified > last_reset
