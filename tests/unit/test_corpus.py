"""The training corpus: size, balance, labels, and no padding by near-duplicates."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot.model import Right
from classifiers.corpus import (
    HELDOUT,
    CorpusError,
    Example,
    load_corpus,
    near_duplicates,
    read_examples,
    split_for,
)

MAJOR = ("da", "en", "de", "sv", "nb")
MINOR = ("nl", "fr", "fi")
FEW = ("es", "it", "pl")


@pytest.fixture(scope="module")
def corpus() -> list[Example]:
    return load_corpus()


def test_corpus_has_at_least_4000_examples(corpus: list[Example]) -> None:
    assert len(corpus) >= 4000


@pytest.mark.parametrize("language", MAJOR)
def test_major_language_balance(corpus: list[Example], language: str) -> None:
    subset = [e for e in corpus if e.language == language]
    assert sum(e.is_request for e in subset) >= 300
    assert sum(not e.is_request for e in subset) >= 300
    rights = Counter(r for e in subset for r in e.rights)
    assert set(rights) == set(Right), f"{language} lacks {set(Right) - set(rights)}"


@pytest.mark.parametrize("language", MINOR)
def test_minor_language_requests(corpus: list[Example], language: str) -> None:
    assert sum(e.is_request for e in corpus if e.language == language) >= 80


@pytest.mark.parametrize("language", FEW)
def test_a_few_examples_in_other_languages(corpus: list[Example], language: str) -> None:
    assert sum(e.language == language for e in corpus) >= 10


def test_multi_right_share_at_least_15_percent(corpus: list[Example]) -> None:
    requests = [e for e in corpus if e.is_request]
    assert sum(len(e.rights) > 1 for e in requests) / len(requests) >= 0.15


def test_hard_negatives_are_present(corpus: list[Example]) -> None:
    kinds = Counter(e.kind for e in corpus if not e.is_request)
    for kind in ("newsletter", "vendor_marketing", "policy_question", "sales_reply", "invoice",
                 "job_application", "client_instruction", "out_of_office", "bounce"):
        assert kinds[kind] >= 20, kind


def test_no_near_duplicates(corpus: list[Example]) -> None:
    pairs = near_duplicates(corpus)
    assert not pairs, [(a.source, b.source, round(s, 2)) for a, b, s in pairs[:10]]


def test_heldout_split_is_derived_from_the_text_and_about_a_fifth(
    corpus: list[Example],
) -> None:
    assert all(e.split == split_for(e.text) for e in corpus)
    share = sum(e.split == HELDOUT for e in corpus) / len(corpus)
    assert 0.15 <= share <= 0.25
    for language in (*MAJOR, *MINOR):
        assert any(e.split == HELDOUT and e.is_request for e in corpus if e.language == language)


def test_near_duplicate_detector_flags_templated_padding() -> None:
    def example(text: str) -> Example:
        return Example(text=text, subject="", language="en", is_request=True,
                       rights=frozenset({Right.ERASURE}), kind="plain", split="train",
                       source="t")

    padded = [example("hi, please delete all of my data from your sales database today, thanks"),
              example("hi, please delete all of my data from your sales database now, thanks"),
              example("where did you get my phone number from, I never agreed")]
    pairs = near_duplicates(padded)
    assert [(a.text, b.text) for a, b, _ in pairs] == [(padded[0].text, padded[1].text)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "x", "language": "xx", "is_request": false, "rights": [], "kind": "misc"}',
         "language"),
        ('{"text": "x", "language": "en", "is_request": true, "rights": [], "kind": "plain"}',
         "a request needs rights"),
        ('{"text": "x", "language": "en", "is_request": false, "rights": ["nope"], '
         '"kind": "misc"}', "rights must be"),
        ('{"text": "", "language": "en", "is_request": false, "rights": [], "kind": "misc"}',
         "text"),
        ('{"text": "x", "language": "en", "is_request": false, "kind": "misc", "extra": 1}',
         "unknown field"),
        ("not json", "not valid JSON"),
    ],
)
def test_malformed_corpus_lines_are_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "xx.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as error:
        read_examples(path)
    assert "xx.jsonl:1" in str(error.value)


def test_corpus_files_are_valid_jsonl_with_our_fields() -> None:
    for path in sorted((Path(__file__).parents[2] / "classifiers" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert "split" not in json.loads(line), f"{path.name}: split is derived, not set"
