"""SIGKILL the worker at each boundary, restart it against the same Dovecot: nothing is lost,
no case is opened twice, and no acknowledgement goes out twice except in the one documented
window (relay accepted, outbox row not yet marked sent), where the copy has the same Message-ID.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.devservers.dovecot import DovecotServer
from bot.devservers.smtp_sink import SmtpSink
from bot.store.db import open_store
from bot.store.schema import Case, StoredMessage
from tests.integration.worker_env import REPO, run_cli, worker_env, write_config
from tests.unit.helpers import make_raw

pytestmark = pytest.mark.integration

DELIVERED = datetime.now(UTC) - timedelta(hours=2)
MESSAGES = [
    make_raw(subject="Slet mine oplysninger", message_id="<crash-da@example.dk>",
             body="Hej\n\nSlet venligst alle mine oplysninger i jeres database.\n\nMette"),
    make_raw(subject="Please stop", sender="Tom <tom@example.co.uk>",
             message_id="<crash-en@example.co.uk>",
             body="Hello,\n\nPlease delete my personal data and stop contacting me.\n\nTom"),
    make_raw(subject="Automatic reply: your mail", sender="ooo@example.de",
             message_id="<crash-ooo@example.de>", body="I am away.",
             extra_headers={"Auto-Submitted": "auto-replied"}),
]


def _crash(config: Path, point: str, password: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.integration.crash_worker", str(config), point],
        env=worker_env(password), cwd=REPO, capture_output=True, text=True, timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]


@pytest.mark.parametrize(
    "point", ["after_fetch", "after_raw_commit", "before_move", "before_smtp",
              "after_smtp_accept"],
)
def test_sigkill_at_boundary_then_restart(
    point: str, dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    for raw in MESSAGES:
        dovecot.append(raw, internaldate=DELIVERED)
    config = write_config(tmp_path, dovecot, smtp_sink)
    _crash(config, point, dovecot.password)

    restarted = run_cli(config, "poll", "--once", password=dovecot.password)
    assert restarted.returncode == 0, restarted.stderr[-2000:]
    # A second restart must find nothing left to do.
    again = run_cli(config, "poll", "--once", password=dovecot.password)
    assert again.returncode == 0 and "outbox: sent 0" in again.stdout, again.stdout

    sessions = open_store(f"sqlite:///{tmp_path / 'rightsbot.db'}")
    with sessions() as session:
        cases = session.scalars(select(Case)).all()
        stored = session.scalars(select(StoredMessage)).all()
    assert sorted(c.requester_address for c in cases) == ["mette@example.dk",
                                                          "tom@example.co.uk"]
    assert len({c.ref for c in cases}) == 2
    assert len(stored) == 3 and all(m.status != "fetched" for m in stored)
    assert not any(m.move_pending for m in stored)
    assert dovecot.folder_uids("INBOX") == []
    assert len(dovecot.folder_uids("rightsbot/processed")) == 3

    received = [message_from_bytes(m.raw, policy=policy.default) for m in smtp_sink.messages()]
    ids = Counter(m["Message-ID"] for m in received)
    assert all(m["To"] != "ooo@example.de" for m in received)  # never answer an auto-reply
    if point == "after_smtp_accept":
        # The documented window: the first acknowledgement went out twice, same Message-ID.
        assert len(received) == 3 and sorted(ids.values()) == [1, 2]
    else:
        assert len(received) == 2 and set(ids.values()) == {1}
