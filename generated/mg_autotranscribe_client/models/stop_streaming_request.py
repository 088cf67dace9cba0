from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_streaming_request_namespace import (
    StopStreamingRequestNamespace,
    check_stop_streaming_request_namespace,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StopStreamingRequest")


@_attrs_define
class StopStreamingRequest:
    """
    Attributes:
        namespace (StopStreamingRequestNamespace | Unset): The media gateway platform or protocol that carries the
            call's audio. Example: twilio.
        guid (str | Unset): Globally unique identifier of the call (UCID): the decimal form for SIPREC, the Call SID for
            Twilio. Example: CA5b040e075515c424391012acc5a870cf.
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _namespace = d.pop("namespace", UNSET)
        namespace: StopStreamingRequestNamespace | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = check_stop_streaming_request_namespace(_namespace)

        guid = d.pop("guid", UNSET)

        stop_streaming_request = cls(
            namespace=namespace,
            guid=guid,
        )

        stop_streaming_request.additional_properties = d
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
