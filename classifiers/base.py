"""The classification seam: anything that turns a parsed message into a verdict."""

from __future__ import annotations

from typing import Protocol

from bot.model import ClassificationVerdict, ParsedMessage


class Classifier(Protocol):
    """Decides whether a message is a new rights request and which rights it invokes."""

    def classify(self, message: ParsedMessage) -> ClassificationVerdict: ...
