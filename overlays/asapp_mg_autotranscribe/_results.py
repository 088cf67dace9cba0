"""What start_streaming and stop_streaming return."""

import attrs

__all__ = ["ParticipantStream", "StreamStatus", "StreamSummary", "StreamingResult"]


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
