"""Steps 1 and 3 of the Twilio flow: what the SDK makes of the Media Gateway's answers.

The operations themselves (their arguments and requests) are generated from the spec
(``_generated``); what is written here is what the spec cannot say: the answer properties
the SDK types although the spec marks none required, what each answer becomes (the stream
URL, a StreamingResult), and the checks of the arguments that the spec states only in
prose (non-empty ids, detailed tokens with unredacted output, the Amazon Connect fragment).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._endpoint import Answer, AnswerError
from .._exceptions import InvalidRequestError, StreamingNotOkError
from .._logging import logger
from .._redaction import mask_stream_url
from ._results import StreamingResult

if TYPE_CHECKING:
    from .._generated import (
        GetTwilioMediaStreamsResponse,
        StartStreamingResponse,
        StopStreamingResponse,
    )

__all__ = ["START_STREAMING", "STOP_STREAMING", "STREAM_URL", "not_blank"]


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


# --- checks the spec cannot express ----------------------------------------------------------


def not_blank(name: str, value: object) -> None:
    """InvalidRequestError if ``value`` is a blank string (a value of another type is left
    to the check against the spec, which names its type)."""
    if isinstance(value, str) and not value.strip():
        raise InvalidRequestError(f"{name} must not be empty")


def _check_start(arguments: Mapping[str, Any]) -> None:
    for name in ("guid", "customer_id", "agent_id", "language"):
        not_blank(name, arguments.get(name))
    redaction_output = arguments.get("redaction_output")
    if arguments.get("detailed_token") is True and redaction_output != "unredacted":
        raise InvalidRequestError(
            "detailed_token=True needs redaction_output='unredacted': the API rejects detailed "
            f"tokens with redacted output (redaction_output={redaction_output!r}, "
            "and the API's default is 'redacted')"
        )
    amazon = arguments.get("amazon_connect")
    if isinstance(amazon, Mapping):
        for key in ("stream_arn", "after_fragment_number"):
            not_blank(f"amazon_connect[{key!r}]", amazon.get(key))
        if amazon.get("start_selector_type") == "FRAGMENT_NUMBER" and (
            amazon.get("after_fragment_number") is None
        ):
            raise InvalidRequestError(
                "amazon_connect['after_fragment_number'] is required when start_selector_type "
                "is 'FRAGMENT_NUMBER'"
            )


def _check_stop(arguments: Mapping[str, Any]) -> None:
    not_blank("guid", arguments.get("guid"))


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
    check_arguments=_check_start,
    raises=(StreamingNotOkError,),
)
"""startStreaming: a StreamingResult; StreamingNotOkError when the router answers
``isOk: false``."""

STOP_STREAMING: Answer[StreamingResult[StopStreamingResponse], StopStreamingResponse] = Answer(
    _streaming_result,
    required=_STOP_REQUIRED,
    check_arguments=_check_stop,
    raises=(StreamingNotOkError,),
)
"""stopStreaming: a StreamingResult whose participants carry a ``summary``."""
