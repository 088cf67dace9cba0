"""The retry policy: which failures are repeated, how often, and how long the waits are."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from doubles import CALLS, START_OK, STREAM_URL, error_body

from asapp_mg_autotranscribe import (
    APIConnectionError,
    APITimeoutError,
    ConflictError,
    InternalServerError,
    RateLimitError,
    ServiceUnavailableError,
)
from asapp_mg_autotranscribe._retries import RetryPolicy, parse_retry_after

GET, START, STOP = CALLS["stream_url"], CALLS["start"], CALLS["stop"]

OK = {
    "get_twilio_media_stream_url": httpx.Response(200, json={"streamingUrl": STREAM_URL}),
    "start_streaming": httpx.Response(200, json=START_OK),
    "stop_streaming": httpx.Response(200, json=START_OK),
}


def assert_backoff(waits: list[float], backoffs: list[float]) -> None:
    """Each wait is its backoff, ``min(0.5 * 2**n, 8)`` seconds, less up to 25 % at random."""
    assert len(waits) == len(backoffs), waits
    for wait, backoff in zip(waits, backoffs, strict=True):
        assert 0.75 * backoff <= wait <= backoff, waits


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_get_is_retried_on_transient_statuses(make_api: Any, status: int) -> None:
    api = make_api(httpx.Response(status, json=error_body(status)), OK[GET[0]])
    assert api.call(GET[0]) == STREAM_URL
    assert len(api.script.requests) == 2
    assert_backoff(api.sleeps, [0.5])


@pytest.mark.parametrize("operation", [START, STOP])
@pytest.mark.parametrize("status", [429, 503])
def test_posts_are_retried_only_where_not_processed(
    make_api: Any, operation: tuple[str, dict[str, Any]], status: int
) -> None:
    method, arguments = operation
    api = make_api(httpx.Response(status, json=error_body(status)), OK[method])
    assert api.call(method, **arguments).is_ok
    assert len(api.script.requests) == 2


@pytest.mark.parametrize("operation", [START, STOP])
@pytest.mark.parametrize(
    ("status", "error_class"),
    [(409, ConflictError), (500, InternalServerError), (502, InternalServerError)],
)
def test_posts_are_not_retried_after_statuses_that_may_mean_processed(
    make_api: Any, operation: tuple[str, dict[str, Any]], status: int, error_class: type
) -> None:
    method, arguments = operation
    api = make_api(httpx.Response(status, json=error_body(status)), OK[method])
    with pytest.raises(error_class):
        api.call(method, **arguments)
    assert len(api.script.requests) == 1
    assert api.sleeps == []


@pytest.mark.parametrize("operation", [START, STOP])
@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("timed out"),
        httpx.WriteTimeout("timed out"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
    ],
)
def test_posts_are_never_retried_once_the_request_may_have_arrived(
    make_api: Any, operation: tuple[str, dict[str, Any]], error: Exception
) -> None:
    method, arguments = operation
    api = make_api(error, OK[method])
    with pytest.raises(APIConnectionError):
        api.call(method, **arguments)
    assert len(api.script.requests) == 1


@pytest.mark.parametrize("operation", [GET, START, STOP])
@pytest.mark.parametrize(
    "error",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")],
)
def test_every_request_is_retried_when_no_connection_was_made(
    make_api: Any, operation: tuple[str, dict[str, Any]], error: Exception
) -> None:
    method, arguments = operation
    api = make_api(error, OK[method])
    api.call(method, **arguments)
    assert len(api.script.requests) == 2


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout("timed out"), httpx.ReadError("reset"), httpx.WriteError("pipe")]
)
def test_get_is_retried_after_any_transport_error(make_api: Any, error: Exception) -> None:
    api = make_api(error, OK[GET[0]])
    assert api.call(GET[0]) == STREAM_URL
    assert len(api.script.requests) == 2


def test_retries_stop_after_max_retries_with_growing_delays(make_api: Any) -> None:
    api = make_api(httpx.ConnectError("refused"), max_retries=5)
    with pytest.raises(APIConnectionError, match="refused"):
        api.call(GET[0])
    assert len(api.script.requests) == 6
    assert_backoff(api.sleeps, [0.5, 1.0, 2.0, 4.0, 8.0])


def test_timeouts_surface_as_api_timeout_error_after_retries(make_api: Any) -> None:
    api = make_api(httpx.ReadTimeout("timed out"))
    with pytest.raises(APITimeoutError):
        api.call(GET[0])
    assert len(api.script.requests) == 3


def test_max_retries_zero_sends_once(make_api: Any) -> None:
    api = make_api(httpx.Response(503, json=error_body(503)), max_retries=0)
    with pytest.raises(ServiceUnavailableError):
        api.call(GET[0])
    assert len(api.script.requests) == 1


def test_429_beyond_max_retries_raises_rate_limit_error(make_api: Any) -> None:
    api = make_api(httpx.Response(429, json=error_body(429), headers={"retry-after": "1.5"}))
    with pytest.raises(RateLimitError) as caught:
        api.call(*START[:1], **START[1])
    assert caught.value.retry_after == 1.5
    assert len(api.script.requests) == 3
    assert api.sleeps == [1.5, 1.5]


def test_retry_after_is_honoured_and_capped(make_api: Any) -> None:
    api = make_api(
        httpx.Response(503, json=error_body(503), headers={"retry-after": "3"}),
        httpx.Response(503, json=error_body(503), headers={"retry-after": "3600"}),
        OK[GET[0]],
    )
    api.call(GET[0])
    assert api.sleeps == [3.0, 60.0]


def test_retry_after_ms_wins_over_retry_after(make_api: Any) -> None:
    headers = {"retry-after-ms": "250", "retry-after": "9"}
    api = make_api(httpx.Response(429, json=error_body(429), headers=headers), OK[GET[0]])
    api.call(GET[0])
    assert api.sleeps == [0.25]


def test_the_same_request_is_sent_again(make_api: Any) -> None:
    api = make_api(httpx.Response(503, json=error_body(503)), OK[START[0]])
    api.call(START[0], **START[1])
    first, second = api.script.requests
    assert first.content == second.content
    assert first.headers == second.headers


NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "5"}, 5.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "nan"}, None),
        ({"retry-after": "inf"}, None),
        ({"retry-after": "soon"}, None),
        (
            {"retry-after": format_datetime(datetime.fromtimestamp(NOW + 30, UTC), usegmt=True)},
            30.0,
        ),
        ({"retry-after": format_datetime(datetime.fromtimestamp(NOW - 30, UTC), usegmt=True)}, 0.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00"}, None),  # no zone
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "x", "retry-after": "4"}, 4.0),
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), now=lambda: NOW) == expected


def test_backoff_jitter_takes_off_at_most_a_quarter() -> None:
    assert RetryPolicy(jitter=lambda: 1.0).backoff(0) == 0.375
    assert RetryPolicy(jitter=lambda: 0.0).backoff(10) == 8.0
    delays = [RetryPolicy().backoff(1) for _ in range(200)]
    assert all(0.75 <= delay <= 1.0 for delay in delays)
    assert len(set(delays)) > 1


def test_the_budget_is_the_call_s_max_retries(make_api: Any) -> None:
    api = make_api(httpx.Response(503, json=error_body(503)), OK[GET[0]], max_retries=0)
    with pytest.raises(ServiceUnavailableError):
        api.call(GET[0])
    api.script.steps = [httpx.Response(503, json=error_body(503)), OK[GET[0]]]
    assert api.call(GET[0], max_retries=1) == STREAM_URL
    assert len(api.script.requests) == 3


def test_statuses_not_worth_repeating_are_not() -> None:
    headers = httpx.Headers()
    policy = RetryPolicy()
    assert (
        policy.delay_after_status(idempotent=True, status_code=404, headers=headers, attempt=0)
        is None
    )
    assert policy.delay_after_error(idempotent=False, error=httpx.ReadError("x"), attempt=0) is None
