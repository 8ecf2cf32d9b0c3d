"""Intake benchmark: `rightsbot poll` on a 10,000-message backlog against a bare imap-tools read.

Run from the repository root (needs the ``dovecot`` binary, as the integration tests do)::

    .venv/bin/python -m bench.intake                       # 10,000 messages, shipped batch size
    .venv/bin/python -m bench.intake --batch-size 500
    .venv/bin/python -m bench.intake --messages 2000 --profile /tmp/poll.prof

What it does, all in one run, against the same private Dovecot and the same messages:

1. Builds N messages from the 60 golden messages in ``tests/golden`` (cycled in file-name
   order). Every copy gets a unique Message-ID (same domain as the template, so our own mail
   still looks like our own) and, where the From header has an address that is not ours or a
   mail system's, a unique sender local part, so that dedupe and the per-sender rate limit see
   N distinct messages. The two templates without a header block (empty file, binary garbage)
   get a Message-ID line prepended; they stay unparseable. INTERNALDATEs are spread evenly over
   the last 20 days. The messages are written straight into INBOX's Maildir.
2. Baseline (a): a bare imap-tools ``MailBoxUnencrypted`` fetches every message in INBOX
   (``fetch(mark_seen=False, bulk=500)``) and reads subject, from and text/html. It runs twice
   and the faster run counts, so the baseline also gets Dovecot's warm cache (the poll runs
   after both and so reads from a warm cache as well). Login is outside the timing; SELECT and
   every FETCH are inside.
3. Poll (b), in a separate "spawn" child process so its peak RSS is its own: ``build_app`` and
   ``open_source`` (login) outside the timing, then ``intake.poll`` repeated until nothing is
   left (one poll with the default cap of 20,000) timed end to end: UID SEARCH, fetch, raw
   store, parse, screening, classification, cases, acknowledgements queued in the outbox, the
   server-side MOVE to the processed/quarantine folders and every SQLite commit. Logging is set
   up as ``rightsbot poll`` does (INFO), but written to a file in the temporary directory. The
   store (SQLite, WAL) lives in the temporary directory. Afterwards the store is checked: N
   rows, none left ``fetched``; INBOX is empty on the server.
4. Empty poll (c): 30 more polls of the now-empty INBOX on the same open connection.
5. Peak RSS (``ru_maxrss``) of the poll child and, for reference, of this parent process (which
   holds the generated messages and ran the baseline).

Targets (from the issue): poll/baseline <= 2.0, poll-process peak RSS <= 300 MB, empty poll
< 50 ms. A missed target is printed as MISSED. With ``--profile FILE`` the poll runs under
cProfile (timings inflated, targets not judged) and the hotspots are printed by own time, by
cumulative time and by pipeline stage.
"""

from __future__ import annotations

import argparse
import base64
import cProfile
import io
import logging
import os
import pstats
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from multiprocessing import get_context
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden"
USER = "privacy"
PASSWORD = "bench-secret"
PASSWORD_ENV = "RIGHTSBOT_BENCH_IMAP_PASSWORD"
SPREAD = timedelta(days=20)
EMPTY_POLLS = 30

TARGET_RATIO = 2.0
TARGET_RSS_MB = 300.0
TARGET_EMPTY_MS = 50.0

# Local parts that mark mail-system senders (the bounce rule looks at them): left unchanged.
_SYSTEM_LOCALS = frozenset({b"mailer-daemon", b"postmaster", b"mail-delivery-subsystem"})
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*<(?P<id>[^>\r\n]*)>", re.IGNORECASE | re.MULTILINE)
# A From header including folded continuation lines (the group stops at the line end).
_FROM = re.compile(rb"^From:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", re.IGNORECASE | re.MULTILINE)
_ADDRESS = re.compile(rb"(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@(?P<domain>[A-Za-z0-9.-]+)")


# --------------------------------------------------------------------------------- messages


def load_templates() -> list[tuple[str, bytes]]:
    """The golden messages, by file name: (stem, raw bytes)."""
    templates = [(path.stem, path.read_bytes()) for path in sorted(GOLDEN.glob("*.eml"))]
    if not templates:
        raise SystemExit(f"no templates in {GOLDEN}")
    return templates


def make_unique(raw: bytes, number: int, own_address: bytes) -> bytes:
    """A copy of ``raw`` with a unique Message-ID and (where possible) a unique sender."""
    tag = f"bench{number:05d}".encode()
    split = _BLANK_LINE.search(raw)
    head_end = split.start() if split else len(raw)
    head, rest = raw[:head_end], raw[head_end:]
    newline = b"\r\n" if b"\r\n" in raw[:200] else b"\n"

    found = _MESSAGE_ID.search(head)
    if found is not None:
        local, _, domain = found.group("id").rpartition(b"@")
        new_id = b"<" + tag + b"." + (local or b"x") + b"@" + (domain or b"bench.example") + b">"
        head = head[:found.start()] + b"Message-ID: " + new_id + head[found.end():]
    else:
        # No Message-ID (or no header block at all: empty file, binary garbage): add one.
        head = b"Message-ID: <" + tag + b"@bench.example>" + newline + head

    sender = _FROM.search(head)
    if sender is not None:
        address = _ADDRESS.search(sender.group(0))
        if address is not None:
            local = address.group("local")
            full = (local + b"@" + address.group("domain")).lower()
            if local.lower() not in _SYSTEM_LOCALS and full != own_address:
                start = sender.start() + address.start("local")
                end = sender.start() + address.end("local")
                head = head[:start] + local + b"." + tag + head[end:]
    return head + rest


def generate(count: int, own_address: str, now: datetime) -> list[tuple[bytes, datetime]]:
    """``count`` unique messages cycling through the templates, oldest first."""
    templates = load_templates()
    own = own_address.lower().encode()
    step = SPREAD / count
    start = now - SPREAD
    return [
        (make_unique(templates[i % len(templates)][1], i, own), start + step * (i + 1))
        for i in range(count)
    ]


# --------------------------------------------------------------------------------- baseline


def baseline_fetch(host: str, port: int, expected: int) -> float:
    """Seconds for a bare imap-tools SELECT + fetch + parse of the whole INBOX."""
    from imap_tools import MailBoxUnencrypted

    mailbox = MailBoxUnencrypted(host, port).login(USER, PASSWORD)
    try:
        count = 0
        start = time.perf_counter()
        mailbox.folder.set("INBOX")
        for msg in mailbox.fetch(mark_seen=False, bulk=500):
            _ = (msg.subject, msg.from_, msg.text or msg.html)
            count += 1
        elapsed = time.perf_counter() - start
    finally:
        mailbox.logout()
    if count != expected:
        raise SystemExit(f"baseline fetched {count} messages, expected {expected}")
    return elapsed


# --------------------------------------------------------------------------------- poll child


@dataclass
class PollParams:
    workdir: str
    port: int
    batch_size: int | None
    messages: int
    profile: str | None
    stages: bool = False


@dataclass
class PollResult:
    startup_seconds: float
    poll_seconds: float
    polls: int
    fetched: int
    moved: int
    outcomes: dict[str, int]
    stored_by_status: dict[str, int]
    cases: int
    outbox_rows: int
    empty_poll_ms: list[float]
    batch_size: int
    peak_rss_kb: int
    rss_after_startup_kb: int
    problems: list[str] = field(default_factory=list)
    stage_times: list[tuple[str, float, int]] = field(default_factory=list)


def bench_config(params: PollParams) -> Any:
    """The shipped config.toml with the benchmark's server, store and limits."""
    from bot.config import DEFAULT_CONFIG_PATH, parse_config

    with DEFAULT_CONFIG_PATH.open("rb") as handle:
        data = tomllib.load(handle)
    data["imap"].update(port=params.port, user=USER, password_env=PASSWORD_ENV, tls="none",
                        idle=False)
    data["store"]["url"] = "sqlite:///bench.db"
    schedule = data["schedule"]
    schedule["max_messages_per_run"] = max(20000, params.messages)
    schedule["sender_rate_limit"] = 100000
    if params.batch_size is not None:
        schedule["batch_size"] = params.batch_size
    return parse_config(data, Path(params.workdir) / "config.toml")


def run_poll_phase(params: PollParams) -> PollResult:
    """Phases (b) and (c); runs in a fresh "spawn" process so ``ru_maxrss`` is the poll's own."""
    from sqlalchemy import func, select

    from bot.app import build_app
    from bot.intake import PollReport
    from bot.store.schema import Case, MessageStatus, OutboxRow, StoredMessage

    logging.basicConfig(  # as `rightsbot poll` does, but into a file
        level=logging.INFO, filename=str(Path(params.workdir) / "poll.log"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in ("alembic", "apscheduler", "mail.log"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    os.environ[PASSWORD_ENV] = PASSWORD
    config = bench_config(params)
    # Throwaway HMAC keys for the suppression list and challenge tokens (benchmark only).
    for key_env in (config.suppression.key_env, config.verification.key_env):
        os.environ.setdefault(key_env, "bench:" + base64.b64encode(os.urandom(32)).decode())

    start = time.perf_counter()
    app = build_app(config)
    source = app.open_source()
    startup = time.perf_counter() - start
    clock = StageClock.install(app) if params.stages else None
    rss_after_startup = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    problems: list[str] = []
    try:
        profiler = cProfile.Profile() if params.profile else None
        reports: list[PollReport] = []
        start = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        while True:  # to the end of the backlog (one poll unless the per-run cap bites)
            reports.append(app.intake.poll(source))
            if not reports[-1].backlog:
                break
        if profiler is not None:
            profiler.disable()
        poll_seconds = time.perf_counter() - start
        if profiler is not None and params.profile:
            profiler.dump_stats(params.profile)
        stage_times = clock.table() if clock is not None else []
        if clock is not None:
            clock.uninstall()

        empty_ms: list[float] = []
        for _ in range(EMPTY_POLLS):
            start = time.perf_counter()
            empty = app.intake.poll(source)
            empty_ms.append((time.perf_counter() - start) * 1000)
            if empty.fetched or empty.moved:
                problems.append(f"empty poll did work: {empty.summary()}")
    finally:
        source.close()

    outcomes: dict[str, int] = {}
    for report in reports:
        for name, count in report.outcomes.items():
            outcomes[name] = outcomes.get(name, 0) + count
    with app.sessions() as session:
        by_status = {
            str(status): int(count)
            for status, count in session.execute(
                select(StoredMessage.status, func.count()).group_by(StoredMessage.status)
            )
        }
        cases = int(session.scalar(select(func.count(Case.id))) or 0)
        outbox_rows = int(session.scalar(select(func.count(OutboxRow.id))) or 0)
    stored = sum(by_status.values())
    if stored != params.messages:
        problems.append(f"store holds {stored} messages, expected {params.messages}")
    if by_status.get(MessageStatus.FETCHED.value):
        problems.append(f"{by_status[MessageStatus.FETCHED.value]} messages left undecided")
    return PollResult(
        startup_seconds=startup,
        poll_seconds=poll_seconds,
        polls=len(reports),
        fetched=sum(r.fetched for r in reports),
        moved=sum(r.moved for r in reports),
        outcomes=outcomes,
        stored_by_status=by_status,
        cases=cases,
        outbox_rows=outbox_rows,
        empty_poll_ms=empty_ms,
        batch_size=config.schedule.batch_size,
        peak_rss_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        rss_after_startup_kb=rss_after_startup,
        problems=problems,
        stage_times=stage_times,
    )


# --------------------------------------------------------------------------------- stages

# (label, module, attribute path): wall time of every call, inclusive of nested stages. The
# patched attributes are the names the pipeline looks up at call time (e.g. ``parse_message``
# as imported into ``bot.intake``), so the code under test is not changed, only wrapped.
STAGE_PATCHES: tuple[tuple[str, str, str], ...] = (
    ("fetch (UID FETCH + response parse)", "bot.imap_source", "ImapMailSource.fetch"),
    ("store raw (insert + commit)", "bot.intake", "Intake._store_raw"),
    ("decide (all below + commit)", "bot.intake", "Intake._decide"),
    ("  duplicate lookups (per batch)", "bot.batch_index", "DuplicateIndex.__init__"),
    ("  duplicate lookups by Message-ID", "bot.batch_index", "DuplicateIndex.load_message_ids"),
    ("  rate-limit counts (per batch)", "bot.batch_index", "ReplyCounter.__init__"),
    ("  parse", "bot.intake", "parse_message"),
    ("    MIME parse (stdlib email)", "bot.parsing", "_PARSER.parsebytes"),
    ("    html to text (inscriptis)", "bot.parsing", "html_to_text"),
    ("    language detection", "bot.parsing", "detect_language"),
    ("      langid model lookup/load", "bot.parsing_text", "_get_identifier"),
    ("    quote stripping", "bot.parsing", "strip_quoted_text"),
    ("  screening rules", "bot.intake", "screen"),
    ("  classification (per batch)", "bot.intake", "classify_all"),
    ("  receipt time", "bot.intake", "determine_receipt"),
    ("  case opening", "bot.intake", "open_case"),
    ("    case ref (SELECT .. FOR UPDATE)", "bot.cases", "next_case_ref"),
    ("    holiday calendar", "bot.cases", "resolve_calendar"),
    ("    outbox enqueue", "bot.cases", "enqueue"),
    ("move (MOVE + bookkeeping)", "bot.intake", "Intake._move_owed"),
    ("  IMAP MOVE", "bot.imap_source", "ImapMailSource.move"),
    ("SQLAlchemy Session.flush (all)", "sqlalchemy.orm", "Session.flush"),
    ("  of which autoflush before a query", "sqlalchemy.orm", "Session._autoflush"),
    ("SQL statements (DBAPI execute)", "sqlalchemy.engine.default", "DefaultDialect.do_execute"),
    ("SQLite COMMIT", "sqlalchemy.engine.base", "Connection._commit_impl"),
)


class StageClock:
    """Low-overhead wall-clock totals per pipeline stage (the ``--stages`` option)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._undo: list[tuple[object, str, object]] = []

    @classmethod
    def install(cls, app: Any) -> StageClock:
        import importlib

        clock = cls()
        for label, module_name, path in STAGE_PATCHES:
            owner: object = importlib.import_module(module_name)
            *parents, name = path.split(".")
            for parent in parents:
                owner = getattr(owner, parent)
            clock._patch(owner, name, label)
        return clock

    def _patch(self, owner: object, name: str, label: str) -> None:
        static = isinstance(owner, type) and isinstance(owner.__dict__.get(name), staticmethod)
        original = getattr(owner, name)
        self.seconds[label], self.calls[label] = 0.0, 0
        seconds, calls = self.seconds, self.calls
        materialise = name == "fetch"  # a generator: time the whole iteration

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                result = original(*args, **kwargs)
                return iter(list(result)) if materialise else result
            finally:
                seconds[label] += time.perf_counter() - start
                calls[label] += 1

        had_own = name in getattr(owner, "__dict__", {})
        self._undo.append((owner, name, owner.__dict__[name] if had_own else None))
        setattr(owner, name, staticmethod(timed) if static else timed)

    def uninstall(self) -> None:
        for owner, name, previous in reversed(self._undo):
            if previous is None:
                delattr(owner, name)
            else:
                setattr(owner, name, previous)
        self._undo.clear()

    def table(self) -> list[tuple[str, float, int]]:
        return [(label, self.seconds[label], self.calls[label]) for label, *_ in STAGE_PATCHES]


def print_stages(rows: list[tuple[str, float, int]], total: float, messages: int) -> None:
    print("\n--- by stage (wall clock, no profiler; nested stages indented, inclusive) ---")
    for label, seconds, calls in rows:
        print(f"{label:<40} {seconds:8.2f} s {100 * seconds / total:5.1f}%  "
              f"{1e3 * seconds / messages:6.2f} ms/msg  {calls:>7} calls")


# --------------------------------------------------------------------------------- profile

# Stage -> (file suffix, function name) probes; the cumulative time of each probe is summed.
# Stages nest (parse contains language detection and quote stripping, case opening contains
# the outbox row), so the column does not add up to the total.
STAGES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("poll total", (("bot/intake.py", "poll"),)),
    ("fetch (UID FETCH + response parse)", (("bot/imap_source.py", "fetch"),)),
    ("store raw (insert + commit)", (("bot/intake.py", "_store_raw"),)),
    ("decide (all of the below + commit)", (("bot/intake.py", "_decide"),)),
    ("  duplicate and rate-limit lookups (per batch)", (("bot/batch_index.py", "__init__"),
                                                        ("bot/batch_index.py",
                                                         "load_message_ids"))),
    ("  parse", (("bot/parsing.py", "parse_message"),)),
    ("    MIME parse (stdlib email)", (("email/parser.py", "parsebytes"),)),
    ("    html to text (inscriptis)", (("bot/parsing_text.py", "html_to_text"),)),
    ("    language detection", (("bot/parsing_text.py", "detect_language"),)),
    ("    quote stripping", (("bot/parsing_text.py", "strip_quoted_text"),)),
    ("  screening rules", (("bot/screening/chain.py", "screen"),)),
    ("  classification (per batch)", (("classifiers/base.py", "classify_all"),)),
    ("  receipt time", (("bot/receipt.py", "determine_receipt"),)),
    ("  case opening", (("bot/cases.py", "open_case"),)),
    ("    case ref (SELECT .. FOR UPDATE)", (("bot/cases.py", "next_case_ref"),)),
    ("    holiday calendar", (("bot/holiday_calendar.py", "resolve_calendar"),)),
    ("    outbox enqueue", (("bot/outbox.py", "enqueue"),)),
    ("  audit events", (("bot/audit.py", "record_event"),)),
    ("langid model load (once)", (("bot/parsing_text.py", "_get_identifier"),)),
    ("move (MOVE + bookkeeping)", (("bot/intake.py", "_move_owed"),)),
    ("  IMAP MOVE", (("bot/imap_source.py", "move"),)),
    ("SQLAlchemy Session.commit", (("sqlalchemy/orm/session.py", "commit"),)),
    ("SQLAlchemy Session.flush (incl. autoflush)", (("sqlalchemy/orm/session.py", "flush"),)),
    ("sqlite3 execute/executemany (own time)", (("~", "<method 'execute' of 'sqlite3.Cursor"),
                                                ("~", "<method 'executemany' of 'sqlite3."))),
    ("sqlite3 commit (own time)", (("~", "<method 'commit' of 'sqlite3.Connection"),)),
    ("socket recv (own time)", (("~", "<method 'recv"),
                                ("~", "<method 'readline"),
                                ("~", "<method 'read' of '_io.BufferedReader"))),
)


def _matches(key: tuple[str, int, str], probe: tuple[str, str]) -> bool:
    filename, _, name = key
    suffix, wanted = probe
    if suffix == "~":
        return filename == "~" and name.startswith(wanted)
    return filename.endswith(suffix) and name == wanted


def stage_table(stats: pstats.Stats) -> list[tuple[str, float, int]]:
    """(stage, seconds, calls): cumulative time for function probes, own time for builtins."""
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, Any]]
    raw = stats.stats  # type: ignore[attr-defined]
    rows = []
    for label, probes in STAGES:
        seconds, calls = 0.0, 0
        for key, (_, ncalls, own, cumulative, _) in raw.items():
            for probe in probes:
                if _matches(key, probe):
                    seconds += own if probe[0] == "~" else cumulative
                    calls += ncalls
        rows.append((label, seconds, calls))
    return rows


def print_profile(path: str, top: int = 15) -> None:
    for order in ("tottime", "cumulative"):
        buffer = io.StringIO()
        pstats.Stats(path, stream=buffer).strip_dirs().sort_stats(order).print_stats(top)
        lines = buffer.getvalue().splitlines()
        start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
        print(f"\n--- top {top} by {order} ---")
        print("\n".join(lines[start:]).rstrip())
    full = pstats.Stats(path)
    total = next((seconds for label, seconds, _ in stage_table(full) if label == "poll total"),
                 0.0)
    print("\n--- by stage (cumulative; nested stages are indented and included above) ---")
    for label, seconds, calls in stage_table(full):
        share = f"{100 * seconds / total:5.1f}%" if total else "   - "
        print(f"{label:<44} {seconds:8.2f} s {share}  {calls:>9} calls")


# --------------------------------------------------------------------------------- main


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.intake", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10000, help="backlog size (10000)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="schedule.batch_size (default: the shipped config.toml's)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary directory (store, poll log, profile)")
    parser.add_argument("--profile", metavar="FILE", default=None,
                        help="run the poll under cProfile, save the stats to FILE and print "
                        "the hotspots (timings inflated; targets not judged)")
    parser.add_argument("--stages", action="store_true",
                        help="time each pipeline stage with thin wrappers (no profiler) and "
                        "print the breakdown")
    args = parser.parse_args(argv)
    if args.messages < 1:
        parser.error("--messages must be at least 1")
    return args



def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from bot.config import DEFAULT_CONFIG_PATH
    from bot.devservers.dovecot import DovecotServer

    with DEFAULT_CONFIG_PATH.open("rb") as handle:
        own_address = tomllib.load(handle)["organisation"]["privacy_address"]
    workdir = Path(tempfile.mkdtemp(prefix="rb-bench-intake-"))
    try:
        start = time.perf_counter()
        raws = generate(args.messages, own_address, datetime.now(UTC))
        generated = time.perf_counter() - start
        size = sum(len(raw) for raw, _ in raws)
        print(f"messages: {len(raws)} from {len(load_templates())} golden templates, "
              f"{size / 1e6:.1f} MB, average {size / len(raws):.0f} bytes")
        with DovecotServer(user=USER, password=PASSWORD) as server:
            start = time.perf_counter()
            server.deliver_many(raws)
            delivered = time.perf_counter() - start
            uids = server.folder_uids("INBOX")  # Dovecot's first sync of the new Maildir files
            indexed = time.perf_counter() - start - delivered
            if len(uids) != args.messages:
                raise SystemExit(f"INBOX holds {len(uids)} messages, expected {args.messages}")
            print(f"generated in {generated:.1f} s, delivered in {delivered:.1f} s, "
                  f"first Dovecot sync {indexed:.2f} s")

            runs = [baseline_fetch(server.host, server.port, args.messages) for _ in range(2)]
            baseline = min(runs)
            print("baseline runs: " + ", ".join(f"{run:.2f} s" for run in runs)
                  + " (the faster counts)")

            params = PollParams(workdir=str(workdir), port=server.port,
                                batch_size=args.batch_size, messages=args.messages,
                                profile=str(Path(args.profile).resolve()) if args.profile
                                else None, stages=args.stages)
            with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
                result = pool.submit(run_poll_phase, params).result()

            left = len(server.folder_uids("INBOX"))
            if left:
                result.problems.append(f"{left} messages still in INBOX after the poll")
        print_report(args, baseline, result)
        if result.stage_times:
            print_stages(result.stage_times, result.poll_seconds, args.messages)
        if args.profile:
            print_profile(args.profile)
        return 1 if result.problems else 0
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def print_report(args: argparse.Namespace, baseline: float, result: PollResult) -> None:
    n = args.messages
    ratio = result.poll_seconds / baseline
    rss_mb = result.peak_rss_kb / 1024
    parent_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    median = statistics.median(result.empty_poll_ms)
    worst = max(result.empty_poll_ms)
    # Under cProfile or the stage wrappers the poll is slower than in production: not judged.
    profiled = args.profile is not None or args.stages
    print(f"poll: {result.polls} poll(s), batch_size {result.batch_size}, fetched "
          f"{result.fetched}, moved {result.moved}; startup (build_app + login) "
          f"{result.startup_seconds:.2f} s, peak RSS after startup "
          f"{result.rss_after_startup_kb / 1024:.0f} MB")
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(result.outcomes.items())))
    print("stored by status: " + ", ".join(
        f"{k} {v}" for k, v in sorted(result.stored_by_status.items()))
        + f" (total {sum(result.stored_by_status.values())})")
    print(f"cases {result.cases}, outbox rows {result.outbox_rows}")
    for problem in result.problems:
        print(f"PROBLEM: {problem}")
    note = "  (instrumented: not judged)" if profiled else ""

    def judged(met: bool) -> str:
        return "instrumented, not judged" if profiled else verdict(met)

    print()
    print(f"messages                        : {n}")
    print(f"baseline imap-tools fetch+parse : {baseline:.2f} s ({n / baseline:.0f} msg/s)")
    print(f"rightsbot poll to the end       : {result.poll_seconds:.2f} s "
          f"({n / result.poll_seconds:.0f} msg/s){note}")
    print(f"ratio poll/baseline             : {ratio:.2f}   "
          f"(target <= {TARGET_RATIO}: {judged(ratio <= TARGET_RATIO)})")
    print(f"peak RSS (poll process)         : {rss_mb:.0f} MB "
          f"(target <= {TARGET_RSS_MB:.0f} MB: {judged(rss_mb <= TARGET_RSS_MB)})")
    print(f"peak RSS (parent, for reference): {parent_mb:.0f} MB")
    print(f"empty poll                      : median {median:.1f} ms, max {worst:.1f} ms "
          f"(target < {TARGET_EMPTY_MS:.0f} ms: {judged(worst < TARGET_EMPTY_MS)})")


if __name__ == "__main__":
    sys.exit(main())
