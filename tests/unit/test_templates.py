"""Every automatic email in every language: renders, discloses nothing (R39, R47), and carries
the facts the rules require (R48 expiry notice with R77/R78 complaint and court information)."""

from __future__ import annotations

import pytest

from bot.config import load_config
from bot.render import EmailRenderer

LANGUAGES = ("da", "en", "de", "sv", "nb")
#: Wording that would state or imply that data about the address is held (R39, R47).
IMPLIES_DATA_HELD = {
    "en": ("we hold", "we have about you", "we process about you"),
    "da": ("vi behandler om dig", "vi har om dig"),
    "de": ("gespeicherten daten", "über sie gespeichert"),
    "sv": ("vi behandlar om dig", "vi har om dig"),
    "nb": ("vi behandler om deg", "vi har om deg"),
}
ALL_RIGHTS = ["access", "rectification", "erasure", "restriction", "portability", "objection",
              "withdraw_consent"]
CONTEXTS = {
    "acknowledgement": {"case_ref": "DSR-2026-0001", "rights": ALL_RIGHTS,
                        "due_date": "2026-12-28", "requester_name": "Mette",
                        "marketing_stopped": True, "reply_code": "K7Q2-9MXR",
                        "challenge_expires": "2026-12-16"},
    "challenge_reminder": {"case_ref": "DSR-2026-0001", "rights": ALL_RIGHTS,
                           "requester_name": "", "reply_code": "K7Q2-9MXR",
                           "challenge_expires": "2026-12-16"},
    "expired_unverified": {"case_ref": "DSR-2026-0001", "rights": ALL_RIGHTS,
                           "requester_name": "Tom", "marketing_stopped": True},
}


@pytest.fixture(scope="module")
def renderer() -> EmailRenderer:
    return EmailRenderer(load_config().organisation)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", sorted(CONTEXTS))
def test_r39_r47_templates_render_and_disclose_nothing(
    renderer: EmailRenderer, template: str, language: str
) -> None:
    assert language in renderer.languages_for(template)
    subject, body = renderer.render_text(template, language, CONTEXTS[template])
    text = f"{subject}\n{body}".casefold()
    for phrase in IMPLIES_DATA_HELD[language]:
        assert phrase not in text, phrase
    assert "{{" not in body and "{%" not in body
    assert max(len(line) for line in body.splitlines()) <= 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_r38_challenge_states_code_case_and_deadline(renderer: EmailRenderer,
                                                      language: str) -> None:
    _, body = renderer.render_text("acknowledgement", language, CONTEXTS["acknowledgement"])
    assert "K7Q2-9MXR" in body and "DSR-2026-0001" in body and "16" in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_r48_r77_r78_expiry_notice_names_datatilsynet_and_the_courts(
    renderer: EmailRenderer, language: str
) -> None:
    _, body = renderer.render_text("expired_unverified", language,
                                   CONTEXTS["expired_unverified"])
    for fact in ("Carl Jacobsens Vej 35", "2500 Valby", "+45 33 19 32 00",
                 "dt@datatilsynet.dk", "www.datatilsynet.dk"):
        assert fact in body
    assert "Borgergade" not in body  # R77: the outdated address must not be used
