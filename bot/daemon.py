"""The unattended worker: APScheduler jobs for polling and the outbox, optional IMAP IDLE.

When the mail server is down or refuses the login, the poll job logs one clear line, backs off
exponentially (schedule.reconnect_*), and carries on by itself when the server returns.
SIGTERM/SIGINT stop the scheduler after the running job finishes its current transaction.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from datetime import datetime, timedelta
from types import FrameType

from apscheduler.schedulers.blocking import BlockingScheduler

from bot.app import App
from bot.clock import utcnow
from bot.mailsource import MailLoginError, MailSource, MailSourceError
from bot.model import ConfigError
from bot.outbox import flush_outbox

log = logging.getLogger(__name__)
_IDLE_WAIT_SECONDS = 25.0  # re-issue IDLE well inside the 29-minute limit of RFC 2177


class Backoff:
    """Exponential delay between failed attempts, reset by a success."""

    def __init__(self, initial: float, maximum: float) -> None:
        self._initial, self._maximum = initial, maximum
        self.failures = 0

    def next_delay(self) -> float:
        self.failures += 1
        return float(min(self._initial * 2.0 ** (self.failures - 1), self._maximum))

    def reset(self) -> None:
        self.failures = 0


class Daemon:
    def __init__(self, app: App) -> None:
        self._app = app
        schedule = app.config.schedule
        self._scheduler = BlockingScheduler(timezone="UTC")
        self._backoff = Backoff(schedule.reconnect_initial_seconds,
                                schedule.reconnect_max_seconds)
        self._source: MailSource | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()  # one poll at a time, whoever triggers it

    # -- jobs ------------------------------------------------------------------------------

    def poll_job(self) -> None:
        with self._lock:
            try:
                if self._source is None:
                    self._source = self._app.open_source()
                    log.info("connected to IMAP %s:%s", self._app.config.imap.host,
                             self._app.config.imap.port)
                report = self._app.intake.poll(self._source)
            except (MailSourceError, ConfigError) as exc:
                self._drop_source()
                delay = self._backoff.next_delay()
                kind = "login refused" if isinstance(exc, MailLoginError) else "unavailable"
                log.error("mailbox %s (attempt %d): %s; retrying in %.0fs", kind,
                          self._backoff.failures, exc, delay)
                self._reschedule("poll", utcnow() + timedelta(seconds=delay))
                return
            if self._backoff.failures:
                log.info("mailbox reachable again after %d failed attempts",
                         self._backoff.failures)
            self._backoff.reset()
            if report.fetched:
                log.info("poll: %s", report.summary())
                self._reschedule("outbox", utcnow())  # acknowledge within seconds
            if report.backlog:
                self._reschedule("poll", utcnow())

    def outbox_job(self) -> None:
        try:
            sender = self._app.sender()
            report = asyncio.run(flush_outbox(self._app.sessions, sender, self._app.renderer,
                                              self._app.config.schedule))
        except ConfigError as exc:
            log.error("outbox: %s", exc)
            return
        if report.sent or report.failed or report.retried:
            log.info("outbox: sent %d, will retry %d, failed %d", report.sent, report.retried,
                     report.failed)

    def timer_job(self) -> None:
        report = self._app.run_timers()
        if report.reminders or report.expired:
            log.info("timers: %d challenge reminders, %d expired", report.reminders,
                     report.expired)
            self._reschedule("outbox", utcnow())

    def digest_job(self) -> None:
        if self._app.queue_digest():
            log.info("daily digest queued for the privacy team")
            self._reschedule("outbox", utcnow())

    def _idle_loop(self) -> None:
        """Hold a second connection in IDLE and trigger a poll as soon as mail arrives."""
        backoff = Backoff(self._app.config.schedule.reconnect_initial_seconds,
                          self._app.config.schedule.reconnect_max_seconds)
        while not self._stop.is_set():
            try:
                source = self._app.open_source()
                source.select(self._app.config.imap.folder)
                backoff.reset()
                try:
                    while not self._stop.is_set():
                        if source.wait_for_change(_IDLE_WAIT_SECONDS):
                            self._reschedule("poll", utcnow())
                finally:
                    source.close()
            except (MailSourceError, ConfigError) as exc:
                # The poll job reports outages; IDLE only waits quietly for the server.
                log.debug("IDLE connection lost: %s", exc)
                self._stop.wait(backoff.next_delay())

    # -- plumbing --------------------------------------------------------------------------

    def _reschedule(self, job_id: str, when: datetime) -> None:
        job = self._scheduler.get_job(job_id)
        if job is not None:
            job.modify(next_run_time=when)

    def _drop_source(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None

    def stop(self, signum: int | None = None, _frame: FrameType | None = None) -> None:
        if signum is not None:
            log.info("received signal %d; shutting down", signum)
        self._stop.set()
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def run(self) -> None:
        schedule = self._app.config.schedule
        now = utcnow()
        self._scheduler.add_job(self.poll_job, "interval", id="poll",
                                seconds=schedule.poll_seconds, next_run_time=now,
                                max_instances=1, coalesce=True)
        self._scheduler.add_job(self.outbox_job, "interval", id="outbox",
                                seconds=schedule.outbox_seconds, next_run_time=now,
                                max_instances=1, coalesce=True)
        self._scheduler.add_job(self.timer_job, "interval", id="timers",
                                seconds=schedule.timer_seconds, next_run_time=now,
                                max_instances=1, coalesce=True)
        org = self._app.config.organisation
        if org.staff_address:
            self._scheduler.add_job(self.digest_job, "cron", id="digest", hour=org.digest_hour,
                                    timezone=org.timezone, max_instances=1, coalesce=True)
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        idle: threading.Thread | None = None
        if self._app.config.imap.idle:
            idle = threading.Thread(target=self._idle_loop, name="imap-idle", daemon=True)
            idle.start()
        log.info("rightsbot running: poll every %.0fs, outbox every %.0fs, IDLE %s",
                 schedule.poll_seconds, schedule.outbox_seconds,
                 "on" if idle else "off")
        try:
            self._scheduler.start()
        finally:
            self._stop.set()
            with self._lock:
                self._drop_source()
            log.info("rightsbot stopped")
