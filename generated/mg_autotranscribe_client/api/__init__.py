"""MG Autotranscribe API Router: its operations as the SDK calls them.

Generated from the spec and sdk-names.yaml by generator-templates/api_init.py.jinja: the
registry of the operations (OPERATIONS), the request builder of each operation (its keyword
arguments are the request body's properties and the parameters; the body is the generated
request model's ``to_dict()``, with only what the caller gave), and the methods of the
SDK's clients and of their ``with_raw_response`` (SyncMethods, AsyncMethods,
SyncRawMethods, AsyncRawMethods). Nothing of the generated models is imported with it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final, TypedDict, Unpack

from asapp_mg_autotranscribe._endpoint import (
    Operation,
    RequestParts,
    object_fields,
    without_none,
)
from asapp_mg_autotranscribe._media_gateway._answers import (
    START_STREAMING as _START_STREAMING_ANSWER,
)
from asapp_mg_autotranscribe._media_gateway._answers import (
    STOP_STREAMING as _STOP_STREAMING_ANSWER,
)
from asapp_mg_autotranscribe._media_gateway._answers import (
    STREAM_URL as _GET_TWILIO_MEDIA_STREAM_URL_ANSWER,
)
from asapp_mg_autotranscribe._methods import (
    async_method,
    async_raw_method,
    sync_method,
    sync_raw_method,
)
from asapp_mg_autotranscribe._options import RequestOptions

if TYPE_CHECKING:
    from ..models.get_twilio_media_streams_response import GetTwilioMediaStreamsResponse
    from ..models.start_streaming_request import StartStreamingRequest
    from ..models.start_streaming_request_amazon_connect_params import (
        StartStreamingRequestAmazonConnectParams,
    )
    from ..models.start_streaming_request_amazon_connect_params_start_selector_type import (
        StartStreamingRequestAmazonConnectParamsStartSelectorType,
    )
    from ..models.start_streaming_request_amazon_connect_params_start_selector_type import (
        StartStreamingRequestAmazonConnectParamsStartSelectorType as StartSelectorType,
    )
    from ..models.start_streaming_request_autotranscribe_params import (
        StartStreamingRequestAutotranscribeParams,
    )
    from ..models.start_streaming_request_autotranscribe_params_redaction_output import (
        StartStreamingRequestAutotranscribeParamsRedactionOutput,
    )
    from ..models.start_streaming_request_autotranscribe_params_redaction_output import (
        StartStreamingRequestAutotranscribeParamsRedactionOutput as RedactionOutput,
    )
    from ..models.start_streaming_request_namespace import (
        StartStreamingRequestNamespace,
    )
    from ..models.start_streaming_request_namespace import (
        StartStreamingRequestNamespace as Namespace,
    )
    from ..models.start_streaming_request_siprec_params import (
        StartStreamingRequestSiprecParams,
    )
    from ..models.start_streaming_request_siprec_params_media_line_order import (
        StartStreamingRequestSiprecParamsMediaLineOrder,
    )
    from ..models.start_streaming_request_siprec_params_media_line_order import (
        StartStreamingRequestSiprecParamsMediaLineOrder as MediaLineOrder,
    )
    from ..models.start_streaming_request_twilio_params import (
        StartStreamingRequestTwilioParams,
    )
    from ..models.start_streaming_request_twilio_params_track_map import (
        StartStreamingRequestTwilioParamsTrackMap,
    )
    from ..models.start_streaming_request_twilio_params_track_map_inbound import (
        StartStreamingRequestTwilioParamsTrackMapInbound,
    )
    from ..models.start_streaming_request_twilio_params_track_map_inbound import (
        StartStreamingRequestTwilioParamsTrackMapInbound as Participant,
    )
    from ..models.start_streaming_request_twilio_params_track_map_outbound import (
        StartStreamingRequestTwilioParamsTrackMapOutbound,
    )
    from ..models.start_streaming_response import StartStreamingResponse
    from ..models.stop_streaming_request import StopStreamingRequest
    from ..models.stop_streaming_request_namespace import StopStreamingRequestNamespace
    from ..models.stop_streaming_response import StopStreamingResponse
    from ..types import Unset

__all__ = [
    "OPERATIONS",
    "PUBLIC_TYPES",
    "AsyncMethods",
    "AsyncRawMethods",
    "SyncMethods",
    "SyncRawMethods",
    "Namespace",
    "RedactionOutput",
    "MediaLineOrder",
    "Participant",
    "StartSelectorType",
    "TwilioTrackMap",
    "AmazonConnectParams",
    "TranscriptionSettings",
    "start_streaming",
    "stop_streaming",
    "get_twilio_media_stream_url",
    "StartStreamingResponse",
    "StopStreamingResponse",
    "GetTwilioMediaStreamsResponse",
]

_PACKAGE: Final = __name__.rpartition(".")[0]

OPERATIONS: Final[dict[str, Operation]] = {
    "startStreaming": Operation(
        operation_id="startStreaming",
        http_method="POST",
        path="/mg-autotranscribe/v1/start-streaming",
        path_parameters=(),
        query_parameters=(),
        request_model="start_streaming_request:StartStreamingRequest",
        response_models={
            "200": "start_streaming_response:StartStreamingResponse",
            "400": "error_response:ErrorResponse",
            "401": "error_response:ErrorResponse",
            "403": "error_response:ErrorResponse",
            "404": "error_response:ErrorResponse",
            "409": "error_response:ErrorResponse",
            "413": "error_response:ErrorResponse",
            "422": "error_response:ErrorResponse",
            "429": "error_response:ErrorResponse",
            "503": "error_response:ErrorResponse",
            "default": "error_response:ErrorResponse",
        },
        retry_safe=False,
        argument_names={
            "namespace": "namespace",
            "guid": "guid",
            "customerId": "customer_id",
            "agentId": "agent_id",
            "autotranscribeParams.language": "language",
            "autotranscribeParams.detailedToken": "detailed_token",
            "autotranscribeParams.audioRecordingAllowed": "audio_recording_allowed",
            "autotranscribeParams.redactionOutput": "redaction_output",
            "twilioParams.trackMap": "twilio_track_map",
            "twilioParams.trackMap.inbound": "twilio_track_map['inbound']",
            "twilioParams.trackMap.outbound": "twilio_track_map['outbound']",
            "siprecParams.mediaLineOrder": "siprec_media_line_order",
            "amazonConnectParams": "amazon_connect",
            "amazonConnectParams.streamArn": "amazon_connect['stream_arn']",
            "amazonConnectParams.startSelectorType": "amazon_connect['start_selector_type']",
            "amazonConnectParams.afterFragmentNumber": "amazon_connect['after_fragment_number']",
        },
        package=_PACKAGE,
    ),
    "stopStreaming": Operation(
        operation_id="stopStreaming",
        http_method="POST",
        path="/mg-autotranscribe/v1/stop-streaming",
        path_parameters=(),
        query_parameters=(),
        request_model="stop_streaming_request:StopStreamingRequest",
        response_models={
            "200": "stop_streaming_response:StopStreamingResponse",
            "400": "error_response:ErrorResponse",
            "401": "error_response:ErrorResponse",
            "403": "error_response:ErrorResponse",
            "404": "error_response:ErrorResponse",
            "409": "error_response:ErrorResponse",
            "413": "error_response:ErrorResponse",
            "422": "error_response:ErrorResponse",
            "429": "error_response:ErrorResponse",
            "503": "error_response:ErrorResponse",
            "default": "error_response:ErrorResponse",
        },
        retry_safe=False,
        argument_names={
            "namespace": "namespace",
            "guid": "guid",
        },
        package=_PACKAGE,
    ),
    "getTwilioMediaStreams": Operation(
        operation_id="getTwilioMediaStreams",
        http_method="GET",
        path="/mg-autotranscribe/v1/twilio-media-stream-url",
        path_parameters=(),
        query_parameters=(),
        request_model=None,
        response_models={
            "200": "get_twilio_media_streams_response:GetTwilioMediaStreamsResponse",
            "401": "error_response:ErrorResponse",
            "403": "error_response:ErrorResponse",
            "404": "error_response:ErrorResponse",
            "429": "error_response:ErrorResponse",
            "503": "error_response:ErrorResponse",
            "default": "error_response:ErrorResponse",
        },
        retry_safe=True,
        argument_names={},
        package=_PACKAGE,
    ),
}
"""Each operation of the spec the SDK calls, by operationId."""

PUBLIC_TYPES: Final[dict[str, str]] = {
    "Namespace": "start_streaming_request_namespace:StartStreamingRequestNamespace",
    "RedactionOutput": "start_streaming_request_autotranscribe_params_redaction_output:StartStreamingRequestAutotranscribeParamsRedactionOutput",
    "MediaLineOrder": "start_streaming_request_siprec_params_media_line_order:StartStreamingRequestSiprecParamsMediaLineOrder",
    "Participant": "start_streaming_request_twilio_params_track_map_inbound:StartStreamingRequestTwilioParamsTrackMapInbound",
    "StartSelectorType": "start_streaming_request_amazon_connect_params_start_selector_type:StartStreamingRequestAmazonConnectParamsStartSelectorType",
}
"""The public names of enums (Literal types), each with the generated module and name."""


class TwilioTrackMap(TypedDict, total=False):
    """twilioParams.trackMap of the start_streaming request, by the snake_case names of its
    properties. A key left out, or None, is left out of the request."""

    inbound: Participant | None
    outbound: StartStreamingRequestTwilioParamsTrackMapOutbound | None


class AmazonConnectParams(TypedDict, total=False):
    """amazonConnectParams of the start_streaming request, by the snake_case names of its
    properties. A key left out, or None, is left out of the request."""

    stream_arn: str | None
    start_selector_type: StartSelectorType | None
    after_fragment_number: str | None


class TranscriptionSettings(TypedDict, total=False):
    """The arguments of start_streaming that make up autotranscribeParams of the request. An
    argument left out, or None, is left out of the request."""

    language: str | None
    detailed_token: bool | None
    audio_recording_allowed: bool | None
    redaction_output: RedactionOutput | None


@functools.cache
def _TwilioTrackMap_classes() -> tuple[
    Unset,
    type[StartStreamingRequestTwilioParamsTrackMap],
]:
    from ..models.start_streaming_request_twilio_params_track_map import (
        StartStreamingRequestTwilioParamsTrackMap,
    )
    from ..types import UNSET

    return (
        UNSET,
        StartStreamingRequestTwilioParamsTrackMap,
    )


def _TwilioTrackMap_model(
    argument: str, value: TwilioTrackMap | None
) -> StartStreamingRequestTwilioParamsTrackMap | Unset:
    UNSET, _StartStreamingRequestTwilioParamsTrackMap = _TwilioTrackMap_classes()
    fields = object_fields(argument, value, TwilioTrackMap)
    if fields is None:
        return UNSET
    return _StartStreamingRequestTwilioParamsTrackMap(
        inbound=fields.get("inbound", UNSET),
        outbound=fields.get("outbound", UNSET),
    )


@functools.cache
def _AmazonConnectParams_classes() -> tuple[
    Unset,
    type[StartStreamingRequestAmazonConnectParams],
]:
    from ..models.start_streaming_request_amazon_connect_params import (
        StartStreamingRequestAmazonConnectParams,
    )
    from ..types import UNSET

    return (
        UNSET,
        StartStreamingRequestAmazonConnectParams,
    )


def _AmazonConnectParams_model(
    argument: str, value: AmazonConnectParams | None
) -> StartStreamingRequestAmazonConnectParams | Unset:
    UNSET, _StartStreamingRequestAmazonConnectParams = _AmazonConnectParams_classes()
    fields = object_fields(argument, value, AmazonConnectParams)
    if fields is None:
        return UNSET
    return _StartStreamingRequestAmazonConnectParams(
        stream_arn=fields.get("stream_arn", UNSET),
        start_selector_type=fields.get("start_selector_type", UNSET),
        after_fragment_number=fields.get("after_fragment_number", UNSET),
    )


@functools.cache
def _start_streaming_classes() -> tuple[
    Unset,
    type[StartStreamingRequest],
    type[StartStreamingRequestAutotranscribeParams],
    type[StartStreamingRequestSiprecParams],
    type[StartStreamingRequestTwilioParams],
]:
    from ..models.start_streaming_request import StartStreamingRequest
    from ..models.start_streaming_request_autotranscribe_params import (
        StartStreamingRequestAutotranscribeParams,
    )
    from ..models.start_streaming_request_siprec_params import (
        StartStreamingRequestSiprecParams,
    )
    from ..models.start_streaming_request_twilio_params import (
        StartStreamingRequestTwilioParams,
    )
    from ..types import UNSET

    return (
        UNSET,
        StartStreamingRequest,
        StartStreamingRequestAutotranscribeParams,
        StartStreamingRequestSiprecParams,
        StartStreamingRequestTwilioParams,
    )


def start_streaming(
    *,
    namespace: Namespace,
    guid: str,
    customer_id: str,
    agent_id: str,
    language: str | None = None,
    detailed_token: bool | None = None,
    audio_recording_allowed: bool | None = None,
    redaction_output: RedactionOutput | None = None,
    twilio_track_map: TwilioTrackMap | None = None,
    siprec_media_line_order: MediaLineOrder | None = None,
    amazon_connect: AmazonConnectParams | None = None,
    **options: Unpack[RequestOptions],
) -> RequestParts:
    """Start streaming (startStreaming: POST /mg-autotranscribe/v1/start-streaming).

    This starts the transcription of the audio stream.

    Use in conjunction with the [stop-streaming](/apis/media-gateway/stop-streaming-audio)
    endpoint to control when transcription occurs for a given call. This allow you to prevent
    transcription of sensitive parts of a conversation, such as entering PCI data.

    Args:
        namespace: The media gateway platform or protocol you are using.
        guid: The globally unique Id for the call, also sometimes called Unique Call Id (UCID).
            Must be in decimal form.
        customer_id: Id of the customer on the call. Usually taken from Call Center CTI
            information.
        agent_id: The Id of the agent on the call. Usually taken from Call Center CTI
            information.
        language: IETF language tag (the API's default: 'en-US'); None leaves it out.
        detailed_token: Determines whether AutoTranscribe outputs word-level details like word
            content, timestamp and word type (the API's default: False); None leaves it out.
        audio_recording_allowed: Determines whether ASAPP may record and store the audio for
            this conversation for the purposes of model training (the API's default: False); None
            leaves it out.
        redaction_output: Determines whether the transcription output is redacted.

            If detailedToken is true, requests with value "redacted" or "redacted_and_unredacted"
            will be rejected.

            If no redaction rules configured by the client for "redacted" or
            "redacted_and_unredacted", the request will be rejected. (the API's default:
            'redacted'); None leaves it out.
        twilio_track_map: twilioParams.trackMap; None leaves it out.
        siprec_media_line_order: Defines the mapping of media lines (m-lines) in SDP of SIPREC
            protocol.
            - `CUSTOMER_FIRST` will map top audio m-line to customer side of conversation (usual for
            inbound calls to call center, default)
            - `AGENT_FIRST` will map top audio m-line to agent side of the conversation (usual for
            outbound calls from call center) (the API's default: 'CUSTOMER_FIRST'); None leaves it
            out.
        amazon_connect: amazonConnectParams; None leaves it out.
        options: the per-request options (timeout, max_retries, deadline, extra_headers,
            extra_query, extra_body).
    """
    (
        UNSET,
        _StartStreamingRequest,
        _StartStreamingRequestAutotranscribeParams,
        _StartStreamingRequestSiprecParams,
        _StartStreamingRequestTwilioParams,
    ) = _start_streaming_classes()
    _autotranscribe_params: StartStreamingRequestAutotranscribeParams | Unset = UNSET
    if (
        language is not None
        or detailed_token is not None
        or audio_recording_allowed is not None
        or redaction_output is not None
    ):
        _autotranscribe_params = _StartStreamingRequestAutotranscribeParams(
            language=UNSET if language is None else language,
            detailed_token=UNSET if detailed_token is None else detailed_token,
            audio_recording_allowed=UNSET if audio_recording_allowed is None else audio_recording_allowed,
            redaction_output=UNSET if redaction_output is None else redaction_output,
        )

    _siprec_params: StartStreamingRequestSiprecParams | Unset = UNSET
    if siprec_media_line_order is not None:
        _siprec_params = _StartStreamingRequestSiprecParams(
            media_line_order=UNSET if siprec_media_line_order is None else siprec_media_line_order,
        )

    _twilio_params_track_map = _TwilioTrackMap_model("twilio_track_map", twilio_track_map)
    _twilio_params: StartStreamingRequestTwilioParams | Unset = UNSET
    if _twilio_params_track_map is not UNSET:
        _twilio_params = _StartStreamingRequestTwilioParams(
            track_map=_twilio_params_track_map,
        )

    _amazon_connect_params = _AmazonConnectParams_model("amazon_connect", amazon_connect)
    request = _StartStreamingRequest(
        namespace=namespace,
        guid=guid,
        customer_id=customer_id,
        agent_id=agent_id,
        autotranscribe_params=_autotranscribe_params,
        siprec_params=_siprec_params,
        twilio_params=_twilio_params,
        amazon_connect_params=_amazon_connect_params,
    )

    body = request.to_dict()
    if namespace is None or guid is None or customer_id is None or agent_id is None:
        body = without_none(body)
    return RequestParts(
        OPERATIONS["startStreaming"],
        body=body,
        options=options,
    )


@functools.cache
def _stop_streaming_classes() -> tuple[
    Unset,
    type[StopStreamingRequest],
]:
    from ..models.stop_streaming_request import StopStreamingRequest
    from ..types import UNSET

    return (
        UNSET,
        StopStreamingRequest,
    )


def stop_streaming(
    *,
    namespace: Namespace,
    guid: str,
    **options: Unpack[RequestOptions],
) -> RequestParts:
    """Stop streaming (stopStreaming: POST /mg-autotranscribe/v1/stop-streaming).

    This stops the transcription of the audio stream.

    Use in conjunction with the [start-streaming](/apis/media-gateway/start-streaming-audio)
    endpoint to control when transcription occurs for a given call. This allow you to prevent
    transcription of sensitive parts of a conversation, such as entering PCI data.

    Args:
        namespace: The media gateway platform or protocol you are using.
        guid: The globally unique Id for the call, also sometimes called Unique Call Id (UCID).
            Must be in decimal form.
        options: the per-request options (timeout, max_retries, deadline, extra_headers,
            extra_query, extra_body).
    """
    (
        UNSET,
        _StopStreamingRequest,
    ) = _stop_streaming_classes()
    request = _StopStreamingRequest(
        namespace=namespace,
        guid=guid,
    )

    body = request.to_dict()
    return RequestParts(
        OPERATIONS["stopStreaming"],
        body=body,
        options=options,
    )


def get_twilio_media_stream_url(
    **options: Unpack[RequestOptions],
) -> RequestParts:
    """Get Twilio media stream url (getTwilioMediaStreams: GET /mg-autotranscribe/v1/twilio-media-stream-url).

    Returns url where [Twilio media stream](/autotranscribe/deploying-autotranscribe-for-twilio)
    should be sent to.

    Args:
        options: the per-request options (timeout, max_retries, deadline, extra_headers,
            extra_query, extra_body).
    """
    return RequestParts(
        OPERATIONS["getTwilioMediaStreams"],
        options=options,
    )


class SyncMethods:
    """The methods of the sync client for the operations of MG Autotranscribe API Router."""

    start_streaming = sync_method(start_streaming, _START_STREAMING_ANSWER)
    stop_streaming = sync_method(stop_streaming, _STOP_STREAMING_ANSWER)
    get_twilio_media_stream_url = sync_method(get_twilio_media_stream_url, _GET_TWILIO_MEDIA_STREAM_URL_ANSWER)


class AsyncMethods:
    """The methods of the async client for the operations of MG Autotranscribe API Router."""

    start_streaming = async_method(start_streaming, _START_STREAMING_ANSWER)
    stop_streaming = async_method(stop_streaming, _STOP_STREAMING_ANSWER)
    get_twilio_media_stream_url = async_method(get_twilio_media_stream_url, _GET_TWILIO_MEDIA_STREAM_URL_ANSWER)


class SyncRawMethods:
    """The methods of the sync client's with_raw_response for the operations of MG Autotranscribe API Router."""

    start_streaming = sync_raw_method(start_streaming, _START_STREAMING_ANSWER)
    stop_streaming = sync_raw_method(stop_streaming, _STOP_STREAMING_ANSWER)
    get_twilio_media_stream_url = sync_raw_method(get_twilio_media_stream_url, _GET_TWILIO_MEDIA_STREAM_URL_ANSWER)


class AsyncRawMethods:
    """The methods of the async client's with_raw_response for the operations of MG Autotranscribe API Router."""

    start_streaming = async_raw_method(start_streaming, _START_STREAMING_ANSWER)
    stop_streaming = async_raw_method(stop_streaming, _STOP_STREAMING_ANSWER)
    get_twilio_media_stream_url = async_raw_method(get_twilio_media_stream_url, _GET_TWILIO_MEDIA_STREAM_URL_ANSWER)
