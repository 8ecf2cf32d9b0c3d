"""The sending seam: hand a finished MIME message to a relay.

Failures are split the way the outbox needs them: ``TransientSendError`` (4xx replies,
timeouts, refused connections) is retried with backoff; ``PermanentSendError`` (5xx) never is.
"""

from __future__ import annotations

import ssl
from email.message import EmailMessage
from typing import Protocol

import aiosmtplib

from bot.config import SmtpConfig
from bot.model import RightsbotError


class SendError(RightsbotError):
    """Base of the two send failures."""


class TransientSendError(SendError):
    """The relay may accept the message later (4xx, network trouble)."""


class PermanentSendError(SendError):
    """The relay refused the message for good (5xx); retrying would not help."""


class MailSender(Protocol):
    async def send(self, message: EmailMessage) -> None:
        """Deliver ``message`` to the relay; returns once the relay accepted it (2xx)."""
        ...


def _classify(code: int, text: str) -> SendError:
    if 500 <= code < 600:
        return PermanentSendError(f"SMTP {code} {text}")
    return TransientSendError(f"SMTP {code} {text}")


class SmtpMailSender:
    """Sends through aiosmtplib, one connection per message (the outbox volume is small)."""

    def __init__(self, config: SmtpConfig, password: str | None) -> None:
        self._config = config
        self._password = password

    async def send(self, message: EmailMessage) -> None:
        config = self._config
        context = ssl.create_default_context() if config.tls != "none" else None
        try:
            await aiosmtplib.send(
                message,
                hostname=config.host,
                port=config.port,
                username=config.user or None,
                password=self._password,
                use_tls=config.tls == "ssl",
                start_tls=config.tls == "starttls",
                tls_context=context,
                timeout=config.timeout_seconds,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            refusals = [error for error in exc.recipients]
            worst = max(refusals, key=lambda error: error.code)
            raise _classify(worst.code, worst.message) from exc
        except aiosmtplib.SMTPResponseException as exc:
            raise _classify(exc.code, exc.message) from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            # Connection refused, timeouts, TLS trouble: the relay may be back later.
            raise TransientSendError(f"cannot deliver to {config.host}:{config.port}: {exc}") \
                from exc
