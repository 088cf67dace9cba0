from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ShapeError,
    json_type,
)

T = TypeVar("T", bound="TranscriptSender")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "externalId",
        "role",
    }
)


@_attrs_define
class TranscriptSender:
    """Who spoke.

    Attributes:
        external_id (str): The customerId or agentId given to start-streaming.
        role (str): customer or agent. Not an enum here on purpose: a role ASAPP adds later is kept as it is. Example:
            customer.
    """

    external_id: str
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "role": role,
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
        value = src_dict.get("externalId", UNSET)
        external_id: str
        if value is UNSET:
            raise ShapeError.missing("externalId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "externalId")
            external_id = value

        value = src_dict.get("role", UNSET)
        role: str
        if value is UNSET:
            raise ShapeError.missing("role")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "role")
            role = value

        transcript_sender = cls(
            external_id,
            role,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            transcript_sender.additional_properties = additional_properties
        return transcript_sender

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
