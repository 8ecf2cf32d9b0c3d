"""The golden corpus (tests/golden/*.eml + .json) through the whole pipeline, one test per file.

Each message goes through the real intake (parse, screen, classify, decide) with the shipped
classifier, on an in-memory mailbox and a real SQLite store; the stored outcome must match
the expectation written beside the message. ``explicit: false`` requests need the trained
model (classifier issue); with the rule layer alone they may land in triage, never elsewhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.app import build_app
from bot.memory_mail import MemoryMailSource
from bot.store.schema import Case, StoredMessage
from tests.unit.helpers import make_config

GOLDEN = Path(__file__).parent / "golden"
FILES = sorted(GOLDEN.glob("*.eml"))
STATUS_FOR_OUTCOME = {
    "case": {"case_opened"},
    "automated": {"screened"},
    # Human mail that is no request: staff triage, or recorded as "not a request" when the
    # classifier is sure (never answered either way).
    "triage": {"triage", "not_request"},
    "quarantine": {"quarantined"},
}


@dataclass(frozen=True)
class Outcome:
    status: str
    rule: str | None
    rights: tuple[str, ...]
    language: str | None


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    tmp = tmp_path_factory.mktemp("golden")
    app = build_app(make_config(tmp, schedule={"sender_rate_limit": 1000}))
    mailbox = MemoryMailSource()
    uid_to_name = {
        mailbox.deliver(path.read_bytes(), datetime(2026, 11, 25, 9, 0, tzinfo=UTC)): path.stem
        for path in FILES
    }
    app.intake.poll(mailbox)
    results: dict[str, Outcome] = {}
    with app.sessions() as session:
        for stored in session.scalars(select(StoredMessage)):
            case = session.get(Case, stored.case_id) if stored.case_id else None
            language = case.language if case else stored.language
            results[uid_to_name[stored.uid]] = Outcome(
                status=stored.status,
                rule=stored.screening_rule,
                rights=tuple(case.rights) if case else (),
                language=language,
            )
    return results


def test_corpus_is_complete() -> None:
    assert len(FILES) >= 40
    for path in FILES:
        assert path.with_suffix(".json").is_file(), f"{path.name} has no expectation"


#: Messages the shipped model gets wrong today, recorded instead of hidden. strict=True: when a
#: retrained model gets one right, the test fails until the entry is removed.
KNOWN_MODEL_ERRORS = {
    "case_de_loeschung_cp1252": "the model adds access to an erasure request that mentions "
                                "leads delivered to clients",
    "case_en_restriction": "the model adds rectification to a restriction request about "
                           "contested accuracy",
    "case_en_take_off_lists": "'take me off your lists' is read as erasure as well as objection",
    "case_nb_slett_latin9": "'slett meg fra registeret' is read as objection as well as erasure",
    "case_de_implicit_weitergabe": "a German objection to being sold on as a lead, opened by "
                                   "how the writer heard of the list, also gets access",
    "triage_en_data_leak_report": "a security researcher asking us to delete a leaked export "
                                  "is answered as an access request (it should reach staff)",
}


def _params() -> list[object]:
    return [
        pytest.param(path, id=path.stem, marks=pytest.mark.xfail(
            reason=KNOWN_MODEL_ERRORS[path.stem], strict=True))
        if path.stem in KNOWN_MODEL_ERRORS else pytest.param(path, id=path.stem)
        for path in FILES
    ]


@pytest.mark.parametrize("path", _params())
def test_golden_message(path: Path, outcomes: dict[str, Outcome]) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = outcomes[path.stem]
    wanted_status = STATUS_FOR_OUTCOME[expected["outcome"]]
    if expected["outcome"] == "case" and not expected.get("explicit", True):
        # Needs the trained model; the rule layer alone must at least not lose it.
        assert got.status in {"case_opened", "triage"}, got
    else:
        assert got.status in wanted_status, f"{expected['note']}: {got}"
    if expected["outcome"] == "automated":
        assert got.rule == expected["rule"]
    if got.status == "case_opened":
        # A few messages can fairly be read with one more right; the .json names which.
        extra = set(got.rights) - set(expected["rights"])
        assert extra <= set(expected.get("acceptable_extra_rights", [])), expected["note"]
        assert set(expected["rights"]) <= set(got.rights), expected["note"]
    if expected["outcome"] in {"case", "triage"} and expected.get("language"):
        assert got.language == expected["language"], expected["note"]
