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
    from ..models.start_streaming_request_twilio_params_track_map import (
        StartStreamingRequestTwilioParamsTrackMap,
    )


T = TypeVar("T", bound="StartStreamingRequestTwilioParams")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "trackMap",
    }
)


@_attrs_define
class StartStreamingRequestTwilioParams:
    """
    Example:
        {'trackMap': {'inbound': 'customer', 'outbound': 'agent'}}

    Attributes:
        track_map (StartStreamingRequestTwilioParamsTrackMap | Unset):
    """

    track_map: StartStreamingRequestTwilioParamsTrackMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        track_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.track_map, Unset):
            track_map = self.track_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if track_map is not UNSET:
            field_dict["trackMap"] = track_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("trackMap", UNSET)
        track_map: StartStreamingRequestTwilioParamsTrackMap | Unset
        if value is UNSET:
            track_map = UNSET
        elif value is None and not strict:
            found += 1
            track_map = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "trackMap")
            try:
                track_map = StartStreamingRequestTwilioParamsTrackMap.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("trackMap") from None

        start_streaming_request_twilio_params = cls(
            track_map,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            start_streaming_request_twilio_params.additional_properties = additional_properties
        return start_streaming_request_twilio_params

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


from ..models.start_streaming_request_twilio_params_track_map import (
    StartStreamingRequestTwilioParamsTrackMap,  # noqa: E402
)
