"""The API secret cannot be reached from anything a call hands out: its error (with its
response, request, cause and context), its RawResponse, its result.

Each is walked by ``secrets_walk`` (every attribute, slot, container and pickle, down to
httpx's and httpcore's internals). Over real loopback sockets (the fake server of
tests/fault), where httpcore keeps the request it sent, both on the client's own pool and
on an ``http_client`` of the caller's; and over httpx.MockTransport. Sync and async.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from compression_bombs import gzip_zeros
from doubles import API_ID, API_SECRET, CALLS, OK_BODIES, START_OK, Api, error_body
from fault.fake_asapp import (
    Answer,
    FakeAsapp,
    echoing,
    hang_up,
    no_answer,
    raw,
    reset_mid_body,
    respond,
)
from secrets_walk import assert_secret_unreachable

from asapp_mg_autotranscribe import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ASAPPError,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    BadRequestError,
    InternalServerError,
    InvalidResponseError,
    RawResponse,
    StreamingNotOkError,
)
from asapp_mg_autotranscribe._constants import MAX_RESPONSE_BYTES
from asapp_mg_autotranscribe._redaction import REDACTED

POOLS = ["own", "caller"]
CALL_BOUND = 10.0
NOT_OK = {**START_OK, "isOk": False, "errorMessage": "router says no"}
ECHOED_HEAD = (
    f"HTTP/1.1 500 {API_SECRET}\r\nX-Echo: {API_SECRET}\r\nContent-Length: 0\r\n\r\n".encode()
)


# name: (the server's answer, made for the server; the operation; the error expected; the
# client's settings)
SCENARIOS: dict[
    str, tuple[Callable[[FakeAsapp], Answer], str, type[ASAPPError], dict[str, Any]]
] = {
    "status": (lambda _: respond(500, error_body(500)), "stream_url", InternalServerError, {}),
    "echoed headers": (lambda server: echoing(server, 400), "start", BadRequestError, {}),
    "echoed head": (lambda _: raw(ECHOED_HEAD), "stop", InternalServerError, {}),
    "redirect": (lambda _: respond(307, "", {"Location": "/x"}), "start", APIStatusError, {}),
    "not JSON": (lambda _: respond(200, "<p>hi</p>"), "stream_url", InvalidResponseError, {}),
    "too large": (
        lambda _: respond(200, b" " * (MAX_RESPONSE_BYTES + 1)),
        "stream_url",
        InvalidResponseError,
        {},
    ),
    "bomb": (
        lambda _: respond(500, gzip_zeros(2), {"Content-Encoding": "gzip"}),
        "stream_url",
        InternalServerError,
        {},
    ),
    "not gzip": (
        lambda _: respond(200, b"plain", {"Content-Encoding": "gzip"}),
        "stream_url",
        InvalidResponseError,
        {},
    ),
    "not ok": (lambda _: respond(200, NOT_OK), "start", StreamingNotOkError, {}),
    "reset": (lambda _: reset_mid_body(), "stream_url", APIConnectionError, {}),
    "hang up": (lambda _: hang_up(), "stop", APIConnectionError, {}),
    "bad head": (
        lambda _: raw(b"HTTP/1.1 5x0 " + API_SECRET.encode() + b"\r\n\r\n"),
        "stream_url",
        APIConnectionError,
        {},
    ),
    "no answer": (lambda _: no_answer(), "stream_url", APITimeoutError, {"timeout": 0.2}),
    "retry past the deadline": (
        lambda _: respond(503, error_body(503), {"Retry-After": "30"}),
        "stream_url",
        APITimeoutError,
        {"max_retries": 2, "deadline": 5.0},
    ),
}


def run_call(
    kind: str,
    pool: str,
    base_url: str,
    operation: str,
    *,
    raw_response: bool = False,
    **settings: Any,
) -> Any:
    """One call of ``operation`` through a client on its own pool or on the caller's
    ``http_client`` (real sockets either way): its result, or the ASAPPError it raised."""
    method, arguments = CALLS[operation]
    settings = {
        "api_id": API_ID,
        "api_secret": API_SECRET,
        "base_url": base_url,
        "environment": {},
        "max_retries": 0,
        "timeout": 2.0,
        **settings,
    }
    if kind == "sync":
        with (
            httpx.Client(trust_env=False) as http,
            AutoTranscribeClient(
                http_client=http if pool == "caller" else None, sleep=lambda _: None, **settings
            ) as client,
        ):
            target = client.with_raw_response if raw_response else client
            try:
                return getattr(target, method)(**arguments)
            except ASAPPError as error:
                return error

    async def call() -> Any:
        async def sleep(delay: float) -> None:
            pass

        async with (
            httpx.AsyncClient(trust_env=False) as http,
            AsyncAutoTranscribeClient(
                http_client=http if pool == "caller" else None, sleep=sleep, **settings
            ) as client,
        ):
            target = client.with_raw_response if raw_response else client
            try:
                return await getattr(target, method)(**arguments)
            except ASAPPError as error:
                return error

    return asyncio.run(asyncio.wait_for(call(), CALL_BOUND))


@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_no_error_reaches_the_secret(
    kind: str, pool: str, server: FakeAsapp, scenario: str
) -> None:
    answer, operation, expected, settings = SCENARIOS[scenario]
    server.answer(answer(server))
    error = run_call(kind, pool, server.base_url, operation, **settings)
    assert isinstance(error, expected), repr(error)
    assert_secret_unreachable(error)
    assert server.requests[0].headers["asapp-api-secret"] == API_SECRET
    request = getattr(error, "request", None)
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        assert_detached(response)
        request = response.request
    if request is not None:
        assert request.headers["asapp-api-secret"] == REDACTED


def assert_detached(response: httpx.Response) -> None:
    """Read, and holding nothing of the connection: its body in memory, its extensions
    what describes the answer, no redirect prepared."""
    assert isinstance(response.stream, httpx.ByteStream)
    assert set(response.extensions) <= {"http_version", "reason_phrase"}
    assert response.next_request is None


@pytest.mark.parametrize("pool", POOLS)
def test_a_refused_connection_s_error_does_not_reach_the_secret(
    kind: str, pool: str, refusing_url: str
) -> None:
    error = run_call(kind, pool, refusing_url, "stream_url", max_retries=1)
    assert isinstance(error, APIConnectionError), repr(error)
    assert_secret_unreachable(error)


@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize("operation", sorted(CALLS))
def test_a_result_and_a_raw_response_do_not_reach_the_secret(
    kind: str, pool: str, server: FakeAsapp, operation: str
) -> None:
    server.answer(respond(200, OK_BODIES[operation]))
    result = run_call(kind, pool, server.base_url, operation)
    assert not isinstance(result, ASAPPError), repr(result)
    assert_secret_unreachable(result)
    raw_response = run_call(kind, pool, server.base_url, operation, raw_response=True)
    assert isinstance(raw_response, RawResponse), repr(raw_response)
    for given in (raw_response, raw_response.http_response, raw_response.parse()):
        assert_secret_unreachable(given)
    assert_secret_unreachable(raw_response.model)
    assert_detached(raw_response.http_response)
    assert raw_response.http_request.headers["asapp-api-secret"] == REDACTED


@pytest.mark.parametrize("pool", POOLS)
def test_an_error_from_a_raw_response_does_not_reach_the_secret(
    kind: str, pool: str, server: FakeAsapp
) -> None:
    server.answer(respond(200, NOT_OK))
    raw_response = run_call(kind, pool, server.base_url, "start", raw_response=True)
    with pytest.raises(StreamingNotOkError) as caught:
        raw_response.parse()
    assert_secret_unreachable(caught.value)


# Over httpx.MockTransport: the caller's client, its answers built in memory.


def _redirect(request: httpx.Request) -> httpx.Response:
    # Same origin: httpx prepares the redirect with the credential headers.
    return httpx.Response(307, headers={"Location": str(request.url)}, request=request)


def _echo(request: httpx.Request) -> httpx.Response:
    shown = "; ".join(f"{name}: {value}" for name, value in request.headers.items())
    return httpx.Response(
        401,
        headers={"X-Echo": request.headers["asapp-api-secret"]},
        html=f"<pre>{shown}</pre>",
        extensions={"reason_phrase": request.headers["asapp-api-secret"].encode()},
        request=request,
    )


MOCK_STEPS: dict[str, tuple[Callable[[], Any], str, type[ASAPPError]]] = {
    "redirect": (lambda: _redirect, "start", APIStatusError),
    "echo": (lambda: _echo, "stream_url", APIStatusError),
    "not JSON": (lambda: httpx.Response(200, text="hi"), "stream_url", InvalidResponseError),
    "not ok": (lambda: httpx.Response(200, json=NOT_OK), "start", StreamingNotOkError),
    "connect": (lambda: httpx.ConnectError("refused"), "stream_url", APIConnectionError),
    "read timeout": (lambda: httpx.ReadTimeout("slow"), "stream_url", APITimeoutError),
}


@pytest.mark.parametrize("step", sorted(MOCK_STEPS))
def test_no_error_over_a_mock_transport_reaches_the_secret(
    make_api: Callable[..., Api], step: str
) -> None:
    answer, operation, expected = MOCK_STEPS[step]
    api = make_api(answer(), max_retries=0)
    method, arguments = CALLS[operation]
    with pytest.raises(expected) as caught:
        api.call(method, **arguments)
    assert_secret_unreachable(caught.value)
    assert api.script.requests[0].headers["asapp-api-secret"] == API_SECRET
    response = getattr(caught.value, "response", None)
    if isinstance(response, httpx.Response):
        assert_detached(response)
