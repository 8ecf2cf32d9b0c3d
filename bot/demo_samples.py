"""Sample mail for `rightsbot demo`: what a Danish lead-generation company's privacy@ receives."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

PRIVACY = "privacy@leadsbymia.com"


def _mail(sender: str, subject: str, body: str, when: datetime,
          headers: dict[str, str] | None = None, html: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = PRIVACY
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1].rstrip(">"))
    for name, value in (headers or {}).items():
        message[name] = value
    if html is not None and not body:
        message.set_content(html, subtype="html")
    else:
        message.set_content(body)
    return message.as_bytes()


def demo_messages(now: datetime) -> list[tuple[str, bytes, datetime]]:
    """(label, raw bytes, delivery time) for each sample, delivered over the last two days."""
    t = [now - timedelta(hours=h) for h in range(40, 0, -3)]
    return [
        ("Danish erasure request", _mail(
            "Mette Holm <mette.holm@example.dk>", "Slet mine oplysninger",
            "Hej\n\nJeg vil gerne have, at I sletter alle mine oplysninger. I har ringet til mig "
            "flere gange, og jeg ønsker ikke at være i jeres database.\n\nVenlig hilsen\nMette",
            t[0]), t[0]),
        ("English: where did you get my number?", _mail(
            "Tom Baker <tom.baker@example.co.uk>", "Your call yesterday",
            "Hi,\n\nOne of your people called me yesterday. Where did you get my number? "
            "Please send me a copy of the data you have about me.\n\nTom", t[1]), t[1]),
        ("German objection to marketing", _mail(
            "Julia Weber <j.weber@example.de>", "Werbung",
            "Sehr geehrte Damen und Herren,\n\nich widerspreche der Nutzung meiner Daten für "
            "Werbezwecke. Bitte kontaktieren Sie mich nicht mehr.\n\nJulia Weber", t[2]), t[2]),
        ("Swedish access request citing Article 15", _mail(
            "Anna Lindqvist <anna.lindqvist@example.se>", "Begäran om registerutdrag",
            "Hej,\n\nJag begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen "
            "över alla personuppgifter ni behandlar om mig.\n\nMed vänlig hälsning\nAnna",
            t[3]), t[3]),
        ("Norwegian: stop contacting me", _mail(
            "Ola Nordmann <ola@example.no>", "Slutt å kontakte meg",
            "Hei\n\nJeg vil ikke lenger motta e-post fra dere. Slett opplysningene mine.\n\nOla",
            t[4]), t[4]),
        ("HTML-only English unsubscribe", _mail(
            "Priya Shah <priya@example.com>", "Unsubscribe", "", t[5],
            html="<html><body><p>Please <b>unsubscribe me</b> from all your lists and stop "
                 "contacting me.</p><script>alert('x')</script></body></html>"), t[5]),
        ("Out-of-office reply", _mail(
            "Lars Berg <lars.berg@example.dk>", "Automatisk svar: Jeres henvendelse",
            "Jeg er på ferie til og med 2. januar og læser ikke mail.", t[6],
            {"Auto-Submitted": "auto-replied"}), t[6]),
        ("Bounce", _mail(
            "MAILER-DAEMON@mail.example.net", "Undelivered Mail Returned to Sender",
            "This is the mail system at host mail.example.net.\n\nI'm sorry to have to inform "
            "you that your message could not be delivered.", t[7],
            {"Return-Path": "<>"}), t[7]),
        ("Vendor newsletter about GDPR", _mail(
            "ComplianceNews <news@example-vendor.com>", "5 ways to handle access requests",
            "This month: how the right to erasure affects your CRM. Read more on our blog.",
            t[8], {"List-Unsubscribe": "<mailto:unsub@example-vendor.com>"}), t[8]),
        ("A question for a human (triage)", _mail(
            "Søren Dahl <soren@example.dk>", "Spørgsmål om cookies",
            "Hej, bruger I Google Analytics på jeres hjemmeside, og hvor længe gemmes data?",
            t[9]), t[9]),
        ("Sales reply (triage)", _mail(
            "Karin Mø <karin@example.dk>", "Re: Møde om leads",
            "Lyder interessant, ring til mig i næste uge.", t[10]), t[10]),
        ("Unparseable (no sender)", b"Subject: ???\r\n\r\n\x00\x01 binary junk \xff", t[11]),
    ]
