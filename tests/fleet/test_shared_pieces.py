"""The small pieces of the fleet classes on their own: a leader's error as JSON and back,
and the spill's bound."""

from __future__ import annotations

import json

import httpx
import pytest
from doubles import API_SECRET

from asapp_mg_autotranscribe import (
    APITimeoutError,
    ASAPPError,
    ConfigurationError,
    InternalServerError,
    InvalidResponseError,
)
from asapp_mg_autotranscribe._redaction import Redactor
from asapp_mg_autotranscribe._redis._shared_error import decode_error, encode_error
from asapp_mg_autotranscribe._redis._spill import PendingEvent, Spill

URL = "http://127.0.0.1:9/mg-autotranscribe/v1/twilio-media-stream-url"
SCRUB = Redactor(API_SECRET).text


def round_trip(error: Exception) -> ASAPPError | None:
    return decode_error(encode_error(error, SCRUB), URL)


def test_errors_come_back_as_their_class_with_what_they_said() -> None:
    request = httpx.Request("GET", URL)
    timeout = round_trip(APITimeoutError(f"timed out {API_SECRET}", request=request))
    assert type(timeout) is APITimeoutError
    assert API_SECRET not in str(timeout)
    assert str(timeout.request.url) == URL
    unreadable = round_trip(InvalidResponseError("not JSON", response=None))
    assert type(unreadable) is InvalidResponseError
    assert unreadable.response is None
    assert type(round_trip(ConfigurationError("bad"))) is ConfigurationError
    other = round_trip(RuntimeError("from a custom transport"))
    assert type(other) is ASAPPError
    assert str(other) == "from a custom transport"
    server = round_trip(
        InternalServerError(
            "boom", response=httpx.Response(502, request=request), body=None, code="500-01"
        )
    )
    assert isinstance(server, InternalServerError)
    assert (server.status_code, server.code, server.response.content) == (502, "500-01", b"")


@pytest.mark.parametrize(
    "value",
    [
        "not json",
        json.dumps({"class": "ImportError"}),
        json.dumps(
            {
                "class": "ASAPPError",
                "message": 3,
                "status_code": None,
                "retry_after": None,
                "request_id": None,
                "code": None,
            }
        ),
        json.dumps(
            {
                "class": "RateLimitError",
                "message": "m",
                "status_code": 999,
                "retry_after": None,
                "request_id": None,
                "code": None,
            }
        ),
    ],
)
def test_a_value_that_is_not_a_shared_error_is_none(value: str) -> None:
    assert decode_error(value, URL) is None


def test_the_spill_drops_the_oldest_past_its_bound_and_keeps_the_newest() -> None:
    events = [PendingEvent("CA1", f"d{n}", "x" * 10) for n in range(3)]
    spill = Spill(max_bytes=15)
    assert spill.put(events[0])
    assert not spill.put(events[0])
    assert spill.put(events[1])  # the first is dropped
    assert spill.first() is events[1]
    spill.remove(events[0])  # dropped meanwhile: nothing to remove
    assert len(spill) == 1
    big = PendingEvent("CA1", "big", "y" * 100)
    assert spill.put(big)  # alone past the bound, and kept
    assert spill.first() is big
    assert spill.clear() == 1
    assert spill.first() is None
