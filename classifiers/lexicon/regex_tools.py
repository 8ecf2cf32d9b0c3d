"""Small readers of regex source shared by the phrase tables (they rearrange, never change, what
a phrase matches, so that the scan's alternation starts every branch with a literal letter)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` for each ``(``, ``)`` and ``|`` of ``source`` that is regex
    syntax (not escaped, not inside a character class); depth counts the groups open after it."""
    depth, index = 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index += 2 if source[index + 1 : index + 2] in ("^", "]") else 1
            while source[index] != "]":
                index += 2 if source[index] == "\\" else 1
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield index, char, depth
        index += 1


def group_end(pattern: str) -> int:
    """Index of the ``)`` closing the group that opens at index 0, or -1."""
    return next((index for index, char, depth in _structure(pattern)
                 if char == ")" and depth == 0), -1)


def top_level_alternatives(source: str) -> list[str]:
    """Split regex source on its ``|`` outside groups and character classes."""
    cuts = [index for index, char, depth in _structure(source) if char == "|" and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[start + 1 : end] for start, end in itertools.pairwise(bounds)]
