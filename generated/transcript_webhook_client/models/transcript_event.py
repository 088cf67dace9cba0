from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcript_event_type import (
    TRANSCRIPT_EVENT_TYPE_VALUES,
    TranscriptEventType,
)
from ..types import (
    UNSET,
    ShapeError,
    json_type,
    shown_value,
)

if TYPE_CHECKING:
    from ..models.transcript_sender import TranscriptSender
    from ..models.transcript_utterance import TranscriptUtterance


T = TypeVar("T", bound="TranscriptEvent")

_PROPERTY_NAMES: frozenset[str] = frozenset(
    {
        "type",
        "externalConversationId",
        "streamId",
        "sender",
        "autotranscribeResponse",
    }
)


@_attrs_define
class TranscriptEvent:
    """One complete utterance of one participant of a call.

    Attributes:
        type_ (TranscriptEventType): The kind of message; transcripts are the only kind documented.
        external_conversation_id (str): The call's guid as given to start-streaming (for Twilio, the Call SID).
        stream_id (str): The participant's stream id, as returned by start-streaming.
        sender (TranscriptSender): Who spoke.
        autotranscribe_response (TranscriptUtterance): The utterance and its timing.
    """

    type_: TranscriptEventType
    external_conversation_id: str
    stream_id: str
    sender: TranscriptSender
    autotranscribe_response: TranscriptUtterance
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        external_conversation_id = self.external_conversation_id

        stream_id = self.stream_id

        sender = self.sender.to_dict()

        autotranscribe_response = self.autotranscribe_response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalConversationId": external_conversation_id,
                "streamId": stream_id,
                "sender": sender,
                "autotranscribeResponse": autotranscribe_response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, strict: bool = False) -> T:
        """Read the JSON object ``src_dict``, every value checked against the schema
        (ShapeError says how)."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ShapeError("an object", json_type(src_dict))
        found = 0
        value = src_dict.get("type", UNSET)
        type_: TranscriptEventType
        if value is UNSET:
            raise ShapeError.missing("type")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type(
                    "one of " + ", ".join(map(repr, sorted(TRANSCRIPT_EVENT_TYPE_VALUES))), value, "type"
                )
            if strict and value not in TRANSCRIPT_EVENT_TYPE_VALUES:
                raise ShapeError(
                    "one of " + ", ".join(map(repr, sorted(TRANSCRIPT_EVENT_TYPE_VALUES))),
                    shown_value(value),
                    ("type",),
                )
            type_ = cast(TranscriptEventType, value)

        value = src_dict.get("externalConversationId", UNSET)
        external_conversation_id: str
        if value is UNSET:
            raise ShapeError.missing("externalConversationId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "externalConversationId")
            external_conversation_id = value

        value = src_dict.get("streamId", UNSET)
        stream_id: str
        if value is UNSET:
            raise ShapeError.missing("streamId")
        else:
            found += 1
            if not isinstance(value, str):
                raise ShapeError.wrong_type("a string", value, "streamId")
            stream_id = value

        value = src_dict.get("sender", UNSET)
        sender: TranscriptSender
        if value is UNSET:
            raise ShapeError.missing("sender")
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "sender")
            try:
                sender = TranscriptSender.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("sender") from None

        value = src_dict.get("autotranscribeResponse", UNSET)
        autotranscribe_response: TranscriptUtterance
        if value is UNSET:
            raise ShapeError.missing("autotranscribeResponse")
        else:
            found += 1
            if not isinstance(value, dict) and not isinstance(value, Mapping):
                raise ShapeError.wrong_type("an object", value, "autotranscribeResponse")
            try:
                autotranscribe_response = TranscriptUtterance.from_dict(value, strict=strict)
            except ShapeError as error:
                raise error.within("autotranscribeResponse") from None

        transcript_event = cls(
            type_,
            external_conversation_id,
            stream_id,
            sender,
            autotranscribe_response,
        )
        if len(src_dict) != found:
            additional_properties: dict[str, Any] = {}
            for key, value in src_dict.items():
                if key in _PROPERTY_NAMES:
                    continue
                additional_properties[key] = value

            transcript_event.additional_properties = additional_properties
        return transcript_event

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


from ..models.transcript_sender import TranscriptSender  # noqa: E402
from ..models.transcript_utterance import TranscriptUtterance  # noqa: E402
