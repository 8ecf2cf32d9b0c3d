"""Composition root: builds the worker's parts from a Config. The only place that wires."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock, utcnow
from bot.config import Config
from bot.imap_source import ImapMailSource
from bot.intake import Intake
from bot.mailsender import MailSender, SmtpMailSender
from bot.mailsource import MailSource
from bot.render import EmailRenderer
from bot.store.db import open_store
from classifiers.base import Classifier


def default_classifier() -> Classifier:
    """The explicit-mention layer; the trained spaCy model joins it in the classifier issue."""
    from classifiers.mentions import MentionClassifier

    return MentionClassifier()


@dataclass
class App:
    config: Config
    sessions: sessionmaker[Session]
    renderer: EmailRenderer
    intake: Intake

    def open_source(self) -> MailSource:
        """A fresh logged-in IMAP connection (raises MailSourceError / MailLoginError)."""
        return ImapMailSource(self.config.imap, self.config.imap.password())

    def sender(self) -> MailSender:
        return SmtpMailSender(self.config.smtp, self.config.smtp.password())


def build_app(
    config: Config, classifier: Classifier | None = None, clock: Clock = utcnow
) -> App:
    sessions = open_store(config.store.url)
    renderer = EmailRenderer(config.organisation)
    intake = Intake(config, sessions, classifier or default_classifier(), renderer, clock)
    return App(config=config, sessions=sessions, renderer=renderer, intake=intake)
