"""The test servers themselves: private Dovecot (IMAP) and the in-memory SMTP sink.

How to read INTERNALDATE with imap-tools 1.16: ``MailMessage`` has no INTERNALDATE attribute
(``msg.date`` is the ``Date:`` header) and ``BaseMailBox.fetch()`` hard-codes its FETCH items
(``BODY[.PEEK][] UID FLAGS RFC822.SIZE``), so ask for it on the underlying imaplib client::

    typ, data = mailbox.client.uid("FETCH", "1:*", "(UID INTERNALDATE)")
    # data == [b'1 (UID 1 INTERNALDATE "22-Nov-2026 11:29:57 +0000")', ...]  (bytes items)

then parse each item: ``imaplib.Internaldate2tuple(item)`` gives a *local-time* struct_time (the
offset is lost); ``bot.devservers.dovecot.parse_internaldate`` gives an aware datetime. The UID
set may be a comma-joined list of ``msg.uid`` values, e.g. per bulk of 500.
"""

from __future__ import annotations

import asyncio
import imaplib
import re
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import aiosmtplib
import pytest
from imap_tools import BaseMailBox, MailBoxUnencrypted
from imap_tools.errors import MailboxLoginError

from bot.devservers.dovecot import DovecotServer
from bot.devservers.imap_client import parse_internaldate
from bot.devservers.smtp_sink import SmtpSink

pytestmark = pytest.mark.integration

_ITEM_RE = re.compile(rb'UID (\d+) INTERNALDATE "([^"]+)"')


def _raw(subject: str, body: str = "Hello.\n") -> bytes:
    return (
        f"From: Alice <alice@example.org>\r\nTo: privacy@example.com\r\n"
        f"Subject: {subject}\r\nDate: Mon, 03 Nov 2025 10:00:00 +0000\r\n"
        f"Message-ID: <{subject.replace(' ', '-')}@example.org>\r\n\r\n{body}"
    ).encode()


def _login(server: DovecotServer) -> BaseMailBox:
    # The private Dovecot speaks plain IMAP: imap_tools.MailBox would try TLS (port 993 style)
    # and fail with ssl.SSLError WRONG_VERSION_NUMBER; MailBoxUnencrypted is the right class.
    return MailBoxUnencrypted(server.host, server.port).login(server.user, server.password)


def _internaldates_via_imap_tools(mailbox: BaseMailBox, uids: list[str]) -> dict[int, datetime]:
    """The recipe from the module docstring."""
    typ, data = mailbox.client.uid("FETCH", ",".join(uids), "(UID INTERNALDATE)")
    assert typ == "OK"
    found: dict[int, datetime] = {}
    for item in data:
        match = _ITEM_RE.search(item if isinstance(item, bytes) else item[0])
        assert match is not None, item
        found[int(match.group(1))] = parse_internaldate(match.group(2).decode())
    return found


def test_append_and_read_internaldate_with_imap_tools(dovecot: DovecotServer) -> None:
    three_days_ago = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
    uid_old = dovecot.append(_raw("old request"), internaldate=three_days_ago)
    before = datetime.now(UTC).replace(microsecond=0)
    uid_new = dovecot.append(_raw("new request"))
    after = datetime.now(UTC)
    assert (uid_old, uid_new) == (1, 2)

    with _login(dovecot) as mailbox:
        messages = list(mailbox.fetch(mark_seen=False, bulk=500))
        assert [m.subject for m in messages] == ["old request", "new request"]
        assert all("\\Seen" not in m.flags for m in messages)
        # msg.date is the Date: header, not INTERNALDATE
        assert messages[0].date == datetime(2025, 11, 3, 10, 0, tzinfo=UTC)
        dates = _internaldates_via_imap_tools(mailbox, [m.uid for m in messages if m.uid])
        raw_item = mailbox.client.uid("FETCH", str(uid_old), "(INTERNALDATE)")[1][0]
        assert isinstance(raw_item, bytes)
        stdlib = imaplib.Internaldate2tuple(raw_item)
        assert stdlib is not None
        assert time.mktime(stdlib) == three_days_ago.timestamp()

    assert dates[uid_old] == three_days_ago
    assert before <= dates[uid_new] <= after
    assert dovecot.folder_internaldates() == {uid_old: three_days_ago, uid_new: dates[uid_new]}
    assert [r.replace(b"\r\n", b"\n") for r in dovecot.folder_messages()] == [
        _raw("old request").replace(b"\r\n", b"\n"),
        _raw("new request").replace(b"\r\n", b"\n"),
    ]


def test_restart_keeps_data_and_port(dovecot: DovecotServer) -> None:
    dovecot.append(_raw("before outage"))
    port = dovecot.port
    mailbox = _login(dovecot)
    try:
        assert len(mailbox.uids()) == 1
        dovecot.stop()
        assert not dovecot.running
        dovecot.stop()  # idempotent
        # An open session is dropped by the outage: imaplib raises IMAP4.abort (an IMAP4.error)
        with pytest.raises((imaplib.IMAP4.abort, OSError)):
            mailbox.uids()
        # New connections are refused while it is down.
        with pytest.raises(ConnectionRefusedError):
            MailBoxUnencrypted(dovecot.host, dovecot.port, timeout=5)
    finally:
        mailbox.client.shutdown()
    dovecot.start()
    assert dovecot.port == port
    dovecot.restart()
    assert dovecot.port == port
    with _login(dovecot) as mailbox:
        assert [m.subject for m in mailbox.fetch(mark_seen=False)] == ["before outage"]


def test_deliver_many_visible_with_dates(dovecot: DovecotServer) -> None:
    dovecot.append(_raw("indexed first"))  # Dovecot has already indexed the INBOX
    assert dovecot.folder_uids() == [1]
    start = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    batch = [(_raw(f"bulk {i}", "x" * 2000), start + timedelta(minutes=i)) for i in range(1000)]
    assert dovecot.deliver_many(batch) == 1000

    assert dovecot.folder_uids() == list(range(1, 1002))
    with _login(dovecot) as mailbox:
        messages = list(mailbox.fetch(mark_seen=False, bulk=500))
        assert len(messages) == 1001
        assert [m.subject for m in messages[1:]] == [f"bulk {i}" for i in range(1000)]
        dates = _internaldates_via_imap_tools(mailbox, [m.uid for m in messages if m.uid])
    assert [dates[uid] for uid in range(2, 1002)] == [when for _, when in batch]


def test_extra_folders_and_deliver_into_folder() -> None:
    with DovecotServer(user="dpo", password="p4ss word", folders=["Archive", "Spät"]) as server:
        assert server.folder_uids("Archive") == []
        server.create_folder("Quarantine")
        server.create_folder("Quarantine")  # already exists: fine
        when = datetime(2025, 6, 1, 8, 30, tzinfo=UTC)
        server.deliver_many([(_raw("filed"), when)], folder="Spät", seen=True)
        server.append(_raw("quarantined"), folder="Quarantine")
        with MailBoxUnencrypted(server.host, server.port).login("dpo", "p4ss word") as mailbox:
            names = {f.name for f in mailbox.folder.list()}
            assert {"INBOX", "Archive", "Spät", "Quarantine"} <= names
            mailbox.folder.set("Spät")
            [msg] = list(mailbox.fetch(mark_seen=False))
            assert msg.subject == "filed"
            assert "\\Seen" in msg.flags
        assert server.folder_internaldates("Spät") == {1: when}
        with pytest.raises(ValueError, match="timezone-aware"):
            server.append(_raw("naive"), internaldate=datetime(2025, 1, 1))
        root = server.root
    assert not root.exists()


def test_bad_password_is_a_login_error(dovecot: DovecotServer) -> None:
    with pytest.raises(MailboxLoginError):
        MailBoxUnencrypted(dovecot.host, dovecot.port).login(dovecot.user, "wrong password")


# ---------------------------------------------------------------------------- SMTP sink


def _email(subject: str, to: str = "alice@example.org") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "privacy@example.com"
    message["To"] = to
    message["Subject"] = subject
    message.set_content("We received your request.\n")
    return message


def _send(sink: SmtpSink, message: EmailMessage) -> None:
    asyncio.run(aiosmtplib.send(message, hostname=sink.host, port=sink.port, timeout=10))


def test_smtp_sink_receives(smtp_sink: SmtpSink) -> None:
    _send(smtp_sink, _email("ack 1"))
    [received] = smtp_sink.wait_for(1, timeout=5)
    assert received.envelope_from == "privacy@example.com"
    assert received.rcpt_tos == ["alice@example.org"]
    assert b"Subject: ack 1" in received.raw
    assert tuple(received) == (received.envelope_from, received.rcpt_tos, received.raw)
    smtp_sink.clear()
    assert smtp_sink.messages() == []
    with pytest.raises(TimeoutError):
        smtp_sink.wait_for(1, timeout=0.2)


def test_smtp_transient_failure_at_data_then_success(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next(451)
    with pytest.raises(aiosmtplib.SMTPDataError) as caught:
        _send(smtp_sink, _email("ack 1"))
    assert isinstance(caught.value, aiosmtplib.SMTPResponseException)
    assert caught.value.code == 451
    assert smtp_sink.messages() == []
    _send(smtp_sink, _email("ack 1 retry"))
    assert [b"ack 1 retry" in m.raw for m in smtp_sink.wait_for(1)] == [True]


def test_smtp_permanent_failures_at_rcpt_and_mail(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next(550, stage="rcpt")
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
        _send(smtp_sink, _email("to nobody"))
    # Not an SMTPResponseException: the codes are on the individual recipients.
    assert not isinstance(refused.value, aiosmtplib.SMTPResponseException)
    [recipient] = refused.value.recipients
    assert isinstance(recipient, aiosmtplib.SMTPRecipientRefused)
    assert (recipient.code, recipient.recipient) == (550, "alice@example.org")

    smtp_sink.fail_next(451, stage="rcpt")
    with pytest.raises(aiosmtplib.SMTPRecipientsRefused) as refused:
        _send(smtp_sink, _email("to nobody"))
    assert refused.value.recipients[0].code == 451

    smtp_sink.fail_next(550, stage="mail", message="Sender blocked")
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as sender:
        _send(smtp_sink, _email("blocked"))
    assert (sender.value.code, sender.value.message) == (550, "Sender blocked")

    _send(smtp_sink, _email("fine"))
    assert len(smtp_sink.wait_for(1)) == 1


def test_smtp_sink_down_and_back(smtp_sink: SmtpSink) -> None:
    port = smtp_sink.port
    smtp_sink.stop()
    smtp_sink.stop()  # idempotent
    with pytest.raises(aiosmtplib.SMTPConnectError):
        _send(smtp_sink, _email("while down"))
    smtp_sink.start()
    assert smtp_sink.port == port
    _send(smtp_sink, _email("after outage"))
    assert len(smtp_sink.wait_for(1)) == 1
