"""Intake pipeline with in-memory mailbox and sender (real SQLite store on a temp file)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from bot.app import App, build_app
from bot.mailsource import MailSourceError
from bot.memory_mail import MemoryMailSender, MemoryMailSource
from bot.outbox import flush_outbox
from bot.store.schema import AuditEvent, Case, MessageStatus, OutboxRow, StoredMessage
from tests.unit.helpers import MutableClock, ScriptedClassifier, make_config, make_raw

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)





@pytest.fixture
def app(tmp_path: Path, clock: MutableClock) -> App:
    return build_app(make_config(tmp_path), ScriptedClassifier(), clock)


@pytest.fixture
def mailbox() -> MemoryMailSource:
    return MemoryMailSource(uidvalidity=7)


def _count(app: App, model: type, *where: object) -> int:
    with app.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _cases(app: App) -> list[Case]:
    with app.sessions() as session:
        return list(session.scalars(select(Case).order_by(Case.id)))


def test_r13_request_opens_case_with_deadline_from_internaldate(app: App, mailbox) -> None:
    # Delivered three days before the poll (daemon was down): the clock runs from delivery.
    delivered = NOW - timedelta(days=3)
    mailbox.deliver(make_raw(subject="REQ:access,erasure"), internaldate=delivered)
    report = app.intake.poll(mailbox)
    assert report.outcomes == {"case_opened": 1}
    (case,) = _cases(app)
    assert case.ref == "DSR-2026-0001"
    assert case.receipt_date == date(2026, 11, 22)
    assert case.due_date == date(2026, 12, 22)
    assert case.rights == ["access", "erasure"]
    assert case.requester_address == "mette@example.dk"
    assert case.state == "awaiting_verification"  # R38: the acknowledgement carries a challenge
    assert _count(app, OutboxRow) == 1
    assert mailbox.folder_contents("INBOX") == []
    assert len(mailbox.folder_contents("rightsbot/processed")) == 1


def test_r12_receipt_date_is_local_copenhagen_date(app: App, mailbox) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"),
                    internaldate=datetime(2026, 10, 24, 22, 30, tzinfo=UTC))
    app.intake.poll(mailbox)
    (case,) = _cases(app)
    assert case.receipt_date == date(2026, 10, 25)
    assert case.due_date == date(2026, 11, 25)


def test_r3_without_internaldate_uses_received_header_then_flags_fetch_time(
    app: App, mailbox
) -> None:
    received = "from mx.example.dk by mail.leadsbymia.com; Tue, 24 Nov 2026 09:00:00 +0000"
    mailbox.deliver(make_raw(subject="REQ:access", extra_headers={"Received": received}))
    mailbox.deliver(make_raw(subject="REQ:erasure", message_id="<other@example.dk>"))
    app.intake.poll(mailbox)
    first, second = _cases(app)
    assert first.receipt_date == date(2026, 11, 24)
    assert first.flags == []
    assert second.flags == ["receipt_time_uncertain"]


def test_r14_old_date_header_is_flagged_never_moves_the_clock(app: App, mailbox) -> None:
    mailbox.deliver(make_raw(subject="REQ:access", date=NOW - timedelta(days=5)),
                    internaldate=NOW)
    app.intake.poll(mailbox)
    (case,) = _cases(app)
    assert case.receipt_date == date(2026, 11, 25)
    assert "possible_earlier_receipt" in case.flags


def test_case_refs_count_up_per_year(app: App, mailbox) -> None:
    for n in range(3):
        mailbox.deliver(make_raw(subject="REQ:objection", message_id=f"<m{n}@x.dk>"),
                        internaldate=NOW)
    app.intake.poll(mailbox)
    assert [c.ref for c in _cases(app)] == ["DSR-2026-0001", "DSR-2026-0002", "DSR-2026-0003"]


def test_automated_mail_is_screened_recorded_and_not_answered(app: App, mailbox) -> None:
    mailbox.deliver(make_raw(subject="Automatic reply: REQ:access",
                             extra_headers={"Auto-Submitted": "auto-replied"}),
                    internaldate=NOW)
    report = app.intake.poll(mailbox)
    assert report.outcomes == {"screened": 1}
    assert _cases(app) == []
    assert _count(app, OutboxRow) == 0
    with app.sessions() as session:
        stored = session.scalars(select(StoredMessage)).one()
        assert stored.screening_rule == "auto_reply"
        assert "Auto-Submitted" in (stored.screening_reason or "")


def test_unparseable_mail_is_quarantined_with_reason_and_kept(app: App, mailbox) -> None:
    garbage = b"\x00\x01\x02 this is not an email at all \xff\xfe"
    mailbox.deliver(garbage, internaldate=NOW)
    report = app.intake.poll(mailbox)
    assert report.outcomes == {"quarantined": 1}
    with app.sessions() as session:
        stored = session.scalars(select(StoredMessage)).one()
        assert stored.raw == garbage
        assert stored.quarantine_reason
    assert mailbox.folder_contents("rightsbot/quarantine") == [garbage]


def test_uncertain_mail_goes_to_triage_without_answer(app: App, mailbox) -> None:
    mailbox.deliver(make_raw(subject="UNSURE question about cookies"), internaldate=NOW)
    mailbox.deliver(make_raw(subject="NOPE sales reply", message_id="<s@x.dk>"),
                    internaldate=NOW)
    report = app.intake.poll(mailbox)
    assert report.outcomes == {"triage": 1, "not_request": 1}
    assert _count(app, OutboxRow) == 0


def test_below_confidence_threshold_is_triage(tmp_path: Path, mailbox, clock) -> None:
    app = build_app(make_config(tmp_path, classifier={"min_confidence": 0.99}),
                    ScriptedClassifier(), clock)
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)
    assert app.intake.poll(mailbox).outcomes == {"triage": 1}


def test_second_poll_does_nothing_new(app: App, mailbox) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)
    app.intake.poll(mailbox)
    report = app.intake.poll(mailbox)
    assert report.fetched == 0 and report.outcomes == {}
    assert len(_cases(app)) == 1


def test_uidvalidity_change_does_not_reopen_cases(app: App, mailbox) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)
    # Keep the message in INBOX after processing (as if the move failed), then renumber.
    mailbox.move = lambda uids, destination: None  # type: ignore[method-assign]
    app.intake.poll(mailbox)
    mailbox.reset_uidvalidity(99)
    report = app.intake.poll(mailbox)
    assert report.outcomes == {"duplicate": 1}
    assert len(_cases(app)) == 1
    assert _count(app, AuditEvent, AuditEvent.action == "uidvalidity_changed") == 1


def test_same_message_delivered_twice_opens_one_case(app: App, mailbox) -> None:
    raw = make_raw(subject="REQ:erasure")
    mailbox.deliver(raw, internaldate=NOW)
    mailbox.deliver(raw.replace(b"Subject:", b"X-Copy: 2\nSubject:"), internaldate=NOW)
    report = app.intake.poll(mailbox)
    assert report.outcomes == {"case_opened": 1, "duplicate": 1}


def test_same_message_id_from_another_sender_is_not_a_duplicate(app: App, mailbox) -> None:
    mailbox.deliver(make_raw(subject="REQ:erasure"), internaldate=NOW)
    mailbox.deliver(make_raw(subject="REQ:erasure", sender="eve@example.org"), internaldate=NOW)
    assert app.intake.poll(mailbox).outcomes == {"case_opened": 2}


def test_crash_after_raw_commit_resumes_without_loss(app: App, mailbox, monkeypatch) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)

    def crash(*_args: object) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(app.intake, "_decide", crash)
    with pytest.raises(RuntimeError):
        app.intake.poll(mailbox)
    assert _count(app, StoredMessage, StoredMessage.status == "fetched") == 1
    monkeypatch.undo()
    report = app.intake.poll(mailbox)
    assert report.outcomes == {"case_opened": 1}
    assert len(_cases(app)) == 1
    assert mailbox.folder_contents("INBOX") == []


def test_crash_before_move_redoes_only_the_move(app: App, mailbox, monkeypatch) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)

    def server_gone(*_args: object) -> None:
        raise MailSourceError("connection reset")

    monkeypatch.setattr(mailbox, "move", server_gone)
    with pytest.raises(MailSourceError):
        app.intake.poll(mailbox)
    assert len(_cases(app)) == 1
    monkeypatch.undo()
    report = app.intake.poll(mailbox)
    assert report.moved == 1 and report.outcomes == {}
    assert len(_cases(app)) == 1
    assert _count(app, OutboxRow) == 1


def test_per_sender_rate_limit_stops_automatic_replies(tmp_path: Path, mailbox, clock) -> None:
    app = build_app(make_config(tmp_path, schedule={"sender_rate_limit": 2}),
                    ScriptedClassifier(), clock)
    for n in range(3):
        mailbox.deliver(make_raw(subject="REQ:access", message_id=f"<r{n}@x.dk>"),
                        internaldate=NOW)
    report = app.intake.poll(mailbox)
    assert report.outcomes == {"case_opened": 2, "screened": 1}
    with app.sessions() as session:
        rule = session.scalars(select(StoredMessage.screening_rule)
                               .where(StoredMessage.status == "screened")).one()
    assert rule == "sender_rate_limit"


def test_per_run_cap_leaves_backlog_for_next_poll(tmp_path: Path, mailbox, clock) -> None:
    app = build_app(make_config(tmp_path, schedule={"max_messages_per_run": 2,
                                                    "batch_size": 1}),
                    ScriptedClassifier(), clock)
    for n in range(3):
        mailbox.deliver(make_raw(subject="UNSURE", message_id=f"<u{n}@x.dk>"), internaldate=NOW)
    first = app.intake.poll(mailbox)
    assert first.fetched == 2 and first.backlog
    second = app.intake.poll(mailbox)
    assert second.fetched == 1 and not second.backlog


def test_messages_are_never_marked_seen_or_lost(app: App, mailbox) -> None:
    for n in range(5):
        mailbox.deliver(make_raw(subject="UNSURE", message_id=f"<k{n}@x.dk>"), internaldate=NOW)
    app.intake.poll(mailbox)
    assert _count(app, StoredMessage) == 5
    assert len(mailbox.folder_contents("rightsbot/processed")) == 5


def test_r85_audit_trail_is_append_only(app: App, mailbox) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)
    app.intake.poll(mailbox)
    with app.sessions() as session:
        assert session.scalars(select(AuditEvent.action)).all() == ["case_opened",
                                                                    "challenge_sent"]
        with pytest.raises(DatabaseError, match="append-only"):
            session.execute(text("UPDATE audit_events SET reason = 'rewritten'"))
        session.rollback()
        with pytest.raises(DatabaseError, match="append-only"):
            session.execute(text("DELETE FROM audit_events"))


def _flush(app: App, sender: MemoryMailSender, clock: MutableClock):
    return asyncio.run(flush_outbox(app.sessions, sender, app.renderer, app.config.schedule,
                                    clock))


def test_acknowledgement_headers_threading_and_content(app: App, mailbox, clock) -> None:
    mailbox.deliver(make_raw(subject="REQ:access,erasure", message_id="<orig-1@example.dk>"),
                    internaldate=NOW)
    app.intake.poll(mailbox)
    sender = MemoryMailSender()
    assert _flush(app, sender, clock).sent == 1
    (message,) = sender.sent
    assert message["To"] == "mette@example.dk"
    assert message["Subject"].startswith("[DSR-2026-0001] ")
    assert message["In-Reply-To"] == "<orig-1@example.dk>"
    assert "<orig-1@example.dk>" in message["References"]
    assert message["Message-ID"].endswith("@rightsbot.leadsbymia.com>")
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["X-Auto-Response-Suppress"] == "All"
    body = message.get_content()
    assert "DSR-2026-0001" in body
    assert "28 December 2026" in body  # R20 row 20: received 25 Nov 2026 -> due 28 Dec
    assert "Article 15" in body and "Article 17" in body
    assert "we hold" not in body  # R39: nothing implies that data about the address is held
    assert _flush(app, sender, clock).sent == 0  # never twice


@pytest.mark.parametrize(
    ("body", "expected_language", "marker"),
    [
        ("Hej, jeg vil gerne have slettet alle de oplysninger, I har om mig. Tak.", "da",
         "Vi har modtaget"),
        ("Hallo, bitte löschen Sie alle Daten, die Sie über mich gespeichert haben.", "de",
         "Wir haben Ihre"),
        ("Hei, vennligst slett alle opplysningene dere har lagret om meg. Takk.", "nb",
         "Vi har mottatt"),
        ("Hei, poistakaa kaikki minua koskevat tiedot rekistereistänne. Kiitos.", "en",
         "We have received"),
    ],
)
def test_r93_acknowledgement_language(app: App, mailbox, clock, body, expected_language,
                                      marker) -> None:
    mailbox.deliver(make_raw(subject="REQ:erasure", body=body), internaldate=NOW)
    app.intake.poll(mailbox)
    sender = MemoryMailSender()
    _flush(app, sender, clock)
    (message,) = sender.sent
    assert message["Content-Language"] == expected_language
    assert message["Subject"].split("] ", 1)[1].startswith(marker)


def test_transient_failure_retries_with_backoff_then_sends(app: App, mailbox, clock) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)
    app.intake.poll(mailbox)
    sender = MemoryMailSender()
    sender.fail_next(451)
    report = _flush(app, sender, clock)
    assert (report.sent, report.retried) == (0, 1)
    assert _flush(app, sender, clock).sent == 0  # not due yet: backoff
    clock.now += timedelta(seconds=61)
    assert _flush(app, sender, clock).sent == 1
    with app.sessions() as session:
        row = session.scalars(select(OutboxRow)).one()
        assert (row.status, row.attempts) == ("sent", 2)


def test_permanent_failure_stops_and_is_visible(app: App, mailbox, clock) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)
    app.intake.poll(mailbox)
    sender = MemoryMailSender()
    sender.fail_next(550)
    assert _flush(app, sender, clock).failed == 1
    clock.now += timedelta(days=1)
    assert _flush(app, sender, clock).sent == 0
    with app.sessions() as session:
        row = session.scalars(select(OutboxRow)).one()
        assert row.status == "failed" and "550" in (row.last_error or "")
        assert "acknowledgement_failed" in session.scalars(select(AuditEvent.action)).all()


def test_retries_give_up_after_the_configured_attempts(app: App, mailbox, clock) -> None:
    mailbox.deliver(make_raw(subject="REQ:access"), internaldate=NOW)
    app.intake.poll(mailbox)
    sender = MemoryMailSender()
    sender.fail_next(421, count=5)
    for _ in range(3):
        _flush(app, sender, clock)
        clock.now += timedelta(hours=2)
    with app.sessions() as session:
        row = session.scalars(select(OutboxRow)).one()
        assert row.status == "failed" and row.attempts == 3
    assert sender.sent == []


def test_status_values_are_the_documented_ones() -> None:
    assert {s.value for s in MessageStatus} == {
        "fetched", "quarantined", "screened", "triage", "case_opened", "duplicate",
        "not_request", "followup",
    }
