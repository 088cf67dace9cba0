from typing import Literal

StartStreamingRequestSiprecParamsMediaLineOrder = Literal["AGENT_FIRST", "CUSTOMER_FIRST"]

START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES: set[StartStreamingRequestSiprecParamsMediaLineOrder] = {
    "AGENT_FIRST",
    "CUSTOMER_FIRST",
}


def check_start_streaming_request_siprec_params_media_line_order(
    value: str,
) -> StartStreamingRequestSiprecParamsMediaLineOrder:
    if value in START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES!r}"
    )
