"""The clients' calls: what goes on the wire and what comes back, for sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from doubles import API_ID, API_SECRET, CALL_SID, START_OK, STOP_OK, STREAM_URL

from asapp_mg_autotranscribe import (
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    InvalidRequestError,
    ParticipantStream,
    StreamingResult,
    StreamStatus,
    StreamSummary,
    __version__,
)

BASE = "https://api.sandbox.asapp.com/mg-autotranscribe/v1"


def test_stream_url_request_and_result(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json={"streamingUrl": STREAM_URL}))
    assert api.call("get_twilio_media_stream_url") == STREAM_URL
    request = api.script.requests[0]
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/twilio-media-stream-url"
    assert request.headers["asapp-api-id"] == API_ID
    assert request.headers["asapp-api-secret"] == API_SECRET
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"].startswith(f"asapp-mg-autotranscribe/{__version__} ")
    assert request.content == b""


def test_start_streaming_minimal_body(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    result = api.call(
        "start_streaming", namespace="twilio", guid=CALL_SID, customer_id="C1", agent_id="A1"
    )
    request = api.script.requests[0]
    assert (request.method, str(request.url)) == ("POST", f"{BASE}/start-streaming")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["asapp-api-secret"] == API_SECRET
    # None arguments are left out, so the server's defaults apply.
    assert api.sent_json() == {
        "namespace": "twilio",
        "guid": CALL_SID,
        "customerId": "C1",
        "agentId": "A1",
    }
    assert result.is_ok
    assert result.error_message == ""
    assert result.customer.stream_id == "5ce2b755-3f38-11ed-b755-7aed4b5c38d5"
    assert (result.customer.status.code, result.customer.status.description) == (1000, "OK")
    assert result.agent.stream_id == "cf31116-3f38-11ed-9116-7a0a36c763f1"
    assert result.to_dict() == START_OK
    assert isinstance(result, StreamingResult)
    assert isinstance(result.customer, ParticipantStream)
    assert isinstance(result.customer.status, StreamStatus)
    assert result.customer.status.is_ok
    assert result.customer.summary is None


def test_start_streaming_every_parameter(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    api.call(
        "start_streaming",
        namespace="amazonconnect",
        guid="12345",
        customer_id="C1",
        agent_id="A1",
        language="es-US",
        detailed_token=True,
        audio_recording_allowed=False,
        redaction_output="unredacted",
        twilio_track_map={"inbound": "agent", "outbound": "customer"},
        siprec_media_line_order="AGENT_FIRST",
        amazon_connect={
            "stream_arn": "arn:aws:kinesisvideo:us-east-1:1:stream/x/1",
            "start_selector_type": "FRAGMENT_NUMBER",
            "after_fragment_number": "9100",
        },
    )
    assert api.sent_json() == {
        "namespace": "amazonconnect",
        "guid": "12345",
        "customerId": "C1",
        "agentId": "A1",
        "autotranscribeParams": {
            "language": "es-US",
            "detailedToken": True,
            "audioRecordingAllowed": False,
            "redactionOutput": "unredacted",
        },
        "twilioParams": {"trackMap": {"inbound": "agent", "outbound": "customer"}},
        "siprecParams": {"mediaLineOrder": "AGENT_FIRST"},
        "amazonConnectParams": {
            "streamArn": "arn:aws:kinesisvideo:us-east-1:1:stream/x/1",
            "startSelectorType": "FRAGMENT_NUMBER",
            "afterFragmentNumber": "9100",
        },
    }


def test_partial_groups_send_only_what_was_given(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    api.call(
        "start_streaming",
        namespace="twilio",
        guid=CALL_SID,
        customer_id="C1",
        agent_id="A1",
        twilio_track_map={"outbound": "customer", "inbound": None},
        amazon_connect={},
    )
    assert api.sent_json()["twilioParams"] == {"trackMap": {"outbound": "customer"}}
    assert "amazonConnectParams" not in api.sent_json()


def test_stop_streaming_returns_summaries(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json=STOP_OK))
    result = api.call("stop_streaming", namespace="twilio", guid=CALL_SID)
    assert str(api.script.requests[0].url) == f"{BASE}/stop-streaming"
    assert api.sent_json() == {"namespace": "twilio", "guid": CALL_SID}
    summary = result.customer.summary
    assert isinstance(summary, StreamSummary)
    assert (
        summary.total_audio_bytes,
        summary.audio_duration_ms,
        summary.streaming_seconds,
        summary.transcripts,
    ) == (1334720, 83420, 84, 2)
    assert result.agent.summary.transcripts == 2


def test_twilio_convenience_calls(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    api.call(
        "start_twilio_transcription", CALL_SID, customer_id="C1", agent_id="A1", language="en-US"
    )
    assert api.sent_json() == {
        "namespace": "twilio",
        "guid": CALL_SID,
        "customerId": "C1",
        "agentId": "A1",
        "autotranscribeParams": {"language": "en-US"},
        "twilioParams": {"trackMap": {"inbound": "customer", "outbound": "agent"}},
    }
    api.script.steps = [httpx.Response(200, json=STOP_OK)]
    api.call("stop_twilio_transcription", CALL_SID)
    assert api.sent_json() == {"namespace": "twilio", "guid": CALL_SID}


@pytest.mark.parametrize(
    ("call_sid", "message"),
    [
        ("CA5b040e075515c424391012acc5a870c", "Call SID"),  # 31 hex digits
        ("CA5b040e075515c424391012acc5a870cff", "Call SID"),  # 33
        ("PA5b040e075515c424391012acc5a870cf", "Call SID"),
        ("CA5b040e075515c424391012acc5a870cg", "Call SID"),
        (" CA5b040e075515c424391012acc5a870cf", "Call SID"),
        ("", "call_sid must not be empty"),
        (None, "the request.s guid: expected a"),
    ],
)
def test_call_sid_is_checked_before_any_request(make_api: Any, call_sid: Any, message: str) -> None:
    api = make_api()
    with pytest.raises(InvalidRequestError, match=message):
        api.call("start_twilio_transcription", call_sid, customer_id="C1", agent_id="A1")
    with pytest.raises(InvalidRequestError, match=message):
        api.call("stop_twilio_transcription", call_sid)
    assert api.script.requests == []


# Types and enums are checked against the spec's request model (the message names the
# property as sent); the rest is what the spec's schema cannot say.
BAD_START_ARGUMENTS = [
    ({"namespace": "twillio"}, "namespace: expected one of 'amazonconnect', 'genesysaudiohook'"),
    ({"namespace": ["twilio"]}, "namespace: expected one of .*, got an array"),
    ({"guid": ""}, "guid must not be empty"),
    ({"guid": 42}, "guid: expected a string, got an integer"),
    ({"namespace": "siprec", "guid": "12\ud800"}, "not valid Unicode"),
    ({"customer_id": "  "}, "customer_id must not be empty"),
    ({"customer_id": "C\udcff"}, "not valid Unicode"),
    ({"agent_id": "\ud800A"}, "not valid Unicode"),
    ({"language": "en-\ud800"}, "not valid Unicode"),
    ({"agent_id": None}, "agentId: expected a value .the property is required., got nothing"),
    ({"language": ""}, "language must not be empty"),
    ({"detailed_token": "yes"}, "autotranscribeParams.detailedToken: expected a boolean"),
    ({"audio_recording_allowed": 1}, "audioRecordingAllowed: expected a boolean, got an integer"),
    ({"redaction_output": "REDACTED"}, "redactionOutput: expected one of"),
    ({"redaction_output": ["redacted"]}, "redactionOutput: expected one of .*, got an array"),
    ({"detailed_token": True}, "detailed_token=True needs redaction_output='unredacted'"),
    (
        {"detailed_token": True, "redaction_output": "redacted_and_unredacted"},
        "detailed_token=True needs",
    ),
    ({"twilio_track_map": {"inbound": "caller"}}, "twilioParams.trackMap.inbound: expected one of"),
    ({"twilio_track_map": {"inbound": ["agent"]}}, "trackMap.inbound: .*, got an array"),
    ({"twilio_track_map": {"in": "agent"}}, "twilio_track_map has unknown keys"),
    ({"twilio_track_map": ["inbound"]}, "twilio_track_map must be a dict, not list"),
    ({"siprec_media_line_order": "customer_first"}, "siprecParams.mediaLineOrder: expected one of"),
    ({"siprec_media_line_order": {}}, "siprecParams.mediaLineOrder: .*, got an object"),
    (
        {"amazon_connect": {"start_selector_type": "LATER"}},
        "amazonConnectParams.startSelectorType: expected one of",
    ),
    ({"amazon_connect": {"stream_arn": ""}}, r"amazon_connect\['stream_arn'\] must not be empty"),
    (
        {"amazon_connect": {"start_selector_type": "FRAGMENT_NUMBER"}},
        r"after_fragment_number'\] is required",
    ),
]


@pytest.mark.parametrize(("override", "message"), BAD_START_ARGUMENTS)
def test_bad_start_arguments_raise_before_sending(
    make_api: Any, override: dict[str, Any], message: str
) -> None:
    api = make_api()
    arguments: dict[str, Any] = {
        "namespace": "twilio",
        "guid": CALL_SID,
        "customer_id": "C1",
        "agent_id": "A1",
        **override,
    }
    with pytest.raises(InvalidRequestError, match=message):
        api.call("start_streaming", **arguments)
    assert api.script.requests == []


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"namespace": "sip", "guid": CALL_SID}, "namespace: expected one of"),
        (
            {"namespace": ["twilio"], "guid": CALL_SID},
            "namespace: expected one of .*, got an array",
        ),
        ({"namespace": "twilio", "guid": ""}, "guid must not be empty"),
        ({"namespace": "siprec", "guid": "12\ud800"}, "not valid Unicode"),
        # The spec requires neither; the SDK requires both, so None is refused, not left out.
        ({"namespace": "siprec", "guid": None}, "the request's guid: expected a string"),
        ({"namespace": None, "guid": "0001"}, "the request's namespace: expected one of"),
    ],
)
def test_bad_stop_arguments_raise_before_sending(
    make_api: Any, arguments: dict[str, Any], message: str
) -> None:
    api = make_api()
    with pytest.raises(InvalidRequestError, match=message):
        api.call("stop_streaming", **arguments)
    assert api.script.requests == []


def test_invalid_request_error_is_also_a_value_error(make_api: Any) -> None:
    api = make_api()
    with pytest.raises(ValueError, match="guid"):
        api.call("stop_streaming", namespace="twilio", guid="")


def test_base_url_path_prefix_is_kept(make_api: Any) -> None:
    api = make_api(
        httpx.Response(200, json={"streamingUrl": STREAM_URL}),
        base_url="https://gateway.example.test/asapp/",
    )
    api.call("get_twilio_media_stream_url")
    assert str(api.script.requests[0].url) == (
        "https://gateway.example.test/asapp/mg-autotranscribe/v1/twilio-media-stream-url"
    )


def test_a_callers_http_client_is_used_and_left_open(kind: str) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.headers["x-extra"])
        return httpx.Response(200, json={"streamingUrl": STREAM_URL})

    transport = httpx.MockTransport(handler)
    if kind == "sync":
        http = httpx.Client(transport=transport, headers={"x-extra": "mine"})
        with AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, http_client=http) as client:
            client.get_twilio_media_stream_url()
        assert not http.is_closed
        http.close()
    else:
        import asyncio

        async def run() -> None:
            http = httpx.AsyncClient(transport=transport, headers={"x-extra": "mine"})
            async with AsyncAutoTranscribeClient(
                api_id=API_ID, api_secret=API_SECRET, http_client=http
            ) as client:
                await client.get_twilio_media_stream_url()
            assert not http.is_closed
            await http.aclose()

        asyncio.run(run())
    assert calls == ["mine"]


def test_the_defaults_are_a_bounded_timeout_two_retries_and_the_sandbox() -> None:
    with AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, environment={}) as client:
        assert client.timeout == httpx.Timeout(30.0, connect=5.0)
        assert client.max_retries == 2
        assert client.base_url == httpx.URL("https://api.sandbox.asapp.com")


def test_the_timeout_goes_with_every_request(make_api: Any) -> None:
    seen: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"streamingUrl": STREAM_URL})

    api = make_api(handler, timeout=2.5)
    api.call("get_twilio_media_stream_url")
    assert seen == [{"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}]
