"""Conversations API: its operations as the SDK calls them.

Generated from the spec and sdk-names.yaml by generator-templates/api_init.py.jinja: the
registry of the operations (OPERATIONS), the request builder of each operation (its keyword
arguments are the request body's properties and the parameters; the body is the generated
request model's ``to_dict()``, with only what the caller gave), and the methods of the
SDK's clients and of their ``with_raw_response`` (SyncMethods, AsyncMethods,
SyncRawMethods, AsyncRawMethods). Nothing of the generated models is imported with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Unpack

from asapp_mg_autotranscribe._conversations._answers import (
    CONVERSATION_MESSAGES as _GET_CONVERSATION_MESSAGES_ANSWER,
)
from asapp_mg_autotranscribe._endpoint import (
    Operation,
    RequestParts,
)
from asapp_mg_autotranscribe._methods import (
    async_method,
    async_raw_method,
    sync_method,
    sync_raw_method,
)
from asapp_mg_autotranscribe._options import RequestOptions

if TYPE_CHECKING:
    from ..models.get_messages_response import GetMessagesResponse

__all__ = [
    "OPERATIONS",
    "PUBLIC_TYPES",
    "AsyncMethods",
    "AsyncRawMethods",
    "SyncMethods",
    "SyncRawMethods",
    "get_conversation_messages",
    "GetMessagesResponse",
]

_PACKAGE: Final = __name__.rpartition(".")[0]

OPERATIONS: Final[dict[str, Operation]] = {
    "getMessagesByExternalId": Operation(
        operation_id="getMessagesByExternalId",
        http_method="GET",
        path="/conversation/v1/conversation/messages",
        path_parameters=(),
        query_parameters=("externalId",),
        request_model=None,
        response_models={
            "200": "get_messages_response:GetMessagesResponse",
            "400": "error_response:ErrorResponse",
            "401": "error_response:ErrorResponse",
            "403": "error_response:ErrorResponse",
            "404": "error_response:ErrorResponse",
            "409": "error_response:ErrorResponse",
            "413": "error_response:ErrorResponse",
            "422": "error_response:ErrorResponse",
            "429": "error_response:ErrorResponse",
            "503": "error_response:ErrorResponse",
            "default": "error_response:ErrorResponse",
        },
        retry_safe=True,
        argument_names={
            "externalId": "external_id",
        },
        package=_PACKAGE,
    ),
}
"""Each operation of the spec the SDK calls, by operationId."""

PUBLIC_TYPES: Final[dict[str, str]] = {}
"""The public names of enums (Literal types), each with the generated module and name."""


def get_conversation_messages(
    *,
    external_id: str,
    **options: Unpack[RequestOptions],
) -> RequestParts:
    """List messages with an externalId (getMessagesByExternalId: GET /conversation/v1/conversation/messages).

    Get all messages from a conversation.

    Args:
        external_id: externalId
        options: the per-request options (timeout, max_retries, deadline, extra_headers,
            extra_query, extra_body).
    """
    return RequestParts(
        OPERATIONS["getMessagesByExternalId"],
        query={
            "externalId": external_id,
        },
        options=options,
    )


class SyncMethods:
    """The methods of the sync client for the operations of Conversations API."""

    get_conversation_messages = sync_method(get_conversation_messages, _GET_CONVERSATION_MESSAGES_ANSWER)


class AsyncMethods:
    """The methods of the async client for the operations of Conversations API."""

    get_conversation_messages = async_method(get_conversation_messages, _GET_CONVERSATION_MESSAGES_ANSWER)


class SyncRawMethods:
    """The methods of the sync client's with_raw_response for the operations of Conversations API."""

    get_conversation_messages = sync_raw_method(get_conversation_messages, _GET_CONVERSATION_MESSAGES_ANSWER)


class AsyncRawMethods:
    """The methods of the async client's with_raw_response for the operations of Conversations API."""

    get_conversation_messages = async_raw_method(get_conversation_messages, _GET_CONVERSATION_MESSAGES_ANSWER)
