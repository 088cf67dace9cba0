"""Fixtures of the fault suite: the fake server, a refusing port, and DEBUG log capture."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import pytest

from .fake_asapp import FakeAsapp
from .sdk_calls import assert_no_secret_in_logs

_LOGGERS = (None, "asapp_mg_autotranscribe", "httpx", "httpcore")


@pytest.fixture
def server() -> Iterator[FakeAsapp]:
    """A fake ASAPP server on 127.0.0.1, stopped (and its threads joined) after the test."""
    fake = FakeAsapp()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def refusing_url() -> Iterator[str]:
    """A loopback URL whose port is bound but not listening: every connect is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture(autouse=True)
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every record at DEBUG (root, the SDK, httpx, httpcore); none may hold the secret."""
    for name in _LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog
    records = caplog.get_records("setup") + caplog.get_records("call")
    assert records, "nothing was logged: is the capture working?"
    assert_no_secret_in_logs(records)
