from typing import Literal

TranscriptEventType = Literal["transcript"]

TRANSCRIPT_EVENT_TYPE_VALUES: set[TranscriptEventType] = {
    "transcript",
}


def check_transcript_event_type(value: str) -> TranscriptEventType:
    if value in TRANSCRIPT_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRANSCRIPT_EVENT_TYPE_VALUES!r}")
