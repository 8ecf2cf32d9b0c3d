"""The shipped rights model: built from the current corpus and config, and no worse than shipped.

The held-apart figures are recomputed here from the committed model, so a change to the
corpus, the features or the decision code that degrades them fails CI. The floors are the
figures of the shipped model (rounded down); the issue's targets are printed by
`rightsbot eval` and reported in the issue notes.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.model import ParsedMessage, Right, VerdictKind
from classifiers.corpus import corpus_digest, load_corpus
from classifiers.evaluate import metrics
from classifiers.model import (
    MODEL_DIR,
    RightsModel,
    SpacyRightsClassifier,
    Thresholds,
    decide,
    strong_rights,
)
from classifiers.train import PIPELINES, config_digest, score_examples, split_corpus, train

#: Held-apart floors: the shipped model's own figures, rounded down (see module docstring).
#: The split grew from 1,573 to 2,167 messages with the corpus rounds 3 and 4, mostly mail close
#: to a request; on the earlier 1,573 the shipped model triages 0.089 (was 0.095).
FLOORS = {"request_recall": 0.98, "macro_f1": 0.88, "max_false_request_rate": 0.02,
          "max_triage_share": 0.11}
#: Per major language: macro-F1 floor (its shipped figure rounded down); recall >= 0.97 in each.
MAJOR_F1_FLOORS = {"da": 0.91, "de": 0.88, "en": 0.85, "nb": 0.94, "sv": 0.89}


@pytest.fixture(scope="module")
def model() -> RightsModel:
    return RightsModel()


def test_shipped_model_was_trained_from_the_current_corpus_and_config(model: RightsModel) \
        -> None:
    assert model.manifest.corpus_digest == corpus_digest(), "corpus changed: run rightsbot train"
    assert model.manifest.config_digest == config_digest(), "config changed: run rightsbot train"


def test_shipped_model_is_small_enough() -> None:
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 25 * 1024 * 1024


def test_heldout_figures_match_the_manifest_and_the_floors(model: RightsModel) -> None:
    heldout = split_corpus(load_corpus()).heldout
    figures = metrics(score_examples(model.pipelines, model.manifest.thresholds, heldout))
    shipped = model.manifest.metrics["heldout"]
    for key in ("request_recall", "false_request_rate", "triage_share", "macro_f1"):
        assert figures[key] == pytest.approx(shipped[key], abs=1e-4), key
    assert figures["request_recall"] >= FLOORS["request_recall"]
    assert figures["macro_f1"] >= FLOORS["macro_f1"]
    assert figures["false_request_rate"] <= FLOORS["max_false_request_rate"]
    assert figures["triage_share"] <= FLOORS["max_triage_share"]


@pytest.mark.parametrize("language", sorted(MAJOR_F1_FLOORS))
def test_every_major_language_keeps_its_level(model: RightsModel, language: str) -> None:
    heldout = [e for e in split_corpus(load_corpus()).heldout if e.language == language]
    figures = metrics(score_examples(model.pipelines, model.manifest.thresholds, heldout))
    assert figures["request_recall"] >= 0.97
    assert figures["macro_f1"] >= MAJOR_F1_FLOORS[language]


THRESHOLDS = Thresholds(request_high=0.8, request_low=0.2,
                        rights={right.value: 0.5 for right in Right})


def _scores(request: float, **rights: float) -> dict[str, float]:
    scores = {right.value: 0.0 for right in Right}
    scores.update(rights)
    scores["REQUEST"] = request
    return scores


def test_decide_request_with_rights_above_their_thresholds() -> None:
    kind, rights, confidence = decide(_scores(0.9, access=0.7, erasure=0.6, objection=0.1),
                                      THRESHOLDS)
    assert (kind, rights, confidence) == (VerdictKind.REQUEST,
                                          frozenset({Right.ACCESS, Right.ERASURE}), 0.9)


def test_decide_low_request_score_is_not_a_request() -> None:
    kind, rights, confidence = decide(_scores(0.1, access=0.9), THRESHOLDS)
    assert (kind, rights) == (VerdictKind.NOT_REQUEST, frozenset())
    assert confidence == pytest.approx(0.9)


def test_decide_between_thresholds_goes_to_triage_with_proposed_rights() -> None:
    kind, rights, _ = decide(_scores(0.5, erasure=0.8), THRESHOLDS)
    assert (kind, rights) == (VerdictKind.UNCERTAIN, frozenset({Right.ERASURE}))


def test_decide_request_without_a_plausible_right_goes_to_triage() -> None:
    kind, _, _ = decide(_scores(0.95, access=0.1), THRESHOLDS)
    assert kind is VerdictKind.UNCERTAIN
    kind, rights, _ = decide(_scores(0.95, access=0.3), THRESHOLDS)
    assert (kind, rights) == (VerdictKind.REQUEST, frozenset({Right.ACCESS}))


def _message(subject: str, text: str, language: str) -> ParsedMessage:
    return ParsedMessage(
        message_id="m@x", subject=subject, from_address="a@example.dk", from_name="A",
        to_addresses=("privacy@leadsbymia.com",), date_header=datetime(2026, 11, 1, tzinfo=UTC),
        in_reply_to=None, references=(), content_type="text/plain", headers={},
        body_text=text, new_text=text, language=language,
    )


@pytest.mark.parametrize(
    ("subject", "text", "language", "right"),
    [
        ("Slet mine oplysninger", "Hej, I skal slette alle mine oplysninger nu. Mvh Jens",
         "da", Right.ERASURE),
        ("Auskunft", "Ich verlange Auskunft nach Art. 15 DSGVO über meine gespeicherten "
         "Daten.", "de", Right.ACCESS),
        ("Stop", "Please stop calling me and take me off your lists.", "en", Right.OBJECTION),
    ],
)
def test_clear_requests_are_recognised_with_evidence(
    model: RightsModel, subject: str, text: str, language: str, right: Right
) -> None:
    verdict = SpacyRightsClassifier(model).classify(_message(subject, text, language))
    assert verdict.kind is VerdictKind.REQUEST
    assert right in verdict.rights
    assert any(e.right == right for e in verdict.evidence)


def _tiny_corpus(directory: Path) -> None:
    lines = []
    for n in range(12):
        lines.append({"text": f"please delete my personal data number {n} from your lists",
                      "language": "en", "is_request": True, "rights": ["erasure"],
                      "kind": "plain"})
        lines.append({"text": f"invoice {n} for the lead package is attached, due in 30 days",
                      "language": "en", "is_request": False, "rights": [], "kind": "invoice"})
        lines.append({"text": f"where did you get my phone number {n}? send me a copy",
                      "language": "en", "is_request": True, "rights": ["access"],
                      "kind": "plain"})
    directory.mkdir()
    (directory / "en.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")


def test_training_is_reproducible(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _tiny_corpus(corpus)
    first = train(corpus, tmp_path / "model-a", log=lambda *_: None)
    second = train(corpus, tmp_path / "model-b", log=lambda *_: None)
    assert first.to_json() == second.to_json()
    for pipeline, _ in PIPELINES:
        weights = Path(pipeline, "textcat_multilabel", "model")
        assert (tmp_path / "model-a" / weights).read_bytes() == \
            (tmp_path / "model-b" / weights).read_bytes(), pipeline


def test_staff_corrections_are_trained_on(tmp_path: Path) -> None:
    from classifiers.corpus import Example

    corpus = tmp_path / "corpus"
    _tiny_corpus(corpus)
    correction = Example(text="stop ringing my mobile about leads", subject="",
                         language="en", is_request=True, rights=frozenset({Right.OBJECTION}),
                         kind="staff_correction", split="train", source="correction #1")
    lines: list[str] = []
    without = train(corpus, tmp_path / "a", log=lambda *_: None)
    with_it = train(corpus, tmp_path / "b", extra=[correction], log=lines.append)
    assert "(1 staff corrections)" in lines[0]
    model = RightsModel(tmp_path / "b")
    text = model.text_for("", correction.text, "en")
    assert model.score_texts([text])[0]["objection"] > \
        RightsModel(tmp_path / "a").score_texts([text])[0]["objection"]
    assert with_it.corpus_digest == without.corpus_digest


def test_an_explicit_request_in_our_own_subject_counts() -> None:
    assert strong_rights("Slet mine oplysninger", "Hej", "da") == frozenset({Right.ERASURE})


def test_an_explicit_request_in_a_quoted_subject_does_not_count() -> None:
    # "Re:" / "Automatiskt svar:" subjects were written for an earlier message: an
    # out-of-office answer to our acknowledgement, or a follow-up on the sender's own request.
    assert strong_rights("Re: Slet mine oplysninger", "Tak, det var hurtigt.", "da") == frozenset()
    away = "Jag är borta till den 2 maj."
    assert strong_rights("Ta bort mig", away, "sv") == frozenset({Right.OBJECTION})
    assert strong_rights("Automatiskt svar: Re: Ta bort mig", away, "sv") == frozenset()
    # The body still speaks for the sender.
    assert strong_rights("Re: Nyhedsbrev", "Slet mine oplysninger.", "da") == frozenset(
        {Right.ERASURE})
