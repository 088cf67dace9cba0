"""What the operations return, and how it is read from the API's JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, overload

import attrs

__all__ = [
    "ParticipantStream",
    "ResponseShapeError",
    "StreamStatus",
    "StreamSummary",
    "StreamingResult",
    "parse_start_streaming",
    "parse_stop_streaming",
    "parse_stream_url",
]


@attrs.frozen
class StreamStatus:
    """The outcome for one participant's stream; ``code`` 1000 (``"OK"``) is success."""

    code: int
    description: str

    @property
    def is_ok(self) -> bool:
        """Whether the code is 1000, the API's success code."""
        return self.code == 1000


@attrs.frozen
class StreamSummary:
    """Totals for one participant's stream, reported when streaming stops."""

    total_audio_bytes: int
    audio_duration_ms: int
    streaming_seconds: int
    transcripts: int


@attrs.frozen
class ParticipantStream:
    """One participant's (customer's or agent's) transcription stream.

    ``summary`` is set by stop_streaming and None after start_streaming.
    """

    stream_id: str
    status: StreamStatus
    summary: StreamSummary | None = None


@attrs.frozen
class StreamingResult:
    """The router's answer to start_streaming or stop_streaming.

    ``customer`` and ``agent`` are None when the router left that participant out.
    """

    is_ok: bool
    error_message: str | None
    customer: ParticipantStream | None
    agent: ParticipantStream | None


class ResponseShapeError(ValueError):
    """A response body does not have the documented shape; the message says where."""


def parse_stream_url(data: object) -> str:
    """The ``streamingUrl`` of a getTwilioMediaStreams answer."""
    url = _json_object(data, "the body").get("streamingUrl")
    if not isinstance(url, str) or not url:
        raise ResponseShapeError("streamingUrl is missing or not a non-empty string")
    return url


def parse_start_streaming(data: object) -> StreamingResult:
    """A startStreaming answer as a StreamingResult."""
    return _streaming_result(data, with_summary=False)


def parse_stop_streaming(data: object) -> StreamingResult:
    """A stopStreaming answer as a StreamingResult, with each participant's summary."""
    return _streaming_result(data, with_summary=True)


# The answers are read straight from the JSON, every value type-checked on the way: the
# generated models' from_dict takes values on trust and costs a second pass.
_ABSENT: Any = object()
_ValueT = TypeVar("_ValueT")


def _streaming_result(data: object, *, with_summary: bool) -> StreamingResult:
    body = _json_object(data, "the body")
    is_ok = _field(body, "isOk", bool, "isOk")
    error_message = _field(body, "errorMessage", str, "errorMessage", required=False)
    customer = agent = None
    per_participant = body.get("autotranscribeResponse", _ABSENT)
    if per_participant is not _ABSENT:
        per_participant = _json_object(per_participant, "autotranscribeResponse")
        customer = _participant(per_participant, "customer", with_summary)
        agent = _participant(per_participant, "agent", with_summary)
    return StreamingResult(is_ok=is_ok, error_message=error_message, customer=customer, agent=agent)


def _participant(
    per_participant: Mapping[str, object], who: str, with_summary: bool
) -> ParticipantStream | None:
    data = per_participant.get(who, _ABSENT)
    if data is _ABSENT:
        return None
    where = f"autotranscribeResponse.{who}"
    stream = _json_object(data, where)
    status = _json_object(stream.get("status", _ABSENT), f"{where}.status")
    summary = stream.get("summary", _ABSENT) if with_summary else _ABSENT
    return ParticipantStream(
        stream_id=_field(stream, "streamId", str, f"{where}.streamId"),
        status=StreamStatus(
            code=_field(status, "code", int, f"{where}.status.code"),
            description=_field(status, "description", str, f"{where}.status.description"),
        ),
        summary=None if summary is _ABSENT else _summary(summary, f"{where}.summary"),
    )


def _summary(data: object, where: str) -> StreamSummary:
    summary = _json_object(data, where)
    return StreamSummary(
        total_audio_bytes=_field(summary, "totalAudioBytes", int, f"{where}.totalAudioBytes"),
        audio_duration_ms=_field(summary, "audioDurationMs", int, f"{where}.audioDurationMs"),
        streaming_seconds=_field(summary, "streamingSeconds", int, f"{where}.streamingSeconds"),
        transcripts=_field(summary, "transcripts", int, f"{where}.transcripts"),
    )


def _json_object(value: object, where: str) -> Mapping[str, object]:
    if value is _ABSENT:
        raise ResponseShapeError(f"{where} is missing")
    if not isinstance(value, dict):
        raise ResponseShapeError(f"{where} is not a JSON object")
    return value


@overload
def _field(data: Mapping[str, object], key: str, kind: type[_ValueT], where: str) -> _ValueT: ...
@overload
def _field(
    data: Mapping[str, object],
    key: str,
    kind: type[_ValueT],
    where: str,
    *,
    required: Literal[False],
) -> _ValueT | None: ...
def _field(
    data: Mapping[str, object], key: str, kind: type[_ValueT], where: str, *, required: bool = True
) -> _ValueT | None:
    value = data.get(key, _ABSENT)
    if value is _ABSENT or (value is None and not required):
        if required:
            raise ResponseShapeError(f"{where} is missing")
        return None
    # JSON true/false must not pass for a number.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ResponseShapeError(f"{where} should be {kind.__name__}, got {type(value).__name__}")
    return value
