"""Contains all the data models used in inputs/outputs

Each model is imported when first asked for (``from .models import X`` or
``models.X``), not all of them with the package: a client that reads two answers
loads the modules of those two.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .get_messages_by_external_id_response_400 import (
        GetMessagesByExternalIdResponse400,
    )
    from .get_messages_by_external_id_response_400_error import (
        GetMessagesByExternalIdResponse400Error,
    )
    from .get_messages_by_external_id_response_401 import (
        GetMessagesByExternalIdResponse401,
    )
    from .get_messages_by_external_id_response_401_error import (
        GetMessagesByExternalIdResponse401Error,
    )
    from .get_messages_by_external_id_response_403 import (
        GetMessagesByExternalIdResponse403,
    )
    from .get_messages_by_external_id_response_403_error import (
        GetMessagesByExternalIdResponse403Error,
    )
    from .get_messages_by_external_id_response_404 import (
        GetMessagesByExternalIdResponse404,
    )
    from .get_messages_by_external_id_response_404_error import (
        GetMessagesByExternalIdResponse404Error,
    )
    from .get_messages_by_external_id_response_409 import (
        GetMessagesByExternalIdResponse409,
    )
    from .get_messages_by_external_id_response_409_error import (
        GetMessagesByExternalIdResponse409Error,
    )
    from .get_messages_by_external_id_response_413 import (
        GetMessagesByExternalIdResponse413,
    )
    from .get_messages_by_external_id_response_413_error import (
        GetMessagesByExternalIdResponse413Error,
    )
    from .get_messages_by_external_id_response_422 import (
        GetMessagesByExternalIdResponse422,
    )
    from .get_messages_by_external_id_response_422_error import (
        GetMessagesByExternalIdResponse422Error,
    )
    from .get_messages_by_external_id_response_429 import (
        GetMessagesByExternalIdResponse429,
    )
    from .get_messages_by_external_id_response_429_error import (
        GetMessagesByExternalIdResponse429Error,
    )
    from .get_messages_by_external_id_response_503 import (
        GetMessagesByExternalIdResponse503,
    )
    from .get_messages_by_external_id_response_503_error import (
        GetMessagesByExternalIdResponse503Error,
    )
    from .get_messages_by_external_id_response_default import (
        GetMessagesByExternalIdResponseDefault,
    )
    from .get_messages_by_external_id_response_default_error import (
        GetMessagesByExternalIdResponseDefaultError,
    )
    from .get_messages_response import GetMessagesResponse
    from .get_messages_response_items_item import GetMessagesResponseItemsItem
    from .get_messages_response_items_item_sender import (
        GetMessagesResponseItemsItemSender,
    )
    from .get_messages_response_items_item_sender_role import (
        GetMessagesResponseItemsItemSenderRole,
    )

_MODULE_OF: dict[str, str] = {
    "GetMessagesByExternalIdResponse400": ".get_messages_by_external_id_response_400",
    "GetMessagesByExternalIdResponse400Error": ".get_messages_by_external_id_response_400_error",
    "GetMessagesByExternalIdResponse401": ".get_messages_by_external_id_response_401",
    "GetMessagesByExternalIdResponse401Error": ".get_messages_by_external_id_response_401_error",
    "GetMessagesByExternalIdResponse403": ".get_messages_by_external_id_response_403",
    "GetMessagesByExternalIdResponse403Error": ".get_messages_by_external_id_response_403_error",
    "GetMessagesByExternalIdResponse404": ".get_messages_by_external_id_response_404",
    "GetMessagesByExternalIdResponse404Error": ".get_messages_by_external_id_response_404_error",
    "GetMessagesByExternalIdResponse409": ".get_messages_by_external_id_response_409",
    "GetMessagesByExternalIdResponse409Error": ".get_messages_by_external_id_response_409_error",
    "GetMessagesByExternalIdResponse413": ".get_messages_by_external_id_response_413",
    "GetMessagesByExternalIdResponse413Error": ".get_messages_by_external_id_response_413_error",
    "GetMessagesByExternalIdResponse422": ".get_messages_by_external_id_response_422",
    "GetMessagesByExternalIdResponse422Error": ".get_messages_by_external_id_response_422_error",
    "GetMessagesByExternalIdResponse429": ".get_messages_by_external_id_response_429",
    "GetMessagesByExternalIdResponse429Error": ".get_messages_by_external_id_response_429_error",
    "GetMessagesByExternalIdResponse503": ".get_messages_by_external_id_response_503",
    "GetMessagesByExternalIdResponse503Error": ".get_messages_by_external_id_response_503_error",
    "GetMessagesByExternalIdResponseDefault": ".get_messages_by_external_id_response_default",
    "GetMessagesByExternalIdResponseDefaultError": ".get_messages_by_external_id_response_default_error",
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
    "GetMessagesByExternalIdResponse400",
    "GetMessagesByExternalIdResponse400Error",
    "GetMessagesByExternalIdResponse401",
    "GetMessagesByExternalIdResponse401Error",
    "GetMessagesByExternalIdResponse403",
    "GetMessagesByExternalIdResponse403Error",
    "GetMessagesByExternalIdResponse404",
    "GetMessagesByExternalIdResponse404Error",
    "GetMessagesByExternalIdResponse409",
    "GetMessagesByExternalIdResponse409Error",
    "GetMessagesByExternalIdResponse413",
    "GetMessagesByExternalIdResponse413Error",
    "GetMessagesByExternalIdResponse422",
    "GetMessagesByExternalIdResponse422Error",
    "GetMessagesByExternalIdResponse429",
    "GetMessagesByExternalIdResponse429Error",
    "GetMessagesByExternalIdResponse503",
    "GetMessagesByExternalIdResponse503Error",
    "GetMessagesByExternalIdResponseDefault",
    "GetMessagesByExternalIdResponseDefaultError",
    "GetMessagesResponse",
    "GetMessagesResponseItemsItem",
    "GetMessagesResponseItemsItemSender",
    "GetMessagesResponseItemsItemSenderRole",
)
