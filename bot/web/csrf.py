"""CSRF protection: every POST carries a token the attacker's page cannot read.

Logged in, the token is the session's own (stored server-side with the session). The login
form, before any session exists, uses a double-submit token: the same random value in a
SameSite=Strict HttpOnly cookie and in the form.
"""

from __future__ import annotations

import hmac
import secrets

from starlette.responses import PlainTextResponse, Response

FIELD = "csrf_token"
LOGIN_COOKIE = "rightsbot_login_csrf"
FAILED_TEXT = "CSRF check failed"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def tokens_match(expected: str | None, given: object) -> bool:
    """Constant-time comparison; a missing or non-text value never matches."""
    if not expected or not isinstance(given, str) or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def failed() -> Response:
    return PlainTextResponse(f"{FAILED_TEXT}: reload the page and try again.", status_code=403)
