"""The staff dashboard in a real browser (chromium via Playwright) against `rightsbot serve`.

Selectors, routes and messages follow the dashboard contract (routes, forms by id, div.flash.ok /
div.flash.error, 403 texts). The harness is in tests/web/conftest.py.
"""

from __future__ import annotations

import os
import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from bot.drafting import STAFF_MARKER
from bot.mailsender import SmtpMailSender
from bot.outbox import flush_outbox
from bot.store.schema import AuditEvent, Case, OutboxRow
from tests.web.conftest import REPO, USERS, WebServer, run_async

pytestmark = pytest.mark.integration

STAFF_TEXT = "Checked by anna: we hold your name and work phone (source: CVR, 2025-03-01)."


def _login(page: Any, name: str) -> None:
    page.goto("/login")
    form = page.locator("form#login-form")
    form.locator("input[name=username]").fill(name)
    form.locator("input[name=password]").fill(USERS[name][1])
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/$"))


def _csrf_token(page: Any) -> str:
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    assert token, "no csrf_token input on the page"
    return str(token)


def _submit(page: Any, form_id: str, button: str) -> None:
    """Click a form's button and wait for the page the 303 redirect leads to."""
    with page.expect_navigation():
        page.locator(f"form#{form_id}").get_by_role("button", name=button).click()


def _case(server: WebServer, ref: str) -> Case:
    with server.seeded.sessions() as session:
        case = session.scalars(select(Case).where(Case.ref == ref)).one()
        session.expunge(case)
        return case


def _text_body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def test_login_wrong_password_and_logout(page: Any, server: WebServer) -> None:
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login$"))  # no session: to the login page

    form = page.locator("form#login-form")
    form.locator("input[name=username]").fill("anna")
    form.locator("input[name=password]").fill("not-the-password")
    form.locator("button[type=submit]").click()
    expect(page.locator("div.flash.error")).to_contain_text("Wrong user name or password")
    expect(page).to_have_url(re.compile(r"/login$"))

    _login(page, "anna")
    expect(page.locator("table#queue")).to_be_visible()

    with page.expect_navigation():
        page.locator("form#logout-form").get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/login$"))
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/login$"))  # the session is gone
    page.goto(f"/cases/{server.seeded.approval_ref}")
    expect(page).to_have_url(re.compile(r"/login$"))


def test_queue_lists_open_cases_and_triage_lists_the_message(page: Any,
                                                            server: WebServer) -> None:
    seeded = server.seeded
    _login(page, "vera")
    queue = page.locator("table#queue")
    for ref in (seeded.verification_ref, seeded.script_ref, seeded.html_ref,
                seeded.screenshot_ref):
        expect(queue.locator(f'tr[data-ref="{ref}"]')).to_have_count(1)
    # Received 45 days ago: past its deadline, so marked overdue and listed first.
    expect(queue.locator(f'tr[data-ref="{seeded.html_ref}"]')).to_have_class(
        re.compile(r"\boverdue\b"))
    expect(queue.locator("tr[data-ref]").first).to_have_attribute("data-ref", seeded.html_ref)
    expect(queue.locator(f'tr[data-ref="{seeded.verification_ref}"]')).not_to_have_class(
        re.compile(r"\boverdue\b"))
    expect(page.locator("form#filters")).to_have_count(1)

    page.goto("/triage")
    expect(page.locator(f'table#triage tr[data-id="{seeded.triage_id}"]')).to_have_count(1)


def test_viewer_cannot_approve(page: Any, server: WebServer) -> None:
    ref = server.seeded.approval_ref
    _login(page, "vera")
    page.goto(f"/cases/{ref}")
    expect(page.locator("#case-ref")).to_contain_text(ref)
    expect(page.get_by_role("button", name="Approve")).to_have_count(0)
    expect(page.locator("form#approve-form")).to_have_count(0)

    response = page.request.post(f"{server.url}/cases/{ref}/approve",
                                 form={"csrf_token": _csrf_token(page)}, max_redirects=0)
    assert response.status == 403
    assert "Forbidden: your role (viewer) cannot" in response.text()
    with server.seeded.sessions() as session:
        by_vera = session.scalars(select(AuditEvent).where(AuditEvent.actor == "vera")).all()
    assert by_vera == []


def test_approve_a_draft_and_the_answer_reaches_the_smtp_sink(page: Any, server: WebServer,
                                                              web_sink: Any) -> None:
    seeded = server.seeded
    ref = seeded.approval_ref
    _login(page, "anna")
    page.goto(f"/cases/{ref}")
    textarea = page.locator("form#draft-form textarea[name=body]")
    draft = textarea.input_value()
    assert STAFF_MARKER in draft
    completed = "\n".join(STAFF_TEXT if line.startswith(STAFF_MARKER) else line
                          for line in draft.splitlines())
    textarea.fill(completed)
    _submit(page, "draft-form", "Save draft")
    expect(page.locator("div.flash.ok")).to_be_visible()
    expect(page.locator("div.flash.error")).to_have_count(0)
    assert STAFF_MARKER not in page.locator("form#draft-form textarea[name=body]").input_value()

    _submit(page, "approve-form", "Approve")
    expect(page.locator("div.flash.ok")).to_be_visible()
    expect(page.locator("div.flash.error")).to_have_count(0)

    sender = SmtpMailSender(seeded.config.smtp, None)
    report = run_async(flush_outbox(seeded.sessions, sender, seeded.renderer,
                                    seeded.config.schedule))
    assert report.failed == 0, report
    address = seeded.addresses[ref]
    answers = [message_from_bytes(m.raw, policy=policy.default)
               for m in web_sink.messages() if address in m.rcpt_tos]
    finals = [m for m in answers
              if isinstance(m, EmailMessage) and STAFF_TEXT in _text_body(m)]
    assert len(finals) == 1, [str(m["Subject"]) for m in answers]
    assert finals[0]["To"] == address
    assert STAFF_MARKER not in _text_body(finals[0])
    with seeded.sessions() as session:
        case_id = session.scalars(select(Case.id).where(Case.ref == ref)).one()
        row = session.scalars(select(OutboxRow).where(
            OutboxRow.case_id == case_id, OutboxRow.kind == "final_answer")).one()
        approvals = session.scalars(select(AuditEvent).where(
            AuditEvent.case_id == case_id, AuditEvent.action == "approved")).all()
    assert row.status == "sent" and row.context["body"] == completed  # the text as typed
    assert [event.actor for event in approvals] == ["anna"]

    page.goto(f"/cases/{ref}")
    expect(page.locator("body")).to_contain_text("responded")
    assert _case(server, ref).state == "responded"


def test_extend_with_reason_shows_the_date_and_queues_the_notice(page: Any,
                                                                server: WebServer) -> None:
    ref = server.seeded.verification_ref
    reason = "complex: records in three systems"
    _login(page, "anna")
    page.goto(f"/cases/{ref}")
    page.locator("form#extend-form input[name=reason]").fill(reason)
    _submit(page, "extend-form", "Extend")
    expect(page.locator("div.flash.ok")).to_be_visible()
    expect(page.locator("div.flash.error")).to_have_count(0)

    case = _case(server, ref)
    assert case.extended_to is not None and case.extension_reason == reason
    expect(page.locator("#due")).to_contain_text(case.extended_to.isoformat())
    with server.seeded.sessions() as session:
        notices = session.scalars(select(OutboxRow).where(
            OutboxRow.case_id == case.id, OutboxRow.kind == "extension_notice")).all()
        assert len(notices) == 1
        assert notices[0].context["reason"] == reason
        event = session.scalars(select(AuditEvent).where(
            AuditEvent.case_id == case.id, AuditEvent.actor == "anna")).all()
    assert event, "the extension is audited under the logged-in staff member"


def test_script_and_html_in_a_request_are_shown_as_inert_text(page: Any,
                                                             server: WebServer) -> None:
    seeded = server.seeded
    dialogs: list[str] = []
    requests: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda request: requests.append(request.url))
    _login(page, "anna")

    page.goto(f"/cases/{seeded.script_ref}")
    request_text = page.locator("pre#request-text")
    expect(request_text).to_contain_text("<script>alert('x')</script><b>bold</b>")
    expect(request_text).to_contain_text("please delete my data")
    expect(request_text.locator("b")).to_have_count(0)
    expect(request_text.locator("script")).to_have_count(0)
    expect(page.locator("script:not([src])")).to_have_count(0)  # no inline scripts at all

    # The HTML-only email: its text is shown, never its markup, script or tracking pixel.
    page.goto(f"/cases/{seeded.html_ref}")
    html_text = page.locator("pre#request-text")
    expect(html_text).to_contain_text("Please delete all personal data you hold about me")
    expect(html_text).not_to_contain_text("trackingPixel")
    expect(html_text.locator("*")).to_have_count(0)
    expect(page.locator("img[src*='tracker.example.net']")).to_have_count(0)

    page.wait_for_timeout(300)  # give a (wrongly) executed script the chance to open a dialog
    assert dialogs == []
    foreign = [url for url in requests if not url.startswith(server.url)]
    assert foreign == []


def test_a_post_without_the_csrf_token_is_refused(page: Any, server: WebServer) -> None:
    ref = server.seeded.script_ref
    _login(page, "anna")
    page.goto(f"/cases/{ref}")

    missing = page.request.post(f"{server.url}/cases/{ref}/extend",
                                form={"reason": "forged by another site"}, max_redirects=0)
    assert missing.status == 403
    assert "CSRF check failed" in missing.text()
    forged = page.request.post(f"{server.url}/cases/{ref}/extend",
                               form={"reason": "forged", "csrf_token": "not-the-token"},
                               max_redirects=0)
    assert forged.status == 403
    assert "CSRF check failed" in forged.text()
    assert "frame-ancestors 'none'" in forged.headers.get("content-security-policy", "")
    assert _case(server, ref).extended_to is None


def test_security_headers_and_session_cookie(page: Any, context: Any,
                                             server: WebServer) -> None:
    login = page.goto("/login")
    assert login is not None
    _login(page, "anna")
    response = page.goto(f"/cases/{server.seeded.script_ref}")
    assert response is not None and response.status == 200
    for headers in (login.headers, response.headers):
        csp = headers.get("content-security-policy", "")
        assert "frame-ancestors 'none'" in csp
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        assert "'unsafe-inline'" not in csp
        assert headers.get("x-content-type-options") == "nosniff"
        assert headers.get("x-frame-options", "").upper() == "DENY"
        assert headers.get("referrer-policy") == "same-origin"

    cookies = context.cookies(server.url)
    assert cookies, "no session cookie after login"
    for cookie in cookies:
        assert cookie["httpOnly"], cookie["name"]
        assert cookie["sameSite"] == "Strict", cookie["name"]


def test_screenshots_of_the_queue_and_a_case(page: Any, server: WebServer,
                                              tmp_path: Path) -> None:
    """The README's pictures. They are written into docs/ only when RIGHTSBOT_SCREENSHOTS=1,
    so an ordinary test run leaves the working tree clean."""
    docs = REPO / "docs" if os.environ.get("RIGHTSBOT_SCREENSHOTS") == "1" else tmp_path
    docs.mkdir(exist_ok=True)
    _login(page, "anna")
    page.goto("/")
    expect(page.locator("table#queue")).to_be_visible()
    page.screenshot(path=str(docs / "queue.png"), full_page=True)

    page.goto(f"/cases/{server.seeded.screenshot_ref}")
    expect(page.locator("pre#request-text")).to_be_visible()
    page.screenshot(path=str(docs / "case.png"), full_page=True)
    for name in ("queue.png", "case.png"):
        assert Path(docs / name).stat().st_size > 10_000
