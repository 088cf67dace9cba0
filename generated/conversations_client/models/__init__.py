"""Contains all the data models used in inputs/outputs

Each model is imported when first asked for (``from .models import X`` or
``models.X``), not all of them with the package: a client that reads two answers
loads the modules of those two.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .get_messages_response import GetMessagesResponse
    from .get_messages_response_items_item import GetMessagesResponseItemsItem
    from .get_messages_response_items_item_sender import (
        GetMessagesResponseItemsItemSender,
    )
    from .get_messages_response_items_item_sender_role import (
        GetMessagesResponseItemsItemSenderRole,
    )

_MODULE_OF: dict[str, str] = {
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "GetMessagesResponse": ".get_messages_response",
    "GetMessagesResponseItemsItem": ".get_messages_response_items_item",
    "GetMessagesResponseItemsItemSender": ".get_messages_response_items_item_sender",
    "GetMessagesResponseItemsItemSenderRole": ".get_messages_response_items_item_sender_role",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "ErrorResponse",
    "ErrorResponseError",
    "GetMessagesResponse",
    "GetMessagesResponseItemsItem",
    "GetMessagesResponseItemsItemSender",
    "GetMessagesResponseItemsItemSenderRole",
)
