from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_body_sender_role import (
    CREATE_MESSAGE_BODY_SENDER_ROLE_VALUES,
    CreateMessageBodySenderRole,
)
from ..types import (
    UNSET,
    ShapeError,
    json_type,
    shown_value,
)

T = TypeVar("T", bound="CreateMessageBodySender")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "role",
        "externalId",
    }
)


@_attrs_define
class CreateMessageBodySender:
    """Information about the participant who sent the message.

    Attributes:
        role (CreateMessageBodySenderRole): The role of the participant in the conversation.
        external_id (str): The unique identifier for the participant in your external system. This should be consistent
            across all interactions for the same individual.
    """

    role: CreateMessageBodySenderRole
    external_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "externalId": external_id,
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
        value = src_dict.get("role", UNSET)
        role: CreateMessageBodySenderRole
        if value is UNSET:
            raise ShapeError.missing("role")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of " + ", ".join(map(repr, sorted(CREATE_MESSAGE_BODY_SENDER_ROLE_VALUES))), value, "role"
                )
            if strict and value not in CREATE_MESSAGE_BODY_SENDER_ROLE_VALUES:
                raise ShapeError(
                    "one of " + ", ".join(map(repr, sorted(CREATE_MESSAGE_BODY_SENDER_ROLE_VALUES))),
                    shown_value(value),
                    ("role",),
                )
            role = cast(CreateMessageBodySenderRole, value)

        value = src_dict.get("externalId", UNSET)
        external_id: str
        if value is UNSET:
            raise ShapeError.missing("externalId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "externalId")
            external_id = value

        create_message_body_sender = cls(
            role,
            external_id,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            create_message_body_sender.additional_properties = additional_properties
        return create_message_body_sender

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
