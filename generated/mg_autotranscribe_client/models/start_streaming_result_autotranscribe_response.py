from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_streaming_result_autotranscribe_response_agent import (
        StartStreamingResultAutotranscribeResponseAgent,
    )
    from ..models.start_streaming_result_autotranscribe_response_customer import (
        StartStreamingResultAutotranscribeResponseCustomer,
    )


T = TypeVar("T", bound="StartStreamingResultAutotranscribeResponse")


@_attrs_define
class StartStreamingResultAutotranscribeResponse:
    """Outcome for each participant's stream

    Attributes:
        customer (StartStreamingResultAutotranscribeResponseCustomer | Unset): Transcription stream of the customer's
            audio
        agent (StartStreamingResultAutotranscribeResponseAgent | Unset): Transcription stream of the agent's audio
    """

    customer: StartStreamingResultAutotranscribeResponseCustomer | Unset = UNSET
    agent: StartStreamingResultAutotranscribeResponseAgent | Unset = UNSET
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
        from ..models.start_streaming_result_autotranscribe_response_agent import (
            StartStreamingResultAutotranscribeResponseAgent,  # noqa: PLC0415
        )
        from ..models.start_streaming_result_autotranscribe_response_customer import (
            StartStreamingResultAutotranscribeResponseCustomer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _customer = d.pop("customer", UNSET)
        customer: StartStreamingResultAutotranscribeResponseCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = StartStreamingResultAutotranscribeResponseCustomer.from_dict(_customer)

        _agent = d.pop("agent", UNSET)
        agent: StartStreamingResultAutotranscribeResponseAgent | Unset
        if isinstance(_agent, Unset):
            agent = UNSET
        else:
            agent = StartStreamingResultAutotranscribeResponseAgent.from_dict(_agent)

        start_streaming_result_autotranscribe_response = cls(
            customer=customer,
            agent=agent,
        )

        start_streaming_result_autotranscribe_response.additional_properties = d
        return start_streaming_result_autotranscribe_response

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
