"""The bag-of-subwords architecture: stable keys, shared subwords, unit-length feature values."""

from __future__ import annotations

import zlib

import numpy
import pytest
import spacy

from classifiers.subword_bow import (
    bigram_keys,
    build_subword_bow,
    extract_subwords,
    language_pair_keys,
    subword_keys,
)


def test_keys_are_stable_across_processes() -> None:
    # CRC-32 of the marked word, not Python's salted hash(): a model trained in one process
    # must score the same in another.
    assert int(subword_keys("slet", 2, 6)[0]) == zlib.crc32(b"w slet")


def test_inflected_forms_share_subword_keys() -> None:
    shared = set(subword_keys("sletning", 3, 5)) & set(subword_keys("slettet", 3, 5))
    assert zlib.crc32(b"<sle") in shared
    assert zlib.crc32(b"slet") in shared


def test_word_boundaries_are_marked() -> None:
    # "<de" (a word starting with "de") differs from "de" inside a word.
    keys = set(subword_keys("delete", 2, 3))
    assert zlib.crc32(b"<de") in keys
    assert zlib.crc32(b"te>") in keys
    assert len(keys) == 1 + 7 + 6  # the word, its 2-grams and 3-grams of "<delete>"


@pytest.mark.parametrize("token", ["zzm_erasure", "numx", "emailx", "urlx", "42", "?"])
def test_placeholders_markers_and_punctuation_are_whole_words_only(token: str) -> None:
    assert len(subword_keys(token, 2, 6)) == 1


def test_bigrams_follow_word_order() -> None:
    assert set(bigram_keys(["my", "request"])) != set(bigram_keys(["request", "my"]))
    assert len(bigram_keys(["one"])) == 0


def test_feature_values_have_unit_length_per_message() -> None:
    nlp = spacy.blank("xx")
    docs = [nlp.make_doc("slet slet mine oplysninger"), nlp.make_doc(""),
            nlp.make_doc("delete my data please")]
    (keys, values, lengths), _ = extract_subwords(2, 6, bigrams=True)(docs, is_train=False)
    assert lengths.tolist()[1] == 0
    assert len(keys) == len(values) == int(lengths.sum())
    first = values[: lengths[0]]
    assert numpy.linalg.norm(first) == pytest.approx(1.0, abs=1e-5)
    # A repeated word counts sublinearly: its key weighs more than a single one, not double.
    word_key = zlib.crc32(b"w slet")
    once_key = zlib.crc32(b"w mine")
    index = {int(k): i for i, k in enumerate(keys[: lengths[0]])}
    ratio = first[index[word_key]] / first[index[once_key]]
    assert ratio == pytest.approx(1 + numpy.log(2), rel=1e-5)


def test_architecture_is_a_multilabel_textcat_model() -> None:
    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "rightsbot.SubwordBOW.v1", "shortest": 2, "longest": 4,
        "bigrams": True, "length": 1024}})
    for label in ("REQUEST", "erasure"):
        textcat.add_label(label)
    nlp.initialize()
    doc = nlp("slet mine oplysninger")
    assert set(doc.cats) == {"REQUEST", "erasure"}
    assert build_subword_bow(length=1000).attrs["multi_label"] is True


def _keys(text: str, language_pairs: bool) -> set[int]:
    docs = [spacy.blank("xx").make_doc(text)]
    (keys, _, _), _ = extract_subwords(2, 6, bigrams=True, language_pairs=language_pairs)(
        docs, is_train=False)
    return {int(key) for key in keys}


def test_language_pairs_add_each_word_and_pair_with_the_language() -> None:
    paired = _keys("zzl_da fjern mig", language_pairs=True)
    assert zlib.crc32(b"l da fjern") in paired
    assert zlib.crc32(b"lb da fjern mig") in paired
    assert zlib.crc32(b"w fjern") in paired  # the shared features stay
    # The tag itself is not a feature: the pairs carry the language.
    assert zlib.crc32(b"w zzl_da") not in paired
    assert zlib.crc32(b"b zzl_da fjern") not in paired
    # The same words in another language share the plain keys but not the paired ones.
    other = _keys("zzl_nb fjern mig", language_pairs=True)
    assert zlib.crc32(b"l da fjern") not in other
    assert zlib.crc32(b"w fjern") in other


def test_without_language_pairs_the_tag_is_an_ordinary_word() -> None:
    plain = _keys("zzl_da fjern mig", language_pairs=False)
    assert zlib.crc32(b"w zzl_da") in plain
    assert zlib.crc32(b"l da fjern") not in plain
    assert language_pair_keys("da", ["fjern"], bigrams=True).tolist() == [
        zlib.crc32(b"l da fjern")]
