from typing import Literal

StartStreamingRequestAmazonConnectParamsStartSelectorType = Literal["FRAGMENT_NUMBER", "NOW"]

START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES: set[
    StartStreamingRequestAmazonConnectParamsStartSelectorType
] = {
    "FRAGMENT_NUMBER",
    "NOW",
}


def check_start_streaming_request_amazon_connect_params_start_selector_type(
    value: str,
) -> StartStreamingRequestAmazonConnectParamsStartSelectorType:
    if value in START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES!r}"
    )
