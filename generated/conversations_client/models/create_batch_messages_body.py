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
    from ..models.create_batch_messages_body_messages_item import (
        CreateBatchMessagesBodyMessagesItem,
    )


T = TypeVar("T", bound="CreateBatchMessagesBody")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "messages",
    }
)


@_attrs_define
class CreateBatchMessagesBody:
    """A batch of messages for conversation

    Example:
        {'messages': [{'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'customer', 'externalId': 'customer-xyz'}, 'timestamp': '2021-11-23T12:13:14.555Z'}, {'text': 'Let me help you
            with that', 'sender': {'role': 'agent', 'externalId': 'agent-111'}, 'timestamp': '2021-11-23T12:13:16.666Z'}]}

    Attributes:
        messages (list[CreateBatchMessagesBodyMessagesItem] | Unset):
    """

    messages: list[CreateBatchMessagesBodyMessagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages

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
        value = src_dict.get("messages", UNSET)
        messages: list[CreateBatchMessagesBodyMessagesItem] | Unset
        if value is UNSET:
            messages = UNSET
        elif value is None and not strict:
            found += 1
            messages = UNSET
        else:
            found += 1
            if not isinstance(value, list):
                raise ShapeError.wrong_type("an array", value, "messages")
            items_0: list[CreateBatchMessagesBodyMessagesItem] = []
            for index_0, item_0 in enumerate(value):
                try:
                    if not isinstance(item_0, dict) and not isinstance(item_0, Mapping):
                        raise ShapeError.wrong_type("an object", item_0, index_0)
                    try:
                        parsed_0 = CreateBatchMessagesBodyMessagesItem.from_dict(item_0, strict=strict)
                    except ShapeError as error:
                        raise error.within(index_0) from None

                except ShapeError as error:
                    raise error.within("messages") from None
                items_0.append(parsed_0)
            messages = items_0

        create_batch_messages_body = cls(
            messages,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            create_batch_messages_body.additional_properties = additional_properties
        return create_batch_messages_body

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


from ..models.create_batch_messages_body_messages_item import (
    CreateBatchMessagesBodyMessagesItem,  # noqa: E402
)
