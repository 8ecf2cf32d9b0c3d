"""Composition root: builds the worker's parts from a Config. The only place that wires."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock, utcnow
from bot.config import Config
from bot.imap_source import ImapMailSource
from bot.intake import Intake
from bot.mailsender import MailSender, SmtpMailSender
from bot.mailsource import MailSource
from bot.parsing_text import warm_up
from bot.render import EmailRenderer
from bot.store.db import open_store
from bot.timers import TimerReport, run_challenge_timers
from classifiers.base import Classifier

log = logging.getLogger(__name__)


def default_classifier() -> Classifier:
    """The shipped spaCy model with the explicit-mention layer (classifiers/model/).

    Without a trained model (only while developing, before `rightsbot train`) the rule layer
    alone classifies, and says so loudly: it can never say "not a request", so more mail goes
    to triage.
    """
    from classifiers.model import ModelMissingError, SpacyRightsClassifier

    try:
        return SpacyRightsClassifier()
    except ModelMissingError as exc:
        from classifiers.mentions import MentionClassifier

        log.warning("%s; classifying with the explicit-mention rules only", exc)
        return MentionClassifier()


@dataclass
class App:
    config: Config
    sessions: sessionmaker[Session]
    renderer: EmailRenderer
    intake: Intake
    clock: Clock

    def open_source(self) -> MailSource:
        """A fresh logged-in IMAP connection (raises MailSourceError / MailLoginError)."""
        return ImapMailSource(self.config.imap, self.config.imap.password())

    def sender(self) -> MailSender:
        return SmtpMailSender(self.config.smtp, self.config.smtp.password())

    def queue_digest(self, now: datetime | None = None) -> bool:
        """Queue today's staff digest (once a day); False if disabled or already queued."""
        from bot.deadlines import receipt_date
        from bot.digest import build_digest, queue_digest

        org = self.config.organisation
        if not org.staff_address:
            return False
        moment = now or self.clock()
        with self.sessions.begin() as session:
            digest = build_digest(session, receipt_date(moment, org.timezone))
            return queue_digest(session, self.renderer, digest,
                                staff_address=org.staff_address,
                                domain=org.message_id_domain, now=moment)

    def run_timers(self, now: datetime | None = None) -> TimerReport:
        """Challenge reminders and expiries that are due (R48)."""
        return run_challenge_timers(self.sessions, self.config, self.renderer,
                                    self.config.verification.ring(), now or self.clock())


def build_app(
    config: Config, classifier: Classifier | None = None, clock: Clock = utcnow
) -> App:
    sessions = open_store(config.store.url)
    warm_up()  # load the language model at start-up, not inside the first poll
    renderer = EmailRenderer(config.organisation)
    intake = Intake(config, sessions, classifier or default_classifier(), renderer, clock)
    return App(config=config, sessions=sessions, renderer=renderer, intake=intake, clock=clock)
