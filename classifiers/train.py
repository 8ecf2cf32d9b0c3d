"""`rightsbot train`: build the rights model from the corpus, reproducibly.

Fixed seed, the committed config (classifiers/textcat.cfg) and the corpus in
classifiers/corpus/ fully determine the result. The held-apart split (by hash of the text) is
only ever used for the reported figures. Everything else is the development set: the shipped
pipeline is trained on all of it, and the decision thresholds are calibrated on out-of-fold
scores (cross-fitting): the development set is cut into folds by hash, and each fold is scored
by a pipeline trained on the other folds. Every development example thus informs the thresholds
with a score from a model that never saw it, and none is withheld from the shipped model.
Measured against a fixed one-in-six calibration split: thresholds from six times as many
examples, and a sixth more training data for the shipped model.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.model import Right
from bot.parsing_text import strip_quoted_text
from classifiers.calibration import CalibrationItem, calibrate
from classifiers.corpus import CORPUS_DIR, HELDOUT, Example, corpus_digest, load_corpus
from classifiers.evaluate import Scored, metrics
from classifiers.features import model_text
from classifiers.model import (
    LABELS,
    MODEL_DIR,
    REQUEST_LABEL,
    Manifest,
    Thresholds,
    average_scores,
    decide,
    strong_rights,
)

_HERE = Path(__file__).resolve().parent
#: The pipelines of the model, each trained on the same data; their scores are averaged.
#: One today: a second (CNN ensemble, or another n-gram range) measured no better.
PIPELINES: tuple[tuple[str, Path], ...] = (
    ("pipeline", _HERE / "textcat.cfg"),
)
CONFIG_PATH = PIPELINES[0][1]
#: Explicit-mention cues appended as marker words (measured better than overriding).
WITH_MARKERS = True
#: Version of the text preparation; part of the config digest so a change forces retraining.
FEATURES_VERSION = "7"
_FOLDS = 4  # cross-fitting folds for the out-of-fold calibration scores
_BATCH = 32


def config_digest() -> str:
    digest = hashlib.sha256()
    for name, path in PIPELINES:
        digest.update(name.encode())
        digest.update(path.read_bytes())
    digest.update(f"features={FEATURES_VERSION};markers={WITH_MARKERS}".encode())
    return digest.hexdigest()


def _fold(example: Example) -> int:
    digest = hashlib.sha256(("calibration:" + example.text.strip()).encode("utf-8")).digest()
    return digest[0] % _FOLDS


def _cats(example: Example) -> dict[str, float]:
    # Rights are learnt from requests only: for a non-request the right labels are left
    # missing (spaCy masks them out of the loss) rather than set to 0, so that a client's
    # "delete the lead list" does not teach the model that "delete" says nothing about erasure.
    if not example.is_request:
        return {REQUEST_LABEL: 0.0}
    cats = {label: 0.0 for label in LABELS}
    cats[REQUEST_LABEL] = 1.0
    for right in example.rights:
        cats[right.value] = 1.0
    return cats


def _strong(example: Example) -> frozenset[Right]:
    """The rights of explicit first-person mentions, found as at run time (quotes stripped)."""
    body = strip_quoted_text(example.text, example.language)
    return strong_rights(example.subject, body, example.language)


def _text(example: Example) -> str:
    # Corpus bodies are written as they arrive, quotes and all; at run time the model sees the
    # parser's new_text, so strip the same way here (measured: triage share 24% -> 14%).
    body = strip_quoted_text(example.text, example.language)
    return model_text(example.subject, body, example.language, with_markers=WITH_MARKERS)


@dataclass(frozen=True)
class Splits:
    development: list[Example]  # trains the shipped pipelines; calibrates out of fold
    heldout: list[Example]  # only for the reported figures


def split_corpus(examples: Sequence[Example]) -> Splits:
    return Splits(development=[e for e in examples if e.split != HELDOUT],
                  heldout=[e for e in examples if e.split == HELDOUT])


def train_pipeline(examples: Sequence[Example], log: Any = print,
                   config_path: Path = CONFIG_PATH) -> Any:
    """Train one spaCy pipeline on ``examples``; returns the nlp object."""
    from spacy.training import Example as SpacyExample
    from spacy.util import load_config, load_model_from_config
    from thinc.api import fix_random_seed

    import classifiers.subword_bow  # noqa: F401 - registers the architecture the config names

    config = load_config(config_path, interpolate=True)
    training = config["training"]
    seed = int(training["seed"])
    fix_random_seed(seed)
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    data = [SpacyExample.from_dict(nlp.make_doc(_text(e)), {"cats": _cats(e)})
            for e in examples]
    optimizer = nlp.initialize(lambda: data)
    optimizer.learn_rate = float(training["optimizer"]["learn_rate"])
    shuffler = random.Random(seed)
    for epoch in range(int(training["max_epochs"])):
        order = list(data)
        shuffler.shuffle(order)
        losses: dict[str, float] = {}
        for start in range(0, len(order), _BATCH):
            batch = order[start:start + _BATCH]
            nlp.update(batch, drop=float(training["dropout"]), sgd=optimizer, losses=losses)
        log(f"  epoch {epoch + 1:>2}: loss {losses.get('textcat_multilabel', 0.0):.4f}")
    return nlp


def _score(nlps: Sequence[Any], examples: Sequence[Example]) -> list[dict[str, float]]:
    """The pipelines' label scores for each example, averaged."""
    texts = [_text(e) for e in examples]
    return average_scores(nlps, texts)


def train_pipelines(examples: Sequence[Example], log: Any = print) -> list[Any]:
    """One trained nlp per entry of PIPELINES, all on ``examples``."""
    nlps = []
    for name, config_path in PIPELINES:
        log(f" {name} ({config_path.name})")
        nlps.append(train_pipeline(examples, log, config_path))
    return nlps


def out_of_fold_scores(examples: Sequence[Example], log: Any = print) \
        -> list[dict[str, float]]:
    """Each example's scores from pipelines trained on the other folds (cross-fitting)."""
    folds = [_fold(e) for e in examples]
    scores: list[dict[str, float]] = [{} for _ in examples]
    for fold in range(_FOLDS):
        inside = [i for i, f in enumerate(folds) if f == fold]
        if not inside:
            continue  # every example lies in some fold, so an empty fold leaves no gap
        log(f"fold {fold + 1}/{_FOLDS}: scoring {len(inside)} examples")
        nlps = train_pipelines([e for e, f in zip(examples, folds, strict=True) if f != fold],
                               lambda *_: None)
        for i, value in zip(inside, _score(nlps, [examples[i] for i in inside]), strict=True):
            scores[i] = value
    return scores


def score_examples(nlps: Sequence[Any], thresholds: Thresholds, examples: Sequence[Example]) \
        -> list[Scored]:
    """Decide every example exactly as SpacyRightsClassifier does (model + strong mentions)."""
    result = []
    for example, scores in zip(examples, _score(nlps, examples), strict=True):
        kind, predicted, _ = decide(scores, thresholds, _strong(example))
        result.append(Scored(example.language, example.is_request, example.rights, kind,
                             predicted))
    return result


def train(
    corpus_dir: Path = CORPUS_DIR,
    output: Path = MODEL_DIR,
    extra: Sequence[Example] = (),
    log: Any = print,
) -> Manifest:
    """Train, calibrate, evaluate on the held-apart split, and write the model to ``output``."""
    examples = load_corpus(corpus_dir)
    splits = split_corpus(examples)
    development = [*splits.development, *extra]
    log(f"training on {len(development)} examples ({len(extra)} staff corrections), "
        f"calibrating out of {_FOLDS} folds, holding apart {len(splits.heldout)}")
    oof = out_of_fold_scores(development, log)
    thresholds = calibrate([CalibrationItem(e.is_request, e.rights, scores, _strong(e))
                            for e, scores in zip(development, oof, strict=True)])
    log("final pipelines on the whole development set")
    nlps = train_pipelines(development, log)
    heldout_metrics = metrics(score_examples(nlps, thresholds, splits.heldout))
    manifest = Manifest(thresholds=thresholds, with_markers=WITH_MARKERS,
                        corpus_digest=corpus_digest(corpus_dir),
                        config_digest=config_digest(), metrics={"heldout": heldout_metrics})
    staging = Path(tempfile.mkdtemp(prefix="rightsbot-model-", dir=output.parent))
    try:
        for (name, _), nlp in zip(PIPELINES, nlps, strict=True):
            nlp.to_disk(staging / name)
        (staging / "manifest.json").write_text(
            json.dumps(manifest.to_json(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
        staging.chmod(0o755)  # mkdtemp makes it private; the shipped model is readable by all
        if output.exists():
            shutil.rmtree(output)
        staging.rename(output)  # replace the shipped model only once the new one is complete
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return manifest
