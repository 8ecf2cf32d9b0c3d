"""Screening rules (bot.screening): loop safety, DESIGN.md "Threading and loop safety", R96/R97."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.model import ParsedMessage, ScreeningVerdict
from bot.screening import (
    DEFAULT_RULES,
    AutoReplyRule,
    BounceRule,
    ListMailRule,
    OwnLoopRule,
    ScreeningContext,
    ScreeningRule,
    SenderRateLimitRule,
    screen,
)
from bot.screening.subjects import (
    DELIVERY_FAILURE,
    OUT_OF_OFFICE,
    normalise,
    quotes_an_earlier_subject,
)

OWN_ADDRESS = "privacy@leadsbymia.com"
OWN_DOMAIN = "rightsbot.leadsbymia.com"
LIMIT = 5


def make_message(
    *, headers: Mapping[str, str | Sequence[str]] | None = None, **fields: Any
) -> ParsedMessage:
    """A plain human request; override any field by keyword.

    ``headers`` takes natural spelling ("Auto-Submitted": "auto-replied"), stored the way the
    parser stores them: lower-case names, every value in a tuple.
    """
    base = ParsedMessage(
        message_id="<CAF=abc123@mail.gmail.com>",
        subject="Please delete my data",
        from_address="jens.hansen@example.dk",
        from_name="Jens Hansen",
        to_addresses=(OWN_ADDRESS,),
        date_header=datetime(2025, 3, 3, 9, 30, tzinfo=UTC),
        in_reply_to=None,
        references=(),
        content_type="text/plain",
        headers={},
        body_text="Hej, slet venligst alle mine oplysninger.",
        new_text="Hej, slet venligst alle mine oplysninger.",
        language="da",
    )
    stored = {
        name.lower(): (value,) if isinstance(value, str) else tuple(value)
        for name, value in (headers or {}).items()
    }
    return replace(base, headers=stored, **fields)


def make_context(*, sent: int = 0, limit: int = LIMIT) -> ScreeningContext:
    return ScreeningContext(
        own_addresses=frozenset({OWN_ADDRESS, "gdpr@leadsbymia.com"}),
        own_message_id_domain=OWN_DOMAIN,
        auto_replies_to_sender_in_window=sent,
        max_auto_replies_per_sender=limit,
    )


def verdict_of(message: ParsedMessage, context: ScreeningContext | None = None) -> ScreeningVerdict:
    return screen(message, context or make_context())


def assert_blocked_by(message: ParsedMessage, rule: str) -> ScreeningVerdict:
    verdict = verdict_of(message)
    assert verdict.blocked, f"expected {rule!r} to block {message.subject!r}"
    assert verdict.rule == rule, verdict
    assert verdict.reason
    return verdict


def assert_passes(message: ParsedMessage) -> None:
    assert verdict_of(message) == ScreeningVerdict.passed()


# --- the chain ---------------------------------------------------------------------------------


def test_default_rules_run_in_the_documented_order() -> None:
    assert [rule.name for rule in DEFAULT_RULES] == [
        "own_loop", "bounce", "auto_reply", "list_mail", "sender_rate_limit",
    ]


def test_a_plain_human_request_passes() -> None:
    assert_passes(make_message())


def test_no_rules_pass_everything() -> None:
    message = make_message(headers={"Auto-Submitted": "auto-replied"})
    assert screen(message, make_context(), rules=()) == ScreeningVerdict.passed()


class _NonBlocking:
    name = "non_blocking"

    def check(self, message: ParsedMessage, context: ScreeningContext) -> ScreeningVerdict | None:
        return ScreeningVerdict.passed()


class _Nameless:
    name = "nameless"

    def check(self, message: ParsedMessage, context: ScreeningContext) -> ScreeningVerdict | None:
        return ScreeningVerdict(blocked=True, reason="always")


def test_a_non_blocking_verdict_does_not_stop_the_chain() -> None:
    rules: tuple[ScreeningRule, ...] = (_NonBlocking(), AutoReplyRule())
    message = make_message(headers={"Auto-Submitted": "auto-replied"})
    assert screen(message, make_context(), rules=rules).rule == "auto_reply"


def test_a_verdict_without_rule_name_gets_the_rules_name() -> None:
    verdict = screen(make_message(), make_context(), rules=(_Nameless(),))
    assert verdict == ScreeningVerdict(blocked=True, rule="nameless", reason="always")


@pytest.mark.parametrize(
    ("fields", "headers", "expected"),
    [
        # A bounce generated in answer to our own mail is still a bounce for us to report...
        ({"content_type": "multipart/report; report-type=delivery-status"},
         {"Auto-Submitted": "auto-replied"}, "bounce"),
        ({"from_address": "MAILER-DAEMON@mx.example.com"},
         {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}, "bounce"),
        # ...but our own mail wins over everything.
        ({"from_address": OWN_ADDRESS, "subject": "Undeliverable: x"},
         {"Auto-Submitted": "auto-replied", "List-Id": "<x.example.com>"}, "own_loop"),
        ({"subject": "Automatic reply: Your request"}, {"List-Id": "<staff.example.com>"},
         "auto_reply"),
        ({}, {"List-Unsubscribe": "<mailto:u@example.com>"}, "list_mail"),
    ],
)
def test_the_first_matching_rule_names_the_verdict(
    fields: dict[str, Any], headers: dict[str, str], expected: str
) -> None:
    message = make_message(headers=headers, **fields)
    assert screen(message, make_context(sent=LIMIT + 3)).rule == expected


# --- own_loop ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "headers"),
    [
        ({"from_address": OWN_ADDRESS}, {}),
        ({"from_address": "Privacy@LeadsByMia.com"}, {}),
        ({"from_address": "gdpr@leadsbymia.com"}, {}),
        ({"message_id": f"<ack.DSR-2025-0001.abcdef@{OWN_DOMAIN}>"}, {}),
        ({"message_id": f"ack.1@{OWN_DOMAIN.upper()}"}, {}),
        ({"message_id": f" <ack.1@{OWN_DOMAIN}> "}, {}),
        # A forwarder rewrote From, but our own header survived.
        ({"from_address": "privacy-fwd@example.com"}, {"X-Rightsbot-Case": "DSR-2025-0001"}),
        ({"from_address": "noreply@example.com"}, {"X-Rightsbot": "ack"}),
    ],
)
def test_own_mail_is_blocked(fields: dict[str, Any], headers: dict[str, str]) -> None:
    assert_blocked_by(make_message(headers=headers, **fields), "own_loop")


def test_a_human_reply_to_our_acknowledgement_passes() -> None:
    ours = f"<ack.DSR-2025-0001.abcdef@{OWN_DOMAIN}>"
    reply = make_message(
        subject="Re: [DSR-2025-0001] We have received your request",
        in_reply_to=ours,
        references=(ours,),
        headers={"In-Reply-To": ours, "References": ours},
    )
    assert_passes(reply)


@pytest.mark.parametrize(
    "fields",
    [
        {"from_address": "anna@leadsbymia.com"},  # a colleague, not the bot's address
        {"message_id": "<x@mail.rightsbot.leadsbymia.com>"},  # a subdomain is someone else
        {"message_id": "<x@notrightsbot.leadsbymia.com>"},
        {"message_id": f"<{OWN_DOMAIN}@example.com>"},
        {"message_id": None},
    ],
)
def test_mail_that_only_looks_like_ours_passes(fields: dict[str, Any]) -> None:
    assert_passes(make_message(**fields))


def test_an_empty_own_domain_matches_no_message_id() -> None:
    context = replace(make_context(), own_message_id_domain="")
    assert OwnLoopRule().check(make_message(message_id="<x@>"), context) is None


def test_own_loop_reasons_name_what_matched() -> None:
    by_from = assert_blocked_by(make_message(from_address=OWN_ADDRESS), "own_loop")
    assert OWN_ADDRESS in by_from.reason
    by_id = assert_blocked_by(make_message(message_id=f"<a@{OWN_DOMAIN}>"), "own_loop")
    assert "Message-ID" in by_id.reason and OWN_DOMAIN in by_id.reason
    by_header = assert_blocked_by(
        make_message(headers={"X-Rightsbot-Case": "DSR-2025-0007"}), "own_loop"
    )
    assert "X-Rightsbot-Case: DSR-2025-0007" in by_header.reason


# --- bounce ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "headers", "in_reason"),
    [
        ({"content_type": "multipart/report; report-type=delivery-status"}, {},
         "report-type=delivery-status"),
        ({"content_type": "multipart/report"},
         {"Content-Type": 'multipart/report; report-type="delivery-status"; boundary="b"'},
         "report-type=delivery-status"),
        ({"content_type": "Multipart/Report"}, {}, "report-type=(none)"),
        ({"content_type": "multipart/report; report-type=feedback-report"}, {},
         "feedback-report"),
        ({"content_type": "message/delivery-status"}, {}, "message/delivery-status"),
        ({"from_address": "MAILER-DAEMON@mx1.example.com"}, {}, "MAILER-DAEMON@mx1.example.com"),
        ({"from_address": "mailer-daemon@googlemail.com"}, {}, "mailer-daemon"),
        ({"from_address": "Postmaster@outlook.com"}, {}, "Postmaster@outlook.com"),
        ({"from_address": "mail-delivery-subsystem@google.com"}, {}, "mail-delivery-subsystem"),
        ({"from_address": "MAILER-DAEMON"}, {}, "MAILER-DAEMON"),
        ({}, {"Return-Path": "<>"}, "Return-Path: <>"),
        ({}, {"Return-Path": " < > "}, "Return-Path: <>"),
        ({}, {"X-Failed-Recipients": "sales@example.com"}, "X-Failed-Recipients: sales@"),
        ({"subject": "Undelivered Mail Returned to Sender"}, {}, "Subject: Undelivered"),
        ({"subject": "Delivery Status Notification (Failure)"}, {}, "Delivery Status"),
        ({"subject": "Delivery Status Notification (Delay)"}, {}, "Delivery Status"),
        ({"subject": "Mail delivery failed: returning message to sender"}, {}, "Mail delivery"),
        ({"subject": "Returned mail: see transcript for details"}, {}, "Returned mail"),
        ({"subject": "failure notice"}, {}, "failure notice"),
        ({"subject": "Undeliverable: [DSR-2025-0001] Your request"}, {}, "Undeliverable"),
        ({"subject": "Unzustellbar: Ihre Anfrage"}, {}, "Unzustellbar"),
        ({"subject": "Olevererbart: Din begäran"}, {}, "Olevererbart"),
        ({"subject": "Kan ikke leveres: Din anmodning"}, {}, "Kan ikke leveres"),
        ({"subject": "Onbestelbaar: Uw verzoek"}, {}, "Onbestelbaar"),
        ({"subject": "Non remis : Votre demande"}, {}, "Non remis"),
        ({"subject": "No se puede entregar: Su solicitud"}, {}, "No se puede entregar"),
        ({"subject": "Non recapitabile: La sua richiesta"}, {}, "Non recapitabile"),
        ({"subject": "Niedostarczalne: Twoje żądanie"}, {}, "Niedostarczalne"),
        ({"subject": "[EXTERNAL] Undeliverable: Your request"}, {}, "Undeliverable"),
    ],
)
def test_bounces_are_blocked(
    fields: dict[str, Any], headers: dict[str, str], in_reason: str
) -> None:
    verdict = assert_blocked_by(make_message(headers=headers, **fields), "bounce")
    assert in_reason in verdict.reason


@pytest.mark.parametrize("phrase", DELIVERY_FAILURE.phrases)
@pytest.mark.parametrize("shape", ["{}", "{}: Your request", "{} (Failure)", "  {}  "])
def test_every_delivery_failure_phrase_is_recognised(phrase: str, shape: str) -> None:
    assert_blocked_by(make_message(subject=shape.format(phrase)), "bounce")


@pytest.mark.parametrize(
    ("fields", "headers"),
    [
        ({}, {"Return-Path": "<jens.hansen@example.dk>"}),
        ({"from_address": "postmaster-team@example.com"}, {}),
        ({"from_address": "daemon.fan@example.com"}, {}),
        ({"from_address": "jens@mailer-daemon.example.com"}, {}),
        # A person forwarding or answering a bounce is a person.
        ({"subject": "Fwd: Undeliverable: Your newsletter"}, {}),
        ({"subject": "Re: Returned mail: see transcript for details"}, {}),
        ({"subject": "Returned mail from your company – delete my data"}, {}),
        ({"subject": "Undeliverable promises - delete my data"}, {}),
        ({"subject": "Non remise en cause de mes droits"}, {}),
        ({"content_type": "multipart/mixed"}, {}),
        ({"content_type": "text/html; charset=utf-8"}, {}),
    ],
)
def test_human_mail_resembling_a_bounce_passes(
    fields: dict[str, Any], headers: dict[str, str]
) -> None:
    assert_passes(make_message(headers=headers, **fields))


# --- auto_reply --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["auto-replied", "auto-generated", "auto-notified", "Auto-Replied",
              "auto-replied; owner-email=jens@example.dk", "something-else", ""],
)
def test_auto_submitted_other_than_no_is_blocked(value: str) -> None:
    verdict = assert_blocked_by(make_message(headers={"Auto-Submitted": value}), "auto_reply")
    assert verdict.reason == f"Auto-Submitted: {value or '(empty)'}"


@pytest.mark.parametrize("value", ["no", "No", " no ", "no; comment"])
def test_auto_submitted_no_passes(value: str) -> None:
    assert_passes(make_message(headers={"Auto-Submitted": value}))


def test_any_automatic_auto_submitted_value_among_several_blocks() -> None:
    message = make_message(headers={"Auto-Submitted": ("no", "auto-generated")})
    assert "auto-generated" in assert_blocked_by(message, "auto_reply").reason


@pytest.mark.parametrize("value", ["bulk", "junk", "list", "auto_reply", "BULK", "auto-reply"])
def test_automatic_precedence_is_blocked(value: str) -> None:
    verdict = assert_blocked_by(make_message(headers={"Precedence": value}), "auto_reply")
    assert verdict.reason == f"Precedence: {value}"


@pytest.mark.parametrize("value", ["normal", "first-class", "urgent"])
def test_other_precedence_passes(value: str) -> None:
    assert_passes(make_message(headers={"Precedence": value}))


@pytest.mark.parametrize(
    ("header", "value", "reason"),
    [
        ("X-Autoreply", "yes", "X-Autoreply: yes"),
        ("X-Autorespond", "Out of office", "X-Autorespond: Out of office"),
        ("X-Auto-Response-Suppress", "All", "X-Auto-Response-Suppress: All"),
        ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply",
         "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply"),
        ("X-Autogenerated", "Reply", "X-Autogenerated: Reply"),
    ],
)
def test_vendor_auto_reply_headers_are_blocked(header: str, value: str, reason: str) -> None:
    verdict = assert_blocked_by(make_message(headers={header: value}), "auto_reply")
    assert verdict.reason == reason


def test_read_receipts_are_auto_replies_not_bounces() -> None:
    message = make_message(content_type="multipart/report; report-type=disposition-notification")
    assert "read receipt" in assert_blocked_by(message, "auto_reply").reason


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Mailer": "Microsoft Outlook 16.0"},
        {"X-Mailer": "Vacation autoresponder 1.2"},  # X-Mailer alone is never enough
        {"X-Autogenerated": "Forward"},
        {"Importance": "high", "X-Priority": "1"},
    ],
)
def test_headers_that_do_not_mark_automation_pass(headers: dict[str, str]) -> None:
    assert_passes(make_message(headers=headers))


OUT_OF_OFFICE_SUBJECTS = [
    # en
    "Out of Office: Your request", "Out of Office AutoReply: Your request", "Out of office",
    "Automatic reply: [DSR-2025-0001] We have received your request", "Auto-reply: hello",
    "Autoreply", "Auto reply - back Monday", "Re: Out of Office", "RE: Automatic reply: x",
    "[EXTERNAL] Automatic reply: Your request", "Out of the office until 5 May",
    # da
    "Fraværende: Din anmodning", "Ferie", "Ferie - tilbage 5. august", "Autosvar: Din anmodning",
    "Automatisk svar: Din anmodning", "SV: Fraværende", "Ikke på kontoret før 5. august",
    # sv
    "Frånvaro: Din begäran", "Automatiskt svar: Din begäran", "Autosvar", "SV: Frånvaro",
    # nb
    "Fravær", "Fravær: Din forespørsel", "Automatisk svar: Din forespørsel",
    # de
    "Abwesenheitsnotiz: Ihre Anfrage", "Abwesenheitsnotiz bis 20.08.", "Automatische Antwort: x",
    "Abwesend: Ihre Anfrage", "AW: Abwesenheitsnotiz", "Abwesend (bis 12.08.)",
    "Nicht im Buero bis Montag", "Nicht im Büro: Ihre Anfrage",
    # nl
    "Afwezig: Uw verzoek", "Automatisch antwoord: Uw verzoek", "Niet aanwezig", "Antw: Afwezig",
    # fr
    "Absence : Votre demande", "Réponse automatique : Votre demande",
    "Reponse automatique d'absence", "Absent", "Absent du bureau - retour le 3 mars",
    # fi
    "Poissa: Pyyntösi", "Automaattinen vastaus: Pyyntösi", "Lomalla", "VS: Lomalla",
    # es
    "Respuesta automática: Su solicitud", "RESPUESTA AUTOMATICA: Su solicitud",
    "Fuera de la oficina", "RE: Fuera de la oficina",
    # it
    "Risposta automatica: La sua richiesta", "Fuori ufficio", "R: Fuori ufficio",
    # pl
    "Odpowiedź automatyczna: Twoje żądanie", "Odpowiedz automatyczna: x", "Poza biurem",
    "Odp: Poza biurem",
]


@pytest.mark.parametrize("subject", OUT_OF_OFFICE_SUBJECTS)
def test_out_of_office_subjects_are_blocked(subject: str) -> None:
    verdict = assert_blocked_by(make_message(subject=subject), "auto_reply")
    assert verdict.reason.startswith("Subject: ")


@pytest.mark.parametrize("phrase", OUT_OF_OFFICE.phrases)
@pytest.mark.parametrize("shape", ["{}", "{}: Your request", "Re: {} - x", "AW: {}", "SV: {}"])
def test_every_out_of_office_phrase_is_recognised(phrase: str, shape: str) -> None:
    assert_blocked_by(make_message(subject=shape.format(phrase)), "auto_reply")


HUMAN_SUBJECTS = [
    "Delete my data (I was absent from the meeting)",
    "Absence of consent – delete my data",
    "Absent-minded question: what data do you hold?",
    "Please stop your automatic replies and delete my data",
    "Automatic replies keep coming – delete my data",
    "Re: Your out of office hours – stop calling me",
    "Fwd: Automatic reply: Your newsletter",  # a person forwarding an auto-reply to us
    "Ferien sind vorbei – Auskunft nach Art. 15",
    "Feriehus-kampagne: stop med at kontakte mig",
    "Fraværsregistrering og mine oplysninger",
    "Frånvarande samtycke – radera mina uppgifter",
    "Abwesenheitsnotizen an mich bitte einstellen",
    "Afwezigheid van toestemming: verwijder mijn gegevens",
    "Poissaolot ja tietoni",
    "Lomalla olleiden tietojen poisto",
    "Autosvaret ert skickar fel – radera mig",
    "Absentee ballot data – access request",
    "Why do you have my number?",
    "Indsigt i mine data",
    "",
]


@pytest.mark.parametrize("subject", HUMAN_SUBJECTS)
def test_human_subjects_with_similar_words_pass(subject: str) -> None:
    assert_passes(make_message(subject=subject))


def test_plain_word_with_a_dash_separator_is_read_as_out_of_office() -> None:
    """Accepted on purpose: "Ferie – ..." is the shape of a Danish holiday notice.

    A person writing so loses only the automatic acknowledgement; staff still see the mail.
    """
    assert_blocked_by(make_message(subject="Ferie – please delete my data"), "auto_reply")


def test_normalise_ignores_case_accents_and_spacing() -> None:
    assert normalise("  Réponse   AUTOMATIQUE ") == "reponse automatique"
    assert normalise("Fraværende") == "fraværende"  # æ is a letter of its own, kept


# --- list_mail ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("List-Id", "Danish marketing <dm.lists.example.org>"),
        ("List-Unsubscribe", "<https://example.com/u/123>, <mailto:u@example.com>"),
        ("List-Post", "<mailto:dm@lists.example.org>"),
        ("X-Campaign", "spring-2025"),
        ("X-Campaign-Id", "8f3a"),
        ("X-MC-User", "abc123"),
        ("X-CSA-Complaints", "csa-complaints@eco.de"),
    ],
)
def test_list_and_bulk_headers_are_blocked(header: str, value: str) -> None:
    verdict = assert_blocked_by(make_message(headers={header: value}), "list_mail")
    assert verdict.reason == f"{header}: {value}"


def test_precedence_list_is_reported_by_auto_reply_first_but_list_mail_alone_catches_it() -> None:
    message = make_message(headers={"Precedence": "list"})
    assert verdict_of(message).rule == "auto_reply"
    alone = screen(message, make_context(), rules=(ListMailRule(),))
    assert alone == ScreeningVerdict(blocked=True, rule="list_mail", reason="Precedence: list")


@pytest.mark.parametrize(
    "headers",
    [
        # Transactional providers also relay web-form requests from people.
        {"Feedback-ID": "123:456:example:ses"},
        {"X-SES-Outgoing": "2025.03.03-1.2.3.4"},
        {"X-SG-EID": "abc"},
        {"X-Mailer": "MailChimp Mailer"},
        {"List": "not a list header"},
    ],
)
def test_headers_that_do_not_mark_list_mail_pass(headers: dict[str, str]) -> None:
    assert_passes(make_message(headers=headers))


# --- sender_rate_limit -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sent", "limit", "blocked"),
    [
        (0, LIMIT, False),
        (LIMIT - 1, LIMIT, False),
        (LIMIT, LIMIT, True),
        (LIMIT + 1, LIMIT, True),
        (0, 1, False),
        (1, 1, True),
        (0, 0, True),  # a limit of 0 disables automatic answers
    ],
)
def test_sender_rate_limit_boundary(sent: int, limit: int, blocked: bool) -> None:
    verdict = verdict_of(make_message(), make_context(sent=sent, limit=limit))
    assert verdict.blocked is blocked
    if blocked:
        assert verdict.rule == "sender_rate_limit"
        assert f"{sent} automatic replies" in verdict.reason
        assert f"limit {limit}" in verdict.reason
        assert "jens.hansen@example.dk" in verdict.reason


def test_rate_limit_rule_ignores_the_message() -> None:
    rule = SenderRateLimitRule()
    assert rule.check(make_message(from_address=OWN_ADDRESS), make_context()) is None


# --- reasons -----------------------------------------------------------------------------------


def test_reasons_are_one_bounded_line() -> None:
    value = "auto-replied;\r\n\towner=" + "x" * 500
    verdict = assert_blocked_by(make_message(headers={"Auto-Submitted": value}), "auto_reply")
    assert "\n" not in verdict.reason and "\r" not in verdict.reason
    assert len(verdict.reason) < 200
    assert verdict.reason.startswith("Auto-Submitted: auto-replied; owner=xxx")
    assert verdict.reason.endswith("…")


@pytest.mark.parametrize(
    "rule", [OwnLoopRule(), BounceRule(), AutoReplyRule(), ListMailRule(), SenderRateLimitRule()]
)
def test_each_rule_leaves_a_plain_request_alone(rule: ScreeningRule) -> None:
    assert rule.check(make_message(), make_context()) is None


@pytest.mark.parametrize("subject", [
    "Re: Slet mine oplysninger", "AW: Ihr Newsletter", "SV: Ta bort mig", "Antw: uitschrijven",
    "RIF: cancellazione", "Odp: RODO", "VS: tietopyyntö", "Fwd: please delete me",
    "WG: Löschung", "TR: suppression", "RE[2]: access request",
    "Automatiskt svar: Re: Ta bort mig", "[EXTERNAL] Re: erasure",
])
def test_answer_and_forward_subjects_quote_an_earlier_subject(subject: str) -> None:
    assert quotes_an_earlier_subject(subject)


@pytest.mark.parametrize("subject", [
    "Slet mine oplysninger", "Ihre Anfrage: Löschung", "Ref: 2026-04", "Svar ønskes",
    "Art. 15 request", "Versus: a comparison", "",
])
def test_own_subjects_quote_nothing(subject: str) -> None:
    assert not quotes_an_earlier_subject(subject)
