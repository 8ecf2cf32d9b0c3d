"""A bag-of-subwords text classifier architecture for spaCy: words plus their character n-grams.

spaCy's own bag of words (``spacy.TextCatBOW``) sees whole words only. In eleven languages with
rich inflection and compounding, a model trained from scratch on a few thousand messages then
never links "slet", "slettet" and "sletning", or "löschen" and "Löschung", or "kundedatabasen"
and "database". Character n-grams of each word (with word boundaries marked, as in fastText)
carry that link. Measured on the held-apart split with the same corpus and thresholds, words
plus 3-5-grams beat words alone clearly on both triage share and rights F1 (figures in
``classifiers/textcat.cfg``).

With ``language_pairs``, every word and word pair also counts paired with the message's language
(from the leading tag word of classifiers/features.py): the shared features carry what the
languages have in common, the paired ones what one language says its own way ("fjern mig" is an
objection in Danish; "remove me from the database" is erasure in English). Measured with the same
corpus and calibration: out-of-fold triage share 0.110 -> 0.098 at the same limits, rights F1
unchanged.

Feature values are sublinear counts (1 + log n) scaled to unit length per message, so a long
message does not outvote a short one by its length alone.

The architecture is registered under ``rightsbot.SubwordBOW.v1``; importing this module (which
``classifiers.model`` does before loading a pipeline) makes it known to spaCy.
"""

from __future__ import annotations

import itertools
import zlib
from functools import lru_cache, partial
from typing import Any

import numpy
from spacy.ml.models.textcat import resize_and_set_ref
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Logistic, Model, SparseLinear_v2, chain, resizable, with_cpu
from thinc.layers.resizable import resize_linear_weighted
from thinc.types import Floats2d

from classifiers.features import LANGUAGE_TAG

#: Bias of a label not yet seen (as spaCy's bag of words): a new label starts near zero.
_NEW_LABEL_BIAS = -10.0
_KEY_DTYPE = numpy.uint64
#: Tokens that are placeholders or mention markers (classifiers/features.py): whole word only.
_WHOLE_WORD_ONLY = ("zzm_", "zzl_", "numx", "urlx", "emailx")


@lru_cache(maxsize=1 << 18)
def subword_keys(word: str, shortest: int, longest: int) -> numpy.ndarray[Any, Any]:
    """Hash keys of ``word`` itself and of its boundary-marked character n-grams.

    CRC-32 is stable across processes and Python versions (``hash()`` is salted per process),
    and its few collisions in 2**32 do not matter to a hashed linear model.
    """
    keys = [zlib.crc32(b"w " + word.encode("utf-8"))]
    if word.isalpha() and not word.startswith(_WHOLE_WORD_ONLY):
        marked = f"<{word}>"
        for size in range(shortest, longest + 1):
            for start in range(len(marked) - size + 1):
                keys.append(zlib.crc32(marked[start:start + size].encode("utf-8")))
    return numpy.asarray(keys, dtype=_KEY_DTYPE)


def bigram_keys(words: list[str]) -> numpy.ndarray[Any, Any]:
    """Hash keys of adjacent word pairs ("my request" is not "request my data")."""
    return numpy.asarray([zlib.crc32(f"b {left} {right}".encode())
                          for left, right in itertools.pairwise(words)], dtype=_KEY_DTYPE)


def language_pair_keys(language: str, words: list[str], bigrams: bool) -> numpy.ndarray[Any, Any]:
    """Hash keys of each word, and each adjacent word pair, paired with the language."""
    keys = [zlib.crc32(f"l {language} {word}".encode()) for word in words]
    if bigrams:
        keys.extend(zlib.crc32(f"lb {language} {left} {right}".encode())
                    for left, right in itertools.pairwise(words))
    return numpy.asarray(keys, dtype=_KEY_DTYPE)


def extract_subwords(shortest: int, longest: int, bigrams: bool, language_pairs: bool = False) \
        -> Model[list[Doc], Any]:
    """Layer: docs -> (keys, values, lengths), the input of thinc's SparseLinear."""
    model: Model[list[Doc], Any] = Model(
        "extract_subwords", _extract_forward,
        attrs={"shortest": shortest, "longest": longest, "bigrams": bigrams,
               "language_pairs": language_pairs})
    return model


def _extract_forward(model: Model[list[Doc], Any], docs: list[Doc], is_train: bool) \
        -> tuple[Any, Any]:
    shortest, longest = int(model.attrs["shortest"]), int(model.attrs["longest"])
    all_keys, all_values, lengths = [], [], []
    for doc in docs:
        words = [token.text for token in doc]
        language = None
        if model.attrs["language_pairs"] and words and words[0].startswith(LANGUAGE_TAG):
            language, words = words[0][len(LANGUAGE_TAG):], words[1:]
        parts = [subword_keys(word, shortest, longest) for word in words]
        if model.attrs["bigrams"] and len(words) > 1:
            parts.append(bigram_keys(words))
        if language is not None and words:
            parts.append(language_pair_keys(language, words, bool(model.attrs["bigrams"])))
        if parts:
            keys, counts = numpy.unique(numpy.concatenate(parts), return_counts=True)
            values = 1.0 + numpy.log(counts.astype("float32"))
            values /= numpy.linalg.norm(values)
        else:
            keys, values = numpy.zeros(0, _KEY_DTYPE), numpy.zeros(0, "float32")
        all_keys.append(keys)
        all_values.append(values)
        lengths.append(len(keys))
    # Plain numpy arrays: the layer always runs on the CPU (see with_cpu below).
    batch = (numpy.concatenate(all_keys).astype(_KEY_DTYPE),
             numpy.concatenate(all_values).astype("float32"),
             numpy.asarray(lengths, dtype="int32"))

    def backprop(d_output: Any) -> list[Any]:
        return []  # the features are fixed; nothing to learn below this layer

    return batch, backprop


def build_subword_bow(
    shortest: int = 3,
    longest: int = 5,
    bigrams: bool = False,
    length: int = 1 << 19,
    nO: int | None = None,
    language_pairs: bool = False,
) -> Model[list[Doc], Floats2d]:
    """Multi-label text classifier: sparse linear layer over words and subwords, sigmoid out."""
    length = 2 ** (length - 1).bit_length()  # SparseLinear_v2 wants a power of two
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    resizable_layer: Model[Floats2d, Floats2d] = resizable(
        sparse_linear,
        resize_layer=partial(resize_linear_weighted,
                             fill_defaults={"b": _NEW_LABEL_BIAS, "W": 0}),
    )
    linear: Model[list[Doc], Floats2d] = chain(
        extract_subwords(shortest, longest, bigrams, language_pairs), resizable_layer)
    linear = with_cpu(linear, linear.ops)
    output = Logistic()
    model: Model[list[Doc], Floats2d] = chain(linear, with_cpu(output, output.ops))
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = True
    model.attrs["resize_output"] = partial(resize_and_set_ref,
                                           resizable_layer=resizable_layer)
    return model


registry.architectures.register("rightsbot.SubwordBOW.v1", func=build_subword_bow)
