"""``make demo`` walks the four steps of the Twilio flow against its mocks, as README says."""

from __future__ import annotations

import subprocess
import sys

import pytest
from spec_document import REPO_ROOT

pytestmark = pytest.mark.contract


def test_the_demo_walks_the_four_steps() -> None:
    demo = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "demo.py")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    out = demo.stdout
    for step in (
        "1. Get a WebSocket URL",
        "2. Answer Twilio",
        "3. Customer and agent",
        "4. Receive",
    ):
        assert step in out
    assert "<Stream " in out
    assert "POST agent utterance with the agreed token: 204" in out
    assert "POST customer utterance with a wrong token: 401" in out
    assert out.index("[  400 ms] customer") < out.index("[ 4744 ms] agent")
    assert "$ asapp-mg-autotranscribe transcript --external-id" in out
    assert out.rstrip().endswith("Done.")
