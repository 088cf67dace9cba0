"""Both clients against a fake ASAPP server that fails in the ways real networks and proxies do.

Every scenario runs over real loopback sockets and ends with the same checks: a typed error
from the contract (an ASAPPError subclass) or a result, no pooled connection left in use,
and the API secret in no DEBUG log record and nowhere on the error's cause/context chain
(``Outcome.raised``, the ``debug_logs`` fixture). Retry waits go to an injected sleep.
"""

from __future__ import annotations

import json

import httpx
import pytest
from doubles import API_SECRET, error_body

from asapp_mg_autotranscribe import (
    APIConnectionError,
    APITimeoutError,
    ASAPPError,
    InternalServerError,
    InvalidResponseError,
    RateLimitError,
)

from .fake_asapp import (
    BOUND,
    FakeAsapp,
    Flood,
    flood,
    hang_up,
    no_answer,
    reset_mid_body,
    respond,
    short_body,
    trickle,
)
from .sdk_calls import OK_BODIES, call

TIMEOUT = 0.3  # the client's timeout in the scenarios that wait for one

ALL_OPERATIONS = pytest.mark.parametrize("operation", ["stream_url", "start", "stop"])
# The GET is repeated after any transport error or 502; start/stop only when surely not sent.
ATTEMPTS_AFTER_TRANSPORT_ERROR = pytest.mark.parametrize(
    ("operation", "attempts"), [("stream_url", 3), ("start", 1), ("stop", 1)]
)


def assert_backoffs(sleeps: list[float], count: int) -> None:
    """``count`` waits of ``0.5 * 2**n`` seconds, each less up to 25% of jitter."""
    assert len(sleeps) == count, sleeps
    for attempt, delay in enumerate(sleeps):
        assert 0.75 * 0.5 * 2**attempt <= delay <= 0.5 * 2**attempt, sleeps


@ALL_OPERATIONS
def test_connection_refused_is_retried_then_raised(
    kind: str, operation: str, refusing_url: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    outcome = call(kind, refusing_url, operation, max_retries=2)
    error = outcome.raised(APIConnectionError)
    assert not isinstance(error, APITimeoutError)
    assert isinstance(error.__cause__, httpx.ConnectError)
    # Nothing was sent, so even start/stop are tried 1 + max_retries times.
    connects = [r for r in debug_logs.records if r.getMessage().startswith("connect_tcp.started")]
    assert len(connects) == 3
    assert_backoffs(outcome.sleeps, 2)


@ATTEMPTS_AFTER_TRANSPORT_ERROR
def test_reset_in_mid_body(kind: str, server: FakeAsapp, operation: str, attempts: int) -> None:
    server.answer(reset_mid_body())
    outcome = call(kind, server.base_url, operation)
    error = outcome.raised(APIConnectionError)
    assert not isinstance(error, APITimeoutError)
    assert isinstance(error.__cause__, httpx.TransportError)
    assert len(server.requests) == attempts
    assert_backoffs(outcome.sleeps, attempts - 1)


@ATTEMPTS_AFTER_TRANSPORT_ERROR
def test_hang_up_without_an_answer(
    kind: str, server: FakeAsapp, operation: str, attempts: int
) -> None:
    server.answer(hang_up())
    outcome = call(kind, server.base_url, operation)
    error = outcome.raised(APIConnectionError)
    assert isinstance(error.__cause__, httpx.RemoteProtocolError)
    assert len(server.requests) == attempts


def test_silent_server_times_out_and_get_is_retried(kind: str, server: FakeAsapp) -> None:
    server.answer(no_answer())
    outcome = call(kind, server.base_url, "stream_url", timeout=TIMEOUT, max_retries=1)
    error = outcome.raised(APITimeoutError)
    # Sync: the socket's read timeout; async: the event loop's bound on the attempt.
    assert isinstance(error.__cause__, httpx.ReadTimeout | TimeoutError)
    assert len(server.requests) == 2
    assert_backoffs(outcome.sleeps, 1)
    assert outcome.elapsed >= 2 * TIMEOUT * 0.9  # each attempt waited its timeout


@pytest.mark.parametrize("operation", ["start", "stop"])
def test_state_changing_call_is_sent_once_after_a_read_timeout(
    kind: str, server: FakeAsapp, operation: str
) -> None:
    server.answer(no_answer())
    outcome = call(kind, server.base_url, operation, timeout=TIMEOUT, max_retries=2)
    outcome.raised(APITimeoutError)
    # The server may have acted on it: repeating it could start the transcription twice.
    assert len(server.requests) == 1
    assert outcome.sleeps == []
    assert outcome.elapsed >= TIMEOUT * 0.9  # the attempt waited its timeout


@ALL_OPERATIONS
def test_503_with_retry_after_then_200(kind: str, server: FakeAsapp, operation: str) -> None:
    server.answer(
        respond(503, error_body(503), {"Retry-After": "2"}),
        respond(503, error_body(503), {"retry-after-ms": "250"}),
        respond(200, OK_BODIES[operation]),
    )
    outcome = call(kind, server.base_url, operation, max_retries=2)
    assert outcome.error is None
    assert outcome.sleeps == [2.0, 0.25]
    assert len(server.requests) == 3
    # The same request each time, with the secret on the wire (and nowhere else).
    assert len({(r.method, r.path, r.body) for r in server.requests}) == 1
    assert all(r.headers["asapp-api-secret"] == API_SECRET for r in server.requests)


@ALL_OPERATIONS
def test_429_beyond_max_retries(kind: str, server: FakeAsapp, operation: str) -> None:
    body = error_body(429, "Too many requests")
    server.answer(respond(429, body, {"Retry-After": "3"}))
    outcome = call(kind, server.base_url, operation, max_retries=2)
    error = outcome.raised(RateLimitError)
    assert error.status_code == 429
    assert error.retry_after == 3.0
    assert (error.request_id, error.code) == (body["error"]["requestId"], "429-01")
    assert "Too many requests" in str(error)
    assert outcome.sleeps == [3.0, 3.0]
    assert len(server.requests) == 3


PROXY_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@ATTEMPTS_AFTER_TRANSPORT_ERROR
def test_html_502_from_a_proxy(kind: str, server: FakeAsapp, operation: str, attempts: int) -> None:
    server.answer(respond(502, PROXY_502))
    outcome = call(kind, server.base_url, operation, max_retries=2)
    error = outcome.raised(InternalServerError)
    assert error.status_code == 502
    assert (error.request_id, error.code) == (None, None)
    message = str(error)
    assert message.startswith("502 Bad Gateway: ")
    assert "text/html" in message
    assert "<title>502 Bad Gateway</title>" in message
    assert "\n" not in message
    assert len(server.requests) == attempts
    assert_backoffs(outcome.sleeps, attempts - 1)


@ALL_OPERATIONS
def test_truncated_json_with_an_honest_length(kind: str, server: FakeAsapp, operation: str) -> None:
    body = json.dumps(OK_BODIES[operation]).encode()
    server.answer(respond(200, body[: len(body) // 2]))
    outcome = call(kind, server.base_url, operation)
    error = outcome.raised(InvalidResponseError)
    assert "not JSON" in str(error)
    assert len(server.requests) == 1


@ATTEMPTS_AFTER_TRANSPORT_ERROR
def test_body_shorter_than_its_content_length(
    kind: str, server: FakeAsapp, operation: str, attempts: int
) -> None:
    server.answer(short_body(json.dumps(OK_BODIES[operation]).encode()))
    outcome = call(kind, server.base_url, operation)
    error = outcome.raised(APIConnectionError)
    assert isinstance(error.__cause__, httpx.RemoteProtocolError)
    assert len(server.requests) == attempts


@pytest.mark.parametrize(
    ("operation", "body"),
    [
        ("stream_url", {"streamingUrl": 42}),
        ("stream_url", ["wss://example.test/x"]),
        ("start", {"isOk": "yes"}),
        ("start", {"isOk": True, "autotranscribeResponse": []}),
        ("stop", {"isOk": True, "autotranscribeResponse": {"agent": {"streamId": "a"}}}),
    ],
)
def test_2xx_of_the_wrong_shape(kind: str, server: FakeAsapp, operation: str, body: object) -> None:
    server.answer(respond(200, json.dumps(body).encode()))
    outcome = call(kind, server.base_url, operation)
    error = outcome.raised(InvalidResponseError)
    assert "documented shape" in str(error) or "not a JSON object" in str(error)
    assert len(server.requests) == 1


@pytest.mark.parametrize("operation", ["stream_url", "start"])
def test_ten_megabyte_body_is_not_read_in_full(
    kind: str, server: FakeAsapp, operation: str
) -> None:
    report = Flood(declared=10 * 1024 * 1024)
    server.answer(flood(report))
    outcome = call(kind, server.base_url, operation)
    error = outcome.raised(InvalidResponseError)
    assert "larger than" in str(error)
    assert report.done.wait(BOUND)
    # The client hung up after its 1 MiB cap (plus what the socket buffers held).
    assert not report.completed, report
    assert report.sent < report.declared // 2, report
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("operation", "max_retries", "attempts"), [("stream_url", 1, 2), ("start", 2, 1)]
)
def test_trickling_body_runs_into_the_attempt_deadline(
    kind: str, server: FakeAsapp, operation: str, max_retries: int, attempts: int
) -> None:
    # A byte every 20 ms never trips the 0.3 s read timeout; only the attempt's end does
    # (sync: the SDK's sockets never wait past it; async: the event loop's timeout). The
    # body takes 2 s at least: a client bounding each read only would read it all.
    server.answer(trickle(interval=0.02, length=100))
    outcome = call(kind, server.base_url, operation, timeout=TIMEOUT, max_retries=max_retries)
    error = outcome.raised(APITimeoutError)
    assert isinstance(error.__cause__, httpx.ReadTimeout | TimeoutError)
    assert len(server.requests) == attempts
    assert outcome.elapsed >= attempts * TIMEOUT  # each attempt had its whole timeout


@pytest.mark.parametrize(
    ("status", "error_class"), [(200, InvalidResponseError), (500, InternalServerError)]
)
def test_deeply_nested_json_body(
    kind: str, server: FakeAsapp, status: int, error_class: type[ASAPPError]
) -> None:
    # 100 kB of "[": well under the 1 MiB cap, but deeper than json.loads can recurse.
    server.answer(respond(status, b"[" * 100_000))
    outcome = call(kind, server.base_url, "start")
    outcome.raised(error_class)
    assert len(server.requests) == 1
