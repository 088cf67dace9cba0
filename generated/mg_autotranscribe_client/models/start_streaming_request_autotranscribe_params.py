from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_autotranscribe_params_redaction_output import (
    StartStreamingRequestAutotranscribeParamsRedactionOutput,
    check_start_streaming_request_autotranscribe_params_redaction_output,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartStreamingRequestAutotranscribeParams")


@_attrs_define
class StartStreamingRequestAutotranscribeParams:
    """Transcription settings

    Attributes:
        language (str | Unset): Language of the audio, as an IETF language tag Default: 'en-US'. Example: en-US.
        detailed_token (bool | Unset): Whether transcripts carry word-level details (content, timestamps, word type).
            Default: False.
        audio_recording_allowed (bool | Unset): Whether ASAPP may store the audio to train its models. Default: False.
        redaction_output (StartStreamingRequestAutotranscribeParamsRedactionOutput | Unset): Which transcripts to
            produce. With detailedToken true, redacted and redacted_and_unredacted are rejected; so are they when the client
            has no redaction rules configured. Default: 'redacted'.
    """

    language: str | Unset = "en-US"
    detailed_token: bool | Unset = False
    audio_recording_allowed: bool | Unset = False
    redaction_output: StartStreamingRequestAutotranscribeParamsRedactionOutput | Unset = "redacted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        detailed_token = self.detailed_token

        audio_recording_allowed = self.audio_recording_allowed

        redaction_output: str | Unset = UNSET
        if not isinstance(self.redaction_output, Unset):
            redaction_output = self.redaction_output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if detailed_token is not UNSET:
            field_dict["detailedToken"] = detailed_token
        if audio_recording_allowed is not UNSET:
            field_dict["audioRecordingAllowed"] = audio_recording_allowed
        if redaction_output is not UNSET:
            field_dict["redactionOutput"] = redaction_output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        detailed_token = d.pop("detailedToken", UNSET)

        audio_recording_allowed = d.pop("audioRecordingAllowed", UNSET)

        _redaction_output = d.pop("redactionOutput", UNSET)
        redaction_output: StartStreamingRequestAutotranscribeParamsRedactionOutput | Unset
        if isinstance(_redaction_output, Unset):
            redaction_output = UNSET
        else:
            redaction_output = check_start_streaming_request_autotranscribe_params_redaction_output(_redaction_output)

        start_streaming_request_autotranscribe_params = cls(
            language=language,
            detailed_token=detailed_token,
            audio_recording_allowed=audio_recording_allowed,
            redaction_output=redaction_output,
        )

        start_streaming_request_autotranscribe_params.additional_properties = d
        return start_streaming_request_autotranscribe_params

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
