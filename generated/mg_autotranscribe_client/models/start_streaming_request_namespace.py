from typing import Literal

StartStreamingRequestNamespace = Literal["amazonconnect", "genesysaudiohook", "siprec", "twilio"]

START_STREAMING_REQUEST_NAMESPACE_VALUES: set[StartStreamingRequestNamespace] = {
    "amazonconnect",
    "genesysaudiohook",
    "siprec",
    "twilio",
}


def check_start_streaming_request_namespace(value: str) -> StartStreamingRequestNamespace:
    if value in START_STREAMING_REQUEST_NAMESPACE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_STREAMING_REQUEST_NAMESPACE_VALUES!r}")
