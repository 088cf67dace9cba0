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
    from ..models.create_batch_messages_body_messages_item_sender import (
        CreateBatchMessagesBodyMessagesItemSender,
    )


T = TypeVar("T", bound="CreateBatchMessagesBodyMessagesItem")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "text",
        "sender",
        "timestamp",
    }
)


@_attrs_define
class CreateBatchMessagesBodyMessagesItem:
    """Represents a single message within a conversation.

    Example:
        {'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role': 'agent', 'externalId':
            123}, 'timestamp': '2021-11-23T12:13:14.555Z'}

    Attributes:
        text (str): The content of the message.
        sender (CreateBatchMessagesBodyMessagesItemSender): Information about the participant who sent the message.
        timestamp (datetime.datetime): The time when the message was sent. Include the timezone, otherwise UTC will be
            assumed.
    """

    text: str
    sender: CreateBatchMessagesBodyMessagesItemSender
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        sender = self.sender.to_dict()

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "sender": sender,
                "timestamp": timestamp,
            }
        )

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
        sender: CreateBatchMessagesBodyMessagesItemSender
        if value is UNSET:
            raise ShapeError.missing("sender")
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "sender")
            try:
                sender = CreateBatchMessagesBodyMessagesItemSender.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("sender") from None

        value = src_dict.get("timestamp", UNSET)
        timestamp: datetime.datetime
        if value is UNSET:
            raise ShapeError.missing("timestamp")
        else:
            found += 1
            timestamp = parse_datetime(value, "timestamp")

        create_batch_messages_body_messages_item = cls(
            text,
            sender,
            timestamp,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            create_batch_messages_body_messages_item.additional_properties = additional_properties
        return create_batch_messages_body_messages_item

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


from ..models.create_batch_messages_body_messages_item_sender import (
    CreateBatchMessagesBodyMessagesItemSender,  # noqa: E402
)
