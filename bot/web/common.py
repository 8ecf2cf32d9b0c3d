"""What every page shares: the app's state, template rendering, login and role checks."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bot.clock import Clock
from bot.config import Config
from bot.deadlines import receipt_date
from bot.render import TEMPLATES_DIR, EmailRenderer
from bot.web import csrf
from bot.web.auth import SESSION_COOKIE, LoginLimiter, StaffMember, load_session, pop_flash


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES_DIR / "web")),
                       autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                       lstrip_blocks=True)


@dataclass
class WebState:
    """Everything the handlers need, built once by create_app."""

    config: Config
    sessions: sessionmaker[Session]
    clock: Clock
    renderer: EmailRenderer
    limiter: LoginLimiter = field(default_factory=LoginLimiter)
    templates: Environment = field(default_factory=_environment)

    def today(self, now: datetime | None = None) -> date:
        return receipt_date(now or self.clock(), self.config.organisation.timezone)


def state(request: Request) -> WebState:
    web = request.app.state.web
    assert isinstance(web, WebState)
    return web


def render(request: Request, template: str, context: Mapping[str, Any], *,
           staff: StaffMember | None = None, flash: tuple[str, str] | None = None,
           status_code: int = 200) -> HTMLResponse:
    page = state(request).templates.get_template(template)
    html = page.render(staff=staff, flash=flash, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status_code: int, message: str,
               staff: StaffMember | None = None) -> HTMLResponse:
    return render(request, "error.html.j2", {"message": message, "status": status_code},
                  staff=staff, status_code=status_code)


def current_staff(request: Request, *, take_flash: bool = False) \
        -> tuple[StaffMember | None, tuple[str, str] | None]:
    """The logged-in staff member (and the pending flash message when asked); blocking."""
    web = state(request)
    idle = timedelta(minutes=web.config.web.session_idle_minutes)
    with web.sessions.begin() as session:
        staff = load_session(session, request.cookies.get(SESSION_COOKIE), now=web.clock(),
                             idle=idle)
        flash = pop_flash(session, staff.session_id) if staff and take_flash else None
    return staff, flash


def to_login() -> Response:
    return RedirectResponse("/login", status_code=303)


PageHandler = Callable[[Request, StaffMember, tuple[str, str] | None], Response]
ActionHandler = Callable[[Request, StaffMember, FormData], Response]


def page(handler: PageHandler) -> Callable[[Request], Awaitable[Response]]:
    """A GET page for any logged-in role; the handler runs in the thread pool (it blocks)."""

    @functools.wraps(handler)
    async def endpoint(request: Request) -> Response:
        def run() -> Response:
            staff, flash = current_staff(request, take_flash=True)
            return to_login() if staff is None else handler(request, staff, flash)
        return await run_in_threadpool(run)

    return endpoint


def action(verb: str | None) -> Callable[[ActionHandler], Callable[[Request],
                                                                    Awaitable[Response]]]:
    """A POST: logged in, then a valid CSRF token, then a role that may ``verb`` (None: any)."""

    def decorate(handler: ActionHandler) -> Callable[[Request], Awaitable[Response]]:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            form = await request.form()

            def run() -> Response:
                staff, _ = current_staff(request)
                if staff is None:
                    return to_login()
                if not csrf.tokens_match(staff.csrf_token, form.get(csrf.FIELD)):
                    return csrf.failed()
                if verb is not None and not staff.may_act:
                    return error_page(request, 403, f"Forbidden: your role ({staff.role}) "
                                      f"cannot {verb}.", staff)
                return handler(request, staff, form)
            try:
                return await run_in_threadpool(run)
            finally:
                await form.close()

        return endpoint

    return decorate


def form_text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""
