"""The one module that touches the generated client (``mg_autotranscribe_client``).

Regenerating the client can rename things; this adapter is where that lands. It builds
each operation's request (method, path, JSON body) through the generated request models.
``_operations`` imports it with the first request, not with the package: the generated
package imports all of its models at once, which costs more than importing httpx.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from mg_autotranscribe_client.api.auto_transcribe_media_gateway import (
    get_twilio_media_streams,
    start_streaming,
    stop_streaming,
)
from mg_autotranscribe_client.models.start_streaming_request import StartStreamingRequest
from mg_autotranscribe_client.models.start_streaming_request_amazon_connect_params import (
    StartStreamingRequestAmazonConnectParams,
)
from mg_autotranscribe_client.models.start_streaming_request_autotranscribe_params import (
    StartStreamingRequestAutotranscribeParams,
)
from mg_autotranscribe_client.models.start_streaming_request_siprec_params import (
    StartStreamingRequestSiprecParams,
)
from mg_autotranscribe_client.models.start_streaming_request_twilio_params import (
    StartStreamingRequestTwilioParams,
)
from mg_autotranscribe_client.models.start_streaming_request_twilio_params_track_map import (
    StartStreamingRequestTwilioParamsTrackMap,
)
from mg_autotranscribe_client.models.stop_streaming_request import StopStreamingRequest
from mg_autotranscribe_client.types import UNSET, Unset

from ._types import MediaLineOrder, Namespace, Participant, RedactionOutput, StartSelectorType

__all__ = [
    "HttpRequestParts",
    "start_streaming_request",
    "stop_streaming_request",
    "stream_url_request",
]

HttpRequestParts = tuple[str, str, dict[str, Any] | None]
"""(method, path, JSON body or None) of one operation."""


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
    language: str | None,
    detailed_token: bool | None,
    audio_recording_allowed: bool | None,
    redaction_output: RedactionOutput | None,
    twilio_inbound: Participant | None,
    twilio_outbound: Participant | None,
    siprec_media_line_order: MediaLineOrder | None,
    amazon_connect_stream_arn: str | None,
    amazon_connect_start_selector_type: StartSelectorType | None,
    amazon_connect_after_fragment_number: str | None,
) -> HttpRequestParts:
    """The request of startStreaming; None leaves a field (or a group of them) out."""
    body = StartStreamingRequest(
        namespace=namespace,
        guid=guid,
        customer_id=customer_id,
        agent_id=agent_id,
        autotranscribe_params=_group(
            StartStreamingRequestAutotranscribeParams,
            language=language,
            detailed_token=detailed_token,
            audio_recording_allowed=audio_recording_allowed,
            redaction_output=redaction_output,
        ),
        twilio_params=_group(
            StartStreamingRequestTwilioParams,
            track_map=_group(
                StartStreamingRequestTwilioParamsTrackMap,
                inbound=twilio_inbound,
                outbound=twilio_outbound,
            ),
        ),
        siprec_params=_group(
            StartStreamingRequestSiprecParams, media_line_order=siprec_media_line_order
        ),
        amazon_connect_params=_group(
            StartStreamingRequestAmazonConnectParams,
            stream_arn=amazon_connect_stream_arn,
            start_selector_type=amazon_connect_start_selector_type,
            after_fragment_number=amazon_connect_after_fragment_number,
        ),
    )
    return _parts(start_streaming._get_kwargs(body=body))


def stop_streaming_request(*, namespace: Namespace, guid: str) -> HttpRequestParts:
    """The request of stopStreaming."""
    body = StopStreamingRequest(namespace=namespace, guid=guid)
    return _parts(stop_streaming._get_kwargs(body=body))


_ModelT = TypeVar("_ModelT")


def _group(model: Callable[..., _ModelT], **fields: object) -> _ModelT | Unset:
    """The nested object of ``fields``, or UNSET (left out) when none is given.

    None and UNSET both mean "not given"; each is passed on as UNSET, since the generated
    models default a field to the spec's default, which would then be sent.
    """
    if all(value is None or value is UNSET for value in fields.values()):
        return UNSET
    return model(**{name: UNSET if value is None else value for name, value in fields.items()})
