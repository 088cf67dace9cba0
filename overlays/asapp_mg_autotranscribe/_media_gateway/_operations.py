"""The API's three operations as requests: arguments checked, bodies built, parsers chosen.

Everything here is pure, shared by the sync and async clients. The adapter to the
generated code, ``_generated``, is imported inside the functions that build requests, so
that it loads with the first request rather than with the package (see its docstring).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from ._exceptions import InvalidRequestError
from ._logging import logger, mask_stream_url
from ._results import (
    StreamingResult,
    parse_start_streaming,
    parse_stop_streaming,
    parse_stream_url,
)
from ._types import (
    MEDIA_LINE_ORDERS,
    NAMESPACES,
    PARTICIPANTS,
    REDACTION_OUTPUTS,
    START_SELECTOR_TYPES,
    AmazonConnectParams,
    MediaLineOrder,
    Namespace,
    Participant,
    RedactionOutput,
    TwilioTrackMap,
)

__all__ = [
    "Operation",
    "check_call_sid",
    "start_streaming",
    "start_twilio",
    "stop_streaming",
    "stop_twilio",
    "stream_url",
]

_ResultT = TypeVar("_ResultT", covariant=True)

_CALL_SID = re.compile(r"CA[0-9a-fA-F]{32}")


@attrs.frozen
class Operation(Generic[_ResultT]):
    """One API request ready to send, and how to read its answer."""

    name: str
    method: str
    path: str
    json: dict[str, Any] | None
    # False for requests that change state: they are retried only when certainly not processed.
    idempotent: bool
    parse: Callable[[object], _ResultT]
    # Whether a parsed result with is_ok false raises StreamingNotOkError.
    checks_is_ok: bool = False


def stream_url() -> Operation[str]:
    """GET the short-lived WebSocket URL for Twilio media streams."""
    from . import _generated

    method, path, body = _generated.stream_url_request()
    return Operation("getTwilioMediaStreams", method, path, body, True, _parse_stream_url)


def _parse_stream_url(data: object) -> str:
    url = parse_stream_url(data)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("got a stream URL: %s", mask_stream_url(url))
    return url


def start_streaming(
    *,
    namespace: Namespace,
    guid: str,
    customer_id: str,
    agent_id: str,
    language: str | None,
    detailed_token: bool | None,
    audio_recording_allowed: bool | None,
    redaction_output: RedactionOutput | None,
    twilio_track_map: TwilioTrackMap | None,
    siprec_media_line_order: MediaLineOrder | None,
    amazon_connect: AmazonConnectParams | None,
) -> Operation[StreamingResult]:
    """POST start-streaming, with every argument checked before anything is sent."""
    _one_of("namespace", namespace, NAMESPACES)
    _text("guid", guid)
    _text("customer_id", customer_id)
    _text("agent_id", agent_id)
    if language is not None:
        _text("language", language)
    _flag("detailed_token", detailed_token)
    _flag("audio_recording_allowed", audio_recording_allowed)
    if redaction_output is not None:
        _one_of("redaction_output", redaction_output, REDACTION_OUTPUTS)
    if detailed_token and redaction_output != "unredacted":
        raise InvalidRequestError(
            "detailed_token=True needs redaction_output='unredacted': the API rejects detailed "
            f"tokens with redacted output (redaction_output={redaction_output!r}, "
            "and the API's default is 'redacted')"
        )
    track_map = _mapping("twilio_track_map", twilio_track_map, {"inbound", "outbound"})
    for track, participant in track_map.items():
        _one_of(f"twilio_track_map[{track!r}]", participant, PARTICIPANTS)
    if siprec_media_line_order is not None:
        _one_of("siprec_media_line_order", siprec_media_line_order, MEDIA_LINE_ORDERS)
    amazon = _mapping(
        "amazon_connect",
        amazon_connect,
        {"stream_arn", "start_selector_type", "after_fragment_number"},
    )
    _check_amazon_connect(amazon)

    from . import _generated

    method, path, body = _generated.start_streaming_request(
        namespace=namespace,
        guid=guid,
        customer_id=customer_id,
        agent_id=agent_id,
        language=language,
        detailed_token=detailed_token,
        audio_recording_allowed=audio_recording_allowed,
        redaction_output=redaction_output,
        twilio_inbound=track_map.get("inbound"),
        twilio_outbound=track_map.get("outbound"),
        siprec_media_line_order=siprec_media_line_order,
        amazon_connect_stream_arn=amazon.get("stream_arn"),
        amazon_connect_start_selector_type=amazon.get("start_selector_type"),
        amazon_connect_after_fragment_number=amazon.get("after_fragment_number"),
    )
    return Operation("startStreaming", method, path, body, False, parse_start_streaming, True)


def stop_streaming(*, namespace: Namespace, guid: str) -> Operation[StreamingResult]:
    """POST stop-streaming."""
    _one_of("namespace", namespace, NAMESPACES)
    _text("guid", guid)
    from . import _generated

    method, path, body = _generated.stop_streaming_request(namespace=namespace, guid=guid)
    return Operation("stopStreaming", method, path, body, False, parse_stop_streaming, True)


def check_call_sid(call_sid: object) -> str:
    """Return ``call_sid`` if it has the shape of a Twilio Call SID (``CA`` + 32 hex digits)."""
    if not isinstance(call_sid, str) or not _CALL_SID.fullmatch(call_sid):
        raise InvalidRequestError(
            f"call_sid must be a Twilio Call SID, 'CA' followed by 32 hex digits; got {call_sid!r}"
        )
    return call_sid


def _text(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise InvalidRequestError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise InvalidRequestError(f"{name} must not be empty")


def _flag(name: str, value: object) -> None:
    if value is not None and not isinstance(value, bool):
        raise InvalidRequestError(f"{name} must be True, False or None, not {value!r}")


def _one_of(name: str, value: object, allowed: frozenset[str]) -> None:
    if value not in allowed:
        choices = ", ".join(repr(choice) for choice in sorted(allowed))
        raise InvalidRequestError(f"{name} must be one of {choices}; got {value!r}")


def _mapping(name: str, value: Mapping[str, Any] | None, keys: set[str]) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidRequestError(f"{name} must be a dict, not {type(value).__name__}")
    unknown = sorted(str(key) for key in value if key not in keys)
    if unknown:
        raise InvalidRequestError(f"{name} has unknown keys {unknown}; allowed: {sorted(keys)}")
    return {key: item for key, item in value.items() if item is not None}


def _check_amazon_connect(params: Mapping[str, Any]) -> None:
    for key in ("stream_arn", "after_fragment_number"):
        if key in params:
            _text(f"amazon_connect[{key!r}]", params[key])
    selector = params.get("start_selector_type")
    if selector is not None:
        _one_of("amazon_connect['start_selector_type']", selector, START_SELECTOR_TYPES)
    if selector == "FRAGMENT_NUMBER" and "after_fragment_number" not in params:
        raise InvalidRequestError(
            "amazon_connect['after_fragment_number'] is required when start_selector_type is "
            "'FRAGMENT_NUMBER'"
        )


def start_twilio(
    call_sid: str,
    *,
    customer_id: str,
    agent_id: str,
    inbound: Participant,
    outbound: Participant,
    language: str | None,
    detailed_token: bool | None,
    audio_recording_allowed: bool | None,
    redaction_output: RedactionOutput | None,
) -> Operation[StreamingResult]:
    """start_streaming for a Twilio call, its Call SID checked first."""
    return start_streaming(
        namespace="twilio",
        guid=check_call_sid(call_sid),
        customer_id=customer_id,
        agent_id=agent_id,
        language=language,
        detailed_token=detailed_token,
        audio_recording_allowed=audio_recording_allowed,
        redaction_output=redaction_output,
        twilio_track_map={"inbound": inbound, "outbound": outbound},
        siprec_media_line_order=None,
        amazon_connect=None,
    )


def stop_twilio(call_sid: str) -> Operation[StreamingResult]:
    """stop_streaming for a Twilio call, its Call SID checked first."""
    return stop_streaming(namespace="twilio", guid=check_call_sid(call_sid))
