from typing import Literal

StartStreamingRequestTwilioParamsTrackMapInbound = Literal["agent", "customer"]

START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES: set[
    StartStreamingRequestTwilioParamsTrackMapInbound
] = {
    "agent",
    "customer",
}


def check_start_streaming_request_twilio_params_track_map_inbound(
    value: str,
) -> StartStreamingRequestTwilioParamsTrackMapInbound:
    if value in START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES!r}"
    )
