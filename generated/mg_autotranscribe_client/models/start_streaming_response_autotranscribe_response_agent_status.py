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

T = TypeVar("T", bound="StartStreamingResponseAutotranscribeResponseAgentStatus")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "code",
        "description",
    }
)


@_attrs_define
class StartStreamingResponseAutotranscribeResponseAgentStatus:
    """
    Attributes:
        code (int | Unset):  Example: 1000.
        description (str | Unset):  Example: OK.
    """

    code: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("code", UNSET)
        code: int | Unset
        if value is UNSET:
            code = UNSET
        elif value is None and not strict:
            found += 1
            code = UNSET
        else:
            found += 1
            if not isinstance(value, int) or isinstance(value, bool):
                raise ShapeError.wrong_type("an integer", value, "code")
            code = value

        value = src_dict.get("description", UNSET)
        description: str | Unset
        if value is UNSET:
            description = UNSET
        elif value is None and not strict:
            found += 1
            description = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "description")
            description = value

        start_streaming_response_autotranscribe_response_agent_status = cls(
            code,
            description,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            start_streaming_response_autotranscribe_response_agent_status.additional_properties = additional_properties
        return start_streaming_response_autotranscribe_response_agent_status

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
