from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StopStreamingResultAutotranscribeResponseAgentSummary")


@_attrs_define
class StopStreamingResultAutotranscribeResponseAgentSummary:
    """Totals for the stream up to the stop

    Attributes:
        total_audio_bytes (int | Unset): Audio bytes received Example: 1334720.
        audio_duration_ms (int | Unset): Duration of the received audio in milliseconds Example: 83420.
        streaming_seconds (int | Unset): Seconds the stream was open Example: 84.
        transcripts (int | Unset): Number of transcripts produced Example: 2.
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_audio_bytes = d.pop("totalAudioBytes", UNSET)

        audio_duration_ms = d.pop("audioDurationMs", UNSET)

        streaming_seconds = d.pop("streamingSeconds", UNSET)

        transcripts = d.pop("transcripts", UNSET)

        stop_streaming_result_autotranscribe_response_agent_summary = cls(
            total_audio_bytes=total_audio_bytes,
            audio_duration_ms=audio_duration_ms,
            streaming_seconds=streaming_seconds,
            transcripts=transcripts,
        )

        stop_streaming_result_autotranscribe_response_agent_summary.additional_properties = d
        return stop_streaming_result_autotranscribe_response_agent_summary

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
