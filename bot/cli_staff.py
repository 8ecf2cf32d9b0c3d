"""Staff commands: review the queue, complete and approve drafts, reject, extend, relabel.

Every command records the staff member: ``--as NAME``, else $RIGHTSBOT_STAFF, else the login
name. Each is one call into bot.staff, the same functions the web dashboard will use.
"""

from __future__ import annotations

import getpass
import os
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.orm import Session, sessionmaker

from bot import staff
from bot.clock import utcnow
from bot.config import Config
from bot.deadlines import PauseKind, receipt_date
from bot.drafting import STAFF_MARKER, save_edit
from bot.model import Right
from bot.pauses import end_pause, start_pause, verify_by_staff
from bot.render import EmailRenderer

ActorOption = Annotated[str | None, typer.Option(
    "--as", help="Staff member recorded in the audit trail (default: staff.default_actor, "
    "$RIGHTSBOT_STAFF, login)")]


def actor_name(name: str | None, config: Config) -> str:
    """The staff member an action is recorded under: --as, config, environment, login."""
    return (name or config.staff.default_actor or os.environ.get("RIGHTSBOT_STAFF")
            or getpass.getuser())


def parse_rights(text: str) -> list[Right]:
    return staff.parse_rights(text, "--rights")


def register(app: typer.Typer, config: Callable[[], Config],
             sessions: Callable[[], sessionmaker[Session]]) -> None:
    """Add the staff commands to the main Typer app (``config``/``sessions`` are lazy)."""

    def run(action: Callable[[Session, Config, EmailRenderer], str]) -> None:
        """One transaction per command: the change, its audit events and its email."""
        cfg = config()
        renderer = EmailRenderer(cfg.organisation)
        with sessions().begin() as session:
            message = action(session, cfg, renderer)
        typer.echo(message)

    @app.command()
    def review() -> None:
        """The open cases, nearest deadline first: ref, rights, language, state, days left."""
        cfg = config()
        today = receipt_date(utcnow(), cfg.organisation.timezone)
        with sessions()() as session:
            items = staff.review_queue(session, today)
        if not items:
            typer.echo("no open cases")
            return
        for item in items:
            late = "  OVERDUE" if item.days_left < 0 else ""
            flags = f"  [{', '.join(item.flags)}]" if item.flags else ""
            typer.echo(f"{item.ref}  {item.state:<22} {','.join(item.rights):<28} "
                       f"{item.language or '-':<3} due {item.due} ({item.days_left:+d} days)"
                       f"{late}{flags}")

    @app.command()
    def draft(ref: str) -> None:
        """Print the current draft of the final answer."""
        with sessions()() as session:
            version, subject, body = staff.show_draft(session, ref)
        typer.echo(f"draft v{version}\nSubject: {subject}\n\n{body}")
        if STAFF_MARKER in body:
            typer.echo(f"({body.count(STAFF_MARKER)} '{STAFF_MARKER}' line(s) to complete "
                       f"before approval: rightsbot edit {ref.upper()})", err=True)

    @app.command()
    def edit(
        ref: str,
        from_file: Annotated[Path | None, typer.Option(
            "--from-file", help="Take the new text from a file instead of $EDITOR",
            exists=True, dir_okay=False)] = None,
        actor: ActorOption = None,
    ) -> None:
        """Edit the draft in $EDITOR (or from a file); saved as a new version."""
        with sessions()() as session:
            _, _, body = staff.show_draft(session, ref)
        if from_file is not None:
            text = from_file.read_text(encoding="utf-8")
        else:
            text = _edit_in_editor(body)

        def action(session: Session, cfg: Config, renderer: EmailRenderer) -> str:
            case = staff._case(session, ref)
            new = save_edit(session, case, text, actor=actor_name(actor, cfg), now=utcnow())
            left = new.body.count(STAFF_MARKER)
            return (f"{case.ref}: draft v{new.version} saved"
                    + (f"; {left} '{STAFF_MARKER}' line(s) still to complete" if left else ""))
        run(action)

    @app.command()
    def approve(ref: str, actor: ActorOption = None) -> None:
        """Approve the current draft; it is sent to the verified address only (R46)."""
        def action(session: Session, cfg: Config, renderer: EmailRenderer) -> str:
            staff.approve(session, cfg, renderer, ref, actor=actor_name(actor, cfg), now=utcnow())
            return f"{ref.upper()}: approved; the answer goes out with the next outbox flush"
        run(action)

    @app.command()
    def reject(ref: str, reason: Annotated[str, typer.Option(help="Reasons sent to the "
                                                             "requester (R76, R78)")],
               actor: ActorOption = None) -> None:
        """Refuse the request with reasons; the notice names the remedies (R78)."""
        def action(session: Session, cfg: Config, renderer: EmailRenderer) -> str:
            staff.reject(session, cfg, renderer, ref, reason=reason, actor=actor_name(actor, cfg),
                         now=utcnow())
            return f"{ref.upper()}: rejected; the notice goes out with the next outbox flush"
        run(action)

    @app.command()
    def extend(ref: str,
               reason: Annotated[str, typer.Option(help="complex / numerous, and why (R24)")],
               until: Annotated[str | None, typer.Option(
                   help="An earlier extended date (YYYY-MM-DD); default the maximum (R26)")]
               = None,
               actor: ActorOption = None) -> None:
        """Extend the deadline (within the first month only) and notify the requester."""
        chosen = staff.parse_date(until or "", "--until")

        def action(session: Session, cfg: Config, renderer: EmailRenderer) -> str:
            new = staff.extend(session, cfg, renderer, ref, reason=reason,
                               actor=actor_name(actor, cfg), now=utcnow(), until=chosen)
            return f"{ref.upper()}: extended to {new}; the notice goes out with the next flush"
        run(action)

    @app.command()
    def relabel(ref: str, rights: Annotated[str, typer.Option(
                    help="Comma-separated rights, e.g. access,erasure")],
                actor: ActorOption = None) -> None:
        """Correct the rights of a case; stored as a classifier correction."""
        chosen = parse_rights(rights)

        def action(session: Session, cfg: Config, renderer: EmailRenderer) -> str:
            staff.relabel(session, ref, chosen, actor=actor_name(actor, cfg), now=utcnow())
            return f"{ref.upper()}: rights now {', '.join(sorted(r.value for r in chosen))}"
        run(action)


def register_clock(app: typer.Typer, config: Callable[[], Config],
                   sessions: Callable[[], sessionmaker[Session]]) -> None:
    """Pauses of the clock and staff verification (R31-R35, R40, R45)."""

    def run(action: Callable[[Session, Config, EmailRenderer], str]) -> None:
        cfg = config()
        with sessions().begin() as session:
            message = action(session, cfg, EmailRenderer(cfg.organisation))
        typer.echo(message)

    @app.command()
    def pause(ref: str,
              reason: Annotated[str, typer.Option(help="The specific doubt or question (R31)")],
              kind: Annotated[str, typer.Option(
                  help="identity_doubt | clarification")] = "identity_doubt",
              actor: ActorOption = None) -> None:
        """Record that the requester was asked for information the case genuinely needs."""
        if kind not in {k.value for k in PauseKind}:
            raise staff.StaffActionError(f"--kind: expected identity_doubt | clarification, "
                                         f"got {kind!r}")

        def action(session: Session, cfg: Config, renderer: EmailRenderer) -> str:
            case = staff._case(session, ref)
            start_pause(session, case, PauseKind(kind), reason=reason, actor=actor_name(actor, cfg),
                        now=utcnow(), timezone=cfg.organisation.timezone)
            late = " (flagged late_pause: asked later than 2 working days, R32)" \
                if "late_pause" in case.flags else ""
            return f"{case.ref}: clock paused ({kind}){late}"
        run(action)

    @app.command()
    def resume(ref: str, actor: ActorOption = None) -> None:
        """The requester answered: end the pause; the deadline is recomputed (R33, R34)."""
        def action(session: Session, cfg: Config, renderer: EmailRenderer) -> str:
            case = staff._case(session, ref)
            due = end_pause(session, case, actor=actor_name(actor, cfg), now=utcnow(),
                            timezone=cfg.organisation.timezone)
            return f"{case.ref}: pause ended; due {due}"
        run(action)

    @app.command()
    def verify(ref: str,
               reason: Annotated[str, typer.Option(
                   help="The proof accepted, e.g. a lawyer's signed power of attorney (R45)")],
               actor: ActorOption = None) -> None:
        """Accept other proof of identity or an agent's authority; the draft is made."""
        def action(session: Session, cfg: Config, renderer: EmailRenderer) -> str:
            case = staff._case(session, ref)
            verify_by_staff(session, renderer, case, reason=reason, actor=actor_name(actor, cfg),
                            now=utcnow())
            return f"{case.ref}: verified by {actor_name(actor, cfg)}; draft ready"
        run(action)


def _edit_in_editor(body: str) -> str:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", encoding="utf-8",
                                     delete=False) as handle:
        handle.write(body)
        path = Path(handle.name)
    try:
        subprocess.run([*editor.split(), str(path)], check=True)
        return path.read_text(encoding="utf-8")
    finally:
        path.unlink(missing_ok=True)
