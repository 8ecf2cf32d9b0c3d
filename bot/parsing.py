"""Raw RFC 5322 bytes to a ``ParsedMessage``.

The stdlib ``email`` package (``policy.default``) does structure and RFC 2047/2231 decoding;
``bot.parsing_text`` does charsets, HTML, quote stripping and language. Anything that cannot be
parsed becomes a ``ParseError`` whose reason staff read in quarantine.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address, BaseHeader, HeaderRegistry
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from bot.model import Attachment, ParsedMessage, ParseError
from bot.parsing_text import (
    decode_bytes,
    detect_language,
    fix_surrogates,
    html_to_text,
    join_texts,
    strip_quoted_text,
    without_quoted_lines,
)

#: Deeper MIME nesting than this is treated as hostile (or broken) and quarantined.
MAX_DEPTH = 20



class _CachingHeaderRegistry(HeaderRegistry):
    """policy.default's header factory, memoised on (name, value).

    policy.default re-parses a header on every access, and the parser itself reads each
    Content-Type several times; parsing headers was ~75% of our time. Header objects are
    immutable, so sharing them between accesses and messages is safe.
    """

    # Structural headers (Content-Type, MIME-Version, ...) repeat; Message-ID or Received never
    # do. A small bound keeps the useful entries without growing to tens of megabytes.
    _MAX_ENTRIES = 512

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[tuple[str, str], BaseHeader] = {}
        self._lock = threading.Lock()

    def __call__(self, name: str, value: str) -> BaseHeader:
        key = (name, value)
        header = self._cache.get(key)
        if header is None:
            header = super().__call__(name, value)
            with self._lock:
                if len(self._cache) >= self._MAX_ENTRIES:
                    self._cache.clear()  # crude bound; headers repeat within a message anyway
                self._cache[key] = header
        return header


_POLICY = policy.default.clone(header_factory=_CachingHeaderRegistry())
# One parser for the process: BytesParser keeps no state between parsebytes() calls.
_PARSER = BytesParser(policy=_POLICY)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_BODY_TYPES = frozenset({"text/plain", "text/html"})


@dataclass
class _Walk:
    """Accumulates body fragments and attachments while walking the MIME tree."""

    texts: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one raw message.

    Raises ``ParseError`` (never anything else) for empty input, input without a header block
    or a usable From address, MIME nesting deeper than ``MAX_DEPTH``, or any failure while
    decoding, so that the caller can quarantine the message.
    """
    if not raw or not raw.strip():
        raise ParseError("empty message")
    try:
        msg = _PARSER.parsebytes(raw)
        return _build(msg)
    except ParseError:
        raise
    except RecursionError as exc:
        raise ParseError(f"MIME structure nested too deeply to parse (> {MAX_DEPTH})") from exc
    except Exception as exc:  # every other failure means "cannot parse": quarantine it
        raise ParseError(f"could not decode message ({type(exc).__name__}: {exc})") from exc


def _build(msg: EmailMessage) -> ParsedMessage:
    headers = _decoded_headers(msg)
    if not headers:
        raise ParseError("not an email: no header block found")
    if "from" not in headers:
        raise ParseError("no From header")
    from_address, from_name = _sender(msg)

    walk = _Walk()
    _collect(msg, 0, walk)
    body_text = join_texts(walk.texts)
    # A header folded right after "Subject:" leaves a leading space once unfolded.
    subject = headers.get("subject", ("",))[0].strip()

    # Signature words depend on the writer's language, which is only known roughly before
    # stripping; the final language is detected on what remains.
    unquoted = without_quoted_lines(body_text)
    hint = detect_language(unquoted, subject)
    new_text = strip_quoted_text(body_text, hint)
    # Stripping a signature or a short quote does not change the writer's language, so the
    # hint stands; only when most of the text was someone else's (a forwarded or "On ...
    # wrote:" block) is the language detected again on what the sender wrote.
    language = (hint if hint is not None and len(new_text) >= 0.6 * len(unquoted)
                else detect_language(new_text, f"{subject}\n{body_text}"))

    return ParsedMessage(
        message_id=_first_id(headers.get("message-id")),
        subject=subject,
        from_address=from_address,
        from_name=from_name,
        to_addresses=_addresses(msg, "to"),
        date_header=_date(headers.get("date")),
        in_reply_to=_first_id(headers.get("in-reply-to")),
        references=_ids(headers.get("references")),
        content_type=msg.get_content_type().lower(),
        headers=headers,
        body_text=body_text,
        new_text=new_text,
        language=language,
        attachments=tuple(walk.attachments),
    )


# --- headers --------------------------------------------------------------------------------


def _decoded_headers(msg: Message) -> dict[str, tuple[str, ...]]:
    result: dict[str, list[str]] = {}
    for name, raw in msg.raw_items():
        if raw.isascii() and "=?" not in raw:
            # Nothing to decode: skip the header registry, which costs ~50-100 µs a header.
            value = _FOLD.sub("", raw)
        else:
            # str() of a policy.default header object is its RFC 2047-decoded form.
            value = fix_surrogates(str(_POLICY.header_fetch_parse(name, raw)))
        result.setdefault(name.lower(), []).append(value.strip())
    return {name: tuple(values) for name, values in result.items()}


def _valid(address: Address) -> bool:
    return bool(address.username and address.domain and " " not in address.addr_spec)


def _sender(msg: EmailMessage) -> tuple[str, str]:
    header = msg["from"]
    for address in getattr(header, "addresses", ()):
        if _valid(address):
            return address.addr_spec.lower(), fix_surrogates(address.display_name).strip()
    raise ParseError(f"From header has no valid address: {fix_surrogates(str(header))[:200]!r}")


def _addresses(msg: EmailMessage, name: str) -> tuple[str, ...]:
    found: list[str] = []
    for header in msg.get_all(name) or ():
        for address in getattr(header, "addresses", ()):
            if _valid(address):
                found.append(address.addr_spec.lower())
    return tuple(found)


def _ids(values: tuple[str, ...] | None) -> tuple[str, ...]:
    """Message-IDs without angle brackets; tolerates ids written without brackets."""
    ids: list[str] = []
    for value in values or ():
        if "<" in value:
            for chunk in value.split("<")[1:]:
                ident = chunk.split(">", 1)[0].strip()
                if ident:
                    ids.append(ident)
        else:
            ids.extend(token for token in value.split() if token)
    return tuple(ids)


def _first_id(values: tuple[str, ...] | None) -> str | None:
    ids = _ids(values)
    return ids[0] if ids else None


def _date(values: tuple[str, ...] | None) -> datetime | None:
    """An aware datetime, or None: a bad Date header is common and never fatal."""
    if not values:
        return None
    try:
        parsed = parsedate_to_datetime(values[0])
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # "-0000" means "UTC, origin zone unknown"; email.utils returns it naive.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


# --- body and attachments -------------------------------------------------------------------


def _collect(part: Message, depth: int, walk: _Walk, *, text: bool = True) -> None:
    """Add the body text and attachments of ``part`` to ``walk``, depth-first in order.

    With ``text=False`` only attachments are gathered (an alternative that was not chosen).
    """
    if depth > MAX_DEPTH:
        raise ParseError(f"MIME structure nested more than {MAX_DEPTH} levels deep")
    ctype = part.get_content_type()
    if part.is_multipart() and ctype == "multipart/alternative":
        _collect_alternative(part, depth, walk, text=text)
    elif part.is_multipart() and ctype == "multipart/report":
        # A bounce: the human-readable explanation is the body; the machine-readable status
        # and the returned original are listed, not read as the sender's words.
        for index, child in enumerate(_children(part)):
            if index == 0:
                _collect(child, depth + 1, walk, text=text)
            else:
                walk.attachments.append(_attachment(child))
    elif ctype.startswith("message/") and part.is_multipart():
        # A forwarded message: its text belongs to the body, its parts are walked as usual.
        for inner in _children(part):
            if text:
                walk.texts.append(_forward_banner(inner))
            _collect(inner, depth + 1, walk, text=text)
    elif part.is_multipart():
        for child in _children(part):
            _collect(child, depth + 1, walk, text=text)
    elif ctype in _BODY_TYPES and part.get_content_disposition() != "attachment":
        if text:
            decoded = decode_bytes(_payload(part), part.get_content_charset())
            walk.texts.append(html_to_text(decoded) if ctype == "text/html" else decoded)
    else:
        walk.attachments.append(_attachment(part))


def _collect_alternative(part: Message, depth: int, walk: _Walk, *, text: bool) -> None:
    """Read the first alternative that has a text/plain body, else the last one.

    The others are walked only for attachments (e.g. inline images of the HTML version),
    so an HTML copy is not converted just to be thrown away.
    """
    children = _children(part)
    chosen = next((c for c in children if _has_plain_body(c)), children[-1] if children else None)
    for child in children:
        _collect(child, depth + 1, walk, text=text and child is chosen)


def _has_plain_body(part: Message) -> bool:
    return any(
        sub.get_content_type() == "text/plain" and sub.get_content_disposition() != "attachment"
        for sub in part.walk()
    )


def _children(part: Message) -> list[Message]:
    payload = part.get_payload()
    return [child for child in payload if isinstance(child, Message)] if isinstance(
        payload, list
    ) else []


def _payload(part: Message) -> bytes:
    """Transfer-decoded bytes (quoted-printable, base64); broken encodings decode leniently."""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _forward_banner(inner: Message) -> str:
    lines = ["---------- Forwarded message ----------"]
    for name in ("From", "Date", "Subject", "To"):
        value = inner.get(name)
        if value is not None:
            lines.append(f"{name}: {fix_surrogates(str(value)).strip()}")
    return "\n".join(lines)


def _attachment(part: Message) -> Attachment:
    filename = part.get_filename()
    if part.is_multipart():
        # A message/rfc822 or nested multipart listed whole: size of its serialised form.
        try:
            size = len(part.as_bytes())
        except Exception:  # size is informational; a broken sub-message must not fail intake
            size = 0
    else:
        size = len(_payload(part))
    return Attachment(
        filename=fix_surrogates(filename).strip() if filename else None,
        content_type=part.get_content_type().lower(),
        size=size,
    )


def peek_sender_and_subject(raw: bytes) -> tuple[str | None, str | None]:
    """Best-effort From address and Subject of mail that failed to parse, for staff lists.

    Uses the lenient compat32 header parser and never raises: quarantined mail should still
    show who sent it and what it was about, where the headers allow.
    """
    from email import message_from_bytes
    from email import policy as email_policy
    from email.header import decode_header, make_header
    from email.utils import parseaddr

    try:
        headers = message_from_bytes(raw[:65536], policy=email_policy.compat32)
        sender = parseaddr(str(headers.get("From", "")))[1].strip().lower() or None
        subject_raw = headers.get("Subject")
        subject = str(make_header(decode_header(str(subject_raw)))) if subject_raw else None
    except Exception:  # a peek must never take the worker down
        return None, None
    return (sender if sender and "@" in sender else None), subject
