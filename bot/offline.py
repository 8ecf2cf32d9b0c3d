"""Classify raw messages without a store or a mailbox (`rightsbot classify`, golden tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bot.config import Config
from bot.model import ParseError, Right, VerdictKind
from bot.parsing import parse_message
from bot.screening import ScreeningContext, screen
from classifiers.base import Classifier
from classifiers.evaluate import Scored


def classify_raw(raw: bytes, config: Config, classifier: Classifier) -> dict[str, Any]:
    """Parse, screen and classify one message; the verdict names where it stopped.

    ``verdict`` is "unparseable" (would be quarantined), "automated" (screening stopped it;
    ``rule`` names the rule), or the classifier's kind: "request", "not_request", "uncertain".
    "request" below the configured confidence is reported as "uncertain" (it would go to
    triage), so the output matches what the worker would do.
    """
    try:
        message = parse_message(raw)
    except ParseError as exc:
        return {"verdict": "unparseable", "reason": str(exc), "rights": [], "language": None,
                "confidence": 0.0}
    context = ScreeningContext(
        own_addresses=frozenset({config.organisation.privacy_address}),
        own_message_id_domain=config.organisation.message_id_domain,
        auto_replies_to_sender_in_window=0,
        max_auto_replies_per_sender=config.schedule.sender_rate_limit,
    )
    screened = screen(message, context)
    if screened.blocked:
        return {"verdict": "automated", "rule": screened.rule, "reason": screened.reason,
                "rights": [], "language": message.language, "confidence": 1.0}
    verdict = classifier.classify(message)
    kind = verdict.kind.value
    if kind == "request" and verdict.confidence < config.classifier.min_confidence:
        kind = "uncertain"
    return {
        "verdict": kind,
        "rights": sorted(right.value for right in verdict.rights),
        "language": verdict.language,
        "confidence": round(verdict.confidence, 4),
        "evidence": [e.phrase for e in verdict.evidence],
    }


def golden_scores(directory: Path, config: Config, classifier: Classifier) -> list[Scored]:
    """The golden .eml corpus as evaluation items: automated and unparseable mail count as
    non-requests that the pipeline must not answer."""
    items = []
    for path in sorted(directory.glob("*.eml")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        result = classify_raw(path.read_bytes(), config, classifier)
        verdict = result["verdict"]
        kind = (VerdictKind(verdict) if verdict in {k.value for k in VerdictKind}
                else VerdictKind.NOT_REQUEST)
        items.append(Scored(
            language=expected.get("language") or "und",
            is_request=expected["outcome"] == "case",
            rights=frozenset(Right(r) for r in expected.get("rights", [])),
            kind=kind,
            predicted=frozenset(Right(r) for r in result["rights"]),
        ))
    return items
