from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StopStreamingResponse503Error")


@_attrs_define
class StopStreamingResponse503Error:
    """Error details

    Example:
        {'requestId': '8e033668-9f1a-11ec-b909-0242ac120002', 'code': '503-01', 'message': 'Service Unavailable'}

    Attributes:
        request_id (str): Unique ID of the failing request
        message (str): Error message
        code (str | Unset): Error code
    """

    request_id: str
    message: str
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("requestId")

        message = d.pop("message")

        code = d.pop("code", UNSET)

        stop_streaming_response_503_error = cls(
            request_id=request_id,
            message=message,
            code=code,
        )

        stop_streaming_response_503_error.additional_properties = d
        return stop_streaming_response_503_error

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
