from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_streaming_result_autotranscribe_response_customer_status import (
        StartStreamingResultAutotranscribeResponseCustomerStatus,
    )


T = TypeVar("T", bound="StartStreamingResultAutotranscribeResponseCustomer")


@_attrs_define
class StartStreamingResultAutotranscribeResponseCustomer:
    """Transcription stream of the customer's audio

    Attributes:
        stream_id (str | Unset): Identifier of the customer's transcription stream Example:
            5ce2b755-3f38-11ed-b755-7aed4b5c38d5.
        status (StartStreamingResultAutotranscribeResponseCustomerStatus | Unset): Outcome for this stream; code 1000
            means success
    """

    stream_id: str | Unset = UNSET
    status: StartStreamingResultAutotranscribeResponseCustomerStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_id = self.stream_id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_id is not UNSET:
            field_dict["streamId"] = stream_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_streaming_result_autotranscribe_response_customer_status import (
            StartStreamingResultAutotranscribeResponseCustomerStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        stream_id = d.pop("streamId", UNSET)

        _status = d.pop("status", UNSET)
        status: StartStreamingResultAutotranscribeResponseCustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StartStreamingResultAutotranscribeResponseCustomerStatus.from_dict(_status)

        start_streaming_result_autotranscribe_response_customer = cls(
            stream_id=stream_id,
            status=status,
        )

        start_streaming_result_autotranscribe_response_customer.additional_properties = d
        return start_streaming_result_autotranscribe_response_customer

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
