"""The store: migrations run on start, upgrade old databases in place, and keep data."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from bot.store.db import _alembic_config, create_store_engine, open_store
from bot.views import describe_case


def test_fresh_database_is_created_at_the_newest_revision_in_wal_mode(tmp_path: Path) -> None:
    sessions = open_store(f"sqlite:///{tmp_path / 'new.db'}")
    with sessions() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == ScriptDirectory.from_config(_alembic_config()).get_current_head()
    open_store(f"sqlite:///{tmp_path / 'new.db'}")  # a second start is a no-op


def test_old_database_is_upgraded_in_place_without_losing_rows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_store_engine(url)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text(
            "INSERT INTO messages (raw, sha256, folder, uidvalidity, uid, fetched_at, status, "
            "move_pending) VALUES (x'00', 'abc', 'INBOX', 1, 1, :now, 'triage', 0)"
        ), {"now": datetime(2026, 11, 25)})
    engine.dispose()
    sessions = open_store(url)
    with sessions() as session:
        assert session.execute(text("SELECT count(*) FROM messages")).scalar() == 1
        columns = {c["name"] for c in inspect(session.get_bind()).get_columns("messages")}
    assert "attachments" in columns
    assert "classifier_corrections" in inspect(create_store_engine(url)).get_table_names()


def test_attachments_are_listed_for_staff_never_opened(tmp_path: Path) -> None:
    from bot.app import build_app
    from bot.memory_mail import MemoryMailSource
    from tests.unit.helpers import ScriptedClassifier, make_config

    app = build_app(make_config(tmp_path), ScriptedClassifier())
    message = EmailMessage()
    message["From"] = "Mette <mette@example.dk>"
    message["To"] = "privacy@leadsbymia.com"
    message["Subject"] = "REQ:access"
    message.set_content("Please send me my data. My old letter is attached.")
    message.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf",
                           filename="brev.pdf")
    mailbox = MemoryMailSource()
    mailbox.deliver(message.as_bytes(), internaldate=datetime(2026, 11, 25, 9, tzinfo=UTC))
    app.intake.poll(mailbox)
    shown = describe_case(app.sessions, "DSR-2026-0001")
    assert shown is not None
    assert "[attachment: brev.pdf, application/pdf, 13 bytes; not opened]" in shown
