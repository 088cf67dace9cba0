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
    from ..models.stop_streaming_response_autotranscribe_response import (
        StopStreamingResponseAutotranscribeResponse,
    )


T = TypeVar("T", bound="StopStreamingResponse")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "autotranscribeResponse",
        "isOk",
        "errorMessage",
    }
)


@_attrs_define
class StopStreamingResponse:
    """
    Attributes:
        autotranscribe_response (StopStreamingResponseAutotranscribeResponse | Unset):
        is_ok (bool | Unset):
        error_message (str | Unset):
    """

    autotranscribe_response: StopStreamingResponseAutotranscribeResponse | Unset = UNSET
    is_ok: bool | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        autotranscribe_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autotranscribe_response, Unset):
            autotranscribe_response = self.autotranscribe_response.to_dict()

        is_ok = self.is_ok

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if autotranscribe_response is not UNSET:
            field_dict["autotranscribeResponse"] = autotranscribe_response
        if is_ok is not UNSET:
            field_dict["isOk"] = is_ok
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("autotranscribeResponse", UNSET)
        autotranscribe_response: StopStreamingResponseAutotranscribeResponse | Unset
        if value is UNSET:
            autotranscribe_response = UNSET
        elif value is None and not strict:
            found += 1
            autotranscribe_response = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "autotranscribeResponse")
            try:
                autotranscribe_response = StopStreamingResponseAutotranscribeResponse.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("autotranscribeResponse") from None

        value = src_dict.get("isOk", UNSET)
        is_ok: bool | Unset
        if value is UNSET:
            is_ok = UNSET
        elif value is None and not strict:
            found += 1
            is_ok = UNSET
        else:
            found += 1
            if not isinstance(value, bool):
                raise ShapeError.wrong_type("a boolean", value, "isOk")
            is_ok = value

        value = src_dict.get("errorMessage", UNSET)
        error_message: str | Unset
        if value is UNSET:
            error_message = UNSET
        elif value is None and not strict:
            found += 1
            error_message = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "errorMessage")
            error_message = value

        stop_streaming_response = cls(
            autotranscribe_response,
            is_ok,
            error_message,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            stop_streaming_response.additional_properties = additional_properties
        return stop_streaming_response

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


from ..models.stop_streaming_response_autotranscribe_response import (
    StopStreamingResponseAutotranscribeResponse,  # noqa: E402
)
