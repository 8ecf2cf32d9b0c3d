"""Shared pytest fixtures: a private Dovecot (``dovecot``) and an SMTP sink (``smtp_sink``).

Integration tests (``@pytest.mark.integration``) need the ``dovecot`` binary
(apt package ``dovecot-imapd``, installed by the project's setup script). Without it they are
skipped with a message, except under CI (``CI=true``), where they fail loudly instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from bot.devservers.dovecot import DovecotServer, find_dovecot
from bot.devservers.smtp_sink import SmtpSink
from tests.unit.helpers import TEST_NOW, MutableClock

_MISSING_DOVECOT = (
    "dovecot binary not found (looked in PATH and /usr/sbin): install the dovecot-imapd "
    "package (the project's setup script does this)"
)


def _running_under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1"}


@pytest.fixture(scope="session")
def dovecot_binary() -> str:
    """Path of the dovecot binary; skips (locally) or fails (CI=true) when it is missing."""
    binary = find_dovecot()
    if binary is None:
        if _running_under_ci():
            pytest.fail(f"CI=true but {_MISSING_DOVECOT}", pytrace=False)
        pytest.skip(_MISSING_DOVECOT)
    return binary


@pytest.fixture(autouse=True)
def _integration_requires_dovecot(request: pytest.FixtureRequest) -> None:
    """Every ``@pytest.mark.integration`` test goes through the session-scoped check."""
    if request.node.get_closest_marker("integration") is not None:
        request.getfixturevalue("dovecot_binary")


@pytest.fixture
def dovecot(dovecot_binary: str) -> Iterator[DovecotServer]:
    """A started private Dovecot: user "privacy"/"secret", empty INBOX, on 127.0.0.1.

    Removed (processes and data) after the test.
    """
    with DovecotServer() as server:
        yield server


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A started in-memory SMTP sink on 127.0.0.1; stopped after the test."""
    with SmtpSink() as sink:
        yield sink


#: A fixed test key for the suppression list (never used outside tests).
TEST_SUPPRESSION_KEY = "test1:" + "dGVzdC1rZXktZm9yLXJpZ2h0c2JvdC1zdXBwcmVzc2lvbi0wMQ=="
#: A fixed test key for challenge tokens (never used outside tests).
TEST_TOKEN_KEY = "tok1:" + "dGVzdC1rZXktZm9yLXJpZ2h0c2JvdC1jaGFsbGVuZ2VzLTAwMDE="


@pytest.fixture(scope="session", autouse=True)
def _suppression_key() -> Iterator[None]:
    """The worker needs the suppression list's HMAC key from the environment (R84)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RIGHTSBOT_SUPPRESSION_KEY", TEST_SUPPRESSION_KEY)
        patch.setenv("RIGHTSBOT_TOKEN_KEY", TEST_TOKEN_KEY)
        yield


@pytest.fixture
def clock() -> MutableClock:
    """A clock at TEST_NOW that a test moves by hand (``clock.now = later``)."""
    return MutableClock(TEST_NOW)
