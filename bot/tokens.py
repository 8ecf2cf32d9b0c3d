"""Identity-verification challenge tokens (gdpr-rules.md R38, R41, R81, R84). Pure: no I/O.

Token format: ``<key_id>.<body>``, body = 64 chars of lower-case base32 (no padding) over 40 bytes:
case id (8, big-endian) | nonce (12 random) | issued date (4, proleptic ordinal) | MAC (16).
MAC = HMAC-SHA256(secret, label, key_id, case id, nonce, issued, normalised address), truncated
to 128 bits. The address is only in the MAC, never in the token: verifying needs the claimed
sender, so a reply from any other address fails. Key ids are ``[a-z0-9][a-z0-9_-]{0,15}``, so a
token is valid dot-atom text and ``c.<token>@<domain>`` a valid Message-ID. Parsing is strict
(lower case only): every other spelling is MALFORMED, so no altered token ever verifies.

Reply code: 8 characters (40 bits) from ``23456789ABCDEFGHJKLMNPQRSTUVWXYZ`` (no 0/O/1/I), shown
as ``K7Q2-9MXR``; keyed HMAC of the token's MAC, so it is recomputed rather than stored. Input is
case-insensitive, ignores spaces/dashes, and reads ``1``/``I`` as ``L``.

Validity: ``expires = issued + valid_days`` is the last valid day (inclusive): issued on day 0,
the token verifies on day 21 and is EXPIRED on day 22. The MAC is checked before the date, so
EXPIRED always carries an authentic case id. A token dated after ``today`` (clock skew) is
accepted: only we can mint it.

Single use is the caller's job: the store records each used token as ``token_fingerprint(token)``
and refuses a second use. Every message needs its own Message-ID, so a reminder (R48) carries a
fresh challenge issued with the *original* issued date (same expiry); either one then verifies.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from bot.model import RightsbotError

_LABEL = b"rightsbot-challenge-v1\x00"
_CODE_LABEL = b"rightsbot-reply-code-v1\x00"
_KEY_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,15}")
_TOKEN = re.compile(r"([a-z0-9][a-z0-9_-]{0,15})\.([a-z2-7]{64})")
_NONCE_BYTES, _MAC_BYTES, _MIN_SECRET = 12, 16, 32
_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
_CODE_ALIASES = str.maketrans({"1": "L", "I": "L", " ": None, "-": None, "\t": None})
_MSGID_PREFIX, _MSGID = "c.", re.compile(r"[^<>\s]+")


class TokenError(RightsbotError):
    """Bad key material, bad configuration or an unusable address when issuing."""


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not _KEY_ID.fullmatch(self.key_id):
            raise TokenError(f"key id {self.key_id!r} must match {_KEY_ID.pattern}")
        if len(self.secret) < _MIN_SECRET:
            raise TokenError(f"key {self.key_id!r}: secret has {len(self.secret)} bytes, "
                             f"needs at least {_MIN_SECRET}")


class KeyRing:
    """Signing keys by id; ``current`` signs new tokens, the others only verify (R84 rotation)."""

    def __init__(self, keys: Sequence[SigningKey], current: str) -> None:
        self._keys: dict[str, SigningKey] = {}
        for key in keys:
            if key.key_id in self._keys:
                raise TokenError(f"key id {key.key_id!r} appears twice")
            self._keys[key.key_id] = key
        if current not in self._keys:
            raise TokenError(f"current key id {current!r} is not among the keys")
        self._current = current

    @property
    def keys(self) -> tuple[SigningKey, ...]:
        """Every key, the current one first (lookups must try them all, R84)."""
        current = self._keys[self._current]
        return (current, *(k for k in self._keys.values() if k is not current))

    def current_key(self) -> SigningKey:
        return self._keys[self._current]

    def get(self, key_id: str) -> SigningKey | None:
        return self._keys.get(key_id)

    def __repr__(self) -> str:
        return f"KeyRing(key_ids={list(self._keys)!r}, current={self._current!r})"

    @classmethod
    def from_env(cls, env_value: str) -> KeyRing:
        """Parse ``"kid1:base64secret,kid2:base64secret"``; the first key is current.

        Errors name the entry and the problem, never the secret.
        """
        entries = [entry.strip() for entry in env_value.split(",")]
        if not any(entries):
            raise TokenError("signing keys: value is empty; expected 'kid1:base64secret,...'")
        keys: list[SigningKey] = []
        for position, entry in enumerate(entries, start=1):
            key_id, sep, encoded = entry.partition(":")
            if not sep or not key_id.strip():
                raise TokenError(f"signing keys: entry {position} is not 'key_id:base64secret'")
            key_id, encoded = key_id.strip(), encoded.strip()
            try:
                secret = base64.b64decode(encoded.translate(str.maketrans("-_", "+/")),
                                          validate=True)
            except (binascii.Error, ValueError):
                raise TokenError(f"signing keys: entry {position} ({key_id!r}): secret is not "
                                 "valid base64") from None
            keys.append(SigningKey(key_id, secret))
        return cls(keys, keys[0].key_id)


@dataclass(frozen=True)
class Challenge:
    token: str
    reply_code: str
    case_id: int
    issued: date
    expires: date


class VerificationResult(StrEnum):
    OK = "ok"
    WRONG_ADDRESS_OR_FORGED = "wrong_address_or_forged"
    EXPIRED = "expired"
    MALFORMED = "malformed"
    UNKNOWN_KEY = "unknown_key"


def normalise_address(address: str) -> str:
    """R81: trim, NFC, lower-case, IDNA (2003, stdlib codec) domain; dots and +tags are kept."""
    text = unicodedata.normalize("NFC", unicodedata.normalize("NFC", address.strip()).lower())
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        raise TokenError("address must be local@domain")
    return f"{local}@{_normalise_domain(domain)}"


def _normalise_domain(domain: str) -> str:
    try:
        return domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise TokenError(f"domain {domain!r} cannot be IDNA-encoded") from None


def _mac(key: SigningKey, case_id: int, nonce: bytes, issued: int, address: str) -> bytes:
    message = b"".join((_LABEL, key.key_id.encode("ascii"), b"\x00", case_id.to_bytes(8, "big"),
                        nonce, issued.to_bytes(4, "big"), address.encode("utf-8")))
    return hmac.new(key.secret, message, hashlib.sha256).digest()[:_MAC_BYTES]


def _reply_code(key: SigningKey, mac: bytes) -> str:
    bits = int.from_bytes(hmac.new(key.secret, _CODE_LABEL + mac, hashlib.sha256).digest()[:5])
    chars = "".join(_CODE_ALPHABET[(bits >> (5 * (7 - i))) & 31] for i in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def issue(ring: KeyRing, *, case_id: int, address: str, issued: date, valid_days: int = 21,
          nonce: bytes | None = None) -> Challenge:
    """A new challenge for ``case_id`` bound to ``address``, signed with the current key."""
    if not 0 <= case_id < 2**64:
        raise TokenError(f"case id {case_id} out of range")
    if valid_days < 0:
        raise TokenError("valid_days must not be negative")
    nonce = secrets.token_bytes(_NONCE_BYTES) if nonce is None else nonce
    if len(nonce) != _NONCE_BYTES:
        raise TokenError(f"nonce must be {_NONCE_BYTES} bytes")
    key = ring.current_key()
    mac = _mac(key, case_id, nonce, issued.toordinal(), normalise_address(address))
    body = case_id.to_bytes(8, "big") + nonce + issued.toordinal().to_bytes(4, "big") + mac
    token = f"{key.key_id}.{base64.b32encode(body).decode('ascii').lower()}"
    return Challenge(token, _reply_code(key, mac), case_id, issued,
                     issued + timedelta(days=valid_days))


@dataclass(frozen=True)
class _Checked:
    status: VerificationResult
    case_id: int | None = None
    issued: date | None = None
    key: SigningKey | None = None
    mac: bytes = b""


def _check(ring: KeyRing, token: str, address: str) -> _Checked:
    """Parse and authenticate, without looking at the date."""
    match = _TOKEN.fullmatch(token)
    if match is None:
        return _Checked(VerificationResult.MALFORMED)
    key = ring.get(match.group(1))
    if key is None:
        return _Checked(VerificationResult.UNKNOWN_KEY)
    body = base64.b32decode(match.group(2).upper())
    case_id, nonce = int.from_bytes(body[:8]), body[8:20]
    ordinal, mac = int.from_bytes(body[20:24]), body[24:]
    try:
        expected = _mac(key, case_id, nonce, ordinal, normalise_address(address))
    except TokenError:
        return _Checked(VerificationResult.WRONG_ADDRESS_OR_FORGED)
    if not hmac.compare_digest(mac, expected):
        return _Checked(VerificationResult.WRONG_ADDRESS_OR_FORGED)
    if not 1 <= ordinal <= date.max.toordinal():  # authentic yet impossible: a bug, not a forgery
        return _Checked(VerificationResult.MALFORMED)
    return _Checked(VerificationResult.OK, case_id, date.fromordinal(ordinal), key, mac)


def verify_token(ring: KeyRing, token: str, *, address: str, today: date,
                 valid_days: int = 21) -> tuple[VerificationResult, int | None]:
    """Result and case id; the case id is given for OK and EXPIRED only."""
    checked = _check(ring, token, address)
    if checked.status is not VerificationResult.OK or checked.issued is None:
        return checked.status, None
    if (today - checked.issued).days > valid_days:
        return VerificationResult.EXPIRED, checked.case_id
    return VerificationResult.OK, checked.case_id


def verify_reply_code(ring: KeyRing, code: str, *, token: str, address: str, today: date,
                      valid_days: int = 21) -> VerificationResult:
    """Check a typed reply code against the case's challenge token and the sender address."""
    cleaned = code.upper().translate(_CODE_ALIASES)
    if len(cleaned) != 8 or any(char not in _CODE_ALPHABET for char in cleaned):
        return VerificationResult.MALFORMED
    checked = _check(ring, token, address)
    if checked.key is None or checked.issued is None:
        return checked.status
    expected = _reply_code(checked.key, checked.mac).replace("-", "")
    if not hmac.compare_digest(cleaned.encode("ascii"), expected.encode("ascii")):
        return VerificationResult.WRONG_ADDRESS_OR_FORGED
    if (today - checked.issued).days > valid_days:
        return VerificationResult.EXPIRED
    return VerificationResult.OK


def reply_code_for(ring: KeyRing, token: str, *, address: str) -> str | None:
    """The reply code of an authentic token (for a reminder), or None if it does not verify."""
    checked = _check(ring, token, address)
    if checked.key is None or checked.status is not VerificationResult.OK:
        return None
    return _reply_code(checked.key, checked.mac)


def message_id_for(challenge: Challenge, domain: str) -> str:
    """``c.<token>@<domain>``, without angle brackets."""
    return f"{_MSGID_PREFIX}{challenge.token}@{_normalise_domain(domain)}"


def token_from_message_ids(ids: Iterable[str], domain: str) -> str | None:
    """The first challenge token found in Message-ID values (bracketed or not) under ``domain``.

    Values may hold several ids (a raw References header). Pass In-Reply-To first.
    """
    ours = _normalise_domain(domain)
    for value in ids:
        for ident in _MSGID.finditer(value):
            local, _, host = ident.group().rpartition("@")
            if host.lower() != ours or not local.startswith(_MSGID_PREFIX):
                continue
            token = local[len(_MSGID_PREFIX):]
            if _TOKEN.fullmatch(token):
                return token
    return None


def token_fingerprint(token: str) -> str:
    """SHA-256 hex of the token: what the store keeps to enforce single use."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
