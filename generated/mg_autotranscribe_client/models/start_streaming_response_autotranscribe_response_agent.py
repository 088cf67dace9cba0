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
    from ..models.start_streaming_response_autotranscribe_response_agent_status import (
        StartStreamingResponseAutotranscribeResponseAgentStatus,
    )


T = TypeVar("T", bound="StartStreamingResponseAutotranscribeResponseAgent")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "streamId",
        "status",
    }
)


@_attrs_define
class StartStreamingResponseAutotranscribeResponseAgent:
    """
    Attributes:
        stream_id (str | Unset):  Example: 5ce2b755-3f38-11ed-b755-7aed4b5c38d5.
        status (StartStreamingResponseAutotranscribeResponseAgentStatus | Unset):
    """

    stream_id: str | Unset = UNSET
    status: StartStreamingResponseAutotranscribeResponseAgentStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_id = self.stream_id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_id is not UNSET:
            field_dict["streamId"] = stream_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("streamId", UNSET)
        stream_id: str | Unset
        if value is UNSET:
            stream_id = UNSET
        elif value is None and not strict:
            found += 1
            stream_id = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "streamId")
            stream_id = value

        value = src_dict.get("status", UNSET)
        status: StartStreamingResponseAutotranscribeResponseAgentStatus | Unset
        if value is UNSET:
            status = UNSET
        elif value is None and not strict:
            found += 1
            status = UNSET
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "status")
            try:
                status = StartStreamingResponseAutotranscribeResponseAgentStatus.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("status") from None

        start_streaming_response_autotranscribe_response_agent = cls(
            stream_id,
            status,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            start_streaming_response_autotranscribe_response_agent.additional_properties = additional_properties
        return start_streaming_response_autotranscribe_response_agent

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


from ..models.start_streaming_response_autotranscribe_response_agent_status import (
    StartStreamingResponseAutotranscribeResponseAgentStatus,  # noqa: E402
)
