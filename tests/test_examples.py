"""examples/twilio_webhook.py answers Twilio's webhooks as its docstring says."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from doubles import (
    API_ID,
    API_SECRET,
    CALL_SID,
    START_OK,
    STOP_OK,
    STREAM_URL,
    Script,
    load_example,
)
from fleet.servers import RedisServer
from twilio.request_validator import RequestValidator

from asapp_mg_autotranscribe import APITimeoutError, AutoTranscribeClient

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "twilio_webhook.py"
PUBLIC_URL = "https://voice.example.test"
TWILIO_TOKEN = "twilio-auth-token-for-tests"


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load_example(EXAMPLE)


class Webhook:
    """The example app over a scripted ASAPP, called the way a WSGI server calls it."""

    def __init__(
        self,
        example: ModuleType,
        script: Script,
        *,
        redis_url: str | None = None,
        **client_settings: Any,
    ) -> None:
        self.script = script
        self.sleeps: list[float] = []
        self.http = httpx.Client(transport=httpx.MockTransport(script))
        self.client = AutoTranscribeClient(
            api_id=API_ID,
            api_secret=API_SECRET,
            http_client=self.http,
            sleep=self.sleeps.append,
            **client_settings,
        )
        self.app = example.make_app(
            self.client, public_url=PUBLIC_URL, twilio_auth_token=TWILIO_TOKEN, redis_url=redis_url
        )

    def post(self, path: str, *, signature: str | None = None, **form: str) -> tuple[str, str, str]:
        """POST ``form`` as Twilio does: signed, unless ``signature`` says otherwise."""
        body = urlencode(form).encode()
        if signature is None:
            signature = RequestValidator(TWILIO_TOKEN).compute_signature(PUBLIC_URL + path, form)
        environ = {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": path,
            "CONTENT_LENGTH": str(len(body)),
            "HTTP_X_TWILIO_SIGNATURE": signature,
            "wsgi.input": io.BytesIO(body),
        }
        started: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]]) -> None:
            started.update(status=status, headers=dict(headers))

        content = b"".join(self.app(environ, start_response)).decode()
        return started["status"], started["headers"]["Content-Type"], content


@pytest.fixture
def webhook(example: ModuleType) -> Iterator[Any]:
    built: list[Webhook] = []

    def build(*steps: Any, **settings: Any) -> Webhook:
        built.append(Webhook(example, Script(*steps), **settings))
        return built[-1]

    yield build
    for hook in built:
        hook.client.close()
        hook.http.close()


def test_voice_answers_with_twiml_from_the_cache(webhook: Any) -> None:
    hook = webhook(httpx.Response(200, json={"streamingUrl": STREAM_URL}))
    for _ in range(3):
        status, content_type, body = hook.post("/voice", CallSid=CALL_SID)
        assert (status, content_type) == ("200 OK", "text/xml")
        stream = ET.fromstring(body).find("./Start/Stream")
        assert stream is not None
        assert stream.get("url") == STREAM_URL
        assert stream.get("statusCallback") == f"{PUBLIC_URL}/stream-events"
    assert len(hook.script.requests) == 1


def test_with_a_redis_url_every_webhook_process_answers_with_one_shared_stream_url(
    webhook: Any, redis_server: RedisServer
) -> None:
    redis_url = redis_server.url
    # Two webhooks, as two processes would be: each its own client, cache and ASAPP script.
    hooks = [
        webhook(httpx.Response(200, json={"streamingUrl": STREAM_URL}), redis_url=redis_url)
        for _ in range(2)
    ]
    for hook in hooks * 2:
        status, _, body = hook.post("/voice", CallSid=CALL_SID)
        assert status == "200 OK"
        stream = ET.fromstring(body).find("./Start/Stream")
        assert stream is not None
        assert stream.get("url") == STREAM_URL
    # The first fetched it; the second found it in Redis.
    assert [len(hook.script.requests) for hook in hooks] == [1, 0]


def test_agent_connected_starts_and_call_completed_stops(webhook: Any) -> None:
    hook = webhook(httpx.Response(200, json=START_OK), httpx.Response(200, json=STOP_OK))
    connected = hook.post("/agent-connected", CallSid=CALL_SID, CustomerId="C1", AgentId="A1")
    assert connected[0] == "204 No Content"
    assert hook.post("/call-status", CallSid=CALL_SID, CallStatus="ringing")[0].startswith("204")
    assert hook.post("/call-status", CallSid=CALL_SID, CallStatus="completed")[0].startswith("204")
    start, stop = hook.script.requests
    assert start.url.path == "/mg-autotranscribe/v1/start-streaming"
    assert json.loads(start.content)["guid"] == CALL_SID
    assert json.loads(start.content)["twilioParams"] == {
        "trackMap": {"inbound": "customer", "outbound": "agent"}
    }
    assert stop.url.path == "/mg-autotranscribe/v1/stop-streaming"


def test_an_asapp_failure_is_a_502_and_a_missing_field_a_400(webhook: Any) -> None:
    hook = webhook(httpx.Response(401, json={"error": {"requestId": "r", "message": "no"}}))
    assert hook.post("/voice")[0] == "502 Bad Gateway"
    assert hook.post("/agent-connected", CallSid=CALL_SID)[0] == "400 Bad Request"


def test_stream_errors_are_logged_and_unknown_routes_are_404(
    webhook: Any, caplog: pytest.LogCaptureFixture
) -> None:
    hook = webhook()
    caplog.set_level("WARNING", logger="twilio_webhook")
    status, _, _ = hook.post(
        "/stream-events", CallSid=CALL_SID, StreamEvent="stream-error", StreamError="closed"
    )
    assert status == "204 No Content"
    assert f"stream of call {CALL_SID} broke: closed" in caplog.text
    assert hook.post("/nowhere")[0] == "404 Not Found"
    assert hook.script.requests == []


def test_twilio_s_routes_refuse_a_missing_or_wrong_signature(webhook: Any) -> None:
    hook = webhook(httpx.Response(200, json={"streamingUrl": STREAM_URL}))
    for path in ("/voice", "/call-status", "/stream-events"):
        assert hook.post(path, signature="", CallSid=CALL_SID)[0] == "403 Forbidden"
        assert hook.post(path, signature="bm90IGl0", CallSid=CALL_SID)[0] == "403 Forbidden"
    assert hook.script.requests == []
    assert hook.post("/voice", CallSid=CALL_SID)[0] == "200 OK"


def test_a_signed_request_with_blank_fields_is_accepted(webhook: Any) -> None:
    # Twilio posts blank fields (ForwardedFrom=, CallerName= ...) and signs them too.
    hook = webhook(httpx.Response(200, json=STOP_OK))
    form = {"CallSid": CALL_SID, "CallStatus": "completed", "ForwardedFrom": "", "CallerName": ""}
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(PUBLIC_URL + "/call-status", form)
    status, _, _ = hook.post("/call-status", signature=signature, **form)
    assert status == "204 No Content"
    assert len(hook.script.requests) == 1
    forged = RequestValidator(TWILIO_TOKEN).compute_signature(
        PUBLIC_URL + "/call-status", {**form, "CallerName": "someone"}
    )
    assert hook.post("/call-status", signature=forged, **form)[0] == "403 Forbidden"


def test_without_a_token_unsigned_requests_pass_for_a_local_test(example: ModuleType) -> None:
    script = Script(httpx.Response(200, json={"streamingUrl": STREAM_URL}))
    with httpx.Client(transport=httpx.MockTransport(script)) as http:
        client = AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, http_client=http)
        app = example.make_app(client, public_url=PUBLIC_URL, twilio_auth_token=None)
        environ = {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/voice",
            "CONTENT_LENGTH": "0",
            "wsgi.input": io.BytesIO(b""),
        }
        statuses: list[str] = []
        app(environ, lambda status, headers: statuses.append(status))
    assert statuses == ["200 OK"]


def test_twilio_is_answered_within_its_15_seconds(webhook: Any, example: ModuleType) -> None:
    assert example.TWILIO_DEADLINE < 15
    # ASAPP asks to wait 30 s: the webhook answers at once instead of letting Twilio time out.
    busy = httpx.Response(
        503, json={"error": {"requestId": "r", "message": "busy"}}, headers={"retry-after": "30"}
    )
    hook = webhook(busy)
    status, _, _ = hook.post("/voice", CallSid=CALL_SID)
    assert status == "502 Bad Gateway"
    assert hook.sleeps == []
    assert len(hook.script.requests) == 1
    with pytest.raises(APITimeoutError):
        hook.client.with_options(deadline=example.TWILIO_DEADLINE).get_twilio_media_stream_url()
