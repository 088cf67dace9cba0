"""What start_streaming and stop_streaming return: typed views over the generated model.

The answer is read by the generated model (``.model``, which follows the spec: a property
ASAPP adds is there after ``make regenerate``); ``to_dict()`` gives the body as received.
The properties below are the ones the SDK types for you; the answer marks none of them
required, and the SDK requires those it types (``_answers``), so they are never UNSET
here.
"""

from __future__ import annotations

import copy
from typing import Any, Generic, Protocol, TypeVar

import attrs

__all__ = ["ParticipantStream", "StreamStatus", "StreamSummary", "StreamingResult"]


class _StreamingAnswer(Protocol):
    """What the generated models of both answers (start and stop) have in common."""

    @property
    def is_ok(self) -> Any: ...

    @property
    def error_message(self) -> Any: ...

    @property
    def autotranscribe_response(self) -> Any: ...


_ModelT = TypeVar("_ModelT", bound=_StreamingAnswer)


def _shown(view: object, *names: str) -> str:
    fields = ", ".join(f"{name}={getattr(view, name)!r}" for name in names)
    return f"{type(view).__name__}({fields})"


@attrs.frozen(repr=False)
class StreamStatus:
    """The outcome for one participant's stream; ``code`` 1000 (``"OK"``) is success."""

    model: Any
    """The generated model of the status."""

    @property
    def code(self) -> int:
        """The status code (1000 is success)."""
        code: int = self.model.code
        return code

    @property
    def description(self) -> str:
        """The status in words (``"OK"``)."""
        description: str = self.model.description
        return description

    @property
    def is_ok(self) -> bool:
        """Whether the code is 1000, the API's success code."""
        return self.code == 1000

    def __repr__(self) -> str:
        return _shown(self, "code", "description")


@attrs.frozen(repr=False)
class StreamSummary:
    """Totals for one participant's stream, reported when streaming stops."""

    model: Any
    """The generated model of the summary."""

    @property
    def total_audio_bytes(self) -> int:
        """Bytes of audio received."""
        value: int = self.model.total_audio_bytes
        return value

    @property
    def audio_duration_ms(self) -> int:
        """Milliseconds of audio received."""
        value: int = self.model.audio_duration_ms
        return value

    @property
    def streaming_seconds(self) -> int:
        """Seconds the stream lasted."""
        value: int = self.model.streaming_seconds
        return value

    @property
    def transcripts(self) -> int:
        """How many transcripts were produced."""
        value: int = self.model.transcripts
        return value

    def __repr__(self) -> str:
        return _shown(
            self, "total_audio_bytes", "audio_duration_ms", "streaming_seconds", "transcripts"
        )


@attrs.frozen(repr=False)
class ParticipantStream:
    """One participant's (customer's or agent's) transcription stream.

    ``summary`` is set by stop_streaming and None after start_streaming.
    """

    model: Any
    """The generated model of the participant's part of the answer."""

    @property
    def stream_id(self) -> str:
        """The stream's id (transcripts name it as ``streamId``)."""
        stream_id: str = self.model.stream_id
        return stream_id

    @property
    def status(self) -> StreamStatus:
        """The outcome for this stream."""
        return StreamStatus(self.model.status)

    @property
    def summary(self) -> StreamSummary | None:
        """Totals after a stop; None after a start."""
        summary = getattr(self.model, "summary", None)
        return StreamSummary(summary) if summary else None

    def __repr__(self) -> str:
        return _shown(self, "stream_id", "status", "summary")


@attrs.frozen(repr=False)
class StreamingResult(Generic[_ModelT]):
    """The router's answer to start_streaming or stop_streaming.

    ``customer`` and ``agent`` are None when the router left that participant out.
    ``model`` is the generated model of the whole answer (``StartStreamingResponse`` or
    ``StopStreamingResponse``): every property the spec documents, typed, at any depth.
    """

    model: _ModelT = attrs.field(eq=False)
    """The generated model of the answer."""
    _body: dict[str, Any] = attrs.field(alias="body")

    @property
    def is_ok(self) -> bool:
        """Whether the router processed the request."""
        is_ok: bool = self.model.is_ok
        return is_ok

    @property
    def error_message(self) -> str | None:
        """The router's message, if it gave one."""
        message = self.model.error_message
        return message if isinstance(message, str) else None

    @property
    def customer(self) -> ParticipantStream | None:
        """The customer's stream, or None."""
        return self._participant("customer")

    @property
    def agent(self) -> ParticipantStream | None:
        """The agent's stream, or None."""
        return self._participant("agent")

    def to_dict(self) -> dict[str, Any]:
        """The answer's JSON as received, properties the SDK does not know included."""
        return copy.deepcopy(self._body)

    def _participant(self, who: str) -> ParticipantStream | None:
        per_participant = self.model.autotranscribe_response
        participant = getattr(per_participant, who, None) if per_participant else None
        return ParticipantStream(participant) if participant else None

    def __repr__(self) -> str:
        return _shown(self, "is_ok", "error_message", "customer", "agent")
