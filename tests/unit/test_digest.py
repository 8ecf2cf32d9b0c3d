"""The daily staff digest (issue 5, item 4): due soon, overdue, triage and quarantine."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from bot.app import build_app
from bot.digest import build_digest
from bot.memory_mail import MemoryMailSource
from bot.store.schema import OutboxRow
from tests.unit.helpers import ScriptedClassifier, make_config, make_raw

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_digest_lists_due_and_overdue_cases_and_counts_without_addresses(tmp_path: Path) -> None:
    app = build_app(make_config(tmp_path, organisation={"staff_address": "team@leadsbymia.com"}),
                    ScriptedClassifier(), lambda: NOW)
    mailbox = MemoryMailSource()
    mailbox.deliver(make_raw(subject="REQ:access", message_id="<a@x>"),
                    internaldate=datetime(2026, 10, 20, 9, tzinfo=UTC))  # due 20 Nov: overdue
    mailbox.deliver(make_raw(subject="REQ:erasure", message_id="<b@x>"),
                    internaldate=datetime(2026, 11, 2, 9, tzinfo=UTC))  # due 2 Dec: soon
    mailbox.deliver(make_raw(subject="UNSURE", message_id="<c@x>"), internaldate=NOW)
    mailbox.deliver(b"garbage without headers", internaldate=NOW)
    app.intake.poll(mailbox)
    with app.sessions() as session:
        digest = build_digest(session, date(2026, 11, 25))
    assert [i.ref for i in digest.overdue] == ["DSR-2026-0001"]
    assert [i.ref for i in digest.due_soon] == ["DSR-2026-0002"]
    assert (digest.triage, digest.quarantine) == (1, 1)
    text = "\n".join(digest.lines())
    assert "mette@example.dk" not in text and "Overdue: 1" in text
    assert app.queue_digest() is True
    assert app.queue_digest() is False  # once a day
    with app.sessions() as session:
        row = session.scalars(select(OutboxRow).where(OutboxRow.kind == "staff_digest")).one()
    assert row.to_address == "team@leadsbymia.com"


def test_no_staff_address_means_no_digest_mail(tmp_path: Path) -> None:
    app = build_app(make_config(tmp_path), ScriptedClassifier(), lambda: NOW)
    assert app.queue_digest() is False
