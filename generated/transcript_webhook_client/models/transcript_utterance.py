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
    from ..models.transcript_text import TranscriptText


T = TypeVar("T", bound="TranscriptUtterance")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "start",
        "end",
        "utterance",
        "message",
    }
)


@_attrs_define
class TranscriptUtterance:
    """The utterance and its timing.

    Attributes:
        start (int): Start of the utterance, in milliseconds.
        end (int): End of the utterance, in milliseconds (documented by ASAPP as "elapsed ms since the start of the
            utterance"; its examples read as offsets like start).
        utterance (list[TranscriptText]): The utterance's text, in one or more parts.
        message (str | Unset): The kind of result ("transcript").
    """

    start: int
    end: int
    utterance: list[TranscriptText]
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        utterance = []
        for utterance_item_data in self.utterance:
            utterance_item = utterance_item_data.to_dict()
            utterance.append(utterance_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "utterance": utterance,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("start", UNSET)
        start: int
        if value is UNSET:
            raise ShapeError.missing("start")
        else:
            found += 1
            if not isinstance(value, int) or isinstance(value, bool):
                raise ShapeError.wrong_type("an integer", value, "start")
            start = value

        value = src_dict.get("end", UNSET)
        end: int
        if value is UNSET:
            raise ShapeError.missing("end")
        else:
            found += 1
            if not isinstance(value, int) or isinstance(value, bool):
                raise ShapeError.wrong_type("an integer", value, "end")
            end = value

        value = src_dict.get("utterance", UNSET)
        utterance: list[TranscriptText]
        if value is UNSET:
            raise ShapeError.missing("utterance")
        else:
            found += 1
            if not isinstance(value, list):
                raise ShapeError.wrong_type("an array", value, "utterance")
            items_0: list[TranscriptText] = []
            for index_0, item_0 in enumerate(value):
                try:
                    if not isinstance(item_0, dict) and not isinstance(item_0, Mapping):
                        raise ShapeError.wrong_type("an object", item_0, index_0)
                    try:
                        parsed_0 = TranscriptText.from_dict(item_0, strict=strict)
                    except ShapeError as error:
                        raise error.within(index_0) from None

                except ShapeError as error:
                    raise error.within("utterance") from None
                items_0.append(parsed_0)
            utterance = items_0

        value = src_dict.get("message", UNSET)
        message: str | Unset
        if value is UNSET:
            message = UNSET
        elif value is None and not strict:
            found += 1
            message = UNSET
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "message")
            message = value

        transcript_utterance = cls(
            start,
            end,
            utterance,
            message,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            transcript_utterance.additional_properties = additional_properties
        return transcript_utterance

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


from ..models.transcript_text import TranscriptText  # noqa: E402
