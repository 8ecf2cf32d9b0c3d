"""Small readers of regex source shared by the phrase tables (they rearrange, never change, what
a phrase matches, so that the scan's alternation starts every branch with a literal letter)."""

from __future__ import annotations


def _skip_class(pattern: str, index: int) -> int:
    """Index of the ``]`` closing the character class that opens at ``index``."""
    index += 2 if pattern[index + 1 : index + 2] in ("^", "]") else 1
    while pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def group_end(pattern: str) -> int:
    """Index of the ``)`` closing the group that opens at index 0, or -1."""
    depth, index = 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _skip_class(pattern, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def top_level_alternatives(source: str) -> list[str]:
    """Split regex source on its ``|`` outside groups and character classes."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = _skip_class(source, index)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts
