"""The fixtures of the unit tests: each client kind, Api objects closed after the test, the
fake ASAPP server of tests/fault (for the fault suite and any test on real sockets), a
loopback port (and URL) that refuses every connection, a real redis-server shared by the
session (emptied for each test that takes it), DEBUG log capture that fails a test whose
records show the secret, and an environment without proxy or CA certificate settings.

What the tests share besides fixtures (values, Script, Api) is in doubles.py.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from doubles import Api, Clock, Script, Step, refusing_loopback_port
from fault.fake_asapp import FakeAsapp
from fault.sdk_calls import assert_no_secret_in_logs
from fleet.servers import RedisServer

_LOGGERS = (None, "asapp_mg_autotranscribe", "httpx", "httpcore")
# Every variable through which the environment configures a proxy or the CA certificates.
_NETWORK_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "REQUEST_METHOD",  # urllib ignores HTTP_PROXY in a CGI request
    "SSL_CERT_FILE",
    "SSL_CERT_DIR",
)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Each test that takes it runs once per client."""
    return str(request.param)


@pytest.fixture
def make_api(kind: str) -> Iterator[Callable[..., Api]]:
    """Build an Api (sync or async) around a Script; closed after the test."""
    made: list[Api] = []

    def make(*steps: Step, **kwargs: Any) -> Api:
        api = Api(kind, Script(*steps), **kwargs)
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


@pytest.fixture
def stopped_monotonic(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """``time.monotonic()`` stopped where it stood, moved only by the test (``.now +=
    seconds``): the SDK's deadline arithmetic, whatever the machine's load. Sync tests only
    (an event loop's timers would never come due)."""
    clock = Clock()
    clock.now = time.monotonic()
    monkeypatch.setattr(time, "monotonic", clock)
    return clock


@pytest.fixture
def anyio_backend() -> str:
    """anyio-marked tests run on asyncio."""
    return "asyncio"


@pytest.fixture
def server() -> Iterator[FakeAsapp]:
    """A fake ASAPP server on 127.0.0.1, stopped (and its threads joined) after the test."""
    with FakeAsapp() as fake:
        yield fake


@pytest.fixture
def refusing_port() -> Iterator[int]:
    """A port on 127.0.0.1, bound but not listening for the test: every connect is refused."""
    with refusing_loopback_port() as port:
        yield port


@pytest.fixture
def refusing_url(refusing_port: int) -> str:
    """An http URL on ``refusing_port``: every connect is refused."""
    return f"http://127.0.0.1:{refusing_port}"


@pytest.fixture(scope="session")
def shared_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One redis-server for the tests that leave it running (each starts it empty); started
    by the first test that takes it, so only those tests need redis-server."""
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture
def redis_server(shared_redis: RedisServer) -> RedisServer:
    """The shared redis-server, emptied."""
    client = shared_redis.client()
    client.flushall()
    client.close()
    return shared_redis


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every record at DEBUG (root, the SDK, httpx, httpcore); none may hold the secret.

    Autouse in tests/fault.
    """
    for name in _LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog
    records = caplog.get_records("setup") + caplog.get_records("call")
    assert records, "nothing was logged: is the capture working?"
    assert_no_secret_in_logs(records)


@pytest.fixture
def no_network_settings(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy or CA certificate setting in the environment (either case); the monkeypatch
    to set some."""
    for name in _NETWORK_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch
