"""Steps 1 and 3 of the Twilio flow: the Media Gateway's three operations, each written
once (its arguments, their wire names, and what its answer becomes).

Each function here is the method of both clients (``_methods``): it builds the JSON body
in the API's own names from its arguments, and returns the PreparedCall the client sends,
with the argument behind each property (for messages). When the call is sent, the body
(``extra_body`` merged in) is checked against the generated request model (types, enums,
required properties), so a value the spec gains is accepted after ``make regenerate``, and
against what the spec says in prose (``_request_rules``: non-empty ids, a Call SID's shape
for namespace ``twilio``, the combinations the API refuses).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

import attrs

from .._endpoint import AnswerError, Endpoint, PreparedCall
from .._exceptions import InvalidRequestError, StreamingNotOkError
from .._logging import logger
from .._options import RequestOptions
from .._redaction import mask_stream_url
from ._results import StreamingResult
from ._types import AmazonConnectParams, StartOptions, StartStreamingArguments, TwilioTrackMap

if TYPE_CHECKING:
    from .._generated import (
        GetTwilioMediaStreamsResponse,
        Namespace,
        Participant,
        StartStreamingResponse,
        StopStreamingResponse,
    )

__all__ = [
    "START_STREAMING",
    "STOP_STREAMING",
    "STREAM_URL",
    "get_twilio_media_stream_url",
    "start_streaming",
    "start_twilio_transcription",
    "stop_streaming",
    "stop_twilio_transcription",
]

_TRACK_MAP_KEYS = TwilioTrackMap.__optional_keys__
_AMAZON_CONNECT_KEYS = AmazonConnectParams.__optional_keys__


# --- what each answer becomes ----------------------------------------------------------------


def _stream_url(model: GetTwilioMediaStreamsResponse, body: dict[str, Any]) -> str:
    url = model.streaming_url
    if not isinstance(url, str) or not url:
        raise AnswerError("streamingUrl is empty")
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("got a stream URL: %s", mask_stream_url(url))
    return url


def _streaming_result(model: Any, body: dict[str, Any]) -> StreamingResult[Any]:
    result = StreamingResult(model, body=body)
    if not result.is_ok:
        raise StreamingNotOkError(result)
    return result


# The answers mark no property required. These are the ones the SDK types, so it requires
# them ("a.b" when "a" is present); tests/test_sdk_against_spec.py holds each path to the spec.
_PARTICIPANT_FIELDS = ("streamId", "status", "status.code", "status.description")
_SUMMARY_FIELDS = ("totalAudioBytes", "audioDurationMs", "streamingSeconds", "transcripts")
_START_REQUIRED = (
    "isOk",
    *(
        f"autotranscribeResponse.{who}.{field}"
        for who in ("customer", "agent")
        for field in _PARTICIPANT_FIELDS
    ),
)
_STOP_REQUIRED = (
    *_START_REQUIRED,
    *(
        f"autotranscribeResponse.{who}.summary.{field}"
        for who in ("customer", "agent")
        for field in _SUMMARY_FIELDS
    ),
)

STREAM_URL: Endpoint[str, GetTwilioMediaStreamsResponse] = Endpoint(
    "getTwilioMediaStreams", idempotent=True, read_result=_stream_url, required=("streamingUrl",)
)
START_STREAMING: Endpoint[StreamingResult[StartStreamingResponse], StartStreamingResponse] = (
    Endpoint(
        "startStreaming",
        idempotent=False,
        read_result=_streaming_result,
        required=_START_REQUIRED,
    )
)
STOP_STREAMING: Endpoint[StreamingResult[StopStreamingResponse], StopStreamingResponse] = Endpoint(
    "stopStreaming", idempotent=False, read_result=_streaming_result, required=_STOP_REQUIRED
)


# --- the operations --------------------------------------------------------------------------


def get_twilio_media_stream_url(
    **options: Unpack[RequestOptions],
) -> PreparedCall[str, GetTwilioMediaStreamsResponse]:
    """Return a ``wss://`` URL to stream a Twilio call's audio to.

    It lives 5 minutes and may start any number of streams in that time: for a webhook,
    StreamUrlCache fetches one and shares it. Takes the per-request options only.
    """
    return PreparedCall(STREAM_URL, options=options)


def start_streaming(
    *,
    namespace: Namespace,
    guid: str,
    customer_id: str,
    agent_id: str,
    **arguments: Unpack[StartStreamingArguments],
) -> PreparedCall[StreamingResult[StartStreamingResponse], StartStreamingResponse]:
    """Start, or resume, transcription of a call's audio.

    ``guid`` is the call's id (for Twilio, the Call SID); ``customer_id`` and ``agent_id``
    come from the call centre's CTI data. Then, all optional: the transcription settings
    (``language``, ``detailed_token``, ``audio_recording_allowed``, ``redaction_output``;
    see TranscriptionSettings), each platform's parameters (``twilio_track_map``,
    ``siprec_media_line_order``, ``amazon_connect``) and the per-request options. An
    argument left out, or None, is left out of the request and the API's default applies.
    Raises StreamingNotOkError when the router answers ``isOk: false``.
    """
    given: dict[str, Any] = {
        "namespace": namespace,
        "guid": guid,
        "customer_id": customer_id,
        "agent_id": agent_id,
    }
    rest: dict[str, Any] = dict(arguments)
    body: dict[str, Any] = {}
    for name, path in _START_PATHS.items():
        value = given[name] if name in given else rest.pop(name, None)
        if name in _NESTED_KEYS:
            value = _nested(name, value, _NESTED_KEYS[name])
        if value is not None:
            _put(body, path, value)
    return PreparedCall(START_STREAMING, body, options=rest, argument_names=_START_NAMES)


def stop_streaming(
    *, namespace: Namespace, guid: str, **options: Unpack[RequestOptions]
) -> PreparedCall[StreamingResult[StopStreamingResponse], StopStreamingResponse]:
    """Stop transcription of a call (for a hold, or at its end); each participant's
    result carries a ``summary``. Start again to resume."""
    return PreparedCall(
        STOP_STREAMING,
        {"namespace": namespace, "guid": guid},
        options=options,
        argument_names=_STOP_NAMES,
    )


def start_twilio_transcription(
    call_sid: str,
    *,
    customer_id: str,
    agent_id: str,
    inbound: Participant = "customer",
    outbound: Participant = "agent",
    **settings: Unpack[StartOptions],
) -> PreparedCall[StreamingResult[StartStreamingResponse], StartStreamingResponse]:
    """start_streaming for a Twilio call: namespace ``"twilio"``, ``guid`` the Call SID
    (checked to be ``CA`` + 32 hex digits before anything is sent), and the track map
    (``inbound`` the customer, ``outbound`` the agent, unless told otherwise). Takes the
    same transcription settings and per-request options as start_streaming."""
    call = start_streaming(
        namespace="twilio",
        guid=call_sid,
        customer_id=customer_id,
        agent_id=agent_id,
        twilio_track_map={"inbound": inbound, "outbound": outbound},
        **settings,
    )
    return attrs.evolve(call, argument_names=_TWILIO_START_NAMES)


def stop_twilio_transcription(
    call_sid: str, **options: Unpack[RequestOptions]
) -> PreparedCall[StreamingResult[StopStreamingResponse], StopStreamingResponse]:
    """stop_streaming for a Twilio call, its Call SID checked first."""
    call = stop_streaming(namespace="twilio", guid=call_sid, **options)
    return attrs.evolve(call, argument_names=_TWILIO_STOP_NAMES)


# --- building the body -----------------------------------------------------------------------


def _nested(name: str, value: object, keys: frozenset[str]) -> dict[str, Any] | None:
    """A nested argument (snake_case keys) in the API's camelCase names, its None values
    left out; None if nothing is left."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidRequestError(f"{name} must be a dict, not {type(value).__name__}")
    if not keys.issuperset(value):
        unknown = sorted(repr(key) for key in value if key not in keys)
        raise InvalidRequestError(
            f"{name} has unknown keys {', '.join(unknown)}; allowed: {', '.join(sorted(keys))}"
        )
    return {_camel(key): item for key, item in value.items() if item is not None} or None


def _put(body: dict[str, Any], path: tuple[str, ...], value: object) -> None:
    """Set ``value`` at ``path`` in ``body``, making the objects on the way."""
    *parents, last = path
    for key in parents:
        body = body.setdefault(key, {})
    body[last] = value


@functools.cache
def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


# --- arguments and their wire names ----------------------------------------------------------

# Where each argument of start_streaming goes in the body (its wire path). The nested ones
# (twilio_track_map, amazon_connect) are dicts whose keys go below it in camelCase.
_START_PATHS: Mapping[str, tuple[str, ...]] = {
    "namespace": ("namespace",),
    "guid": ("guid",),
    "customer_id": ("customerId",),
    "agent_id": ("agentId",),
    "language": ("autotranscribeParams", "language"),
    "detailed_token": ("autotranscribeParams", "detailedToken"),
    "audio_recording_allowed": ("autotranscribeParams", "audioRecordingAllowed"),
    "redaction_output": ("autotranscribeParams", "redactionOutput"),
    "twilio_track_map": ("twilioParams", "trackMap"),
    "siprec_media_line_order": ("siprecParams", "mediaLineOrder"),
    "amazon_connect": ("amazonConnectParams",),
}
_NESTED_KEYS = {"twilio_track_map": _TRACK_MAP_KEYS, "amazon_connect": _AMAZON_CONNECT_KEYS}


def _argument_names() -> dict[str, str]:
    """start_streaming's argument behind each body property, by dotted wire path."""
    names = {".".join(path): name for name, path in _START_PATHS.items()}
    for name, keys in _NESTED_KEYS.items():
        for key in keys:
            names[".".join((*_START_PATHS[name], _camel(key)))] = f"{name}[{key!r}]"
    return names


_START_NAMES = _argument_names()
_STOP_NAMES = {"namespace": "namespace", "guid": "guid"}
_TWILIO_START_NAMES = {
    **_START_NAMES,
    "guid": "call_sid",
    "twilioParams.trackMap.inbound": "inbound",
    "twilioParams.trackMap.outbound": "outbound",
}
_TWILIO_STOP_NAMES = {**_STOP_NAMES, "guid": "call_sid"}
