"""The shape of one language's phrase data, and short names for the rights in the tables.

See ``classifiers.mention_lexicon`` for the pattern dialect the phrases are written in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.model import Right

A = Right.ACCESS
RC = Right.RECTIFICATION
E = Right.ERASURE
RS = Right.RESTRICTION
P = Right.PORTABILITY
O = Right.OBJECTION  # noqa: E741 - short alias keeps the data tables readable
W = Right.WITHDRAW_CONSENT


@dataclass(frozen=True)
class LanguageLexicon:
    """Phrase data for one language; see classifiers.mention_lexicon for the pattern dialect."""

    code: str
    slots: Mapping[str, str]
    strong: Mapping[Right, tuple[str, ...]]
    weak: Mapping[Right, tuple[str, ...]]
    cues: tuple[str, ...]
    bare: tuple[str, ...] = field(default=())
