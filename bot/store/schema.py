"""Database tables (SQLAlchemy 2 ORM). Alembic migrations in ``bot/migrations`` create them.

Times are stored as naive UTC (SQLite has no time zone type); the store layer converts at the
border so the rest of the program only sees aware datetimes.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class MessageStatus(StrEnum):
    """Where a stored message is in the pipeline; ``FETCHED`` is the only unfinished state."""

    FETCHED = "fetched"          # raw bytes committed, not yet processed
    QUARANTINED = "quarantined"  # could not be parsed; reason recorded
    SCREENED = "screened"        # automated mail (bounce, auto-reply, list, loop, rate limit)
    TRIAGE = "triage"            # human mail that is not clearly a request: staff decide
    NOT_REQUEST = "not_request"  # the classifier is confident this is no rights request
    FOLLOWUP = "followup"        # a reply in an existing case's thread (incl. verification)
    CASE_OPENED = "case_opened"  # opened a new case
    DUPLICATE = "duplicate"      # same Message-ID (or bytes) as a message already stored


class CaseState(StrEnum):
    """Case states (DESIGN.md lifecycle); this stage uses the first two."""

    RECEIVED = "received"
    AWAITING_VERIFICATION = "awaiting_verification"
    VERIFIED = "verified"
    AWAITING_APPROVAL = "awaiting_approval"
    RESPONDED = "responded"
    CLOSED = "closed"
    EXPIRED = "expired"
    EXTENDED = "extended"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    FORWARDED = "forwarded"
    TRIAGE = "triage"


class OutboxStatus(StrEnum):
    PENDING = "pending"  # waiting for its first or next attempt
    SENT = "sent"        # the relay accepted it (2xx); sent_at is the R11 evidence
    FAILED = "failed"    # permanent failure or retries exhausted: staff must look


class MailboxState(Base):
    """The last UID processed per folder and UIDVALIDITY (RFC 3501 2.3.1.1)."""

    __tablename__ = "mailbox_state"

    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class StoredMessage(Base):
    """Every message fetched, raw bytes first; nothing fetched is ever dropped."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)
    internaldate: Mapped[datetime | None] = mapped_column(DateTime)
    fetched_at: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), index=True)
    # Server-side move still owed (to processed or quarantine folder) after the outcome commit.
    move_pending: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    quarantine_reason: Mapped[str | None] = mapped_column(Text)
    screening_rule: Mapped[str | None] = mapped_column(String(40))
    screening_reason: Mapped[str | None] = mapped_column(Text)
    from_address: Mapped[str | None] = mapped_column(String(320), index=True)
    subject: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    body_text: Mapped[str | None] = mapped_column(Text)
    # Attachments as listed by the parser (name, type, size); never opened or rendered.
    attachments: Mapped[list[Any] | None] = mapped_column(JSON)
    classification: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # No foreign key: cases already reference their source message, and a cycle of foreign keys
    # cannot be created in SQLite without table rebuilds.
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    processed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Lets the intake link a message to the case it opens without a flush per case; the
    # link is written by a separate UPDATE after the case row exists (post_update).
    case: Mapped[Case | None] = relationship(
        "Case", primaryjoin="foreign(StoredMessage.case_id) == Case.id", post_update=True,
        viewonly=False,
    )

    __table_args__ = (UniqueConstraint("folder", "uidvalidity", "uid", name="uq_message_uid"),)


class CaseCounter(Base):
    """Per-year sequence for case references DSR-YYYY-NNNN."""

    __tablename__ = "case_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)
    state: Mapped[str] = mapped_column(String(30), index=True)
    requester_address: Mapped[str] = mapped_column(String(320), index=True)
    requester_name: Mapped[str] = mapped_column(String(320))
    language: Mapped[str | None] = mapped_column(String(8))
    rights: Mapped[list[Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    receipt_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    extended_due_date: Mapped[date] = mapped_column(Date)
    holiday_profile: Mapped[str] = mapped_column(String(20))
    holiday_snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    pause_model: Mapped[str] = mapped_column(String(20))
    extension_method: Mapped[str] = mapped_column(String(20))
    flags: Mapped[list[Any]] = mapped_column(JSON)
    classification: Mapped[dict[str, Any]] = mapped_column(JSON)
    source_message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # R25-R27: one extension, decided by staff within the first month, with reasons.
    extended_to: Mapped[date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(Text)

    @property
    def effective_due(self) -> date:
        """The governing deadline: the extended date when an extension was recorded."""
        return self.extended_to or self.due_date


class CaseRight(Base):
    """One right item of a case; each has its own receipt instant (R2, R16)."""

    __tablename__ = "case_rights"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    case: Mapped[Case] = relationship()
    right: Mapped[str] = mapped_column(String(30))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))


class AuditEvent(Base):
    """Append-only trail (R85): the migration installs triggers refusing UPDATE and DELETE."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    case: Mapped[Case | None] = relationship()
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    from_state: Mapped[str | None] = mapped_column(String(30))
    to_state: Mapped[str | None] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class OutboxRow(Base):
    """A message to send, written in the same transaction as the case change that causes it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    case: Mapped[Case | None] = relationship()
    kind: Mapped[str] = mapped_column(String(40))
    template: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(8))
    to_address: Mapped[str] = mapped_column(String(320), index=True)
    # Fixed when the row is written, so a retry after a crash reuses the same Message-ID.
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[list[Any]] = mapped_column(JSON)
    context: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)


class ClassifierCorrection(Base):
    """A staff correction of a classification, kept as a labelled training example.

    The text is copied here (not referenced) so that retention of the raw message (R88) does
    not silently remove training data; `rightsbot train --with-corrections` reads this table.
    """

    __tablename__ = "classifier_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    subject: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    is_request: Mapped[bool] = mapped_column(Boolean)
    rights: Mapped[list[Any]] = mapped_column(JSON)
    previous: Mapped[dict[str, Any]] = mapped_column(JSON)
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime)


class SuppressionEntry(Base):
    """One suppressed address as a keyed hash; no name, company or plaintext address (R80)."""

    __tablename__ = "suppression_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address_hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(30))
    created_on: Mapped[date] = mapped_column(Date)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    case: Mapped[Case | None] = relationship()
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("key_id", "address_hash", name="uq_suppression_hash"),)


class ChallengeStatus(StrEnum):
    PENDING = "pending"
    VERIFIED = "verified"
    EXPIRED = "expired"


class Challenge(Base):
    """An identity challenge sent with the acknowledgement (R38); single use.

    The token is kept only while the challenge is pending (a reply code is checked against it)
    and erased on use or expiry (R88); the fingerprint stays so a reused token is recognised.
    """

    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    case: Mapped[Case] = relationship()
    token: Mapped[str | None] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date)
    reminder_sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)


class Draft(Base):
    """A version of the final answer; staff edit (new version) and approve one exact version."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    case: Mapped[Case] = relationship()
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    body_sha256: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)


class PauseRecord(Base):
    """A staff-recorded pause of the clock (R31-R35): identity doubt or clarification."""

    __tablename__ = "pauses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    case: Mapped[Case] = relationship()
    kind: Mapped[str] = mapped_column(String(20))
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class WebUser(Base):
    """A staff member who may log in to the web dashboard; the name is the audit actor."""

    __tablename__ = "web_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    # argon2id in PHC string form ($argon2id$v=19$...); never the password itself.
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class WebSession(Base):
    """A logged-in browser. The id is the SHA-256 of the cookie value, so a copy of the
    database does not hand out live sessions."""

    __tablename__ = "web_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("web_users.id"), index=True)
    user: Mapped[WebUser] = relationship()
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime)
    # One message shown on the next page after a POST (then cleared).
    flash_kind: Mapped[str | None] = mapped_column(String(10))
    flash_text: Mapped[str | None] = mapped_column(Text)
