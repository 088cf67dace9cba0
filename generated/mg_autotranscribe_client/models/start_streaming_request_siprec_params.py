from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_siprec_params_media_line_order import (
    START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES,
    StartStreamingRequestSiprecParamsMediaLineOrder,
)
from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
    shown_value,
)

T = TypeVar("T", bound="StartStreamingRequestSiprecParams")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "mediaLineOrder",
    }
)


@_attrs_define
class StartStreamingRequestSiprecParams:
    """
    Attributes:
        media_line_order (StartStreamingRequestSiprecParamsMediaLineOrder | Unset): Defines the mapping of media lines
            (m-lines) in SDP of SIPREC protocol.
            - `CUSTOMER_FIRST` will map top audio m-line to customer side of conversation (usual for inbound calls to call
            center, default)
            - `AGENT_FIRST` will map top audio m-line to agent side of the conversation (usual for outbound calls from call
            center)
             Default: 'CUSTOMER_FIRST'.
    """

    media_line_order: StartStreamingRequestSiprecParamsMediaLineOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_line_order: str | Unset = UNSET
        if not isinstance(self.media_line_order, Unset):
            media_line_order = self.media_line_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_line_order is not UNSET:
            field_dict["mediaLineOrder"] = media_line_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("mediaLineOrder", UNSET)
        media_line_order: StartStreamingRequestSiprecParamsMediaLineOrder | Unset
        if value is UNSET:
            media_line_order = UNSET
        elif value is None and not strict:
            found += 1
            media_line_order = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of "
                    + ", ".join(map(repr, sorted(START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES))),
                    value,
                    "mediaLineOrder",
                )
            if strict and value not in START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES:
                raise ShapeError(
                    "one of "
                    + ", ".join(map(repr, sorted(START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES))),
                    shown_value(value),
                    ("mediaLineOrder",),
                )
            media_line_order = cast(StartStreamingRequestSiprecParamsMediaLineOrder, value)

        start_streaming_request_siprec_params = cls(
            media_line_order,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            start_streaming_request_siprec_params.additional_properties = additional_properties
        return start_streaming_request_siprec_params

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
