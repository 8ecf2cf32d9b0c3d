"""Configuration: one TOML file, validated on start into frozen dataclasses.

Every error is a ``ConfigError`` naming the key (``imap.port``) and the expected form, so an
operator can fix the file without reading code. Secrets are never values in the file: ``*_env``
keys name environment variables, read only when a connection is made.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.model import ConfigError
from bot.tokens import KeyRing, TokenError

#: The commented default configuration shipped at the repository root.
DEFAULT_CONFIG_PATH = Path(__file__).resolve().parent.parent / "config.toml"
CONFIG_ENV = "RIGHTSBOT_CONFIG"

_TLS_MODES = ("ssl", "starttls", "none")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")



@dataclass(frozen=True)
class OrganisationConfig:
    name: str
    privacy_address: str
    timezone: str
    holiday_profile: str
    message_id_domain: str
    staff_address: str
    digest_hour: int


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int
    tls: str
    user: str
    password_env: str
    folder: str
    processed_folder: str
    quarantine_folder: str
    idle: bool
    timeout_seconds: float

    def password(self) -> str:
        return _secret("imap.password_env", self.password_env)


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    tls: str
    user: str
    password_env: str
    timeout_seconds: float

    def password(self) -> str | None:
        """The relay password, or None for an unauthenticated relay (empty user)."""
        return _secret("smtp.password_env", self.password_env) if self.user else None


@dataclass(frozen=True)
class StoreConfig:
    url: str


@dataclass(frozen=True)
class ScheduleConfig:
    poll_seconds: float
    outbox_seconds: float
    timer_seconds: float
    batch_size: int
    max_messages_per_run: int
    sender_rate_limit: int
    sender_rate_window_hours: float
    retry_initial_seconds: float
    retry_max_seconds: float
    retry_max_attempts: int
    reconnect_initial_seconds: float
    reconnect_max_seconds: float


@dataclass(frozen=True)
class DeadlineConfig:
    extension_method: str
    pause_model: str
    extra_holidays: tuple[date, ...]


@dataclass(frozen=True)
class ClassifierConfig:
    min_confidence: float


@dataclass(frozen=True)
class SuppressionConfig:
    key_env: str

    def ring(self) -> KeyRing:
        """The HMAC keys for the suppression list (R84), current key first."""
        return _key_ring("suppression.key_env", self.key_env)


@dataclass(frozen=True)
class VerificationConfig:
    key_env: str
    challenge_valid_days: int
    challenge_reminder_days: int

    def ring(self) -> KeyRing:
        """The HMAC keys that sign challenge tokens (R38), current key first."""
        return _key_ring("verification.key_env", self.key_env)


@dataclass(frozen=True)
class StaffConfig:
    default_actor: str


@dataclass(frozen=True)
class WebConfig:
    #: "auto": Secure cookies unless the dashboard is served over plain HTTP on loopback.
    secure_cookies: str
    session_idle_minutes: int


@dataclass(frozen=True)
class Config:
    organisation: OrganisationConfig
    imap: ImapConfig
    smtp: SmtpConfig
    store: StoreConfig
    schedule: ScheduleConfig
    deadlines: DeadlineConfig
    classifier: ClassifierConfig
    suppression: SuppressionConfig
    verification: VerificationConfig
    staff: StaffConfig
    web: WebConfig
    source: Path


def _key_ring(key: str, env_name: str) -> KeyRing:
    """HMAC keys from an environment variable; errors name the config key and the variable."""
    try:
        return KeyRing.from_env(_secret(key, env_name))
    except TokenError as exc:
        raise ConfigError(f"{key}: {env_name} {exc}") from None


def _secret(key: str, env_name: str) -> str:
    value = os.environ.get(env_name)
    if value is None:
        raise ConfigError(f"{key}: environment variable {env_name} is not set")
    return value


class _Section:
    """Typed reads from one TOML table, each error naming ``section.key``."""

    def __init__(self, name: str, table: Mapping[str, Any]) -> None:
        self.name = name
        self.table = table
        self.seen: set[str] = set()

    def _raw(self, key: str, default: object) -> object:
        self.seen.add(key)
        if key in self.table:
            return self.table[key]
        if default is _REQUIRED:
            raise ConfigError(f"{self.name}.{key}: missing; it is required")
        return default

    def _fail(self, key: str, expected: str, value: object) -> ConfigError:
        return ConfigError(f"{self.name}.{key}: expected {expected}, got {value!r}")

    def text(self, key: str, default: object = None, *, allow_empty: bool = False) -> str:
        value = self._raw(key, _REQUIRED if default is None else default)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            raise self._fail(key, "a non-empty string" if not allow_empty else "a string", value)
        return value.strip()

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self._raw(key, default)
        if value not in choices:
            raise self._fail(key, "one of " + " | ".join(f'"{c}"' for c in choices), value)
        return str(value)

    def integer(self, key: str, default: int, *, minimum: int, maximum: int = 2**31) -> int:
        value = self._raw(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not (
            minimum <= value <= maximum
        ):
            raise self._fail(key, f"an integer from {minimum} to {maximum}", value)
        return value

    def number(self, key: str, default: float, *, minimum: float, maximum: float = 1e9) -> float:
        value = self._raw(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or not (
            minimum <= value <= maximum
        ):
            raise self._fail(key, f"a number from {minimum:g} to {maximum:g}", value)
        return float(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self._raw(key, default)
        if not isinstance(value, bool):
            raise self._fail(key, "true or false", value)
        return value

    def email(self, key: str, default: object = None) -> str:
        value = self.text(key, default)
        if not _EMAIL.match(value):
            raise self._fail(key, "an email address like privacy@example.com", value)
        return value.lower()

    def env_name(self, key: str, default: str) -> str:
        value = self.text(key, default)
        if not _ENV_NAME.match(value):
            raise self._fail(key, "the name of an environment variable (letters, digits, _)", value)
        return value

    def dates(self, key: str) -> tuple[date, ...]:
        value = self._raw(key, [])
        if not isinstance(value, list):
            raise self._fail(key, "a list of dates like [2027-06-05]", value)
        result: list[date] = []
        for item in value:
            if isinstance(item, datetime):  # a TOML date-time is a date subclass: never equal
                raise self._fail(key, "ISO dates like 2027-06-05 (no time of day)", item)
            if isinstance(item, date):
                result.append(item)
            elif isinstance(item, str):
                try:
                    result.append(date.fromisoformat(item))
                except ValueError:
                    raise self._fail(key, "ISO dates like 2027-06-05", item) from None
            else:
                raise self._fail(key, "ISO dates like 2027-06-05", item)
        return tuple(result)

    def finish(self) -> None:
        unknown = sorted(set(self.table) - self.seen)
        if unknown:
            raise ConfigError(f"{self.name}.{unknown[0]}: unknown key (misspelt?)")


_REQUIRED = object()
_SECTIONS = ("organisation", "imap", "smtp", "store", "schedule", "deadlines", "classifier",
             "suppression", "verification", "staff", "web")


def _table(data: Mapping[str, Any], name: str) -> _Section:
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise ConfigError(f"{name}: expected a [{name}] table")
    return _Section(name, table)


def _timezone(section: _Section) -> str:
    name = section.text("timezone", "Europe/Copenhagen")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise section._fail("timezone", "an IANA time zone like Europe/Copenhagen", name) from None
    return name


def _store_url(section: _Section, base: Path) -> str:
    url = section.text("url", "sqlite:///var/rightsbot.db")
    if "://" not in url:
        raise section._fail("url", "an SQLAlchemy URL like sqlite:///var/rightsbot.db", url)
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://":
        path = url[len(prefix):]
        if path != ":memory:":
            url = prefix + str((base / path).resolve())
    return url


def parse_config(data: Mapping[str, Any], source: Path) -> Config:
    """Validate a parsed TOML document; relative paths resolve against ``source``'s folder."""
    for name in data:
        if name not in _SECTIONS:
            raise ConfigError(f"{name}: unknown section; expected one of {', '.join(_SECTIONS)}")
    base = source.parent
    org, imap, smtp, store, sched, dl, clf, sup, ver, stf, web = (
        _table(data, n) for n in _SECTIONS)
    config = Config(
        organisation=OrganisationConfig(
            name=org.text("name"),
            privacy_address=org.email("privacy_address"),
            timezone=_timezone(org),
            holiday_profile=org.choice("holiday_profile", ("statutory", "extended"), "statutory"),
            message_id_domain=org.text("message_id_domain"),
            staff_address=org.email("staff_address", "") if org.table.get("staff_address")
            else "",
            digest_hour=org.integer("digest_hour", 7, minimum=0, maximum=23),
        ),
        imap=ImapConfig(
            host=imap.text("host", "127.0.0.1"),
            port=imap.integer("port", 993, minimum=1, maximum=65535),
            tls=imap.choice("tls", _TLS_MODES, "ssl"),
            user=imap.text("user"),
            password_env=imap.env_name("password_env", "RIGHTSBOT_IMAP_PASSWORD"),
            folder=imap.text("folder", "INBOX"),
            processed_folder=imap.text("processed_folder", "rightsbot/processed"),
            quarantine_folder=imap.text("quarantine_folder", "rightsbot/quarantine"),
            idle=imap.boolean("idle", True),
            timeout_seconds=imap.number("timeout_seconds", 30, minimum=1, maximum=600),
        ),
        smtp=SmtpConfig(
            host=smtp.text("host", "127.0.0.1"),
            port=smtp.integer("port", 587, minimum=1, maximum=65535),
            tls=smtp.choice("tls", _TLS_MODES, "starttls"),
            user=smtp.text("user", "", allow_empty=True),
            password_env=smtp.env_name("password_env", "RIGHTSBOT_SMTP_PASSWORD"),
            timeout_seconds=smtp.number("timeout_seconds", 30, minimum=1, maximum=600),
        ),
        store=StoreConfig(url=_store_url(store, base)),
        schedule=ScheduleConfig(
            poll_seconds=sched.number("poll_seconds", 60, minimum=1, maximum=86400),
            outbox_seconds=sched.number("outbox_seconds", 10, minimum=1, maximum=86400),
            timer_seconds=sched.number("timer_seconds", 900, minimum=10, maximum=86400),
            batch_size=sched.integer("batch_size", 200, minimum=1, maximum=5000),
            max_messages_per_run=sched.integer("max_messages_per_run", 5000, minimum=1),
            sender_rate_limit=sched.integer("sender_rate_limit", 5, minimum=1),
            sender_rate_window_hours=sched.number(
                "sender_rate_window_hours", 24, minimum=0.1, maximum=24 * 365
            ),
            retry_initial_seconds=sched.number("retry_initial_seconds", 30, minimum=0),
            retry_max_seconds=sched.number("retry_max_seconds", 3600, minimum=0),
            retry_max_attempts=sched.integer("retry_max_attempts", 10, minimum=1),
            reconnect_initial_seconds=sched.number("reconnect_initial_seconds", 5, minimum=0),
            reconnect_max_seconds=sched.number("reconnect_max_seconds", 300, minimum=0),
        ),
        deadlines=DeadlineConfig(
            extension_method=dl.choice(
                "extension_method", ("two_step", "three_month"), "two_step"
            ),
            pause_model=dl.choice("pause_model", ("earliest", "suspend", "restart"), "earliest"),
            extra_holidays=dl.dates("extra_holidays"),
        ),
        classifier=ClassifierConfig(
            min_confidence=clf.number("min_confidence", 0.7, minimum=0, maximum=1),
        ),
        suppression=SuppressionConfig(
            key_env=sup.env_name("key_env", "RIGHTSBOT_SUPPRESSION_KEY"),
        ),
        verification=VerificationConfig(
            key_env=ver.env_name("key_env", "RIGHTSBOT_TOKEN_KEY"),
            challenge_valid_days=ver.integer("challenge_valid_days", 21, minimum=1, maximum=90),
            challenge_reminder_days=ver.integer("challenge_reminder_days", 7, minimum=1,
                                                maximum=90),
        ),
        staff=StaffConfig(default_actor=stf.text("default_actor", "", allow_empty=True)),
        web=WebConfig(
            secure_cookies=web.choice("secure_cookies", ("auto", "always", "never"), "auto"),
            session_idle_minutes=web.integer("session_idle_minutes", 480, minimum=5,
                                             maximum=7 * 24 * 60),
        ),
        source=source,
    )
    if config.verification.challenge_reminder_days >= config.verification.challenge_valid_days:
        raise ConfigError("verification.challenge_reminder_days: expected fewer days than "
                          "verification.challenge_valid_days")
    for section in (org, imap, smtp, store, sched, dl, clf, sup, ver, stf, web):
        section.finish()
    return config


def load_config(path: Path | str | None = None) -> Config:
    """Load and validate the configuration: ``path``, else $RIGHTSBOT_CONFIG, else the default."""
    chosen = Path(path or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG_PATH)
    try:
        text = chosen.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read configuration file {chosen}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{chosen}: not valid TOML (the file is not UTF-8 text)") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{chosen}: not valid TOML ({exc})") from None
    return parse_config(data, chosen.resolve())
