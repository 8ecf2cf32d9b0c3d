"""Response headers for every page and the Secure flag of cookies."""

from __future__ import annotations

import ipaddress

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; "
                           "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
)
#: Pages show personal data: no copies in browser or proxy caches.
NO_STORE = (b"cache-control", b"no-store")


class SecurityHeadersMiddleware:
    """Adds the headers of HEADERS to every HTTP response (also errors and static files)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in HEADERS}
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() not in names]
                headers.extend(HEADERS)
                if not static:
                    headers = [(k, v) for k, v in headers if k.lower() != NO_STORE[0]]
                    headers.append(NO_STORE)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secure_cookies(request: Request, mode: str) -> bool:
    """Whether cookies get the Secure flag.

    "auto" leaves it off only for plain HTTP on a loopback socket (development, browser tests):
    a browser never sends a Secure cookie back over http://, and loopback traffic does not
    leave the machine. Anything else gets Secure; "always"/"never" override.
    """
    if mode == "always":
        return True
    if mode == "never":
        return False
    server = request.scope.get("server")
    bound = str(server[0]) if server else ""
    return request.url.scheme == "https" or not is_loopback(bound)
