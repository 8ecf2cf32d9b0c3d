"""Staff pauses of the clock and staff verification (R31-R35, R45)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from bot.app import App, build_app
from bot.cli import app as cli
from bot.config import load_config
from bot.deadlines import PauseKind
from bot.drafting import latest_draft
from bot.memory_mail import MemoryMailSource
from bot.pauses import PauseError, end_pause, start_pause, verify_by_staff
from bot.store.schema import AuditEvent, Case
from tests.unit.helpers import ScriptedClassifier, make_raw, write_minimal_config

TZ = "Europe/Copenhagen"


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_minimal_config(tmp_path)


def _app_with_case(config_path: Path, received: datetime) -> App:
    app = build_app(load_config(config_path), ScriptedClassifier(), lambda: received)
    mailbox = MemoryMailSource()
    mailbox.deliver(make_raw(subject="REQ:access", sender="someone@example.dk"),
                    internaldate=received)
    app.intake.poll(mailbox)
    return app


def _case(app: App) -> Case:
    with app.sessions() as session:
        return session.scalars(select(Case)).one()


def test_r33_worked_example_1_earliest_model(config_path: Path) -> None:
    """Received Tue 10 Mar 2026, doubt recorded Fri 13 Mar, answer Fri 20 Mar: due 17 Apr."""
    app = _app_with_case(config_path, datetime(2026, 3, 10, 9, tzinfo=UTC))
    assert _case(app).due_date == date(2026, 4, 10)  # without the pause
    with app.sessions.begin() as session:
        case = session.scalars(select(Case)).one()
        start_pause(session, case, PauseKind.IDENTITY_DOUBT, reason="address not in records "
                    "and the request names another mailbox", actor="mia",
                    now=datetime(2026, 3, 13, 9, tzinfo=UTC), timezone=TZ)
    assert _case(app).due_date == date(2026, 4, 10)  # R35: open pause, unpaused deadline
    with app.sessions.begin() as session:
        case = session.scalars(select(Case)).one()
        due = end_pause(session, case, actor="mia", now=datetime(2026, 3, 20, 9, tzinfo=UTC),
                        timezone=TZ)
    case = _case(app)
    assert due == case.due_date == date(2026, 4, 17)
    assert case.extended_due_date == date(2026, 6, 17)
    # R32: Friday 13 March is three working days after Tuesday 10 March: asked late.
    assert "late_pause" in case.flags


def test_r32_pause_asked_within_two_working_days_is_not_flagged(config_path: Path) -> None:
    app = _app_with_case(config_path, datetime(2026, 3, 10, 9, tzinfo=UTC))
    with app.sessions.begin() as session:
        case = session.scalars(select(Case)).one()
        start_pause(session, case, PauseKind.CLARIFICATION, reason="which of three accounts?",
                    actor="mia", now=datetime(2026, 3, 12, 9, tzinfo=UTC), timezone=TZ)
    assert "late_pause" not in _case(app).flags


def test_r31_pause_needs_a_reason_and_only_one_is_open(config_path: Path) -> None:
    app = _app_with_case(config_path, datetime(2026, 3, 10, 9, tzinfo=UTC))
    now = datetime(2026, 3, 11, 9, tzinfo=UTC)
    with app.sessions.begin() as session:
        case = session.scalars(select(Case)).one()
        with pytest.raises(PauseError, match="R31"):
            start_pause(session, case, PauseKind.IDENTITY_DOUBT, reason=" ", actor="mia",
                        now=now, timezone=TZ)
        start_pause(session, case, PauseKind.IDENTITY_DOUBT, reason="doubt", actor="mia",
                    now=now, timezone=TZ)
        with pytest.raises(PauseError, match="already"):
            start_pause(session, case, PauseKind.CLARIFICATION, reason="more", actor="mia",
                        now=now, timezone=TZ)


def test_r45_staff_accept_an_agents_authority_and_the_draft_is_made(config_path: Path) -> None:
    app = _app_with_case(config_path, datetime(2026, 11, 25, 9, tzinfo=UTC))
    with app.sessions.begin() as session:
        case = session.scalars(select(Case)).one()
        verify_by_staff(session, app.renderer, case, reason="signed power of attorney from "
                        "the requester's lawyer", actor="mia",
                        now=datetime(2026, 11, 26, 9, tzinfo=UTC))
    with app.sessions() as session:
        case = session.scalars(select(Case)).one()
        assert case.state == "awaiting_approval"
        assert latest_draft(session, case) is not None
        verified = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "verified")).one()
    assert verified.actor == "mia" and "power of attorney" in verified.reason


def test_cli_pause_resume_and_verify(config_path: Path) -> None:
    app = _app_with_case(config_path, datetime.now(UTC))
    runner = CliRunner()
    base = ["--config", str(config_path)]
    paused = runner.invoke(cli, [*base, "pause", "DSR-" + str(_case(app).receipt_date.year)
                                 + "-0001", "--reason", "doubt", "--as", "mia"])
    assert paused.exit_code == 0 and "clock paused" in paused.stdout
    ref = _case(app).ref
    resumed = runner.invoke(cli, [*base, "resume", ref, "--as", "mia"])
    assert resumed.exit_code == 0 and "pause ended" in resumed.stdout
    verified = runner.invoke(cli, [*base, "verify", ref, "--reason", "ID checked by phone",
                                   "--as", "mia"])
    assert verified.exit_code == 0 and "draft ready" in verified.stdout
    wrong = runner.invoke(cli, [*base, "pause", ref, "--reason", "x", "--kind", "holiday"])
    assert wrong.exit_code != 0
