"""Literal-first regrouping shared by the Finnish, Spanish, Italian and Polish phrase tables.

The pattern dialect is described in classifiers.mention_lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.model import Right
from classifiers.folding import fold_char

_PLAIN_WORD = re.compile(r"[\w' ]+")


def by_first_letter(pattern: str) -> str:
    """Regroup a pattern's leading list of plain words by first letter, same matches.

    The scan regex tries every phrase at every word start; sre skips an alternative cheaply only
    when it starts with a literal, so ``(?:borren|borre|eliminen|...)`` costs one test per word
    while ``(?:b(?:orren|orre)|e(?:liminen)|...)`` costs one per letter. Alternatives with
    different first letters never match at the same place, and the order within a letter is
    kept, so the regrouped pattern matches exactly what the written one does.
    """
    if not pattern.startswith("(?:"):
        return pattern
    end = pattern.find(")")
    items = pattern[3:end].split("|")
    if end < 0 or not all(_PLAIN_WORD.fullmatch(item) for item in items):
        return pattern
    groups: dict[str, list[str]] = {}
    for item in items:
        first = fold_char(item[0])
        groups.setdefault(first if len(first) == 1 else item[0], []).append(item)
    if len(groups) == len(items):
        return pattern
    regrouped = "|".join(
        words[0] if len(words) == 1 else key + "(?:" + "|".join(w[1:] for w in words) + ")"
        for key, words in groups.items()
    )
    return "(?:" + regrouped + pattern[end:]


def literal_first_table(table: Mapping[Right, tuple[str, ...]]) -> dict[Right, tuple[str, ...]]:
    return {right: tuple(by_first_letter(p) for p in pats) for right, pats in table.items()}


def literal_first_slots(slots: Mapping[str, str]) -> dict[str, str]:
    return {name: by_first_letter(value) for name, value in slots.items()}
