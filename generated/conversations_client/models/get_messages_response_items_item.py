from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ShapeError,
    json_type,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.get_messages_response_items_item_sender import (
        GetMessagesResponseItemsItemSender,
    )


T = TypeVar("T", bound="GetMessagesResponseItemsItem")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "text",
        "sender",
        "messageId",
        "createdTimestamp",
        "clientTimestamp",
    }
)


@_attrs_define
class GetMessagesResponseItemsItem:
    """A message sent by a participant of a conversation

    Example:
        {'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role': 'customer',
            'externalId': '123456'}, 'messageId': '01GMXE90AEV7H3J4DPBDKB1R79', 'createdTimestamp':
            '2021-11-23T12:13:16.853Z', 'clientTimestamp': '2021-11-23T12:13:14.555Z'}

    Attributes:
        text (str): Text sent
        sender (GetMessagesResponseItemsItemSender): A participant within a conversation
        message_id (str): The identifier of the message.
        created_timestamp (datetime.datetime): The time when the message objectwas created in the ASAPP system.
        client_timestamp (datetime.datetime): The timestamp of when the message was sent.
    """

    text: str
    sender: GetMessagesResponseItemsItemSender
    message_id: str
    created_timestamp: datetime.datetime
    client_timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        sender = self.sender.to_dict()

        message_id = self.message_id

        created_timestamp = self.created_timestamp.isoformat()

        client_timestamp = self.client_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "sender": sender,
                "messageId": message_id,
                "createdTimestamp": created_timestamp,
                "clientTimestamp": client_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("text", UNSET)
        text: str
        if value is UNSET:
            raise ShapeError.missing("text")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "text")
            text = value

        value = src_dict.get("sender", UNSET)
        sender: GetMessagesResponseItemsItemSender
        if value is UNSET:
            raise ShapeError.missing("sender")
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "sender")
            try:
                sender = GetMessagesResponseItemsItemSender.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("sender") from None

        value = src_dict.get("messageId", UNSET)
        message_id: str
        if value is UNSET:
            raise ShapeError.missing("messageId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "messageId")
            message_id = value

        value = src_dict.get("createdTimestamp", UNSET)
        created_timestamp: datetime.datetime
        if value is UNSET:
            raise ShapeError.missing("createdTimestamp")
        else:
            found += 1
            created_timestamp = parse_datetime(value, "createdTimestamp")

        value = src_dict.get("clientTimestamp", UNSET)
        client_timestamp: datetime.datetime
        if value is UNSET:
            raise ShapeError.missing("clientTimestamp")
        else:
            found += 1
            client_timestamp = parse_datetime(value, "clientTimestamp")

        get_messages_response_items_item = cls(
            text,
            sender,
            message_id,
            created_timestamp,
            client_timestamp,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            get_messages_response_items_item.additional_properties = additional_properties
        return get_messages_response_items_item

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


from ..models.get_messages_response_items_item_sender import (
    GetMessagesResponseItemsItemSender,  # noqa: E402
)
