from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_messages_response_items_item_sender_role import (
    GET_MESSAGES_RESPONSE_ITEMS_ITEM_SENDER_ROLE_VALUES,
    GetMessagesResponseItemsItemSenderRole,
)
from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
    shown_value,
)

T = TypeVar("T", bound="GetMessagesResponseItemsItemSender")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "role",
        "externalId",
    }
)


@_attrs_define
class GetMessagesResponseItemsItemSender:
    """A participant within a conversation

    Attributes:
        role (GetMessagesResponseItemsItemSenderRole): A participant role, usually the customer or an agent for human
            participants. System participant is also allowed but keep in mind
            that this role won't be considered a participant in a conversation, just a message sender.
        external_id (None | str | Unset): The unique identifier for the relevant participant role.
    """

    role: GetMessagesResponseItemsItemSenderRole
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("role", UNSET)
        role: GetMessagesResponseItemsItemSenderRole
        if value is UNSET:
            raise ShapeError.missing("role")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of " + ", ".join(map(repr, sorted(GET_MESSAGES_RESPONSE_ITEMS_ITEM_SENDER_ROLE_VALUES))),
                    value,
                    "role",
                )
            if strict and value not in GET_MESSAGES_RESPONSE_ITEMS_ITEM_SENDER_ROLE_VALUES:
                raise ShapeError(
                    "one of " + ", ".join(map(repr, sorted(GET_MESSAGES_RESPONSE_ITEMS_ITEM_SENDER_ROLE_VALUES))),
                    shown_value(value),
                    ("role",),
                )
            role = cast(GetMessagesResponseItemsItemSenderRole, value)

        value = src_dict.get("externalId", UNSET)
        external_id: None | str | Unset
        if value is UNSET:
            external_id = UNSET
        else:
            found += 1
            if value is None:
                external_id = None
            else:
                if not isinstance(value, str):
                    raise ShapeError.wrong_type("a string", value, "externalId")
                external_id = value

        get_messages_response_items_item_sender = cls(
            role,
            external_id,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            get_messages_response_items_item_sender.additional_properties = additional_properties
        return get_messages_response_items_item_sender

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
