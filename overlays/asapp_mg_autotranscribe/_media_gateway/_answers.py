"""Steps 1 and 3 of the Twilio flow: what the SDK makes of the Media Gateway's answers.

The operations themselves (their arguments and requests) are generated from the spec
(``_generated``); what is written here is what the spec cannot say: the answer properties
the SDK types although the spec marks none required, what each answer becomes (the stream
URL, a StreamingResult). The rules the spec states only in prose (non-empty ids, a Call
SID for namespace ``twilio``, detailed tokens with unredacted output, the Amazon Connect
fragment) are checked on the body as sent (``_request_rules``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .._endpoint import Answer, AnswerError
from .._exceptions import StreamingNotOkError
from .._logging import logger
from .._redaction import mask_stream_url
from ._results import StreamingResult

if TYPE_CHECKING:
    from .._generated import (
        GetTwilioMediaStreamsResponse,
        StartStreamingResponse,
        StopStreamingResponse,
    )

__all__ = ["START_STREAMING", "STOP_STREAMING", "STREAM_URL"]


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
# them ("a.b" when "a" is present); tests/test_answers_against_spec.py holds each path to
# the spec.
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

STREAM_URL: Answer[str, GetTwilioMediaStreamsResponse] = Answer(
    _stream_url, required=("streamingUrl",)
)
"""getTwilioMediaStreams: the ``wss://`` URL (it lives 5 minutes; StreamUrlCache shares one)."""

START_STREAMING: Answer[StreamingResult[StartStreamingResponse], StartStreamingResponse] = Answer(
    _streaming_result,
    required=_START_REQUIRED,
    raises=(StreamingNotOkError,),
)
"""startStreaming: a StreamingResult; StreamingNotOkError when the router answers
``isOk: false``."""

STOP_STREAMING: Answer[StreamingResult[StopStreamingResponse], StopStreamingResponse] = Answer(
    _streaming_result,
    required=_STOP_REQUIRED,
    raises=(StreamingNotOkError,),
)
"""stopStreaming: a StreamingResult whose participants carry a ``summary``."""
