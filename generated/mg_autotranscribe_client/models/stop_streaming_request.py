from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_streaming_request_namespace import (
    STOP_STREAMING_REQUEST_NAMESPACE_VALUES,
    StopStreamingRequestNamespace,
)
from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
    shown_value,
)

T = TypeVar("T", bound="StopStreamingRequest")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "namespace",
        "guid",
    }
)


@_attrs_define
class StopStreamingRequest:
    """
    Example:
        {'namespace': 'siprec', 'guid': '0867617078-0032318833-2221801472-0002236962'}

    Attributes:
        namespace (StopStreamingRequestNamespace | Unset): The media gateway platform or protocol you are using.
        guid (str | Unset): The globally unique Id for the call, also sometimes called Unique Call Id (UCID). Must be in
            decimal form.
    """

    namespace: StopStreamingRequestNamespace | Unset = UNSET
    guid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace: str | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace

        guid = self.guid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if guid is not UNSET:
            field_dict["guid"] = guid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("namespace", UNSET)
        namespace: StopStreamingRequestNamespace | Unset
        if value is UNSET:
            namespace = UNSET
        elif value is None and not strict:
            found += 1
            namespace = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of " + ", ".join(map(repr, sorted(STOP_STREAMING_REQUEST_NAMESPACE_VALUES))),
                    value,
                    "namespace",
                )
            if strict and value not in STOP_STREAMING_REQUEST_NAMESPACE_VALUES:
                raise ShapeError(
                    "one of " + ", ".join(map(repr, sorted(STOP_STREAMING_REQUEST_NAMESPACE_VALUES))),
                    shown_value(value),
                    ("namespace",),
                )
            namespace = cast(StopStreamingRequestNamespace, value)

        value = src_dict.get("guid", UNSET)
        guid: str | Unset
        if value is UNSET:
            guid = UNSET
        elif value is None and not strict:
            found += 1
            guid = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "guid")
            guid = value

        stop_streaming_request = cls(
            namespace,
            guid,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            stop_streaming_request.additional_properties = additional_properties
        return stop_streaming_request

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
