from typing import Literal

StartStreamingRequestAutotranscribeParamsRedactionOutput = Literal["redacted", "redacted_and_unredacted", "unredacted"]

START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES: set[
    StartStreamingRequestAutotranscribeParamsRedactionOutput
] = {
    "redacted",
    "redacted_and_unredacted",
    "unredacted",
}


def check_start_streaming_request_autotranscribe_params_redaction_output(
    value: str,
) -> StartStreamingRequestAutotranscribeParamsRedactionOutput:
    if value in START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES!r}"
    )
