from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
)

T = TypeVar("T", bound="CreateOrUpdateConversationBodyCustomer")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "externalId",
        "name",
    }
)


@_attrs_define
class CreateOrUpdateConversationBodyCustomer:
    """Information about the customer participating in the conversation.

    Attributes:
        external_id (str): The unique identifier for the customer in your external system.
        name (str | Unset): The display name of the customer.
    """

    external_id: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

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

        value = src_dict.get("name", UNSET)
        name: str | Unset
        if value is UNSET:
            name = UNSET
        elif value is None and not strict:
            found += 1
            name = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "name")
            name = value

        create_or_update_conversation_body_customer = cls(
            external_id,
            name,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            create_or_update_conversation_body_customer.additional_properties = additional_properties
        return create_or_update_conversation_body_customer

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
