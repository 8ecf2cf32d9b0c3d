"""Classify raw messages without a store or a mailbox (`rightsbot classify`, golden tests)."""

from __future__ import annotations

from typing import Any

from bot.config import Config
from bot.model import ParseError
from bot.parsing import parse_message
from bot.screening import ScreeningContext, screen
from classifiers.base import Classifier


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
