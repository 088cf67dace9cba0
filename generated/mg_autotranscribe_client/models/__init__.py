"""Contains all the data models used in inputs/outputs

Each model is imported when first asked for (``from .models import X`` or
``models.X``), not all of them with the package: a client that reads two answers
loads the modules of those two.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .get_twilio_media_streams_response import GetTwilioMediaStreamsResponse
    from .get_twilio_media_streams_response_401 import GetTwilioMediaStreamsResponse401
    from .get_twilio_media_streams_response_401_error import (
        GetTwilioMediaStreamsResponse401Error,
    )
    from .get_twilio_media_streams_response_403 import GetTwilioMediaStreamsResponse403
    from .get_twilio_media_streams_response_403_error import (
        GetTwilioMediaStreamsResponse403Error,
    )
    from .get_twilio_media_streams_response_404 import GetTwilioMediaStreamsResponse404
    from .get_twilio_media_streams_response_404_error import (
        GetTwilioMediaStreamsResponse404Error,
    )
    from .get_twilio_media_streams_response_429 import GetTwilioMediaStreamsResponse429
    from .get_twilio_media_streams_response_429_error import (
        GetTwilioMediaStreamsResponse429Error,
    )
    from .get_twilio_media_streams_response_503 import GetTwilioMediaStreamsResponse503
    from .get_twilio_media_streams_response_503_error import (
        GetTwilioMediaStreamsResponse503Error,
    )
    from .get_twilio_media_streams_response_default import (
        GetTwilioMediaStreamsResponseDefault,
    )
    from .get_twilio_media_streams_response_default_error import (
        GetTwilioMediaStreamsResponseDefaultError,
    )
    from .start_streaming_request import StartStreamingRequest
    from .start_streaming_request_amazon_connect_params import (
        StartStreamingRequestAmazonConnectParams,
    )
    from .start_streaming_request_amazon_connect_params_start_selector_type import (
        StartStreamingRequestAmazonConnectParamsStartSelectorType,
    )
    from .start_streaming_request_autotranscribe_params import (
        StartStreamingRequestAutotranscribeParams,
    )
    from .start_streaming_request_autotranscribe_params_redaction_output import (
        StartStreamingRequestAutotranscribeParamsRedactionOutput,
    )
    from .start_streaming_request_namespace import StartStreamingRequestNamespace
    from .start_streaming_request_siprec_params import StartStreamingRequestSiprecParams
    from .start_streaming_request_siprec_params_media_line_order import (
        StartStreamingRequestSiprecParamsMediaLineOrder,
    )
    from .start_streaming_request_twilio_params import StartStreamingRequestTwilioParams
    from .start_streaming_request_twilio_params_track_map import (
        StartStreamingRequestTwilioParamsTrackMap,
    )
    from .start_streaming_request_twilio_params_track_map_inbound import (
        StartStreamingRequestTwilioParamsTrackMapInbound,
    )
    from .start_streaming_request_twilio_params_track_map_outbound import (
        StartStreamingRequestTwilioParamsTrackMapOutbound,
    )
    from .start_streaming_response import StartStreamingResponse
    from .start_streaming_response_400 import StartStreamingResponse400
    from .start_streaming_response_400_error import StartStreamingResponse400Error
    from .start_streaming_response_401 import StartStreamingResponse401
    from .start_streaming_response_401_error import StartStreamingResponse401Error
    from .start_streaming_response_403 import StartStreamingResponse403
    from .start_streaming_response_403_error import StartStreamingResponse403Error
    from .start_streaming_response_404 import StartStreamingResponse404
    from .start_streaming_response_404_error import StartStreamingResponse404Error
    from .start_streaming_response_409 import StartStreamingResponse409
    from .start_streaming_response_409_error import StartStreamingResponse409Error
    from .start_streaming_response_413 import StartStreamingResponse413
    from .start_streaming_response_413_error import StartStreamingResponse413Error
    from .start_streaming_response_422 import StartStreamingResponse422
    from .start_streaming_response_422_error import StartStreamingResponse422Error
    from .start_streaming_response_429 import StartStreamingResponse429
    from .start_streaming_response_429_error import StartStreamingResponse429Error
    from .start_streaming_response_503 import StartStreamingResponse503
    from .start_streaming_response_503_error import StartStreamingResponse503Error
    from .start_streaming_response_autotranscribe_response import (
        StartStreamingResponseAutotranscribeResponse,
    )
    from .start_streaming_response_autotranscribe_response_agent import (
        StartStreamingResponseAutotranscribeResponseAgent,
    )
    from .start_streaming_response_autotranscribe_response_agent_status import (
        StartStreamingResponseAutotranscribeResponseAgentStatus,
    )
    from .start_streaming_response_autotranscribe_response_customer import (
        StartStreamingResponseAutotranscribeResponseCustomer,
    )
    from .start_streaming_response_autotranscribe_response_customer_status import (
        StartStreamingResponseAutotranscribeResponseCustomerStatus,
    )
    from .start_streaming_response_default import StartStreamingResponseDefault
    from .start_streaming_response_default_error import (
        StartStreamingResponseDefaultError,
    )
    from .stop_streaming_request import StopStreamingRequest
    from .stop_streaming_request_namespace import StopStreamingRequestNamespace
    from .stop_streaming_response import StopStreamingResponse
    from .stop_streaming_response_400 import StopStreamingResponse400
    from .stop_streaming_response_400_error import StopStreamingResponse400Error
    from .stop_streaming_response_401 import StopStreamingResponse401
    from .stop_streaming_response_401_error import StopStreamingResponse401Error
    from .stop_streaming_response_403 import StopStreamingResponse403
    from .stop_streaming_response_403_error import StopStreamingResponse403Error
    from .stop_streaming_response_404 import StopStreamingResponse404
    from .stop_streaming_response_404_error import StopStreamingResponse404Error
    from .stop_streaming_response_409 import StopStreamingResponse409
    from .stop_streaming_response_409_error import StopStreamingResponse409Error
    from .stop_streaming_response_413 import StopStreamingResponse413
    from .stop_streaming_response_413_error import StopStreamingResponse413Error
    from .stop_streaming_response_422 import StopStreamingResponse422
    from .stop_streaming_response_422_error import StopStreamingResponse422Error
    from .stop_streaming_response_429 import StopStreamingResponse429
    from .stop_streaming_response_429_error import StopStreamingResponse429Error
    from .stop_streaming_response_503 import StopStreamingResponse503
    from .stop_streaming_response_503_error import StopStreamingResponse503Error
    from .stop_streaming_response_autotranscribe_response import (
        StopStreamingResponseAutotranscribeResponse,
    )
    from .stop_streaming_response_autotranscribe_response_agent import (
        StopStreamingResponseAutotranscribeResponseAgent,
    )
    from .stop_streaming_response_autotranscribe_response_agent_status import (
        StopStreamingResponseAutotranscribeResponseAgentStatus,
    )
    from .stop_streaming_response_autotranscribe_response_agent_summary import (
        StopStreamingResponseAutotranscribeResponseAgentSummary,
    )
    from .stop_streaming_response_autotranscribe_response_customer import (
        StopStreamingResponseAutotranscribeResponseCustomer,
    )
    from .stop_streaming_response_autotranscribe_response_customer_status import (
        StopStreamingResponseAutotranscribeResponseCustomerStatus,
    )
    from .stop_streaming_response_autotranscribe_response_customer_summary import (
        StopStreamingResponseAutotranscribeResponseCustomerSummary,
    )
    from .stop_streaming_response_default import StopStreamingResponseDefault
    from .stop_streaming_response_default_error import StopStreamingResponseDefaultError

_MODULE_OF: dict[str, str] = {
    "GetTwilioMediaStreamsResponse": ".get_twilio_media_streams_response",
    "GetTwilioMediaStreamsResponse401": ".get_twilio_media_streams_response_401",
    "GetTwilioMediaStreamsResponse401Error": ".get_twilio_media_streams_response_401_error",
    "GetTwilioMediaStreamsResponse403": ".get_twilio_media_streams_response_403",
    "GetTwilioMediaStreamsResponse403Error": ".get_twilio_media_streams_response_403_error",
    "GetTwilioMediaStreamsResponse404": ".get_twilio_media_streams_response_404",
    "GetTwilioMediaStreamsResponse404Error": ".get_twilio_media_streams_response_404_error",
    "GetTwilioMediaStreamsResponse429": ".get_twilio_media_streams_response_429",
    "GetTwilioMediaStreamsResponse429Error": ".get_twilio_media_streams_response_429_error",
    "GetTwilioMediaStreamsResponse503": ".get_twilio_media_streams_response_503",
    "GetTwilioMediaStreamsResponse503Error": ".get_twilio_media_streams_response_503_error",
    "GetTwilioMediaStreamsResponseDefault": ".get_twilio_media_streams_response_default",
    "GetTwilioMediaStreamsResponseDefaultError": ".get_twilio_media_streams_response_default_error",
    "StartStreamingRequest": ".start_streaming_request",
    "StartStreamingRequestAmazonConnectParams": ".start_streaming_request_amazon_connect_params",
    "StartStreamingRequestAmazonConnectParamsStartSelectorType": ".start_streaming_request_amazon_connect_params_start_selector_type",
    "StartStreamingRequestAutotranscribeParams": ".start_streaming_request_autotranscribe_params",
    "StartStreamingRequestAutotranscribeParamsRedactionOutput": ".start_streaming_request_autotranscribe_params_redaction_output",
    "StartStreamingRequestNamespace": ".start_streaming_request_namespace",
    "StartStreamingRequestSiprecParams": ".start_streaming_request_siprec_params",
    "StartStreamingRequestSiprecParamsMediaLineOrder": ".start_streaming_request_siprec_params_media_line_order",
    "StartStreamingRequestTwilioParams": ".start_streaming_request_twilio_params",
    "StartStreamingRequestTwilioParamsTrackMap": ".start_streaming_request_twilio_params_track_map",
    "StartStreamingRequestTwilioParamsTrackMapInbound": ".start_streaming_request_twilio_params_track_map_inbound",
    "StartStreamingRequestTwilioParamsTrackMapOutbound": ".start_streaming_request_twilio_params_track_map_outbound",
    "StartStreamingResponse": ".start_streaming_response",
    "StartStreamingResponse400": ".start_streaming_response_400",
    "StartStreamingResponse400Error": ".start_streaming_response_400_error",
    "StartStreamingResponse401": ".start_streaming_response_401",
    "StartStreamingResponse401Error": ".start_streaming_response_401_error",
    "StartStreamingResponse403": ".start_streaming_response_403",
    "StartStreamingResponse403Error": ".start_streaming_response_403_error",
    "StartStreamingResponse404": ".start_streaming_response_404",
    "StartStreamingResponse404Error": ".start_streaming_response_404_error",
    "StartStreamingResponse409": ".start_streaming_response_409",
    "StartStreamingResponse409Error": ".start_streaming_response_409_error",
    "StartStreamingResponse413": ".start_streaming_response_413",
    "StartStreamingResponse413Error": ".start_streaming_response_413_error",
    "StartStreamingResponse422": ".start_streaming_response_422",
    "StartStreamingResponse422Error": ".start_streaming_response_422_error",
    "StartStreamingResponse429": ".start_streaming_response_429",
    "StartStreamingResponse429Error": ".start_streaming_response_429_error",
    "StartStreamingResponse503": ".start_streaming_response_503",
    "StartStreamingResponse503Error": ".start_streaming_response_503_error",
    "StartStreamingResponseAutotranscribeResponse": ".start_streaming_response_autotranscribe_response",
    "StartStreamingResponseAutotranscribeResponseAgent": ".start_streaming_response_autotranscribe_response_agent",
    "StartStreamingResponseAutotranscribeResponseAgentStatus": ".start_streaming_response_autotranscribe_response_agent_status",
    "StartStreamingResponseAutotranscribeResponseCustomer": ".start_streaming_response_autotranscribe_response_customer",
    "StartStreamingResponseAutotranscribeResponseCustomerStatus": ".start_streaming_response_autotranscribe_response_customer_status",
    "StartStreamingResponseDefault": ".start_streaming_response_default",
    "StartStreamingResponseDefaultError": ".start_streaming_response_default_error",
    "StopStreamingRequest": ".stop_streaming_request",
    "StopStreamingRequestNamespace": ".stop_streaming_request_namespace",
    "StopStreamingResponse": ".stop_streaming_response",
    "StopStreamingResponse400": ".stop_streaming_response_400",
    "StopStreamingResponse400Error": ".stop_streaming_response_400_error",
    "StopStreamingResponse401": ".stop_streaming_response_401",
    "StopStreamingResponse401Error": ".stop_streaming_response_401_error",
    "StopStreamingResponse403": ".stop_streaming_response_403",
    "StopStreamingResponse403Error": ".stop_streaming_response_403_error",
    "StopStreamingResponse404": ".stop_streaming_response_404",
    "StopStreamingResponse404Error": ".stop_streaming_response_404_error",
    "StopStreamingResponse409": ".stop_streaming_response_409",
    "StopStreamingResponse409Error": ".stop_streaming_response_409_error",
    "StopStreamingResponse413": ".stop_streaming_response_413",
    "StopStreamingResponse413Error": ".stop_streaming_response_413_error",
    "StopStreamingResponse422": ".stop_streaming_response_422",
    "StopStreamingResponse422Error": ".stop_streaming_response_422_error",
    "StopStreamingResponse429": ".stop_streaming_response_429",
    "StopStreamingResponse429Error": ".stop_streaming_response_429_error",
    "StopStreamingResponse503": ".stop_streaming_response_503",
    "StopStreamingResponse503Error": ".stop_streaming_response_503_error",
    "StopStreamingResponseAutotranscribeResponse": ".stop_streaming_response_autotranscribe_response",
    "StopStreamingResponseAutotranscribeResponseAgent": ".stop_streaming_response_autotranscribe_response_agent",
    "StopStreamingResponseAutotranscribeResponseAgentStatus": ".stop_streaming_response_autotranscribe_response_agent_status",
    "StopStreamingResponseAutotranscribeResponseAgentSummary": ".stop_streaming_response_autotranscribe_response_agent_summary",
    "StopStreamingResponseAutotranscribeResponseCustomer": ".stop_streaming_response_autotranscribe_response_customer",
    "StopStreamingResponseAutotranscribeResponseCustomerStatus": ".stop_streaming_response_autotranscribe_response_customer_status",
    "StopStreamingResponseAutotranscribeResponseCustomerSummary": ".stop_streaming_response_autotranscribe_response_customer_summary",
    "StopStreamingResponseDefault": ".stop_streaming_response_default",
    "StopStreamingResponseDefaultError": ".stop_streaming_response_default_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "GetTwilioMediaStreamsResponse",
    "GetTwilioMediaStreamsResponse401",
    "GetTwilioMediaStreamsResponse401Error",
    "GetTwilioMediaStreamsResponse403",
    "GetTwilioMediaStreamsResponse403Error",
    "GetTwilioMediaStreamsResponse404",
    "GetTwilioMediaStreamsResponse404Error",
    "GetTwilioMediaStreamsResponse429",
    "GetTwilioMediaStreamsResponse429Error",
    "GetTwilioMediaStreamsResponse503",
    "GetTwilioMediaStreamsResponse503Error",
    "GetTwilioMediaStreamsResponseDefault",
    "GetTwilioMediaStreamsResponseDefaultError",
    "StartStreamingRequest",
    "StartStreamingRequestAmazonConnectParams",
    "StartStreamingRequestAmazonConnectParamsStartSelectorType",
    "StartStreamingRequestAutotranscribeParams",
    "StartStreamingRequestAutotranscribeParamsRedactionOutput",
    "StartStreamingRequestNamespace",
    "StartStreamingRequestSiprecParams",
    "StartStreamingRequestSiprecParamsMediaLineOrder",
    "StartStreamingRequestTwilioParams",
    "StartStreamingRequestTwilioParamsTrackMap",
    "StartStreamingRequestTwilioParamsTrackMapInbound",
    "StartStreamingRequestTwilioParamsTrackMapOutbound",
    "StartStreamingResponse",
    "StartStreamingResponse400",
    "StartStreamingResponse400Error",
    "StartStreamingResponse401",
    "StartStreamingResponse401Error",
    "StartStreamingResponse403",
    "StartStreamingResponse403Error",
    "StartStreamingResponse404",
    "StartStreamingResponse404Error",
    "StartStreamingResponse409",
    "StartStreamingResponse409Error",
    "StartStreamingResponse413",
    "StartStreamingResponse413Error",
    "StartStreamingResponse422",
    "StartStreamingResponse422Error",
    "StartStreamingResponse429",
    "StartStreamingResponse429Error",
    "StartStreamingResponse503",
    "StartStreamingResponse503Error",
    "StartStreamingResponseAutotranscribeResponse",
    "StartStreamingResponseAutotranscribeResponseAgent",
    "StartStreamingResponseAutotranscribeResponseAgentStatus",
    "StartStreamingResponseAutotranscribeResponseCustomer",
    "StartStreamingResponseAutotranscribeResponseCustomerStatus",
    "StartStreamingResponseDefault",
    "StartStreamingResponseDefaultError",
    "StopStreamingRequest",
    "StopStreamingRequestNamespace",
    "StopStreamingResponse",
    "StopStreamingResponse400",
    "StopStreamingResponse400Error",
    "StopStreamingResponse401",
    "StopStreamingResponse401Error",
    "StopStreamingResponse403",
    "StopStreamingResponse403Error",
    "StopStreamingResponse404",
    "StopStreamingResponse404Error",
    "StopStreamingResponse409",
    "StopStreamingResponse409Error",
    "StopStreamingResponse413",
    "StopStreamingResponse413Error",
    "StopStreamingResponse422",
    "StopStreamingResponse422Error",
    "StopStreamingResponse429",
    "StopStreamingResponse429Error",
    "StopStreamingResponse503",
    "StopStreamingResponse503Error",
    "StopStreamingResponseAutotranscribeResponse",
    "StopStreamingResponseAutotranscribeResponseAgent",
    "StopStreamingResponseAutotranscribeResponseAgentStatus",
    "StopStreamingResponseAutotranscribeResponseAgentSummary",
    "StopStreamingResponseAutotranscribeResponseCustomer",
    "StopStreamingResponseAutotranscribeResponseCustomerStatus",
    "StopStreamingResponseAutotranscribeResponseCustomerSummary",
    "StopStreamingResponseDefault",
    "StopStreamingResponseDefaultError",
)
