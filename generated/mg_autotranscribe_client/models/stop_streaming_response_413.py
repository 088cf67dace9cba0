from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stop_streaming_response_413_error import StopStreamingResponse413Error


T = TypeVar("T", bound="StopStreamingResponse413")


@_attrs_define
class StopStreamingResponse413:
    """Payload Too Large response

    Attributes:
        error (StopStreamingResponse413Error | Unset): Error details Example: {'requestId':
            '8e033668-9f1a-11ec-b909-0242ac120002', 'code': '413-01', 'message': 'Payload Too Large'}.
    """

    error: StopStreamingResponse413Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stop_streaming_response_413_error import (
            StopStreamingResponse413Error,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _error = d.pop("error", UNSET)
        error: StopStreamingResponse413Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = StopStreamingResponse413Error.from_dict(_error)

        stop_streaming_response_413 = cls(
            error=error,
        )

        stop_streaming_response_413.additional_properties = d
        return stop_streaming_response_413

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
