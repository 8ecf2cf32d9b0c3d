"""Staff actions: drafts, approval behind the disclosure gate, rejection, extension, relabel."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from bot import staff
from bot.app import App, build_app
from bot.cli import app as cli
from bot.config import load_config
from bot.drafting import DraftError, latest_draft
from bot.memory_mail import MemoryMailSender, MemoryMailSource
from bot.outbox import flush_outbox
from bot.store.schema import AuditEvent, Case, ClassifierCorrection, OutboxRow
from tests.unit.helpers import MutableClock, ScriptedClassifier, make_raw, write_minimal_config

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
REQUESTER = "Mette Jensen <mette@example.dk>"




@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_minimal_config(tmp_path)



@pytest.fixture
def app(config_path: Path, clock: MutableClock) -> App:
    return build_app(load_config(config_path), ScriptedClassifier(), clock)


def _verified_case(app: App, subject: str = "REQ:access,erasure") -> Case:
    """A request, its acknowledgement, and the requester's reply: awaiting approval."""
    mailbox = MemoryMailSource()
    mailbox.deliver(make_raw(subject=subject, sender=REQUESTER), internaldate=NOW)
    app.intake.poll(mailbox)
    with app.sessions() as session:
        ack = session.scalars(select(OutboxRow)).one()
    mailbox.deliver(make_raw(subject="Re: ok", sender=REQUESTER, message_id="<r@x>",
                             extra_headers={"In-Reply-To": f"<{ack.message_id}>"}),
                    internaldate=NOW)
    app.intake.poll(mailbox)
    return _case(app)


def _case(app: App) -> Case:
    with app.sessions() as session:
        return session.scalars(select(Case)).one()


def _flush(app: App, clock: MutableClock) -> MemoryMailSender:
    sender = MemoryMailSender()
    asyncio.run(flush_outbox(app.sessions, sender, app.renderer, app.config.schedule, clock))
    return sender


def _complete_draft(app: App, config_path: Path, tmp_path: Path) -> str:
    with app.sessions() as session:
        draft = latest_draft(session, _case(app))
        assert draft is not None
        body = draft.body
    completed = "\n".join("We hold your name, title and work phone (source: CVR, 2025-03-01)."
                          if line.startswith(">>> STAFF:") else line
                          for line in body.splitlines())
    edited = tmp_path / "draft.txt"
    edited.write_text(completed, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config_path), "edit", "DSR-2026-0001",
                                      "--from-file", str(edited), "--as", "mia"])
    assert result.exit_code == 0, result.output
    return completed


def test_draft_is_made_on_verification_with_lines_for_staff(app: App) -> None:
    case = _verified_case(app)
    assert case.state == "awaiting_approval"
    with app.sessions() as session:
        draft = latest_draft(session, case)
    assert draft is not None and draft.version == 1
    assert ">>> STAFF:" in draft.body and "DSR-2026-0001" in draft.body


def test_r46_approval_refused_while_staff_lines_remain(app: App) -> None:
    _verified_case(app)
    with app.sessions.begin() as session, pytest.raises(DraftError, match="still has"):
        staff.approve(session, app.config, app.renderer, "DSR-2026-0001", actor="mia", now=NOW)


def test_r46_approval_refused_before_verification(app: App) -> None:
    mailbox = MemoryMailSource()
    mailbox.deliver(make_raw(subject="REQ:access", sender=REQUESTER), internaldate=NOW)
    app.intake.poll(mailbox)
    with app.sessions.begin() as session, pytest.raises(DraftError, match="not awaiting"):
        staff.approve(session, app.config, app.renderer, "DSR-2026-0001", actor="mia", now=NOW)


def test_edit_approve_and_the_exact_text_reaches_the_verified_address(
    app: App, config_path: Path, tmp_path: Path, clock: MutableClock
) -> None:
    _verified_case(app)
    completed = _complete_draft(app, config_path, tmp_path)
    result = CliRunner().invoke(cli, ["--config", str(config_path), "approve", "DSR-2026-0001",
                                      "--as", "mia"])
    assert result.exit_code == 0, result.output
    clock.now = datetime.now(UTC) + timedelta(minutes=1)  # the CLI stamps real time
    _flush(app, clock)  # acknowledgement and final answer
    again = _flush(app, clock)
    with app.sessions() as session:
        final = session.scalars(select(OutboxRow).where(OutboxRow.kind == "final_answer")).one()
        approvals = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "approved")).all()
    assert final.status == "sent" and final.to_address == "mette@example.dk"
    assert final.context["body"] == completed
    assert [a.actor for a in approvals] == ["mia"]
    assert _case(app).state == "responded"
    assert again.sent == []  # nothing is sent twice


def test_r46_a_changed_text_is_never_sent(app: App, config_path: Path, tmp_path: Path,
                                          clock: MutableClock) -> None:
    _verified_case(app)
    _complete_draft(app, config_path, tmp_path)
    with app.sessions.begin() as session:
        staff.approve(session, app.config, app.renderer, "DSR-2026-0001", actor="mia", now=NOW)
    with app.sessions.begin() as session:
        row = session.scalars(select(OutboxRow).where(OutboxRow.kind == "final_answer")).one()
        row.context = {**row.context, "body": row.context["body"] + "\nExtra data."}
    sender = _flush(app, clock)
    assert all(m["To"] != "mette@example.dk" or "Extra data" not in m.get_content()
               for m in sender.sent)
    with app.sessions() as session:
        row = session.scalars(select(OutboxRow).where(OutboxRow.kind == "final_answer")).one()
    assert row.status == "failed" and "R46" in (row.last_error or "")


def test_r25_r26_extension_within_the_first_month_with_notice(app: App) -> None:
    _verified_case(app)
    with app.sessions.begin() as session:
        new = staff.extend(session, app.config, app.renderer, "DSR-2026-0001",
                           reason="complex: records in three systems", actor="mia", now=NOW)
    assert new == date(2027, 2, 25)  # R26 worked example, row 20
    case = _case(app)
    assert case.extended_to == new and case.state == "awaiting_approval"
    with app.sessions() as session:
        notice = session.scalars(select(OutboxRow).where(
            OutboxRow.kind == "extension_notice")).one()
    assert notice.context["extended_due"] == "2027-02-25"
    assert notice.context["reason"] == "complex: records in three systems"
    with app.sessions.begin() as session, pytest.raises(staff.StaffActionError, match="R27"):
        staff.extend(session, app.config, app.renderer, "DSR-2026-0001", reason="again",
                     actor="mia", now=NOW)


def test_r25_no_extension_after_the_one_month_deadline(app: App) -> None:
    _verified_case(app)
    late = datetime(2026, 12, 29, 9, tzinfo=UTC)  # due 28 Dec 2026
    with app.sessions.begin() as session, pytest.raises(staff.StaffActionError):
        staff.extend(session, app.config, app.renderer, "DSR-2026-0001", reason="complex",
                     actor="mia", now=late)


def test_r76_r78_rejection_with_reasons_and_remedies(app: App, clock: MutableClock) -> None:
    _verified_case(app)
    with app.sessions.begin() as session:
        staff.reject(session, app.config, app.renderer, "DSR-2026-0001",
                     reason="the same request answered three times this year", actor="mia",
                     now=NOW)
    assert _case(app).state == "rejected"
    sender = _flush(app, clock)
    notice = [m for m in sender.sent if "answer to your data" in str(m["Subject"])]
    body = notice[0].get_content()
    assert "three times this year" in body and "Carl Jacobsens Vej 35" in body


def test_relabel_updates_rights_and_keeps_a_correction(app: App) -> None:
    _verified_case(app, subject="REQ:access")
    with app.sessions.begin() as session:
        staff.relabel(session, "DSR-2026-0001", [staff.Right.ACCESS, staff.Right.OBJECTION],
                      actor="mia", now=NOW)
    assert _case(app).rights == ["access", "objection"]
    with app.sessions() as session:
        correction = session.scalars(select(ClassifierCorrection)).one()
    assert correction.rights == ["access", "objection"] and correction.actor == "mia"


def test_review_queue_orders_by_deadline_and_marks_overdue(app: App,
                                                           config_path: Path) -> None:
    _verified_case(app)
    with app.sessions() as session:
        (item,) = staff.review_queue(session, date(2026, 12, 30))
    assert item.ref == "DSR-2026-0001" and item.days_left == -2
    result = CliRunner().invoke(cli, ["--config", str(config_path), "review"])
    assert result.exit_code == 0 and "DSR-2026-0001" in result.stdout


def test_r95_triage_open_makes_a_case_with_the_deadline_from_receipt(
    app: App, config_path: Path
) -> None:
    mailbox = MemoryMailSource()
    mailbox.deliver(make_raw(subject="UNSURE what is this about", sender=REQUESTER),
                    internaldate=NOW - timedelta(days=3))
    app.intake.poll(mailbox)
    result = CliRunner().invoke(cli, ["--config", str(config_path), "triage", "open", "1",
                                      "--rights", "access", "--as", "mia"])
    assert result.exit_code == 0, result.output
    case = _case(app)
    assert case.receipt_date == date(2026, 11, 22)  # the clock ran while it sat in triage
    assert case.rights == ["access"] and case.state == "awaiting_verification"
    with app.sessions() as session:
        opened = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "opened_from_triage")).one()
        correction = session.scalars(select(ClassifierCorrection)).one()
    assert opened.actor == "mia" and correction.is_request


def test_triage_dismiss_records_a_correction_and_rejects_other_messages(
    app: App, config_path: Path
) -> None:
    mailbox = MemoryMailSource()
    mailbox.deliver(make_raw(subject="UNSURE newsletter", sender=REQUESTER), internaldate=NOW)
    mailbox.deliver(make_raw(subject="REQ:access", sender=REQUESTER, message_id="<b@x>"),
                    internaldate=NOW)
    app.intake.poll(mailbox)
    runner = CliRunner()
    result = runner.invoke(cli, ["--config", str(config_path), "triage", "dismiss", "1",
                                 "--reason", "vendor newsletter", "--as", "mia"])
    assert result.exit_code == 0, result.output
    with app.sessions() as session:
        correction = session.scalars(select(ClassifierCorrection)).one()
    assert not correction.is_request
    listed = runner.invoke(cli, ["--config", str(config_path), "triage", "--dismissed",
                                 "--json"])
    assert '"id": 1' in listed.stdout
    again = runner.invoke(cli, ["--config", str(config_path), "triage", "open", "2",
                                "--rights", "access"])
    assert again.exit_code != 0 and "not in triage" in str(again.exception)


def test_the_staff_member_comes_from_config_when_as_is_not_given(
    app: App, config_path: Path
) -> None:
    _verified_case(app, subject="REQ:access")
    config_path.write_text(config_path.read_text() + '[staff]\ndefault_actor = "kim"\n')
    result = CliRunner().invoke(cli, ["--config", str(config_path), "relabel", "DSR-2026-0001",
                                      "--rights", "access,objection"])
    assert result.exit_code == 0, result.output
    with app.sessions() as session:
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "relabelled")).one()
    assert event.actor == "kim"
