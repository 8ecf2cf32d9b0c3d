"""The `rightsbot` command line, driven with Typer's CliRunner on a temp config and store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from bot.app import App, build_app
from bot.cli import app as cli
from bot.config import CONFIG_ENV, load_config
from bot.memory_mail import MemoryMailSource
from tests.unit.helpers import ScriptedClassifier, make_raw

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden"
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)

CONFIG_TOML = """\
[organisation]
name = "LeadsByMia ApS"
privacy_address = "privacy@leadsbymia.com"
message_id_domain = "rightsbot.leadsbymia.com"
[imap]
user = "privacy"
tls = "none"
port = 1143
password_env = "TEST_CLI_IMAP_PASSWORD"
[smtp]
tls = "none"
port = 1025
[store]
url = "sqlite:///rightsbot.db"
"""


@pytest.fixture(autouse=True)
def _no_config_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIG_ENV, raising=False)


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG_TOML, encoding="utf-8")
    return path


def invoke(config: Path | None, *args: str) -> Result:
    prefix = ["--config", str(config)] if config is not None else []
    return CliRunner().invoke(cli, [*prefix, *args])


# --- deadline (gdpr-rules.md section 15) ----------------------------------------------------

# (received, profile, due, extended_due); ids give the table row and the rules it exercises.
SECTION_15 = [
    pytest.param("2026-01-15", "statutory", "2026-02-16", "2026-04-15",
                 id="row01-R9-R10-sunday-rolls-to-monday"),
    pytest.param("2026-01-29", "statutory", "2026-03-02", "2026-04-28",
                 id="row02-R8-short-february"),
    pytest.param("2026-01-31", "statutory", "2026-03-02", "2026-04-28",
                 id="row04-R7-R12-saturday-receipt"),
    pytest.param("2026-03-02", "statutory", "2026-04-07", "2026-06-02",
                 id="row06-R10-R18-easter"),
    pytest.param("2026-03-31", "statutory", "2026-04-30", "2026-06-30",
                 id="row08-R8-thirty-day-month"),
    pytest.param("2026-04-03", "statutory", "2026-05-04", "2026-07-03",
                 id="row10-R7-receipt-on-good-friday"),
    pytest.param("2026-04-14", "statutory", "2026-05-15", "2026-07-14",
                 id="row11-R18-ascension"),
    pytest.param("2026-04-24", "statutory", "2026-05-26", "2026-07-24",
                 id="row12-R18-whitsun"),
    pytest.param("2026-05-31", "statutory", "2026-06-30", "2026-08-31",
                 id="row14-R26-two-step-rolls"),
    pytest.param("2026-10-31", "statutory", "2026-11-30", "2027-02-01",
                 id="row18-R8-R26-november"),
    pytest.param("2026-11-25", "statutory", "2026-12-28", "2027-02-25",
                 id="row20-R18-christmas"),
    pytest.param("2026-12-01", "statutory", "2027-01-04", "2027-03-01",
                 id="row21-R18-new-year"),
    pytest.param("2026-12-25", "statutory", "2027-01-25", "2027-03-30",
                 id="row22-R23-snapshot-covers-next-easter"),
    pytest.param("2027-02-25", "statutory", "2027-03-30", "2027-05-25",
                 id="row26-R18-easter-2027"),
    pytest.param("2028-01-31", "statutory", "2028-02-29", "2028-05-01",
                 id="row33-R8-leap-year"),
    # Extended holiday profile (R19, R20): only ever later than statutory.
    pytest.param("2026-02-01", "extended", "2026-03-02", "2026-05-04",
                 id="row05-R20-extended-may-day-extension"),
    pytest.param("2026-03-05", "extended", "2026-04-07", "2026-06-08",
                 id="row07-R20-extended-constitution-day-extension"),
    pytest.param("2026-04-01", "extended", "2026-05-04", "2026-07-01",
                 id="row09-R19-R20-extended-may-day"),
    pytest.param("2026-05-05", "extended", "2026-06-08", "2026-08-05",
                 id="row13-R19-R20-extended-constitution-day"),
    pytest.param("2026-09-24", "extended", "2026-10-26", "2026-12-28",
                 id="row17-R20-extended-christmas-eve-extension"),
    pytest.param("2026-11-24", "extended", "2026-12-28", "2027-02-24",
                 id="row19-R19-R20-extended-christmas-eve"),
    pytest.param("2026-12-31", "extended", "2027-02-01", "2027-03-31",
                 id="row23-R7-receipt-date-independent-of-profile"),
    pytest.param("2028-03-31", "extended", "2028-05-02", "2028-06-30",
                 id="row34-R20-extended-may-day-2028"),
    pytest.param("2029-11-29", "extended", "2030-01-02", "2030-02-28",
                 id="row39-R19-R20-extended-new-years-eve"),
]
# Same receipt dates under the statutory profile where the table shows both answers.
SECTION_15 += [
    pytest.param("2026-04-01", "statutory", "2026-05-01", "2026-07-01",
                 id="row09-R21-statutory-may-day-is-a-working-day"),
    pytest.param("2026-11-24", "statutory", "2026-12-24", "2027-02-24",
                 id="row19-R21-statutory-christmas-eve-is-a-working-day"),
    pytest.param("2029-11-29", "statutory", "2029-12-31", "2030-02-28",
                 id="row39-R21-statutory-new-years-eve-is-a-working-day"),
]


@pytest.mark.parametrize(("received", "profile", "due", "extended_due"), SECTION_15)
def test_r7_to_r26_deadline_json_matches_section_15(
    received: str, profile: str, due: str, extended_due: str
) -> None:
    result = invoke(None, "deadline", "--received", received, "--profile", profile, "--json")
    assert result.exit_code == 0, result.output
    assert result.stdout == json.dumps(
        {"received": received, "due": due, "extended_due": extended_due}) + "\n"


def test_r10_deadline_json_exact_text_for_row_20() -> None:
    result = invoke(None, "deadline", "--received", "2026-11-25", "--json")
    assert result.exit_code == 0
    assert result.stdout == (
        '{"received": "2026-11-25", "due": "2026-12-28", "extended_due": "2027-02-25"}\n'
    )


@pytest.mark.parametrize(("received", "extended_due"), [
    pytest.param("2026-01-29", "2026-04-29", id="row02-R26-three-month"),
    pytest.param("2026-01-31", "2026-04-30", id="row04-R26-three-month"),
    pytest.param("2027-01-31", "2027-04-30", id="row25-R26-three-month-two-days-later"),
    pytest.param("2027-05-31", "2027-08-31", id="row29-R26-three-month"),
    pytest.param("2028-10-31", "2029-01-31", id="row36-R26-three-month"),
    pytest.param("2026-03-31", "2026-06-30", id="row08-R26-both-methods-agree"),
])
def test_r26_three_month_method(received: str, extended_due: str) -> None:
    result = invoke(None, "deadline", "--received", received, "--method", "three_month",
                    "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["extended_due"] == extended_due


def test_r26_deadline_text_form() -> None:
    result = invoke(None, "deadline", "--received", "2026-11-25")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "     received: 2026-11-25",
        "          due: 2026-12-28",
        " extended_due: 2027-02-25",
    ]


@pytest.mark.parametrize("bad", ["2026-11-31", "25-11-2026", "tomorrow", ""])
def test_deadline_bad_date_exit_2_names_received(bad: str) -> None:
    result = invoke(None, "deadline", "--received", bad, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"error: --received: expected a date like 2026-11-25, got {bad!r}\n"


def test_deadline_out_of_calendar_range_is_a_clean_error() -> None:
    result = invoke(None, "deadline", "--received", "9999-12-01", "--json")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --received: no deadline can be computed for "
                                    "'9999-12-01'")
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_deadline_bad_profile_exit_2() -> None:
    result = invoke(None, "deadline", "--received", "2026-11-25", "--profile", "danish")
    assert result.exit_code == 2
    assert result.stderr == "error: --profile: expected statutory | extended, got 'danish'\n"


def test_deadline_bad_method_exit_2() -> None:
    result = invoke(None, "deadline", "--received", "2026-11-25", "--method", "one_step")
    assert result.exit_code == 2
    assert result.stderr == ("error: --method: expected two_step | three_month, "
                             "got 'one_step'\n")


def test_deadline_requires_received() -> None:
    result = invoke(None, "deadline", "--json")
    assert result.exit_code == 2
    assert "--received" in result.stderr


# --- classify -------------------------------------------------------------------------------

CLASSIFY_KEYS = {"file", "verdict", "rights", "language", "confidence"}


def _classify(config_path: Path, *names: str) -> list[dict[str, object]]:
    files = [str(GOLDEN / name) for name in names]
    result = invoke(config_path, "classify", *files, "--jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == len(names)
    rows = [json.loads(line) for line in lines]
    for row, path in zip(rows, files, strict=True):
        assert set(row) >= CLASSIFY_KEYS
        assert row["file"] == path
    return rows


def test_classify_auto_reply_is_automated_with_rule(config_path: Path) -> None:
    (row,) = _classify(config_path, "auto_ooo_da.eml")
    assert row["verdict"] == "automated"
    assert row["rule"] == "auto_reply"
    assert row["rights"] == []
    assert row["confidence"] == 1.0


def test_classify_bounce_is_automated_with_rule(config_path: Path) -> None:
    (row,) = _classify(config_path, "auto_bounce_dsn.eml")
    assert (row["verdict"], row["rule"]) == ("automated", "bounce")


def test_classify_quarantine_file_is_unparseable(config_path: Path) -> None:
    (row,) = _classify(config_path, "quarantine_no_from.eml")
    assert row == {"file": str(GOLDEN / "quarantine_no_from.eml"), "verdict": "unparseable",
                   "reason": "no From header", "rights": [], "language": None,
                   "confidence": 0.0}


@pytest.mark.parametrize(("name", "rights"), [
    ("case_da_formal_art15.eml", ["access"]),
    ("case_da_erasure_iphone.eml", ["erasure"]),
])
def test_classify_danish_explicit_request(config_path: Path, name: str, rights: list[str]) -> None:
    expected = json.loads((GOLDEN / name).with_suffix(".json").read_text(encoding="utf-8"))
    assert (expected["outcome"], expected["explicit"], expected["rights"]) == ("case", True, rights)
    (row,) = _classify(config_path, name)
    assert row["verdict"] == "request"
    assert row["rights"] == rights
    assert row["language"] == "da"
    assert isinstance(row["confidence"], float)
    assert row["confidence"] >= load_config(config_path).classifier.min_confidence


def test_classify_several_files_one_line_each_in_order(config_path: Path) -> None:
    rows = _classify(config_path, "quarantine_empty.eml", "auto_ooo_en.eml",
                     "case_da_formal_art15.eml")
    assert [row["verdict"] for row in rows] == ["unparseable", "automated", "request"]


def test_classify_does_not_touch_the_store(config_path: Path) -> None:
    _classify(config_path, "case_da_formal_art15.eml")
    assert not (config_path.parent / "rightsbot.db").exists()


def test_classify_text_form(config_path: Path) -> None:
    path = GOLDEN / "auto_ooo_da.eml"
    result = invoke(config_path, "classify", str(path))
    assert result.exit_code == 0
    assert result.stdout == f"{path}: automated rights=- lang=da confidence=1.00\n"


def test_classify_missing_file_exit_2(config_path: Path, tmp_path: Path) -> None:
    result = invoke(config_path, "classify", str(tmp_path / "nope.eml"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


# --- cases, show, quarantine, triage on a store filled by the intake -------------------------


@pytest.fixture
def filled(config_path: Path) -> App:
    """The intake run once on the store the CLI config points at: a case, triage, quarantine."""
    application = build_app(load_config(config_path), ScriptedClassifier(), lambda: NOW)
    mailbox = MemoryMailSource(uidvalidity=7)
    mailbox.deliver(make_raw(subject="REQ:access,erasure"), internaldate=NOW)
    mailbox.deliver(make_raw(subject="Question UNSURE", message_id="<u-1@example.dk>",
                             body="What do you do with my phone number?"), internaldate=NOW)
    mailbox.deliver(b"Subject: no sender here\r\n\r\njust a body\r\n", internaldate=NOW)
    report = application.intake.poll(mailbox)
    assert {str(k): v for k, v in report.outcomes.items()} == {
        "case_opened": 1, "triage": 1, "quarantined": 1}
    return application


def test_cases_json(config_path: Path, filled: App) -> None:
    result = invoke(config_path, "cases", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{
        "ref": "DSR-2026-0001", "state": "awaiting_verification", "rights": ["access", "erasure"],
        "requester": "mette@example.dk", "language": "en",
        "received": "2026-11-25T11:00:00+01:00", "due": "2026-12-28",
        "extended_due": "2027-02-25", "flags": [],
    }]


def test_cases_table(config_path: Path, filled: App) -> None:
    before = date.today()
    result = invoke(config_path, "cases")
    after = date.today()
    assert result.exit_code == 0, result.output
    header, row, *rest = result.stdout.splitlines()
    assert rest == []
    assert header.split() == ["REF", "STATE", "RIGHTS", "REQUESTER", "LANG", "RECEIVED", "DUE",
                              "DAYS"]
    cells = row.split()
    assert cells[:7] == ["DSR-2026-0001", "awaiting_verification", "access,erasure",
                         "mette@example.dk", "en", "2026-11-25T11:00", "2026-12-28"]
    due = date(2026, 12, 28)
    assert int(cells[7]) in {(due - before).days, (due - after).days}
    # Columns line up under their headers.
    assert row.index("2026-12-28") == header.index("DUE")


def test_cases_empty_store(config_path: Path) -> None:
    result = invoke(config_path, "cases")
    assert (result.exit_code, result.stdout) == (0, "no cases\n")
    result = invoke(config_path, "cases", "--json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_show_case(config_path: Path, filled: App) -> None:
    result = invoke(config_path, "show", "DSR-2026-0001")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Case DSR-2026-0001  [awaiting_verification]"
    assert "  requester     Mette Jensen <mette@example.dk>" in lines
    assert "  rights        access, erasure" in lines
    assert "  language      en" in lines
    assert ("  received      2026-11-25T11:00:00+01:00 (local receipt date 2026-11-25)"
            in lines)
    assert ("  due           2026-12-28  (extended at most 2027-02-25; profile statutory, "
            "two_step)") in lines
    assert "  classifier    request confidence 0.95" in lines
    assert "      evidence  'REQ:access,erasure' -> access (scripted)" in lines
    assert "      evidence  'REQ:access,erasure' -> erasure (scripted)" in lines
    request = lines.index("Request (message #1, subject 'REQ:access,erasure'):")
    assert "  please delete all data you hold about me." in lines[request:]
    outgoing = lines.index("Outgoing mail:")
    assert lines[outgoing + 1] == "  #1 acknowledgement [en] pending attempts=0 sent=-"
    audit = lines.index("Audit trail:")
    assert request < outgoing < audit
    assert lines[audit + 1:] == [
        "  2026-11-25T10:00:00+00:00 rightsbot: case_opened - -> received new request; "
        "receipt time from internaldate",
        "  2026-11-25T10:00:00+00:00 rightsbot: challenge_sent received -> "
        "awaiting_verification acknowledgement with identity challenge (R38)",
    ]


def test_show_unknown_case_exit_2(config_path: Path, filled: App) -> None:
    result = invoke(config_path, "show", "DSR-2099-9999")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "error: no case DSR-2099-9999\n"


def test_quarantine_json_lists_message_with_reason(config_path: Path, filled: App) -> None:
    result = invoke(config_path, "quarantine", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{
        # The subject is read leniently so staff can see what the quarantined mail was about.
        "id": 3, "received": "2026-11-25T10:00:00+00:00", "sender": None,
        "subject": "no sender here", "language": None, "reason": "no From header",
    }]


def test_quarantine_table(config_path: Path, filled: App) -> None:
    result = invoke(config_path, "quarantine")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "#3  2026-11-25T10:00:00+00:00  (no sender)  'no sender here'",
        "      no From header",
    ]


def test_triage_json_lists_triage_messages(config_path: Path, filled: App) -> None:
    result = invoke(config_path, "triage", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{
        "id": 2, "received": "2026-11-25T10:00:00+00:00", "sender": "mette@example.dk",
        "subject": "Question UNSURE", "language": "en",
        "reason": "uncertain (confidence 0.30)",
    }]


def test_triage_table(config_path: Path, filled: App) -> None:
    result = invoke(config_path, "triage")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "#2  2026-11-25T10:00:00+00:00  mette@example.dk  'Question UNSURE'",
        "      uncertain (confidence 0.30)",
    ]


def test_empty_quarantine_and_triage(config_path: Path) -> None:
    assert invoke(config_path, "quarantine").stdout == "quarantine: empty\n"
    assert invoke(config_path, "triage").stdout == "triage: empty\n"
    assert json.loads(invoke(config_path, "triage", "--json").stdout) == []


def test_env_var_selects_the_config_for_the_cli(
    config_path: Path, filled: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(config_path))
    result = invoke(None, "cases", "--json")
    assert result.exit_code == 0
    assert [row["ref"] for row in json.loads(result.stdout)] == ["DSR-2026-0001"]


# --- errors ---------------------------------------------------------------------------------


def _run_module(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != CONFIG_ENV}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_config_error_is_one_clean_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(CONFIG_TOML.replace("port = 1143", 'port = "abc"'), encoding="utf-8")
    done = _run_module(tmp_path, "--config", str(bad), "cases")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "error: imap.port: expected an integer from 1 to 65535, got 'abc'\n"
    assert not (tmp_path / "rightsbot.db").exists()


def test_missing_config_file_is_one_clean_line_exit_2(tmp_path: Path) -> None:
    done = _run_module(tmp_path, "--config", str(tmp_path / "nowhere.toml"), "triage")
    assert done.returncode == 2
    assert done.stderr == (f"error: cannot read configuration file {tmp_path / 'nowhere.toml'}: "
                           "No such file or directory\n")
    assert "Traceback" not in done.stderr


def test_invalid_toml_is_one_clean_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(CONFIG_TOML + "[imap\n", encoding="utf-8")
    done = _run_module(tmp_path, "--config", str(bad), "show", "DSR-2026-0001")
    assert done.returncode == 2
    assert done.stderr.startswith(f"error: {bad}: not valid TOML (")
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


def test_config_error_through_cli_runner_is_a_config_error(tmp_path: Path) -> None:
    # Without main()'s wrapper the ConfigError reaches the caller unchanged (main turns it
    # into the one-line message above).
    bad = tmp_path / "bad.toml"
    bad.write_text(CONFIG_TOML.replace('tls = "none"\nport = 1143', 'tls = "tls"\nport = 1143'),
                   encoding="utf-8")
    result = invoke(bad, "cases")
    assert result.exit_code == 1
    assert str(result.exception) == (
        "imap.tls: expected one of \"ssl\" | \"starttls\" | \"none\", got 'tls'")


def test_poll_without_once_exit_2_with_hint(config_path: Path) -> None:
    result = invoke(config_path, "poll")
    assert result.exit_code == 2
    assert result.stderr == ("error: use `rightsbot poll --once` (or `rightsbot run` for the "
                             "daemon)\n")
    assert not (config_path.parent / "rightsbot.db").exists()


def test_no_arguments_shows_help() -> None:
    result = invoke(None)
    assert result.exit_code == 2
    for command in ("run", "poll", "cases", "show", "quarantine", "triage", "deadline",
                    "classify", "demo"):
        assert command in result.output


def test_correct_stores_a_labelled_example_and_train_folds_it_in(
    config_path: Path, filled: App, tmp_path: Path
) -> None:
    """Issue 4 item 5: a staff correction becomes a training example."""
    from bot.corrections import corrections_as_examples
    from bot.model import Right

    result = invoke(config_path, "correct", "2", "--rights", "access,erasure", "--as", "mia")
    assert result.exit_code == 0, result.output
    assert "message #2: correction stored" in result.stdout
    (example,) = corrections_as_examples(filled.sessions)
    assert example.is_request and example.rights == frozenset({Right.ACCESS, Right.ERASURE})
    assert example.kind == "staff_correction" and example.split == "train"
    shown = invoke(config_path, "triage", "--json")
    assert shown.exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["correct", "2"], "either --rights"),
        (["correct", "2", "--rights", "access", "--not-request"], "either --rights"),
        (["correct", "2", "--rights", "acces"], "unknown right(s) acces"),
        (["correct", "999", "--not-request"], "no stored message #999"),
    ],
)
def test_correct_rejects_bad_input(config_path: Path, filled: App, args: list[str],
                                   message: str) -> None:
    result = invoke(config_path, *args)
    assert result.exit_code != 0
    assert message in (result.output + str(result.exception))
