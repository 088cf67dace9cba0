"""Whatever a server answers, each call ends in a result or an ASAPPError holding no secret.

Any status from 100 to 599; a Content-Encoding that is absent, honest, stacked, lying or
unknown; a Location that is absent, relative, on another host, scheme-relative,
``javascript:`` or junk; a body of random bytes, JSON, or a small compression bomb. Both
clients, through httpx.MockTransport. The error is walked by ``secrets_walk``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from compression_bombs import encode, gzip_zeros, zlib_zeros
from doubles import CALLS, START_OK, STOP_OK, Api, Script, error_body
from hypothesis import given, settings
from hypothesis import strategies as st
from secrets_walk import assert_secret_unreachable

from asapp_mg_autotranscribe import ASAPPError

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
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=10,
)


@st.composite
def answers(draw: st.DrawFn) -> tuple[int, dict[str, str], bytes]:
    """A status, headers and the bytes on the wire."""
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


@pytest.mark.hardening(
    1, "a 3xx kept the secret on next_request; a Location such as javascript:x raised InvalidURL"
)
@settings(max_examples=80, deadline=None, derandomize=True)
@given(answer=answers(), operation=st.sampled_from(sorted(CALLS)))
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
