"""Identity verification by challenge email and threading of replies (R37-R48, R41)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import App, build_app
from bot.memory_mail import MemoryMailSource
from bot.store.schema import AuditEvent, Case, Challenge, OutboxRow, StoredMessage
from bot.timers import run_challenge_timers
from bot.verification import find_reply_code, ref_number
from tests.unit.helpers import MutableClock, ScriptedClassifier, make_config, make_raw

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
REQUESTER = "Mette Jensen <mette@example.dk>"





@pytest.fixture
def app(tmp_path: Path, clock: MutableClock) -> App:
    return build_app(make_config(tmp_path), ScriptedClassifier(), clock)


@pytest.fixture
def mailbox() -> MemoryMailSource:
    return MemoryMailSource()


def _request(app: App, mailbox: MemoryMailSource, subject: str = "REQ:access") -> OutboxRow:
    mailbox.deliver(make_raw(subject=subject, sender=REQUESTER, message_id="<req@example.dk>"),
                    internaldate=NOW)
    app.intake.poll(mailbox)
    with app.sessions() as session:
        return session.scalars(select(OutboxRow)).one()


def _reply(app: App, mailbox: MemoryMailSource, *, sender: str = REQUESTER,
           in_reply_to: str | None = None, subject: str = "Re: [DSR-2026-0001] received",
           body: str = "Yes, that was me.", when: datetime = NOW) -> StoredMessage:
    headers = {"In-Reply-To": f"<{in_reply_to}>", "References": f"<{in_reply_to}>"} \
        if in_reply_to else {}
    mailbox.deliver(make_raw(subject=subject, sender=sender, body=body,
                             message_id=f"<reply-{when.timestamp()}-{sender[:3]}@x>",
                             extra_headers=headers), internaldate=when)
    app.intake.poll(mailbox)
    with app.sessions() as session:
        return session.scalars(select(StoredMessage).order_by(StoredMessage.id.desc())).first()


def _case(app: App) -> Case:
    with app.sessions() as session:
        return session.scalars(select(Case).order_by(Case.id)).first()


def _actions(app: App) -> list[str]:
    with app.sessions() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_r38_acknowledgement_carries_the_signed_challenge(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    assert ack.message_id.startswith("c.") and ack.message_id.endswith(
        "@rightsbot.leadsbymia.com")
    assert "mette" not in ack.message_id  # the address is only inside the MAC
    assert len(ack.context["reply_code"]) == 9 and ack.context["reply_code"][4] == "-"
    assert ack.context["challenge_expires"] == "2026-12-16"  # issued 25 Nov + 21 days
    case = _case(app)
    assert case.state == "awaiting_verification"


def test_r38_reply_from_the_same_address_verifies(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    reply = _reply(app, mailbox, in_reply_to=ack.message_id)
    assert reply.status == "followup" and reply.case_id == _case(app).id
    # Verified, and the draft of the final answer is made at once for staff to complete.
    assert _case(app).state == "awaiting_approval"
    with app.sessions() as session:
        challenge = session.scalars(select(Challenge)).one()
        assert challenge.status == "verified" and challenge.token is None  # single use, R88
    assert _actions(app)[-3:] == ["followup_received", "verified", "draft_ready"]
    with app.sessions() as session:
        assert session.scalar(select(Case).where(Case.id != _case(app).id)) is None


def test_r38_reply_code_alone_verifies_when_headers_are_lost(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    code = ack.context["reply_code"].lower().replace("-", " ")
    _reply(app, mailbox, subject="Re: [DSR-2026-0001]",
           body=f"My mail program lost your mail, here is the code: {code.replace(' ', '-')}")
    assert _case(app).state == "awaiting_approval"


def test_r41_reply_from_another_address_never_verifies(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    spoof = _reply(app, mailbox, sender="attacker@example.org", in_reply_to=ack.message_id,
                   subject="Re: [DSR-2026-0001] REQ:access")
    assert _case(app).state == "awaiting_verification"
    assert "reply_from_other_address" in _actions(app)
    assert spoof.status == "case_opened"  # handled as new mail: its own case and challenge
    assert spoof.case_id != _case(app).id


def test_r48_expired_challenge_does_not_verify_and_is_recorded(app: App, mailbox,
                                                                clock: MutableClock) -> None:
    ack = _request(app, mailbox)
    clock.now = NOW + timedelta(days=22)
    _reply(app, mailbox, in_reply_to=ack.message_id, when=clock.now)
    assert _case(app).state == "awaiting_verification"
    with app.sessions() as session:
        refused = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "verification_refused")).one()
    assert refused.reason == "expired"


def test_forged_token_with_the_case_tag_is_refused(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    token, domain = ack.message_id[2:].split("@")
    flipped = token[:-1] + ("a" if token[-1] != "a" else "b")  # one character of the MAC
    _reply(app, mailbox, in_reply_to=f"c.{flipped}@{domain}")
    assert _case(app).state == "awaiting_verification"
    assert "verification_refused" in _actions(app)


def test_reused_token_after_verification_changes_nothing(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    _reply(app, mailbox, in_reply_to=ack.message_id)
    again = _reply(app, mailbox, in_reply_to=ack.message_id, body="Any news?",
                   when=NOW + timedelta(hours=1))
    assert again.status == "followup"
    assert _actions(app).count("verified") == 1


def test_r37_objection_alone_needs_no_challenge(app: App, mailbox) -> None:
    ack = _request(app, mailbox, subject="REQ:objection")
    assert "reply_code" not in ack.context
    assert _case(app).state == "received"


def test_followup_joins_the_case_and_is_not_answered(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    _reply(app, mailbox, in_reply_to=ack.message_id)
    _reply(app, mailbox, subject="Re: [DSR-2026-0001] any news?", body="Any news on this?",
           when=NOW + timedelta(days=2))
    with app.sessions() as session:
        assert session.scalar(select(Case).where(Case.ref != "DSR-2026-0001")) is None
        assert len(session.scalars(select(OutboxRow)).all()) == 1  # only the acknowledgement


def test_r16_reply_asking_for_a_further_right_is_flagged(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    _reply(app, mailbox, in_reply_to=ack.message_id, subject="Re: [DSR-2026-0001] REQ:erasure",
           body="Yes it was me, and please delete everything afterwards.")
    case = _case(app)
    assert "further_right_requested" in case.flags
    assert case.rights == ["access"]  # new right items are a staff decision


def test_mail_about_an_ended_case_goes_to_staff_only(app: App, mailbox) -> None:
    _request(app, mailbox)
    with app.sessions.begin() as session:
        session.scalars(select(Case)).one().state = "closed"
    _reply(app, mailbox, subject="Re: [DSR-2026-0001] thanks", body="Thanks again.")
    assert "mail_after_case_ended" in _case(app).flags
    assert _case(app).state == "closed"


def test_r48_reminder_after_seven_days_then_expiry_with_notice(app: App, mailbox) -> None:
    _request(app, mailbox)
    config, renderer = app.config, app.renderer
    ring = config.verification.ring()
    early = run_challenge_timers(app.sessions, config, renderer, ring, NOW + timedelta(days=6))
    assert (early.reminders, early.expired) == (0, 0)
    week = run_challenge_timers(app.sessions, config, renderer, ring, NOW + timedelta(days=7))
    assert (week.reminders, week.expired) == (1, 0)
    again = run_challenge_timers(app.sessions, config, renderer, ring, NOW + timedelta(days=8))
    assert again.reminders == 0  # one reminder only
    late = run_challenge_timers(app.sessions, config, renderer, ring, NOW + timedelta(days=22))
    assert late.expired == 1
    assert _case(app).state == "expired"
    with app.sessions() as session:
        kinds = session.scalars(select(OutboxRow.kind).order_by(OutboxRow.id)).all()
        reminder = session.scalars(select(OutboxRow).where(
            OutboxRow.kind == "challenge_reminder")).one()
        challenge = session.scalars(select(Challenge)).one()
    assert kinds == ["acknowledgement", "challenge_reminder", "expiry_notice"]
    assert reminder.references[0].startswith("c.")  # a reply still carries the signed token
    assert challenge.token is None and challenge.status == "expired"


def test_r48_expiry_moves_earlier_when_the_due_date_comes_first(app: App, mailbox) -> None:
    ack = _request(app, mailbox)
    with app.sessions() as session:
        challenge = session.scalars(select(Challenge)).one()
    assert challenge.expires_on <= _case(app).due_date
    assert ack.context["challenge_expires"] == challenge.expires_on.isoformat()


@pytest.mark.parametrize(("text", "found"), [
    ("code K7Q2-9MXR thanks", ["K7Q29MXR"]),
    ("code k7q29mxr", ["k7q29mxr"]),
    ("have been calling", []),  # words are not codes
    ("Regarding", []),
])
def test_reply_codes_are_found_in_text(text: str, found: list[str]) -> None:
    assert find_reply_code(text) == found


def test_ref_number_is_unique_per_reference() -> None:
    assert ref_number("DSR-2026-0042") == 20260042
    assert ref_number("DSR-2026-10000") != ref_number("DSR-2026-1000")
