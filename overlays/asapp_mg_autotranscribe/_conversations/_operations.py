"""The after-call transcript: ``GET /conversation/v1/conversation/messages?externalId=``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Unpack

from .._constants import MAX_CONVERSATION_RESPONSE_BYTES
from .._endpoint import Endpoint, PreparedCall
from .._exceptions import InvalidRequestError
from .._options import RequestOptions
from ._messages import ConversationMessage

if TYPE_CHECKING:
    from .._generated import GetMessagesResponse

__all__ = ["CONVERSATION_MESSAGES", "get_conversation_messages"]


def _messages(model: GetMessagesResponse, body: dict[str, Any]) -> list[ConversationMessage]:
    items = model.items
    if not isinstance(items, list):
        return []
    return [
        ConversationMessage(item, item=raw) for item, raw in zip(items, body["items"], strict=True)
    ]


CONVERSATION_MESSAGES: Endpoint[list[ConversationMessage], GetMessagesResponse] = Endpoint(
    "getMessagesByExternalId",
    idempotent=True,
    read_result=_messages,
    max_response_bytes=MAX_CONVERSATION_RESPONSE_BYTES,
)


def get_conversation_messages(
    *, external_id: str, **options: Unpack[RequestOptions]
) -> PreparedCall[list[ConversationMessage], GetMessagesResponse]:
    """Return a call's transcript once the call is over: its messages (at most 1,000, in
    one answer) with their senders and timezone-aware timestamps.

    ``external_id`` is the call's guid given to start (for Twilio, the Call SID). The
    settings given to start (language, redaction, detailed tokens) apply. Takes the
    per-request options too.
    """
    if not isinstance(external_id, str) or not external_id.strip():
        raise InvalidRequestError("external_id must be a non-empty str (the call's guid)")
    try:
        external_id.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidRequestError("external_id is not valid Unicode (a lone surrogate)") from None
    return PreparedCall(
        CONVERSATION_MESSAGES,
        build_arguments={"external_id": external_id},
        options=options,
        argument_names={"externalId": "external_id"},
    )
