"""The staff web dashboard: login, sessions, CSRF, roles, pages and actions (TestClient)."""

from __future__ import annotations

import csv
import io
import re
import warnings
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select
from starlette.applications import Starlette
from typer.testing import CliRunner

from bot.app import App, build_app
from bot.cli import app as cli
from bot.config import load_config
from bot.drafting import latest_draft
from bot.memory_mail import MemoryMailSource
from bot.model import ConfigError
from bot.store.schema import AuditEvent, Case, OutboxRow, StoredMessage, WebSession, WebUser
from bot.web import charts
from bot.web.app import create_app
from bot.web.auth import create_user
from bot.web.security import CONTENT_SECURITY_POLICY
from tests.unit.helpers import MutableClock, ScriptedClassifier, make_raw, write_minimal_config

# Starlette 1.x warns that its TestClient will move from httpx to httpx2; httpx is what we have.
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
REQUESTER = "Mette Jensen <mette@example.dk>"
PASSWORD = "correct horse battery"
REF = "DSR-2026-0001"
PAGES = ("/", f"/cases/{REF}", "/triage", "/quarantine", "/audit", "/audit.csv", "/metrics")


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_minimal_config(tmp_path)



@pytest.fixture
def app(config_path: Path, clock: MutableClock) -> App:
    application = build_app(load_config(config_path), ScriptedClassifier(), clock)
    with application.sessions.begin() as session:
        for name, role in (("vera", "viewer"), ("mia", "approver"), ("ada", "admin")):
            create_user(session, name, role, PASSWORD, now=NOW)
    return application


@pytest.fixture
def web(app: App, clock: MutableClock) -> Starlette:
    return create_app(app.config, app.sessions, clock=clock)


def client_for(web: Starlette, base_url: str = "http://127.0.0.1") -> TestClient:
    return TestClient(web, base_url=base_url, follow_redirects=False)


def _token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


def login(client: TestClient, name: str, password: str = PASSWORD) -> httpx.Response:
    token = _token(client.get("/login").text)
    return client.post("/login", data={"username": name, "password": password,
                                       "csrf_token": token})


def logged_in(web: Starlette, name: str) -> TestClient:
    client = client_for(web)
    response = login(client, name)
    assert response.status_code == 303
    return client


def csrf(client: TestClient) -> str:
    return _token(client.get("/").text)


def _request(app: App, subject: str = "REQ:access,erasure",
             body: str = "Hello,\n\nplease delete all data you hold about me.\n\nMette",
             mailbox: MemoryMailSource | None = None) -> MemoryMailSource:
    mailbox = mailbox or MemoryMailSource()
    mailbox.deliver(make_raw(subject=subject, body=body, sender=REQUESTER), internaldate=NOW)
    app.intake.poll(mailbox)
    return mailbox


def _verified_case(app: App) -> MemoryMailSource:
    """A request, its acknowledgement and the requester's reply: awaiting approval."""
    mailbox = _request(app)
    with app.sessions() as session:
        ack = session.scalars(select(OutboxRow)).one()
    mailbox.deliver(make_raw(subject="Re: ok", sender=REQUESTER, message_id="<r@x>",
                             extra_headers={"In-Reply-To": f"<{ack.message_id}>"}),
                    internaldate=NOW)
    app.intake.poll(mailbox)
    return mailbox


def _case(app: App) -> Case:
    with app.sessions() as session:
        return session.scalars(select(Case)).one()


def test_login_success_gives_a_strict_httponly_session_cookie(web: Starlette) -> None:
    client = client_for(web)
    response = login(client, "mia")
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = next(v for k, v in response.headers.multi_items()
                  if k == "set-cookie" and v.startswith("rightsbot_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain HTTP on loopback: the browser must send it back
    page = client.get("/")
    assert page.status_code == 200 and "mia (approver)" in page.text


def test_login_failure_rerenders_with_an_error(web: Starlette) -> None:
    client = client_for(web)
    for name, password in (("mia", "wrong password"), ("nobody", PASSWORD)):
        response = login(client, name, password)
        assert response.status_code == 200
        text = response.text
        assert '<div class="flash error"' in text and "Wrong user name or password" in text
    assert client.get("/").status_code == 303


def test_login_rate_limit_answers_429_then_recovers(web: Starlette, clock: MutableClock) -> None:
    client = client_for(web)
    for _ in range(5):
        assert "Wrong user name" in login(client, "mia", "guess").text
    blocked = login(client, "mia")  # even the right password
    assert blocked.status_code == 429
    assert "Too many login attempts" in blocked.text
    other_name = login(client, "vera")  # the same client is limited too
    assert other_name.status_code == 429
    clock.now = NOW + timedelta(minutes=15)
    assert login(client, "mia").status_code == 303


def test_logout_ends_the_session_on_the_server(web: Starlette) -> None:
    client = logged_in(web, "vera")
    cookie = client.cookies.get("rightsbot_session")
    response = client.post("/logout", data={"csrf_token": csrf(client)})
    assert response.status_code == 303 and response.headers["location"] == "/login"
    assert client.get("/").status_code == 303
    replay = client_for(web)
    replay.cookies.set("rightsbot_session", cookie or "")
    assert replay.get("/").headers["location"] == "/login"


@pytest.mark.parametrize("path", PAGES)
def test_pages_redirect_to_login_without_a_session(web: Starlette, path: str) -> None:
    response = client_for(web).get(path)
    assert response.status_code == 303 and response.headers["location"] == "/login"


def test_posts_redirect_to_login_without_a_session(web: Starlette) -> None:
    response = client_for(web).post(f"/cases/{REF}/approve", data={"csrf_token": "x"})
    assert response.status_code == 303 and response.headers["location"] == "/login"


def test_session_ends_after_the_idle_limit(app: App, web: Starlette,
                                           clock: MutableClock) -> None:
    client = logged_in(web, "vera")
    clock.now = NOW + timedelta(minutes=481)
    assert client.get("/").status_code == 303
    logged_in(web, "ada")
    clock.now = NOW + timedelta(hours=17)  # ada idle for more than 8 hours
    logged_in(web, "mia")  # a login clears sessions that ended without a logout
    with app.sessions() as session:
        assert [s.user.name for s in session.scalars(select(WebSession))] == ["mia"]


def test_every_page_renders_for_a_viewer_without_action_forms(app: App,
                                                              web: Starlette) -> None:
    _request(app, subject="UNSURE what is this about", mailbox=_verified_case(app))
    client = logged_in(web, "vera")
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
    queue = client.get("/").text
    assert 'id="queue"' in queue and f'data-ref="{REF}"' in queue and 'id="filters"' in queue
    case = client.get(f"/cases/{REF}").text
    for selector in ('id="case-ref"', 'id="request-text"', 'id="language"', 'id="rights"',
                     'id="evidence"', 'id="verification"', 'id="due"', 'id="thread"',
                     'id="history"', 'id="attachments"'):
        assert selector in case, selector
    assert "<form id=\"approve-form\"" not in case and "draft-form" not in case
    assert 'id="triage"' in client.get("/triage").text
    assert 'triage-open' not in client.get("/triage").text
    assert client.get("/metrics").text.count("<svg") == 4
    assert client.get("/cases/DSR-2026-9999").status_code == 404


def test_viewer_post_is_forbidden_and_changes_nothing(app: App, web: Starlette) -> None:
    _verified_case(app)
    client = logged_in(web, "vera")
    response = client.post(f"/cases/{REF}/approve", data={"csrf_token": csrf(client)})
    assert response.status_code == 403
    assert "Forbidden: your role (viewer) cannot" in response.text
    assert _case(app).state == "awaiting_approval"


def test_approver_saves_the_draft_and_approves_it(app: App, web: Starlette) -> None:
    _verified_case(app)
    client = logged_in(web, "mia")
    page = client.get(f"/cases/{REF}").text
    assert 'id="draft-form"' in page and 'id="approve-form"' in page
    with app.sessions() as session:
        draft = latest_draft(session, _case(app))
        assert draft is not None
        body = draft.body
    completed = "\n".join("We hold your name and work phone (source: CVR)."
                          if line.startswith(">>> STAFF:") else line for line in body.splitlines())
    saved = client.post(f"/cases/{REF}/draft", data={
        "csrf_token": csrf(client), "body": completed.replace("\n", "\r\n")})
    assert saved.status_code == 303 and saved.headers["location"] == f"/cases/{REF}"
    assert 'class="flash ok"' in client.get(f"/cases/{REF}").text
    approved = client.post(f"/cases/{REF}/approve", data={"csrf_token": csrf(client)})
    assert approved.status_code == 303
    assert "approved" in client.get(f"/cases/{REF}").text
    with app.sessions() as session:
        final = session.scalars(select(OutboxRow).where(OutboxRow.kind == "final_answer")).one()
        actors = {e.action: e.actor for e in session.scalars(select(AuditEvent))}
    assert final.context["body"] == completed  # LF line endings, the exact text
    assert actors["draft_edited"] == "mia" and actors["approved"] == "mia"
    assert _case(app).state == "responded"
    assert "Answered cases: <strong>1</strong>" in client.get("/metrics").text


def test_a_refused_action_shows_the_domain_error_not_a_500(app: App, web: Starlette) -> None:
    _verified_case(app)  # the draft still has >>> STAFF: lines (R46)
    client = logged_in(web, "ada")
    response = client.post(f"/cases/{REF}/approve", data={"csrf_token": csrf(client)})
    assert response.status_code == 303
    page = client.get(f"/cases/{REF}").text
    assert 'class="flash error"' in page and "still has" in page
    missing = client.post("/cases/DSR-2026-0042/approve", data={"csrf_token": csrf(client)})
    assert missing.status_code == 303


@pytest.mark.parametrize("token", [None, "forged"])
def test_post_without_a_valid_csrf_token_is_refused(app: App, web: Starlette,
                                                    token: str | None) -> None:
    _verified_case(app)
    client = logged_in(web, "mia")
    data = {"reason": "complex"} | ({"csrf_token": token} if token else {})
    response = client.post(f"/cases/{REF}/extend", data=data)
    assert response.status_code == 403 and "CSRF check failed" in response.text
    assert _case(app).extended_to is None


def test_login_needs_the_login_csrf_token(web: Starlette) -> None:
    client = client_for(web)
    client.get("/login")
    response = client.post("/login", data={"username": "mia", "password": PASSWORD})
    assert response.status_code == 403 and "CSRF check failed" in response.text


def test_security_headers_on_every_response(web: Starlette) -> None:
    client = logged_in(web, "vera")
    for path in ("/", "/login", "/static/style.css", "/no-such-page"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
    assert client.get("/").headers["cache-control"] == "no-store"


def test_an_unexpected_error_is_a_plain_page_with_the_security_headers(
    web: Starlette, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = logged_in(web, "vera")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("database on fire")

    monkeypatch.setattr("bot.web.queries.review_queue", broken)
    failing = TestClient(web, base_url="http://127.0.0.1", follow_redirects=False,
                         raise_server_exceptions=False, cookies=client.cookies)
    response = failing.get("/")
    assert response.status_code == 500
    assert "database on fire" not in response.text  # details go to the log, not the page
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-frame-options"] == "DENY"


def test_secure_cookie_off_loopback(web: Starlette) -> None:
    client = client_for(web, base_url="https://dashboard.example.com")
    response = login(client, "mia")
    assert "Secure" in response.headers["set-cookie"]


def test_secure_cookies_can_be_forced_by_config(app: App, config_path: Path,
                                                clock: MutableClock) -> None:
    config_path.write_text(config_path.read_text() + '[web]\nsecure_cookies = "always"\n')
    web = create_app(load_config(config_path), app.sessions, clock=clock)
    assert "Secure" in client_for(web).get("/login").headers["set-cookie"]  # even on loopback
    config_path.write_text(config_path.read_text().replace('"always"', '"sometimes"'))
    with pytest.raises(ConfigError, match=r"web\.secure_cookies"):
        load_config(config_path)


def test_request_text_is_shown_escaped(app: App, web: Starlette) -> None:
    _request(app, subject="REQ:access", body="Hi <script>alert(1)</script><b>x</b> Mette")
    page = logged_in(web, "vera").get(f"/cases/{REF}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;" in page
    assert "<script>" not in page and "<b>x</b>" not in page


def test_audit_csv_has_a_header_and_the_approval_by_name(app: App, web: Starlette) -> None:
    _verified_case(app)
    with app.sessions.begin() as session:
        draft = latest_draft(session, session.scalars(select(Case)).one())
        assert draft is not None
        body = draft.body.replace(">>> STAFF:", "Note:")
    client = logged_in(web, "mia")
    client.post(f"/cases/{REF}/draft", data={"csrf_token": csrf(client), "body": body})
    client.post(f"/cases/{REF}/approve", data={"csrf_token": csrf(client)})
    audit = client.get("/audit?action=approved")
    assert 'id="audit"' in audit.text and ">mia<" in audit.text
    export = client.get("/audit.csv")
    assert export.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.text)))
    assert rows[0][:4] == ["id", "at", "actor", "action"]
    assert any(row[2] == "mia" and row[3] == "approved" and row[4] == REF for row in rows[1:])
    only = list(csv.reader(io.StringIO(client.get("/audit.csv?actor=mia").text)))
    assert {row[2] for row in only[1:]} == {"mia"}


def test_queue_marks_overdue_cases_and_filters(app: App, web: Starlette,
                                               clock: MutableClock) -> None:
    _request(app)
    clock.now = datetime(2026, 12, 30, 9, tzinfo=UTC)  # due 28 Dec 2026
    client = logged_in(web, "vera")
    page = client.get("/").text
    assert re.search(rf'<tr data-ref="{REF}" class="overdue">', page)
    assert f'data-ref="{REF}"' not in client.get("/?right=portability").text
    assert f'data-ref="{REF}"' in client.get("/?right=erasure&state=awaiting_verification").text


def test_triage_open_and_dismiss_from_the_page(app: App, web: Starlette) -> None:
    mailbox = _request(app, subject="UNSURE what is this about")
    mailbox.deliver(make_raw(subject="UNSURE newsletter", message_id="<n@x>"), internaldate=NOW)
    app.intake.poll(mailbox)
    client = logged_in(web, "mia")
    page = client.get("/triage").text
    assert 'data-id="1"' in page and 'class="triage-open' in page
    opened = client.post("/triage/1/open", data={"csrf_token": csrf(client), "rights": "access"})
    assert opened.status_code == 303 and opened.headers["location"] == "/triage"
    assert REF in client.get("/triage").text  # the flash names the new case
    client.post("/triage/2/dismiss", data={"csrf_token": csrf(client), "reason": "newsletter"})
    with app.sessions() as session:
        statuses = {m.id: m.status for m in session.scalars(select(StoredMessage))}
        actors = {e.action: e.actor for e in session.scalars(select(AuditEvent))}
    assert statuses[2] == "not_request"
    assert actors["opened_from_triage"] == "mia" and actors["triage_dismissed"] == "mia"


def test_relabel_extend_and_doubt_record_the_staff_member(app: App, web: Starlette) -> None:
    _verified_case(app)
    client = logged_in(web, "mia")
    for path, data in (("relabel", {"rights": "access, objection"}),
                       ("extend", {"reason": "complex: three systems"}),
                       ("doubt", {"reason": "signature does not match"})):
        response = client.post(f"/cases/{REF}/{path}", data={"csrf_token": csrf(client), **data})
        assert response.status_code == 303
        assert 'class="flash ok"' in client.get(f"/cases/{REF}").text, path
    case = _case(app)
    assert case.rights == ["access", "objection"] and case.extended_to == date(2027, 2, 25)
    with app.sessions() as session:
        actors = {e.action: e.actor for e in session.scalars(select(AuditEvent))}
    assert actors["relabelled"] == actors["extended"] == actors["pause_started"] == "mia"


def test_user_add_stores_an_argon2_hash(app: App, config_path: Path, web: Starlette) -> None:
    result = CliRunner().invoke(cli, ["--config", str(config_path), "user", "add", "kim",
                                      "--role", "approver"],
                                env={"RIGHTSBOT_NEW_USER_PASSWORD": "kims long password"})
    assert result.exit_code == 0, result.output
    with app.sessions() as session:
        user = session.scalars(select(WebUser).where(WebUser.name == "kim")).one()
    assert user.role == "approver" and user.password_hash.startswith("$argon2")
    assert "kims long password" not in user.password_hash
    assert login(client_for(web), "kim", "kims long password").status_code == 303
    again = CliRunner().invoke(cli, ["--config", str(config_path), "user", "add", "kim",
                                     "--role", "viewer"],
                               env={"RIGHTSBOT_NEW_USER_PASSWORD": "another password"})
    assert again.exit_code != 0 and "already exists" in str(again.exception)


def test_charts_escape_every_text() -> None:
    svg = charts.stacked_bar_chart("<b>cases</b>", "c", ["<w1>"], {"<script>": [3.0]})
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;b&gt;cases" in svg
    assert svg.startswith("<svg") and "<rect" in svg
    assert "no data yet" in charts.bar_chart("median", "m", ["w1"], [None])
