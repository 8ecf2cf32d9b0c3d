"""`rightsbot demo`: the worker on the embedded defaults against real servers on loopback.

Starts a private Dovecot and an SMTP sink, delivers sample mail, runs one poll and one outbox
flush with the default configuration (only the ports and the store path changed), and shows
what happened from the staff's point of view.
"""

from __future__ import annotations

import asyncio
import base64
import os
import secrets
import shutil
import tempfile
import tomllib
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import make_msgid
from pathlib import Path

import typer

from bot import views
from bot.app import build_app
from bot.clock import utcnow
from bot.config import DEFAULT_CONFIG_PATH, parse_config
from bot.deadlines import receipt_date
from bot.demo_samples import demo_messages
from bot.devservers.dovecot import DovecotServer
from bot.devservers.smtp_sink import SmtpSink
from bot.outbox import flush_outbox
from bot.staff import review_queue


def _section(title: str) -> None:
    typer.secho(f"\n== {title}", bold=True)


def _confirmation(acknowledgement: Message) -> bytes:
    """What a mail client sends when the requester just replies "yes, that was me"."""
    reply = EmailMessage()
    reply["From"] = str(acknowledgement["To"])
    reply["To"] = str(acknowledgement["From"])
    reply["Subject"] = f"Re: {acknowledgement['Subject']}"
    reply["Message-ID"] = make_msgid(domain="example.dk")
    reply["In-Reply-To"] = str(acknowledgement["Message-ID"])
    reply["References"] = str(acknowledgement["Message-ID"])
    reply.set_content("Ja, det var mig.\n\nMette")
    return reply.as_bytes()


def run_demo(keep: bool = False) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="rightsbot-demo-"))
    password = secrets.token_urlsafe(12)
    try:
        with DovecotServer(user="privacy", password=password) as dovecot, SmtpSink() as sink:
            _section(f"Servers: Dovecot IMAP on 127.0.0.1:{dovecot.port}, "
                     f"SMTP sink on 127.0.0.1:{sink.port}")
            data = tomllib.loads(DEFAULT_CONFIG_PATH.read_text(encoding="utf-8"))
            data["imap"].update(port=dovecot.port, idle=False)
            data["smtp"].update(port=sink.port)
            data["store"]["url"] = "sqlite:///rightsbot-demo.db"
            config = parse_config(data, workdir / "config.toml")
            os.environ[config.imap.password_env] = password
            # A throwaway suppression-list key for this demo only (real ones come from the
            # operator's environment, R84).
            for key_env in (config.suppression.key_env, config.verification.key_env):
                os.environ.setdefault(key_env, "demo:" + base64.b64encode(os.urandom(32)).decode())

            now = utcnow()
            _section("Delivering sample mail to privacy@")
            for label, raw, delivered in demo_messages(now):
                dovecot.append(raw, internaldate=delivered)
                typer.echo(f"  {delivered:%d %b %H:%M} UTC  {label}")

            app = build_app(config)
            source = app.open_source()
            try:
                report = app.intake.poll(source)
            finally:
                source.close()
            flushed = asyncio.run(flush_outbox(app.sessions, app.sender(), app.renderer,
                                               config.schedule))
            _section("Worker")
            typer.echo(f"  poll: {report.summary()}")
            typer.echo(f"  outbox: sent {flushed.sent}, retry {flushed.retried}, "
                       f"failed {flushed.failed}")

            _section("Cases (rightsbot cases)")
            zone = config.organisation.timezone
            typer.echo(views.format_case_table(views.list_cases(app.sessions, zone)))

            _section("Acknowledgements received by the SMTP sink")
            acknowledgements = [message_from_bytes(m.raw, policy=policy.default)
                                for m in sink.wait_for(flushed.sent, timeout=10)]
            for mail in acknowledgements:
                typer.echo(f"  to {mail['To']}: {str(mail['Subject']).strip()}  "
                           f"[{mail['Content-Language']}]")

            # The first requester confirms by replying; the case is verified and drafted.
            first = acknowledgements[0]
            dovecot.append(_confirmation(first), internaldate=utcnow())
            source = app.open_source()
            try:
                second = app.intake.poll(source)
            finally:
                source.close()
            _section(f"{first['To']} replies to the acknowledgement (rightsbot review)")
            typer.echo(f"  poll: {second.summary()}")
            with app.sessions() as session:
                for item in review_queue(session, receipt_date(utcnow(), zone)):
                    typer.echo(f"  {item.ref}  {item.state:<22} {','.join(item.rights):<18} "
                               f"due {item.due}")

            for status, title in (("screened", "Screened as automated (never answered)"),
                                  ("triage", "Staff triage (rightsbot triage)"),
                                  ("quarantined", "Quarantine (rightsbot quarantine)")):
                _section(title)
                typer.echo(views.format_message_table(
                    views.list_messages(app.sessions, status), status))

            cases = views.list_cases(app.sessions, zone)
            if cases:
                _section(f"One case in full (rightsbot show {cases[0].ref})")
                typer.echo(views.describe_case(app.sessions, cases[0].ref, zone))

            _section("Mailbox folders on the server")
            for folder in ("INBOX", config.imap.processed_folder, config.imap.quarantine_folder):
                typer.echo(f"  {folder}: {len(dovecot.folder_uids(folder))} messages")
    finally:
        if keep:
            typer.echo(f"\nDemo files kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
