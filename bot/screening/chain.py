"""Running the rules: the first blocking verdict wins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.model import ParsedMessage, ScreeningVerdict
from bot.screening.base import ScreeningContext, ScreeningRule
from bot.screening.rules import DEFAULT_RULES


def screen(
    message: ParsedMessage,
    context: ScreeningContext,
    rules: Sequence[ScreeningRule] = DEFAULT_RULES,
) -> ScreeningVerdict:
    """Run ``rules`` in order and return the first blocking verdict, else ``passed()``.

    Order matters: a bounce that also carries ``Auto-Submitted`` is reported as a bounce,
    because the earlier, more specific rule tells staff more.
    """
    for rule in rules:
        verdict = rule.check(message, context)
        if verdict is None or not verdict.blocked:
            continue
        # Staff and the golden corpus key on the rule name, so a verdict always carries one
        # even if a rule written elsewhere forgot to set it.
        if verdict.rule is None:
            verdict = replace(verdict, rule=rule.name)
        return verdict
    return ScreeningVerdict.passed()
