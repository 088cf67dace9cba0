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
    from ..models.error_response_error import ErrorResponseError


T = TypeVar("T", bound="ErrorResponse")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "error",
    }
)


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        error (ErrorResponseError | Unset): Error details
    """

    error: ErrorResponseError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("error", UNSET)
        error: ErrorResponseError | Unset
        if value is UNSET:
            error = UNSET
        elif value is None and not strict:
            found += 1
            error = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "error")
            try:
                error = ErrorResponseError.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("error") from None

        error_response = cls(
            error,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            error_response.additional_properties = additional_properties
        return error_response

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


from ..models.error_response_error import ErrorResponseError  # noqa: E402
