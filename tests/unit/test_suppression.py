"""The marketing suppression list: effect on receipt, keyed hashes only (R71, R75, R80-R84)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from bot.app import App, build_app
from bot.cli import app as cli
from bot.memory_mail import MemoryMailSender, MemoryMailSource
from bot.model import ConfigError
from bot.outbox import flush_outbox
from bot.store.schema import AuditEvent, Case, SuppressionEntry
from bot.suppression import SuppressionReason, address_hash, is_suppressed, suppress
from bot.tokens import KeyRing, SigningKey
from tests.unit.helpers import ScriptedClassifier, make_config, make_raw, write_minimal_config

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
OLD = SigningKey("old", b"o" * 32)
NEW = SigningKey("new", b"n" * 32)


@pytest.fixture
def app(tmp_path: Path) -> App:
    return build_app(make_config(tmp_path), ScriptedClassifier(), lambda: NOW)


def _receive(app: App, subject: str, sender: str = "Tom <Tom.Baker@Example.co.uk>") -> None:
    mailbox = MemoryMailSource()
    mailbox.deliver(make_raw(subject=subject, sender=sender), internaldate=NOW)
    app.intake.poll(mailbox)


def _entries(app: App) -> list[SuppressionEntry]:
    with app.sessions() as session:
        return list(session.scalars(select(SuppressionEntry)))


def test_r71_objection_is_suppressed_on_receipt_before_verification(app: App) -> None:
    _receive(app, "REQ:objection")
    (entry,) = _entries(app)
    with app.sessions() as session:
        case = session.scalars(select(Case)).one()
        assert case.state == "received"  # nothing verified, yet marketing already stopped
        assert entry.case_id == case.id and entry.reason == "objection_marketing"
        actions = session.scalars(select(AuditEvent.action)).all()
    assert actions == ["case_opened", "suppressed"]
    ring = app.config.suppression.ring()
    assert entry.address_hash == address_hash(ring.current_key(), "tom.baker@example.co.uk")
    assert "tom" not in entry.address_hash  # R80: only the keyed hash is stored


def test_r71_acknowledgement_confirms_the_stop_and_r82_explains_the_coded_form(
    app: App,
) -> None:
    _receive(app, "REQ:objection,erasure")
    sender = MemoryMailSender()
    asyncio.run(flush_outbox(app.sessions, sender, app.renderer, app.config.schedule,
                             lambda: NOW))
    body = sender.sent[0].get_content()
    assert "will not receive marketing from us" in body
    assert "coded form of the address" in body


def test_r75_consent_withdrawal_is_suppressed_with_its_reason(app: App) -> None:
    _receive(app, "REQ:withdraw_consent")
    assert [e.reason for e in _entries(app)] == ["withdraw_consent"]


def test_access_request_is_not_suppressed_and_says_nothing_about_marketing(app: App) -> None:
    _receive(app, "REQ:access")
    assert _entries(app) == []
    sender = MemoryMailSender()
    asyncio.run(flush_outbox(app.sessions, sender, app.renderer, app.config.schedule,
                             lambda: NOW))
    assert "marketing" not in sender.sent[0].get_content()


def test_repeated_objection_adds_no_second_entry(app: App) -> None:
    _receive(app, "REQ:objection")
    mailbox = MemoryMailSource()
    mailbox.deliver(make_raw(subject="REQ:objection", sender="tom.baker@example.co.uk",
                             message_id="<again@x>"), internaldate=NOW)
    app.intake.poll(mailbox)
    assert len(_entries(app)) == 1


@pytest.mark.parametrize("variant", [" TOM.BAKER@EXAMPLE.CO.UK ", "tom.baker@example.co.uk"])
def test_r81_normalised_variants_are_found(app: App, variant: str) -> None:
    _receive(app, "REQ:objection")
    with app.sessions() as session:
        assert is_suppressed(session, app.config.suppression.ring(), variant)
        assert not is_suppressed(session, app.config.suppression.ring(),
                                 "tombaker@example.co.uk")  # dots are not stripped


def test_r81_plus_tag_request_also_suppresses_the_base_address(app: App) -> None:
    _receive(app, "REQ:objection", sender="anna+leads@example.se")
    ring = app.config.suppression.ring()
    with app.sessions() as session:
        assert is_suppressed(session, ring, "anna+leads@example.se")
        assert is_suppressed(session, ring, "anna@example.se")
        assert not is_suppressed(session, ring, "anna+other@example.se")
    assert len(_entries(app)) == 2


def test_r81_international_domain_is_idna_encoded(app: App) -> None:
    ring = app.config.suppression.ring()
    with app.sessions.begin() as session:
        suppress(session, ring, address="søren@blåbær.dk",
                 reason=SuppressionReason.OBJECTION_MARKETING, case=None, now=NOW)
    with app.sessions() as session:
        # The same mailbox written with its domain already in punycode.
        assert is_suppressed(session, ring, "søren@" + "blåbær.dk".encode("idna").decode())


def test_r84_old_keys_still_find_entries_after_rotation(app: App) -> None:
    with app.sessions.begin() as session:
        suppress(session, KeyRing([OLD], "old"), address="a@example.dk",
                 reason=SuppressionReason.OBJECTION_MARKETING, case=None, now=NOW)
    with app.sessions() as session:
        assert is_suppressed(session, KeyRing([NEW, OLD], "new"), "a@example.dk")
        assert not is_suppressed(session, KeyRing([NEW], "new"), "a@example.dk")


def test_missing_key_stops_the_worker_at_start_naming_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RIGHTSBOT_SUPPRESSION_KEY")
    with pytest.raises(ConfigError, match=r"suppression\.key_env: environment variable "
                                          r"RIGHTSBOT_SUPPRESSION_KEY is not set"):
        build_app(make_config(tmp_path), ScriptedClassifier())


def test_malformed_key_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIGHTSBOT_SUPPRESSION_KEY", "no-colon-here")
    with pytest.raises(ConfigError, match=r"suppression\.key_env"):
        build_app(make_config(tmp_path), ScriptedClassifier())


def _config_file(tmp_path: Path) -> Path:
    return write_minimal_config(tmp_path)


def test_cli_check_and_export(tmp_path: Path) -> None:
    config = _config_file(tmp_path)
    from bot.config import load_config

    application = build_app(load_config(config), ScriptedClassifier(), lambda: NOW)
    _receive(application, "REQ:objection")
    runner = CliRunner()
    listed = runner.invoke(cli, ["--config", str(config), "suppressed", "check",
                                 "Tom.Baker@example.co.uk"])
    assert (listed.exit_code, listed.stdout.startswith("yes")) == (0, True)
    other = runner.invoke(cli, ["--config", str(config), "suppressed", "check", "x@example.dk"])
    assert (other.exit_code, other.stdout.startswith("no")) == (1, True)
    exported = runner.invoke(cli, ["--config", str(config), "suppressed", "export"])
    lines = exported.stdout.splitlines()
    assert lines[0] == "hmac_sha256,key_id,reason,created_on"
    assert len(lines) == 2 and "example" not in exported.stdout
    assert lines[1].endswith(",test1,objection_marketing,2026-11-25")
