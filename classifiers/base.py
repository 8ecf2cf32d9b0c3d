"""The classification seam: anything that turns a parsed message into a verdict."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from bot.model import ClassificationVerdict, ParsedMessage


class Classifier(Protocol):
    """Decides whether a message is a new rights request and which rights it invokes."""

    def classify(self, message: ParsedMessage) -> ClassificationVerdict: ...


@runtime_checkable
class BatchClassifier(Protocol):
    """A classifier that is faster on many messages at once (the spaCy model pipes them)."""

    def classify_many(self, messages: Sequence[ParsedMessage]) -> list[ClassificationVerdict]:
        ...


def classify_all(
    classifier: Classifier, messages: Sequence[ParsedMessage]
) -> list[ClassificationVerdict]:
    """Classify in one batch when the classifier supports it, else one by one."""
    if not messages:
        return []
    if isinstance(classifier, BatchClassifier):
        return classifier.classify_many(messages)
    return [classifier.classify(message) for message in messages]
