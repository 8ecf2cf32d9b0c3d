"""The `rightsbot` command line (Typer). Thin: every command calls one domain function."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from bot import cli_staff, cli_web, views
from bot.config import Config, load_config
from bot.deadlines import ExtensionMethod, HolidayProfile, compute_deadlines
from bot.model import RightsbotError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Runs the organisation's privacy mailbox.")
_state: dict[str, Any] = {}

ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", "-c", help="Configuration file (default: $RIGHTSBOT_CONFIG or "
                 "the commented config.toml)", dir_okay=False),
]


@app.callback()
def _main(
    config: ConfigOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging")] = False,
) -> None:
    _state["config_path"] = config
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO, stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # Alembic, APScheduler and aiosmtpd (demo sink) are chatty at INFO: not operator news.
    for noisy in ("alembic", "apscheduler", "mail.log"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _config() -> Config:
    return load_config(_state.get("config_path"))


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def run() -> None:
    """Run the daemon: poll the mailbox (IMAP IDLE when enabled) and flush the outbox."""
    from bot.app import build_app
    from bot.daemon import Daemon

    Daemon(build_app(_config())).run()


@app.command()
def poll(
    once: Annotated[bool, typer.Option("--once", help="One poll and one outbox flush, then exit")]
    = False,
) -> None:
    """Handle new mail now (and send the acknowledgements it caused)."""
    if not once:
        _fail("use `rightsbot poll --once` (or `rightsbot run` for the daemon)")
    from bot.app import build_app
    from bot.outbox import flush_outbox

    application = build_app(_config())
    source = application.open_source()
    try:
        report = application.intake.poll(source)
    finally:
        source.close()
    typer.echo(f"poll: {report.summary()}")
    timers = application.run_timers()
    typer.echo(f"timers: {timers.reminders} reminders, {timers.expired} expired")
    flushed = asyncio.run(flush_outbox(application.sessions, application.sender(),
                                       application.renderer, application.config.schedule))
    typer.echo(f"outbox: sent {flushed.sent}, will retry {flushed.retried}, "
               f"failed {flushed.failed}")


@app.command()
def cases(as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False) -> None:
    """List cases: ref, state, rights, requester, language, received, due."""
    config = _config()
    rows = views.list_cases(_open_sessions(), config.organisation.timezone)
    if as_json:
        typer.echo(json.dumps([row.to_json() for row in rows], indent=2, ensure_ascii=False))
        return
    typer.echo(views.format_case_table(rows))


@app.command()
def show(ref: str) -> None:
    """Show one case: request, classification evidence, deadlines, outbox, audit trail."""
    text = views.describe_case(_open_sessions(), ref, _config().organisation.timezone)
    if text is None:
        _fail(f"no case {ref}")
    typer.echo(text)


@app.command()
def quarantine(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Messages that could not be parsed, with the reason (kept, never dropped)."""
    items = views.list_messages(_open_sessions(), "quarantined")
    typer.echo(json.dumps([i.to_json() for i in items], indent=2, ensure_ascii=False) if as_json
               else views.format_message_table(items, "quarantine"))


triage_app = typer.Typer(help="Human mail the classifier was not sure about: staff decide.")
app.add_typer(triage_app, name="triage", invoke_without_command=True)


@triage_app.callback()
def triage(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    dismissed: Annotated[bool, typer.Option(
        "--dismissed", help="List mail the classifier judged not to be a request instead")]
    = False,
) -> None:
    """List triage (no automatic answer was sent); `open` or `dismiss` a message."""
    if ctx.invoked_subcommand is not None:
        return
    status = "not_request" if dismissed else "triage"
    items = views.list_messages(_open_sessions(), status)
    typer.echo(json.dumps([i.to_json() for i in items], indent=2, ensure_ascii=False) if as_json
               else views.format_message_table(items, "dismissed" if dismissed else "triage"))


@triage_app.command("open")
def triage_open(
    message: Annotated[int, typer.Argument(help="Message number from the triage list")],
    rights: Annotated[str, typer.Option(help="Comma-separated rights, e.g. access,erasure")],
    actor: cli_staff.ActorOption = None,
) -> None:
    """Open a case for a triaged message (acknowledged; deadline from its receipt, R95)."""
    from bot import staff
    from bot.clock import utcnow
    from bot.render import EmailRenderer

    chosen = cli_staff.parse_rights(rights)
    config = _config()
    with _open_sessions().begin() as session:
        case = staff.triage_open(session, config, EmailRenderer(config.organisation), message,
                                 chosen, actor=cli_staff.actor_name(actor, config),
                                 now=utcnow())
        typer.echo(f"message #{message}: opened {case.ref} (due {case.due_date})")


@triage_app.command("dismiss")
def triage_dismiss(
    message: Annotated[int, typer.Argument(help="Message number from the triage list")],
    reason: Annotated[str, typer.Option(help="Why it is no rights request")] = "",
    actor: cli_staff.ActorOption = None,
) -> None:
    """Record that a triaged message is no rights request (kept as a correction)."""
    from bot import staff
    from bot.clock import utcnow

    actor_label = cli_staff.actor_name(actor, _config())
    with _open_sessions().begin() as session:
        staff.triage_dismiss(session, message, actor=actor_label, reason=reason, now=utcnow())
    typer.echo(f"message #{message}: dismissed")


@app.command()
def digest(
    send: Annotated[bool, typer.Option("--send", help="Queue it for the staff address")]
    = False,
) -> None:
    """Today's staff digest: overdue, due within 7 days, triage and quarantine counts."""
    from bot.app import build_app
    from bot.clock import utcnow
    from bot.deadlines import receipt_date
    from bot.digest import build_digest

    config = _config()
    with _open_sessions()() as session:
        today = build_digest(session, receipt_date(utcnow(), config.organisation.timezone))
    typer.echo("\n".join(today.lines()))
    if send:
        queued = build_app(config).queue_digest()
        typer.echo("queued for " + config.organisation.staff_address if queued
                   else "not queued (no staff_address, or already queued today)")


@app.command()
def deadline(
    received: Annotated[str, typer.Option(help="Receipt date, YYYY-MM-DD (local date, R4)")],
    profile: Annotated[str, typer.Option(help="statutory | extended")] = "statutory",
    method: Annotated[str, typer.Option(help="two_step | three_month (R26)")] = "two_step",
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """One-month and extended deadlines for a receipt date (gdpr-rules.md R7-R26)."""
    try:
        day = date.fromisoformat(received)
    except ValueError:
        _fail(f"--received: expected a date like 2026-11-25, got {received!r}")
        return
    if profile not in {p.value for p in HolidayProfile}:
        _fail(f"--profile: expected statutory | extended, got {profile!r}")
    if method not in {m.value for m in ExtensionMethod}:
        _fail(f"--method: expected two_step | three_month, got {method!r}")
    try:
        result = compute_deadlines(day, HolidayProfile(profile),
                                   extension_method=ExtensionMethod(method))
    except (ValueError, OverflowError) as exc:  # the calendar ends at year 9999
        _fail(f"--received: no deadline can be computed for {received!r} ({exc})")
        return
    values = {"received": result.received.isoformat(), "due": result.due.isoformat(),
              "extended_due": result.extended_due.isoformat()}
    if as_json:
        typer.echo(json.dumps(values))
    else:
        typer.echo("\n".join(f"{key:>13}: {value}" for key, value in values.items()))


@app.command()
def classify(
    files: Annotated[list[Path], typer.Argument(help=".eml files", exists=True, dir_okay=False)],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON object per line")] = False,
) -> None:
    """Classify .eml files without touching the store or the mailbox."""
    from bot.app import default_classifier
    from bot.offline import classify_raw

    config = _config()
    classifier = default_classifier()
    for path in files:
        result = {"file": str(path), **classify_raw(path.read_bytes(), config, classifier)}
        if jsonl:
            typer.echo(json.dumps(result, ensure_ascii=False))
        else:
            rights = ",".join(str(r) for r in result.get("rights") or []) or "-"
            confidence = float(str(result.get("confidence", 0.0)))
            typer.echo(f"{path}: {result['verdict']} rights={rights} "
                       f"lang={result.get('language') or '-'} confidence={confidence:.2f}")


@app.command()
def train(
    with_corrections: Annotated[bool, typer.Option(
        "--with-corrections", help="Fold in staff corrections from the store")] = False,
) -> None:
    """Train the rights model from classifiers/corpus/ and write classifiers/model/."""
    from classifiers.train import train as train_model

    extra = []
    if with_corrections:
        from bot.corrections import corrections_as_examples

        extra = corrections_as_examples(_open_sessions())
    manifest = train_model(extra=extra, log=typer.echo)
    heldout = manifest.metrics["heldout"]
    typer.echo(f"model written; held-apart: request recall {heldout['request_recall']:.3f}, "
               f"false requests {heldout['false_request_rate']:.3f}, macro-F1 "
               f"{heldout['macro_f1']:.3f}, triage {heldout['triage_share']:.3f}")


@app.command(name="eval")
def evaluate() -> None:
    """Figures for the shipped model on the held-apart split and the golden .eml corpus."""
    from bot.offline import golden_scores
    from classifiers.corpus import load_corpus
    from classifiers.evaluate import format_report
    from classifiers.model import RightsModel, SpacyRightsClassifier
    from classifiers.train import score_examples, split_corpus

    model = RightsModel()
    heldout = split_corpus(load_corpus()).heldout
    typer.echo(format_report("held-apart split",
                             score_examples(model.pipelines, model.manifest.thresholds, heldout)))
    golden = Path(__file__).resolve().parent.parent / "tests" / "golden"
    if golden.is_dir():
        typer.echo("")
        typer.echo(format_report("golden .eml corpus (parse, screen, classify)",
                                 golden_scores(golden, _config(), SpacyRightsClassifier(model))))


@app.command()
def correct(
    message: Annotated[int, typer.Argument(help="Stored message number (see triage/show)")],
    rights: Annotated[str, typer.Option(help="Comma-separated rights, e.g. access,erasure")]
    = "",
    not_request: Annotated[bool, typer.Option("--not-request",
                                              help="The message is no rights request")] = False,
    actor: Annotated[str | None, typer.Option("--as", help="Staff member (default: $USER)")]
    = None,
) -> None:
    """Record what a message really asks for; `rightsbot train --with-corrections` learns it."""
    import getpass

    from bot.clock import utcnow
    from bot.corrections import record_correction
    from bot.model import Right

    names = [name.strip() for name in rights.split(",") if name.strip()]
    valid = {right.value for right in Right}
    unknown = [name for name in names if name not in valid]
    if unknown:
        _fail(f"--rights: unknown right(s) {', '.join(unknown)}; "
              f"expected {', '.join(sorted(valid))}")
    if not_request == bool(names):
        _fail("give either --rights for a request or --not-request, not both or neither")
    sessions = _open_sessions()
    with sessions.begin() as session:
        record_correction(session, message_id=message, is_request=not not_request,
                          rights=[Right(name) for name in names],
                          actor=actor or getpass.getuser(), now=utcnow())
    typer.echo(f"message #{message}: correction stored")


suppressed_app = typer.Typer(no_args_is_help=True,
                             help="The marketing suppression list (keyed hashes only, R80).")
app.add_typer(suppressed_app, name="suppressed")


@suppressed_app.command("check")
def suppressed_check(address: str) -> None:
    """Answer yes or no: may this address receive marketing? (exit 0 yes-suppressed, 1 no)"""
    from bot.suppression import is_suppressed

    config = _config()
    ring = config.suppression.ring()
    with _open_sessions()() as session:
        listed = is_suppressed(session, ring, address)
    typer.echo("yes: suppressed, do not market to this address" if listed
               else "no: not on the suppression list")
    raise typer.Exit(0 if listed else 1)


@suppressed_app.command("export")
def suppressed_export(
    output: Annotated[Path | None, typer.Option("--csv", help="Write CSV here (default: stdout)",
                                                dir_okay=False)] = None,
) -> None:
    """Export the list for the CRM: hash, key id, reason, date (no addresses)."""
    import csv
    import io

    from bot.suppression import export_entries

    with _open_sessions()() as session:
        entries = export_entries(session)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["hmac_sha256", "key_id", "reason", "created_on"])
    writer.writerows([e.address_hash, e.key_id, e.reason, e.created_on] for e in entries)
    if output is None:
        typer.echo(buffer.getvalue(), nl=False)
    else:
        output.write_text(buffer.getvalue(), encoding="utf-8")
        typer.echo(f"{len(entries)} entries written to {output}")


@app.command()
def demo(
    keep: Annotated[bool, typer.Option(help="Leave the demo folder in place")] = False,
) -> None:
    """Start Dovecot and an SMTP sink on loopback, deliver sample mail, run the worker."""
    from bot.demo import run_demo

    run_demo(keep=keep)


def _open_sessions() -> Any:
    from bot.store.db import open_store

    return open_store(_config().store.url)


cli_staff.register(app, _config, _open_sessions)
cli_staff.register_clock(app, _config, _open_sessions)
cli_web.register(app, _config, _open_sessions)


def main() -> None:
    try:
        app()
    except RightsbotError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
