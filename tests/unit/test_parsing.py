"""Unit tests for bot.parsing (all sample texts written for these tests)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from bot.model import SUPPORTED_LANGUAGES, ParsedMessage, ParseError
from bot.parsing import MAX_DEPTH, parse_message
from bot.parsing_text import decode_bytes, detect_language


def _mail(body: str = "Hello", *, subject: str = "Test", sender: str = "Ann <ann@example.org>",
          **headers: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "privacy@company.example"
    msg["Subject"] = subject
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def _parse(msg: EmailMessage) -> ParsedMessage:
    return parse_message(msg.as_bytes())


# --- headers and charsets -------------------------------------------------------------------


def test_plain_utf8_danish() -> None:
    body = (
        "Hej,\n\nJeg ønsker at få slettet alle mine oplysninger hos jer. "
        "Det gælder også min adresse i Århus og mit telefonnummer.\n"
    )
    parsed = _parse(_mail(
        body, subject="Sletning af mine data", sender='"Søren Ærø" <Soren.Aero@Example.DK>',
        Date="Tue, 04 Mar 2025 09:15:00 +0100", Message_ID="<abc.123@example.dk>",
    ))
    assert parsed.from_address == "soren.aero@example.dk"
    assert parsed.from_name == "Søren Ærø"
    assert parsed.to_addresses == ("privacy@company.example",)
    assert parsed.subject == "Sletning af mine data"
    assert parsed.message_id == "abc.123@example.dk"
    assert parsed.date_header == datetime(2025, 3, 4, 8, 15, tzinfo=UTC)
    assert "slettet alle mine oplysninger" in parsed.body_text
    assert "Århus" in parsed.new_text
    assert parsed.language == "da"
    assert parsed.content_type == "text/plain"
    assert parsed.header("SUBJECT") == "Sletning af mine data"
    assert parsed.attachments == ()


def test_latin1_german_with_rfc2047_subject() -> None:
    raw = (
        b"From: =?iso-8859-1?q?J=FCrgen_Wei=DF?= <juergen@example.de>\r\n"
        b"To: datenschutz@company.example\r\n"
        b"Subject: =?iso-8859-1?q?L=F6schung_meiner_Daten?=\r\n"
        b"MIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n"
        b"\r\n"
        b"Sehr geehrte Damen und Herren,\r\n\r\n"
        b"bitte l=F6schen Sie alle meine Daten. Ich m=F6chte keine Werbung mehr von Ihnen =\r\n"
        b"erhalten und bitte um eine Best=E4tigung.\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.subject == "Löschung meiner Daten"
    assert parsed.from_name == "Jürgen Weiß"
    assert "bitte löschen Sie alle meine Daten" in parsed.body_text
    assert "mehr von Ihnen erhalten" in parsed.body_text  # soft line break joined
    assert parsed.language == "de"


def test_base64_utf8_swedish() -> None:
    msg = _mail(subject="Begäran")
    text = (
        "Hej!\n\nJag vill veta vilka personuppgifter ni behandlar om mig. "
        "Skicka gärna en kopia av uppgifterna och berätta varför ni sparar dem.\n"
    )
    msg.set_content(text, cte="base64")
    raw = msg.as_bytes()
    assert b"Content-Transfer-Encoding: base64" in raw
    parsed = parse_message(raw)
    assert "vilka personuppgifter ni behandlar" in parsed.body_text
    assert parsed.language == "sv"


def test_raw_8bit_header_is_decoded() -> None:
    raw = "From: Åse Øvrebø <aase@example.no>\r\nSubject: Innsyn – mine data\r\n\r\nHei\r\n"
    parsed = parse_message(raw.encode("utf-8"))
    assert parsed.from_name == "Åse Øvrebø"
    assert parsed.subject == "Innsyn – mine data"


@pytest.mark.parametrize("charset", ["x-made-up", "unknown-8bit", "base64", "rot13", ""])
def test_bogus_charset_label_falls_back(charset: str) -> None:
    raw = (
        b"From: a@example.org\r\nSubject: =?x-nonsense?q?Hall=E5?= =?utf-8?b?!!!?=\r\n"
        b"Content-Type: text/plain; charset=\"" + charset.encode() + b"\"\r\n\r\n"
        b"Caf\xc3\xa9 and na\xefve\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.body_text.startswith("Caf")
    assert "na" in parsed.body_text


@pytest.mark.parametrize(
    ("charset", "text"),
    [("koi8-r", "Привет, удалите мои данные"), ("iso-2022-jp", "個人情報を削除してください"),
     ("windows-1252", "naïve “quotes” €"), ("iso-8859-1", "Grüße")],
)
def test_declared_charsets_decode(charset: str, text: str) -> None:
    assert decode_bytes(text.encode(charset), charset) == text


def test_undeclared_8bit_tries_utf8_then_cp1252() -> None:
    assert decode_bytes("blåbær".encode(), None) == "blåbær"
    assert decode_bytes("blåbær".encode("cp1252"), "us-ascii") == "blåbær"


def test_bad_date_is_none() -> None:
    assert _parse(_mail(Date="yesterday afternoon")).date_header is None
    assert _parse(_mail()).date_header is None


def test_minus_zero_zone_date_is_aware() -> None:
    parsed = _parse(_mail(Date="Tue, 04 Mar 2025 09:15:00 -0000"))
    assert parsed.date_header == datetime(2025, 3, 4, 9, 15, tzinfo=UTC)


def test_threading_ids_without_brackets() -> None:
    parsed = _parse(_mail(
        In_Reply_To=" <b@example.org> ",
        References="<a@example.org> <b@example.org>",
    ))
    assert parsed.in_reply_to == "b@example.org"
    assert parsed.references == ("a@example.org", "b@example.org")
    assert parsed.message_id is None


def test_headers_keep_every_value_in_order() -> None:
    raw = (
        b"Received: from one\r\nReceived: from two\r\n  continued\r\n"
        b"From: x@example.org\r\nX-Note: =?utf-8?q?gr=C3=B8n?=\r\n\r\nbody\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.headers["received"] == ("from one", "from two  continued")
    assert parsed.header("x-note") == "grøn"
    assert parsed.has_header("From")


def test_malformed_encoded_words_do_not_crash() -> None:
    raw = (
        b"From: =?utf-8?q?broken <x@example.org>\r\nSubject: =?utf-8?b?????=?= =?=?q??=\r\n"
        b"To: =?iso-8859-1?q?=ZZ?= <y@example.org>\r\n\r\nhi\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.from_address == "x@example.org"


# --- bodies ---------------------------------------------------------------------------------


def test_html_only_drops_script_and_style() -> None:
    msg = _mail()
    msg.set_content(
        "<html><head><style>p { color: red }</style><script>var secret = 'scriptword';</script>"
        "</head><body><p>Please <b>delete</b> my account.</p>"
        "<script>alert('scriptword')</script></body></html>",
        subtype="html",
    )
    parsed = _parse(msg)
    assert "Please delete my account." in parsed.body_text
    assert "scriptword" not in parsed.body_text
    assert "color" not in parsed.body_text


def test_alternative_prefers_plain() -> None:
    msg = _mail("plain version of the request")
    msg.add_alternative("<p>html version of the request</p>", subtype="html")
    parsed = _parse(msg)
    assert parsed.content_type == "multipart/alternative"
    assert parsed.body_text == "plain version of the request"


def test_html_first_alternative_still_prefers_plain() -> None:
    msg = _mail()
    msg.set_content("<p>html version</p>", subtype="html")
    msg.add_alternative("plain version")
    assert _parse(msg).body_text == "plain version"


def test_attachments_listed_with_names_and_sizes() -> None:
    msg = _mail("See the attached files.")
    msg.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf",
                       filename="passport.pdf")
    msg.add_attachment(b"\x89PNG" + b"\x00" * 96, maintype="image", subtype="png",
                       filename="kvittering æøå.png")  # non-ASCII: written with RFC 2231
    msg.add_attachment("a,b\n1,2\n", subtype="csv", filename="data.csv")
    raw = msg.as_bytes()
    assert b"filename*=" in raw
    parsed = parse_message(raw)
    names = [(a.filename, a.content_type, a.size) for a in parsed.attachments]
    assert names == [
        ("passport.pdf", "application/pdf", 13),
        ("kvittering æøå.png", "image/png", 100),
        ("data.csv", "text/csv", 8),
    ]
    assert parsed.body_text == "See the attached files."


def test_raw_rfc2231_filename_and_inline_image() -> None:
    raw = (
        b"From: a@example.org\r\nContent-Type: multipart/related; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi <img src=cid:x></p>\r\n"
        b"--B\r\nContent-Type: image/gif\r\nContent-Disposition: inline;\r\n"
        b" filename*=utf-8''f%C3%B8rste%20side.gif\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"R0lGODlh\r\n--B--\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.attachments[0].filename == "første side.gif"
    assert parsed.attachments[0].size == 6
    assert parsed.body_text.strip() == "Hi"


def test_forwarded_message_text_is_body_not_attachment() -> None:
    inner = _mail("I want a copy of all data you hold about me.", subject="Access request",
                  sender="Customer <c@example.net>")
    outer = _mail("")
    outer.clear_content()
    outer.add_attachment(inner)  # message/rfc822
    parsed = _parse(outer)
    assert "I want a copy of all data you hold about me." in parsed.body_text
    assert "I want a copy" in parsed.new_text
    assert parsed.attachments == ()


def test_bounce_report_uses_human_readable_part() -> None:
    raw = (
        b"From: MAILER-DAEMON@mx.example.org\r\nSubject: Undelivered Mail\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=R\r\n\r\n"
        b"--R\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        b"--R\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; x@y.z\r\n"
        b"Action: failed\r\n"
        b"--R\r\nContent-Type: message/rfc822\r\n\r\nFrom: us@company.example\r\n"
        b"Subject: original\r\n\r\noriginal body text\r\n--R--\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.content_type == "multipart/report"
    assert parsed.body_text == "Your message could not be delivered."
    assert "original body text" not in parsed.body_text
    assert [a.content_type for a in parsed.attachments] == [
        "message/delivery-status", "message/rfc822",
    ]


# --- new text -------------------------------------------------------------------------------

_QUOTE_CASES = [
    (
        "I would like you to delete my account and all the data linked to it.\n\n"
        "Best regards,\nJohn Smith\nExample Street 1\n\n"
        "On Mon, 3 Mar 2025 at 10:00, Shop <shop@company.example> wrote:\n"
        "> Thank you for your order.\n> Old text\n",
        "I would like you to delete my account and all the data linked to it.",
    ),
    (
        "Jeg vil gerne have slettet min profil og alle oplysninger om mig.\n\n"
        "Med venlig hilsen\nMette\n\n"
        "Den 3. mar. 2025 kl. 10.00 skrev Shop <shop@company.example>:\n"
        "> Tak for din ordre.\n",
        "Jeg vil gerne have slettet min profil og alle oplysninger om mig.",
    ),
    (
        "Bitte löschen Sie mein Kundenkonto.\n\nMit freundlichen Grüßen\nJürgen\n\n"
        "Am 03.03.2025 um 10:00 schrieb Shop <shop@company.example>:\n"
        "> Vielen Dank für Ihre Bestellung.\n",
        "Bitte löschen Sie mein Kundenkonto.",
    ),
]


@pytest.mark.parametrize(("body", "expected"), _QUOTE_CASES)
def test_quoted_reply_and_signature_stripped(body: str, expected: str) -> None:
    parsed = _parse(_mail(body))
    assert parsed.new_text == expected


def test_inline_quoted_lines_removed() -> None:
    body = "> Do you want us to remove you?\nYes, remove me from every list.\n> Anything else?\nNo."
    parsed = _parse(_mail(body))
    assert parsed.new_text == "Yes, remove me from every list.\nNo."


def test_prose_starting_with_closing_word_is_kept() -> None:
    body = (
        "Hej\nTak for jeres svar i sidste uge, men jeg har stadig ikke modtaget noget.\n"
        "Jeg ønsker fortsat indsigt i alle mine personoplysninger.\nMvh Jens\n"
    )
    parsed = _parse(_mail(body))
    assert "indsigt i alle mine personoplysninger" in parsed.new_text
    assert "Mvh Jens" not in parsed.new_text


def test_hyphen_list_is_not_a_signature() -> None:
    body = "Please delete:\n- my address\n- my phone number\n\nThanks,\nAnn\n"
    assert _parse(_mail(body)).new_text == "Please delete:\n- my address\n- my phone number"


def test_stripping_everything_falls_back_to_body() -> None:
    body = "> only quoted text here\n> nothing new\n"
    parsed = _parse(_mail(body))
    assert parsed.new_text == parsed.body_text.strip()


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n \r\n", "empty"),
        (b"\x00\xff\xfe garbage \x89PNG\r\n\x1a\n\x00\x00", "header"),
        (b"just some words, no headers at all", "header"),
        (b"Subject: no sender\r\nTo: a@example.org\r\n\r\nbody\r\n", "From"),
        (b"From: Nobody\r\nSubject: x\r\n\r\nbody\r\n", "no valid address"),
        (b"From: undisclosed-recipients:;\r\n\r\nbody\r\n", "no valid address"),
    ],
)
def test_unparseable_input_raises_parse_error(raw: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        parse_message(raw)


def test_absurd_nesting_raises_parse_error() -> None:
    depth = MAX_DEPTH + 5
    head = b"From: a@example.org\r\n"
    parts = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(depth)
    )
    tail = b"Content-Type: text/plain\r\n\r\ndeep\r\n" + b"".join(
        b"--b%d--\r\n" % i for i in reversed(range(depth))
    )
    with pytest.raises(ParseError, match="nested"):
        parse_message(head + parts + tail)


def test_unexpected_failure_is_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.parsing as parsing

    def boom(*_: object) -> str:
        raise KeyError("surprise")

    monkeypatch.setattr(parsing, "html_to_text", boom)
    msg = _mail()
    msg.set_content("<p>x</p>", subtype="html")
    with pytest.raises(ParseError, match="KeyError"):
        _parse(msg)


# --- language -------------------------------------------------------------------------------

_SAMPLES = {
    "da": "Jeg skriver for at bede om en kopi af de oplysninger, som I har gemt om mig. "
          "Det drejer sig om min kundekonto og de køb, jeg har foretaget sidste år.",
    "sv": "Jag skriver för att begära en kopia av de uppgifter som ni har sparat om mig. "
          "Det gäller mitt kundkonto och de köp som jag gjorde förra året.",
    "nb": "Jeg skriver for å be om en kopi av opplysningene dere har lagret om meg. "
          "Det gjelder kundekontoen min og kjøpene jeg gjorde i fjor.",
    "de": "Ich schreibe Ihnen, um eine Kopie der Daten zu verlangen, die Sie über mich "
          "gespeichert haben. Es geht um mein Kundenkonto und meine Bestellungen.",
    "en": "I am writing to ask for a copy of the information you have stored about me. "
          "This concerns my customer account and the orders I placed last year.",
    "nl": "Ik schrijf u om een kopie te vragen van de gegevens die u over mij heeft "
          "opgeslagen. Het gaat om mijn klantaccount en de bestellingen van vorig jaar.",
    "fr": "Je vous écris pour demander une copie des données que vous avez conservées à "
          "mon sujet. Cela concerne mon compte client et mes commandes de l'année dernière.",
    "fi": "Kirjoitan pyytääkseni kopion tiedoista, joita olette tallentaneet minusta. "
          "Kyse on asiakastilistäni ja viime vuonna tekemistäni tilauksista.",
    "es": "Le escribo para solicitar una copia de los datos que han guardado sobre mí. "
          "Se trata de mi cuenta de cliente y de los pedidos que hice el año pasado.",
    "it": "Vi scrivo per chiedere una copia dei dati che avete conservato su di me. "
          "Si tratta del mio account cliente e degli ordini che ho fatto l'anno scorso.",
    "pl": "Piszę z prośbą o kopię danych, które przechowujecie na mój temat. "
          "Chodzi o moje konto klienta i zamówienia, które złożyłem w zeszłym roku.",
}


def test_samples_cover_every_supported_language() -> None:
    assert set(_SAMPLES) == set(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize(("language", "text"), sorted(_SAMPLES.items()))
def test_language_detection(language: str, text: str) -> None:
    assert detect_language(text) == language
    assert _parse(_mail(text)).language == language


@pytest.mark.parametrize("text", ["", "Hej", "Thanks!", "ok 123 456", "   "])
def test_short_text_has_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_short_new_text_falls_back_to_subject_and_body() -> None:
    assert detect_language("Ja tak", "Jeg vil gerne have slettet mine oplysninger nu") == "da"


# --- hostile sizes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hello\n" + "On x wrote:" * 20_000 + "\nFrom: a\nSent: b\n",  # one 220 KB line
        "Hello\n" + "Thanks, this line is long enough not to be a signature at all ok\n" * 5000,
    ],
)
def test_pathological_bodies_stay_fast(body: str) -> None:
    start = time.perf_counter()
    parsed = _parse(_mail(body))
    assert parsed.new_text.startswith("Hello")
    assert time.perf_counter() - start < 2.0
