"""What the contract tests share: every SDK call, the expected outcomes, a response recorder.

The document served by Prism is the one ``spec_document`` reads (``CONTRACT_SPEC`` picks an
edited copy).
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from doubles import CALL_SID, CONTRACT_RESPONSE_ERRORS
from spec_document import example_of, response_schema

from asapp_mg_autotranscribe import (
    APIStatusError,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    InternalServerError,
    InvalidResponseError,
    ParticipantStream,
    StreamingNotOkError,
    StreamingResult,
    StreamSummary,
)

API_ID = "contract-api-id"
API_SECRET = "contract-api-secret"
API_ID_HEADER = "asapp-api-id"
API_SECRET_HEADER = "asapp-api-secret"
# The requestId of every error example in the spec.
REQUEST_ID = "8e033668-9f1a-11ec-b909-0242ac120002"
# The header Prism adds to an answer when the request violated the spec.
VIOLATIONS_HEADER = "sl-violations"
# Bounds each request to the mock.
HTTP_TIMEOUT = 15.0

AnyClient = AutoTranscribeClient | AsyncAutoTranscribeClient


def error_class(status: int) -> type[APIStatusError]:
    """The contract's class for a status: its documented one, else InternalServerError for
    any 5xx (the ``default`` response)."""
    if str(status) in CONTRACT_RESPONSE_ERRORS:
        return CONTRACT_RESPONSE_ERRORS[str(status)]
    assert 500 <= status <= 599, status
    return InternalServerError


def error_example(operation_id: str, response_key: str) -> dict[str, str]:
    """The ``error`` example of one documented error response."""
    body = example_of(response_schema(operation_id, response_key))
    error = body["error"]
    assert isinstance(error, dict)
    return error


START_ALL_PARAMETERS: dict[str, Any] = {
    "namespace": "twilio",
    "guid": CALL_SID,
    "customer_id": "TT9833237",
    "agent_id": "RE223444211993",
    "language": "en-US",
    "detailed_token": True,
    "audio_recording_allowed": False,
    "redaction_output": "unredacted",
    "twilio_track_map": {"inbound": "agent", "outbound": "customer"},
    "siprec_media_line_order": "AGENT_FIRST",
    "amazon_connect": {
        "stream_arn": "arn:aws:kinesisvideo:us-east-1:123456789012:stream/call-1/1600000000000",
        "start_selector_type": "FRAGMENT_NUMBER",
        "after_fragment_number": "91343852333181432392682062607743920146264440555",
    },
}
START_MINIMAL_PARAMETERS: dict[str, Any] = {
    "namespace": "siprec",
    "guid": "00010012861620453498",
    "customer_id": "TT9833237",
    "agent_id": "RE223444211993",
}


@dataclass(frozen=True)
class SdkCall:
    """One public method of the clients with its arguments, and the operation it calls."""

    name: str
    operation_id: str
    invoke: Callable[[Any], Any] = field(repr=False)

    def sync(self, client: AutoTranscribeClient) -> object:
        """Call it on the sync client."""
        outcome: object = self.invoke(client)
        assert not inspect.isawaitable(outcome)
        return outcome

    async def aio(self, client: AsyncAutoTranscribeClient) -> object:
        """Call it on the async client."""
        outcome = self.invoke(client)
        assert inspect.isawaitable(outcome)
        return await outcome


SDK_CALLS: tuple[SdkCall, ...] = (
    SdkCall(
        "get_twilio_media_stream_url",
        "getTwilioMediaStreams",
        lambda client: client.get_twilio_media_stream_url(),
    ),
    SdkCall(
        "start_streaming(all parameters)",
        "startStreaming",
        lambda client: client.start_streaming(**START_ALL_PARAMETERS),
    ),
    SdkCall(
        "start_streaming(minimal)",
        "startStreaming",
        lambda client: client.start_streaming(**START_MINIMAL_PARAMETERS),
    ),
    SdkCall(
        "stop_streaming",
        "stopStreaming",
        lambda client: client.stop_streaming(namespace="twilio", guid=CALL_SID),
    ),
    SdkCall(
        "start_twilio_transcription",
        "startStreaming",
        lambda client: client.start_twilio_transcription(
            CALL_SID,
            customer_id="TT9833237",
            agent_id="RE223444211993",
            language="es-US",
            audio_recording_allowed=True,
            redaction_output="redacted_and_unredacted",
        ),
    ),
    SdkCall(
        "stop_twilio_transcription",
        "stopStreaming",
        lambda client: client.stop_twilio_transcription(CALL_SID),
    ),
)


def first_call(operation_id: str) -> SdkCall:
    """The first SDK call that sends ``operation_id``."""
    return next(call for call in SDK_CALLS if call.operation_id == operation_id)


@dataclass(frozen=True)
class Exchange:
    """One request the mock answered, as the client saw it."""

    method: str
    path: str
    headers: httpx.Headers
    status_code: int
    response_headers: httpx.Headers
    body: bytes

    def describe(self) -> str:
        """A one-line summary for assertion messages."""
        violations = self.response_headers.get(VIOLATIONS_HEADER)
        return f"{self.method} {self.path} -> {self.status_code}, {VIOLATIONS_HEADER}: {violations}"


@dataclass
class Recorder:
    """httpx response event hooks that keep each exchange, the body read in full."""

    exchanges: list[Exchange] = field(default_factory=list)

    def _keep(self, response: httpx.Response) -> None:
        request = response.request
        self.exchanges.append(
            Exchange(
                method=request.method,
                path=request.url.path,
                headers=httpx.Headers(request.headers),
                status_code=response.status_code,
                response_headers=httpx.Headers(response.headers),
                body=response.content,
            )
        )

    def on_response(self, response: httpx.Response) -> None:
        """The sync client's hook."""
        response.read()
        self._keep(response)

    async def aon_response(self, response: httpx.Response) -> None:
        """The async client's hook."""
        await response.aread()
        self._keep(response)

    def violations(self) -> list[str]:
        """The exchanges Prism flagged as violating the spec."""
        return [
            exchange.describe()
            for exchange in self.exchanges
            if VIOLATIONS_HEADER in exchange.response_headers
        ]


@dataclass
class PreferCode:
    """Request hooks asking Prism for a documented status (``Prefer: code=NNN``), or for its
    default answer while ``code`` is None; change ``code`` between calls."""

    code: int | None = None

    def on_request(self, request: httpx.Request) -> None:
        """The sync client's hook."""
        if self.code is not None:
            request.headers["Prefer"] = f"code={self.code}"

    async def aon_request(self, request: httpx.Request) -> None:
        """The async client's hook."""
        self.on_request(request)


def _strip_credentials(request: httpx.Request) -> None:
    for name in (API_ID_HEADER, API_SECRET_HEADER):
        del request.headers[name]


async def _astrip_credentials(request: httpx.Request) -> None:
    _strip_credentials(request)


@contextlib.contextmanager
def sync_client(
    base_url: str,
    recorder: Recorder,
    *,
    headers: Mapping[str, str] | None = None,
    strip_credentials: bool = False,
    prefer: PreferCode | None = None,
    **kwargs: Any,
) -> Iterator[AutoTranscribeClient]:
    """An SDK client on the mock, its own httpx.Client recording every answer; both closed
    on exit. ``strip_credentials`` removes both credential headers just before each request
    leaves; ``prefer`` sets each request's Prefer header; ``max_retries`` is 0 unless given."""
    kwargs.setdefault("max_retries", 0)
    request_hooks: list[Callable[[httpx.Request], None]] = []
    if strip_credentials:
        request_hooks.append(_strip_credentials)
    if prefer is not None:
        request_hooks.append(prefer.on_request)
    with (
        httpx.Client(
            headers=dict(headers or {}),
            timeout=HTTP_TIMEOUT,
            event_hooks={"request": request_hooks, "response": [recorder.on_response]},
        ) as http,
        AutoTranscribeClient(
            api_id=API_ID,
            api_secret=API_SECRET,
            base_url=base_url,
            http_client=http,
            environment={},
            **kwargs,
        ) as client,
    ):
        yield client


@contextlib.asynccontextmanager
async def async_client(
    base_url: str,
    recorder: Recorder,
    *,
    headers: Mapping[str, str] | None = None,
    strip_credentials: bool = False,
    prefer: PreferCode | None = None,
    **kwargs: Any,
) -> AsyncIterator[AsyncAutoTranscribeClient]:
    """The async twin of sync_client."""
    kwargs.setdefault("max_retries", 0)
    request_hooks: list[Callable[[httpx.Request], Awaitable[None]]] = []
    if strip_credentials:
        request_hooks.append(_astrip_credentials)
    if prefer is not None:
        request_hooks.append(prefer.aon_request)
    async with (
        httpx.AsyncClient(
            headers=dict(headers or {}),
            timeout=HTTP_TIMEOUT,
            event_hooks={"request": request_hooks, "response": [recorder.aon_response]},
        ) as http,
        AsyncAutoTranscribeClient(
            api_id=API_ID,
            api_secret=API_SECRET,
            base_url=base_url,
            http_client=http,
            environment={},
            **kwargs,
        ) as client,
    ):
        yield client


@dataclass(frozen=True)
class MockServer:
    """A running Prism: where it listens, and its log."""

    base_url: str
    log_path: Path

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of its log, for failure messages."""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])


class IncompleteBodyError(Exception):
    """A body lacks something the SDK documents as required in a result."""


def _need(condition: bool, what: str) -> None:
    if not condition:
        raise IncompleteBodyError(what)


def _integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _participant(body: object, *, with_summary: bool) -> dict[str, Any]:
    _need(isinstance(body, dict), "participant is not an object")
    assert isinstance(body, dict)
    stream_id = body.get("streamId")
    status = body.get("status")
    _need(isinstance(stream_id, str), "streamId")
    _need(isinstance(status, dict), "status")
    assert isinstance(status, dict)
    code, description = status.get("code"), status.get("description")
    _need(_integer(code), "status.code")
    _need(isinstance(description, str), "status.description")
    summary: dict[str, int] | None = None
    if with_summary and body.get("summary") is not None:
        totals = body["summary"]
        _need(isinstance(totals, dict), "summary")
        keys = ("totalAudioBytes", "audioDurationMs", "streamingSeconds", "transcripts")
        _need(all(_integer(totals.get(key)) for key in keys), "summary totals")
        summary = {key: totals[key] for key in keys}
    return {"stream_id": stream_id, "code": code, "description": description, "summary": summary}


def expected_result(operation_id: str, body: object) -> str | dict[str, Any]:
    """What the SDK must parse a 200 body into, by the documented contract (as ``plain``
    writes a result); raises IncompleteBodyError for a body the SDK must reject
    (InvalidResponseError)."""
    _need(isinstance(body, dict), "body is not an object")
    assert isinstance(body, dict)
    if operation_id == "getTwilioMediaStreams":
        url = body.get("streamingUrl")
        _need(isinstance(url, str) and bool(url), "streamingUrl")
        assert isinstance(url, str)
        return url
    is_ok = body.get("isOk")
    _need(isinstance(is_ok, bool), "isOk")
    message = body.get("errorMessage")
    _need(message is None or isinstance(message, str), "errorMessage")
    per_participant = body.get("autotranscribeResponse") or {}
    _need(isinstance(per_participant, dict), "autotranscribeResponse")
    with_summary = operation_id == "stopStreaming"
    customer, agent = (
        _participant(per_participant[who], with_summary=with_summary)
        if per_participant.get(who) is not None
        else None
        for who in ("customer", "agent")
    )
    return {
        "is_ok": is_ok,
        "error_message": message,
        "customer": customer,
        "agent": agent,
        "body": body,
    }


def plain(result: object) -> object:
    """An SDK result written as expected_result writes one (a str stays a str)."""
    if not isinstance(result, StreamingResult):
        return result

    def participant(stream: ParticipantStream | None) -> dict[str, Any] | None:
        if stream is None:
            return None
        summary: StreamSummary | None = stream.summary
        return {
            "stream_id": stream.stream_id,
            "code": stream.status.code,
            "description": stream.status.description,
            "summary": None
            if summary is None
            else {
                "totalAudioBytes": summary.total_audio_bytes,
                "audioDurationMs": summary.audio_duration_ms,
                "streamingSeconds": summary.streaming_seconds,
                "transcripts": summary.transcripts,
            },
        }

    return {
        "is_ok": result.is_ok,
        "error_message": result.error_message,
        "customer": participant(result.customer),
        "agent": participant(result.agent),
        "body": result.to_dict(),
    }


def expected_outcome(operation_id: str, body: object) -> object:
    """What a call must end in for a 200 body: the result (as ``plain`` writes it), or the
    class of the error the SDK raises for it (InvalidResponseError, StreamingNotOkError)."""
    try:
        result = expected_result(operation_id, body)
    except IncompleteBodyError:
        return InvalidResponseError
    if isinstance(result, dict) and not result["is_ok"]:
        return StreamingNotOkError
    return result
