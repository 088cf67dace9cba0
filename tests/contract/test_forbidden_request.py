"""The check can fail: a request the spec forbids (start-streaming without its required
``agentId``) is rejected by the mock with a 4xx and an ``sl-violations`` header, and the
Recorder the other contract tests rely on reports it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from spec_document import method_and_path

from asapp_mg_autotranscribe import (
    AutoTranscribeClient,
    InvalidRequestError,
    UnprocessableEntityError,
)
from asapp_mg_autotranscribe._gen.mg_autotranscribe_client.api.auto_transcribe_media_gateway import (  # noqa: E501
    start_streaming,
)
from asapp_mg_autotranscribe._gen.mg_autotranscribe_client.client import Client
from asapp_mg_autotranscribe._gen.mg_autotranscribe_client.models import (
    ErrorResponse,
    StartStreamingRequest,
)

from .support import (
    API_ID,
    API_ID_HEADER,
    API_SECRET,
    API_SECRET_HEADER,
    CALL_SID,
    HTTP_TIMEOUT,
    VIOLATIONS_HEADER,
    MockServer,
    Recorder,
    error_example,
    sync_client,
)

pytestmark = pytest.mark.contract

CREDENTIALS = {API_ID_HEADER: API_ID, API_SECRET_HEADER: API_SECRET}
VALID_BODY = {
    "namespace": "twilio",
    "guid": CALL_SID,
    "customerId": "TT9833237",
    "agentId": "RE223444211993",
}
WITHOUT_AGENT = {key: value for key, value in VALID_BODY.items() if key != "agentId"}


def _assert_agent_id_violation(status_code: int, headers: Mapping[str, str]) -> None:
    assert 400 <= status_code < 500, status_code
    violations: list[dict[str, Any]] = json.loads(headers[VIOLATIONS_HEADER])
    messages = [violation["message"] for violation in violations]
    assert any("agentId" in message for message in messages), messages


def test_raw_request_without_agent_id_is_rejected(prism_static: MockServer) -> None:
    method, path = method_and_path("startStreaming")
    recorder = Recorder()
    with httpx.Client(
        base_url=prism_static.base_url,
        headers=CREDENTIALS,
        timeout=HTTP_TIMEOUT,
        event_hooks={"response": [recorder.on_response]},
    ) as http:
        valid = http.request(method, path, json=VALID_BODY)
        forbidden = http.request(method, path, json=WITHOUT_AGENT)
    assert valid.status_code == 200
    assert VIOLATIONS_HEADER not in valid.headers
    _assert_agent_id_violation(forbidden.status_code, forbidden.headers)
    assert forbidden.status_code == 422
    assert forbidden.json() == {"error": error_example("startStreaming", "422")}
    # The same Recorder check every other contract test asserts empty.
    assert recorder.violations() == [recorder.exchanges[1].describe()]


class _WithoutAgentId:
    """A generated request model whose JSON leaves ``agentId`` out (the generated model
    itself always writes it)."""

    def __init__(self, model: StartStreamingRequest) -> None:
        self._model = model

    def to_dict(self) -> dict[str, Any]:
        body = self._model.to_dict()
        del body["agentId"]
        return body


def test_generated_client_request_without_agent_id_is_rejected(prism_static: MockServer) -> None:
    model = StartStreamingRequest(
        namespace="twilio", guid=CALL_SID, customer_id="TT9833237", agent_id="RE223444211993"
    )
    with Client(
        base_url=prism_static.base_url,
        headers=CREDENTIALS,
        timeout=httpx.Timeout(HTTP_TIMEOUT),
        raise_on_unexpected_status=True,
    ) as client:
        valid = start_streaming.sync_detailed(client=client, body=model)
        forbidden = start_streaming.sync_detailed(
            client=client,
            body=_WithoutAgentId(model),  # type: ignore[arg-type]
        )
    assert valid.status_code == 200
    assert VIOLATIONS_HEADER not in valid.headers
    assert forbidden.status_code == 422
    assert VIOLATIONS_HEADER in forbidden.headers
    _assert_agent_id_violation(forbidden.status_code, forbidden.headers)
    assert isinstance(forbidden.parsed, ErrorResponse)
    assert forbidden.parsed.to_dict() == {"error": error_example("startStreaming", "422")}


def _drop_agent_id(request: httpx.Request) -> None:
    body = json.loads(request.content)
    del body["agentId"]
    content = json.dumps(body).encode()
    request.stream = httpx.ByteStream(content)
    request._content = content
    request.headers["content-length"] = str(len(content))


def test_sdk_request_altered_on_the_wire_is_rejected(prism_static: MockServer) -> None:
    """The SDK's own request with ``agentId`` cut out after it was built: the mock's 422
    reaches the caller as UnprocessableEntityError, and the Recorder flags the violation."""
    recorder = Recorder()
    with (
        httpx.Client(
            timeout=HTTP_TIMEOUT,
            event_hooks={"request": [_drop_agent_id], "response": [recorder.on_response]},
        ) as http,
        AutoTranscribeClient(
            api_id=API_ID,
            api_secret=API_SECRET,
            base_url=prism_static.base_url,
            max_retries=0,
            http_client=http,
            environment={},
        ) as client,
        pytest.raises(UnprocessableEntityError) as raised,
    ):
        client.start_twilio_transcription(
            CALL_SID, customer_id="TT9833237", agent_id="RE223444211993"
        )
    assert raised.value.code == error_example("startStreaming", "422")["code"]
    assert len(recorder.violations()) == 1
    assert "agentId" in recorder.violations()[0]


def test_sdk_refuses_to_send_start_streaming_without_agent_id(prism_static: MockServer) -> None:
    """Through the SDK itself the forbidden request cannot be sent at all."""
    recorder = Recorder()
    with sync_client(prism_static.base_url, recorder) as client:
        with pytest.raises(InvalidRequestError, match="agent_id"):
            client.start_streaming(
                namespace="twilio", guid=CALL_SID, customer_id="TT9833237", agent_id=" "
            )
        with pytest.raises(TypeError, match="agent_id"):
            client.start_streaming(  # type: ignore[call-arg]
                namespace="twilio", guid=CALL_SID, customer_id="TT9833237"
            )
    assert recorder.exchanges == []
