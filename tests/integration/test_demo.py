"""The README's first command runs `rightsbot demo`: it must work on the embedded defaults."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.integration.worker_env import REPO

pytestmark = pytest.mark.integration


def test_demo_opens_cases_acknowledges_and_verifies_a_reply() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in {"RIGHTSBOT_SUPPRESSION_KEY", "RIGHTSBOT_TOKEN_KEY"}}
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run([sys.executable, "-m", "bot", "demo"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    summary = next(line for line in out.splitlines() if line.strip().startswith("poll: fetched 12"))
    for count in ("case_opened 6", "quarantined 1", "screened 3", "moved 12"):
        assert count in summary, summary
    assert "outbox: sent 6, retry 0, failed 0" in out
    assert out.count("[DSR-") >= 6  # one acknowledgement per case, tagged
    assert "replies to the acknowledgement" in out and "awaiting_approval" in out
    assert "rightsbot/quarantine: 1 messages" in out
