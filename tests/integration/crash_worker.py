"""`rightsbot poll --once` that SIGKILLs itself at a chosen boundary (crash-safety tests).

Run as ``python -m tests.integration.crash_worker CONFIG POINT``. The patches only add the
kill; everything else is the production code path.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from bot.imap_source import ImapMailSource
from bot.intake import Intake
from bot.mailsender import SmtpMailSender


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _install(point: str) -> None:
    if point == "after_fetch":
        # The batch has been fetched from the server; nothing is committed yet.
        Intake._store_raw = lambda *_a, **_k: _die()  # type: ignore[method-assign]
    elif point == "after_raw_commit":
        original_decide = Intake._decide

        def decide(self: Intake, rows: Any, report: Any) -> None:
            if rows:
                _die()
            original_decide(self, rows, report)

        Intake._decide = decide  # type: ignore[method-assign]
    elif point == "before_move":
        ImapMailSource.move = lambda *_a, **_k: _die()  # type: ignore[method-assign]
    elif point == "before_smtp":
        async def send_nothing(*_a: Any, **_k: Any) -> None:
            _die()

        SmtpMailSender.send = send_nothing  # type: ignore[method-assign]
    elif point == "after_smtp_accept":
        original_send = SmtpMailSender.send

        async def send_then_die(self: SmtpMailSender, message: Any) -> None:
            await original_send(self, message)
            _die()  # the relay has the message; the outbox row is not yet marked sent

        SmtpMailSender.send = send_then_die  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown crash point {point}")


if __name__ == "__main__":
    config_path, crash_point = sys.argv[1], sys.argv[2]
    _install(crash_point)
    from bot.cli import main

    sys.argv = ["rightsbot", "--config", config_path, "poll", "--once"]
    main()
