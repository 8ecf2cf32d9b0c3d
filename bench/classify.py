"""Classification benchmark: the spaCy rights model against the rule-only classifier.

Run from the repository root (needs a trained model in ``classifiers/model/``)::

    .venv/bin/python -m bench.classify                  # 10,000 messages
    .venv/bin/python -m bench.classify --messages 2000 --load-runs 5

What it measures, all in one run, pinned to one CPU core (``os.sched_setaffinity``; the output
says whether pinning was possible):

1. Model load, in fresh "spawn" child processes (``--load-runs``, default 3) so the import cost
   is honest: each child first imports the pipeline modules (parsing, screening,
   ``classifiers.model``) and parses + screens 200 messages, then reads its RSS (psutil), times
   ``import spacy`` and ``RightsModel()`` (``spacy.load`` of the pipeline, manifest read), and
   reads its RSS again after the load and after one ``classify_many`` of the survivors of those
   200 messages. "RSS added by the model" is the growth from before ``import spacy`` to after
   that first batch (the model as it sits in a working process: spaCy/thinc imports, the
   pipeline, and the buffers of a first batch); the load-only growth is printed too.
   The worst load time and the largest RSS growth over the children are judged.
2. N messages built from the golden corpus exactly as ``bench.intake`` builds them (unique
   Message-IDs and senders), as raw bytes in memory.
3. Warm-up on the first 200 messages through both paths (untimed), then two timed runs over
   all N messages, processed as the intake does: chunks of ``schedule.batch_size`` (200 in the
   shipped config.toml) raw messages; each message parsed (``parse_message``; unparseable mail
   is counted and dropped) and screened (``screen``; blocked mail is counted and dropped); the
   survivors of the chunk classified with ``classify_all``:

   (a) baseline: the rule-only ``MentionClassifier`` (one message at a time, as classify_all
       does for a classifier without ``classify_many``);
   (b) the shipped ``SpacyRightsClassifier`` (``classify_many`` on the chunk's survivors).

   Time inside ``classify_all`` is measured separately, so the output shows the model's share.
   The screening context is the one ``rightsbot classify`` uses (no earlier auto-replies to the
   sender); dedupe, the store and IMAP are not part of this benchmark (see ``bench.intake``).

Targets (from the issue): (b) >= 500 messages/s on one core, model load <= 2 s, RSS added by
the model <= 150 MB. The ratio (b)/(a) in time is printed (no target): it is what the model
costs over the rules. A missed target is printed as MISSED. Exit status 2 if there is no
trained model (run ``rightsbot train``), 1 if a target is missed, else 0.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from typing import TYPE_CHECKING

from bench.intake import generate, load_templates

if TYPE_CHECKING:
    from bot.config import Config
    from bot.model import ParsedMessage
    from bot.screening import ScreeningContext
    from classifiers.base import Classifier

WARMUP = 200
TARGET_RATE = 500.0
TARGET_LOAD_SECONDS = 2.0
TARGET_RSS_MB = 150.0
MB = 1024 * 1024


# --------------------------------------------------------------------------------- helpers


def pin_to_one_core() -> str:
    """Pin this process (and the children it spawns later) to one core; say what happened."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (os.sched_setaffinity is not available on this platform)"
    allowed = sorted(os.sched_getaffinity(0))
    core = 0 if 0 in allowed else allowed[0]
    os.sched_setaffinity(0, {core})
    return f"pinned to CPU core {core} (of {len(allowed)} allowed)"


def rss_bytes() -> int:
    import psutil

    return int(psutil.Process().memory_info().rss)


def bench_config() -> Config:
    """The shipped config.toml (not $RIGHTSBOT_CONFIG, so runs are comparable)."""
    from bot.config import DEFAULT_CONFIG_PATH, load_config

    return load_config(DEFAULT_CONFIG_PATH)


def screening_context(config: Config) -> ScreeningContext:
    """The context ``bot.offline.classify_raw`` uses: no earlier auto-replies to the sender."""
    from bot.screening import ScreeningContext

    return ScreeningContext(
        own_addresses=frozenset({config.organisation.privacy_address}),
        own_message_id_domain=config.organisation.message_id_domain,
        auto_replies_to_sender_in_window=0,
        max_auto_replies_per_sender=config.schedule.sender_rate_limit,
    )


def parse_and_screen(raws: Sequence[bytes], context: ScreeningContext,
                     counts: Counter[str]) -> list[ParsedMessage]:
    """Parse and screen each message; return those the intake would hand to the classifier."""
    from bot.model import ParseError
    from bot.parsing import parse_message
    from bot.screening import screen

    survivors = []
    for raw in raws:
        try:
            message = parse_message(raw)
        except ParseError:
            counts["unparseable"] += 1
            continue
        if screen(message, context).blocked:
            counts["screened"] += 1
            continue
        survivors.append(message)
    return survivors


# --------------------------------------------------------------------------------- load child


@dataclass
class LoadResult:
    import_seconds: float
    load_seconds: float
    rss_before_mb: float
    rss_after_import_mb: float
    rss_after_load_mb: float
    rss_after_batch_mb: float
    peak_rss_mb: float
    batch_messages: int

    @property
    def total_seconds(self) -> float:
        return self.import_seconds + self.load_seconds

    @property
    def added_at_load_mb(self) -> float:
        return self.rss_after_load_mb - self.rss_before_mb

    @property
    def added_in_use_mb(self) -> float:
        return self.rss_after_batch_mb - self.rss_before_mb


def measure_load(raws: list[bytes]) -> LoadResult:
    """Runs in a fresh "spawn" process: import spacy + load the pipeline, RSS around it."""
    if "spacy" in sys.modules:
        raise RuntimeError("spacy already imported in the load child: the timing would lie")
    import classifiers.model as model_module

    config = bench_config()
    # The pipeline's own modules and parsed mail are already there before the model is.
    messages = parse_and_screen(raws, screening_context(config), Counter())
    gc.collect()
    before = rss_bytes()
    start = time.perf_counter()
    import spacy  # noqa: F401  (timed: the import is part of what the model costs)

    imported = time.perf_counter()
    after_import = rss_bytes()
    model = model_module.RightsModel()
    loaded = time.perf_counter()
    after_load = rss_bytes()
    model_module.SpacyRightsClassifier(model).classify_many(messages)
    after_batch = rss_bytes()
    return LoadResult(
        import_seconds=imported - start,
        load_seconds=loaded - imported,
        rss_before_mb=before / MB,
        rss_after_import_mb=after_import / MB,
        rss_after_load_mb=after_load / MB,
        rss_after_batch_mb=after_batch / MB,
        peak_rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        batch_messages=len(messages),
    )


# --------------------------------------------------------------------------------- timed runs


@dataclass
class RunResult:
    seconds: float
    classify_seconds: float
    counts: Counter[str] = field(default_factory=Counter)


def run_pipeline(raws: Sequence[bytes], config: Config, classifier: Classifier,
                 batch_size: int) -> RunResult:
    """Parse + screen + classify every message, chunk by chunk as the intake does."""
    from classifiers.base import classify_all

    context = screening_context(config)
    counts: Counter[str] = Counter()
    classify_seconds = 0.0
    gc.collect()
    start = time.perf_counter()
    for first in range(0, len(raws), batch_size):
        survivors = parse_and_screen(raws[first:first + batch_size], context, counts)
        before = time.perf_counter()
        verdicts = classify_all(classifier, survivors)
        classify_seconds += time.perf_counter() - before
        for verdict in verdicts:
            counts[verdict.kind.value] += 1
    return RunResult(time.perf_counter() - start, classify_seconds, counts)


# --------------------------------------------------------------------------------- main


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.classify", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10000, help="messages timed (10000)")
    parser.add_argument("--load-runs", type=int, default=3,
                        help="fresh child processes that time the model load (3)")
    args = parser.parse_args(argv)
    if args.messages < 1:
        parser.error("--messages must be at least 1")
    if args.load_runs < 1:
        parser.error("--load-runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from classifiers.model import MODEL_DIR

    if not (MODEL_DIR / "manifest.json").is_file():
        print(f"no trained model in {MODEL_DIR}: run `rightsbot train` first", file=sys.stderr)
        return 2
    pinning = pin_to_one_core()
    print(f"process: {pinning}; python {sys.version.split()[0]}")

    config = bench_config()
    from bot.config import DEFAULT_CONFIG_PATH

    with DEFAULT_CONFIG_PATH.open("rb") as handle:
        own_address = tomllib.load(handle)["organisation"]["privacy_address"]
    raws = [raw for raw, _ in generate(args.messages, own_address, datetime.now(UTC))]
    size = sum(len(raw) for raw in raws)
    print(f"messages: {len(raws)} from {len(load_templates())} golden templates, "
          f"{size / 1e6:.1f} MB, average {size / len(raws):.0f} bytes; "
          f"batch_size {config.schedule.batch_size}")

    # 1. Model load in fresh processes (before this process imports spacy; children inherit the
    # one-core affinity).
    loads = []
    for _ in range(args.load_runs):
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            loads.append(pool.submit(measure_load, raws[:WARMUP]).result())
    for number, load in enumerate(loads, 1):
        print(f"load child {number}: import spacy {load.import_seconds:.2f} s + load pipeline "
              f"{load.load_seconds:.2f} s = {load.total_seconds:.2f} s; "
              f"RSS {load.rss_before_mb:.0f} -> {load.rss_after_import_mb:.0f} (import) -> "
              f"{load.rss_after_load_mb:.0f} (load)"
              f" -> {load.rss_after_batch_mb:.0f} MB (after classify_many of "
              f"{load.batch_messages}); peak {load.peak_rss_mb:.0f} MB")

    # 2. This process: both classifiers, warm-up, timed runs.
    from classifiers.mentions import MentionClassifier
    from classifiers.model import SpacyRightsClassifier

    start = time.perf_counter()
    model = SpacyRightsClassifier()
    in_process_load = time.perf_counter() - start
    rules = MentionClassifier()
    batch = config.schedule.batch_size
    run_pipeline(raws[:WARMUP], config, rules, batch)
    run_pipeline(raws[:WARMUP], config, model, batch)
    baseline = run_pipeline(raws, config, rules, batch)
    timed = run_pipeline(raws, config, model, batch)
    print(f"(model loaded in this process in {in_process_load:.2f} s; warm-up {WARMUP} messages "
          "through both paths)")
    problems = check_counts(baseline, timed)
    for problem in problems:
        print(f"PROBLEM: {problem}")
    return print_report(args.messages, pinning, loads, baseline, timed, problems)


def check_counts(baseline: RunResult, timed: RunResult) -> list[str]:
    """Both runs must see the same parse and screening outcomes (same messages, same code)."""
    problems = []
    for key in ("unparseable", "screened"):
        if baseline.counts[key] != timed.counts[key]:
            problems.append(f"{key}: baseline {baseline.counts[key]}, model {timed.counts[key]}")
    return problems


def describe(result: RunResult) -> str:
    classified = sum(v for k, v in result.counts.items() if k not in ("unparseable", "screened"))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items())
                      if k not in ("unparseable", "screened"))
    return (f"unparseable {result.counts['unparseable']}, screened {result.counts['screened']}, "
            f"classified {classified} ({kinds})")


def print_report(n: int, pinning: str, loads: list[LoadResult], baseline: RunResult,
                 timed: RunResult, problems: list[str]) -> int:
    rate_a = n / baseline.seconds
    rate_b = n / timed.seconds
    ratio = timed.seconds / baseline.seconds
    share = timed.classify_seconds / timed.seconds
    slowest = max(loads, key=lambda load: load.total_seconds)
    worst_load = slowest.total_seconds
    median_load = statistics.median(load.total_seconds for load in loads)
    worst_import, worst_pipeline = slowest.import_seconds, slowest.load_seconds
    rss_in_use = max(load.added_in_use_mb for load in loads)
    rss_at_load = max(load.added_at_load_mb for load in loads)
    rss_import = max(load.rss_after_import_mb - load.rss_before_mb for load in loads)
    classified = sum(v for k, v in timed.counts.items() if k not in ("unparseable", "screened"))
    per_classified = 1e3 * timed.classify_seconds / classified if classified else 0.0

    print(f"baseline run: {describe(baseline)}")
    print(f"model run   : {describe(timed)}")
    print()
    print(f"messages                              : {n} ({pinning})")
    print(f"(a) parse+screen+MentionClassifier    : {baseline.seconds:.2f} s ({rate_a:.0f} msg/s;"
          f" classify {baseline.classify_seconds:.2f} s, parse+screen "
          f"{baseline.seconds - baseline.classify_seconds:.2f} s)")
    print(f"(b) parse+screen+SpacyRightsClassifier: {timed.seconds:.2f} s ({rate_b:.0f} msg/s) "
          f"(target >= {TARGET_RATE:.0f} msg/s: {verdict(rate_b >= TARGET_RATE)})")
    print(f"ratio (b)/(a), time                   : {ratio:.2f}   (no target: the model's cost)")
    print(f"model share of (b)                    : {100 * share:.0f}% "
          f"({timed.classify_seconds:.2f} s in classify_many, {per_classified:.2f} ms per "
          f"classified message; parse+screen {timed.seconds - timed.classify_seconds:.2f} s)")
    print(f"{f'model load, worst of {len(loads)} processes':<38}: {worst_load:.2f} s "
          f"(import spacy {worst_import:.2f} s, load pipeline {worst_pipeline:.2f} s; "
          f"median {median_load:.2f} s) (target <= {TARGET_LOAD_SECONDS:.0f} s: "
          f"{verdict(worst_load <= TARGET_LOAD_SECONDS)})")
    print(f"RSS added by the model, largest       : {rss_in_use:.0f} MB after load + first batch "
          f"(import spacy {rss_import:.0f} MB, at load {rss_at_load:.0f} MB) "
          f"(target <= {TARGET_RSS_MB:.0f} MB: {verdict(rss_in_use <= TARGET_RSS_MB)})")
    missed = (rate_b < TARGET_RATE or worst_load > TARGET_LOAD_SECONDS
              or rss_in_use > TARGET_RSS_MB)
    return 1 if missed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
