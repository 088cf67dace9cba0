from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_twilio_params_track_map_inbound import (
    START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES,
    StartStreamingRequestTwilioParamsTrackMapInbound,
)
from ..models.start_streaming_request_twilio_params_track_map_outbound import (
    START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_OUTBOUND_VALUES,
    StartStreamingRequestTwilioParamsTrackMapOutbound,
)
from ..types import (
    UNSET,
    ShapeError,
    Unset,
    json_type,
    shown_value,
)

T = TypeVar("T", bound="StartStreamingRequestTwilioParamsTrackMap")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "inbound",
        "outbound",
    }
)


@_attrs_define
class StartStreamingRequestTwilioParamsTrackMap:
    """
    Attributes:
        inbound (StartStreamingRequestTwilioParamsTrackMapInbound | Unset): The inbound twilio track Default:
            'customer'.
        outbound (StartStreamingRequestTwilioParamsTrackMapOutbound | Unset): The outbound twilio track Default:
            'agent'.
    """

    inbound: StartStreamingRequestTwilioParamsTrackMapInbound | Unset = UNSET
    outbound: StartStreamingRequestTwilioParamsTrackMapOutbound | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inbound: str | Unset = UNSET
        if not isinstance(self.inbound, Unset):
            inbound = self.inbound

        outbound: str | Unset = UNSET
        if not isinstance(self.outbound, Unset):
            outbound = self.outbound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if outbound is not UNSET:
            field_dict["outbound"] = outbound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("inbound", UNSET)
        inbound: StartStreamingRequestTwilioParamsTrackMapInbound | Unset
        if value is UNSET:
            inbound = UNSET
        elif value is None and not strict:
            found += 1
            inbound = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of "
                    + ", ".join(map(repr, sorted(START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES))),
                    value,
                    "inbound",
                )
            if strict and value not in START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES:
                raise ShapeError(
                    "one of "
                    + ", ".join(map(repr, sorted(START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES))),
                    shown_value(value),
                    ("inbound",),
                )
            inbound = cast(StartStreamingRequestTwilioParamsTrackMapInbound, value)

        value = src_dict.get("outbound", UNSET)
        outbound: StartStreamingRequestTwilioParamsTrackMapOutbound | Unset
        if value is UNSET:
            outbound = UNSET
        elif value is None and not strict:
            found += 1
            outbound = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of "
                    + ", ".join(map(repr, sorted(START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_OUTBOUND_VALUES))),
                    value,
                    "outbound",
                )
            if strict and value not in START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_OUTBOUND_VALUES:
                raise ShapeError(
                    "one of "
                    + ", ".join(map(repr, sorted(START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_OUTBOUND_VALUES))),
                    shown_value(value),
                    ("outbound",),
                )
            outbound = cast(StartStreamingRequestTwilioParamsTrackMapOutbound, value)

        start_streaming_request_twilio_params_track_map = cls(
            inbound,
            outbound,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            start_streaming_request_twilio_params_track_map.additional_properties = additional_properties
        return start_streaming_request_twilio_params_track_map

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
