"""The values and the protocol every screening rule shares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from bot.model import ParsedMessage, ScreeningVerdict

# Header values are written by whoever sent the mail; staff read them in the dashboard and in
# logs, so a reason shows a bounded, single-line excerpt and never the raw value.
_REASON_VALUE_LIMIT = 120
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ScreeningContext:
    """What the rules need to know beyond the message itself.

    ``auto_replies_to_sender_in_window`` is counted by the caller in the store, so the rules
    stay pure functions of their inputs.
    """

    own_addresses: frozenset[str]
    own_message_id_domain: str
    auto_replies_to_sender_in_window: int
    max_auto_replies_per_sender: int


class ScreeningRule(Protocol):
    """One screening rule: ``check`` returns a blocking verdict, or None if it does not apply."""

    name: str

    def check(
        self, message: ParsedMessage, context: ScreeningContext
    ) -> ScreeningVerdict | None: ...


def blocked(rule: str, reason: str) -> ScreeningVerdict:
    """A blocking verdict for ``rule`` with a reason staff can read."""
    return ScreeningVerdict(blocked=True, rule=rule, reason=reason)


def shown(value: str) -> str:
    """A header value made safe to quote in a reason: one line, bounded length."""
    flat = _WHITESPACE.sub(" ", value).strip()
    if not flat:
        return "(empty)"
    if len(flat) > _REASON_VALUE_LIMIT:
        return flat[: _REASON_VALUE_LIMIT - 1] + "…"
    return flat


def display_name(header: str) -> str:
    """``x-auto-response-suppress`` -> ``X-Auto-Response-Suppress`` (headers are stored lower)."""
    return "-".join(part[:1].upper() + part[1:] for part in header.split("-"))


def header_values(message: ParsedMessage, name: str) -> tuple[str, ...]:
    """Every value of a header, in order; empty if the header is absent."""
    return tuple(message.headers.get(name.lower(), ()))



def first_present(rule: str, message: ParsedMessage, headers: Iterable[str]) \
        -> ScreeningVerdict | None:
    """Block under ``rule`` naming the first of ``headers`` the message carries, if any."""
    for header in headers:
        if message.has_header(header):
            return blocked(rule, f"{header}: {shown(message.header(header) or '')}")
    return None
