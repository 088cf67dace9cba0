from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stop_streaming_result_autotranscribe_response_agent import (
        StopStreamingResultAutotranscribeResponseAgent,
    )
    from ..models.stop_streaming_result_autotranscribe_response_customer import (
        StopStreamingResultAutotranscribeResponseCustomer,
    )


T = TypeVar("T", bound="StopStreamingResultAutotranscribeResponse")


@_attrs_define
class StopStreamingResultAutotranscribeResponse:
    """Outcome for each participant's stream

    Attributes:
        customer (StopStreamingResultAutotranscribeResponseCustomer | Unset): Transcription stream of the customer's
            audio
        agent (StopStreamingResultAutotranscribeResponseAgent | Unset): Transcription stream of the agent's audio
    """

    customer: StopStreamingResultAutotranscribeResponseCustomer | Unset = UNSET
    agent: StopStreamingResultAutotranscribeResponseAgent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if agent is not UNSET:
            field_dict["agent"] = agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stop_streaming_result_autotranscribe_response_agent import (
            StopStreamingResultAutotranscribeResponseAgent,  # noqa: PLC0415
        )
        from ..models.stop_streaming_result_autotranscribe_response_customer import (
            StopStreamingResultAutotranscribeResponseCustomer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: StopStreamingResultAutotranscribeResponseCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = StopStreamingResultAutotranscribeResponseCustomer.from_dict(_customer)

        _agent = d.pop("agent", UNSET)
        agent: StopStreamingResultAutotranscribeResponseAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = StopStreamingResultAutotranscribeResponseAgent.from_dict(_agent)

        stop_streaming_result_autotranscribe_response = cls(
            customer=customer,
            agent=agent,
        )

        stop_streaming_result_autotranscribe_response.additional_properties = d
        return stop_streaming_result_autotranscribe_response

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
