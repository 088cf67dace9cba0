"""Both clients, on their own pools, against a server that answers in hostile ways.

Redirects anywhere, error pages that echo the request's headers (the secret among them),
stacked and bomb Content-Encodings, over real loopback sockets. Each scenario ends as the
fault suite's do (``Outcome.raised``, no secret in any DEBUG record), and the error is also
walked by ``secrets_walk``: the secret must be reachable from nowhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from compression_bombs import encode, gzip_zeros, zlib_zeros
from doubles import API_SECRET, REDIRECTS
from secrets_walk import assert_secret_unreachable

from asapp_mg_autotranscribe import (
    APIStatusError,
    ASAPPError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidResponseError,
)

from .fake_asapp import FakeAsapp, echoing, respond
from .sdk_calls import OK_BODIES, call


@pytest.mark.parametrize(("operation", "status", "location"), REDIRECTS)
def test_a_redirect_is_not_followed_and_keeps_no_secret(
    kind: str, server: FakeAsapp, operation: str, status: int, location: str
) -> None:
    server.answer(respond(status, "<p>moved</p>", {"Location": location}))
    outcome = call(kind, server.base_url, operation, max_retries=0)
    error = outcome.raised(APIStatusError)
    assert error.status_code == status
    assert len(server.requests) == 1
    assert_secret_unreachable(error)


@pytest.mark.parametrize(("operation", "status"), [("stream_url", 302), ("start", 307)])
def test_a_redirect_to_javascript_is_its_status_error(
    kind: str, server: FakeAsapp, operation: str, status: int
) -> None:
    server.answer(respond(status, b"", {"Location": "javascript:x"}))
    try:
        outcome = call(kind, server.base_url, operation, max_retries=0)
    except Exception as exc:  # noqa: BLE001 - reported as the failure it is
        pytest.fail(f"not an ASAPPError: {exc!r}")
    error = outcome.raised(APIStatusError)
    assert error.status_code == status
    assert len(server.requests) == 1


REFLECTING = pytest.mark.parametrize(
    ("operation", "status", "as_json", "error_class"),
    [
        pytest.param("stream_url", 502, False, InternalServerError, id="stream_url-html-502"),
        pytest.param("start", 400, False, BadRequestError, id="start-html-400"),
        pytest.param("stop", 401, True, AuthenticationError, id="stop-json-401"),
    ],
)


@REFLECTING
def test_a_reflected_secret_is_not_reachable_from_the_error(
    kind: str,
    server: FakeAsapp,
    operation: str,
    status: int,
    as_json: bool,
    error_class: type[ASAPPError],
) -> None:
    server.answer(echoing(server, status, as_json=as_json))
    outcome = call(kind, server.base_url, operation, max_retries=0)
    assert isinstance(outcome.error, error_class), outcome.error
    assert API_SECRET not in str(outcome.error)
    assert_secret_unreachable(outcome.error)
    assert server.requests[0].headers["asapp-api-secret"] == API_SECRET  # it was echoed


# Content-Encoding: stacked codings decode; bombs and garbage end in the typed error.

STACKED = pytest.mark.parametrize(
    "encoding", ["gzip, gzip", "deflate, gzip", "gzip, deflate, gzip"]
)


@STACKED
def test_a_body_under_stacked_encodings_is_decoded(
    kind: str, server: FakeAsapp, encoding: str
) -> None:
    body = encode(json.dumps(OK_BODIES["stop"]).encode(), encoding)
    server.answer(respond(200, body, {"Content-Encoding": encoding}))
    outcome = call(kind, server.base_url, "stop", max_retries=0)
    assert outcome.error is None, outcome.error


def _bombs() -> dict[str, Callable[[], bytes]]:
    return {
        "gzip": lambda: gzip_zeros(32),
        "deflate": lambda: zlib_zeros(32),
        "gzip, gzip, gzip": lambda: encode(gzip_zeros(32), "gzip, gzip"),
    }


@pytest.mark.parametrize("encoding", sorted(_bombs()))
@pytest.mark.parametrize(
    ("status", "error_class"), [(200, InvalidResponseError), (500, InternalServerError)]
)
def test_a_compression_bomb_ends_in_the_typed_error(
    kind: str, server: FakeAsapp, encoding: str, status: int, error_class: type[ASAPPError]
) -> None:
    # 32 MiB of zeros once decoded: over the cap, yet small enough for a test process.
    server.answer(respond(status, _bombs()[encoding](), {"Content-Encoding": encoding}))
    outcome = call(kind, server.base_url, "stream_url", max_retries=0)
    error = outcome.raised(error_class)
    if status == 200:
        assert "larger than" in str(error)
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", b'{"streamingUrl": "wss://ws.example.test/x"}'),
        ("deflate", b"\x78\x9c garbage"),
        ("gzip, gzip", encode(b'{"streamingUrl": "wss://ws.example.test/x"}', "gzip")),
    ],
    ids=["not-gzip", "bad-deflate", "one-layer-short"],
)
@pytest.mark.parametrize(
    ("status", "error_class"), [(200, InvalidResponseError), (502, InternalServerError)]
)
def test_a_body_that_does_not_decode_ends_in_the_typed_error(
    kind: str,
    server: FakeAsapp,
    encoding: str,
    body: bytes,
    status: int,
    error_class: type[ASAPPError],
) -> None:
    server.answer(respond(status, body, {"Content-Encoding": encoding}))
    outcome = call(kind, server.base_url, "stream_url", max_retries=0)
    outcome.raised(error_class)
    assert len(server.requests) == 1
