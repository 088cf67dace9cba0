"""Per-request options: each overrides the client's setting for one call only, and bad ones
are refused before anything is sent."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from doubles import API_ID, API_SECRET, CALL_SID, CALLS, START_OK, STREAM_URL, error_body

from asapp_mg_autotranscribe import (
    NOT_GIVEN,
    APITimeoutError,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
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
        ({"max_retries": 101}, "max_retries must be a whole number from 0 to 100, got 101"),
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
        ({"x": {1, 2}}, r"extra_body\['x'\] is not JSON: set"),
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
    # The first wait is 0.375 s at least (0.5 s less up to a quarter): past the deadline.
    with pytest.raises(APITimeoutError) as caught:
        api.call("get_twilio_media_stream_url", deadline=0.3)
    assert "refused" in str(caught.value.__cause__)
    assert api.sleeps == []


def nested(depth: int) -> dict[str, Any]:
    """An object ``depth`` levels deep ({"a": {"a": ... {}}}), built without recursion."""
    top: dict[str, Any] = {}
    node = top
    for _ in range(depth - 1):
        node["a"] = {}
        node = node["a"]
    return top


@pytest.mark.parametrize(
    ("method", "options", "message"),
    [
        ("get_twilio_media_stream_url", {"extra_query": {"\ud800": "x"}}, "not valid Unicode"),
        ("get_twilio_media_stream_url", {"extra_query": {"a": "x\udcff"}}, "not valid Unicode"),
        (
            "get_conversation_messages",
            {"external_id": CALL_SID, "extra_query": {"externalId": "CA0"}},
            "extra_query may not set externalId: it is the method's external_id",
        ),
        ("start_streaming", {**START, "extra_body": nested(100_000)}, "nested deeper than 32"),
        ("start_streaming", {**START, "extra_body": {"x": [nested(40)]}}, "nested deeper than 32"),
        ("start_streaming", {**START, "extra_body": {"x": float("nan")}}, r"\['x'\] is nan"),
        ("start_streaming", {**START, "extra_body": {"x": [float("inf")]}}, "is inf: JSON"),
        ("start_streaming", {**START, "extra_body": {"x": {"y": -float("inf")}}}, "is -inf"),
        ("start_streaming", {**START, "extra_body": {"x\ud800": 1}}, "not valid Unicode"),
        ("start_streaming", {**START, "extra_body": {"x": ["\ud800"]}}, "not valid Unicode"),
        ("stop_streaming", {**CALLS["stop"][1], "extra_body": {1: "x"}}, "keys must be str"),
        ("stop_streaming", {**CALLS["stop"][1], "extra_body": {"x": {1, 2}}}, "not JSON: set"),
        ("stop_streaming", {**CALLS["stop"][1], "extra_body": {"x": b"1"}}, "not JSON: bytes"),
    ],
)
def test_extra_query_and_extra_body_that_cannot_be_sent_are_refused(
    make_api: Any, method: str, options: dict[str, Any], message: str
) -> None:
    api = make_api(URL_OK)
    with pytest.raises(InvalidRequestError, match=message):
        api.call(method, **options)
    assert api.script.requests == []


def test_a_cyclic_extra_body_is_refused(make_api: Any) -> None:
    cycle: dict[str, Any] = {}
    cycle["self"] = cycle
    api = make_api(URL_OK)
    with pytest.raises(InvalidRequestError, match="nested deeper than 32"):
        api.call("start_streaming", **START, extra_body={"autotranscribeParams": cycle})
    assert api.script.requests == []


def test_extra_body_as_deep_as_allowed_is_sent(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    values = {"float": 1.5, "int": 7, "text": "café", "flag": False, "none": None}
    api.call("start_streaming", **START, extra_body={"x": [nested(30)], "y": (values,)})
    assert api.sent_json()["x"] == [nested(30)]
    assert api.sent_json()["y"] == [values]


# Headers that belong to the HTTP connection: the body's framing, the host the credentials
# go to, and the connection's own.
TRANSPORT_HEADERS = [
    ("Content-Length", "5"),
    ("content-length", "0"),
    ("Transfer-Encoding", "chunked"),
    ("Host", "evil.example"),
    ("HOST", "api.sandbox.asapp.com"),
    ("Connection", "upgrade"),
    ("Upgrade", "websocket"),
    ("Keep-Alive", "timeout=5"),
    ("TE", "trailers"),
    ("Trailer", "x-a"),
]


@pytest.mark.parametrize(("name", "value"), TRANSPORT_HEADERS)
def test_extra_headers_may_not_set_the_connection_s_headers(
    make_api: Any, name: str, value: str
) -> None:
    api = make_api(URL_OK)
    with pytest.raises(InvalidRequestError, match=f"extra_headers may not set {name}"):
        api.call("start_streaming", **START, extra_headers={"X-Trace": "t", name: value})
    assert api.script.requests == []


@pytest.mark.parametrize(("name", "value"), TRANSPORT_HEADERS[::2])
def test_the_sdk_s_own_pool_sends_nothing_for_a_connection_header(
    kind: str, server: Any, name: str, value: str
) -> None:
    client_class = AutoTranscribeClient if kind == "sync" else AsyncAutoTranscribeClient
    method, arguments = CALLS["start"]
    client = client_class(
        api_id=API_ID, api_secret=API_SECRET, base_url=server.base_url, environment={}
    )

    async def call_and_close() -> None:
        try:
            await getattr(client, method)(**arguments, extra_headers={name: value})
        finally:
            await client.close()

    def call() -> None:
        if kind == "async":
            asyncio.run(call_and_close())
            return
        with client:
            getattr(client, method)(**arguments, extra_headers={name: value})

    with pytest.raises(InvalidRequestError, match=f"extra_headers may not set {name}"):
        call()
    assert (server.requests, server.connections) == ([], 0)
