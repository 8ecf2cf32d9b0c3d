"""Request -> acknowledgement with challenge -> reply -> verified -> draft -> approved -> final
answer delivered, in Danish and in English, through real Dovecot and SMTP servers.

The reply is built the way a mail client builds it: from the acknowledgement the SMTP sink
received (its Message-ID in In-Reply-To/References, "Re:" and the case tag in the subject).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from bot import staff
from bot.app import App, build_app
from bot.config import load_config
from bot.devservers.dovecot import DovecotServer
from bot.devservers.smtp_sink import SmtpSink
from bot.drafting import STAFF_MARKER, latest_draft, save_edit
from bot.outbox import flush_outbox
from bot.store.schema import Case
from tests.integration.worker_env import write_config
from tests.unit.helpers import make_raw

pytestmark = pytest.mark.integration


@pytest.fixture
def app(dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    return build_app(load_config(write_config(tmp_path, dovecot, smtp_sink)))


def _cycle(app: App) -> None:
    source = app.open_source()
    try:
        app.intake.poll(source)
    finally:
        source.close()
    asyncio.run(flush_outbox(app.sessions, app.sender(), app.renderer, app.config.schedule))


def _reply_to(acknowledgement: EmailMessage, sender: str, body: str) -> bytes:
    reply = EmailMessage()
    reply["From"] = sender
    reply["To"] = "privacy@leadsbymia.com"
    reply["Subject"] = "Re: " + str(acknowledgement["Subject"])
    reply["Message-ID"] = f"<reply-{abs(hash(sender))}@example.net>"
    reply["In-Reply-To"] = acknowledgement["Message-ID"]
    reply["References"] = acknowledgement["Message-ID"]
    reply.set_content(body)
    return reply.as_bytes()


@pytest.mark.parametrize(
    ("subject", "body", "sender", "marker"),
    [
        ("Slet mine oplysninger", "Hej\n\nJeg vil gerne have en kopi af mine oplysninger og "
         "derefter have dem slettet.\n\nMvh Mette", "Mette Holm <mette@example.dk>",
         "bekræfte"),
        ("My data", "Hello,\n\nwhere did you get my number? Please send me a copy of the data "
         "you hold about me.\n\nTom", "Tom Baker <tom@example.co.uk>", "confirm"),
    ],
    ids=["danish", "english"],
)
def test_request_challenge_reply_verified(
    app: App, dovecot: DovecotServer, smtp_sink: SmtpSink, subject: str, body: str,
    sender: str, marker: str,
) -> None:
    dovecot.append(make_raw(subject=subject, body=body, sender=sender,
                            message_id="<req-e2e@example.net>"),
                   internaldate=datetime.now(UTC))
    _cycle(app)
    (received,) = smtp_sink.wait_for(1, timeout=10)
    acknowledgement = message_from_bytes(received.raw, policy=policy.default)
    assert isinstance(acknowledgement, EmailMessage)
    text = acknowledgement.get_content()
    assert marker in text  # the challenge paragraph, in the request's language
    assert str(acknowledgement["Message-ID"]).startswith("<c.")

    # Someone else answers first with the token: that must not verify (R41).
    dovecot.append(_reply_to(acknowledgement, "intruder@example.org", "It was me, honestly."),
                   internaldate=datetime.now(UTC))
    _cycle(app)
    with app.sessions() as session:
        case = session.scalars(select(Case).order_by(Case.id)).first()
        assert case is not None and case.state == "awaiting_verification"

    dovecot.append(_reply_to(acknowledgement, sender, "Ja, det var mig. / Yes, it was me."),
                   internaldate=datetime.now(UTC))
    _cycle(app)
    with app.sessions() as session:
        case = session.scalars(select(Case).order_by(Case.id)).first()
        assert case is not None and case.state == "awaiting_approval"  # verified, draft ready
        assert session.scalar(select(Case).where(Case.requester_address
                                                 == sender.split("<")[1].rstrip(">"))) == case
    assert dovecot.folder_uids("INBOX") == []

    # Staff complete the draft, approve it, and the final answer reaches the requester.
    with app.sessions.begin() as session:
        case = session.scalars(select(Case).order_by(Case.id)).first()
        assert case is not None
        draft = latest_draft(session, case)
        assert draft is not None and STAFF_MARKER in draft.body
        completed = "\n".join("Checked by staff: records listed in the attached file."
                               if line.startswith(STAFF_MARKER) else line
                               for line in draft.body.splitlines())
        save_edit(session, case, completed, actor="mia", now=datetime.now(UTC))
        staff.approve(session, app.config, app.renderer, case.ref, actor="mia",
                      now=datetime.now(UTC))
    _cycle(app)
    answers = [message_from_bytes(m.raw, policy=policy.default)
               for m in smtp_sink.wait_for(2, timeout=10)]
    final = answers[-1]
    assert isinstance(final, EmailMessage)
    assert final["To"] == sender.split("<")[1].rstrip(">")
    assert "Checked by staff" in final.get_content() and "Datatilsynet" in final.get_content()
    assert "intruder" not in str(final["To"])
