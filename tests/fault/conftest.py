"""Fixtures of the fault suite: a refusing port, and DEBUG log capture for every test (the
``server`` and ``debug_logs`` fixtures themselves are in tests/conftest.py)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest


@pytest.fixture
def refusing_url() -> Iterator[str]:
    """A loopback URL whose port is bound but not listening: every connect is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture(autouse=True)
def debug_logs(debug_logs: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """tests/conftest.py's ``debug_logs`` for every fault test: no DEBUG record holds the secret."""
    return debug_logs
