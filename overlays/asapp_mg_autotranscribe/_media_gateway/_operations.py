"""Steps 1 and 3 of the Twilio flow: the Media Gateway's three operations, each written
once (its arguments, their wire names, and what its answer becomes).

Each function here is the method of both clients (``_methods``): it checks what the spec
cannot say (non-empty ids, a Call SID's shape, the combinations the API refuses), builds
the JSON body in the API's own names, and returns the PreparedCall the client sends.
Types, enums and required properties are checked against the generated request model
when the call is sent, so a value the spec gains is accepted after ``make regenerate``.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

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
    "check_call_sid",
    "get_twilio_media_stream_url",
    "start_streaming",
    "start_twilio_transcription",
    "stop_streaming",
    "stop_twilio_transcription",
]

_CALL_SID = re.compile(r"CA[0-9a-fA-F]{32}")
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
    _not_blank("guid", guid)
    _not_blank("customer_id", customer_id)
    _not_blank("agent_id", agent_id)
    language = arguments.pop("language", None)
    if language is not None:
        _not_blank("language", language)
    detailed_token = arguments.pop("detailed_token", None)
    redaction_output = arguments.pop("redaction_output", None)
    if detailed_token is True and redaction_output != "unredacted":
        raise InvalidRequestError(
            "detailed_token=True needs redaction_output='unredacted': the API rejects detailed "
            f"tokens with redacted output (redaction_output={redaction_output!r}, "
            "and the API's default is 'redacted')"
        )
    amazon = _nested(
        "amazon_connect",
        arguments.pop("amazon_connect", None),
        _AMAZON_CONNECT_KEYS,
        not_blank=("stream_arn", "after_fragment_number"),
    )
    if (
        amazon
        and amazon.get("startSelectorType") == "FRAGMENT_NUMBER"
        and ("afterFragmentNumber" not in amazon)
    ):
        raise InvalidRequestError(
            "amazon_connect['after_fragment_number'] is required when start_selector_type is "
            "'FRAGMENT_NUMBER'"
        )
    body = _without_none(
        {
            "namespace": namespace,
            "guid": guid,
            "customerId": customer_id,
            "agentId": agent_id,
            "autotranscribeParams": _without_none(
                {
                    "language": language,
                    "detailedToken": detailed_token,
                    "audioRecordingAllowed": arguments.pop("audio_recording_allowed", None),
                    "redactionOutput": redaction_output,
                }
            ),
            "twilioParams": _without_none(
                {
                    "trackMap": _nested(
                        "twilio_track_map",
                        arguments.pop("twilio_track_map", None),
                        _TRACK_MAP_KEYS,
                    )
                }
            ),
            "siprecParams": _without_none(
                {"mediaLineOrder": arguments.pop("siprec_media_line_order", None)}
            ),
            "amazonConnectParams": amazon,
        }
    )
    return PreparedCall(START_STREAMING, body or {}, options=arguments)


def stop_streaming(
    *, namespace: Namespace, guid: str, **options: Unpack[RequestOptions]
) -> PreparedCall[StreamingResult[StopStreamingResponse], StopStreamingResponse]:
    """Stop transcription of a call (for a hold, or at its end); each participant's
    result carries a ``summary``. Start again to resume."""
    _not_blank("guid", guid)
    return PreparedCall(STOP_STREAMING, {"namespace": namespace, "guid": guid}, options=options)


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
    return start_streaming(
        namespace="twilio",
        guid=check_call_sid(call_sid),
        customer_id=customer_id,
        agent_id=agent_id,
        twilio_track_map={"inbound": inbound, "outbound": outbound},
        **settings,
    )


def stop_twilio_transcription(
    call_sid: str, **options: Unpack[RequestOptions]
) -> PreparedCall[StreamingResult[StopStreamingResponse], StopStreamingResponse]:
    """stop_streaming for a Twilio call, its Call SID checked first."""
    return stop_streaming(namespace="twilio", guid=check_call_sid(call_sid), **options)


# --- checks the spec cannot express ----------------------------------------------------------


def check_call_sid(call_sid: object) -> str:
    """Return ``call_sid`` if it has the shape of a Twilio Call SID (``CA`` + 32 hex digits)."""
    if not isinstance(call_sid, str) or not _CALL_SID.fullmatch(call_sid):
        shown = repr(call_sid) if isinstance(call_sid, str) and len(call_sid) <= 40 else "it"
        raise InvalidRequestError(
            f"call_sid must be a Twilio Call SID, 'CA' followed by 32 hex digits; got {shown}"
        )
    return call_sid


def _not_blank(name: str, value: object) -> None:
    # A value of the wrong type is left to the check against the spec, which names its type.
    if isinstance(value, str) and not value.strip():
        raise InvalidRequestError(f"{name} must not be empty")


def _nested(
    name: str, value: object, keys: frozenset[str], *, not_blank: tuple[str, ...] = ()
) -> dict[str, Any] | None:
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
    for key in not_blank:
        _not_blank(f"{name}[{key!r}]", value.get(key))
    return {_camel(key): item for key, item in value.items() if item is not None} or None


@functools.cache
def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _without_none(fields: Mapping[str, Any]) -> dict[str, Any] | None:
    """``fields`` without its None values; None when nothing is left (the object is then
    left out of the request, as a whole)."""
    kept = {key: value for key, value in fields.items() if value is not None}
    return kept or None
