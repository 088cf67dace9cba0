from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stop_streaming_result_autotranscribe_response_customer_status import (
        StopStreamingResultAutotranscribeResponseCustomerStatus,
    )
    from ..models.stop_streaming_result_autotranscribe_response_customer_summary import (
        StopStreamingResultAutotranscribeResponseCustomerSummary,
    )


T = TypeVar("T", bound="StopStreamingResultAutotranscribeResponseCustomer")


@_attrs_define
class StopStreamingResultAutotranscribeResponseCustomer:
    """Transcription stream of the customer's audio

    Attributes:
        stream_id (str | Unset): Identifier of the customer's transcription stream Example:
            5ce2b755-3f38-11ed-b755-7aed4b5c38d5.
        status (StopStreamingResultAutotranscribeResponseCustomerStatus | Unset): Outcome for this stream; code 1000
            means success
        summary (StopStreamingResultAutotranscribeResponseCustomerSummary | Unset): Totals for the stream up to the stop
    """

    stream_id: str | Unset = UNSET
    status: StopStreamingResultAutotranscribeResponseCustomerStatus | Unset = UNSET
    summary: StopStreamingResultAutotranscribeResponseCustomerSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_id = self.stream_id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_id is not UNSET:
            field_dict["streamId"] = stream_id
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stop_streaming_result_autotranscribe_response_customer_status import (
            StopStreamingResultAutotranscribeResponseCustomerStatus,  # noqa: PLC0415
        )
        from ..models.stop_streaming_result_autotranscribe_response_customer_summary import (
            StopStreamingResultAutotranscribeResponseCustomerSummary,  # noqa: PLC0415
        )

        d = dict(src_dict)
        stream_id = d.pop("streamId", UNSET)

        _status = d.pop("status", UNSET)
        status: StopStreamingResultAutotranscribeResponseCustomerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StopStreamingResultAutotranscribeResponseCustomerStatus.from_dict(_status)

        _summary = d.pop("summary", UNSET)
        summary: StopStreamingResultAutotranscribeResponseCustomerSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = StopStreamingResultAutotranscribeResponseCustomerSummary.from_dict(_summary)

        stop_streaming_result_autotranscribe_response_customer = cls(
            stream_id=stream_id,
            status=status,
            summary=summary,
        )

        stop_streaming_result_autotranscribe_response_customer.additional_properties = d
        return stop_streaming_result_autotranscribe_response_customer

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
