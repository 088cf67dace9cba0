"""Per-request options: each overrides the client's setting for one call only, and bad ones
are refused before anything is sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from doubles import API_SECRET, CALL_SID, CALLS, START_OK, STREAM_URL, error_body

from asapp_mg_autotranscribe import (
    NOT_GIVEN,
    APITimeoutError,
    InvalidRequestError,
    ServiceUnavailableError,
)

START = CALLS["start"][1]
URL_OK = httpx.Response(200, json={"streamingUrl": STREAM_URL})


def test_timeout_applies_to_one_call(make_api: Any) -> None:
    api = make_api(URL_OK)
    api.call("get_twilio_media_stream_url", timeout=2.5)
    api.call("get_twilio_media_stream_url", timeout=httpx.Timeout(4.0, connect=1.0))
    api.call("get_twilio_media_stream_url")
    assert [request.extensions["timeout"] for request in api.script.requests] == [
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0},
        {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0},
    ]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": None}, "None would mean waiting forever"),
        ({"timeout": 0}, "timeout must be a number of seconds above 0"),
        ({"timeout": httpx.Timeout(None)}, "timeout.read must be"),
        ({"max_retries": -1}, "max_retries must be a whole number"),
        ({"deadline": float("nan")}, "deadline must be a number of seconds"),
        ({"deadline": "5"}, "deadline must be seconds"),
        ({"extra_headers": {"asapp-api-secret": "x"}}, "may not set asapp-api-secret"),
        ({"extra_headers": {"ASAPP-API-ID": "x"}}, "may not set ASAPP-API-ID"),
        ({"extra_headers": {"bad name": "x"}}, "invalid header name"),
        ({"extra_headers": {"x-a": "one\r\ntwo"}}, "without control characters"),
        ({"extra_headers": {"x-a": "é"}}, "must be ASCII"),
        ({"extra_headers": {"x-a": 1}}, "must be a str"),
        ({"extra_headers": ["x-a"]}, "extra_headers must be a mapping"),
        ({"extra_query": {"a": [1]}}, "must be a str, int, float or bool"),
        ({"extra_query": {"": "x"}}, "invalid parameter name"),
        ({"extra_query": "a=1"}, "extra_query must be a mapping"),
        ({"extra_body": ["x"]}, "extra_body must be a mapping"),
        ({"extra_body": {"x": 1}}, "sends no JSON body: extra_body is refused"),
    ],
)
def test_bad_options_are_refused_before_sending(
    make_api: Any, options: dict[str, Any], message: str
) -> None:
    api = make_api(URL_OK)
    with pytest.raises(InvalidRequestError, match=message):
        api.call("get_twilio_media_stream_url", **options)
    assert api.script.requests == []


def test_an_unknown_keyword_is_a_type_error_as_in_python(make_api: Any) -> None:
    api = make_api(URL_OK)
    with pytest.raises(TypeError, match="unexpected keyword argument 'timout'"):
        api.call("get_twilio_media_stream_url", timout=3)
    assert api.script.requests == []


def test_not_given_means_the_client_s_setting(make_api: Any) -> None:
    api = make_api(httpx.Response(503, json=error_body(503)), URL_OK, max_retries=0)
    with pytest.raises(ServiceUnavailableError):
        api.call("get_twilio_media_stream_url", max_retries=NOT_GIVEN, deadline=NOT_GIVEN)


def test_max_retries_applies_to_one_call(make_api: Any) -> None:
    busy = httpx.Response(503, json=error_body(503))
    api = make_api(busy, busy, URL_OK, max_retries=0)
    assert api.call("get_twilio_media_stream_url", max_retries=2) == STREAM_URL
    assert len(api.script.requests) == 3
    api.script.steps = [busy, URL_OK]
    with pytest.raises(ServiceUnavailableError):
        api.call("get_twilio_media_stream_url")


def test_extra_headers_and_query_are_added(make_api: Any) -> None:
    api = make_api(URL_OK)
    api.call(
        "get_twilio_media_stream_url",
        extra_headers={"X-Trace": "t-1", "Accept": "application/x-custom"},
        extra_query={"region": "us", "n": 3, "debug": True},
    )
    request = api.script.requests[0]
    assert request.headers["x-trace"] == "t-1"
    assert request.headers.get_list("accept") == ["application/x-custom"]
    assert request.headers["asapp-api-secret"] == API_SECRET
    assert dict(request.url.params) == {"region": "us", "n": "3", "debug": "true"}
    api.call("get_twilio_media_stream_url")
    assert "x-trace" not in api.script.requests[1].headers
    assert api.script.requests[1].url.params == httpx.QueryParams()


def test_extra_body_is_deep_merged_by_wire_names(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    api.call(
        "start_streaming",
        **START,
        language="en-US",
        redaction_output="redacted",
        extra_body={
            "autotranscribeParams": {"language": "es-US", "profanityFilter": True},
            "twilioParams": {"trackMap": {"inbound": "agent"}},
            "futureTopLevel": {"x": [1, 2]},
        },
    )
    assert api.sent_json() == {
        "namespace": "twilio",
        "guid": CALL_SID,
        "customerId": "C1",
        "agentId": "A1",
        "autotranscribeParams": {
            "language": "es-US",
            "redactionOutput": "redacted",
            "profanityFilter": True,
        },
        "twilioParams": {"trackMap": {"inbound": "agent"}},
        "futureTopLevel": {"x": [1, 2]},
    }
    api.call("start_streaming", **START)
    assert api.sent_json() == {
        "namespace": "twilio",
        "guid": CALL_SID,
        "customerId": "C1",
        "agentId": "A1",
    }


@pytest.mark.parametrize(
    ("extra_body", "message"),
    [
        ({"guid": None}, "guid: expected a string, got null"),
        ({"agentId": 7}, "agentId: expected a string, got an integer"),
        ({"namespace": "zoom"}, "namespace: expected one of"),
        ({"autotranscribeParams": "en-US"}, "autotranscribeParams: expected an object"),
        ({"autotranscribeParams": {"detailedToken": "yes"}}, "detailedToken: expected a boolean"),
        ({"twilioParams": {"trackMap": {"inbound": None}}}, "inbound: expected one of .*got null"),
        ({1: "x"}, "extra_body keys must be str"),
        ({"x": {1, 2}}, "the request body is not JSON"),
    ],
)
def test_extra_body_is_checked_against_the_spec(
    make_api: Any, extra_body: dict[Any, Any], message: str
) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    with pytest.raises(InvalidRequestError, match=message):
        api.call("start_streaming", **START, extra_body=extra_body)
    assert api.script.requests == []


def test_deadline_bounds_the_waits_between_attempts(make_api: Any) -> None:
    wait = httpx.Response(503, json=error_body(503), headers={"retry-after": "30"})
    api = make_api(wait, URL_OK)
    with pytest.raises(APITimeoutError, match="deadline would pass") as caught:
        api.call("get_twilio_media_stream_url", deadline=10.0)
    assert isinstance(caught.value.__cause__, ServiceUnavailableError)
    assert api.sleeps == []
    assert len(api.script.requests) == 1
    # Without a deadline the same answer is waited for.
    api.script.steps = [wait, URL_OK]
    assert api.call("get_twilio_media_stream_url") == STREAM_URL
    assert api.sleeps == [30.0]


def test_a_client_deadline_applies_unless_the_call_says_otherwise(make_api: Any) -> None:
    wait = httpx.Response(503, json=error_body(503), headers={"retry-after": "5"})
    api = make_api(wait, URL_OK, deadline=2.0)
    with pytest.raises(APITimeoutError):
        api.call("get_twilio_media_stream_url")
    api.script.steps = [wait, URL_OK]
    assert api.call("get_twilio_media_stream_url", deadline=None) == STREAM_URL
    api.script.steps = [wait, URL_OK]
    assert api.call("get_twilio_media_stream_url", deadline=60.0) == STREAM_URL
    assert api.sleeps == [5.0, 5.0]


def test_each_attempt_s_timeouts_shrink_to_the_deadline(make_api: Any) -> None:
    api = make_api(URL_OK, timeout=30.0)
    api.call("get_twilio_media_stream_url", deadline=2.0)
    (request,) = api.script.requests
    timeouts = request.extensions["timeout"]
    assert all(0 < seconds <= 2.0 for seconds in timeouts.values())
    assert timeouts["read"] > 1.5


def test_a_transport_error_s_wait_also_respects_the_deadline(make_api: Any) -> None:
    api = make_api(httpx.ConnectError("refused"), URL_OK)
    api.client._retry_policy = type(api.client._retry_policy)(jitter=lambda: 0.0)
    with pytest.raises(APITimeoutError) as caught:
        api.call("get_twilio_media_stream_url", deadline=0.4)
    assert "refused" in str(caught.value.__cause__)
    assert api.sleeps == []
