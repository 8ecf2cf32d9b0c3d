"""Harness for the real-browser tests of the staff dashboard (`rightsbot serve`).

One module-wide set-up: a temporary config and SQLite store, two staff users made with
`rightsbot user add`, cases seeded through the real intake (in-memory mailbox, scripted
classifier), an SMTP sink for the outbox, and `rightsbot serve` running as a subprocess on a
free loopback port. Each test gets a fresh browser context (no shared cookies).

The browser is Debian's chromium (/usr/bin/chromium) driven by Playwright; `playwright install`
is never used. Without chromium the tests are skipped locally and fail under CI (CI=true).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import subprocess
import sys
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import build_app
from bot.config import Config, load_config
from bot.devservers.ports import LOOPBACK, free_port, wait_port_open
from bot.devservers.smtp_sink import SmtpSink
from bot.memory_mail import MemoryMailSource
from bot.render import EmailRenderer
from bot.store.schema import Case, OutboxRow, StoredMessage
from tests.conftest import TEST_SUPPRESSION_KEY, TEST_TOKEN_KEY
from tests.unit.helpers import ScriptedClassifier, make_raw

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
VIEWPORT = {"width": 1280, "height": 900}
SERVER_START_TIMEOUT = 20.0

#: Staff users created with `rightsbot user add` (name -> (role, password)).
USERS = {
    "vera": ("viewer", "vera-browser-test-pw-2026"),
    "anna": ("approver", "anna-browser-test-pw-2026"),
}

#: The text/plain body that looks like HTML: it must be shown as inert text.
SCRIPT_BODY = "<script>alert('x')</script><b>bold</b> please delete my data"

_MISSING_CHROMIUM = (
    f"{CHROMIUM} not found: install Debian's chromium package (apt-get install chromium); "
    "the browser tests never use `playwright install`"
)

T = TypeVar("T")


def _running_under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1"}


def run_async(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion in a worker thread.

    Playwright's sync API keeps its own event loop on the test thread, so asyncio.run() is
    called on a separate thread instead.
    """
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


@dataclass
class Seeded:
    """The store the server runs on, and the items seeded into it."""

    config_path: Path
    config: Config
    sessions: sessionmaker[Session]
    renderer: EmailRenderer
    approval_ref: str       # access request, verified, draft waiting: awaiting_approval
    screenshot_ref: str     # access+erasure, verified, draft waiting (only for screenshots)
    verification_ref: str   # erasure request, challenge sent: awaiting_verification
    script_ref: str         # text/plain body that looks like HTML with a <script>
    html_ref: str           # HTML-only email with <script>/<style>/tracking pixel; overdue
    triage_id: int          # a message waiting in triage
    addresses: dict[str, str]  # ref -> requester address


@dataclass
class WebServer:
    url: str
    seeded: Seeded


def _config_text(smtp_port: int) -> str:
    return (
        '[organisation]\nname = "LeadsByMia ApS"\nprivacy_address = "privacy@leadsbymia.com"\n'
        'message_id_domain = "rightsbot.leadsbymia.com"\n'
        '[imap]\nuser = "privacy"\n'
        f'[smtp]\nhost = "{LOOPBACK}"\nport = {smtp_port}\ntls = "none"\n'
        '[store]\nurl = "sqlite:///rightsbot.db"\n'
    )


def _subprocess_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env.setdefault("RIGHTSBOT_SUPPRESSION_KEY", TEST_SUPPRESSION_KEY)
    env.setdefault("RIGHTSBOT_TOKEN_KEY", TEST_TOKEN_KEY)
    env.update(extra)
    return env


def _add_users(config_path: Path) -> None:
    for name, (role, password) in USERS.items():
        result = subprocess.run(
            [sys.executable, "-m", "bot", "--config", str(config_path), "user", "add", name,
             "--role", role],
            env=_subprocess_env(RIGHTSBOT_NEW_USER_PASSWORD=password),
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, cwd=REPO,
        )
        assert result.returncode == 0, (
            f"`rightsbot user add {name} --role {role}` failed ({result.returncode}):\n"
            f"{result.stdout}\n{result.stderr}"
        )


def _html_only_request() -> bytes:
    """The golden HTML-only email, with a subject the scripted classifier reads as erasure."""
    raw = (REPO / "tests" / "golden" / "case_en_html_only.eml").read_bytes()
    return raw.replace(b"Subject: Deletion of my data",
                       b"Subject: REQ:erasure Deletion of my data", 1)


def _seed(config_path: Path) -> Seeded:
    app = build_app(load_config(config_path), ScriptedClassifier())
    now = datetime.now(UTC)
    mailbox = MemoryMailSource()
    senders = {
        "approval": "Mette Jensen <mette@example.dk>",
        "screenshot": "Sofie Lund <sofie@example.dk>",
        "verification": "Tom Baker <tom@example.co.uk>",
        "script": "Mallory Tester <mallory@example.org>",
        "triage": "Karl Nielsen <karl@example.dk>",
    }
    mailbox.deliver(make_raw(subject="REQ:access", sender=senders["approval"],
                             body="Hello,\n\nplease send me a copy of my data.\n\nMette",
                             message_id="<web-approval@example.dk>"), internaldate=now)
    mailbox.deliver(make_raw(subject="REQ:access,erasure", sender=senders["screenshot"],
                             body="Hi,\n\nwhat do you hold about me? Then delete it.\n\nSofie",
                             message_id="<web-screenshot@example.dk>"), internaldate=now)
    mailbox.deliver(make_raw(subject="REQ:erasure", sender=senders["verification"],
                             body="Hello,\n\nplease delete my data.\n\nTom",
                             message_id="<web-verification@example.co.uk>"), internaldate=now)
    mailbox.deliver(make_raw(subject="REQ:erasure", sender=senders["script"], body=SCRIPT_BODY,
                             message_id="<web-script@example.org>"), internaldate=now)
    mailbox.deliver(make_raw(subject="UNSURE a question about your cookies",
                             sender=senders["triage"],
                             body="Hello, which cookies does your website set?\n\nKarl",
                             message_id="<web-triage@example.dk>"), internaldate=now)
    # Received 45 days ago: its one-month deadline has passed (an overdue row in the queue).
    mailbox.deliver(_html_only_request(), internaldate=now - timedelta(days=45))
    app.intake.poll(mailbox)

    # The requesters of two cases answer their acknowledgement: verified, draft made.
    for key in ("approval", "screenshot"):
        address = senders[key].split("<")[1].rstrip(">")
        with app.sessions() as session:
            ack = session.scalars(select(OutboxRow).where(
                OutboxRow.kind == "acknowledgement", OutboxRow.to_address == address)).one()
            ack_id = ack.message_id
        mailbox.deliver(make_raw(subject="Re: your request", sender=senders[key],
                                 body="Yes, it was me.", message_id=f"<web-reply-{key}@x>",
                                 extra_headers={"In-Reply-To": f"<{ack_id}>"}),
                        internaldate=now)
    app.intake.poll(mailbox)

    with app.sessions() as session:
        cases = {c.requester_address: c for c in session.scalars(select(Case)).all()}
        refs = {key: cases[s.split("<")[1].rstrip(">")].ref
                for key, s in senders.items() if key != "triage"}
        states = {key: cases[s.split("<")[1].rstrip(">")].state
                  for key, s in senders.items() if key != "triage"}
        html_case = cases["oliver.strand@example.com"]
        html_ref = html_case.ref
        triage = session.scalars(select(StoredMessage).where(
            StoredMessage.status == "triage")).all()
        addresses = {c.ref: c.requester_address for c in cases.values()}
    assert states == {"approval": "awaiting_approval", "screenshot": "awaiting_approval",
                      "verification": "awaiting_verification",
                      "script": "awaiting_verification"}, states
    assert len(triage) == 1, [m.status for m in triage]
    return Seeded(
        config_path=config_path, config=app.config, sessions=app.sessions,
        renderer=app.renderer, approval_ref=refs["approval"],
        screenshot_ref=refs["screenshot"], verification_ref=refs["verification"],
        script_ref=refs["script"], html_ref=html_ref, triage_id=triage[0].id,
        addresses=addresses,
    )


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """Debian's chromium; skips (locally) or fails (CI=true) when it is missing."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        if _running_under_ci():
            pytest.fail(f"CI=true but {_MISSING_CHROMIUM}", pytrace=False)
        pytest.skip(_MISSING_CHROMIUM)
    return str(CHROMIUM)


@pytest.fixture(scope="session")
def browser(chromium_executable: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


# --------------------------------------------------------------------------- app


@pytest.fixture(scope="module")
def web_sink() -> Iterator[SmtpSink]:
    """The SMTP relay of the served config: final answers and notices arrive here."""
    with SmtpSink() as sink:
        yield sink


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory, web_sink: SmtpSink,
           _suppression_key: None) -> Seeded:
    root = tmp_path_factory.mktemp("web")
    config_path = root / "config.toml"
    config_path.write_text(_config_text(web_sink.port), encoding="utf-8")
    seeded = _seed(config_path)
    _add_users(config_path)
    return seeded


@pytest.fixture(scope="module")
def server(seeded: Seeded, browser: Any) -> Iterator[WebServer]:
    """`rightsbot serve` on a free loopback port, stopped (then killed if need be) at the end."""
    port = free_port()
    log_path = seeded.config_path.parent / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "--config", str(seeded.config_path), "serve",
             "--host", LOOPBACK, "--port", str(port)],
            env=_subprocess_env(), stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, cwd=REPO,
        )
    try:
        if not wait_port_open(port, SERVER_START_TIMEOUT):
            code = process.poll()
            tail = log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
            pytest.fail(f"`rightsbot serve` did not listen on {LOOPBACK}:{port} within "
                        f"{SERVER_START_TIMEOUT:.0f} s (exit code {code}); log:\n{tail}",
                        pytrace=False)
        yield WebServer(url=f"http://{LOOPBACK}:{port}", seeded=seeded)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def context(browser: Any, server: WebServer) -> Iterator[Any]:
    """A fresh browser context (own cookies) with the server as base URL."""
    ctx = browser.new_context(base_url=server.url, viewport=VIEWPORT)
    ctx.set_default_timeout(10_000)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context: Any) -> Any:
    return context.new_page()
