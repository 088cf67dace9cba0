"""The after-call transcript (getMessagesByExternalId): what the SDK makes of its answer.

The operation itself (``get_conversation_messages(external_id=...)``) is generated from the
spec (``_generated``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._checks import is_unicode
from .._constants import MAX_CONVERSATION_RESPONSE_BYTES
from .._endpoint import Answer
from .._exceptions import InvalidRequestError
from ._messages import ConversationMessage

if TYPE_CHECKING:
    from .._generated import GetMessagesResponse

__all__ = ["CONVERSATION_MESSAGES"]


def _messages(model: GetMessagesResponse, body: dict[str, Any]) -> list[ConversationMessage]:
    items = model.items
    if not isinstance(items, list):
        return []
    return [
        ConversationMessage(item, item=raw) for item, raw in zip(items, body["items"], strict=True)
    ]


def _check(arguments: Mapping[str, Any]) -> None:
    external_id = arguments.get("external_id")
    if not isinstance(external_id, str) or not external_id.strip():
        raise InvalidRequestError("external_id must be a non-empty str (the call's guid)")
    if not is_unicode(external_id):
        raise InvalidRequestError("external_id is not valid Unicode (a lone surrogate)")


CONVERSATION_MESSAGES: Answer[list[ConversationMessage], GetMessagesResponse] = Answer(
    _messages, max_response_bytes=MAX_CONVERSATION_RESPONSE_BYTES, check_arguments=_check
)
"""A call's messages (at most 1,000, in one answer) with their senders and timezone-aware
timestamps; the settings given to start (language, redaction, detailed tokens) apply."""
