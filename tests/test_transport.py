"""The attempt's clock and bounded bodies, piece by piece (the fault suite drives them over
real sockets)."""

from __future__ import annotations

import gzip
import time
import zlib
from typing import Any

import httpcore
import httpx
import pytest
from doubles import Clock

from asapp_mg_autotranscribe._clock_bound import (
    ClockBoundTransport,
    _as_httpx_errors,
    _ClockBoundBackend,
    _ClockBoundStream,
)
from asapp_mg_autotranscribe._transport import (
    ATTEMPT_ENDS_AT,
    BoundedBody,
    hold_location,
    restore_location,
)

BODY = b'{"streamingUrl": "wss://h/p/t"}'


class RecordingStream(httpcore.NetworkStream):
    """A network stream that records the timeouts it is given."""

    def __init__(self) -> None:
        self.timeouts: list[float | None] = []
        self.closed = False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b"x"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)

    def close(self) -> None:
        self.closed = True

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        self.timeouts.append(timeout)
        return self

    def get_extra_info(self, info: str) -> Any:
        return f"info:{info}"


def test_outside_an_attempt_the_stream_keeps_httpx_s_timeouts() -> None:
    inner = RecordingStream()
    stream = _ClockBoundStream(inner)
    stream.read(10, timeout=5.0)
    stream.write(b"x", timeout=None)
    assert inner.timeouts == [5.0, None]
    assert stream.get_extra_info("socket") == "info:socket"
    stream.close()
    assert inner.closed


def test_in_an_attempt_every_wait_ends_by_the_attempt_s_end(stopped_monotonic: Clock) -> None:
    inner = RecordingStream()
    stream = _ClockBoundStream(inner)
    token = ATTEMPT_ENDS_AT.set(stopped_monotonic.now + 1.0)
    try:
        stream.read(10, timeout=30.0)
        stream.write(b"x", timeout=None)
        tls = stream.start_tls(None, "h", timeout=0.5)
        stopped_monotonic.now += 0.95
        tls.read(10, timeout=0.1)
    finally:
        ATTEMPT_ENDS_AT.reset(token)
    assert inner.timeouts == [1.0, 1.0, 0.5, pytest.approx(0.05)]


@pytest.mark.parametrize(
    ("operation", "error"),
    [
        (lambda stream: stream.read(1, timeout=5.0), httpcore.ReadTimeout),
        (lambda stream: stream.write(b"x", timeout=5.0), httpcore.WriteTimeout),
        (lambda stream: stream.start_tls(None, "h", timeout=5.0), httpcore.ConnectTimeout),
    ],
)
def test_past_the_attempt_s_end_nothing_waits(operation: Any, error: type[Exception]) -> None:
    stream = _ClockBoundStream(RecordingStream())
    token = ATTEMPT_ENDS_AT.set(time.monotonic() - 0.001)
    try:
        with pytest.raises(error, match="ran out of time"):
            operation(stream)
    finally:
        ATTEMPT_ENDS_AT.reset(token)


def test_the_backend_connects_within_the_attempt() -> None:
    backend = _ClockBoundBackend()
    token = ATTEMPT_ENDS_AT.set(time.monotonic() - 0.001)
    try:
        with pytest.raises(httpcore.ConnectTimeout):
            backend.connect_tcp("127.0.0.1", 9, timeout=5.0)
    finally:
        ATTEMPT_ENDS_AT.reset(token)


@pytest.mark.parametrize(
    "proxy",
    [None, "http://127.0.0.1:9", "socks5://127.0.0.1:9"],
    ids=["direct", "http_proxy", "socks5_proxy"],
)
def test_every_pool_connects_through_the_clock_bound_backend(proxy: str | None) -> None:
    """Past the attempt's end, the connection is not even tried: directly, or to a proxy."""
    transport = ClockBoundTransport(
        httpx.create_ssl_context(), proxy=None if proxy is None else httpx.Proxy(proxy)
    )
    token = ATTEMPT_ENDS_AT.set(time.monotonic() - 0.001)
    try:
        with pytest.raises(httpx.ConnectTimeout, match="ran out of time") as caught:
            transport.handle_request(httpx.Request("GET", "https://127.0.0.1:9/"))
    finally:
        ATTEMPT_ENDS_AT.reset(token)
        transport.close()
    assert isinstance(caught.value.__cause__, httpcore.ConnectTimeout)


HTTPCORE_ERRORS = sorted(
    (
        value
        for value in vars(httpcore).values()
        if isinstance(value, type)
        and issubclass(value, Exception)
        and value is not httpcore.ConnectionNotAvailable  # retried inside httpcore's pool
    ),
    key=lambda error: error.__name__,
)


@pytest.mark.parametrize("error", HTTPCORE_ERRORS, ids=lambda error: error.__name__)
def test_each_httpcore_error_is_raised_as_httpx_s_of_the_same_name(
    error: type[Exception],
) -> None:
    with pytest.raises(httpx.TransportError) as caught, _as_httpx_errors():
        raise error("what happened")
    assert type(caught.value) is getattr(httpx, error.__name__)
    assert str(caught.value) == "what happened"
    assert type(caught.value.__cause__) is error


def test_other_errors_pass_through_the_transport_unchanged() -> None:
    with pytest.raises(KeyError), _as_httpx_errors():
        raise KeyError("not httpcore's")


def response(content_encoding: str | None = None) -> httpx.Response:
    headers = {} if content_encoding is None else {"content-encoding": content_encoding}
    return httpx.Response(200, headers=headers, request=httpx.Request("GET", "https://h/"))


def read(body: BoundedBody, data: bytes, *, chunk: int = 7) -> BoundedBody:
    for start in range(0, len(data), chunk):
        if not body.feed(data[start : start + chunk]):
            return body
    body.finish()
    return body


@pytest.mark.parametrize(
    ("encoding", "encoded"),
    [
        (None, BODY),
        ("identity", BODY),
        ("gzip", gzip.compress(BODY)),
        ("deflate", zlib.compress(BODY)),
        ("gzip, gzip", gzip.compress(gzip.compress(BODY))),
        ("GZIP , identity", gzip.compress(BODY)),
    ],
)
def test_bodies_decode_chunk_by_chunk(encoding: str | None, encoded: bytes) -> None:
    body = read(BoundedBody(response(encoding), limit=1024, ends_at=None), encoded)
    assert body.undecodable is None
    assert not body.truncated


def test_raw_deflate_decodes() -> None:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    encoded = compressor.compress(BODY) + compressor.flush()
    body = read(BoundedBody(response("deflate"), limit=1024, ends_at=None), encoded)
    assert (body.undecodable, body.content) == (None, BODY)


@pytest.mark.parametrize(
    ("encoding", "encoded", "why"),
    [
        ("br", b"anything", "unsupported content encoding 'br'"),
        ("gzip, gzip, gzip, gzip, gzip", b"x", "5 content encodings stacked"),
        ("gzip", b"\x1f\x8bnot gzip", "does not decode"),
        ("gzip", b"\x1f", "body too short"),
        ("gzip", gzip.compress(BODY)[:-6], "stream ends early"),
        ("gzip", b"", "body too short"),
    ],
)
def test_an_undecodable_body_says_why(encoding: str, encoded: bytes, why: str) -> None:
    body = read(BoundedBody(response(encoding), limit=1024, ends_at=None), encoded)
    assert body.undecodable is not None
    assert why in body.undecodable
    assert body.content == b""


def test_a_layer_that_expands_past_twice_the_cap_stops_the_reading() -> None:
    bomb = gzip.compress(gzip.compress(bytes(10 * 1024 * 1024)))
    body = read(BoundedBody(response("gzip, gzip"), limit=1024, ends_at=None), bomb, chunk=64)
    assert body.truncated
    assert len(body.content) <= 1024


def test_a_body_over_the_cap_is_cut_there() -> None:
    body = read(BoundedBody(response(), limit=10, ends_at=None), BODY)
    assert body.truncated
    assert body.content == BODY[:10]
    body.finish()
    assert body.content == BODY[:10]


def test_trailing_bytes_after_the_end_of_a_gzip_stream_are_ignored() -> None:
    body = read(
        BoundedBody(response("gzip"), limit=1024, ends_at=None), gzip.compress(BODY) + b"junk"
    )
    assert (body.undecodable, body.content) == (None, BODY)


def test_a_body_read_past_the_attempt_s_end_times_out() -> None:
    body = BoundedBody(response(), limit=1024, ends_at=time.monotonic() - 0.001)
    with pytest.raises(httpx.ReadTimeout, match="did not arrive in time"):
        body.feed(b"x")


def test_a_redirect_s_location_is_held_and_restored() -> None:
    redirect = httpx.Response(302, headers={"location": "javascript:x"})
    hold_location(redirect)
    assert "location" not in redirect.headers
    assert not redirect.has_redirect_location
    restore_location(redirect)
    assert redirect.headers["location"] == "javascript:x"
    ok = httpx.Response(200, headers={"location": "/elsewhere"})
    hold_location(ok)
    restore_location(ok)
    assert ok.headers["location"] == "/elsewhere"


def test_a_flush_that_passes_the_cap_stops_there() -> None:
    # What zlib keeps back until its flush can pass the cap too; the outer layers are then
    # not flushed (their streams did not end: they would read as undecodable).
    body = BoundedBody(response("gzip, gzip"), limit=100, ends_at=None)
    outer, inner = body._layers  # in decoding order: the last encoding applied first
    outer.flush = lambda: bytes(5000)  # type: ignore[method-assign]
    inner.flush = lambda: pytest.fail("flushed past the cap")  # type: ignore[method-assign]
    body.finish()
    assert body.truncated
    assert body.undecodable is None
