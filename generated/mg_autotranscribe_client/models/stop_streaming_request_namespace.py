from typing import Literal

StopStreamingRequestNamespace = Literal["amazonconnect", "genesysaudiohook", "siprec", "twilio"]

STOP_STREAMING_REQUEST_NAMESPACE_VALUES: set[StopStreamingRequestNamespace] = {
    "amazonconnect",
    "genesysaudiohook",
    "siprec",
    "twilio",
}


def check_stop_streaming_request_namespace(value: str) -> StopStreamingRequestNamespace:
    if value in STOP_STREAMING_REQUEST_NAMESPACE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOP_STREAMING_REQUEST_NAMESPACE_VALUES!r}")
