"""client.with_raw_response: every method, the documented fields, and errors as from the
plain call."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from doubles import API_ID, API_SECRET, CALL_SID, START_OK, STOP_OK, STREAM_URL, error_body

from asapp_mg_autotranscribe import (
    ConflictError,
    InvalidResponseError,
    RawResponse,
    StreamingNotOkError,
    StreamingResult,
)

MESSAGES = {
    "items": [
        {
            "text": "Hello",
            "sender": {"role": "customer", "externalId": "TT9833237"},
            "messageId": "m1",
            "createdTimestamp": "2021-11-23T12:13:16.853Z",
            "clientTimestamp": "2021-11-23T12:13:14.555Z",
        }
    ]
}
CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any], dict[str, Any]]] = [
    ("get_twilio_media_stream_url", (), {}, {"streamingUrl": STREAM_URL, "expiresIn": 300}),
    (
        "start_streaming",
        (),
        {"namespace": "twilio", "guid": CALL_SID, "customer_id": "C", "agent_id": "A"},
        {**START_OK, "newProperty": {"x": 1}},
    ),
    ("stop_streaming", (), {"namespace": "twilio", "guid": CALL_SID}, STOP_OK),
    ("start_twilio_transcription", (CALL_SID,), {"customer_id": "C", "agent_id": "A"}, START_OK),
    ("stop_twilio_transcription", (CALL_SID,), {}, STOP_OK),
    ("get_conversation_messages", (), {"external_id": CALL_SID}, MESSAGES),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "body"), CALLS, ids=[c[0] for c in CALLS])
def test_every_method_gives_the_raw_answer_then_the_result(
    make_api: Any, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], body: dict[str, Any]
) -> None:
    api = make_api(
        httpx.Response(503, json=error_body(503)),
        httpx.Response(200, json=body, headers={"x-served-by": "gateway-1"}),
    )
    raw = api.call_raw(method, *args, **kwargs)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-served-by"] == "gateway-1"
    assert raw.retries_taken == 1
    assert raw.elapsed >= 0
    assert raw.json() == body
    assert raw.http_request.headers["asapp-api-secret"] == "[redacted]"
    assert API_SECRET not in repr(raw.http_request.headers)
    assert raw.http_response.status_code == 200
    if method != "get_conversation_messages":  # its timestamps come back as datetimes
        assert raw.model.to_dict() == body
    parsed = raw.parse()
    if method == "get_twilio_media_stream_url":
        assert parsed == STREAM_URL
        assert raw.model.streaming_url == STREAM_URL
        assert raw.model.additional_properties == {"expiresIn": 300}
    elif method == "get_conversation_messages":
        assert [message.text for message in parsed] == ["Hello"]
    else:
        assert isinstance(parsed, StreamingResult)
        assert parsed.to_dict() == body
    assert "200" in repr(raw)


def test_a_non_2xx_answer_raises_at_the_call(make_api: Any) -> None:
    api = make_api(httpx.Response(409, json=error_body(409)))
    with pytest.raises(ConflictError) as caught:
        api.call_raw("stop_streaming", namespace="twilio", guid=CALL_SID)
    assert caught.value.request_id == "8e033668-9f1a-11ec-b909-0242ac120002"


def test_parse_raises_as_the_plain_method_would(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json={"isOk": False, "errorMessage": "gone"}))
    raw = api.call_raw("stop_streaming", namespace="twilio", guid=CALL_SID)
    assert raw.model.is_ok is False
    with pytest.raises(StreamingNotOkError, match="gone"):
        raw.parse()


def test_a_body_that_does_not_fit_fails_at_model_and_parse_not_at_the_call(make_api: Any) -> None:
    api = make_api(httpx.Response(200, content=b'{"streamingUrl": 5}'))
    raw = api.call_raw("get_twilio_media_stream_url")
    assert raw.json() == {"streamingUrl": 5}
    with pytest.raises(InvalidResponseError, match="streamingUrl: expected a string"):
        raw.model  # noqa: B018
    with pytest.raises(InvalidResponseError):
        raw.parse()
    api.script.steps = [httpx.Response(200, content=b"not json")]
    raw = api.call_raw("get_twilio_media_stream_url")
    with pytest.raises(InvalidResponseError, match="not JSON"):
        raw.json()


def test_with_raw_response_is_kept_and_bound_to_its_client(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json={"streamingUrl": STREAM_URL}))
    assert api.client.with_raw_response is api.client.with_raw_response
    copy = api.client.with_options(max_retries=0, api_id="copy-id")
    assert copy.with_raw_response is not api.client.with_raw_response
    api.call_raw("get_twilio_media_stream_url")
    api.client = copy
    api.call_raw("get_twilio_media_stream_url")
    sent_ids = [request.headers["asapp-api-id"] for request in api.script.requests]
    assert sent_ids == [API_ID, "copy-id"]
