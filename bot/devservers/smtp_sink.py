"""An in-memory SMTP sink on 127.0.0.1 (aiosmtpd in a background thread) for tests.

Usage::

    with SmtpSink() as sink:
        await aiosmtplib.send(msg, hostname=sink.host, port=sink.port)
        [received] = sink.wait_for(1)
        sink.fail_next(451)            # next DATA gets "451 ..." (transient)
        sink.fail_next(550, stage="rcpt")  # next RCPT TO gets "550 ..." (permanent)
        sink.stop(); ...; sink.start() # outage: connections refused, same port afterwards

What aiosmtplib 5.1.3 raises (checked by tests/integration/test_support_servers.py):

* error reply to DATA          -> ``SMTPDataError`` (subclass of ``SMTPResponseException``;
  ``.code`` is 451/550/...)
* error reply to every RCPT TO -> ``SMTPRecipientsRefused`` (NOT an ``SMTPResponseException``:
  no ``.code``; look at ``.recipients[i].code``, each an ``SMTPRecipientRefused``). If only some
  recipients are refused, ``send()`` succeeds and returns them in its errors dict.
* error reply to MAIL FROM     -> ``SMTPSenderRefused`` (an ``SMTPResponseException``)
* server down                  -> ``SMTPConnectError`` (also an ``OSError``/``ConnectionError``)
"""

from __future__ import annotations

import threading
import time
from collections import deque
from typing import Any, Literal, NamedTuple

from aiosmtpd.controller import Controller

from bot.devservers.ports import LOOPBACK, free_port, wait_port_closed

Stage = Literal["mail", "rcpt", "data"]

_DEFAULT_TEXT = {
    4: "Requested action aborted: local error in processing (test sink)",
    5: "Requested action not taken: rejected by test sink",
}


class ReceivedMessage(NamedTuple):
    """One accepted message: a tuple ``(envelope_from, rcpt_tos, raw)``."""

    envelope_from: str
    rcpt_tos: list[str]
    raw: bytes


class _Failure(NamedTuple):
    stage: Stage
    reply: str


class _SinkHandler:
    """aiosmtpd handler: records messages, or answers queued failures instead."""

    def __init__(self, sink: SmtpSink) -> None:
        self._sink = sink

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        reply = self._sink._take_failure("mail")
        if reply is not None:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        reply = self._sink._take_failure("rcpt")
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        reply = self._sink._take_failure("data")
        if reply is not None:
            return reply
        raw = envelope.original_content or b""
        self._sink._record(
            ReceivedMessage(str(envelope.mail_from), list(envelope.rcpt_tos), bytes(raw))
        )
        return "250 Message accepted for delivery"


class SmtpSink:
    """SMTP server on 127.0.0.1:<free port> that keeps every accepted message in memory."""

    def __init__(self, port: int | None = None, *, ready_timeout: float = 10.0) -> None:
        self.host = LOOPBACK
        self.port = port if port is not None else free_port()
        self._ready_timeout = ready_timeout
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._messages: list[ReceivedMessage] = []
        self._failures: deque[_Failure] = deque()
        self._controller: Controller | None = None

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._controller is not None

    def start(self) -> None:
        """Listen (again) on the same port. Received messages and queued failures are kept."""
        if self._controller is not None:
            return
        # A stopped aiosmtpd Controller has closed its event loop: build a new one each time.
        controller = Controller(
            _SinkHandler(self),
            hostname=self.host,
            port=self.port,
            ready_timeout=self._ready_timeout,
            enable_SMTPUTF8=True,
        )
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        """Stop listening (connections are refused until ``start()``). Idempotent."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()
            wait_port_closed(self.port, 5)

    # ------------------------------------------------------------------ failures
    def fail_next(
        self,
        code: int = 451,
        count: int = 1,
        *,
        stage: Stage = "data",
        message: str | None = None,
    ) -> None:
        """Answer the next ``count`` commands of ``stage`` with ``code``.

        ``stage`` is "data" (the message is refused after it was sent), "rcpt" (each RCPT TO
        command counts once, so a message to two recipients uses up two) or "mail".
        4xx codes are transient failures, 5xx permanent. Failures queue up in call order.
        """
        if not 400 <= code <= 599:
            raise ValueError("code must be a 4xx or 5xx SMTP reply code")
        if count < 1:
            raise ValueError("count must be >= 1")
        text = message or _DEFAULT_TEXT[code // 100]
        with self._lock:
            self._failures.extend(_Failure(stage, f"{code} {text}") for _ in range(count))

    def clear_failures(self) -> None:
        with self._lock:
            self._failures.clear()

    def _take_failure(self, stage: Stage) -> str | None:
        with self._lock:
            for index, failure in enumerate(self._failures):
                if failure.stage == stage:
                    del self._failures[index]
                    return failure.reply
        return None

    # ------------------------------------------------------------------ messages
    def _record(self, message: ReceivedMessage) -> None:
        with self._arrived:
            self._messages.append(message)
            self._arrived.notify_all()

    def messages(self) -> list[ReceivedMessage]:
        """Snapshot of the messages accepted so far, in arrival order."""
        with self._lock:
            return list(self._messages)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMessage]:
        """Block until at least ``count`` messages arrived; return them all.

        Raises ``TimeoutError`` (naming how many did arrive) after ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._arrived:
            while len(self._messages) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"expected {count} message(s) within {timeout} s, "
                        f"got {len(self._messages)}"
                    )
                self._arrived.wait(remaining)
            return list(self._messages)

    def clear(self) -> None:
        """Forget the messages received so far."""
        with self._lock:
            self._messages.clear()
