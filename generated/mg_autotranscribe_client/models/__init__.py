"""Contains all the data models used in inputs/outputs"""

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
from .start_streaming_response_default import StartStreamingResponseDefault
from .start_streaming_response_default_error import StartStreamingResponseDefaultError
from .start_streaming_result import StartStreamingResult
from .start_streaming_result_autotranscribe_response import (
    StartStreamingResultAutotranscribeResponse,
)
from .start_streaming_result_autotranscribe_response_agent import (
    StartStreamingResultAutotranscribeResponseAgent,
)
from .start_streaming_result_autotranscribe_response_agent_status import (
    StartStreamingResultAutotranscribeResponseAgentStatus,
)
from .start_streaming_result_autotranscribe_response_customer import (
    StartStreamingResultAutotranscribeResponseCustomer,
)
from .start_streaming_result_autotranscribe_response_customer_status import (
    StartStreamingResultAutotranscribeResponseCustomerStatus,
)
from .stop_streaming_request import StopStreamingRequest
from .stop_streaming_request_namespace import StopStreamingRequestNamespace
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
from .stop_streaming_response_default import StopStreamingResponseDefault
from .stop_streaming_response_default_error import StopStreamingResponseDefaultError
from .stop_streaming_result import StopStreamingResult
from .stop_streaming_result_autotranscribe_response import (
    StopStreamingResultAutotranscribeResponse,
)
from .stop_streaming_result_autotranscribe_response_agent import (
    StopStreamingResultAutotranscribeResponseAgent,
)
from .stop_streaming_result_autotranscribe_response_agent_status import (
    StopStreamingResultAutotranscribeResponseAgentStatus,
)
from .stop_streaming_result_autotranscribe_response_agent_summary import (
    StopStreamingResultAutotranscribeResponseAgentSummary,
)
from .stop_streaming_result_autotranscribe_response_customer import (
    StopStreamingResultAutotranscribeResponseCustomer,
)
from .stop_streaming_result_autotranscribe_response_customer_status import (
    StopStreamingResultAutotranscribeResponseCustomerStatus,
)
from .stop_streaming_result_autotranscribe_response_customer_summary import (
    StopStreamingResultAutotranscribeResponseCustomerSummary,
)
from .twilio_media_stream_url import TwilioMediaStreamUrl

__all__ = (
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
    "StartStreamingResponseDefault",
    "StartStreamingResponseDefaultError",
    "StartStreamingResult",
    "StartStreamingResultAutotranscribeResponse",
    "StartStreamingResultAutotranscribeResponseAgent",
    "StartStreamingResultAutotranscribeResponseAgentStatus",
    "StartStreamingResultAutotranscribeResponseCustomer",
    "StartStreamingResultAutotranscribeResponseCustomerStatus",
    "StopStreamingRequest",
    "StopStreamingRequestNamespace",
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
    "StopStreamingResponseDefault",
    "StopStreamingResponseDefaultError",
    "StopStreamingResult",
    "StopStreamingResultAutotranscribeResponse",
    "StopStreamingResultAutotranscribeResponseAgent",
    "StopStreamingResultAutotranscribeResponseAgentStatus",
    "StopStreamingResultAutotranscribeResponseAgentSummary",
    "StopStreamingResultAutotranscribeResponseCustomer",
    "StopStreamingResultAutotranscribeResponseCustomerStatus",
    "StopStreamingResultAutotranscribeResponseCustomerSummary",
    "TwilioMediaStreamUrl",
)
