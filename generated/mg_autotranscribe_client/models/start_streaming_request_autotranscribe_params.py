from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_autotranscribe_params_redaction_output import (
    START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES,
    StartStreamingRequestAutotranscribeParamsRedactionOutput,
)
from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
    shown_value,
)

T = TypeVar("T", bound="StartStreamingRequestAutotranscribeParams")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "language",
        "detailedToken",
        "audioRecordingAllowed",
        "redactionOutput",
    }
)


@_attrs_define
class StartStreamingRequestAutotranscribeParams:
    """
    Example:
        {'language': 'en-US', 'detailedToken': False, 'audioRecordingAllowed': False, 'redactionOutput': 'redacted'}

    Attributes:
        language (str | Unset): IETF language tag Default: 'en-US'.
        detailed_token (bool | Unset): Determines whether AutoTranscribe outputs word-level details like word content,
            timestamp and word type
             Default: False.
        audio_recording_allowed (bool | Unset): Determines whether ASAPP may record and store the audio for this
            conversation for the purposes of model training
             Default: False.
        redaction_output (StartStreamingRequestAutotranscribeParamsRedactionOutput | Unset): Determines whether the
            transcription output is redacted.

            If detailedToken is true, requests with value "redacted" or "redacted_and_unredacted" will be rejected.

            If no redaction rules configured by the client for "redacted" or "redacted_and_unredacted", the request will be
            rejected.
             Default: 'redacted'.
    """

    language: str | Unset = UNSET
    detailed_token: bool | Unset = UNSET
    audio_recording_allowed: bool | Unset = UNSET
    redaction_output: StartStreamingRequestAutotranscribeParamsRedactionOutput | Unset = UNSET
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("language", UNSET)
        language: str | Unset
        if value is UNSET:
            language = UNSET
        elif value is None and not strict:
            found += 1
            language = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "language")
            language = value

        value = src_dict.get("detailedToken", UNSET)
        detailed_token: bool | Unset
        if value is UNSET:
            detailed_token = UNSET
        elif value is None and not strict:
            found += 1
            detailed_token = UNSET
        else:
            found += 1
            if not isinstance(value, bool):
                raise ShapeError.wrong_type("a boolean", value, "detailedToken")
            detailed_token = value

        value = src_dict.get("audioRecordingAllowed", UNSET)
        audio_recording_allowed: bool | Unset
        if value is UNSET:
            audio_recording_allowed = UNSET
        elif value is None and not strict:
            found += 1
            audio_recording_allowed = UNSET
        else:
            found += 1
            if not isinstance(value, bool):
                raise ShapeError.wrong_type("a boolean", value, "audioRecordingAllowed")
            audio_recording_allowed = value

        value = src_dict.get("redactionOutput", UNSET)
        redaction_output: StartStreamingRequestAutotranscribeParamsRedactionOutput | Unset
        if value is UNSET:
            redaction_output = UNSET
        elif value is None and not strict:
            found += 1
            redaction_output = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of "
                    + ", ".join(
                        map(repr, sorted(START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES))
                    ),
                    value,
                    "redactionOutput",
                )
            if strict and value not in START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES:
                raise ShapeError(
                    "one of "
                    + ", ".join(
                        map(repr, sorted(START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES))
                    ),
                    shown_value(value),
                    ("redactionOutput",),
                )
            redaction_output = cast(StartStreamingRequestAutotranscribeParamsRedactionOutput, value)

        start_streaming_request_autotranscribe_params = cls(
            language,
            detailed_token,
            audio_recording_allowed,
            redaction_output,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            start_streaming_request_autotranscribe_params.additional_properties = additional_properties
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
