from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stop_streaming_result_autotranscribe_response import (
        StopStreamingResultAutotranscribeResponse,
    )


T = TypeVar("T", bound="StopStreamingResult")


@_attrs_define
class StopStreamingResult:
    """Stop streaming outcome

    Attributes:
        is_ok (bool | Unset): Whether the request succeeded for every stream Example: True.
        error_message (str | Unset): Reason for the failure when isOk is false
        autotranscribe_response (StopStreamingResultAutotranscribeResponse | Unset): Outcome for each participant's
            stream
    """

    is_ok: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    autotranscribe_response: StopStreamingResultAutotranscribeResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_ok = self.is_ok

        error_message = self.error_message

        autotranscribe_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autotranscribe_response, Unset):
            autotranscribe_response = self.autotranscribe_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_ok is not UNSET:
            field_dict["isOk"] = is_ok
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if autotranscribe_response is not UNSET:
            field_dict["autotranscribeResponse"] = autotranscribe_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stop_streaming_result_autotranscribe_response import (
            StopStreamingResultAutotranscribeResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        is_ok = d.pop("isOk", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        _autotranscribe_response = d.pop("autotranscribeResponse", UNSET)
        autotranscribe_response: StopStreamingResultAutotranscribeResponse | Unset
        if isinstance(_autotranscribe_response, Unset):
            autotranscribe_response = UNSET
        else:
            autotranscribe_response = StopStreamingResultAutotranscribeResponse.from_dict(_autotranscribe_response)

        stop_streaming_result = cls(
            is_ok=is_ok,
            error_message=error_message,
            autotranscribe_response=autotranscribe_response,
        )

        stop_streaming_result.additional_properties = d
        return stop_streaming_result

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
