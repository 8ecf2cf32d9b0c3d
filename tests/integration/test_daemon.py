"""`rightsbot run` as operators run it: a subprocess against real Dovecot and SMTP servers."""

from __future__ import annotations

import imaplib
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.devservers.dovecot import DovecotServer
from bot.devservers.smtp_sink import SmtpSink
from tests.integration.worker_env import REPO, worker_env, write_config
from tests.unit.helpers import make_raw

pytestmark = pytest.mark.integration

FAST = {"poll_seconds": 30, "outbox_seconds": 30, "reconnect_initial_seconds": 0.2,
        "reconnect_max_seconds": 1}


@contextmanager
def daemon(config: Path, password: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "--config", str(config), "run"],
            env=worker_env(password), cwd=REPO, stdout=sink, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(15)


def _appended(dovecot: DovecotServer, raw: bytes) -> bool:
    """Dovecot notices a changed passwd-file on its next lookup; retry until it has."""
    try:
        dovecot.append(raw, internaldate=datetime.now(UTC))
    except imaplib.IMAP4.error:
        return False
    return True


def request(n: int) -> bytes:
    return make_raw(subject="Slet mine oplysninger", message_id=f"<daemon-{n}@example.dk>",
                    body="Hej\n\nSlet venligst alle mine oplysninger.\n\nMette")


def test_idle_acknowledges_within_seconds_and_sigterm_stops_cleanly(
    dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    config = write_config(tmp_path, dovecot, smtp_sink, **FAST)
    log = tmp_path / "daemon.log"
    with daemon(config, dovecot.password, log) as process:
        wait_until(lambda: "rightsbot running" in log.read_text(), 20, "start-up")
        time.sleep(1)  # let the IDLE connection settle
        started = time.monotonic()
        dovecot.append(request(1), internaldate=datetime.now(UTC))
        smtp_sink.wait_for(1, timeout=15)
        elapsed = time.monotonic() - started
        # poll_seconds is 30: only IDLE can explain an acknowledgement this fast.
        assert elapsed < 10, f"acknowledged after {elapsed:.1f}s"
        assert stop(process) == 0
    text = log.read_text()
    assert "rightsbot stopped" in text
    assert "Slet venligst" not in text  # R90: no message bodies in the log


def test_server_down_is_logged_backed_off_and_recovered(
    dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    config = write_config(tmp_path, dovecot, smtp_sink, **{**FAST, "poll_seconds": 1})
    dovecot.stop()
    log = tmp_path / "daemon.log"
    with daemon(config, dovecot.password, log) as process:
        wait_until(lambda: log.read_text().count("mailbox unavailable") >= 3, 20,
                   "repeated outage log lines")
        assert "retrying in" in log.read_text()
        dovecot.start()
        dovecot.append(request(2), internaldate=datetime.now(UTC))
        smtp_sink.wait_for(1, timeout=20)
        assert "mailbox reachable again" in log.read_text()
        assert stop(process) == 0


def test_wrong_password_is_reported_and_recovers_when_fixed(
    dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    config = write_config(tmp_path, dovecot, smtp_sink, **{**FAST, "poll_seconds": 1})
    log = tmp_path / "daemon.log"
    new_password = "rotated-secret"
    with daemon(config, new_password, log) as process:
        wait_until(lambda: "login refused" in log.read_text(), 20, "login refused line")
        assert new_password not in log.read_text()  # never log the secret
        # The operator fixes the server side; the daemon notices by itself.
        users = dovecot.root / "users"
        staged = users.with_suffix(".new")
        staged.write_text(f"{dovecot.user}:{{PLAIN}}{new_password}::::::\n")
        staged.chmod(0o644)
        staged.replace(users)  # atomic: Dovecot never reads a half-written file
        dovecot.password = new_password  # the fixture's own APPEND logs in too
        wait_until(lambda: _appended(dovecot, request(3)), 15, "the new password to work")
        smtp_sink.wait_for(1, timeout=20)
        assert stop(process) == 0


def test_smtp_outage_retries_until_the_relay_returns(
    dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    config = write_config(tmp_path, dovecot, smtp_sink,
                          **{**FAST, "outbox_seconds": 1, "retry_initial_seconds": 0.5,
                             "retry_max_seconds": 1})
    smtp_sink.stop()
    log = tmp_path / "daemon.log"
    dovecot.append(request(4), internaldate=datetime.now(UTC))
    with daemon(config, dovecot.password, log) as process:
        wait_until(lambda: "transient failure" in log.read_text(), 20, "transient failure")
        smtp_sink.start()
        smtp_sink.wait_for(1, timeout=20)
        assert stop(process) == 0
