from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
)

T = TypeVar("T", bound="StopStreamingResponseAutotranscribeResponseCustomerSummary")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "totalAudioBytes",
        "audioDurationMs",
        "streamingSeconds",
        "transcripts",
    }
)


@_attrs_define
class StopStreamingResponseAutotranscribeResponseCustomerSummary:
    """
    Example:
        {'totalAudioBytes': 1334720, 'audioDurationMs': 83420, 'streamingSeconds': 84, 'transcripts': 2}

    Attributes:
        total_audio_bytes (int | Unset):
        audio_duration_ms (int | Unset):
        streaming_seconds (int | Unset):
        transcripts (int | Unset):
    """

    total_audio_bytes: int | Unset = UNSET
    audio_duration_ms: int | Unset = UNSET
    streaming_seconds: int | Unset = UNSET
    transcripts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_audio_bytes = self.total_audio_bytes

        audio_duration_ms = self.audio_duration_ms

        streaming_seconds = self.streaming_seconds

        transcripts = self.transcripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_audio_bytes is not UNSET:
            field_dict["totalAudioBytes"] = total_audio_bytes
        if audio_duration_ms is not UNSET:
            field_dict["audioDurationMs"] = audio_duration_ms
        if streaming_seconds is not UNSET:
            field_dict["streamingSeconds"] = streaming_seconds
        if transcripts is not UNSET:
            field_dict["transcripts"] = transcripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("totalAudioBytes", UNSET)
        total_audio_bytes: int | Unset
        if value is UNSET:
            total_audio_bytes = UNSET
        elif value is None and not strict:
            found += 1
            total_audio_bytes = UNSET
        else:
            found += 1
            if not isinstance(value, int) or isinstance(value, bool):
                raise ShapeError.wrong_type("an integer", value, "totalAudioBytes")
            total_audio_bytes = value

        value = src_dict.get("audioDurationMs", UNSET)
        audio_duration_ms: int | Unset
        if value is UNSET:
            audio_duration_ms = UNSET
        elif value is None and not strict:
            found += 1
            audio_duration_ms = UNSET
        else:
            found += 1
            if not isinstance(value, int) or isinstance(value, bool):
                raise ShapeError.wrong_type("an integer", value, "audioDurationMs")
            audio_duration_ms = value

        value = src_dict.get("streamingSeconds", UNSET)
        streaming_seconds: int | Unset
        if value is UNSET:
            streaming_seconds = UNSET
        elif value is None and not strict:
            found += 1
            streaming_seconds = UNSET
        else:
            found += 1
            if not isinstance(value, int) or isinstance(value, bool):
                raise ShapeError.wrong_type("an integer", value, "streamingSeconds")
            streaming_seconds = value

        value = src_dict.get("transcripts", UNSET)
        transcripts: int | Unset
        if value is UNSET:
            transcripts = UNSET
        elif value is None and not strict:
            found += 1
            transcripts = UNSET
        else:
            found += 1
            if not isinstance(value, int) or isinstance(value, bool):
                raise ShapeError.wrong_type("an integer", value, "transcripts")
            transcripts = value

        stop_streaming_response_autotranscribe_response_customer_summary = cls(
            total_audio_bytes,
            audio_duration_ms,
            streaming_seconds,
            transcripts,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            stop_streaming_response_autotranscribe_response_customer_summary.additional_properties = (
                additional_properties
            )
        return stop_streaming_response_autotranscribe_response_customer_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
