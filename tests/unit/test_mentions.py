"""Tests of the explicit-mention layer (classifiers.mentions, classifiers.mention_lexicon).

All sentences were written for these tests. Rule references: R1 (any words, any language),
R70 (plain "stop"/"unsubscribe" is an objection), R95 (uncertain mail goes to triage), R96
(questions about one's own data are access requests; general privacy questions are not).
"""

from __future__ import annotations

import pytest

from bot.model import (
    SUPPORTED_LANGUAGES,
    ClassificationVerdict,
    Evidence,
    ParsedMessage,
    Right,
    VerdictKind,
)
from classifiers.base import Classifier
from classifiers.mention_lexicon import LEXICONS
from classifiers.mentions import (
    _LANGUAGE_PATTERNS,
    Mention,
    MentionClassifier,
    MentionStrength,
    find_mentions,
)

A = Right.ACCESS
RC = Right.RECTIFICATION
E = Right.ERASURE
RS = Right.RESTRICTION
P = Right.PORTABILITY
O = Right.OBJECTION  # noqa: E741 - short alias keeps the case tables readable
W = Right.WITHDRAW_CONSENT
STRONG = MentionStrength.STRONG
WEAK = MentionStrength.WEAK


def strong_rights(text: str, language: str | None = None) -> set[Right]:
    return {m.right for m in find_mentions(text, language) if m.strength is STRONG}


def weak_rights(text: str, language: str | None = None) -> set[Right]:
    return {m.right for m in find_mentions(text, language) if m.strength is WEAK}


def message(
    new_text: str, subject: str = "", language: str | None = None
) -> ParsedMessage:
    return ParsedMessage(
        message_id="<t@example.test>", subject=subject, from_address="p@example.test",
        from_name="Prospect", to_addresses=("privacy@example.test",), date_header=None,
        in_reply_to=None, references=(), content_type="text/plain", headers={},
        body_text=new_text, new_text=new_text, language=language,
    )


# --- strong requests, per language and right (R1) -------------------------------------------

STRONG_CASES: list[tuple[str, str, Right]] = [
    # Danish
    ("da", "Hvor har I mit nummer fra?", A),
    ("da", "hvor har I mine oplysninger fra?", A),
    ("da", "Send mig venligst en kopi af mine personoplysninger.", A),
    ("da", "Hvilke oplysninger har I om mig?", A),
    ("da", "Jeg beder om indsigt i mine data.", A),
    ("da", "Slet mine oplysninger, tak.", E),
    ("da", "Jeg ønsker at blive slettet fra alt hos jer.", E),
    ("da", "Min stillingsbetegnelse er forkert, den skal være salgschef.", RC),
    ("da", "Ret venligst min titel til CFO.", RC),
    ("da", "Begræns behandlingen af mine oplysninger, indtil sagen er afklaret.", RS),
    ("da", "I må ikke slette mine data, jeg skal bruge dem i en sag.", RS),
    ("da", "Send mine oplysninger direkte til en anden udbyder.", P),
    ("da", "Jeg vil have mine data i et maskinlæsbart format.", P),
    ("da", "Jeg trækker mit samtykke tilbage.", W),
    ("da", "Lad være med at kontakte mig igen.", O),
    ("da", "Fjern mig fra jeres liste.", O),
    ("da", "Jeg frabeder mig yderligere henvendelser.", O),
    ("da", "Afmeld", O),
    # English
    ("en", "Where did you get my number?", A),
    ("en", "Please send me a copy of my personal data.", A),
    ("en", "What information do you hold about me?", A),
    ("en", "Delete my data immediately.", E),
    ("en", "I want all my personal information erased.", E),
    ("en", "Please correct my job title, it is Head of Sales now.", RC),
    ("en", "My email address is wrong in your records.", RC),
    ("en", "Please restrict the processing of my data while you check this.", RS),
    ("en", "I want my data in a portable format.", P),
    ("en", "I want my data transferred.", P),
    ("en", "Please transfer my data to another provider.", P),
    ("en", "I object to the processing of my personal data.", O),
    ("en", "Stop contacting me.", O),
    ("en", "Take me off your lists.", O),
    ("en", "Remove me from your list please", O),
    ("en", "unsubscribe me please", O),
    ("en", "Not interested, don't email me again.", O),
    ("en", "I withdraw my consent to your newsletter.", W),
    # German
    ("de", "Ich verlange Auskunft über meine gespeicherten Daten.", A),
    ("de", "Woher haben Sie meine Telefonnummer?", A),
    ("de", "Bitte löschen Sie meine Daten.", E),
    ("de", "Ich bitte um Löschung meiner personenbezogenen Daten.", E),
    ("de", "Bitte korrigieren Sie meine Berufsbezeichnung.", RC),
    ("de", "Ich beantrage die Einschränkung der Verarbeitung meiner Daten.", RS),
    ("de", "Bitte übertragen Sie meine Daten direkt an einen anderen Anbieter.", P),
    ("de", "Ich widerrufe meine Einwilligung.", W),
    ("de", "Ich möchte keine Werbung mehr.", O),
    ("de", "Bitte nehmen Sie mich aus Ihrem Verteiler.", O),
    # Swedish
    ("sv", "Jag begär utdrag enligt GDPR.", A),
    ("sv", "Var har ni fått mitt nummer ifrån?", A),
    ("sv", "Radera mina personuppgifter.", E),
    ("sv", "Min titel är fel, rätta den.", RC),
    ("sv", "Begränsa behandlingen av mina uppgifter tills vidare.", RS),
    ("sv", "Överför mina uppgifter till en annan leverantör.", P),
    ("sv", "Jag återkallar mitt samtycke.", W),
    ("sv", "Ta bort mig från era listor.", O),
    ("sv", "Sluta kontakta mig.", O),
    # Norwegian (bokmål)
    ("nb", "Jeg ber om innsyn i mine personopplysninger.", A),
    ("nb", "Hvor har dere fått nummeret mitt fra?", A),
    ("nb", "Slett alle opplysningene mine.", E),
    ("nb", "Tittelen min er feil.", RC),
    ("nb", "Begrens behandlingen av mine opplysninger.", RS),
    ("nb", "Overfør mine data til en annen leverandør.", P),
    ("nb", "Jeg trekker tilbake mitt samtykke.", W),
    ("nb", "Slutt å kontakte meg.", O),
    ("nb", "Meld meg av nyhetsbrevet.", O),
    # Dutch
    ("nl", "Ik wil graag inzage in mijn persoonsgegevens.", A),
    ("nl", "Waar heeft u mijn gegevens vandaan?", A),
    ("nl", "Verwijder mijn gegevens alstublieft.", E),
    ("nl", "Ik verzoek u mijn gegevens te verwijderen.", E),
    ("nl", "Mijn functietitel is onjuist.", RC),
    ("nl", "Corrigeer mijn naam alstublieft.", RC),
    ("nl", "Ik vraag om beperking van de verwerking van mijn gegevens.", RS),
    ("nl", "Graag mijn gegevens in een machineleesbaar formaat.", P),
    ("nl", "Ik trek mijn toestemming in.", W),
    ("nl", "Stop met mailen.", O),
    ("nl", "Verwijder mij van uw mailinglijst.", O),
    # French
    ("fr", "Je demande l'accès à mes données personnelles.", A),
    ("fr", "Où avez-vous obtenu mon numéro ?", A),
    ("fr", "Veuillez supprimer mes données.", E),
    ("fr", "Je demande l'effacement de mes données.", E),
    ("fr", "Veuillez corriger mon intitulé de poste.", RC),
    ("fr", "Je demande la limitation du traitement de mes données.", RS),
    ("fr", "Je souhaite la portabilité de mes données.", P),
    ("fr", "Je retire mon consentement.", W),
    ("fr", "Ne me contactez plus.", O),
    ("fr", "Retirez-moi de votre liste.", O),
    # Finnish
    ("fi", "Mistä olette saaneet numeroni?", A),
    ("fi", "Lähettäkää minulle kopio tiedoistani.", A),
    ("fi", "Poistakaa tietoni.", E),
    ("fi", "Pyydän tietojeni poistamista.", E),
    ("fi", "Korjatkaa tittelini.", RC),
    ("fi", "Rajoittakaa tietojeni käsittelyä.", RS),
    ("fi", "Siirtäkää tietoni toiselle palveluntarjoajalle.", P),
    ("fi", "Peruutan suostumukseni.", W),
    ("fi", "Älä lähetä minulle enää viestejä.", O),
    ("fi", "En halua enää markkinointia.", O),
    # Spanish
    ("es", "¿De dónde han obtenido mis datos?", A),
    ("es", "Solicito acceso a mis datos personales.", A),
    ("es", "Borren mis datos.", E),
    ("es", "Rectifiquen mi cargo, por favor.", RC),
    ("es", "Solicito la limitación del tratamiento de mis datos.", RS),
    ("es", "Solicito la portabilidad de mis datos.", P),
    ("es", "Retiro mi consentimiento.", W),
    ("es", "No me contacten más.", O),
    ("es", "Denme de baja.", O),
    # Italian
    ("it", "Dove avete preso il mio numero?", A),
    ("it", "Cancellate i miei dati.", E),
    ("it", "Correggete il mio ruolo.", RC),
    ("it", "Chiedo la limitazione del trattamento dei miei dati.", RS),
    ("it", "Chiedo la portabilità dei miei dati.", P),
    ("it", "Revoco il mio consenso.", W),
    ("it", "Non contattatemi più.", O),
    # Polish
    ("pl", "Skąd macie mój numer?", A),
    ("pl", "Proszę o usunięcie moich danych.", E),
    ("pl", "Proszę poprawić moje stanowisko.", RC),
    ("pl", "Żądam ograniczenia przetwarzania moich danych.", RS),
    ("pl", "Proszę o przeniesienie moich danych do innego administratora.", P),
    ("pl", "Cofam moją zgodę.", W),
    ("pl", "Nie dzwońcie do mnie.", O),
    ("pl", "Wypiszcie mnie z listy.", O),
]


@pytest.mark.parametrize(("language", "text", "right"), STRONG_CASES)
def test_r1_strong_request_with_language_hint(language: str, text: str, right: Right) -> None:
    assert right in strong_rights(text, language)


@pytest.mark.parametrize(("language", "text", "right"), STRONG_CASES)
def test_r1_strong_request_without_language(language: str, text: str, right: Right) -> None:
    mentions = [m for m in find_mentions(text) if m.strength is STRONG and m.right is right]
    assert mentions
    assert all(m.language in LEXICONS for m in mentions)


def test_cases_cover_every_right_in_every_language() -> None:
    for language in SUPPORTED_LANGUAGES:
        covered = {right for lang, _, right in STRONG_CASES if lang == language}
        assert covered == set(Right), language


@pytest.mark.parametrize("language", ["da", "en", "de", "sv", "nb"])
def test_major_languages_have_at_least_five_cases(language: str) -> None:
    assert sum(1 for lang, _, _ in STRONG_CASES if lang == language) >= 5


# --- named rights, promoted by a first-person cue -----------------------------------------

NAMED_RIGHT_REQUESTS: list[tuple[str, str, Right]] = [
    ("en", "I exercise my right to erasure.", E),
    ("en", "This is a formal request: right of access.", A),
    ("da", "Jeg gør brug af retten til at blive glemt.", E),
    ("da", "Jeg påberåber mig min ret til indsigt.", A),
    ("de", "Ich mache mein Recht auf Löschung geltend.", E),
    ("de", "Hiermit mache ich mein Widerspruchsrecht geltend.", O),
    ("sv", "Jag åberopar rätten att bli bortglömd.", E),
    ("nb", "Jeg krever retten til dataportabilitet.", P),
    ("fr", "J'exerce mon droit à l'effacement.", E),
    ("nl", "Ik maak gebruik van mijn recht op vergetelheid.", E),
    ("fi", "Käytän oikeuttani tulla unohdetuksi.", E),
    ("es", "Ejerzo mi derecho de supresión.", E),
    ("it", "Esercito il mio diritto all'oblio.", E),
    ("pl", "Korzystam z prawa do bycia zapomnianym.", E),
]


@pytest.mark.parametrize(("language", "text", "right"), NAMED_RIGHT_REQUESTS)
def test_named_right_used_as_request_is_strong(language: str, text: str, right: Right) -> None:
    assert right in strong_rights(text, language)
    assert right in strong_rights(text)


# --- article citations ----------------------------------------------------------------------

ARTICLE_REQUESTS: list[tuple[str, str, Right]] = [
    ("en", "I request access under Article 15 GDPR.", A),
    ("en", "Request under Art. 21 UK GDPR", O),
    ("en", "I hereby invoke Article 7(3) GDPR for all processing based on consent.", W),
    ("da", "Jeg anmoder om sletning jf. artikel 17 i databeskyttelsesforordningen.", E),
    ("da", "Jeg tilbagekalder hermed jf. artikel 7, stk. 3.", W),
    ("de", "Gemäß Art. 15 DSGVO verlange ich Auskunft.", A),
    ("de", "Ich beantrage hiermit nach Art. 16 DS-GVO die Berichtigung.", RC),
    ("de", "Hiermit widerrufe ich nach Art. 7 Abs. 3 DSGVO.", W),
    ("sv", "Jag begär, enligt artikel 15 GDPR, att få veta vad ni har.", A),
    ("sv", "Jag begär begränsning enligt artikel 18 i dataskyddsförordningen.", RS),
    ("nb", "Jeg ber om dette etter artikkel 20 i personvernforordningen.", P),
    ("nl", "Ik verzoek u op grond van artikel 15 AVG om een overzicht.", A),
    ("fr", "Je demande l'effacement conformément à l'article 17 du RGPD.", E),
    ("fi", "Pyydän tietosuoja-asetuksen 15 artiklan mukaisesti pääsyä tietoihin.", A),
    ("fi", "Pyydän 7 artiklan 3 kohdan nojalla lopettamaan.", W),
    ("es", "Solicito, conforme al artículo 15 RGPD, una respuesta.", A),
    ("it", "Chiedo la cancellazione ai sensi dell'articolo 17 GDPR.", E),
    ("pl", "Wnoszę na podstawie art. 15 RODO o odpowiedź.", A),
]


@pytest.mark.parametrize(("language", "text", "right"), ARTICLE_REQUESTS)
def test_article_citation_with_request_cue_is_strong(
    language: str, text: str, right: Right
) -> None:
    assert right in strong_rights(text, language)
    assert right in strong_rights(text)


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("Article 15", A), ("Art. 16 GDPR", RC), ("artikel 17", E), ("Artikel 18 DSGVO", RS),
        ("artikkel 20", P), ("article 21 du RGPD", O), ("Art. 7(3)", W), ("art. 7 ust. 3 RODO", W),
        ("artículo 17", E), ("articolo 15", A), ("artykuł 17", E), ("17 artikla", E),
    ],
)
def test_article_number_maps_to_right_and_is_weak_alone(text: str, right: Right) -> None:
    mentions = find_mentions(f"Our newsletter covers {text} this month.")
    assert [(m.right, m.strength) for m in mentions] == [(right, WEAK)]


@pytest.mark.parametrize(
    "text",
    [
        "We apply Article 6 GDPR.",
        "Article 7 GDPR sets conditions for consent.",  # 7 without paragraph 3
        "Ifølge § 15 i loven skal vi svare.",  # national law, not the GDPR
        "Invoice no. 17, payment within 15 days.",
    ],
)
def test_unmapped_numbers_and_paragraph_signs_give_nothing(text: str) -> None:
    assert find_mentions(text) == ()


def test_article_phrase_includes_law_name_and_language() -> None:
    mention = find_mentions("Gemäß Art. 15 DSGVO, bitte um Antwort.", None)[0]
    assert (mention.phrase, mention.right, mention.language) == ("Art. 15 DSGVO", A, "de")


# --- weak-only mentions ---------------------------------------------------------------------

WEAK_ONLY: list[tuple[str, set[Right]]] = [
    ("Our webinar explains Article 17 and the right to erasure.", {E}),
    ("How long do you keep data?", {A}),
    ("Unser Whitepaper erklärt das Recht auf Löschung nach Art. 17 DSGVO.", {E}),
    ("Nyhedsbrev: Hvad betyder retten til at blive glemt?", {E}),
    ("Läs mer om rätten till dataportabilitet i vår guide.", {P}),
    ("5 tips to handle right of access requests in your company", {A}),
    ("Bitte melden Sie sich für unser Webinar zu Art. 15 DSGVO an.", {A}),
]


@pytest.mark.parametrize(("text", "rights"), WEAK_ONLY)
def test_weak_mentions_without_request(text: str, rights: set[Right]) -> None:
    assert strong_rights(text) == set()
    assert weak_rights(text) == rights


# --- hard negatives (R96: not a request) ----------------------------------------------------

HARD_NEGATIVES = [
    "5 tips to handle right of access requests. Read our GDPR newsletter and unsubscribe "
    "at any time.",
    "Do you use cookies on your website?",
    "Interested, call me next week.",
    "Invoice 2024-117\nAmount due: DKK 12,500\nPayment within 15 days to account 1234-5678.",
    "I am out of the office until Monday with limited access to email. For urgent matters "
    "please contact my colleague.",
    "Jeg er på ferie til og med 3. august og har begrænset adgang til min mail.",
    "Please delete the lead list we bought from you last month.",
    "Don't forget me for the next event!",
    "Tak for mødet i går, ring gerne til mig på fredag.",
    "Vielen Dank für Ihre Nachricht, ich melde mich nächste Woche.",
    "Could you send me the price list for 2025?",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negative_has_no_strong_mention(text: str) -> None:
    assert strong_rights(text) == set()


def test_newsletter_footer_unsubscribe_line_does_not_count() -> None:
    body = "\n".join(f"Paragraph {n} about our spring campaign and product news." for n in range(8))
    text = f"{body}\n\nUnsubscribe\nUpdate your preferences"
    assert find_mentions(text) == ()


@pytest.mark.parametrize(
    "text",
    ["Unsubscribe", "unsubscribe, thanks", "Re: Afmeld\n\nHej", "STOP", "Avregistrera mig.",
     "Abmelden bitte"],
)
def test_r70_bare_stop_word_at_top_is_objection(text: str) -> None:
    assert strong_rights(text) == {O}


# --- multi-right ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("language", "text", "rights"),
    [
        ("en", "Send me what you have and then delete it.", {A, E}),
        ("da", "Hvor har I mit nummer fra? Og slet mine oplysninger bagefter.", {A, E}),
        ("de", "Ich widerrufe meine Einwilligung und bitte um Löschung meiner Daten.", {W, E}),
        ("sv", "Skicka mig en kopia av mina uppgifter och sluta kontakta mig.", {A, O}),
        ("en", "stop contacting me", {O}),
        ("en", "Please stop processing my data until you have checked it.", {RS}),
    ],
)
def test_r2_multi_right(language: str, text: str, rights: set[Right]) -> None:
    assert strong_rights(text, language) == rights
    assert strong_rights(text) == rights


# --- phrase as written ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("SLET MINE OPLYSNINGER!", "SLET MINE OPLYSNINGER"),
        ("Grüße aus Köln. Bitte LÖSCHEN Sie meine Daten.", "LÖSCHEN Sie meine Daten"),
        ("Straße 5. Löschung meiner Daten, bitte.", "Löschung meiner Daten"),
        ("Lo\u0308schung meiner Daten", "Lo\u0308schung meiner Daten"),  # decomposed umlaut
        ("slet mine oplysninger", "slet mine oplysninger"),
        ("Please delete\n   my personal\ndata.", "delete\n   my personal\ndata"),
        ("Rätta min titel, tack.", "Rätta min titel"),
        ("Where did you get my number?", "Where did you get my number"),
    ],
)
def test_phrase_is_reported_as_written(text: str, phrase: str) -> None:
    mentions = find_mentions(text)
    assert phrase in [m.phrase for m in mentions]
    for m in mentions:
        assert text[m.start : m.end] == m.phrase


def test_accents_are_optional_when_matching() -> None:
    assert E in strong_rights("Loschen Sie meine Daten", "de")
    assert P in strong_rights("Overfor mina uppgifter till en annan leverantor", "sv")
    assert O in strong_rights("Jeg onsker ikke at blive kontaktet", "da")  # ø written as o


def test_known_limitation_transliterated_danish_letters() -> None:
    # "ae"/"aa" for "æ"/"å" are not folded (only accents are stripped, and ø becomes o), so a
    # writer without a Danish keyboard spelling "traekker" is left to the model layer.
    assert strong_rights("Jeg traekker mit samtykke tilbage", "da") == set()


def test_mention_fields() -> None:
    (mention,) = find_mentions("Hvor har I mit nummer fra?", "da")
    assert mention == Mention(A, "Hvor har I mit nummer fra", 0, 25, STRONG, "da")


def test_language_hint_restricts_lexicon_and_accepts_norwegian_aliases() -> None:
    assert find_mentions("Slett alle opplysningene mine.", "en") == ()
    assert E in strong_rights("Slett alle opplysningene mine.", "no")
    assert E in strong_rights("Slett alle opplysningene mine.", "pt")  # unknown: all languages


def test_mentions_are_deduplicated_across_languages() -> None:
    mentions = find_mentions("Stop")
    assert len(mentions) == 1
    assert mentions[0].language == "en"


# --- lexicon sanity -------------------------------------------------------------------------

def test_every_supported_language_has_a_complete_lexicon() -> None:
    assert set(LEXICONS) == set(SUPPORTED_LANGUAGES)
    for lexicon in LEXICONS.values():
        assert set(lexicon.strong) == set(Right), lexicon.code
        assert set(lexicon.weak) == set(Right), lexicon.code
        assert lexicon.cues, lexicon.code


def test_lexicon_patterns_have_no_stray_capturing_groups() -> None:
    # Tags are found by re-matching; a capturing group in a phrase would be a bug magnet.
    for compiled in _LANGUAGE_PATTERNS.values():
        assert compiled.scan.groups == 0
        for tag, rx in compiled.tagged:
            assert rx.groups == (1 if tag == "bare" else 0), tag


# --- classifier -----------------------------------------------------------------------------

def test_classifier_satisfies_protocol() -> None:
    classifier: Classifier = MentionClassifier()
    assert isinstance(classifier.classify(message("hello")), ClassificationVerdict)


def test_classifier_strong_mentions_make_a_request() -> None:
    verdict = MentionClassifier().classify(
        message("Where did you get my number? Please delete my data.", "Question", "en")
    )
    assert verdict.kind is VerdictKind.REQUEST
    assert verdict.rights == frozenset({A, E})
    assert verdict.confidence == 0.9
    assert verdict.language == "en"
    assert Evidence("Where did you get my number", A, "mention") in verdict.evidence
    assert Evidence("delete my data", E, "mention") in verdict.evidence


def test_classifier_request_rights_exclude_weak_ones() -> None:
    verdict = MentionClassifier().classify(
        message("Stop contacting me. I read your piece on Article 17.", language="en")
    )
    assert verdict.kind is VerdictKind.REQUEST
    assert verdict.rights == frozenset({O})
    assert Evidence("Article 17", E, "mention") in verdict.evidence


def test_classifier_weak_only_is_uncertain() -> None:
    verdict = MentionClassifier(weak_confidence=0.4).classify(
        message("Our webinar explains Article 17 and the right to erasure.", language="en")
    )
    assert verdict.kind is VerdictKind.UNCERTAIN
    assert verdict.rights == frozenset({E})
    assert verdict.confidence == 0.4
    assert {e.phrase for e in verdict.evidence} == {"Article 17", "right to erasure"}


def test_r95_classifier_nothing_found_is_uncertain_not_a_non_request() -> None:
    verdict = MentionClassifier().classify(message("Do you use cookies?", language="en"))
    assert verdict == ClassificationVerdict(
        kind=VerdictKind.UNCERTAIN, rights=frozenset(), language="en", confidence=0.0
    )


def test_classifier_reads_subject_and_custom_confidence() -> None:
    verdict = MentionClassifier(strong_confidence=0.75).classify(
        message("", subject="Unsubscribe", language=None)
    )
    assert (verdict.kind, verdict.rights, verdict.confidence) == (
        VerdictKind.REQUEST, frozenset({O}), 0.75,
    )


def test_classifier_falls_back_to_all_languages_when_hint_is_wrong() -> None:
    verdict = MentionClassifier().classify(message("Afmeld tak", language="fr"))
    assert verdict.kind is VerdictKind.REQUEST
    assert verdict.rights == frozenset({O})
    assert verdict.language == "fr"


def test_classifier_deduplicates_evidence() -> None:
    verdict = MentionClassifier().classify(
        message("Delete my data. delete my data. Delete my data.", language="en")
    )
    assert verdict.evidence == (
        Evidence("Delete my data", E, "mention"), Evidence("delete my data", E, "mention"),
    )


# --- English: everyday first-person phrasings and what must stay out -------------------------

EN_EVERYDAY_REQUESTS: list[tuple[str, Right]] = [
    ("Can you please remove my details from your system?", E),
    ("I'd like you to erase everything you hold about me.", E),
    ("I want to be removed from your database.", E),
    ("delete me from ur database pls", E),
    ("I want my name and email deleted from your records.", E),
    ("I don't want to be in your CRM at all.", E),
    ("Where'd u get my number from", A),
    ("How did you get hold of my mobile number?", A),
    ("What do you have on file about me?", A),
    ("Which companies have you sold my details to?", A),
    ("Can you confirm whether you hold any personal data about me?", A),
    ("Am I in your database?", A),
    ("Quit spamming me", O),
    ("Please don't call this number again", O),
    ("I no longer wish to receive emails from you.", O),
    ("Please add me to your do not call list.", O),
    ("Do not sell or share my details with your clients.", O),
    ("Not interested. Remove me.", O),
    ("I object to you using my data for marketing.", O),
    ("You have me down as CFO but I am the COO.", RC),
    ("My name is Siobhan, not Shivaun.", RC),
    ("The number you have for me is wrong.", RC),
    ("My email address has changed.", RC),
    ("Freeze my record until this is sorted out.", RS),
    ("Please don't use my data until you have checked it.", RS),
    ("Put my data on hold for now.", RS),
    ("Please export my data as a CSV file.", P),
    ("Send my data directly to Acme CRM.", P),
    ("Consider my consent withdrawn.", W),
    ("I signed up by accident, please cancel my subscription.", W),
    ("I'm withdrawing my consent for marketing emails.", W),
    # Formal letters name the holder: "the personal data your organisation holds about me".
    ("I, Jane Roe, request access to the personal data your organisation holds about me.", A),
    ("Please send a copy of the information your company has on me.", A),
]


@pytest.mark.parametrize(("text", "right"), EN_EVERYDAY_REQUESTS)
def test_english_everyday_request_is_strong_with_its_right(text: str, right: Right) -> None:
    assert strong_rights(text, "en") == {right}


EN_NOT_STRONG = [
    # A client's instructions about contacts it supplied (R96: not the writer's own data).
    "Please delete the contacts we uploaded last week.",
    "Please stop calling them, they are existing customers.",
    "Don't delete anything yet, legal is reviewing the campaign data.",
    "Please pause all processing of the contact data we supplied.",
    "Could you add these 20 contacts to your do-not-call list for our campaign?",
    "Could you export the leads you delivered as a CSV?",
    "Please remove the old title and use the new one.",
    # Newsletters, vendors and policy questions talking about requests.
    "You have the right to have your data deleted.",
    "If you no longer wish to receive these emails, click here to unsubscribe.",
    "Privacy inboxes are full of \"delete me\" and \"where did you get my number\" emails.",
    "When a prospect says stop calling, do you stop for all your clients?",
    "How do prospects get removed from your database?",
    "Guide: giving access to the personal data your organisation holds about customers.",
    # Sales replies, scheduling, follow-ups and other business mail.
    "Please don't call me before 10am, I'm in meetings.",
    "Can you call me at 3pm? My title is now VP Sales so I own this budget.",
    "What information do you need from me to set up the contract?",
    "I'd rather not send my passport, is a driving licence ok?",
    "I'd like to opt out of the auto-renewal clause in the contract.",
    "Did you delete my data yet? It has been three weeks.",
    "I have attached a copy of my ID as requested.",
    "Has my application been processed yet?",
]


@pytest.mark.parametrize("text", EN_NOT_STRONG)
def test_english_instruction_newsletter_or_sales_text_is_not_strong(text: str) -> None:
    assert strong_rights(text, "en") == set()


def test_english_scan_branches_start_with_a_letter() -> None:
    # The regex engine skips a branch that starts with a literal with one comparison; a branch
    # starting with a group, an optional part or a look-behind is entered at every word.
    lexicon = LEXICONS["en"]
    for phrases in (*lexicon.strong.values(), *lexicon.weak.values()):
        for phrase in phrases:
            assert phrase[0].isalpha(), phrase[:40]


# --- Finnish, Spanish, Italian and Polish everyday phrasing ----------------------------------

FI_ES_IT_PL_EVERYDAY_REQUESTS = [
    ("fi", "Poistakaa kaikki tietoni teidän järjestelmästänne.", E),
    ("fi", "Voisitteko poistaa mun tiedot rekisteristänne?", E),
    ("fi", "Poistakaa minut tietokannastanne.", E),
    ("fi", "Poistakaa minut.", O),
    ("fi", "Ottakaa mut pois teidän postituslistalta.", O),
    ("fi", "Älkää enää soittako minulle.", O),
    ("fi", "Lopettakaa jatkuvat puhelut!", O),
    ("fi", "En halua enää markkinointiviestejä teiltä.", O),
    ("fi", "Mistä olette saaneet puhelinnumeroni?", A),
    ("fi", "Mitä tietoja teillä on minusta?", A),
    ("fi", "Kenelle olette myyneet sähköpostiosoitteeni?", A),
    ("fi", "Sukunimeni on kirjoitettu väärin.", RC),
    ("fi", "Älkää käyttäkö tietojani ennen kuin asia on selvitetty.", RS),
    ("fi", "Lähettäkää tietoni CSV-tiedostona.", P),
    ("fi", "Peruutan antamani markkinointiluvan.", W),
    ("es", "Por favor, borren todos mis datos de su base de datos.", E),
    ("es", "Elimínenme de su base de datos, gracias.", E),
    ("es", "Quítenme de su lista de correo.", O),
    ("es", "Por favor no me vuelvan a escribir.", O),
    ("es", "¿De dónde han sacado mi teléfono?", A),
    ("es", "¿Quién les dio mi correo?", A),
    ("es", "Mi cargo está mal, ahora soy director comercial.", RC),
    ("es", "No usen mis datos hasta que se aclare el asunto.", RS),
    ("es", "Quiero mis datos en un archivo CSV.", P),
    ("es", "Retiro el consentimiento que les di.", W),
    ("it", "Cancellate tutti i miei dati dal vostro database.", E),
    ("it", "Rimuovetemi dal vostro gestionale.", E),
    ("it", "Toglietemi dalla vostra mailing list.", O),
    ("it", "Smettetela di chiamarmi!", O),
    ("it", "Che dati avete su di me?", A),
    ("it", "Chi vi ha dato il mio numero di cellulare?", A),
    ("it", "Il mio cognome è scritto sbagliato.", RC),
    ("it", "Sospendete ogni uso dei miei dati finché non avete verificato.", RS),
    ("it", "Mandatemi i miei dati in formato CSV.", P),
    ("it", "Revoco il consenso che avevo dato.", W),
    ("pl", "Proszę usunąć wszystkie moje dane osobowe.", E),
    ("pl", "Usuńcie mnie z systemu.", E),
    ("pl", "Proszę mnie usunąć z listy mailingowej.", O),
    ("pl", "Nie życzę sobie telefonów od Was.", O),
    ("pl", "Skąd macie mój numer?", A),
    ("pl", "Jakie dane o mnie przetwarzacie?", A),
    ("pl", "Zmieniłem numer telefonu, nowy to 600 100 200.", RC),
    ("pl", "Proszę nie usuwać moich danych, ale ich nie wykorzystywać.", RS),
    ("pl", "Proszę przesłać eksport moich danych w JSON.", P),
    ("pl", "Cofam zgodę na marketing.", W),
]


@pytest.mark.parametrize(("language", "text", "right"), FI_ES_IT_PL_EVERYDAY_REQUESTS)
def test_fi_es_it_pl_everyday_request_is_strong_with_its_right(
    language: str, text: str, right: Right
) -> None:
    assert strong_rights(text, language) == {right}


FI_ES_IT_PL_NOT_STRONG = [
    # A client's instructions about contacts it supplied, not the writer's own data.
    ("fi", "Poistakaa toimittamamme asiakaslista järjestelmistänne."),
    ("fi", "Lopettakaa soitot vanhan listan yrityksiin."),
    ("fi", "Älkää soittako heille enää, he ovat jo asiakkaitamme."),
    ("es", "Eliminen de su CRM el listado de distribuidores que les enviamos."),
    ("es", "Dejad de llamar a los contactos de nuestra base."),
    ("it", "Cancellate le righe duplicate e usate solo quelle con la mail aggiornata."),
    ("it", "Sospendete le chiamate ai contatti della lista Hotel Riviera."),
    ("pl", "Prosimy o usunięcie z Waszego CRM listy hurtowni."),
    ("pl", "Proszę nie dzwonić do tych firm z naszej listy."),
    ("pl", "Klient nie chce więcej kontaktu."),
    # Newsletters and policy text naming a right.
    ("fi", "Asiakkaalla on oikeus saada tietonsa poistetuksi."),
    ("es", "El retiro del consentimiento debe ser tan fácil como darlo."),
    ("it", "Il ritiro del consenso deve essere semplice quanto il suo rilascio."),
    ("it", "Per non ricevere più questa newsletter clicca qui."),
    ("pl", "Każdy ma prawo do usunięcia danych."),
    # Sales replies, invoices, follow-ups and other business mail.
    ("fi", "Lähettäkää minulle kopio laskusta."),
    ("fi", "Voisitteko lähettää minulle tarjouksen Excel-taulukkona?"),
    ("fi", "Onko tietoni jo poistettu?"),
    ("fi", "Perun huomisen palaverin, lupaan palata asiaan."),
    ("fi", "Älkää lähettäkö laskua paperilla."),
    ("fi", "Mitä te tarjoatte minusta kuulostaa kalliilta"),
    ("es", "¿Me pasan el presupuesto en Excel?"),
    ("es", "Voy a retirarme el año que viene, hablen con mi sucesor."),
    ("es", "Doy mi consentimiento para que conserven mis datos."),
    ("es", "Los datos que tienen de mi empresa están bien."),
    ("it", "Avete già cancellato i miei dati?"),
    ("it", "Annullate l'iscrizione di Mario Rossi al corso di marzo."),
    ("it", "Non voglio più ricevere la fattura cartacea, mandatela via mail."),
    ("pl", "Czy moje dane zostały już usunięte?"),
    ("pl", "Proszę przesłać fakturę w Excelu."),
]


@pytest.mark.parametrize(("language", "text"), FI_ES_IT_PL_NOT_STRONG)
def test_fi_es_it_pl_instruction_newsletter_or_sales_text_is_not_strong(
    language: str, text: str
) -> None:
    assert strong_rights(text, language) == set()


def test_fi_es_it_pl_regrouped_phrases_match_as_written() -> None:
    # other_patterns regroups a phrase's leading word list by first letter for speed; the regrouped
    # phrase must match exactly the same texts.
    import re

    from classifiers.lexicon.other_patterns import by_first_letter

    written = r"(?:borren|borre|eliminen|bórrenme|quiten) mis datos"
    regrouped = by_first_letter(written)
    assert regrouped != written
    for text in ("borren mis datos", "borre mis datos", "eliminen mis datos",
                 "borrenme mis datos", "quiten mis datos", "sáquenme mis datos"):
        assert bool(re.fullmatch(written, text)) == bool(re.fullmatch(regrouped, text)), text


# --- Danish, Swedish, Norwegian: plain first-person requests (classifiers/lexicon/da|sv|nb) ---

NORDIC_STRONG: list[tuple[str, str, Right]] = [
    ("da", "Kan I fjerne mig fra jeres database?", E),
    ("da", "Jeg vil have at I sletter mine oplysninger.", E),
    ("da", "Jeg vil gerne have slettet min e-mailadresse.", E),
    ("da", "Hvor har I fået min mail fra?", A),
    ("da", "Hvad har I registreret om mig?", A),
    ("da", "Hvem har givet jer mit nummer?", A),
    ("da", "Ring ikke til mig igen.", O),
    ("da", "Tag mig af jeres liste.", O),
    ("da", "Jeg vil ikke have flere mails fra jer.", O),
    ("da", "I må ikke give mit nummer videre til andre.", O),
    ("da", "Jeg tilmeldte mig jeres nyhedsbrev, men vil gerne afmeldes nu.", W),
    ("da", "I har mig registreret som direktør, men jeg er bogholder.", RC),
    ("da", "Brug ikke mine oplysninger, mens I undersøger sagen.", RS),
    ("da", "Send mine data som CSV.", P),
    ("sv", "Jag kräver att ni raderar mina uppgifter.", E),
    ("sv", "Jag vill bli raderad ur er databas.", E),
    ("sv", "Varifrån har ni fått min mejladress?", A),
    ("sv", "Vad har ni sparat om mig?", A),
    ("sv", "Jag vill inte bli uppringd igen.", O),
    ("sv", "Ta bort mig från er utskickslista.", O),
    ("sv", "Jag drar tillbaka mitt samtycke.", W),
    ("sv", "Ni har stavat mitt namn fel.", RC),
    ("sv", "Radera inte mina uppgifter, men använd dem inte.", RS),
    ("sv", "Jag vill ha mina uppgifter i ett maskinläsbart format.", P),
    ("nb", "Jeg vil at dere sletter alt dere har om meg.", E),
    ("nb", "Fjern meg fra databasen deres.", E),
    ("nb", "Hvordan fikk dere tak i nummeret mitt?", A),
    ("nb", "Hva har dere registrert om meg?", A),
    ("nb", "Slutt å sende meg e-post.", O),
    ("nb", "Ta meg av listen deres.", O),
    ("nb", "Jeg trekker samtykket mitt.", W),
    ("nb", "Dere har stavet navnet mitt feil.", RC),
    ("nb", "Ikke bruk opplysningene mine mens dere undersøker saken.", RS),
    ("nb", "Send dataene mine som CSV.", P),
]


@pytest.mark.parametrize(("language", "text", "right"), NORDIC_STRONG)
def test_nordic_plain_request_is_strong_with_its_right(
    language: str, text: str, right: Right
) -> None:
    assert right in strong_rights(text, language)


NORDIC_NOT_STRONG: list[tuple[str, str]] = [
    # client instructions about contacts the client supplied
    ("da", "Slet venligst kontakterne fra kampagnen i marts."),
    ("da", "Stop med at ringe til leads på vores liste indtil videre."),
    ("da", "Fjern ham fra vores liste, han er gået på pension."),
    ("da", "Vi vil ikke have flere opkald til vores kunder fra jer på vores vegne."),
    ("da", "Slet filen fra jeres system, den var forkert."),
    ("sv", "Radera kontakterna från kampanjen i mars."),
    ("sv", "Kunden vill inte bli kontaktad igen, notera det i kampanjen."),
    ("sv", "Använd inte den gamla mallen förrän vi har godkänt den nya."),
    ("nb", "Slett kontaktene fra kampanjen i mars."),
    ("nb", "Stopp alle oppringninger i kampanjen til vi har gått gjennom listen."),
    ("nb", "Kunder kan alltid trekke tilbake samtykket sitt."),
    # newsletters, sales replies, invoices, out-of-office
    ("da", "Du har ret til at få dine oplysninger slettet. Læs mere i vores privatlivspolitik."),
    ("da", "Vil du ikke modtage flere mails fra os, kan du afmelde dig nederst."),
    ("da", "Kan I sende mig en kopi af fakturaen?"),
    ("da", "Vi har ikke brug for jeres ydelser før næste år, ring gerne i august."),
    ("da", "Fremover skal fakturaer ikke til min personlige mail. Kan I ændre det?"),
    ("sv", "Jag är på semester och har begränsad tillgång till min mejl."),
    ("sv", "Skicka mig listan som CSV, tack."),
    ("sv", "Kan ni inte ringa mig på fredag i stället?"),
    ("nb", "Kan du ikke ringe meg på fredag i stedet?"),
    ("nb", "Hvis en kunde sier «slett meg», skal selgeren notere det."),
    ("nb", "Jeg er i permisjon til 30. september. Henvendelser kan rettes til post@example.no."),
]


@pytest.mark.parametrize(("language", "text"), NORDIC_NOT_STRONG)
def test_nordic_instruction_newsletter_or_sales_text_is_not_strong(
    language: str, text: str
) -> None:
    assert strong_rights(text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "rights"),
    [
        ("da", "Fjern mig fra jeres mailingliste.", {O}),  # R70: off a list is an objection
        ("da", "Fjern mig fra jeres database.", {E}),  # out of the database is erasure
        ("da", "Fjern den gamle titel og brug den nye: salgschef.", {RC}),  # not erasure
        ("sv", "Ta bort mig från er utskickslista.", {O}),
        ("sv", "Ta bort mig ur ert register.", {E}),
        ("sv", "Ta bort den gamla titeln och använd den nya.", {RC}),
        ("nb", "Fjern meg fra listen deres.", {O}),
        ("nb", "Fjern meg fra databasen deres.", {E}),
        ("nb", "Fjern den gamle tittelen og bruk den nye.", {RC}),
    ],
)
def test_nordic_list_database_and_title_removal_name_the_guideline_right(
    language: str, text: str, rights: set[Right]
) -> None:
    assert strong_rights(text, language) == rights


def test_nordic_fast_regrouping_matches_the_same_texts() -> None:
    # nordic_patterns.fast splits a phrase's leading word group by first letter and joins
    # phrases with the same first letter, for scan speed; the result must match exactly the
    # same texts.
    import re

    from classifiers.lexicon.nordic_patterns import fast

    written = (
        r"(?:slet|slette|fjern|udslet) mig",
        r"(?:(?:jeg (?:\w+ ){0,3}|om )(?:at )?blive|få mig) fjernet",
        r"(?:jeg )?frabeder mig",
        r"stop (?:med )?at ringe",
    )
    regrouped = fast(*written)
    assert len(regrouped) != len(written)
    before, after = re.compile("|".join(written)), re.compile("|".join(regrouped))
    for text in ("slet mig", "slette mig", "fjern mig", "udslet mig", "flet mig",
                 "jeg vil gerne blive fjernet", "om at blive fjernet", "få mig fjernet",
                 "jeg frabeder mig", "frabeder mig", "stop med at ringe", "stop at ringe",
                 "mig fjernet"):
        assert bool(before.fullmatch(text)) == bool(after.fullmatch(text)), text


# --- German, Dutch and French everyday phrasing ----------------------------------------------

DE_NL_FR_EVERYDAY_REQUESTS: list[tuple[str, str, Right]] = [
    ("de", "Bitte löschen Sie sämtliche Informationen, die Sie über mich gespeichert haben.", E),
    ("de", "Ich will, dass ihr meine Telefonnummer löscht.", E),
    ("de", "Können Sie meine Kontaktdaten aus Ihrer Datenbank entfernen?", E),
    ("de", "Loeschen Sie bitte meine Adresse.", E),
    ("de", "Vergessen Sie mich bitte.", E),
    ("de", "Woher haben Sie eigentlich meine Handynummer?", A),
    ("de", "Wer hat Ihnen meine E-Mail-Adresse gegeben?", A),
    ("de", "Was haben Sie alles über mich gespeichert?", A),
    ("de", "Welche Informationen liegen Ihnen zu meiner Person vor?", A),
    ("de", "Rufen Sie mich bitte nie wieder an.", O),
    ("de", "Hört auf, mich anzurufen!", O),
    ("de", "Bitte keine Werbemails mehr.", O),
    ("de", "Ich möchte nicht mehr kontaktiert werden.", O),
    ("de", "Geben Sie meine Daten bitte nicht an Dritte weiter.", O),
    ("de", "Mein Titel ist falsch, ich bin inzwischen Vertriebsleiter.", RC),
    ("de", "Sie schreiben meinen Nachnamen falsch.", RC),
    ("de", "Meine Zustimmung zur Nutzung meiner Daten ziehe ich hiermit zurück.", W),
    ("de", "Bitte schicken Sie mir meine Daten als CSV-Datei.", P),
    ("de", "Bitte nutzen Sie meine Daten vorerst nicht mehr.", RS),
    ("de", "Bitte um Löschung.", E),
    ("de", "Sie dürfen meine Daten nicht mehr für Werbung verwenden.", O),
    ("de", "Haben Sie überhaupt Daten von mir gespeichert?", A),
    ("de", "Ich moechte keine Werbung mehr bekommen.", O),
    ("nl", "Verwijder al mijn gegevens uit jullie systeem.", E),
    ("nl", "Kunnen jullie mijn nummer uit jullie database halen?", E),
    ("nl", "Waar hebben jullie mijn e-mailadres vandaan?", A),
    ("nl", "Ik wil weten welke informatie jullie over mij hebben.", A),
    ("nl", "Bel me alsjeblieft niet meer.", O),
    ("nl", "Neem geen contact meer met mij op.", O),
    ("nl", "Mijn functie is veranderd, ik ben nu teamleider.", RC),
    ("nl", "Ik trek mijn toestemming voor de nieuwsbrief in.", W),
    ("nl", "Stuur mij mijn gegevens als CSV-bestand.", P),
    ("nl", "Gebruik mijn gegevens niet meer totdat dit is opgelost.", RS),
    ("nl", "Ik wil uitgeschreven worden.", O),
    ("nl", "Van wie hebben jullie mijn gegevens gekregen?", A),
    ("fr", "Supprimez toutes les données que vous avez sur moi.", E),
    ("fr", "Je souhaite que mes données soient effacées.", E),
    ("fr", "D'où tenez-vous mon numéro ?", A),
    ("fr", "Que savez-vous sur moi ?", A),
    ("fr", "Merci de ne plus me contacter.", O),
    ("fr", "Arrêtez de m'envoyer vos newsletters.", O),
    ("fr", "Mon nom est mal orthographié.", RC),
    ("fr", "Je révoque mon consentement.", W),
    ("fr", "Je souhaite recevoir mes données au format CSV.", P),
    ("fr", "Ne supprimez pas mes données, mais cessez de les utiliser jusqu'à nouvel ordre.", RS),
    ("fr", "Je souhaite être retiré de votre fichier.", E),
    ("fr", "Comment vous êtes-vous procuré mon numéro ?", A),
    ("fr", "Je ne consens plus à recevoir vos offres.", W),
]


@pytest.mark.parametrize(("language", "text", "right"), DE_NL_FR_EVERYDAY_REQUESTS)
def test_de_nl_fr_everyday_request_is_strong_with_its_right(
    language: str, text: str, right: Right
) -> None:
    assert strong_rights(text, language) == {right}
    assert right in strong_rights(text)


DE_NL_FR_NOT_STRONG = [
    # A client's instructions about contacts it supplied (not the writer's own data).
    ("de", "Bitte löschen Sie die Kontakte, die wir Ihnen im März geschickt haben."),
    ("de", "Bitte rufen Sie die Kontakte aus unserer Liste nicht mehr an."),
    ("de", "Der Kunde möchte nicht mehr angerufen werden, bitte sperren Sie ihn für uns."),
    ("de", "Bitte stoppen Sie die Kampagne, bis Sie das geprüft haben."),
    ("de", "Bitte aktualisieren Sie die Kontaktliste der Kampagne mit den neuen Nummern."),
    ("nl", "Verwijder de oude leadlijst die we vorige maand stuurden."),
    ("nl", "De klant wil niet meer gebeld worden, haal hem uit onze campagne."),
    ("nl", "Stuur niet meer dan drie leads per week."),
    ("fr", "Merci de supprimer le fichier de leads que nous vous avons envoyé."),
    ("fr", "Notre client ne souhaite plus être contacté, merci de le retirer de la campagne."),
    # Newsletters and vendors, also when they quote what prospects write.
    ("de", "Sie haben das Recht, die Löschung Ihrer Daten zu verlangen."),
    ("de", "Unser Leitfaden zeigt, wie Sie 'Bitte löschen Sie meine Daten' beantworten."),
    ("nl", "Webinar: hoe reageert u als iemand zegt 'verwijder mijn gegevens'?"),
    ("fr", "Vous avez le droit de faire supprimer vos données."),
    ("fr", "Que faire quand un prospect dit « retirez-moi de votre liste » ?"),
    # Sales replies, scheduling, invoices, support and absence notes.
    ("de", "Bitte rufen Sie mich nicht vor 10 Uhr an, ich bin in Terminen."),
    ("de", "Können Sie mir die Leadliste als Excel schicken?"),
    ("de", "Bitte senden Sie mir meine Zugangsdaten für das Portal erneut."),
    ("de", "Ich möchte keine Rechnung per Post, nur per Mail."),
    ("de", "Ich bin bis Freitag im Urlaub und nicht erreichbar."),
    ("nl", "Bel me gerust morgen na tien uur."),
    ("nl", "Graag de factuur aanpassen, het btw-nummer klopt niet."),
    ("fr", "Ne m'appelez pas avant 14h, merci."),
    ("fr", "Pouvez-vous m'envoyer la liste des leads en Excel ?"),
    ("fr", "Je suis en congé jusqu'au 10 et ne lirai pas mes e-mails."),
    # Questions about what the company needs from the writer, and wishes that only look alike.
    ("de", "Welche Informationen benötigen Sie von mir?"),
    ("de", "Haben Sie die Daten von mir für den Vertrag erhalten?"),
    ("nl", "Wat hebben jullie van mij nodig voor het contract?"),
    ("fr", "Quelles informations avez-vous besoin de moi ?"),
    ("fr", "Je veux plus d'informations sur votre offre."),
    ("fr", "Je ne souhaite pas recevoir la facture par courrier."),
]


@pytest.mark.parametrize(("language", "text"), DE_NL_FR_NOT_STRONG)
def test_de_nl_fr_instruction_newsletter_or_sales_text_is_not_strong(
    language: str, text: str
) -> None:
    assert strong_rights(text, language) == set()


@pytest.mark.parametrize(
    ("language", "text", "rights"),
    [
        ("de", "Nehmen Sie mich bitte aus Ihrem Verteiler.", {O}),  # R70: off a list
        ("de", "Entfernen Sie mich aus Ihrer Datenbank.", {E}),  # out of the database
        ("de", "Entfernen Sie mich.", {O}),  # a bare "remove me" is an objection
        ("de", "Löschen Sie mich.", {E}),  # "delete me" is erasure
        ("de", "Entfernen Sie den alten Titel und verwenden Sie den neuen.", set()),
        ("de", "Bitte entfernen Sie den Doktortitel aus meinem Eintrag.", {RC}),
        ("nl", "Verwijder mij van uw mailinglijst.", {O}),
        ("nl", "Verwijder mij uit uw database.", {E}),
        ("nl", "Verwijder de oude titel en gebruik de nieuwe.", set()),
        ("fr", "Retirez-moi de votre liste.", {O}),
        ("fr", "Retirez-moi de votre base de données.", {E}),
        ("fr", "Supprimez l'ancien titre et utilisez le nouveau.", set()),
        ("fr", "Enlevez « stagiaire » de ma fiche, je suis en CDI.", {RC}),
    ],
)
def test_de_nl_fr_list_database_and_title_removal_name_the_guideline_right(
    language: str, text: str, rights: set[Right]
) -> None:
    assert strong_rights(text, language) == rights


def test_de_nl_fr_phrases_start_with_a_literal() -> None:
    # continental_patterns: the scan dismisses a phrase with one comparison only when it starts with
    # a literal, so no phrase may start with a group, an optional word or a look-behind.
    from classifiers.mentions import _expand

    for code in ("de", "nl", "fr"):
        lexicon = LEXICONS[code]
        for phrases in (*lexicon.strong.values(), *lexicon.weak.values()):
            for phrase in phrases:
                assert _expand(phrase, lexicon)[0].isalpha(), (code, phrase[:50])


def test_de_nl_fr_helpers_keep_the_phrases_meaning() -> None:
    import re

    from classifiers.lexicon.continental_patterns import each, grouped, nq, sent

    assert each("ruf(?:en sie|t)?|schreib", " an") == ("ruf(?:en sie|t)? an", "schreib an")
    written = ("mich raus", "mir egal", "nie wieder", "mich (?:bitte )?aus")
    regrouped = grouped(*written)
    assert len(regrouped) == 2
    before, after = re.compile("|".join(written)), re.compile("|".join(regrouped))
    for text in ("mich raus", "mir egal", "nie wieder", "mich bitte aus", "mich aus", "mir raus"):
        assert bool(before.fullmatch(text)) == bool(after.fullmatch(text)), text
    sentence_start = re.compile(sent("bitte") + " keine")
    assert sentence_start.search("Danke. bitte keine")
    assert sentence_start.search("nein danke bitte keine")
    assert not sentence_start.search("die kontakte bitte keine")
    unquoted = re.compile(nq("löschen"))
    assert unquoted.search("bitte löschen")
    assert not unquoted.search('"löschen')
    assert not unquoted.search('"bitte löschen')


NORDIC_ROUND2_STRONG = [
    ("da", "Hej, min mailadresse er ændret til ny@example.dk. Ret det venligst.", RC),
    ("da", "Min nye titel er Key Account Manager.", RC),
    ("da", "Jeg har skiftet efternavn fra Hansen til Lykkegaard.", RC),
    ("da", "Min mand er indlagt. Vil I ikke nok lade være med at ringe til ham.", O),
    ("da", "Ikke mig. Forkert person, og jeg gider ikke de her opkald.", O),
    ("da", "Behold ikke mit nummer. Det er privat.", E),
    ("sv", "Jag har bytt jobb. Min nya mejl är maria@example.se.", RC),
    ("sv", "Min bror ligger på sjukhus. Kan ni sluta ringa honom?", O),
    ("sv", "Snälla sluta skicka till min jobbmejl.", O),
    ("sv", "Bort med mig ur leadsdatabasen.", E),
    ("nb", "Den nye adressen min er Storgata 14, 8006 Bodø.", RC),
    ("nb", "Jeg har byttet etternavn etter at jeg giftet meg.", RC),
    ("nb", "Mannen min blir ringt hele tiden. Vennligst slutt å ringe ham.", O),
    ("nb", "Avslutt all kontakt med meg.", O),
    ("nb", "Ikke rett den, bare fjern hele oppføringen.", E),
    ("nb", "Jeg trekker tilbake det jeg krysset av for. Takk.", W),
]


@pytest.mark.parametrize(("language", "text", "right"), NORDIC_ROUND2_STRONG)
def test_nordic_round2_request_without_request_words_is_strong(
    language: str, text: str, right: Right
) -> None:
    assert right in strong_rights(text, language)


NORDIC_ROUND2_NOT_STRONG = [
    ("da", "En af vores kunder har bedt om sletning. Slet hende også fra kampagnen."),
    ("da", "Vi beder jer slette ham fra kampagnelisten, han er ikke længere kunde."),
    ("nb", "Jeg har byttet jobb, men den nye arbeidsgiveren min trenger kanskje leads."),
    ("nb", "En av våre kunder har bedt oss slette ham. Slett ham fra kampanjen også."),
    ("sv", "Fakturan har fel belopp igen, skicka en kreditnota."),
    ("sv", "Jag har bytt jobb och vi behöver faktiskt leads nu, ring mig gärna."),
]


@pytest.mark.parametrize(("language", "text"), NORDIC_ROUND2_NOT_STRONG)
def test_nordic_round2_client_sales_or_followup_text_is_not_strong(
    language: str, text: str
) -> None:
    assert strong_rights(text, language) == set()


FI_ES_IT_PL_ROUND2_STRONG = [
    # A new contact detail or job just stated is a rectification.
    ("fi", "Uusi numeroni on 040 555 0100.", RC),
    ("es", "Mi nuevo correo es ana@ejemplo.es, el anterior ya no funciona.", RC),
    ("es", "Ya no trabajo en Transportes Gil.", RC),
    ("it", "Il mio nuovo numero è 348 555 0100.", RC),
    ("pl", "Mój nowy adres to ewa@firma.pl.", RC),
    ("pl", "Od ślubu nazywam się Kowal.", RC),
    # Stop requests without a request word, also for a named relative.
    ("fi", "En todellakaan halua näitä puheluita.", O),
    ("es", "Que no la llamen más, por favor.", O),
    ("es", "No tengo ningún interés en que vuelvan a llamarme.", O),
    ("it", "Non chiamatela più, per favore.", O),
    ("pl", "Nie dzwońcie już do niego.", O),
    # Removal from the register said bluntly.
    ("es", "Mi número fuera de su sistema ya.", E),
    ("it", "Il mio numero deve sparire dai vostri archivi.", E),
    ("pl", "Wywalcie mnie z systemu.", E),
]


@pytest.mark.parametrize(("language", "text", "right"), FI_ES_IT_PL_ROUND2_STRONG)
def test_fi_es_it_pl_round2_request_without_request_words_is_strong(
    language: str, text: str, right: Right
) -> None:
    assert strong_rights(text, language) == {right}


FI_ES_IT_PL_ROUND2_NOT_STRONG = [
    # Service complaints, follow-ups, client instructions and sales replies.
    ("fi", "Uusi hinnasto on liitteenä."),
    ("es", "El nuevo correo de ventas es ventas@ejemplo.es."),
    ("es", "No llamen más a los contactos de la lista antigua."),
    ("it", "Il nuovo listino è in allegato."),
    ("it", "Non chiamate più i contatti della lista Hotel Riviera."),
    ("pl", "Nie dzwońcie już do nich, to nasi klienci."),
    ("pl", "Nowy cennik w załączniku."),
]


@pytest.mark.parametrize(("language", "text"), FI_ES_IT_PL_ROUND2_NOT_STRONG)
def test_fi_es_it_pl_round2_client_sales_or_followup_text_is_not_strong(
    language: str, text: str
) -> None:
    assert strong_rights(text, language) == set()


EN_ROUND2_STRONG: list[tuple[str, Right]] = [
    # A new address or job simply stated is a correction.
    ("My new email is anna.berg@nordlys.example.com.", RC),
    ("Please note my new mobile number: +44 7700 900123.", RC),
    ("I'm now at Tanager Analytics as VP Marketing.", RC),
    ("Heads up - I'm at Tanager Analytics now, VP Marketing.", RC),
    ("You've got me as Sales Manager; it's Head of Sales since January.", RC),
    ("My direct line has changed, it's now +44 20 7946 0321.", RC),
    # Stop requests without a request word.
    ("Wrong guy, never worked in procurement - don't call again.", O),
    ("Please do not disturb on this number hereafter.", O),
    ("Please don't leave any more voicemails on my phone.", O),
    ("Would you ever give it a rest?", O),
    ("No. Stop.", O),
    # For a named person the writer acts for.
    ("Our CEO has asked me to ask you to stop contacting him.", O),
    ("Could you please stop and remove her from your records?", E),
    ("I request you to kindly delete the same at the earliest.", E),
    ("I'd like that record destroyed.", E),
    ("Your caller rang my mobile. How did it end up with you?", A),
]


@pytest.mark.parametrize(("text", "right"), EN_ROUND2_STRONG)
def test_english_round2_request_without_request_words_is_strong(text: str, right: Right) -> None:
    assert strong_rights(text, "en") == {right}


EN_ROUND2_NOT_STRONG = [
    "My new email is in the signature.",
    "Please stop calling them for our campaign and flag them in the list.",
    "We request you to delete them from the campaign file.",
    "I have moved to Copenhagen recently and am looking for a job in sales.",
    "I'm now at the conference, will call back later.",
    "He is now at lunch.",
    "Our new email is sales@example.com.",
    "I sent a request last week - has my case been handled yet?",
]


@pytest.mark.parametrize("text", EN_ROUND2_NOT_STRONG)
def test_english_round2_client_sales_or_followup_text_is_not_strong(text: str) -> None:
    assert strong_rights(text, "en") == set()


DE_NL_FR_ROUND2_STRONG = [
    # A new job stated, a plain "no, stop", a refusal of calls without the usual request words.
    ("de", "Ich bin seit Mai nicht mehr Einkäufer, sondern Leiter Logistik bei Kranz.", RC),
    ("de", "Seit 1. März bin ich Leiterin Finanzen bei der Wieland GmbH.", RC),
    ("de", "Nein. Aufhören.", O),
    ("de", "Diese Anrufe möchte ich nicht mehr.", O),
    ("de", "Ihre Anrufe können Sie sich also sparen.", O),
    ("de", "Ich möchte nicht mehr von Ihnen angerufen werden.", O),
    ("nl", "Ik werk niet meer bij Van Dijk. Ik ben nu hoofd inkoop bij Breedveld.", RC),
    ("nl", "Nee. Stop.", O),
    ("nl", "Ik heb geen zin om nog eens door u gebeld te worden.", O),
    ("nl", "Namens de heer De Wit verzoek ik u zijn gegevens uit uw bestand te verwijderen.", E),
    ("fr", "Je suis passée chez Fromagerie Delorme comme responsable logistique.", RC),
    ("fr", "Je suis désormais directrice commerciale chez Brun SA.", RC),
    ("fr", "Inutile de me rappeler, ni lui ni un autre.", O),
    ("fr", "Je n'ai aucune envie d'avoir vos appels sur mon portable.", O),
]


@pytest.mark.parametrize(("language", "text", "right"), DE_NL_FR_ROUND2_STRONG)
def test_de_nl_fr_round2_request_without_request_words_is_strong(
    language: str, text: str, right: Right
) -> None:
    assert strong_rights(text, language) == {right}


DE_NL_FR_ROUND2_NOT_STRONG = [
    # Client instructions, follow-ups on a case and sales replies.
    ("de", "Herr Bauer hat sich beschwert und möchte nicht mehr kontaktiert werden."),
    ("de", "Ich bin nächste Woche im Urlaub, melden Sie sich danach."),
    ("nl", "Zet me maar in je agenda voor september, dan kijken we opnieuw."),
    ("nl", "Wij verzoeken u de leads uit de laatste levering te verwijderen."),
    ("fr", "Où en est ma demande d'accès ? Je l'ai déposée le 2 février."),
    ("fr", "Merci de retirer les contacts du fichier que nous vous avons envoyé."),
]


@pytest.mark.parametrize(("language", "text"), DE_NL_FR_ROUND2_NOT_STRONG)
def test_de_nl_fr_round2_client_followup_or_sales_text_is_not_strong(
    language: str, text: str
) -> None:
    assert strong_rights(text, language) == set()
