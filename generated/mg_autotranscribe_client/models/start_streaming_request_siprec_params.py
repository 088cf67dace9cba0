from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_siprec_params_media_line_order import (
    StartStreamingRequestSiprecParamsMediaLineOrder,
    check_start_streaming_request_siprec_params_media_line_order,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartStreamingRequestSiprecParams")


@_attrs_define
class StartStreamingRequestSiprecParams:
    """Settings for the siprec namespace

    Attributes:
        media_line_order (StartStreamingRequestSiprecParamsMediaLineOrder | Unset): Which SDP media line carries the
            customer's audio Default: 'CUSTOMER_FIRST'.
    """

    media_line_order: StartStreamingRequestSiprecParamsMediaLineOrder | Unset = "CUSTOMER_FIRST"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_line_order: str | Unset = UNSET
        if not isinstance(self.media_line_order, Unset):
            media_line_order = self.media_line_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_line_order is not UNSET:
            field_dict["mediaLineOrder"] = media_line_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _media_line_order = d.pop("mediaLineOrder", UNSET)
        media_line_order: StartStreamingRequestSiprecParamsMediaLineOrder | Unset
        if isinstance(_media_line_order, Unset):
            media_line_order = UNSET
        else:
            media_line_order = check_start_streaming_request_siprec_params_media_line_order(_media_line_order)

        start_streaming_request_siprec_params = cls(
            media_line_order=media_line_order,
        )

        start_streaming_request_siprec_params.additional_properties = d
        return start_streaming_request_siprec_params

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
