"""The marketing suppression list (gdpr-rules.md R71, R75, R80-R84).

An objection to direct marketing or a withdrawal of consent takes effect on receipt, before
verification: in the same transaction that opens the case, the sender's address goes on this
list. The list never holds the address itself, only ``HMAC-SHA256(key, normalised address)``
with the key's id (R80, R84): the key lives outside the database, and rotation keeps old keys
for lookups because entries cannot be re-hashed without the plaintext.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.audit import record_event
from bot.clock import to_db
from bot.store.schema import Case, SuppressionEntry
from bot.tokens import KeyRing, SigningKey, normalise_address


class SuppressionReason(StrEnum):
    OBJECTION_MARKETING = "objection_marketing"
    ERASURE = "erasure"
    WITHDRAW_CONSENT = "withdraw_consent"
    PROVISIONAL = "provisional"  # an address named by someone else (R44)


def address_hash(key: SigningKey, address: str) -> str:
    """The keyed hash stored for ``address`` (R80, R81 normalisation)."""
    normalised = normalise_address(address).encode("utf-8")
    return hmac.new(key.secret, normalised, hashlib.sha256).hexdigest()


def _variants(address: str) -> list[str]:
    """The address, plus its base form when it carries a +tag (R81: a second entry)."""
    local, _, domain = address.strip().rpartition("@")
    base = local.split("+", 1)[0]
    return [address] if base == local else [address, f"{base}@{domain}"]


def is_suppressed(session: Session, ring: KeyRing, address: str) -> bool:
    """True if ``address`` is on the list under any key still in the ring (R84).

    Entries added earlier in the same transaction count too: the intake decides a whole batch
    without flushing, and one batch may hold two objections from the same sender.
    """
    candidates = [(key.key_id, address_hash(key, address)) for key in ring.keys]
    pending = {(entry.key_id, entry.address_hash) for entry in session.new
               if isinstance(entry, SuppressionEntry)}
    if pending.intersection(candidates):
        return True
    for key_id, digest in candidates:
        found = session.scalar(select(SuppressionEntry.id).where(
            SuppressionEntry.key_id == key_id, SuppressionEntry.address_hash == digest))
        if found is not None:
            return True
    return False


def suppress(
    session: Session,
    ring: KeyRing,
    *,
    address: str,
    reason: SuppressionReason,
    case: Case | None,
    now: datetime,
) -> int:
    """Put ``address`` (and its +tag base form) on the list; returns how many entries were new.

    Idempotent: an address already listed under any key is not added again.
    """
    added = 0
    key = ring.current_key()
    for variant in _variants(address):
        if is_suppressed(session, ring, variant):
            continue
        session.add(SuppressionEntry(
            address_hash=address_hash(key, variant), key_id=key.key_id, reason=reason.value,
            created_on=now.date(), case=case, created_at=to_db(now)))
        added += 1
    if added:
        # The trail names the case and the reason, never the address (R90).
        record_event(session, at=now, action="suppressed", case=case, reason=reason.value,
                     data={"entries": added, "key_id": key.key_id})
    return added


@dataclass(frozen=True)
class ExportedEntry:
    """One row of the export for the organisation's CRM: hashes only (R80)."""

    address_hash: str
    key_id: str
    reason: str
    created_on: str


def export_entries(session: Session) -> list[ExportedEntry]:
    rows: Iterable[SuppressionEntry] = session.scalars(
        select(SuppressionEntry).order_by(SuppressionEntry.id))
    return [ExportedEntry(row.address_hash, row.key_id, row.reason, row.created_on.isoformat())
            for row in rows]
