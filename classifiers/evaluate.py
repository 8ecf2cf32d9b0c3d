"""Figures for the rights model: request recall, false requests, per-right F1, triage share.

Definitions (the targets in the classifier issue are read this way):
* request recall: share of true requests that are not dismissed as "not a request" (a request
  in triage is seen by staff within a working day, so it is not lost); the strict figure
  counts only requests answered automatically.
* false-request rate: share of non-requests that would get an automatic acknowledgement.
* triage share: share of all messages that go to staff as uncertain.
* per-right precision/recall/F1 over the true requests: given that a message is a request,
  which rights does the classifier name (for a request in triage these are the rights it
  proposes to staff; a request dismissed as "not a request" names none)? Whether non-requests
  get answered is measured by the false-request rate above. Macro-F1 over the seven rights.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.model import Right, VerdictKind


@dataclass(frozen=True)
class Scored:
    """One evaluated example: the truth and what the classifier decided."""

    language: str
    is_request: bool
    rights: frozenset[Right]
    kind: VerdictKind
    predicted: frozenset[Right]


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def metrics(items: Sequence[Scored]) -> dict[str, Any]:
    requests = [i for i in items if i.is_request]
    others = [i for i in items if not i.is_request]
    result: dict[str, Any] = {
        "examples": len(items),
        "requests": len(requests),
        "request_recall": round(_ratio(
            sum(i.kind is not VerdictKind.NOT_REQUEST for i in requests), len(requests)), 4),
        "request_recall_strict": round(_ratio(
            sum(i.kind is VerdictKind.REQUEST for i in requests), len(requests)), 4),
        "false_request_rate": round(_ratio(
            sum(i.kind is VerdictKind.REQUEST for i in others), len(others)), 4),
        "triage_share": round(_ratio(
            sum(i.kind is VerdictKind.UNCERTAIN for i in items), len(items)), 4),
    }
    per_right: dict[str, dict[str, float]] = {}
    for right in Right:
        tp = sum(right in i.predicted and right in i.rights for i in requests)
        fp = sum(right in i.predicted and right not in i.rights for i in requests)
        fn = sum(right not in i.predicted and right in i.rights for i in requests)
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        per_right[right.value] = {"precision": round(precision, 4), "recall": round(recall, 4),
                                  "f1": round(_f1(precision, recall), 4), "support": tp + fn}
    result["per_right"] = per_right
    supported = [v["f1"] for v in per_right.values() if v["support"]]
    result["macro_f1"] = round(sum(supported) / len(supported), 4) if supported else 0.0
    return result


def by_language(items: Sequence[Scored]) -> dict[str, dict[str, Any]]:
    languages = sorted({i.language for i in items})
    return {lang: metrics([i for i in items if i.language == lang]) for lang in languages}


def confusions(items: Sequence[Scored], limit: int = 12) -> list[tuple[str, str, int]]:
    """The most frequent (true rights -> predicted) mismatches, e.g. erasure -> objection."""
    counter: Counter[tuple[str, str]] = Counter()
    for item in items:
        truth = ",".join(sorted(r.value for r in item.rights)) or "not_request"
        if item.kind is VerdictKind.NOT_REQUEST:
            guess = "not_request"
        elif item.kind is VerdictKind.UNCERTAIN:
            guess = "triage"
        else:
            guess = ",".join(sorted(r.value for r in item.predicted))
        if truth != guess:
            counter[(truth, guess)] += 1
    return [(truth, guess, n) for (truth, guess), n in counter.most_common(limit)]


def format_report(title: str, items: Sequence[Scored]) -> str:
    overall = metrics(items)
    lines = [
        f"== {title}: {overall['examples']} messages, {overall['requests']} requests",
        f"  request recall        {overall['request_recall']:.3f} "
        f"(answered automatically: {overall['request_recall_strict']:.3f})",
        f"  false-request rate    {overall['false_request_rate']:.3f}",
        f"  triage share          {overall['triage_share']:.3f}",
        f"  macro-F1 over rights  {overall['macro_f1']:.3f}",
        "  per right             precision recall f1    support",
    ]
    for name, values in overall["per_right"].items():
        lines.append(f"    {name:<19} {values['precision']:.3f}     {values['recall']:.3f}  "
                     f"{values['f1']:.3f} {values['support']:>5}")
    lines.append("  per language          n     recall false  triage macro-F1")
    for lang, values in by_language(items).items():
        lines.append(f"    {lang:<19} {values['examples']:>5} {values['request_recall']:.3f}  "
                     f"{values['false_request_rate']:.3f}  {values['triage_share']:.3f}  "
                     f"{values['macro_f1']:.3f}")
    mismatches = confusions(items)
    if mismatches:
        lines.append("  most frequent confusions (truth -> decision)")
        lines += [f"    {truth} -> {guess}: {n}" for truth, guess, n in mismatches]
    return "\n".join(lines)
