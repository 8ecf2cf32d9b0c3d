"""Dashboard accounts, server-side sessions and the login rate limit.

Passwords are stored only as argon2id hashes (argon2-cffi's PasswordHasher, RFC 9106 low-memory
parameters). A session is a random cookie value; the database keeps its SHA-256, so a copy of
the database (or a backup) does not hold live sessions. Roles: ``viewer`` reads,
``approver`` also acts on cases and triage, ``admin`` is an approver who will manage users.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.clock import from_db, to_db
from bot.model import RightsbotError
from bot.store.schema import WebSession, WebUser

SESSION_COOKIE = "rightsbot_session"
#: A session ends this long after login whatever the activity (the idle limit is config).
SESSION_MAX_AGE = timedelta(hours=12)
#: last_seen_at is written at most this often, not on every request.
_TOUCH_EVERY = timedelta(minutes=1)
MIN_PASSWORD_LENGTH = 8
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")

_hasher = PasswordHasher()
# Verified against when the user name is unknown, so both cases take the same time.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class Role(StrEnum):
    VIEWER = "viewer"
    APPROVER = "approver"
    ADMIN = "admin"


#: Roles that may act on cases and triage (every POST except logout).
ACTING_ROLES = frozenset({Role.APPROVER, Role.ADMIN})


class WebAuthError(RightsbotError):
    """An account cannot be created as asked; the message says why."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(session: Session, name: str, role: str, password: str, *,
                now: datetime) -> WebUser:
    """Add a dashboard account; the password is stored argon2-hashed only."""
    if not _NAME.match(name):
        raise WebAuthError(f"user name {name!r}: use 1-100 letters, digits, '.', '_', '@', '-'")
    if role not in {r.value for r in Role}:
        raise WebAuthError(f"role {role!r}: expected viewer | approver | admin")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WebAuthError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    if session.scalar(select(WebUser.id).where(WebUser.name == name)) is not None:
        raise WebAuthError(f"user {name} already exists")
    user = WebUser(name=name, role=role, password_hash=hash_password(password),
                   created_at=to_db(now))
    session.add(user)
    return user


def authenticate(session: Session, name: str, password: str, *, now: datetime) -> WebUser | None:
    """The user when the password matches, else None (same work whether the name exists)."""
    user = session.scalar(select(WebUser).where(WebUser.name == name))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = to_db(now)
    return user


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def start_session(session: Session, user: WebUser, *, now: datetime,
                  idle: timedelta = SESSION_MAX_AGE) -> str:
    """A new session for ``user``; returns the cookie value (kept nowhere else).

    Sessions that ended without a logout are removed here, so the table stays small.
    """
    session.execute(delete(WebSession).where(
        (WebSession.last_seen_at < to_db(now - idle))
        | (WebSession.created_at < to_db(now - SESSION_MAX_AGE))))
    token = secrets.token_urlsafe(32)
    session.add(WebSession(id=_digest(token), user=user, csrf_token=secrets.token_urlsafe(32),
                           created_at=to_db(now), last_seen_at=to_db(now)))
    return token


@dataclass(frozen=True)
class StaffMember:
    """The logged-in staff member as the pages see them."""

    session_id: str
    name: str
    role: str
    csrf_token: str

    @property
    def may_act(self) -> bool:
        return self.role in ACTING_ROLES


def load_session(session: Session, token: str | None, *, now: datetime,
                 idle: timedelta) -> StaffMember | None:
    """The staff member behind a cookie value, or None (expired sessions are deleted)."""
    if not token:
        return None
    row = session.get(WebSession, _digest(token))
    if row is None:
        return None
    if now - from_db(row.last_seen_at) > idle or now - from_db(row.created_at) > SESSION_MAX_AGE:
        session.delete(row)
        return None
    if now - from_db(row.last_seen_at) > _TOUCH_EVERY:
        row.last_seen_at = to_db(now)
    return StaffMember(row.id, row.user.name, row.user.role, row.csrf_token)


def end_session(session: Session, session_id: str) -> None:
    session.execute(delete(WebSession).where(WebSession.id == session_id))


def set_flash(session: Session, session_id: str, kind: str, text: str) -> None:
    row = session.get(WebSession, session_id)
    if row is not None:
        row.flash_kind, row.flash_text = kind, text


def pop_flash(session: Session, session_id: str) -> tuple[str, str] | None:
    row = session.get(WebSession, session_id)
    if row is None or row.flash_kind is None:
        return None
    flash = (row.flash_kind, row.flash_text or "")
    row.flash_kind = row.flash_text = None
    return flash


class LoginLimiter:
    """At most ``limit`` failed logins per user name and per client within ``window``.

    Kept in memory: one dashboard process serves the team; a restart forgets the counts.
    """

    def __init__(self, limit: int = 5, window: timedelta = timedelta(minutes=15),
                 max_keys: int = 10_000) -> None:
        self.limit, self.window, self.max_keys = limit, window, max_keys
        self._failures: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()  # logins are checked in the thread pool

    @staticmethod
    def _keys(name: str, client: str) -> tuple[str, str]:
        return f"user:{name.strip().lower()}", f"client:{client}"

    def _recent(self, key: str, now: datetime) -> deque[datetime]:
        times = self._failures.get(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if not times:
            self._failures.pop(key, None)
        return times

    def blocked(self, name: str, client: str, now: datetime) -> bool:
        with self._lock:
            return any(len(self._recent(key, now)) >= self.limit
                       for key in self._keys(name, client))

    def failed(self, name: str, client: str, now: datetime) -> None:
        with self._lock:
            if len(self._failures) >= self.max_keys:
                for key in list(self._failures):
                    self._recent(key, now)
            for key in self._keys(name, client):
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(self._keys(name, "")[0], None)
