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

T = TypeVar("T", bound="TranscriptText")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "text",
    }
)


@_attrs_define
class TranscriptText:
    """A part of an utterance.

    Attributes:
        text (str):
    """

    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
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

        transcript_text = cls(
            text,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            transcript_text.additional_properties = additional_properties
        return transcript_text

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
