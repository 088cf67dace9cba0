"""What get_conversation_messages returns: typed views over the generated model."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import attrs

__all__ = ["ConversationMessage", "MessageSender"]


@attrs.frozen(repr=False)
class MessageSender:
    """Who sent a message."""

    model: Any
    """The generated model of the sender."""

    @property
    def role(self) -> str:
        """``"agent"``, ``"customer"`` or ``"system"``; a role the spec does not list yet is
        kept as the string ASAPP sent."""
        role: str = self.model.role
        return role

    @property
    def external_id(self) -> str | None:
        """The participant's id (the customerId or agentId given to start), or None."""
        external_id = self.model.external_id
        return external_id if isinstance(external_id, str) else None

    def __repr__(self) -> str:
        return f"MessageSender(role={self.role!r}, external_id={self.external_id!r})"


@attrs.frozen(repr=False)
class ConversationMessage:
    """One message of a call's transcript, after the call."""

    model: Any = attrs.field(eq=False)
    """The generated model of the message (every property the spec documents)."""
    _item: dict[str, Any] = attrs.field(alias="item")

    @property
    def text(self) -> str:
        """The utterance's text."""
        text: str = self.model.text
        return text

    @property
    def message_id(self) -> str:
        """ASAPP's id of the message."""
        message_id: str = self.model.message_id
        return message_id

    @property
    def sender(self) -> MessageSender:
        """Who said it."""
        return MessageSender(self.model.sender)

    @property
    def created_timestamp(self) -> datetime.datetime:
        """When ASAPP created the message (timezone-aware)."""
        created: datetime.datetime = self.model.created_timestamp
        return created

    @property
    def client_timestamp(self) -> datetime.datetime:
        """When the message was said (timezone-aware)."""
        said: datetime.datetime = self.model.client_timestamp
        return said

    def to_dict(self) -> dict[str, Any]:
        """The message's JSON as received, properties the SDK does not know included."""
        return copy.deepcopy(self._item)

    def __repr__(self) -> str:
        return (
            f"ConversationMessage(message_id={self.message_id!r}, sender={self.sender!r}, "
            f"client_timestamp={self.client_timestamp.isoformat()!r}, text=...)"
        )
