from typing import Literal

StartStreamingRequestTwilioParamsTrackMapOutbound = Literal["agent", "customer"]

START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_OUTBOUND_VALUES: set[
    StartStreamingRequestTwilioParamsTrackMapOutbound
] = {
    "agent",
    "customer",
}


def check_start_streaming_request_twilio_params_track_map_outbound(
    value: str,
) -> StartStreamingRequestTwilioParamsTrackMapOutbound:
    if value in START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_OUTBOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_OUTBOUND_VALUES!r}"
    )
