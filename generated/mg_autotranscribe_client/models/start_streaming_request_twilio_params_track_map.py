from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_streaming_request_twilio_params_track_map_inbound import (
    StartStreamingRequestTwilioParamsTrackMapInbound,
    check_start_streaming_request_twilio_params_track_map_inbound,
)
from ..models.start_streaming_request_twilio_params_track_map_outbound import (
    StartStreamingRequestTwilioParamsTrackMapOutbound,
    check_start_streaming_request_twilio_params_track_map_outbound,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartStreamingRequestTwilioParamsTrackMap")


@_attrs_define
class StartStreamingRequestTwilioParamsTrackMap:
    """Which participant each Twilio track carries

    Attributes:
        inbound (StartStreamingRequestTwilioParamsTrackMapInbound | Unset): Participant on the inbound track Default:
            'customer'.
        outbound (StartStreamingRequestTwilioParamsTrackMapOutbound | Unset): Participant on the outbound track Default:
            'agent'.
    """

    inbound: StartStreamingRequestTwilioParamsTrackMapInbound | Unset = "customer"
    outbound: StartStreamingRequestTwilioParamsTrackMapOutbound | Unset = "agent"
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _inbound = d.pop("inbound", UNSET)
        inbound: StartStreamingRequestTwilioParamsTrackMapInbound | Unset
        if isinstance(_inbound, Unset):
            inbound = UNSET
        else:
            inbound = check_start_streaming_request_twilio_params_track_map_inbound(_inbound)

        _outbound = d.pop("outbound", UNSET)
        outbound: StartStreamingRequestTwilioParamsTrackMapOutbound | Unset
        if isinstance(_outbound, Unset):
            outbound = UNSET
        else:
            outbound = check_start_streaming_request_twilio_params_track_map_outbound(_outbound)

        start_streaming_request_twilio_params_track_map = cls(
            inbound=inbound,
            outbound=outbound,
        )

        start_streaming_request_twilio_params_track_map.additional_properties = d
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
