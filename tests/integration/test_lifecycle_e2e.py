"""Case lifecycle through real Dovecot and SMTP servers (issue 5, item 8).

Challenge reminder and expiry (R48), the extension notice (R25-R27), the marketing stop before
verification (R71), a follow-up threaded into its case, and a reply from another address that
carries the token (R41). Time is a test clock: the intake, the timers and the outbox flush all
read it, so moving it forward moves the whole worker forward.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import staff
from bot.app import App, build_app
from bot.config import load_config
from bot.devservers.dovecot import DovecotServer
from bot.devservers.smtp_sink import SmtpSink
from bot.outbox import flush_outbox
from bot.store.schema import AuditEvent, Case, Challenge, OutboxRow, StoredMessage
from bot.suppression import is_suppressed
from tests.integration.worker_env import write_config
from tests.unit.helpers import MutableClock, make_raw

pytestmark = pytest.mark.integration

#: 11:00 in Copenhagen: the receipt date is 25 November 2026 local.
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
PRIVACY = "privacy@leadsbymia.com"
METTE = "Mette Holm <mette@example.dk>"
METTE_ADDRESS = "mette@example.dk"
TOM = "Tom Baker <tom@example.co.uk>"
TOM_ADDRESS = "tom@example.co.uk"
CODE = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}\b")  # "K7Q2-9MXR" as printed





@pytest.fixture
def app(dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, clock: MutableClock) -> App:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    return build_app(load_config(write_config(tmp_path, dovecot, smtp_sink)), clock=clock)


def _flush(app: App) -> None:
    """Send what is due at the app's clock (rows queued "later" are not due at real time)."""
    asyncio.run(flush_outbox(app.sessions, app.sender(), app.renderer, app.config.schedule,
                             clock=app.clock))


def _cycle(app: App) -> None:
    """One poll of the real IMAP server, then one outbox flush to the real SMTP sink."""
    source = app.open_source()
    try:
        app.intake.poll(source)
    finally:
        source.close()
    _flush(app)


def _deliver(dovecot: DovecotServer, clock: MutableClock, raw: bytes) -> None:
    dovecot.append(raw, internaldate=clock.now)


def _received(smtp_sink: SmtpSink, count: int) -> list[tuple[list[str], EmailMessage]]:
    """Exactly ``count`` messages at the sink: (envelope recipients, parsed message)."""
    messages = smtp_sink.wait_for(count, timeout=10)
    assert len(messages) == count
    parsed = []
    for message in messages:
        email = message_from_bytes(message.raw, policy=policy.default)
        assert isinstance(email, EmailMessage)
        parsed.append((message.rcpt_tos, email))
    return parsed


def _reply_to(acknowledgement: EmailMessage, sender: str, body: str, message_id: str) -> bytes:
    """A reply as a mail client builds it from the message it answers."""
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = PRIVACY
    reply["Subject"] = "Re: " + _subject(acknowledgement)
    reply["Message-ID"] = message_id
    reply["In-Reply-To"] = acknowledgement["Message-ID"]
    reply["References"] = acknowledgement["Message-ID"]
    reply.set_content(body)
    return reply.as_bytes()


def _subject(message: EmailMessage) -> str:
    """The subject as a reader sees it: a long one is folded right after "Subject:", and the
    stdlib parser keeps the whitespace of that fold at the start of the value."""
    return " ".join(str(message["Subject"]).split())


def _reply_code(app: App) -> str:
    with app.sessions() as session:
        row = session.scalars(select(OutboxRow).where(OutboxRow.kind == "acknowledgement")).one()
        code = row.context["reply_code"]
    assert isinstance(code, str) and CODE.fullmatch(code)
    return code


def _cases(app: App) -> list[Case]:
    with app.sessions() as session:
        return list(session.scalars(select(Case).order_by(Case.id)))


def _actions(app: App, case_id: int) -> list[str]:
    with app.sessions() as session:
        return list(session.scalars(select(AuditEvent.action).where(
            AuditEvent.case_id == case_id).order_by(AuditEvent.id)))


def _message_row(app: App, message_id: str) -> StoredMessage:
    with app.sessions() as session:
        return session.scalars(select(StoredMessage).where(
            StoredMessage.message_id == message_id)).one()


def test_r48_reminder_after_a_week_then_expiry_notice_and_late_reply_does_not_verify(
    app: App, dovecot: DovecotServer, smtp_sink: SmtpSink, clock: MutableClock,
) -> None:
    _deliver(dovecot, clock, make_raw(
        subject="Slet mine oplysninger",
        body="Hej\n\nJeg vil gerne have mine oplysninger slettet.\n\nMvh Mette",
        sender=METTE, message_id="<lifecycle-r48-request@example.dk>"))
    _cycle(app)
    ((rcpt, acknowledgement),) = _received(smtp_sink, 1)
    assert rcpt == [METTE_ADDRESS]
    ack_id = str(acknowledgement["Message-ID"])
    assert ack_id.startswith("<c.")  # the challenge is in the Message-ID
    assert _subject(acknowledgement).startswith("[DSR-2026-0001] ")
    code = _reply_code(app)
    assert code in acknowledgement.get_content()
    (case,) = _cases(app)
    assert (case.state, case.language) == ("awaiting_verification", "da")

    # Day 6: nothing due yet.
    clock.now = NOW + timedelta(days=6)
    report = app.run_timers(clock.now)
    assert (report.reminders, report.expired) == (0, 0)
    _flush(app)
    assert len(smtp_sink.messages()) == 1

    # Day 7: one reminder, in the acknowledgement's thread, with the same code.
    clock.now = NOW + timedelta(days=7)
    report = app.run_timers(clock.now)
    assert (report.reminders, report.expired) == (1, 0)
    _flush(app)
    (_, (rcpt, reminder)) = _received(smtp_sink, 2)
    assert rcpt == [METTE_ADDRESS] and reminder["To"] == METTE_ADDRESS
    assert ack_id in str(reminder["References"]).split()
    assert _subject(reminder).startswith("[DSR-2026-0001] ")
    assert code in reminder.get_content()
    assert reminder["Message-ID"] != acknowledgement["Message-ID"]

    # Day 8: one reminder only.
    clock.now = NOW + timedelta(days=8)
    assert app.run_timers(clock.now).reminders == 0

    # Day 22: the challenge (valid to 16 December) has expired; the notice names Datatilsynet.
    clock.now = NOW + timedelta(days=22)
    report = app.run_timers(clock.now)
    assert (report.reminders, report.expired) == (0, 1)
    _flush(app)
    (_, _, (rcpt, notice)) = _received(smtp_sink, 3)
    assert rcpt == [METTE_ADDRESS] and notice["To"] == METTE_ADDRESS
    assert _subject(notice).startswith("[DSR-2026-0001] ")
    assert "Carl Jacobsens Vej 35" in notice.get_content()
    assert code not in notice.get_content()
    (case,) = _cases(app)
    assert case.state == "expired"
    with app.sessions() as session:
        challenge = session.scalars(select(Challenge)).one()
        assert (challenge.status, challenge.token) == ("expired", None)
        assert session.scalars(select(OutboxRow.kind).order_by(OutboxRow.id)).all() == [
            "acknowledgement", "challenge_reminder", "expiry_notice"]

    # Day 23: the requester finally answers the acknowledgement. Too late: nothing verifies.
    clock.now = NOW + timedelta(days=23)
    _deliver(dovecot, clock, _reply_to(acknowledgement, METTE, f"Ja, det var mig. {code}",
                                       "<lifecycle-r48-late-reply@example.dk>"))
    _cycle(app)
    (case,) = _cases(app)
    assert case.state == "expired"
    assert "mail_after_case_ended" in case.flags  # staff decide on reopening
    late = _message_row(app, "lifecycle-r48-late-reply@example.dk")
    assert (late.status, late.case_id) == ("followup", case.id)
    actions = _actions(app, case.id)
    assert "verified" not in actions and actions[-2:] == ["followup_received", "staff_attention"]
    with app.sessions() as session:
        assert session.scalars(select(Challenge.status)).one() == "expired"
    assert len(smtp_sink.messages()) == 3  # nothing is answered automatically
    assert dovecot.folder_uids("INBOX") == []


def test_r25_r27_extension_notice_reaches_the_requester_with_reason_and_new_date(
    app: App, dovecot: DovecotServer, smtp_sink: SmtpSink, clock: MutableClock,
) -> None:
    _deliver(dovecot, clock, make_raw(
        subject="Please delete my data",
        body="Hello,\n\nplease delete all data you hold about me.\n\nTom",
        sender=TOM, message_id="<lifecycle-extension-request@example.co.uk>"))
    _cycle(app)
    ((rcpt, acknowledgement),) = _received(smtp_sink, 1)
    assert rcpt == [TOM_ADDRESS]
    (case,) = _cases(app)
    assert case.receipt_date == date(2026, 11, 25)
    due = case.due_date

    clock.now = NOW + timedelta(days=10)  # decided within the first month (R25)
    reason = "We must search three archived customer systems for your data."
    with app.sessions.begin() as session:
        extended = staff.extend(session, app.config, app.renderer, case.ref, reason=reason,
                                actor="mia", now=clock.now)
    assert extended == date(2027, 2, 25)
    _flush(app)
    (_, (rcpt, notice)) = _received(smtp_sink, 2)
    assert rcpt == [TOM_ADDRESS] and notice["To"] == TOM_ADDRESS
    assert _subject(notice) == (
        "[DSR-2026-0001] We need more time to answer your data protection request")
    text = notice.get_content()
    assert reason in text
    assert "25 February 2027" in text
    assert f"{due.day} {due.strftime('%B')} {due.year}" in text  # the original due date
    assert "Carl Jacobsens Vej 35" in text
    assert notice["Message-ID"] != acknowledgement["Message-ID"]

    (case,) = _cases(app)
    assert (case.extended_to, case.extension_reason) == (date(2027, 2, 25), reason)
    assert case.state == "awaiting_verification"  # an extension does not change the state
    with app.sessions() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "extended")).one()
        assert (event.actor, event.reason, event.case_id) == ("mia", reason, case.id)
        sent = session.scalars(select(OutboxRow).where(
            OutboxRow.kind == "extension_notice")).one()
        assert (sent.status, sent.to_address) == ("sent", TOM_ADDRESS)

    # R27: one extension only.
    with app.sessions.begin() as session, pytest.raises(staff.StaffActionError, match="R27"):
        staff.extend(session, app.config, app.renderer, case.ref, reason="again",
                     actor="mia", now=clock.now)
    _flush(app)
    assert len(smtp_sink.messages()) == 2


def test_r71_objection_is_suppressed_before_verification_without_a_challenge(
    app: App, dovecot: DovecotServer, smtp_sink: SmtpSink, clock: MutableClock,
) -> None:
    _deliver(dovecot, clock, make_raw(
        subject="Stop contacting me",
        body="Stop contacting me, take me off your lists. I never asked for your marketing "
             "emails.\n\nTom",
        sender=TOM, message_id="<lifecycle-objection@example.co.uk>"))
    _cycle(app)
    ((rcpt, acknowledgement),) = _received(smtp_sink, 1)
    assert rcpt == [TOM_ADDRESS] and acknowledgement["To"] == TOM_ADDRESS
    text = acknowledgement.get_content()
    assert "will not receive marketing from us" in text
    assert "confirmation code" not in text  # objection alone needs no challenge (R37)
    assert not str(acknowledgement["Message-ID"]).startswith("<c.")

    (case,) = _cases(app)
    assert case.rights == ["objection"]
    assert case.state == "received"  # never verified
    with app.sessions() as session:
        assert session.scalars(select(Challenge)).all() == []
        assert is_suppressed(session, app.config.suppression.ring(), TOM_ADDRESS)
        assert is_suppressed(session, app.config.suppression.ring(), "Tom@Example.co.uk")
        assert not is_suppressed(session, app.config.suppression.ring(), METTE_ADDRESS)
    assert _actions(app, case.id) == ["case_opened", "suppressed", "acknowledgement_sent"]


def test_followup_after_verification_joins_the_case_and_is_not_answered(
    app: App, dovecot: DovecotServer, smtp_sink: SmtpSink, clock: MutableClock,
) -> None:
    _deliver(dovecot, clock, make_raw(
        subject="Slet mine oplysninger",
        body="Hej\n\nJeg vil gerne have mine oplysninger slettet.\n\nMvh Mette",
        sender=METTE, message_id="<lifecycle-followup-request@example.dk>"))
    _cycle(app)
    ((_, acknowledgement),) = _received(smtp_sink, 1)

    clock.now = NOW + timedelta(hours=2)
    _deliver(dovecot, clock, _reply_to(acknowledgement, METTE, "Ja, det var mig.",
                                       "<lifecycle-followup-verify@example.dk>"))
    _cycle(app)
    (case,) = _cases(app)
    assert case.state == "awaiting_approval"  # verified, draft ready for staff

    clock.now = NOW + timedelta(days=5)
    _deliver(dovecot, clock, _reply_to(acknowledgement, METTE, "Any news?",
                                       "<lifecycle-followup-news@example.dk>"))
    _cycle(app)
    (case,) = _cases(app)
    assert case.state == "awaiting_approval"
    followup = _message_row(app, "lifecycle-followup-news@example.dk")
    assert (followup.status, followup.case_id) == ("followup", case.id)
    actions = _actions(app, case.id)
    assert actions.count("verified") == 1 and actions.count("followup_received") == 2
    assert actions[-1] == "followup_received"
    with app.sessions() as session:
        assert session.scalars(select(OutboxRow.kind)).all() == ["acknowledgement"]
        statuses = session.scalars(select(StoredMessage.status).order_by(StoredMessage.id))
        assert list(statuses) == ["case_opened", "followup", "followup"]
    assert len(smtp_sink.messages()) == 1  # no second acknowledgement, no automatic answer
    assert dovecot.folder_uids("INBOX") == []


def test_r41_reply_with_the_token_from_another_address_is_new_mail_with_its_own_case(
    app: App, dovecot: DovecotServer, smtp_sink: SmtpSink, clock: MutableClock,
) -> None:
    _deliver(dovecot, clock, make_raw(
        subject="Please delete my data",
        body="Hello,\n\nplease delete all data you hold about me.\n\nTom",
        sender=TOM, message_id="<lifecycle-r41-request@example.co.uk>"))
    _cycle(app)
    ((_, acknowledgement),) = _received(smtp_sink, 1)

    outsider = "Eve Mallory <eve@example.org>"
    clock.now = NOW + timedelta(hours=1)
    _deliver(dovecot, clock, _reply_to(
        acknowledgement, outsider,
        "Hello,\n\nwhere did you get my number? Please send me a copy of the data you hold "
        "about me.\n\nEve",
        "<lifecycle-r41-outsider@example.org>"))
    _cycle(app)

    first, second = _cases(app)
    assert (first.ref, first.requester_address, first.state) == (
        "DSR-2026-0001", TOM_ADDRESS, "awaiting_verification")
    assert (second.ref, second.requester_address, second.state) == (
        "DSR-2026-0002", "eve@example.org", "awaiting_verification")
    row = _message_row(app, "lifecycle-r41-outsider@example.org")
    assert (row.status, row.case_id) == ("case_opened", second.id)

    (_, (rcpt, own_ack)) = _received(smtp_sink, 2)
    assert rcpt == ["eve@example.org"] and own_ack["To"] == "eve@example.org"
    assert _subject(own_ack).startswith("[DSR-2026-0002] ")
    assert str(own_ack["Message-ID"]).startswith("<c.")  # her own challenge
    assert own_ack["Message-ID"] != acknowledgement["Message-ID"]

    assert "reply_from_other_address" in _actions(app, first.id)
    assert "verified" not in _actions(app, first.id)
    assert _actions(app, second.id)[0] == "case_opened"
    with app.sessions() as session:
        by_case = {case_id: status for case_id, status in session.execute(
            select(Challenge.case_id, Challenge.status))}
        assert by_case == {first.id: "pending", second.id: "pending"}
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == 2
