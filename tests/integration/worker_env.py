"""A configuration file for a worker that talks to the test servers, plus a way to run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.devservers.dovecot import DovecotServer
from bot.devservers.smtp_sink import SmtpSink
from tests.conftest import TEST_SUPPRESSION_KEY, TEST_TOKEN_KEY

REPO = Path(__file__).resolve().parents[2]


def write_config(directory: Path, dovecot: DovecotServer, sink: SmtpSink, **schedule: float)\
        -> Path:
    """A config.toml next to a fresh SQLite store, pointing at the two loopback servers."""
    lines = [
        "[organisation]",
        'name = "LeadsByMia ApS"',
        'privacy_address = "privacy@leadsbymia.com"',
        'message_id_domain = "rightsbot.leadsbymia.com"',
        "[imap]",
        'host = "127.0.0.1"',
        f"port = {dovecot.port}",
        'tls = "none"',
        f'user = "{dovecot.user}"',
        'password_env = "TEST_IMAP_PASSWORD"',
        "idle = true",
        "timeout_seconds = 5",
        "[smtp]",
        'host = "127.0.0.1"',
        f"port = {sink.port}",
        'tls = "none"',
        "timeout_seconds = 5",
        "[store]",
        'url = "sqlite:///rightsbot.db"',
        "[schedule]",
        *(f"{key} = {value}" for key, value in schedule.items()),
    ]
    path = directory / "config.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def worker_env(password: str) -> dict[str, str]:
    env = dict(os.environ)
    env["TEST_IMAP_PASSWORD"] = password
    env.setdefault("RIGHTSBOT_SUPPRESSION_KEY", TEST_SUPPRESSION_KEY)
    env.setdefault("RIGHTSBOT_TOKEN_KEY", TEST_TOKEN_KEY)
    env["PYTHONPATH"] = str(REPO)
    return env


def run_cli(config: Path, *args: str, password: str, timeout: float = 60) \
        -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), *args],
        env=worker_env(password), cwd=REPO, capture_output=True, text=True, timeout=timeout,
        stdin=subprocess.DEVNULL,
    )
