"""Screening: ordered rules that stop automated mail before it can get an automatic answer.

Loop safety (DESIGN.md, "Threading and loop safety"; gdpr-rules.md R96): bounces, auto-replies,
list mail, our own messages and senders we have already answered too often are recorded and
shown to staff, but never answered automatically. Each rule is a small class with a ``name``
and a ``check`` method (``rules.py``); ``screen`` runs them in order and the first blocking
verdict wins.
"""

from bot.screening.base import ScreeningContext, ScreeningRule
from bot.screening.chain import screen
from bot.screening.rules import (
    DEFAULT_RULES,
    AutoReplyRule,
    BounceRule,
    ListMailRule,
    OwnLoopRule,
    SenderRateLimitRule,
)

__all__ = [
    "DEFAULT_RULES",
    "AutoReplyRule",
    "BounceRule",
    "ListMailRule",
    "OwnLoopRule",
    "ScreeningContext",
    "ScreeningRule",
    "SenderRateLimitRule",
    "screen",
]
