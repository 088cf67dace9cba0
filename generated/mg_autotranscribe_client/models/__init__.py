"""Contains all the data models used in inputs/outputs

Each model is imported when first asked for (``from .models import X`` or
``models.X``), not all of them with the package: a client that reads two answers
loads the modules of those two.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .get_twilio_media_streams_response import GetTwilioMediaStreamsResponse
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
    from .stop_streaming_request import StopStreamingRequest
    from .stop_streaming_request_namespace import StopStreamingRequestNamespace
    from .stop_streaming_response import StopStreamingResponse
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

_MODULE_OF: dict[str, str] = {
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "GetTwilioMediaStreamsResponse": ".get_twilio_media_streams_response",
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
    "StartStreamingResponseAutotranscribeResponse": ".start_streaming_response_autotranscribe_response",
    "StartStreamingResponseAutotranscribeResponseAgent": ".start_streaming_response_autotranscribe_response_agent",
    "StartStreamingResponseAutotranscribeResponseAgentStatus": ".start_streaming_response_autotranscribe_response_agent_status",
    "StartStreamingResponseAutotranscribeResponseCustomer": ".start_streaming_response_autotranscribe_response_customer",
    "StartStreamingResponseAutotranscribeResponseCustomerStatus": ".start_streaming_response_autotranscribe_response_customer_status",
    "StopStreamingRequest": ".stop_streaming_request",
    "StopStreamingRequestNamespace": ".stop_streaming_request_namespace",
    "StopStreamingResponse": ".stop_streaming_response",
    "StopStreamingResponseAutotranscribeResponse": ".stop_streaming_response_autotranscribe_response",
    "StopStreamingResponseAutotranscribeResponseAgent": ".stop_streaming_response_autotranscribe_response_agent",
    "StopStreamingResponseAutotranscribeResponseAgentStatus": ".stop_streaming_response_autotranscribe_response_agent_status",
    "StopStreamingResponseAutotranscribeResponseAgentSummary": ".stop_streaming_response_autotranscribe_response_agent_summary",
    "StopStreamingResponseAutotranscribeResponseCustomer": ".stop_streaming_response_autotranscribe_response_customer",
    "StopStreamingResponseAutotranscribeResponseCustomerStatus": ".stop_streaming_response_autotranscribe_response_customer_status",
    "StopStreamingResponseAutotranscribeResponseCustomerSummary": ".stop_streaming_response_autotranscribe_response_customer_summary",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "ErrorResponse",
    "ErrorResponseError",
    "GetTwilioMediaStreamsResponse",
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
    "StartStreamingResponseAutotranscribeResponse",
    "StartStreamingResponseAutotranscribeResponseAgent",
    "StartStreamingResponseAutotranscribeResponseAgentStatus",
    "StartStreamingResponseAutotranscribeResponseCustomer",
    "StartStreamingResponseAutotranscribeResponseCustomerStatus",
    "StopStreamingRequest",
    "StopStreamingRequestNamespace",
    "StopStreamingResponse",
    "StopStreamingResponseAutotranscribeResponse",
    "StopStreamingResponseAutotranscribeResponseAgent",
    "StopStreamingResponseAutotranscribeResponseAgentStatus",
    "StopStreamingResponseAutotranscribeResponseAgentSummary",
    "StopStreamingResponseAutotranscribeResponseCustomer",
    "StopStreamingResponseAutotranscribeResponseCustomerStatus",
    "StopStreamingResponseAutotranscribeResponseCustomerSummary",
)
