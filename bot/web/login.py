"""Log in (argon2 check, rate limit, fresh session) and log out."""

from __future__ import annotations

from datetime import timedelta

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.web import csrf
from bot.web.auth import SESSION_COOKIE, StaffMember, authenticate, end_session, start_session
from bot.web.common import action, current_staff, form_text, render, state
from bot.web.security import secure_cookies

WRONG = "Wrong user name or password"
TOO_MANY = "Too many login attempts"


def _login_form(request: Request, *, error: str | None = None, status_code: int = 200,
                username: str = "") -> Response:
    web = state(request)
    token = request.cookies.get(csrf.LOGIN_COOKIE) or csrf.new_token()
    response = render(request, "login.html.j2", {"csrf_token": token, "username": username},
                      flash=("error", error) if error else None, status_code=status_code)
    response.set_cookie(csrf.LOGIN_COOKIE, token, path="/login", httponly=True,
                        samesite="strict",
                        secure=secure_cookies(request, web.config.web.secure_cookies))
    return response


async def login_page(request: Request) -> Response:
    staff, _ = await run_in_threadpool(current_staff, request)
    if staff is not None:
        return RedirectResponse("/", status_code=303)
    return _login_form(request)


async def login(request: Request) -> Response:
    form = await request.form()
    try:
        return await run_in_threadpool(_login, request, form)
    finally:
        await form.close()


def _login(request: Request, form: FormData) -> Response:
    web = state(request)
    name, password = form_text(form, "username").strip(), form_text(form, "password")
    client = request.client.host if request.client else "unknown"
    now = web.clock()
    if web.limiter.blocked(name, client, now):
        return render(request, "error.html.j2", {
            "status": 429, "message": f"{TOO_MANY}: wait 15 minutes and try again."},
            status_code=429)
    if not csrf.tokens_match(request.cookies.get(csrf.LOGIN_COOKIE), form.get(csrf.FIELD)):
        return csrf.failed()
    with web.sessions.begin() as session:
        user = authenticate(session, name, password, now=now)
        idle = timedelta(minutes=web.config.web.session_idle_minutes)
        token = start_session(session, user, now=now, idle=idle) if user is not None else None
    if token is None:
        web.limiter.failed(name, client, now)
        return _login_form(request, error=WRONG, username=name)
    web.limiter.succeeded(name)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(SESSION_COOKIE, token, path="/", httponly=True, samesite="strict",
                        secure=secure_cookies(request, web.config.web.secure_cookies))
    response.delete_cookie(csrf.LOGIN_COOKIE, path="/login", httponly=True, samesite="strict",
                           secure=secure_cookies(request, web.config.web.secure_cookies))
    return response


@action(None)
def logout(request: Request, staff: StaffMember, form: FormData) -> Response:
    with state(request).sessions.begin() as session:
        end_session(session, staff.session_id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict",
                           secure=secure_cookies(request, state(request).config.web.secure_cookies))
    return response
