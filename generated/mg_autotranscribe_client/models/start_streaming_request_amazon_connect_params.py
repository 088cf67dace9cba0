from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_amazon_connect_params_start_selector_type import (
    StartStreamingRequestAmazonConnectParamsStartSelectorType,
    check_start_streaming_request_amazon_connect_params_start_selector_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartStreamingRequestAmazonConnectParams")


@_attrs_define
class StartStreamingRequestAmazonConnectParams:
    """Settings for the amazonconnect namespace

    Attributes:
        stream_arn (str | Unset): ARN of the Kinesis Video Stream carrying the call's audio
        start_selector_type (StartStreamingRequestAmazonConnectParamsStartSelectorType | Unset): Where in the stream to
            start reading
        after_fragment_number (str | Unset): Fragment number to start after; mandatory when startSelectorType is
            FRAGMENT_NUMBER.
    """

    stream_arn: str | Unset = UNSET
    start_selector_type: StartStreamingRequestAmazonConnectParamsStartSelectorType | Unset = UNSET
    after_fragment_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_arn = self.stream_arn

        start_selector_type: str | Unset = UNSET
        if not isinstance(self.start_selector_type, Unset):
            start_selector_type = self.start_selector_type

        after_fragment_number = self.after_fragment_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_arn is not UNSET:
            field_dict["streamArn"] = stream_arn
        if start_selector_type is not UNSET:
            field_dict["startSelectorType"] = start_selector_type
        if after_fragment_number is not UNSET:
            field_dict["afterFragmentNumber"] = after_fragment_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stream_arn = d.pop("streamArn", UNSET)

        _start_selector_type = d.pop("startSelectorType", UNSET)
        start_selector_type: StartStreamingRequestAmazonConnectParamsStartSelectorType | Unset
        if isinstance(_start_selector_type, Unset):
            start_selector_type = UNSET
        else:
            start_selector_type = check_start_streaming_request_amazon_connect_params_start_selector_type(
                _start_selector_type
            )

        after_fragment_number = d.pop("afterFragmentNumber", UNSET)

        start_streaming_request_amazon_connect_params = cls(
            stream_arn=stream_arn,
            start_selector_type=start_selector_type,
            after_fragment_number=after_fragment_number,
        )

        start_streaming_request_amazon_connect_params.additional_properties = d
        return start_streaming_request_amazon_connect_params

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
