"""TranscriptWebhook called directly, the way servers call ASGI and WSGI apps: each answer
and the order of the checks, what is read of a body, the lifespan protocol, construction,
and what is logged."""

from __future__ import annotations

import asyncio
import copy
import functools
import io
import logging
import pickle
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pytest
import uvicorn

from asapp_mg_autotranscribe import (
    ConfigurationError,
    TranscriptEvent,
    TranscriptWebhook,
)

from .samples import CALL_SID, PRIVATE_TEXT, SECRET, SECRET_NAME, body, message

pytestmark = pytest.mark.anyio

BOUND = 1024


class Recorder:
    """An on_event that records its events, or raises with the text and the secret in the
    exception's message."""

    def __init__(self, *, fails: bool = False) -> None:
        self.events: list[TranscriptEvent] = []
        self.fails = fails

    def __call__(self, event: TranscriptEvent) -> None:
        if self.fails:
            raise ValueError(f"cannot keep {event.text!r} ({SECRET})")
        self.events.append(event)


class AsyncRecorder(Recorder):
    async def __call__(self, event: TranscriptEvent) -> None:
        await asyncio.sleep(0)
        super().__call__(event)


def _webhook(on_event: Any = None, **settings: Any) -> TranscriptWebhook:
    settings = {"secret": SECRET, "secret_name": SECRET_NAME, "max_body_bytes": BOUND, **settings}
    return TranscriptWebhook(on_event if on_event is not None else Recorder(), **settings)


# --- ASGI ------------------------------------------------------------------------------------


@dataclass
class Exchange:
    """What an ASGI app did with one request."""

    scope: dict[str, Any]
    sent: list[dict[str, Any]] = field(default_factory=list)
    receives: int = 0

    @property
    def status(self) -> int | None:
        starts = [m for m in self.sent if m["type"] == "http.response.start"]
        return starts[0]["status"] if starts else None

    @property
    def headers(self) -> dict[bytes, bytes]:
        return dict(next(m for m in self.sent if m["type"] == "http.response.start")["headers"])

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.sent if m["type"] == "http.response.body")


async def asgi_request(
    webhook: TranscriptWebhook,
    *,
    method: str = "POST",
    chunks: Iterable[bytes] = (),
    content_length: bool = True,
    secret: str | None = SECRET,
    headers: Iterable[tuple[bytes, bytes]] = (),
    query: bytes = b"",
    disconnect_after: int | None = None,
    messages: list[dict[str, Any]] | None = None,
) -> Exchange:
    """One HTTP request to ``webhook.asgi``: the body in ``chunks`` (one http.request each),
    the secret in the header, a Content-Length unless told not to."""
    chunks = list(chunks) or [b""]
    all_headers = list(headers)
    if secret is not None:
        all_headers.append((SECRET_NAME.lower().encode(), secret.encode()))
    if content_length:
        all_headers.append((b"content-length", str(sum(map(len, chunks))).encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "path": "/asapp/transcripts",
        "query_string": query,
        "headers": all_headers,
    }
    if messages is None:
        messages = [
            {"type": "http.request", "body": chunk, "more_body": index < len(chunks) - 1}
            for index, chunk in enumerate(chunks)
        ]
    if disconnect_after is not None:
        messages = [*messages[:disconnect_after], {"type": "http.disconnect"}]
    exchange = Exchange(scope)

    async def receive() -> dict[str, Any]:
        exchange.receives += 1
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        exchange.sent.append(message)

    await webhook.asgi(scope, receive, send)
    return exchange


async def test_asgi_a_transcript_is_handed_to_on_event_and_answered_204() -> None:
    recorder = Recorder()
    exchange = await asgi_request(_webhook(recorder), chunks=[body()])
    assert exchange.status == 204
    assert exchange.headers == {}
    assert exchange.body == b""
    assert [event.to_dict() for event in recorder.events] == [message()]


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"])
async def test_asgi_other_methods_are_answered_405_with_allow(method: str) -> None:
    recorder = Recorder()
    exchange = await asgi_request(_webhook(recorder), method=method, chunks=[body()], secret=None)
    assert exchange.status == 405
    assert exchange.headers[b"allow"] == b"POST"
    assert exchange.body == b"only POST is answered\n"
    assert exchange.headers[b"content-length"] == str(len(exchange.body)).encode()
    assert exchange.receives == 0
    assert recorder.events == []


@pytest.mark.parametrize(
    "headers",
    [
        [],
        [(b"x-transcript-token", b"wrong")],
        [(b"x-transcript-token", SECRET.encode() + b" ")],
        [(b"x-transcript-token", SECRET.encode()), (b"x-transcript-token", SECRET.encode())],
        [(b"x-other-token", SECRET.encode())],
    ],
    ids=["missing", "wrong", "with-a-space", "twice", "other-name"],
)
async def test_asgi_a_missing_or_wrong_header_secret_is_answered_401_unread(
    headers: list[tuple[bytes, bytes]],
) -> None:
    recorder = Recorder()
    exchange = await asgi_request(
        _webhook(recorder), chunks=[b"x" * (BOUND * 2)], secret=None, headers=headers
    )
    assert exchange.status == 401
    assert exchange.body == b"the secret is missing or wrong\n"
    assert exchange.receives == 0
    assert recorder.events == []


_NAME = SECRET_NAME.encode()
_GIVEN = _NAME + b"=" + SECRET.encode()
_MASKED = _NAME + b"=***"
_ENCODED_NAME = _NAME.replace(b"-", b"%2D")
_ENCODED_SECRET = b"".join(b"%%%02X" % byte for byte in SECRET.encode())


@pytest.mark.parametrize(
    ("query", "status", "masked"),
    [
        (_GIVEN, 204, _MASKED),
        (b"a=1&" + _GIVEN + b"&b=2", 204, b"a=1&" + _MASKED + b"&b=2"),
        (_ENCODED_NAME + b"=" + _ENCODED_SECRET, 204, _ENCODED_NAME + b"=***"),
        (_NAME + b"=wrong", 401, _MASKED),
        (_NAME, 401, _MASKED),
        (_GIVEN.lower(), 401, _GIVEN.lower()),
        (_GIVEN + b"&" + _GIVEN, 401, _MASKED + b"&" + _MASKED),
        (b"", 401, b""),
        (b"other=1", 401, b"other=1"),
    ],
    ids=[
        "alone",
        "among-others",
        "percent-encoded",
        "wrong",
        "no-value",
        "other-case",
        "twice",
        "none",
        "absent",
    ],
)
async def test_asgi_the_query_secret_is_checked_and_masked_in_the_scope(
    query: bytes, status: int, masked: bytes
) -> None:
    webhook = _webhook(secret_in="query")
    exchange = await asgi_request(webhook, chunks=[body()], secret=None, query=query)
    assert exchange.status == status
    assert exchange.scope["query_string"] == masked


async def test_asgi_the_query_secret_is_masked_on_a_405_too() -> None:
    webhook = _webhook(secret_in="query")
    query = b"X-Transcript-Token=" + SECRET.encode()
    exchange = await asgi_request(webhook, method="GET", secret=None, query=query)
    assert exchange.status == 405
    assert exchange.scope["query_string"] == b"X-Transcript-Token=***"


async def test_asgi_plus_in_the_query_is_a_space() -> None:
    webhook = _webhook(secret="two words", secret_in="query")
    exchange = await asgi_request(
        webhook, chunks=[body()], secret=None, query=b"X-Transcript-Token=two+words"
    )
    assert exchange.status == 204


async def test_asgi_a_header_secret_ignores_the_query() -> None:
    exchange = await asgi_request(
        _webhook(), chunks=[body()], query=b"X-Transcript-Token=" + SECRET.encode()
    )
    assert exchange.status == 204
    assert exchange.scope["query_string"] == b"X-Transcript-Token=" + SECRET.encode()


async def test_asgi_without_a_secret_every_post_is_read() -> None:
    webhook = TranscriptWebhook(Recorder())
    exchange = await asgi_request(webhook, chunks=[body()], secret=None)
    assert exchange.status == 204


async def test_asgi_a_content_length_over_the_bound_is_413_and_nothing_is_read() -> None:
    recorder = Recorder()
    exchange = await asgi_request(_webhook(recorder), chunks=[b"{" * (BOUND + 1)])
    assert exchange.status == 413
    assert exchange.body == f"the body is over {BOUND} bytes\n".encode()
    assert exchange.receives == 0
    assert recorder.events == []


@pytest.mark.parametrize("lying", [False, True], ids=["chunked", "content-length-lies"])
async def test_asgi_a_longer_body_is_read_up_to_one_byte_past_the_bound(lying: bool) -> None:
    chunks = [b"x" * 100] * 50
    headers = [(b"content-length", b"100")] if lying else []
    exchange = await asgi_request(_webhook(), chunks=chunks, content_length=False, headers=headers)
    assert exchange.status == 413
    assert exchange.receives == BOUND // 100 + 1  # 1,100 bytes: past the bound, and no more


async def test_asgi_a_body_of_exactly_the_bound_is_read() -> None:
    padded = body(text="a" * (BOUND - len(body(text=""))))
    assert len(padded) == BOUND
    exchange = await asgi_request(_webhook(), chunks=[padded[:500], padded[500:]])
    assert exchange.status == 204


@pytest.mark.parametrize(
    ("lengths", "status"),
    [
        ([b"abc"], 400),
        ([b"-1"], 400),
        ([b"12", b"13"], 400),
        ([b"9" * 40], 413),
        ([b" 1025 "], 413),
    ],
    ids=["letters", "negative", "two-values", "huge", "spaces"],
)
async def test_asgi_the_content_length_header_is_checked(lengths: list[bytes], status: int) -> None:
    headers = [(b"content-length", value) for value in lengths]
    exchange = await asgi_request(
        _webhook(), chunks=[body()], content_length=False, headers=headers
    )
    assert exchange.status == status
    assert exchange.receives == 0


async def test_asgi_the_same_content_length_twice_is_read() -> None:
    length = str(len(body())).encode()
    headers = [(b"content-length", length), (b"content-length", length)]
    exchange = await asgi_request(
        _webhook(), chunks=[body()], content_length=False, headers=headers
    )
    assert exchange.status == 204


async def test_asgi_a_client_gone_mid_body_gets_no_answer_and_on_event_no_call() -> None:
    recorder = Recorder()
    whole = body()
    exchange = await asgi_request(
        _webhook(recorder), chunks=[whole[:50], whole[50:]], disconnect_after=1
    )
    assert exchange.sent == []
    assert exchange.receives == 2
    assert recorder.events == []


async def test_asgi_messages_without_body_or_more_body_are_read_as_empty_and_final() -> None:
    recorder = Recorder()
    whole = body()
    messages = [
        {"type": "http.request", "body": whole, "more_body": True},
        {"type": "http.request"},
    ]
    exchange = await asgi_request(
        _webhook(recorder), chunks=[whole], messages=messages, content_length=False
    )
    assert exchange.status == 204
    assert exchange.receives == 2
    assert len(recorder.events) == 1


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"[1]", body().replace(b'"transcript"', b'"other"', 1)],
    ids=["empty", "not-json", "array", "other-type"],
)
async def test_asgi_a_body_that_is_not_an_event_is_answered_400(content: bytes) -> None:
    recorder = Recorder()
    exchange = await asgi_request(_webhook(recorder), chunks=[content])
    assert exchange.status == 400
    assert exchange.headers[b"content-type"] == b"text/plain; charset=utf-8"
    assert exchange.body.startswith(b"not a transcript event: ")
    assert exchange.body.endswith(b"\n")
    assert recorder.events == []


@pytest.mark.parametrize("recorder_class", [Recorder, AsyncRecorder])
async def test_asgi_sync_and_async_callbacks(recorder_class: type[Recorder]) -> None:
    recorder = recorder_class()
    exchange = await asgi_request(_webhook(recorder), chunks=[body()])
    assert exchange.status == 204
    assert len(recorder.events) == 1


async def test_asgi_an_async_def_callback_is_awaited() -> None:
    seen: list[str] = []

    async def on_event(event: TranscriptEvent) -> None:
        await asyncio.sleep(0)
        seen.append(event.stream_id)

    exchange = await asgi_request(_webhook(on_event), chunks=[body()])
    assert exchange.status == 204
    assert seen == ["5ce2b755-3f38-11ed-b755-7aed4b5c38d5"]


async def test_asgi_a_plain_callback_returning_an_awaitable_is_awaited() -> None:
    seen: list[TranscriptEvent] = []

    async def keep(event: TranscriptEvent) -> None:
        seen.append(event)

    exchange = await asgi_request(_webhook(lambda event: keep(event)), chunks=[body()])
    assert exchange.status == 204
    assert len(seen) == 1


@pytest.mark.parametrize("recorder_class", [Recorder, AsyncRecorder])
async def test_asgi_a_callback_that_raises_is_answered_500(
    recorder_class: type[Recorder], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        exchange = await asgi_request(_webhook(recorder_class(fails=True)), chunks=[body()])
    assert exchange.status == 500
    assert exchange.body == b"the event was not handled\n"
    _assert_the_failure_is_logged(caplog, "ValueError")


class CustomBaseException(BaseException):
    pass


def _raising(error: BaseException) -> Any:
    def on_event(event: TranscriptEvent) -> None:
        raise error

    return on_event


def _logged_name(error: BaseException) -> str:
    cls = type(error)
    return (
        cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    )


# Not Exceptions, yet on_event's failures: a 500, and the server goes on.
_BASE_EXCEPTIONS = [
    SystemExit(1),
    CustomBaseException(PRIVATE_TEXT),
    GeneratorExit(),
    asyncio.CancelledError(),
]


@pytest.mark.parametrize("error", _BASE_EXCEPTIONS, ids=lambda error: type(error).__name__)
async def test_asgi_a_callback_raising_a_base_exception_is_answered_500(
    error: BaseException, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        exchange = await asgi_request(_webhook(_raising(error)), chunks=[body()])
    assert exchange.status == 500
    _assert_the_failure_is_logged(caplog, _logged_name(error))


async def test_asgi_a_keyboard_interrupt_goes_on_to_the_server() -> None:
    with pytest.raises(KeyboardInterrupt):
        await asgi_request(_webhook(_raising(KeyboardInterrupt())), chunks=[body()])


async def test_asgi_the_requests_own_cancellation_goes_on_to_the_server() -> None:
    entered = asyncio.Event()

    async def on_event(event: TranscriptEvent) -> None:
        entered.set()
        await asyncio.Event().wait()

    request = asyncio.ensure_future(asgi_request(_webhook(on_event), chunks=[body()]))
    await entered.wait()
    request.cancel()
    with pytest.raises(asyncio.CancelledError):
        await request
    assert request.cancelled()


# --- lifespan and other scopes ---------------------------------------------------------------


async def test_asgi_the_lifespan_protocol_is_answered() -> None:
    incoming = [
        {"type": "lifespan.startup"},
        {"type": "lifespan.something-new"},
        {"type": "lifespan.shutdown"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await _webhook().asgi({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send)
    assert sent == [{"type": "lifespan.startup.complete"}, {"type": "lifespan.shutdown.complete"}]
    assert incoming == []


async def test_asgi_a_websocket_is_closed() -> None:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "websocket.connect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await _webhook().asgi({"type": "websocket", "path": "/"}, receive, send)
    assert sent == [{"type": "websocket.close", "code": 1008}]


async def test_asgi_an_unknown_scope_type_is_refused() -> None:
    async def receive() -> dict[str, Any]:
        raise AssertionError("not called")

    async def send(message: dict[str, Any]) -> None:
        raise AssertionError("not called")

    with pytest.raises(ValueError, match="does not serve ASGI 'telepathy' scopes"):
        await _webhook().asgi({"type": "telepathy"}, receive, send)


# --- WSGI ------------------------------------------------------------------------------------


class CountingInput(io.BytesIO):
    """A wsgi.input that counts the bytes read from it."""

    def __init__(self, content: bytes) -> None:
        super().__init__(content)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk


@dataclass
class WsgiExchange:
    status: str
    headers: dict[str, str]
    body: bytes
    environ: dict[str, Any]
    stream: CountingInput


def wsgi_request(
    webhook: TranscriptWebhook,
    content: bytes = b"",
    *,
    method: str = "POST",
    content_length: str | None = "auto",
    secret: str | None = SECRET,
    query: str = "",
    extra: dict[str, Any] | None = None,
) -> WsgiExchange:
    stream = CountingInput(content)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "PATH_INFO": "/asapp/transcripts",
        "QUERY_STRING": query,
        "wsgi.input": stream,
        **(extra or {}),
    }
    if content_length == "auto":
        environ["CONTENT_LENGTH"] = str(len(content))
    elif content_length is not None:
        environ["CONTENT_LENGTH"] = content_length
    if secret is not None:
        environ["HTTP_X_TRANSCRIPT_TOKEN"] = secret
    started: list[tuple[str, list[tuple[str, str]]]] = []

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        started.append((status, headers))
        return lambda data: None

    chunks = webhook.wsgi(environ, start_response)
    status, headers = started[0]
    return WsgiExchange(status, dict(headers), b"".join(chunks), environ, stream)


def test_wsgi_a_transcript_is_handed_to_on_event_and_answered_204() -> None:
    recorder = Recorder()
    exchange = wsgi_request(_webhook(recorder), body())
    assert exchange.status == "204 No Content"
    assert exchange.headers == {}
    assert exchange.body == b""
    assert [event.to_dict() for event in recorder.events] == [message()]


def test_wsgi_other_methods_are_answered_405_with_allow() -> None:
    exchange = wsgi_request(_webhook(), body(), method="GET", secret=None)
    assert exchange.status == "405 Method Not Allowed"
    assert exchange.headers["allow"] == "POST"
    assert exchange.headers["content-type"] == "text/plain; charset=utf-8"
    assert exchange.stream.bytes_read == 0


@pytest.mark.parametrize("secret", [None, "wrong", SECRET + ",x", "sécret", "€uro"])
def test_wsgi_a_missing_or_wrong_header_secret_is_answered_401(secret: str | None) -> None:
    exchange = wsgi_request(_webhook(), body(), secret=secret)
    assert exchange.status == "401 Unauthorized"
    assert exchange.stream.bytes_read == 0


@pytest.mark.parametrize(
    ("query", "status", "masked"),
    [
        (f"X-Transcript-Token={SECRET}", "204 No Content", "X-Transcript-Token=***"),
        (f"a=%C3%A9&{SECRET_NAME}={SECRET}", "204 No Content", f"a=%C3%A9&{SECRET_NAME}=***"),
        ("X-Transcript-Token=wrong", "401 Unauthorized", "X-Transcript-Token=***"),
        ("", "401 Unauthorized", ""),
    ],
)  # fmt: skip
def test_wsgi_the_query_secret_is_checked_and_masked_in_the_environ(
    query: str, status: str, masked: str
) -> None:
    exchange = wsgi_request(_webhook(secret_in="query"), body(), secret=None, query=query)
    assert exchange.status == status
    assert exchange.environ["QUERY_STRING"] == masked


def test_wsgi_the_query_secret_is_masked_on_a_405_too() -> None:
    exchange = wsgi_request(
        _webhook(secret_in="query"), method="PUT", secret=None, query=f"X-Transcript-Token={SECRET}"
    )
    assert exchange.status == "405 Method Not Allowed"
    assert exchange.environ["QUERY_STRING"] == "X-Transcript-Token=***"


def test_wsgi_a_content_length_over_the_bound_is_413_and_nothing_is_read() -> None:
    exchange = wsgi_request(_webhook(), b"{" * (BOUND + 1))
    assert exchange.status == "413 Content Too Large"
    assert exchange.stream.bytes_read == 0


@pytest.mark.parametrize(
    ("length", "status"), [("1x", "400 Bad Request"), ("9" * 30, "413 Content Too Large")]
)
def test_wsgi_the_content_length_is_checked(length: str, status: str) -> None:
    exchange = wsgi_request(_webhook(), body(), content_length=length)
    assert exchange.status == status
    assert exchange.stream.bytes_read == 0


def test_wsgi_no_more_than_the_content_length_is_read() -> None:
    recorder = Recorder()
    exchange = wsgi_request(
        _webhook(recorder), body() + b"trailing bytes", content_length=str(len(body()))
    )
    assert exchange.status == "204 No Content"
    assert exchange.stream.bytes_read == len(body())
    assert len(recorder.events) == 1


def test_wsgi_a_body_shorter_than_its_content_length_is_read_as_it_is() -> None:
    exchange = wsgi_request(_webhook(), body()[:-1], content_length=str(len(body())))
    assert exchange.status == "400 Bad Request"


def test_wsgi_a_terminated_input_is_read_up_to_one_byte_past_the_bound() -> None:
    terminated = {"wsgi.input_terminated": True, "HTTP_TRANSFER_ENCODING": "chunked"}
    exchange = wsgi_request(_webhook(), b"x" * 200_000, content_length=None, extra=terminated)
    assert exchange.status == "413 Content Too Large"
    assert exchange.stream.bytes_read == BOUND + 1
    recorder = Recorder()
    exchange = wsgi_request(_webhook(recorder), body(), content_length=None, extra=terminated)
    assert exchange.status == "204 No Content"
    assert len(recorder.events) == 1


def test_wsgi_a_chunked_body_the_server_did_not_dechunk_is_answered_411() -> None:
    exchange = wsgi_request(
        _webhook(), body(), content_length=None, extra={"HTTP_TRANSFER_ENCODING": "chunked"}
    )
    assert exchange.status == "411 Length Required"
    assert exchange.stream.bytes_read == 0


@pytest.mark.parametrize("content_length", [None, ""])
def test_wsgi_no_content_length_is_an_empty_body(content_length: str | None) -> None:
    exchange = wsgi_request(_webhook(), body(), content_length=content_length)
    assert exchange.status == "400 Bad Request"
    assert (
        exchange.body
        == b"not a transcript event: the body is not JSON (Expecting value at line 1 column 1)\n"
    )
    assert exchange.stream.bytes_read == 0


def test_wsgi_a_callback_that_raises_is_answered_500(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        exchange = wsgi_request(_webhook(Recorder(fails=True)), body())
    assert exchange.status == "500 Internal Server Error"
    _assert_the_failure_is_logged(caplog, "ValueError")


@pytest.mark.parametrize("error", _BASE_EXCEPTIONS, ids=lambda error: type(error).__name__)
def test_wsgi_a_callback_raising_a_base_exception_is_answered_500(
    error: BaseException, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        exchange = wsgi_request(_webhook(_raising(error)), body())
    assert exchange.status == "500 Internal Server Error"
    _assert_the_failure_is_logged(caplog, _logged_name(error))


def test_wsgi_a_keyboard_interrupt_goes_on_to_the_server() -> None:
    with pytest.raises(KeyboardInterrupt):
        wsgi_request(_webhook(_raising(KeyboardInterrupt())), body())


class _Awaitable:
    def __await__(self) -> Any:
        yield


@pytest.mark.parametrize("returned", ["coroutine", "awaitable"])
def test_wsgi_a_callback_returning_an_awaitable_is_answered_500(
    returned: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def later() -> None:
        raise AssertionError("never run")

    def on_event(event: TranscriptEvent) -> object:
        return later() if returned == "coroutine" else _Awaitable()

    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        exchange = wsgi_request(_webhook(on_event), body())
    assert exchange.status == "500 Internal Server Error"
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        (
            "ERROR",
            f"transcript webhook: on_event returned an awaitable for call {CALL_SID!r}, which "
            "the WSGI app cannot await; answered 500 (an async on_event needs the ASGI app)",
        )
    ]


async def _a_coroutine_function(event: TranscriptEvent) -> None:
    pass


@pytest.mark.parametrize(
    "on_event",
    [AsyncRecorder(), functools.partial(_a_coroutine_function), AsyncRecorder().__call__],
    ids=["async-call", "partial", "bound-coroutine-method"],
)
def test_wsgi_refuses_an_async_callback(on_event: Any) -> None:
    webhook = _webhook(on_event)
    with pytest.raises(ConfigurationError, match="serve the ASGI app"):
        webhook.wsgi  # noqa: B018
    assert callable(webhook.asgi)


def test_wsgi_refuses_an_async_def_function() -> None:
    with pytest.raises(ConfigurationError, match="on_event is a coroutine function"):
        _webhook(_a_coroutine_function).wsgi  # noqa: B018


# --- logging ---------------------------------------------------------------------------------


def _assert_the_failure_is_logged(caplog: pytest.LogCaptureFixture, error_class: str) -> None:
    records = [r for r in caplog.records if r.name == "asapp_mg_autotranscribe"]
    assert [r.levelname for r in records] == ["ERROR"]
    text = records[0].getMessage()
    assert text.startswith(f"transcript webhook: on_event raised {error_class} at ")
    assert "test_webhook.py:" in text
    assert text.endswith(f"for call {CALL_SID!r}; answered 500 (ASAPP drops the message)")
    assert records[0].exc_info is None
    assert records[0].exc_text is None
    assert PRIVATE_TEXT not in caplog.text
    assert SECRET not in caplog.text


class CustomError(Exception):
    pass


def test_a_non_builtin_error_is_logged_by_its_full_name(caplog: pytest.LogCaptureFixture) -> None:
    def on_event(event: TranscriptEvent) -> None:
        raise CustomError(event.text)

    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        wsgi_request(_webhook(on_event), body())
    _assert_the_failure_is_logged(caplog, f"{__name__}.CustomError")


def _chunked_unread(webhook: TranscriptWebhook) -> WsgiExchange:
    return wsgi_request(
        webhook, body(), content_length=None, extra={"HTTP_TRANSFER_ENCODING": "chunked"}
    )


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (
            lambda w: wsgi_request(w, b"[]"),
            "answered 400: not a transcript event: the message: expected an object, got an array",
        ),
        (
            lambda w: wsgi_request(w, body(), secret="wrong"),
            "answered 401: the secret is wrong (X-Transcript-Token header)",
        ),
        (
            _chunked_unread,
            "answered 411: this WSGI server cannot read a body without Content-Length",
        ),
        (
            lambda w: wsgi_request(w, b"x" * (BOUND + 1)),
            f"answered 413: the body is over {BOUND} bytes",
        ),
        (
            lambda w: wsgi_request(w, body(), content_length="x"),
            "answered 400: the Content-Length is not a number of bytes",
        ),
    ],
    ids=["400", "401", "411", "413", "bad-length"],
)
def test_each_refusal_is_a_warning_without_values(
    call: Any, line: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        call(_webhook())
    records = [r for r in caplog.records if r.name == "asapp_mg_autotranscribe"]
    assert [(r.levelname, r.getMessage()) for r in records] == [
        ("WARNING", f"transcript webhook: {line}")
    ]
    assert SECRET not in caplog.text


def test_a_204_and_a_405_log_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        wsgi_request(_webhook(), body())
        wsgi_request(_webhook(), method="GET")
    assert [r for r in caplog.records if r.name == "asapp_mg_autotranscribe"] == []


# --- construction ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "message_part"),
    [
        ({"on_event": None}, "on_event must be callable, not NoneType"),
        ({"on_event": "print"}, "on_event must be callable, not str"),
        ({"secret_in": "body"}, "secret_in must be \"header\" or \"query\", not 'body'"),
        ({"secret_in": "HEADER"}, "secret_in must be"),
        ({"secret_name": None}, "secret_name is required with a secret: the name of the header"),
        ({"secret_name": None, "secret_in": "query"}, "the name of the query parameter"),
        ({"secret": None}, "secret_name is given but secret is None"),
        ({"secret": b"bytes-secret"}, "secret must be a str, not bytes"),
        ({"secret": ""}, "secret is empty"),
        ({"secret": "line\nbreak-secret"}, "secret contains a control or non-ASCII character"),
        ({"secret": "nul\x00-secret"}, "secret contains a control or non-ASCII character"),
        ({"secret": "sécret-value"}, "secret contains a control or non-ASCII character"),
        ({"secret": " padded-secret"}, "secret has leading or trailing whitespace"),
        ({"secret": "padded-secret "}, "secret has leading or trailing whitespace"),
        ({"secret_name": 5}, "secret_name must be a str, not int"),
        ({"secret_name": ""}, "secret_name '' is not an HTTP header name"),
        ({"secret_name": "X Token"}, "secret_name 'X Token' is not an HTTP header name"),
        ({"secret_name": "X-Tökén"}, "is not an HTTP header name"),
        ({"secret_name": "", "secret_in": "query"}, "secret_name '' is not a query parameter name"),
        ({"secret_name": "a b", "secret_in": "query"}, "is not a query parameter name"),
        ({"secret_name": "tök", "secret_in": "query"}, "is not a query parameter name"),
        ({"max_body_bytes": 0}, "max_body_bytes must be a positive int (bytes), not 0"),
        ({"max_body_bytes": -5}, "max_body_bytes must be a positive int"),
        ({"max_body_bytes": 10.0}, "max_body_bytes must be a positive int"),
        ({"max_body_bytes": True}, "max_body_bytes must be a positive int"),
        ({"max_body_bytes": None}, "max_body_bytes must be a positive int"),
    ],
)  # fmt: skip
def test_bad_arguments_are_a_configuration_error(
    settings: dict[str, Any], message_part: str
) -> None:
    arguments = {"on_event": Recorder(), "secret": SECRET, "secret_name": SECRET_NAME, **settings}
    with pytest.raises(ConfigurationError) as raised:
        TranscriptWebhook(**arguments)
    assert message_part in str(raised.value)
    for secret in ("line\nbreak-secret", "nul\x00-secret", "sécret-value", "padded-secret", SECRET):
        assert secret not in str(raised.value)


def test_the_repr_shows_the_settings_but_not_the_secret() -> None:
    def keep(event: TranscriptEvent) -> None:
        pass

    shown = repr(_webhook(keep, secret_in="query"))
    assert SECRET not in shown
    assert shown == (
        "TranscriptWebhook(on_event=test_the_repr_shows_the_settings_but_not_the_secret.<locals>"
        ".keep, secret='***', secret_name='X-Transcript-Token', secret_in='query', "
        "max_body_bytes=1024)"
    )
    assert repr(TranscriptWebhook(Recorder())) == (
        "TranscriptWebhook(on_event=Recorder, secret=None, secret_name=None, "
        "secret_in='header', max_body_bytes=262144)"
    )


def test_the_receiver_is_not_pickled_or_copied() -> None:
    webhook = _webhook()
    for attempt in (pickle.dumps, copy.copy, copy.deepcopy):
        with pytest.raises(TypeError, match="holds its secret and is not pickled or copied"):
            attempt(webhook)


def test_servers_that_guess_the_interface_take_the_asgi_app_for_asgi_3() -> None:
    config = uvicorn.Config(_webhook().asgi, lifespan="off")
    config.load()
    assert config.interface == "asgi3"


def test_the_asgi_app_shows_the_receiver_without_the_secret_and_does_not_pickle() -> None:
    app = _webhook().asgi
    assert repr(app).startswith("<ASGI app of TranscriptWebhook(on_event=Recorder, secret='***'")
    assert SECRET not in repr(app)
    with pytest.raises(TypeError, match="holds its secret"):
        pickle.dumps(app)


def test_the_receiver_has_no_instance_dict() -> None:
    with pytest.raises(AttributeError):
        _webhook().__dict__  # noqa: B018


def test_the_default_bound_is_shared_with_parse_transcript_event() -> None:
    webhook = TranscriptWebhook(Recorder())
    padded = body(text="a" * (256 * 1024 - len(body(text=""))))
    exchange = wsgi_request(webhook, padded, secret=None)
    assert exchange.status == "204 No Content"
    exchange = wsgi_request(webhook, padded + b" ", secret=None)
    assert exchange.status == "413 Content Too Large"
