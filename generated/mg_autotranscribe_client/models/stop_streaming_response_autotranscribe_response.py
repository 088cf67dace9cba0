from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
)

if TYPE_CHECKING:
    from ..models.stop_streaming_response_autotranscribe_response_agent import (
        StopStreamingResponseAutotranscribeResponseAgent,
    )
    from ..models.stop_streaming_response_autotranscribe_response_customer import (
        StopStreamingResponseAutotranscribeResponseCustomer,
    )


T = TypeVar("T", bound="StopStreamingResponseAutotranscribeResponse")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "customer",
        "agent",
    }
)


@_attrs_define
class StopStreamingResponseAutotranscribeResponse:
    """
    Attributes:
        customer (StopStreamingResponseAutotranscribeResponseCustomer | Unset):
        agent (StopStreamingResponseAutotranscribeResponseAgent | Unset):
    """

    customer: StopStreamingResponseAutotranscribeResponseCustomer | Unset = UNSET
    agent: StopStreamingResponseAutotranscribeResponseAgent | Unset = UNSET
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("customer", UNSET)
        customer: StopStreamingResponseAutotranscribeResponseCustomer | Unset
        if value is UNSET:
            customer = UNSET
        elif value is None and not strict:
            found += 1
            customer = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "customer")
            try:
                customer = StopStreamingResponseAutotranscribeResponseCustomer.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("customer") from None

        value = src_dict.get("agent", UNSET)
        agent: StopStreamingResponseAutotranscribeResponseAgent | Unset
        if value is UNSET:
            agent = UNSET
        elif value is None and not strict:
            found += 1
            agent = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "agent")
            try:
                agent = StopStreamingResponseAutotranscribeResponseAgent.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("agent") from None

        stop_streaming_response_autotranscribe_response = cls(
            customer,
            agent,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            stop_streaming_response_autotranscribe_response.additional_properties = additional_properties
        return stop_streaming_response_autotranscribe_response

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


from ..models.stop_streaming_response_autotranscribe_response_agent import (
    StopStreamingResponseAutotranscribeResponseAgent,  # noqa: E402
)
from ..models.stop_streaming_response_autotranscribe_response_customer import (
    StopStreamingResponseAutotranscribeResponseCustomer,  # noqa: E402
)
