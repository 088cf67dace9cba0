"""The one module that touches the generated client (``mg_autotranscribe_client``).

Regenerating the client can rename things; this adapter is where that lands. It turns
plain values into the generated request models and the generated response models into
this package's results, checking types the generated ``from_dict`` takes on trust.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal, Protocol, TypeVar, overload

from mg_autotranscribe_client.api.auto_transcribe_media_gateway import (
    get_twilio_media_streams,
    start_streaming,
    stop_streaming,
)
from mg_autotranscribe_client.models.start_streaming_request import StartStreamingRequest
from mg_autotranscribe_client.models.start_streaming_request_amazon_connect_params import (
    StartStreamingRequestAmazonConnectParams,
)
from mg_autotranscribe_client.models.start_streaming_request_amazon_connect_params_start_selector_type import (  # noqa: E501
    START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES,
    StartStreamingRequestAmazonConnectParamsStartSelectorType,
)
from mg_autotranscribe_client.models.start_streaming_request_autotranscribe_params import (
    StartStreamingRequestAutotranscribeParams,
)
from mg_autotranscribe_client.models.start_streaming_request_autotranscribe_params_redaction_output import (  # noqa: E501
    START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES,
    StartStreamingRequestAutotranscribeParamsRedactionOutput,
)
from mg_autotranscribe_client.models.start_streaming_request_namespace import (
    START_STREAMING_REQUEST_NAMESPACE_VALUES,
    StartStreamingRequestNamespace,
)
from mg_autotranscribe_client.models.start_streaming_request_siprec_params import (
    StartStreamingRequestSiprecParams,
)
from mg_autotranscribe_client.models.start_streaming_request_siprec_params_media_line_order import (
    START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES,
    StartStreamingRequestSiprecParamsMediaLineOrder,
)
from mg_autotranscribe_client.models.start_streaming_request_twilio_params import (
    StartStreamingRequestTwilioParams,
)
from mg_autotranscribe_client.models.start_streaming_request_twilio_params_track_map import (
    StartStreamingRequestTwilioParamsTrackMap,
)
from mg_autotranscribe_client.models.start_streaming_request_twilio_params_track_map_inbound import (  # noqa: E501
    START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES,
    StartStreamingRequestTwilioParamsTrackMapInbound,
)
from mg_autotranscribe_client.models.start_streaming_result import StartStreamingResult
from mg_autotranscribe_client.models.stop_streaming_request import StopStreamingRequest
from mg_autotranscribe_client.models.stop_streaming_result import StopStreamingResult
from mg_autotranscribe_client.models.twilio_media_stream_url import TwilioMediaStreamUrl
from mg_autotranscribe_client.types import UNSET, Unset

from ._results import ParticipantStream, StreamingResult, StreamStatus, StreamSummary

__all__ = [
    "MEDIA_LINE_ORDERS",
    "NAMESPACES",
    "PARTICIPANTS",
    "REDACTION_OUTPUTS",
    "START_SELECTOR_TYPES",
    "UNSET",
    "HttpRequestParts",
    "MediaLineOrder",
    "Namespace",
    "Participant",
    "RedactionOutput",
    "ResponseShapeError",
    "StartSelectorType",
    "Unset",
    "parse_start_streaming",
    "parse_stop_streaming",
    "parse_stream_url",
    "start_streaming_request",
    "stop_streaming_request",
    "stream_url_request",
]

Namespace = StartStreamingRequestNamespace
RedactionOutput = StartStreamingRequestAutotranscribeParamsRedactionOutput
MediaLineOrder = StartStreamingRequestSiprecParamsMediaLineOrder
Participant = StartStreamingRequestTwilioParamsTrackMapInbound
StartSelectorType = StartStreamingRequestAmazonConnectParamsStartSelectorType

NAMESPACES: frozenset[str] = frozenset(START_STREAMING_REQUEST_NAMESPACE_VALUES)
REDACTION_OUTPUTS: frozenset[str] = frozenset(
    START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES
)
MEDIA_LINE_ORDERS: frozenset[str] = frozenset(
    START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES
)
PARTICIPANTS: frozenset[str] = frozenset(
    START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES
)
START_SELECTOR_TYPES: frozenset[str] = frozenset(
    START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES
)

HttpRequestParts = tuple[str, str, dict[str, Any] | None]
"""(method, path, JSON body or None) of one operation."""


class ResponseShapeError(ValueError):
    """A response body does not have the documented shape; the message says where."""


def _parts(kwargs: Mapping[str, Any]) -> HttpRequestParts:
    return str(kwargs["method"]).upper(), str(kwargs["url"]), kwargs.get("json")


def stream_url_request() -> HttpRequestParts:
    """The request of getTwilioMediaStreams."""
    return _parts(get_twilio_media_streams._get_kwargs())


def start_streaming_request(
    *,
    namespace: Namespace,
    guid: str,
    customer_id: str,
    agent_id: str,
    language: str | Unset,
    detailed_token: bool | Unset,
    audio_recording_allowed: bool | Unset,
    redaction_output: RedactionOutput | Unset,
    twilio_inbound: Participant | Unset,
    twilio_outbound: Participant | Unset,
    siprec_media_line_order: MediaLineOrder | Unset,
    amazon_connect_stream_arn: str | Unset,
    amazon_connect_start_selector_type: StartSelectorType | Unset,
    amazon_connect_after_fragment_number: str | Unset,
) -> HttpRequestParts:
    """The request of startStreaming; UNSET leaves a field (or an empty group) out."""
    autotranscribe_params = StartStreamingRequestAutotranscribeParams(
        language=language,
        detailed_token=detailed_token,
        audio_recording_allowed=audio_recording_allowed,
        redaction_output=redaction_output,
    )
    twilio_params = StartStreamingRequestTwilioParams(
        track_map=_unless_empty(
            StartStreamingRequestTwilioParamsTrackMap(
                inbound=twilio_inbound, outbound=twilio_outbound
            )
        )
    )
    siprec_params = StartStreamingRequestSiprecParams(media_line_order=siprec_media_line_order)
    amazon_connect_params = StartStreamingRequestAmazonConnectParams(
        stream_arn=amazon_connect_stream_arn,
        start_selector_type=amazon_connect_start_selector_type,
        after_fragment_number=amazon_connect_after_fragment_number,
    )
    body = StartStreamingRequest(
        namespace=namespace,
        guid=guid,
        customer_id=customer_id,
        agent_id=agent_id,
        autotranscribe_params=_unless_empty(autotranscribe_params),
        twilio_params=_unless_empty(twilio_params),
        siprec_params=_unless_empty(siprec_params),
        amazon_connect_params=_unless_empty(amazon_connect_params),
    )
    return _parts(start_streaming._get_kwargs(body=body))


def stop_streaming_request(*, namespace: Namespace, guid: str) -> HttpRequestParts:
    """The request of stopStreaming."""
    body = StopStreamingRequest(namespace=namespace, guid=guid)
    return _parts(stop_streaming._get_kwargs(body=body))


class _ToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


_ModelT = TypeVar("_ModelT", bound=_ToDict)
_ParsedT = TypeVar("_ParsedT")
_ValueT = TypeVar("_ValueT")


def _unless_empty(model: _ModelT) -> _ModelT | Unset:
    return model if model.to_dict() else UNSET


def parse_stream_url(data: object) -> str:
    """The ``streamingUrl`` of a getTwilioMediaStreams answer."""
    model = _from_dict(TwilioMediaStreamUrl.from_dict, data, "the body")
    url = model.streaming_url
    if not isinstance(url, str) or not url:
        raise ResponseShapeError("streamingUrl is missing or not a non-empty string")
    return url


def parse_start_streaming(data: object) -> StreamingResult:
    """A startStreaming answer as a StreamingResult."""
    _check_nested_objects(data)
    return _streaming_result(_from_dict(StartStreamingResult.from_dict, data, "the body"))


def parse_stop_streaming(data: object) -> StreamingResult:
    """A stopStreaming answer as a StreamingResult, with each participant's summary."""
    _check_nested_objects(data)
    return _streaming_result(_from_dict(StopStreamingResult.from_dict, data, "the body"))


_NESTED_OBJECTS = [
    ("autotranscribeResponse", participant, *leaf)
    for participant in ("customer", "agent")
    for leaf in ((), ("status",), ("summary",))
]


def _check_nested_objects(data: object) -> None:
    # The generated parsers call dict() on nested values, which turns [] into {}.
    for path in (("autotranscribeResponse",), *_NESTED_OBJECTS):
        value: object = data
        for key in path:
            value = value.get(key) if isinstance(value, Mapping) else None
        if value is not None and not isinstance(value, Mapping):
            raise ResponseShapeError(f"{'.'.join(path)} is not a JSON object")


def _from_dict(
    from_dict: Callable[[Mapping[str, Any]], _ParsedT], data: object, where: str
) -> _ParsedT:
    if not isinstance(data, Mapping):
        raise ResponseShapeError(f"{where} is not a JSON object")
    # The generated parsers index nested objects without checking they are objects.
    try:
        return from_dict(data)
    except (TypeError, AttributeError, KeyError, ValueError) as exc:
        raise ResponseShapeError(f"{where} does not match the documented shape ({exc})") from None


def _streaming_result(model: StartStreamingResult | StopStreamingResult) -> StreamingResult:
    is_ok = _typed(model.is_ok, bool, "isOk", required=True)
    error_message = _typed(model.error_message, str, "errorMessage")
    per_participant = model.autotranscribe_response
    customer: ParticipantStream | None = None
    agent: ParticipantStream | None = None
    if not isinstance(per_participant, Unset):
        customer = _participant(per_participant.customer, "autotranscribeResponse.customer")
        agent = _participant(per_participant.agent, "autotranscribeResponse.agent")
    return StreamingResult(is_ok=is_ok, error_message=error_message, customer=customer, agent=agent)


class _GeneratedStatus(Protocol):
    @property
    def code(self) -> int | Unset: ...
    @property
    def description(self) -> str | Unset: ...


class _GeneratedParticipant(Protocol):
    @property
    def stream_id(self) -> str | Unset: ...
    @property
    def status(self) -> _GeneratedStatus | Unset: ...


def _participant(model: _GeneratedParticipant | Unset, where: str) -> ParticipantStream | None:
    if isinstance(model, Unset):
        return None
    status = model.status
    if isinstance(status, Unset):
        raise ResponseShapeError(f"{where}.status is missing")
    summary = getattr(model, "summary", UNSET)
    return ParticipantStream(
        stream_id=_typed(model.stream_id, str, f"{where}.streamId", required=True),
        status=StreamStatus(
            code=_typed(status.code, int, f"{where}.status.code", required=True),
            description=_typed(
                status.description, str, f"{where}.status.description", required=True
            ),
        ),
        summary=None if isinstance(summary, Unset) else _summary(summary, f"{where}.summary"),
    )


class _GeneratedSummary(Protocol):
    @property
    def total_audio_bytes(self) -> int | Unset: ...
    @property
    def audio_duration_ms(self) -> int | Unset: ...
    @property
    def streaming_seconds(self) -> int | Unset: ...
    @property
    def transcripts(self) -> int | Unset: ...


def _summary(model: _GeneratedSummary, where: str) -> StreamSummary:
    return StreamSummary(
        total_audio_bytes=_typed(
            model.total_audio_bytes, int, f"{where}.totalAudioBytes", required=True
        ),
        audio_duration_ms=_typed(
            model.audio_duration_ms, int, f"{where}.audioDurationMs", required=True
        ),
        streaming_seconds=_typed(
            model.streaming_seconds, int, f"{where}.streamingSeconds", required=True
        ),
        transcripts=_typed(model.transcripts, int, f"{where}.transcripts", required=True),
    )


@overload
def _typed(
    value: object, kind: type[_ValueT], where: str, *, required: Literal[True]
) -> _ValueT: ...
@overload
def _typed(
    value: object, kind: type[_ValueT], where: str, *, required: Literal[False] = False
) -> _ValueT | None: ...
def _typed(
    value: object, kind: type[_ValueT], where: str, *, required: bool = False
) -> _ValueT | None:
    if isinstance(value, Unset) or (value is None and not required):
        if required:
            raise ResponseShapeError(f"{where} is missing")
        return None
    # JSON true/false must not pass for a number.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ResponseShapeError(f"{where} should be {kind.__name__}, got {type(value).__name__}")
    return value
