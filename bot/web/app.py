"""The dashboard's ASGI application: routes, static files, security headers."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.clock import Clock, utcnow
from bot.config import Config
from bot.render import EmailRenderer
from bot.web import actions, login, pages
from bot.web.common import WebState, current_staff, error_page
from bot.web.security import HEADERS, NO_STORE, SecurityHeadersMiddleware

STATIC_DIR = Path(__file__).resolve().parent / "static"
log = logging.getLogger(__name__)


async def _http_error(request: Request, exc: Exception) -> Response:
    """404/405 and friends as a page (with the nav when logged in), never a stack trace."""
    assert isinstance(exc, HTTPException)
    if request.url.path.startswith("/static/"):
        return PlainTextResponse(exc.detail, status_code=exc.status_code)
    staff, _ = await run_in_threadpool(current_staff, request)
    return error_page(request, exc.status_code, exc.detail, staff)


async def _server_error(request: Request, exc: Exception) -> Response:
    """An unexpected failure: a plain page with the same security headers, details in the log.

    Starlette answers 500s outside the middleware stack, so the headers are set here too.
    """
    log.exception("dashboard error on %s %s", request.method, request.url.path)
    response = PlainTextResponse("Something went wrong; the error was logged.",
                                 status_code=500)
    for name, value in (*HEADERS, NO_STORE):
        response.headers[name.decode()] = value.decode()
    return response


def create_app(config: Config, sessions: sessionmaker[Session], *,
               clock: Clock = utcnow) -> Starlette:
    """The dashboard over an opened (migrated) store; ``clock`` is fixed in tests."""
    routes = [
        Route("/login", login.login_page, methods=["GET"]),
        Route("/login", login.login, methods=["POST"]),
        Route("/logout", login.logout, methods=["POST"]),
        Route("/", pages.queue_page, methods=["GET"]),
        Route("/cases/{ref}", pages.case_page, methods=["GET"]),
        Route("/cases/{ref}/draft", actions.save_draft, methods=["POST"]),
        Route("/cases/{ref}/approve", actions.approve, methods=["POST"]),
        Route("/cases/{ref}/reject", actions.reject, methods=["POST"]),
        Route("/cases/{ref}/extend", actions.extend, methods=["POST"]),
        Route("/cases/{ref}/relabel", actions.relabel, methods=["POST"]),
        Route("/cases/{ref}/doubt", actions.doubt, methods=["POST"]),
        Route("/triage", pages.triage_page, methods=["GET"]),
        Route("/triage/{id:int}/open", actions.triage_open, methods=["POST"]),
        Route("/triage/{id:int}/dismiss", actions.triage_dismiss, methods=["POST"]),
        Route("/quarantine", pages.quarantine_page, methods=["GET"]),
        Route("/audit", pages.audit_page, methods=["GET"]),
        Route("/audit.csv", pages.audit_csv, methods=["GET"]),
        Route("/metrics", pages.metrics_page, methods=["GET"]),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeadersMiddleware)],
                    exception_handlers={HTTPException: _http_error, 500: _server_error})
    app.state.web = WebState(config=config, sessions=sessions, clock=clock,
                             renderer=EmailRenderer(config.organisation))
    return app
