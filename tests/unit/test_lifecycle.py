"""The case state machine (bot/lifecycle.py) against DESIGN.md and gdpr-rules.md.

The expected table is written out here independently of the module's own TRANSITIONS, so a
change to the machine has to change both.
"""

from __future__ import annotations

import copy
import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.audit import SYSTEM_ACTOR
from bot.lifecycle import (
    CaseEvent,
    InvalidTransition,
    Transition,
    allowed_events,
    apply,
    may_disclose,
    next_state,
    replay,
)
from bot.model import RightsbotError
from bot.store.schema import CaseState

S, E = CaseState, CaseEvent
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
STAFF = "anna@example.com"
WHY = "documented reason"

FLOW = (S.RECEIVED, S.AWAITING_VERIFICATION, S.VERIFIED, S.AWAITING_APPROVAL)
ENDS = (S.EXPIRED, S.REJECTED, S.WITHDRAWN, S.FORWARDED)
EXPECTED: dict[tuple[CaseState, CaseEvent], CaseState] = {
    (S.RECEIVED, E.CHALLENGE_SENT): S.AWAITING_VERIFICATION,
    (S.RECEIVED, E.TRIAGED): S.TRIAGE,
    (S.RECEIVED, E.CLOSED): S.CLOSED,
    (S.AWAITING_VERIFICATION, E.VERIFIED): S.VERIFIED,
    (S.AWAITING_VERIFICATION, E.EXPIRED): S.EXPIRED,
    (S.AWAITING_VERIFICATION, E.VERIFICATION_FAILED): S.TRIAGE,
    (S.VERIFIED, E.DRAFT_READY): S.AWAITING_APPROVAL,
    (S.AWAITING_APPROVAL, E.APPROVED): S.RESPONDED,
    (S.RESPONDED, E.CLOSED): S.CLOSED,
    (S.TRIAGE, E.TRIAGE_RESOLVED): S.RECEIVED,
    (S.TRIAGE, E.CLOSED): S.CLOSED,
    (S.CLOSED, E.REOPENED): S.RECEIVED,
    **{(state, E.EXTENDED): state for state in FLOW},
    **{(state, event): S(event.value)
       for state in (*FLOW, S.TRIAGE) for event in (E.REJECTED, E.WITHDRAWN, E.FORWARDED)},
    **{(state, E.CLOSED): S.CLOSED for state in ENDS},
    **{(state, E.REOPENED): S.RECEIVED for state in ENDS},
}
INVALID = [(s, e) for s in CaseState for e in CaseEvent if (s, e) not in EXPECTED]
#: Terminal states and the only events they accept (the module docstring).
TERMINAL: dict[CaseState, frozenset[CaseEvent]] = {
    S.CLOSED: frozenset({E.REOPENED}),
    S.EXTENDED: frozenset(),
    **{state: frozenset({E.CLOSED, E.REOPENED}) for state in ENDS},
}
RESETS = (E.EXPIRED, E.REJECTED, E.WITHDRAWN)


def _id(value: object) -> str:
    return str(value)


def walk(*events: CaseEvent, start: CaseState = S.RECEIVED) -> list[Transition]:
    """Apply events in order by staff with a reason, one minute apart."""
    history: list[Transition] = []
    state = start
    for minute, event in enumerate(events):
        step = apply(state, event, actor=STAFF, at=T0 + timedelta(minutes=minute), reason=WHY)
        history.append(step)
        state = step.to_state
    return history


HAPPY = (E.CHALLENGE_SENT, E.VERIFIED, E.DRAFT_READY, E.APPROVED, E.CLOSED)


# --- the table -------------------------------------------------------------------------------

@pytest.mark.parametrize(("state", "event", "target"),
                         [(s, e, t) for (s, e), t in EXPECTED.items()], ids=_id)
def test_every_allowed_transition(state: CaseState, event: CaseEvent, target: CaseState) -> None:
    assert next_state(state, event) == target
    step = apply(state, event, actor=STAFF, at=T0, reason=WHY)
    assert (step.event, step.from_state, step.to_state) == (event, state, target)
    assert (step.actor, step.at, step.reason) == (STAFF, T0, WHY)


@pytest.mark.parametrize("state", list(CaseState), ids=_id)
def test_allowed_events_match_the_table_exactly(state: CaseState) -> None:
    assert allowed_events(state) == {e for (s, e) in EXPECTED if s == state}


@pytest.mark.parametrize(("state", "event"), INVALID, ids=_id)
def test_invalid_transition_names_state_event_and_allowed(
        state: CaseState, event: CaseEvent) -> None:
    with pytest.raises(InvalidTransition) as caught:
        next_state(state, event)
    message = str(caught.value)
    assert message.startswith(f"case in state '{state}' cannot take event '{event}'; allowed: ")
    listed = message.split("allowed: ", 1)[1]
    expected = sorted(e.value for (s, e) in EXPECTED if s == state) or ["none"]
    assert listed == ", ".join(expected)
    assert caught.value.state == state and caught.value.event == event
    with pytest.raises(InvalidTransition):
        apply(state, event, actor=STAFF, at=T0, reason=WHY)


def test_invalid_transition_message_example() -> None:
    with pytest.raises(InvalidTransition, match=(
            r"^case in state 'received' cannot take event 'approved'; allowed: challenge_sent, "
            r"closed, extended, forwarded, rejected, triaged, withdrawn$")):
        next_state(S.RECEIVED, E.APPROVED)
    assert issubclass(InvalidTransition, RightsbotError)


def test_happy_path_reaches_closed() -> None:
    history = walk(*HAPPY)
    assert [t.to_state for t in history] == [
        S.AWAITING_VERIFICATION, S.VERIFIED, S.AWAITING_APPROVAL, S.RESPONDED, S.CLOSED]


# --- reasons, actors, times ------------------------------------------------------------------

REASONED = [(s, e) for (s, e) in EXPECTED
            if e in (E.EXTENDED, E.REJECTED, E.WITHDRAWN, E.FORWARDED, E.REOPENED,
                     E.VERIFICATION_FAILED)
            or (e == E.CLOSED and s in (S.RECEIVED, S.TRIAGE))]


@pytest.mark.parametrize(("state", "event"), REASONED, ids=_id)
@pytest.mark.parametrize("reason", ["", "   "])
def test_r24_r76_r79_r100_reason_required(state: CaseState, event: CaseEvent, reason: str) -> None:
    with pytest.raises(InvalidTransition, match="reason"):
        apply(state, event, actor=STAFF, at=T0, reason=reason)


def test_reason_is_optional_for_ordinary_flow_events() -> None:
    assert apply(S.RECEIVED, E.CHALLENGE_SENT, actor=SYSTEM_ACTOR, at=T0).reason == ""
    assert apply(S.RESPONDED, E.CLOSED, actor=SYSTEM_ACTOR, at=T0).to_state == S.CLOSED
    assert apply(S.FORWARDED, E.CLOSED, actor=SYSTEM_ACTOR, at=T0).to_state == S.CLOSED


def test_reason_is_stripped() -> None:
    assert apply(S.VERIFIED, E.EXTENDED, actor=STAFF, at=T0, reason="  complex  ").reason == (
        "complex")


@pytest.mark.parametrize(("state", "event"), [
    (S.AWAITING_APPROVAL, E.APPROVED),   # R46: staff approve the exact draft
    (S.VERIFIED, E.EXTENDED),            # R24: the program never extends on its own
    (S.VERIFIED, E.REJECTED),            # R76: the program never refuses on its own
    (S.VERIFIED, E.FORWARDED),           # R100: staff approve the forward
    (S.TRIAGE, E.TRIAGE_RESOLVED),
    (S.CLOSED, E.REOPENED),
], ids=_id)
def test_r24_r46_r76_staff_only_events_refuse_the_program(
        state: CaseState, event: CaseEvent) -> None:
    with pytest.raises(InvalidTransition, match="only staff"):
        apply(state, event, actor=SYSTEM_ACTOR, at=T0, reason=WHY)
    assert apply(state, event, actor=STAFF, at=T0, reason=WHY).actor == STAFF


@pytest.mark.parametrize("actor", ["", "  "])
def test_actor_required(actor: str) -> None:
    with pytest.raises(ValueError, match="actor"):
        apply(S.RECEIVED, E.CHALLENGE_SENT, actor=actor, at=T0)


def test_naive_datetime_rejected() -> None:
    with pytest.raises(ValueError, match="naive"):
        apply(S.RECEIVED, E.CHALLENGE_SENT, actor=STAFF, at=datetime(2026, 3, 2, 9))


def test_aware_datetime_stored_in_utc() -> None:
    copenhagen_winter = timezone(timedelta(hours=1))
    step = apply(S.RECEIVED, E.CHALLENGE_SENT, actor=STAFF,
                 at=datetime(2026, 3, 2, 10, tzinfo=copenhagen_winter))
    assert step.at == T0 and step.at.tzinfo is UTC


def test_transition_is_frozen() -> None:
    step = apply(S.RECEIVED, E.CHALLENGE_SENT, actor=STAFF, at=T0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        step.to_state = S.VERIFIED  # type: ignore[misc]


# --- replay ----------------------------------------------------------------------------------

def test_replay_returns_final_state() -> None:
    assert replay(S.RECEIVED, walk(*HAPPY)) == S.CLOSED
    assert replay(S.RECEIVED, []) == S.RECEIVED


def test_replay_detects_broken_chain() -> None:
    history = walk(*HAPPY)
    del history[1]  # verified missing: draft_ready would start from awaiting_verification
    with pytest.raises(InvalidTransition, match="step 1 starts from 'verified'"):
        replay(S.RECEIVED, history)


def test_replay_detects_wrong_initial_state() -> None:
    with pytest.raises(InvalidTransition, match="case was in 'verified'"):
        replay(S.VERIFIED, walk(*HAPPY))


def test_replay_detects_time_going_backwards() -> None:
    history = walk(*HAPPY)
    history[2] = dataclasses.replace(history[2], at=history[1].at - timedelta(seconds=1))
    with pytest.raises(InvalidTransition, match="earlier than the previous step"):
        replay(S.RECEIVED, history)


def test_replay_accepts_equal_times() -> None:
    history = [dataclasses.replace(t, at=T0) for t in walk(*HAPPY)]
    assert replay(S.RECEIVED, history) == S.CLOSED


def test_r46_replay_rejects_a_forged_step_that_skips_verification() -> None:
    forged = Transition(event=E.VERIFIED, from_state=S.RECEIVED, to_state=S.VERIFIED,
                        actor=STAFF, at=T0, reason="")
    with pytest.raises(InvalidTransition, match="cannot take event 'verified'"):
        replay(S.RECEIVED, [forged])
    wrong_target = dataclasses.replace(walk(E.CHALLENGE_SENT)[0], to_state=S.AWAITING_APPROVAL)
    with pytest.raises(InvalidTransition, match="the table says 'awaiting_verification'"):
        replay(S.RECEIVED, [wrong_target])


def test_r79_replay_rejects_a_stored_step_without_its_reason() -> None:
    step = dataclasses.replace(walk(E.REJECTED)[0], reason="")
    with pytest.raises(InvalidTransition, match="reason"):
        replay(S.RECEIVED, [step])


def test_replay_rejects_naive_stored_time() -> None:
    step = dataclasses.replace(walk(E.CHALLENGE_SENT)[0], at=datetime(2026, 3, 2, 9))
    with pytest.raises(ValueError, match="naive"):
        replay(S.RECEIVED, [step])


# --- the disclosure gate and the named rules -------------------------------------------------

def test_r46_no_disclosure_before_verification() -> None:
    history = walk(*HAPPY)
    gates = [may_disclose(history[:n]) for n in range(len(history) + 1)]
    # only after draft_ready (awaiting_approval) and before the answer went out
    assert gates == [False, False, False, True, False, False]


def test_r46_responded_unreachable_without_verification() -> None:
    with pytest.raises(InvalidTransition):
        walk(E.DRAFT_READY)
    with pytest.raises(InvalidTransition):
        walk(E.CHALLENGE_SENT, E.DRAFT_READY)


def test_r46_history_slice_without_verification_keeps_the_gate_shut() -> None:
    history = walk(*HAPPY[:3])
    assert may_disclose(history)
    assert not may_disclose(history[2:])  # starts at verified: no VERIFIED event in view


def test_r46_gate_raises_on_broken_chain() -> None:
    history = walk(*HAPPY[:3])
    with pytest.raises(InvalidTransition):
        may_disclose([history[0], history[2]])


@pytest.mark.parametrize("end", [E.REJECTED, E.WITHDRAWN, E.FORWARDED])
def test_r46_r76_reopened_case_must_verify_again(end: CaseEvent) -> None:
    history = walk(E.CHALLENGE_SENT, E.VERIFIED, E.DRAFT_READY, end, E.REOPENED)
    assert history[-1].to_state == S.RECEIVED
    with pytest.raises(InvalidTransition):
        apply(S.RECEIVED, E.DRAFT_READY, actor=STAFF, at=T0, reason=WHY)
    again = history + walk(*HAPPY[:3], start=S.RECEIVED)
    again = [dataclasses.replace(t, at=T0 + timedelta(minutes=i)) for i, t in enumerate(again)]
    assert may_disclose(again)


def test_r48_expiry_then_staff_reopen_goes_back_to_received() -> None:
    history = walk(E.CHALLENGE_SENT, E.EXPIRED)
    assert history[-1].to_state == S.EXPIRED
    assert allowed_events(S.EXPIRED) == {E.CLOSED, E.REOPENED}
    assert next_state(S.EXPIRED, E.REOPENED) == S.RECEIVED
    with pytest.raises(InvalidTransition):
        next_state(S.EXPIRED, E.VERIFIED)  # a late reply does not verify an expired item


def test_r48_expiry_only_while_awaiting_verification() -> None:
    assert {s for (s, e) in EXPECTED if e == E.EXPIRED} == {S.AWAITING_VERIFICATION}


def test_r42_bounced_challenge_goes_to_staff() -> None:
    history = walk(E.CHALLENGE_SENT, E.VERIFICATION_FAILED, E.TRIAGE_RESOLVED)
    assert [t.to_state for t in history] == [S.AWAITING_VERIFICATION, S.TRIAGE, S.RECEIVED]


def test_r24_extension_keeps_the_flow() -> None:
    history = walk(E.CHALLENGE_SENT, E.EXTENDED, E.VERIFIED, E.EXTENDED, E.DRAFT_READY,
                   E.APPROVED)
    assert history[1].from_state == history[1].to_state == S.AWAITING_VERIFICATION
    assert history[-1].to_state == S.RESPONDED
    assert S.EXTENDED not in {t.to_state for t in history}
    assert allowed_events(S.EXTENDED) == frozenset()


def test_r24_no_extension_after_the_answer_or_for_ended_cases() -> None:
    for state in (S.RESPONDED, S.CLOSED, S.TRIAGE, *ENDS):
        assert E.EXTENDED not in allowed_events(state)


def test_r100_forwarded_stays_until_closed_or_reopened() -> None:
    assert allowed_events(S.FORWARDED) == {E.CLOSED, E.REOPENED}


# --- properties ------------------------------------------------------------------------------

#: The event that moves each state along (or back into) the flow, to reach deep states often.
FORWARD = {S.RECEIVED: E.CHALLENGE_SENT, S.AWAITING_VERIFICATION: E.VERIFIED,
           S.VERIFIED: E.DRAFT_READY, S.AWAITING_APPROVAL: E.APPROVED, S.RESPONDED: E.CLOSED,
           S.TRIAGE: E.TRIAGE_RESOLVED, S.CLOSED: E.REOPENED,
           **{state: E.REOPENED for state in ENDS}}

#: One step: how to pick the event ("forward", "allowed" = any allowed one chosen by the
#: index, "wild" = the given event, allowed or not), actor, reason and minutes after the last.
Step = tuple[str, int, CaseEvent, str, str, int]
Steps = list[Step]
steps_strategy = st.lists(
    st.tuples(st.sampled_from(["forward", "forward", "allowed", "allowed", "wild"]),
              st.integers(min_value=0, max_value=20),
              st.sampled_from(list(CaseEvent)),
              st.sampled_from([STAFF, STAFF, SYSTEM_ACTOR]),
              st.sampled_from([WHY, WHY, ""]),
              st.integers(min_value=0, max_value=3 * 24 * 60)),
    max_size=40,
)


def pick(state: CaseState, kind: str, index: int, wild: CaseEvent) -> CaseEvent:
    allowed = sorted(allowed_events(state))
    if kind == "forward" and state in FORWARD:
        return FORWARD[state]
    if kind == "allowed" and allowed:
        return allowed[index % len(allowed)]
    return wild


def run(steps: Steps, history: list[Transition] | None = None) -> list[Transition]:
    """Apply each step where the machine allows it and skip the rest; check terminal states."""
    history = list(history or [])
    state = history[-1].to_state if history else S.RECEIVED
    at = history[-1].at if history else T0
    for kind, index, wild, actor, reason, minutes in steps:
        event = pick(state, kind, index, wild)
        at += timedelta(minutes=minutes)
        if state in TERMINAL and event not in TERMINAL[state]:
            with pytest.raises(InvalidTransition):
                apply(state, event, actor=actor, at=at, reason=reason)
            continue
        try:
            step = apply(state, event, actor=actor, at=at, reason=reason)
        except InvalidTransition:
            continue
        history.append(step)
        state = step.to_state
    return history


@settings(max_examples=300, deadline=None)
@given(steps_strategy)
def test_r46_property_responded_only_after_verification(steps: Steps) -> None:
    history = run(steps)
    for index, step in enumerate(history):
        if step.to_state == S.RESPONDED:
            before = history[:index]
            verified_at = [i for i, t in enumerate(before) if t.event == E.VERIFIED]
            assert verified_at, "responded without any VERIFIED event"
            last_verified = verified_at[-1]
            assert all(t.event not in (*RESETS, E.REOPENED) for t in before[last_verified:])


@settings(max_examples=300, deadline=None)
@given(steps_strategy)
def test_r46_r48_property_gate_closed_until_verified_and_after_resets(steps: Steps) -> None:
    history = run(steps)
    verified_since_reset = False
    for n in range(len(history) + 1):
        prefix = history[:n]
        if prefix and prefix[-1].event == E.VERIFIED:
            verified_since_reset = True
        elif prefix and prefix[-1].event in (*RESETS, E.REOPENED):
            verified_since_reset = False
        gate = may_disclose(prefix)
        if gate:
            assert verified_since_reset
        if not verified_since_reset:
            assert not gate
        current = prefix[-1].to_state if prefix else S.RECEIVED
        assert gate == (current == S.AWAITING_APPROVAL)


@settings(max_examples=300, deadline=None)
@given(steps_strategy)
def test_property_replay_equals_last_state(steps: Steps) -> None:
    history = run(steps)
    assert replay(S.RECEIVED, history) == (history[-1].to_state if history else S.RECEIVED)
    assert S.EXTENDED not in {t.to_state for t in history}


@settings(max_examples=300, deadline=None)
@given(steps_strategy, steps_strategy)
def test_r85_property_history_is_append_only(first: Steps, more: Steps) -> None:
    history = run(first)
    snapshot = copy.deepcopy(history)
    longer = run(more, history)
    assert history == snapshot
    assert longer[: len(snapshot)] == snapshot
    assert replay(S.RECEIVED, longer) == (longer[-1].to_state if longer else S.RECEIVED)


@settings(max_examples=300, deadline=None)
@given(steps_strategy)
def test_property_terminal_states_accept_only_documented_events(steps: Steps) -> None:
    history = run(steps)  # run() asserts every undocumented event on a terminal state raises
    for step in history:
        if step.from_state in TERMINAL:
            assert step.event in TERMINAL[step.from_state]
    for state, events in TERMINAL.items():
        assert allowed_events(state) == events


@settings(max_examples=300, deadline=None)
@given(steps_strategy)
def test_r24_property_extension_never_changes_the_flow(steps: Steps) -> None:
    history = run(steps)
    extensions = [t for t in history if t.event == E.EXTENDED]
    assert all(t.from_state == t.to_state and t.from_state in FLOW for t in extensions)
    without = [t for t in history if t.event != E.EXTENDED]
    assert replay(S.RECEIVED, without) == replay(S.RECEIVED, history)
    assert may_disclose(without) == may_disclose(history)
