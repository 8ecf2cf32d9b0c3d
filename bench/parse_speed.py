"""Throughput of bot.parsing.parse_message on typical ~2 KB messages (prints absolute figures).

Run: .venv/bin/python bench/parse_speed.py
"""

from __future__ import annotations

import html
import time
from email.message import EmailMessage

from bot.parsing import parse_message

_BODIES = {
    "da": (
        "Hej,\n\nJeg vil gerne have indsigt i de personoplysninger, I har registreret om mig, "
        "jf. databeskyttelsesforordningens artikel 15. Jeg har været kunde hos jer siden 2019 "
        "og har modtaget nyhedsbreve på denne adresse.\n\nSend venligst en kopi af alle "
        "oplysninger, formålet med behandlingen og hvem I har videregivet dem til.\n\n"
        "Med venlig hilsen\nMette Sørensen\nNørregade 12, 8000 Aarhus C\n"
    ),
    "de": (
        "Sehr geehrte Damen und Herren,\n\nhiermit verlange ich die Löschung aller meiner "
        "personenbezogenen Daten gemäß Artikel 17 DSGVO. Bitte bestätigen Sie mir die Löschung "
        "schriftlich innerhalb der gesetzlichen Frist.\n\nMit freundlichen Grüßen\nJürgen Weiß\n"
    ),
    "en": (
        "Hello,\n\nPlease stop using my data for marketing and delete my account. I no longer "
        "want to receive your newsletters and I would like a confirmation once it is done.\n\n"
        "On Mon, 3 Mar 2025 at 10:00, Shop Support <support@shop.example> wrote:\n"
        "> Thank you for contacting us.\n> We will get back to you soon.\n\n"
        "Best regards,\nJohn Smith\n"
    ),
}


def _sample(index: int, lang: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sender {index} <sender{index}@example.org>"
    msg["To"] = "privacy@company.example"
    msg["Subject"] = f"Request {index} – personoplysninger"
    msg["Date"] = "Tue, 04 Mar 2025 09:15:00 +0100"
    msg["Message-ID"] = f"<msg{index}@example.org>"
    for hop in range(4):
        msg["Received"] = (
            f"from mx{hop}.example.org (mx{hop}.example.org [192.0.2.{hop}]) "
            f"by mail.company.example with ESMTPS id abc{hop}{index}; "
            f"Tue, 04 Mar 2025 09:15:0{hop} +0100"
        )
    msg["DKIM-Signature"] = "v=1; a=rsa-sha256; d=example.org; s=sel; " + "b=" + "A" * 300
    msg.set_content(body)
    if index % 2:
        # Half the mail is multipart/alternative with an HTML copy, as most clients send.
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        msg.add_alternative(f"<html><body>{paragraphs}</body></html>", subtype="html")
    return msg.as_bytes()


def main() -> None:
    messages = [_sample(i, lang, body) for i in range(300) for lang, body in _BODIES.items()]
    avg = sum(map(len, messages)) / len(messages)
    parse_message(messages[0])  # load the language model outside the timing
    start = time.perf_counter()
    rounds = 3
    for _ in range(rounds):
        for raw in messages:
            parse_message(raw)
    elapsed = time.perf_counter() - start
    count = rounds * len(messages)
    print(f"parse_message: {count} messages, average {avg:.0f} bytes: "
          f"{count / elapsed:.0f} messages/second")

    # Reference point: imap_tools' own parse (stdlib compat32 policy) reading the same fields.
    from imap_tools.message import MailMessage

    start = time.perf_counter()
    for _ in range(rounds):
        for raw in messages:
            mail = MailMessage.from_bytes(raw)
            _ = (mail.subject, mail.from_, mail.to, mail.date, mail.text, mail.html,
                 mail.attachments, mail.headers)
    elapsed = time.perf_counter() - start
    print(f"imap_tools MailMessage: {count / elapsed:.0f} messages/second")


if __name__ == "__main__":
    main()
