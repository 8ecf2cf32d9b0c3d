"""Intake: mailbox -> stored raw bytes -> parse -> screen -> classify -> case + outbox -> move.

Order of effects per batch (the crash-safety argument, DESIGN.md invariant):
1. fetch by UID (BODY.PEEK, never \\Seen) and commit the raw bytes with the new last UID;
2. decide each stored message and commit the outcome (case, audit, outbox rows) in one
   transaction;
3. only then move the messages on the server, and record that the move happened.
A crash before (1) commits re-fetches the same UIDs; between (1) and (2) the stored rows are
still ``fetched`` and are decided on the next run; between (2) and (3) the owed moves are
redone (moving a UID that already moved is a no-op). Nothing is lost and nothing is decided
twice.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.audit import record_event
from bot.cases import NewCase, open_case, verdict_to_json
from bot.clock import Clock, from_db, to_db, utcnow
from bot.config import Config
from bot.mailsource import FetchedMessage, MailSource
from bot.model import ClassificationVerdict, ParsedMessage, ParseError, VerdictKind
from bot.outbox import automatic_replies_since
from bot.parsing import parse_message, peek_sender_and_subject
from bot.receipt import determine_receipt
from bot.render import EmailRenderer
from bot.screening import ScreeningContext, screen
from bot.store.schema import MailboxState, MessageStatus, StoredMessage
from classifiers.base import Classifier

log = logging.getLogger(__name__)


@dataclass
class PollReport:
    """Counts for one poll; ``backlog`` is True when the per-run cap left mail for later."""

    fetched: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    moved: int = 0
    backlog: bool = False

    def count(self, status: str) -> None:
        self.outcomes[status] = self.outcomes.get(status, 0) + 1

    def summary(self) -> str:
        parts = [f"fetched {self.fetched}"]
        parts += [f"{name} {n}" for name, n in sorted(self.outcomes.items())]
        parts.append(f"moved {self.moved}")
        if self.backlog:
            parts.append("more waiting")
        return ", ".join(parts)


def _chunks(items: Sequence[int], size: int) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Intake:
    """Runs polls against a MailSource; holds no connection of its own."""

    def __init__(
        self,
        config: Config,
        sessions: sessionmaker[Session],
        classifier: Classifier,
        renderer: EmailRenderer,
        clock: Clock = utcnow,
    ) -> None:
        self._config = config
        self._sessions = sessions
        self._classifier = classifier
        self._renderer = renderer
        self._clock = clock
        self._own_addresses = frozenset({config.organisation.privacy_address})

    # -- the poll ---------------------------------------------------------------------------

    def poll(self, source: MailSource) -> PollReport:
        """Handle everything new in the configured folder, up to the per-run cap."""
        imap, schedule = self._config.imap, self._config.schedule
        report = PollReport()
        status = source.select(imap.folder)
        last_uid = self._mailbox_position(imap.folder, status.uidvalidity)
        # Finish what a previous run left half-done before taking new mail.
        self._decide_pending(report)
        self._move_owed(source, status.uidvalidity, report)
        uids = source.uids_after(last_uid)
        if len(uids) > schedule.max_messages_per_run:
            uids, report.backlog = uids[: schedule.max_messages_per_run], True
        for chunk in _chunks(uids, schedule.batch_size):
            fetched = list(source.fetch(chunk))
            stored = self._store_raw(fetched, imap.folder, status.uidvalidity, chunk[-1])
            report.fetched += len(stored)
            self._decide(stored, report)
            self._move_owed(source, status.uidvalidity, report)
        return report

    def _mailbox_position(self, folder: str, uidvalidity: int) -> int:
        """Last UID seen for this UIDVALIDITY; a new UIDVALIDITY starts again from 0."""
        with self._sessions.begin() as session:
            state = session.get(MailboxState, folder)
            now = to_db(self._clock())
            if state is None:
                session.add(MailboxState(folder=folder, uidvalidity=uidvalidity, last_uid=0,
                                         updated_at=now))
                return 0
            if state.uidvalidity != uidvalidity:
                # The server renumbered the folder. Everything is fetched again; dedupe by
                # Message-ID or hash makes the old messages duplicates, not new cases.
                log.warning("folder %s: UIDVALIDITY changed %s -> %s; rescanning with dedupe",
                            folder, state.uidvalidity, uidvalidity)
                record_event(session, at=self._clock(), action="uidvalidity_changed",
                             data={"folder": folder, "old": state.uidvalidity,
                                   "new": uidvalidity})
                state.uidvalidity, state.last_uid, state.updated_at = uidvalidity, 0, now
            return state.last_uid

    # -- step 1: raw bytes first ------------------------------------------------------------

    def _store_raw(
        self, fetched: Sequence[FetchedMessage], folder: str, uidvalidity: int, last_uid: int
    ) -> list[tuple[StoredMessage, bytes]]:
        now = to_db(self._clock())
        rows: list[tuple[StoredMessage, bytes]] = []
        with self._sessions.begin() as session:
            known = set(session.scalars(
                select(StoredMessage.uid).where(
                    StoredMessage.folder == folder,
                    StoredMessage.uidvalidity == uidvalidity,
                    StoredMessage.uid.in_([m.uid for m in fetched]),
                )
            ))
            for message in fetched:
                if message.uid in known:
                    continue  # stored by a run that died before advancing last_uid
                row = StoredMessage(
                    raw=message.raw,
                    sha256=hashlib.sha256(message.raw).hexdigest(),
                    folder=folder,
                    uidvalidity=uidvalidity,
                    uid=message.uid,
                    internaldate=to_db(message.internaldate) if message.internaldate else None,
                    fetched_at=now,
                    status=MessageStatus.FETCHED,
                    move_pending=True,
                )
                session.add(row)
                rows.append((row, message.raw))
            state = session.get(MailboxState, folder)
            if state is not None and state.uidvalidity == uidvalidity:
                state.last_uid = max(state.last_uid, last_uid)
                state.updated_at = now
        return rows

    # -- step 2: decide ---------------------------------------------------------------------

    def _decide_pending(self, report: PollReport) -> None:
        with self._sessions() as session:
            pending = session.scalars(
                select(StoredMessage).where(StoredMessage.status == MessageStatus.FETCHED)
                .order_by(StoredMessage.id)
            ).all()
        if pending:
            log.info("resuming %d stored but undecided messages", len(pending))
            self._decide([(row, row.raw) for row in pending], report)

    def _decide(self, rows: Sequence[tuple[StoredMessage, bytes]], report: PollReport) -> None:
        if not rows:
            return
        with self._sessions.begin() as session:
            now = self._clock()
            for stored, raw in rows:
                row = session.merge(stored, load=False) if stored not in session else stored
                status = self._decide_one(session, row, raw, now)
                row.status = status
                row.processed_at = to_db(now)
                report.count(status)

    def _decide_one(
        self, session: Session, row: StoredMessage, raw: bytes, now: datetime
    ) -> MessageStatus:
        duplicate = self._duplicate_of(session, row, message_id=None, sender=None)
        if duplicate is not None:
            row.duplicate_of = duplicate
            return MessageStatus.DUPLICATE
        try:
            message = parse_message(raw)
        except ParseError as exc:
            row.quarantine_reason = str(exc)
            row.from_address, row.subject = peek_sender_and_subject(raw)
            record_event(session, at=now, action="message_quarantined", message_id=row.id,
                         reason=str(exc))
            log.warning("message %s quarantined: %s", row.id, exc)
            return MessageStatus.QUARANTINED
        self._remember(row, message)
        duplicate = self._duplicate_of(session, row, message.message_id, message.from_address)
        if duplicate is not None:
            row.duplicate_of = duplicate
            return MessageStatus.DUPLICATE
        verdict = screen(message, self._screening_context(session, message, now))
        if verdict.blocked:
            row.screening_rule, row.screening_reason = verdict.rule, verdict.reason
            return MessageStatus.SCREENED
        classification = self._classifier.classify(message)
        row.classification = verdict_to_json(classification)
        if not self._is_confident_request(classification):
            if classification.kind is VerdictKind.NOT_REQUEST:
                return MessageStatus.NOT_REQUEST
            return MessageStatus.TRIAGE
        internaldate = from_db(row.internaldate) if row.internaldate else None
        receipt = determine_receipt(message, internaldate, from_db(row.fetched_at))
        case = open_case(session, self._config, self._renderer,
                         NewCase(row, message, classification, receipt), now)
        row.case_id = case.id
        log.info("message %s opened case %s (%s)", row.id, case.ref, ",".join(case.rights))
        return MessageStatus.CASE_OPENED

    def _is_confident_request(self, verdict: ClassificationVerdict) -> bool:
        return (
            verdict.kind is VerdictKind.REQUEST
            and bool(verdict.rights)
            and verdict.confidence >= self._config.classifier.min_confidence
        )

    @staticmethod
    def _remember(row: StoredMessage, message: ParsedMessage) -> None:
        row.message_id = message.message_id
        row.from_address = message.from_address
        row.subject = message.subject
        row.language = message.language
        row.body_text = message.new_text

    @staticmethod
    def _duplicate_of(
        session: Session, row: StoredMessage, message_id: str | None, sender: str | None
    ) -> int | None:
        """An earlier stored copy: same Message-ID from the same sender, else same bytes."""
        if message_id is not None:
            query = select(StoredMessage.id).where(
                StoredMessage.message_id == message_id,
                StoredMessage.from_address == sender,
                StoredMessage.id != row.id,
                StoredMessage.status != MessageStatus.FETCHED,
            )
        else:
            query = select(StoredMessage.id).where(
                StoredMessage.sha256 == row.sha256,
                StoredMessage.id < row.id,
            )
        return session.scalars(query.order_by(StoredMessage.id).limit(1)).first()

    def _screening_context(
        self, session: Session, message: ParsedMessage, now: datetime
    ) -> ScreeningContext:
        schedule = self._config.schedule
        window = timedelta(hours=schedule.sender_rate_window_hours)
        return ScreeningContext(
            own_addresses=self._own_addresses,
            own_message_id_domain=self._config.organisation.message_id_domain,
            auto_replies_to_sender_in_window=automatic_replies_since(
                session, message.from_address, now - window),
            max_auto_replies_per_sender=schedule.sender_rate_limit,
        )

    # -- step 3: server-side moves ----------------------------------------------------------

    def _move_owed(self, source: MailSource, uidvalidity: int, report: PollReport) -> None:
        imap = self._config.imap
        with self._sessions() as session:
            owed = session.execute(
                select(StoredMessage.id, StoredMessage.uid, StoredMessage.uidvalidity,
                       StoredMessage.status)
                .where(StoredMessage.move_pending.is_(True),
                       StoredMessage.status != MessageStatus.FETCHED,
                       StoredMessage.folder == imap.folder)
            ).all()
        if not owed:
            return
        by_folder: dict[str, list[int]] = {}
        for _, uid, validity, status in owed:
            if validity != uidvalidity:
                continue  # stale numbering: the rescan finds these again as duplicates
            target = (imap.quarantine_folder if status == MessageStatus.QUARANTINED
                      else imap.processed_folder)
            by_folder.setdefault(target, []).append(uid)
        for target, uids in by_folder.items():
            source.move(uids, target)
            report.moved += len(uids)
        with self._sessions.begin() as session:
            ids = [row_id for row_id, *_ in owed]
            for start in range(0, len(ids), 500):
                session.query(StoredMessage).filter(
                    StoredMessage.id.in_(ids[start:start + 500])
                ).update({StoredMessage.move_pending: False}, synchronize_session=False)
