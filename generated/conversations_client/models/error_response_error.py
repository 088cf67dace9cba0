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

T = TypeVar("T", bound="ErrorResponseError")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "requestId",
        "message",
        "code",
    }
)


@_attrs_define
class ErrorResponseError:
    """Error details

    Attributes:
        request_id (str): Unique ID of the failing request
        message (str): Error message
        code (str | Unset): Error code
    """

    request_id: str
    message: str
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("requestId", UNSET)
        request_id: str
        if value is UNSET:
            raise ShapeError.missing("requestId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "requestId")
            request_id = value

        value = src_dict.get("message", UNSET)
        message: str
        if value is UNSET:
            raise ShapeError.missing("message")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "message")
            message = value

        value = src_dict.get("code", UNSET)
        code: str | Unset
        if value is UNSET:
            code = UNSET
        elif value is None and not strict:
            found += 1
            code = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "code")
            code = value

        error_response_error = cls(
            request_id,
            message,
            code,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            error_response_error.additional_properties = additional_properties
        return error_response_error

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
