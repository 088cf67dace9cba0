"""Property tests of the response mapping: whatever the server answers, only contract outcomes.

Arbitrary JSON, arbitrary bytes and arbitrary status codes (documented or not, 1xx to 5xx,
499, 520 ...) go through each operation of both clients over httpx.MockTransport. The only
outcomes allowed are a result, or one of the contract's errors (an ASAPPError) whose str()
is non-empty and never shows the API secret; a non-2xx answer is always an APIStatusError
of the class the contract names for its status.

The same holds under any Content-Encoding (absent, honest, stacked, lying, unknown, or a
small compression bomb) and any Location (absent, relative, on another host,
scheme-relative, ``javascript:`` or junk), and then the error is also walked by
``secrets_walk``: the secret is reachable from nowhere.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from compression_bombs import encode, gzip_zeros, zlib_zeros
from doubles import (
    API_ID,
    API_SECRET,
    CALLS,
    CONTRACT_STATUS_ERRORS,
    START_OK,
    STOP_OK,
    Api,
    Script,
    error_body,
)
from hypothesis import event, given, settings
from hypothesis import strategies as st
from secrets_walk import assert_secret_unreachable

from asapp_mg_autotranscribe import (
    APIStatusError,
    ASAPPError,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    InternalServerError,
    InvalidResponseError,
    RateLimitError,
    StreamingNotOkError,
    StreamingResult,
)

PROPERTY_SETTINGS = settings(max_examples=200, deadline=None)

operations = st.sampled_from(sorted(CALLS))
# About half the draws are 2xx, so results and shape errors get their share.
statuses = st.one_of(
    st.integers(200, 299),
    st.integers(100, 599),
    st.sampled_from([200, 204, 301, 304, 400, 401, 404, 409, 418, 429, 499, 502, 503, 520]),
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
DOCUMENTED: dict[str, dict[str, Any]] = {
    "stream_url": {"streamingUrl": "wss://ws.example.test/mg/token"},
    "start": START_OK,
    "stop": STOP_OK,
}


@st.composite
def near(draw: st.DrawFn, value: object) -> Any:
    """``value`` with, here and there, a part replaced by arbitrary JSON or left out."""
    if draw(st.integers(0, 9)) == 9:
        return draw(json_values)
    if isinstance(value, dict):
        return {key: draw(near(item)) for key, item in value.items() if draw(st.integers(0, 9)) < 9}
    return value


def json_bodies(operation: str) -> st.SearchStrategy[bytes]:
    """The operation's documented body, variations on it, ASAPP's error shape, or any JSON."""
    documented = DOCUMENTED[operation]
    shapes = st.one_of(
        st.just(documented),
        near(documented),
        near({**documented, "isOk": False, "errorMessage": "call not found"}),
        near({"error": {"requestId": "r-1", "code": "400-01", "message": "bad"}}),
        json_values,
    )
    return shapes.map(lambda value: json.dumps(value).encode())


header_values = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
retry_headers = st.dictionaries(
    st.sampled_from(["retry-after", "retry-after-ms", "content-type", "location"]),
    header_values
    | st.sampled_from(["3", "1.5", "-1", "nan", "inf", "Wed, 21 Oct 2015 07:28:00 GMT"]),
    max_size=3,
)
operation_and_json = operations.flatmap(lambda op: st.tuples(st.just(op), json_bodies(op)))


def answer(status: int, body: bytes, headers: dict[str, str]) -> httpx.MockTransport:
    """A transport answering every request with this status, body and headers."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers, request=request)

    return httpx.MockTransport(handler)


def call_sync(operation: str, transport: httpx.MockTransport) -> object:
    """The sync client's result for ``operation``, or the ASAPPError it raised (no retries)."""
    method, arguments = CALLS[operation]
    with httpx.Client(transport=transport) as http:
        client = AutoTranscribeClient(
            api_id=API_ID, api_secret=API_SECRET, max_retries=0, http_client=http, environment={}
        )
        try:
            return getattr(client, method)(**arguments)
        except ASAPPError as exc:
            return exc


async def call_async(operation: str, transport: httpx.MockTransport) -> object:
    """The async client's result for ``operation``, or the ASAPPError it raised (no retries)."""
    method, arguments = CALLS[operation]
    async with httpx.AsyncClient(transport=transport) as http:
        client = AsyncAutoTranscribeClient(
            api_id=API_ID, api_secret=API_SECRET, max_retries=0, http_client=http, environment={}
        )
        try:
            return await getattr(client, method)(**arguments)
        except ASAPPError as exc:
            return exc


def check_outcome(operation: str, status: int, outcome: object) -> None:
    """A result for a 2xx, or the contract's error; a readable, secret-free message."""
    if isinstance(outcome, ASAPPError):
        message = str(outcome)
        assert message.strip()
        assert API_SECRET not in message
        assert API_SECRET not in repr(outcome)
    if 200 <= status < 300:
        expected = str if operation == "stream_url" else StreamingResult
        allowed: tuple[type, ...] = (expected, InvalidResponseError)
        if operation != "stream_url":
            allowed += (StreamingNotOkError,)
        assert isinstance(outcome, allowed), repr(outcome)
        if isinstance(outcome, StreamingResult):
            assert outcome.is_ok
        return
    assert isinstance(outcome, APIStatusError), repr(outcome)
    assert outcome.status_code == status
    expected_error = CONTRACT_STATUS_ERRORS.get(
        status, InternalServerError if 500 <= status <= 599 else APIStatusError
    )
    assert type(outcome) is expected_error
    if isinstance(outcome, RateLimitError):
        assert outcome.retry_after is None or outcome.retry_after >= 0


@PROPERTY_SETTINGS
@given(answer_json=operation_and_json, status=statuses, headers=retry_headers)
def test_any_json_answer_gives_a_contract_outcome(
    answer_json: tuple[str, bytes], status: int, headers: dict[str, str]
) -> None:
    operation, body = answer_json
    outcome = call_sync(operation, answer(status, body, headers))
    event(type(outcome).__name__)  # the mix of outcomes: pytest --hypothesis-show-statistics
    check_outcome(operation, status, outcome)


@PROPERTY_SETTINGS
@given(operation=operations, status=statuses, body=st.binary(max_size=300))
def test_any_bytes_answer_gives_a_contract_outcome(
    operation: str, status: int, body: bytes
) -> None:
    outcome = call_sync(operation, answer(status, body, {}))
    event(type(outcome).__name__)
    check_outcome(operation, status, outcome)


@pytest.mark.parametrize(
    ("operation", "status", "body"),
    [("stream_url", 200, b"[" * 100_000), ("stop", 520, b'{"a":' * 20_000)],
)
def test_deeply_nested_json_gives_a_contract_outcome(
    operation: str, status: int, body: bytes
) -> None:
    # Far under the 1 MiB cap, but deeper than json.loads can recurse: a case written by
    # hand, too rare for random bytes to hit.
    check_outcome(operation, status, call_sync(operation, answer(status, body, {})))


@settings(max_examples=100, deadline=None)
@given(
    answer_json=operation_and_json,
    status=statuses,
    headers=retry_headers,
)
def test_async_client_gives_the_same_contract_outcomes(
    answer_json: tuple[str, bytes], status: int, headers: dict[str, str]
) -> None:
    operation, body = answer_json
    transport = answer(status, body, headers)
    outcome = asyncio.run(asyncio.wait_for(call_async(operation, transport), 5))
    event(type(outcome).__name__)
    check_outcome(operation, status, outcome)


# --- hostile encodings and redirects ---------------------------------------------------------

# Bombs of 2 MiB once decoded: past the cap, cheap enough for every example.
BOMBS = [
    ("gzip", gzip_zeros(2)),
    ("deflate", zlib_zeros(2)),
    ("gzip, gzip, gzip", encode(gzip_zeros(2), "gzip, gzip")),
    ("deflate, gzip", encode(zlib_zeros(2), "gzip")),
]
ENCODINGS = [
    "",
    "gzip",
    "deflate",
    "identity",
    "gzip, gzip",
    "deflate, gzip",
    "x-garbage",
    "gzip;q",
]
LOCATIONS = [
    "/somewhere/else",
    "https://elsewhere.example/x",
    "//elsewhere.example/x",
    "javascript:x",
    "data:text/plain,hi",
]


class Wire(bytes):
    """Bytes as sent, shown short in a falsifying example."""

    def __repr__(self) -> str:
        head = bytes(self[:48])
        return f"Wire({head!r}{'...' if len(self) > 48 else ''}, {len(self)} bytes)"


header_text = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=30
)


@st.composite
def hostile_answers(draw: st.DrawFn) -> tuple[int, dict[str, str], bytes]:
    """A status, headers (a Content-Encoding, a Location) and the bytes on the wire."""
    status = draw(st.integers(100, 599) | st.sampled_from([200, 301, 302, 303, 307, 308, 502]))
    headers: dict[str, str] = {}
    if draw(st.booleans()):
        headers["Content-Type"] = "application/json"
    shape = draw(st.sampled_from(["ok", "error", "json", "bytes", "bomb"]))
    if shape == "bomb":
        encoding, wire = draw(st.sampled_from(BOMBS))
    else:
        if shape == "ok":
            body = json.dumps(draw(st.sampled_from([START_OK, STOP_OK]))).encode()
        elif shape == "error":
            body = json.dumps(error_body(status)).encode()
        elif shape == "json":
            body = json.dumps(draw(json_values)).encode()
        else:
            body = draw(st.binary(max_size=300))
        encoding = draw(st.sampled_from(ENCODINGS))
        honest = draw(st.booleans()) and encoding not in ("x-garbage", "gzip;q")
        wire = encode(body, encoding) if honest else body
    if encoding:
        headers["Content-Encoding"] = encoding
    location = draw(st.none() | st.sampled_from(LOCATIONS) | header_text)
    if location is not None:
        headers["Location"] = location
    return status, headers, Wire(wire)


def answering(status: int, headers: dict[str, str], wire: bytes) -> Any:
    # Raw header bytes (a Location may hold any latin-1 text, as on the wire), and a stream
    # rather than content=, which httpx would decode at once, as the test's own work.
    raw = [(name.encode(), value.encode("latin-1")) for name, value in headers.items()]
    return lambda request: httpx.Response(
        status, headers=raw, stream=httpx.ByteStream(wire), request=request
    )


@settings(max_examples=80, deadline=None, derandomize=True)
@given(answer=hostile_answers(), operation=operations)
def test_any_answer_ends_in_a_result_or_an_sdk_error_without_the_secret(
    answer: tuple[int, dict[str, str], bytes], operation: str
) -> None:
    method, arguments = CALLS[operation]
    for kind in ("sync", "async"):
        api = Api(kind, Script(answering(*answer)), max_retries=0)
        error: Exception | None = None
        try:
            api.call(method, **arguments)
        except Exception as exc:  # noqa: BLE001 - the property: nothing but an ASAPPError
            error = exc
        finally:
            api.close()
        if error is not None:
            assert isinstance(error, ASAPPError), f"{kind}: not an ASAPPError: {error!r}"
            assert str(error)
            assert_secret_unreachable(error)
