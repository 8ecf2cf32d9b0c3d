"""Web dashboard commands: ``rightsbot serve`` and ``rightsbot user add``."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Annotated

import typer
from sqlalchemy.orm import Session, sessionmaker

from bot.audit import record_event
from bot.cli_staff import actor_name
from bot.clock import utcnow
from bot.config import Config
from bot.web.auth import Role, WebAuthError, create_user

PASSWORD_ENV = "RIGHTSBOT_NEW_USER_PASSWORD"


def read_password(env_name: str) -> str:
    """The new user's password: from ``env_name``, else asked for on a terminal."""
    value = os.environ.get(env_name)
    if value is not None:
        return value
    if sys.stdin.isatty():
        return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))
    raise WebAuthError(f"no password: set the environment variable {env_name} "
                       "(or run on a terminal to be asked)")


def register(app: typer.Typer, config: Callable[[], Config],
             sessions: Callable[[], sessionmaker[Session]]) -> None:
    """Add ``serve`` and the ``user`` commands to the main Typer app."""
    user_app = typer.Typer(no_args_is_help=True, help="Web dashboard accounts.")
    app.add_typer(user_app, name="user")

    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Address to bind; keep loopback unless a TLS "
                                          "proxy is in front")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=1, max=65535)] = 8080,
    ) -> None:
        """Run the staff web dashboard (log in with an account from `rightsbot user add`)."""
        import uvicorn

        from bot.web.app import create_app
        from bot.web.security import is_loopback

        cfg = config()
        if not is_loopback(host):
            typer.echo(f"warning: serving on {host}: put a TLS proxy in front; session "
                       "cookies are marked Secure", err=True)
        uvicorn.run(create_app(cfg, sessions()), host=host, port=port, server_header=False,
                    proxy_headers=False, log_level="info")

    @user_app.command("add")
    def user_add(
        name: Annotated[str, typer.Argument(help="Login name; also the name in the audit trail")],
        role: Annotated[Role, typer.Option(help="viewer: read only; approver: acts on cases "
                                           "and triage; admin: approver + users")],
        password_env: Annotated[str, typer.Option(
            help="Environment variable holding the password")] = PASSWORD_ENV,
    ) -> None:
        """Create a dashboard account; the password is stored argon2-hashed only."""
        password = read_password(password_env)
        cfg = config()
        now = utcnow()
        with sessions().begin() as session:
            create_user(session, name, role.value, password, now=now)
            record_event(session, at=now, actor=actor_name(None, cfg), action="web_user_added",
                         data={"name": name, "role": role.value})
        typer.echo(f"user {name} added ({role.value})")
