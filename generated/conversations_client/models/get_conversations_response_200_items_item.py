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
    from ..models.get_conversations_response_200_items_item_agent import (
        GetConversationsResponse200ItemsItemAgent,
    )
    from ..models.get_conversations_response_200_items_item_customer import (
        GetConversationsResponse200ItemsItemCustomer,
    )
    from ..models.get_conversations_response_200_items_item_metadata import (
        GetConversationsResponse200ItemsItemMetadata,
    )


T = TypeVar("T", bound="GetConversationsResponse200ItemsItem")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "externalId",
        "customer",
        "id",
        "agent",
        "metadata",
    }
)


@_attrs_define
class GetConversationsResponse200ItemsItem:
    """Represents a conversation between an agent and a customer.

    Example:
        {'id': '01BX5ZZKBKACTAV9WEVGEMMVRZ', 'externalId': 'id-111', 'agent': {'externalId': 'agent-111', 'name':
            'agent-x'}, 'customer': {'externalId': 'customer-x', 'name': 'customer-name-x'}, 'metadata':
            {'organizationalGroup': 'some-group', 'subdivision': 'some-division', 'queue': 'some-queue'}}

    Attributes:
        external_id (str): The unique identifier for the conversation in your external chat or voice system.
        customer (GetConversationsResponse200ItemsItemCustomer): Information about the customer participating in the
            conversation.
        id (str | Unset): The unique identifier for the conversation within the ASAPP system.
        agent (GetConversationsResponse200ItemsItemAgent | Unset): Information about the agent participating in the
            conversation.
        metadata (GetConversationsResponse200ItemsItemMetadata | Unset): Additional key-value pairs to store custom
            metadata about the conversation. Use this for filtering or categorization purposes.
    """

    external_id: str
    customer: GetConversationsResponse200ItemsItemCustomer
    id: str | Unset = UNSET
    agent: GetConversationsResponse200ItemsItemAgent | Unset = UNSET
    metadata: GetConversationsResponse200ItemsItemMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        customer = self.customer.to_dict()

        id = self.id

        agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent, Unset):
            agent = self.agent.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "customer": customer,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if agent is not UNSET:
            field_dict["agent"] = agent
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, checking every value against the schema.

        Raises ShapeError (naming the path) for a value of the wrong type or a missing
        required property. Properties the schema does not list are kept in
        ``additional_properties``. Unless ``strict`` (a request, which the API would
        refuse), an enum value the schema does not list is kept as it is, and a null
        optional property reads as UNSET.
        """
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("externalId", UNSET)
        external_id: str
        if value is UNSET:
            raise ShapeError.missing("externalId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "externalId")
            external_id = value

        value = src_dict.get("customer", UNSET)
        customer: GetConversationsResponse200ItemsItemCustomer
        if value is UNSET:
            raise ShapeError.missing("customer")
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "customer")
            try:
                customer = GetConversationsResponse200ItemsItemCustomer.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("customer") from None

        value = src_dict.get("id", UNSET)
        id: str | Unset
        if value is UNSET:
            id = UNSET
        elif value is None and not strict:
            found += 1
            id = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "id")
            id = value

        value = src_dict.get("agent", UNSET)
        agent: GetConversationsResponse200ItemsItemAgent | Unset
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
                agent = GetConversationsResponse200ItemsItemAgent.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("agent") from None

        value = src_dict.get("metadata", UNSET)
        metadata: GetConversationsResponse200ItemsItemMetadata | Unset
        if value is UNSET:
            metadata = UNSET
        elif value is None and not strict:
            found += 1
            metadata = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "metadata")
            try:
                metadata = GetConversationsResponse200ItemsItemMetadata.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("metadata") from None

        get_conversations_response_200_items_item = cls(
            external_id,
            customer,
            id,
            agent,
            metadata,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            get_conversations_response_200_items_item.additional_properties = additional_properties
        return get_conversations_response_200_items_item

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


from ..models.get_conversations_response_200_items_item_agent import (
    GetConversationsResponse200ItemsItemAgent,  # noqa: E402
)
from ..models.get_conversations_response_200_items_item_customer import (
    GetConversationsResponse200ItemsItemCustomer,  # noqa: E402
)
from ..models.get_conversations_response_200_items_item_metadata import (
    GetConversationsResponse200ItemsItemMetadata,  # noqa: E402
)
