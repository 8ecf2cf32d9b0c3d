"""What the model reads: folded text, placeholders, the language tag and mention markers."""

from __future__ import annotations

from classifiers.features import MAX_BODY_CHARS, model_input, model_text, normalise


def test_normalise_folds_case_and_keyboard_spellings() -> None:
    assert normalise("Slet MINE Oplysninger") == "slet mine oplysninger"
    assert normalise("Löschung für Søren Größe") == "loeschung fuer soeren groesse"
    assert normalise("café") == "cafe"


def test_addresses_links_and_numbers_become_placeholders() -> None:
    text = normalise("Mail ole@firma.example.dk, ring 20 30 40 50 eller se https://x.example/a")
    assert text == "mail emailx , ring numx eller se urlx"


def test_model_text_leads_with_the_language_tag() -> None:
    assert model_text("", "hej", "da", with_markers=False) == "zzl_da hej"
    assert model_text("", "hello", None, with_markers=False).startswith("zzl_und ")


def test_model_text_appends_markers_of_explicit_mentions() -> None:
    text = model_text("Sletning", "Slet venligst mine oplysninger.", "da", with_markers=True)
    assert text.startswith("zzl_da sletning slet venligst mine oplysninger")
    assert "zzm_erasure" in text.split()
    assert "zzm_strong" in text.split()


def test_the_model_reads_a_bounded_part_of_the_body() -> None:
    assert len(model_input("s", "x" * (MAX_BODY_CHARS + 500))) == len("s\n") + MAX_BODY_CHARS
