from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.start_streaming_request_twilio_params_track_map import (
        StartStreamingRequestTwilioParamsTrackMap,
    )


T = TypeVar("T", bound="StartStreamingRequestTwilioParams")


@_attrs_define
class StartStreamingRequestTwilioParams:
    """Settings for the twilio namespace

    Attributes:
        track_map (StartStreamingRequestTwilioParamsTrackMap | Unset): Which participant each Twilio track carries
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.start_streaming_request_twilio_params_track_map import (
            StartStreamingRequestTwilioParamsTrackMap,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _track_map = d.pop("trackMap", UNSET)
        track_map: StartStreamingRequestTwilioParamsTrackMap | Unset
        if isinstance(_track_map, Unset):
            track_map = UNSET
        else:
            track_map = StartStreamingRequestTwilioParamsTrackMap.from_dict(_track_map)

        start_streaming_request_twilio_params = cls(
            track_map=track_map,
        )

        start_streaming_request_twilio_params.additional_properties = d
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
