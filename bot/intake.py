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
from bot.batch_index import DuplicateIndex, ReplyCounter
from bot.cases import Keys, NewCase, open_case, verdict_to_json
from bot.clock import Clock, from_db, to_db, utcnow
from bot.config import Config
from bot.followups import handle_reply
from bot.mailsource import FetchedMessage, MailSource
from bot.model import ClassificationVerdict, ParsedMessage, ParseError, VerdictKind
from bot.parsing import parse_message, peek_sender_and_subject
from bot.receipt import determine_receipt
from bot.render import EmailRenderer
from bot.screening import ScreeningContext, screen
from bot.store.schema import MailboxState, MessageStatus, StoredMessage
from bot.thread_match import match_thread
from classifiers.base import Classifier, classify_all

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
        # Read at start-up so a missing or malformed key stops the worker at once, with the
        # key named, instead of failing the first request it receives.
        self._keys = Keys(suppression=config.suppression.ring(),
                          challenges=config.verification.ring())

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
        """Decide a batch in one transaction; lookups and classification run once per batch."""
        if not rows:
            return
        # no_autoflush: nothing read here depends on rows changed in this batch, and flushing
        # before every query was most of the cost of a large backlog.
        with self._sessions.begin() as session, session.no_autoflush:
            now = self._clock()
            merged = [(session.merge(stored, load=False) if stored not in session else stored,
                       raw) for stored, raw in rows]
            duplicates = DuplicateIndex(session, [row for row, _ in merged])
            parsed = [(row, raw, self._parse(row, raw, duplicates)) for row, raw in merged]
            messages = [p for _, _, p in parsed if isinstance(p, ParsedMessage)]
            duplicates.load_message_ids(m.message_id for m in messages if m.message_id)
            window = timedelta(hours=self._config.schedule.sender_rate_window_hours)
            replies = ReplyCounter(session, (m.from_address for m in messages), now - window)
            to_classify: list[tuple[StoredMessage, ParsedMessage]] = []
            for row, raw, outcome in parsed:
                if isinstance(outcome, ParsedMessage):
                    outcome = self._screen_one(row, outcome, duplicates, replies)
                if isinstance(outcome, ParsedMessage):
                    to_classify.append((row, outcome))
                    continue
                if outcome is MessageStatus.QUARANTINED:
                    row.from_address, row.subject = peek_sender_and_subject(raw)
                    record_event(session, at=now, action="message_quarantined",
                                 message_id=row.id, reason=row.quarantine_reason or "")
                    log.warning("message %s quarantined: %s", row.id, row.quarantine_reason)
                self._finish(row, outcome, now, report)
            verdicts = classify_all(self._classifier, [message for _, message in to_classify])
            for (row, message), verdict in zip(to_classify, verdicts, strict=True):
                self._finish(row, self._act(session, row, message, verdict, now), now, report)

    @staticmethod
    def _finish(row: StoredMessage, status: MessageStatus, now: datetime,
                report: PollReport) -> None:
        row.status = status
        row.processed_at = to_db(now)
        report.count(status)

    @staticmethod
    def _parse(row: StoredMessage, raw: bytes, duplicates: DuplicateIndex) \
            -> MessageStatus | ParsedMessage:
        """Byte-identical copies are not parsed again; unparseable mail is quarantined."""
        earlier = duplicates.same_bytes(row)
        if earlier is not None:
            row.duplicate_of = earlier
            return MessageStatus.DUPLICATE
        try:
            return parse_message(raw)
        except ParseError as exc:
            row.quarantine_reason = str(exc)
            return MessageStatus.QUARANTINED

    def _screen_one(
        self, row: StoredMessage, message: ParsedMessage, duplicates: DuplicateIndex,
        replies: ReplyCounter,
    ) -> MessageStatus | ParsedMessage:
        """Dedupe by Message-ID, then screen; a ParsedMessage means "classify me"."""
        self._remember(row, message)
        earlier = duplicates.same_message_id(row, message.message_id, message.from_address)
        if earlier is not None:
            row.duplicate_of = earlier
            return MessageStatus.DUPLICATE
        verdict = screen(message, self._screening_context(replies.count(message.from_address)))
        if verdict.blocked:
            row.screening_rule, row.screening_reason = verdict.rule, verdict.reason
            return MessageStatus.SCREENED
        replies.add(message.from_address)
        return message

    def _act(
        self, session: Session, row: StoredMessage, message: ParsedMessage,
        classification: ClassificationVerdict, now: datetime,
    ) -> MessageStatus:
        """Record the verdict; a reply joins its case, a confident new request opens one."""
        row.classification = verdict_to_json(classification)
        match = match_thread(session, message, self._config.organisation.message_id_domain)
        if match is not None and match.sender_matches:
            handle_reply(session, self._config, self._keys.challenges, self._renderer, match,
                         row, message, classification, now)
            return MessageStatus.FOLLOWUP
        if match is not None:
            # R41: only the requester's own address counts; this is new mail, and the case
            # records that someone else wrote into its thread.
            record_event(session, at=now, action="reply_from_other_address", case=match.case,
                         message_id=row.id, reason="handled as new mail, not as the requester")
        if not self._is_confident_request(classification):
            if classification.kind is VerdictKind.NOT_REQUEST:
                return MessageStatus.NOT_REQUEST
            return MessageStatus.TRIAGE
        internaldate = from_db(row.internaldate) if row.internaldate else None
        receipt = determine_receipt(message, internaldate, from_db(row.fetched_at))
        case = open_case(session, self._config, self._renderer,
                         NewCase(row, message, classification, receipt), now, self._keys)
        row.case = case
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
        row.attachments = [{"filename": a.filename, "content_type": a.content_type,
                            "size": a.size} for a in message.attachments]

    def _screening_context(self, replies_to_sender: int) -> ScreeningContext:
        return ScreeningContext(
            own_addresses=self._own_addresses,
            own_message_id_domain=self._config.organisation.message_id_domain,
            auto_replies_to_sender_in_window=replies_to_sender,
            max_auto_replies_per_sender=self._config.schedule.sender_rate_limit,
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
