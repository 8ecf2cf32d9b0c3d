"""The training corpus: loading, validation, the held-apart split and near-duplicate checks.

Corpus files are JSONL in ``classifiers/corpus/`` (one file per language), one example per
line: ``text``, optional ``subject``, ``language``, ``is_request``, ``rights``, ``kind`` and
optionally ``split``. The split is not chosen by the author of an example: it is derived from
a hash of the text (``heldout`` for about one in five), so nobody can tune the held-apart
split by hand and the same example always lands on the same side.

Run ``python -m classifiers.corpus`` to validate every file and list near-duplicates.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.model import SUPPORTED_LANGUAGES, Right

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
HELDOUT = "heldout"
TRAIN = "train"
NEAR_DUPLICATE_JACCARD = 0.8
_HELDOUT_BUCKETS = 5  # one bucket in five is held apart
_FIELDS = {"text", "subject", "language", "is_request", "rights", "kind", "split"}
_TOKEN = re.compile(r"\w+", re.UNICODE)
_RIGHT_NAMES = {right.value for right in Right}


class CorpusError(ValueError):
    """A corpus line is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Example:
    text: str
    subject: str
    language: str
    is_request: bool
    rights: frozenset[Right]
    kind: str
    split: str
    source: str  # "file:line", for error messages and reports

    @property
    def full_text(self) -> str:
        """What the model sees: subject and body, as the pipeline passes them."""
        return f"{self.subject}\n\n{self.text}" if self.subject else self.text


def split_for(text: str) -> str:
    digest = hashlib.sha256(text.strip().encode("utf-8")).digest()
    return HELDOUT if digest[0] % _HELDOUT_BUCKETS == 0 else TRAIN


def _example(data: object, where: str) -> Example:
    if not isinstance(data, dict):
        raise CorpusError(f"{where}: expected a JSON object")
    unknown = set(data) - _FIELDS
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {sorted(unknown)}")
    text, subject = data.get("text"), data.get("subject") or ""
    if not isinstance(text, str) or not text.strip():
        raise CorpusError(f"{where}: text must be a non-empty string")
    if not isinstance(subject, str):
        raise CorpusError(f"{where}: subject must be a string")
    language = data.get("language")
    if language not in SUPPORTED_LANGUAGES:
        raise CorpusError(f"{where}: language must be one of {SUPPORTED_LANGUAGES}")
    is_request = data.get("is_request")
    if not isinstance(is_request, bool):
        raise CorpusError(f"{where}: is_request must be true or false")
    rights = data.get("rights", [])
    if not isinstance(rights, list) or any(r not in _RIGHT_NAMES for r in rights):
        raise CorpusError(f"{where}: rights must be a list of {sorted(_RIGHT_NAMES)}")
    if is_request != bool(rights):
        raise CorpusError(f"{where}: a request needs rights and a non-request has none")
    kind = data.get("kind")
    if not isinstance(kind, str) or not kind:
        raise CorpusError(f"{where}: kind must be a non-empty string")
    split = data.get("split") or split_for(text)
    if split not in {TRAIN, HELDOUT}:
        raise CorpusError(f"{where}: split must be train or heldout")
    return Example(text=text, subject=subject, language=str(language), is_request=is_request,
                   rights=frozenset(Right(r) for r in rights), kind=kind, split=split,
                   source=where)


def read_examples(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where}: not valid JSON ({exc.msg})") from None
        examples.append(_example(data, where))
    return examples


def corpus_files(directory: Path = CORPUS_DIR) -> list[Path]:
    return sorted(directory.glob("*.jsonl"))


def load_corpus(directory: Path = CORPUS_DIR) -> list[Example]:
    """Every example of every corpus file, in file order."""
    return [example for path in corpus_files(directory) for example in read_examples(path)]


def corpus_digest(directory: Path = CORPUS_DIR) -> str:
    """SHA-256 over the corpus files' names and bytes: what the shipped model was built from."""
    digest = hashlib.sha256()
    for path in corpus_files(directory):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def tokens(text: str) -> frozenset[str]:
    return frozenset(token.casefold() for token in _TOKEN.findall(text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def near_duplicates(
    examples: Sequence[Example], threshold: float = NEAR_DUPLICATE_JACCARD
) -> list[tuple[Example, Example, float]]:
    """Pairs in the same language whose token sets overlap more than ``threshold``."""
    found = []
    by_language: dict[str, list[tuple[Example, frozenset[str]]]] = {}
    for example in examples:
        by_language.setdefault(example.language, []).append(
            (example, tokens(example.full_text)))
    for items in by_language.values():
        for i, (left, left_tokens) in enumerate(items):
            size = len(left_tokens)
            for right, right_tokens in items[i + 1:]:
                # Jaccard can only exceed the threshold when the sizes are close.
                other = len(right_tokens)
                if min(size, other) < threshold * max(size, other):
                    continue
                score = jaccard(left_tokens, right_tokens)
                if score > threshold:
                    found.append((left, right, score))
    return found


def summary(examples: Iterable[Example]) -> str:
    """Counts per language (requests / non-requests / held apart) and per right."""
    items = list(examples)
    lines = [f"{len(items)} examples"]
    for language in SUPPORTED_LANGUAGES:
        subset = [e for e in items if e.language == language]
        if not subset:
            continue
        requests = sum(e.is_request for e in subset)
        multi = sum(len(e.rights) > 1 for e in subset)
        heldout = sum(e.split == HELDOUT for e in subset)
        rights = Counter(r.value for e in subset for r in e.rights)
        lines.append(
            f"  {language}: {requests} requests ({multi} multi-right), "
            f"{len(subset) - requests} non-requests, {heldout} held apart; "
            + ", ".join(f"{name} {rights[name]}" for name in sorted(_RIGHT_NAMES))
        )
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    paths = [Path(arg) for arg in argv] or corpus_files()
    examples = [example for path in paths for example in read_examples(path)]
    print(summary(examples))
    duplicates = near_duplicates(examples)
    for left, right, score in duplicates:
        print(f"near-duplicate ({score:.2f}): {left.source} ~ {right.source}")
    return 1 if duplicates else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
