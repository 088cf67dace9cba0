"""Contains all the data models used in inputs/outputs

Each model is imported when first asked for (``from .models import X`` or
``models.X``), not all of them with the package: a client that reads two answers
loads the modules of those two.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_batch_messages_body import CreateBatchMessagesBody
    from .create_batch_messages_body_messages_item import (
        CreateBatchMessagesBodyMessagesItem,
    )
    from .create_batch_messages_body_messages_item_sender import (
        CreateBatchMessagesBodyMessagesItemSender,
    )
    from .create_batch_messages_body_messages_item_sender_role import (
        CreateBatchMessagesBodyMessagesItemSenderRole,
    )
    from .create_batch_messages_response_200 import CreateBatchMessagesResponse200
    from .create_batch_messages_response_400 import CreateBatchMessagesResponse400
    from .create_batch_messages_response_400_error import (
        CreateBatchMessagesResponse400Error,
    )
    from .create_batch_messages_response_401 import CreateBatchMessagesResponse401
    from .create_batch_messages_response_401_error import (
        CreateBatchMessagesResponse401Error,
    )
    from .create_batch_messages_response_403 import CreateBatchMessagesResponse403
    from .create_batch_messages_response_403_error import (
        CreateBatchMessagesResponse403Error,
    )
    from .create_batch_messages_response_404 import CreateBatchMessagesResponse404
    from .create_batch_messages_response_404_error import (
        CreateBatchMessagesResponse404Error,
    )
    from .create_batch_messages_response_409 import CreateBatchMessagesResponse409
    from .create_batch_messages_response_409_error import (
        CreateBatchMessagesResponse409Error,
    )
    from .create_batch_messages_response_413 import CreateBatchMessagesResponse413
    from .create_batch_messages_response_413_error import (
        CreateBatchMessagesResponse413Error,
    )
    from .create_batch_messages_response_422 import CreateBatchMessagesResponse422
    from .create_batch_messages_response_422_error import (
        CreateBatchMessagesResponse422Error,
    )
    from .create_batch_messages_response_429 import CreateBatchMessagesResponse429
    from .create_batch_messages_response_429_error import (
        CreateBatchMessagesResponse429Error,
    )
    from .create_batch_messages_response_503 import CreateBatchMessagesResponse503
    from .create_batch_messages_response_503_error import (
        CreateBatchMessagesResponse503Error,
    )
    from .create_batch_messages_response_default import (
        CreateBatchMessagesResponseDefault,
    )
    from .create_batch_messages_response_default_error import (
        CreateBatchMessagesResponseDefaultError,
    )
    from .create_message_body import CreateMessageBody
    from .create_message_body_sender import CreateMessageBodySender
    from .create_message_body_sender_role import CreateMessageBodySenderRole
    from .create_message_response_200 import CreateMessageResponse200
    from .create_message_response_400 import CreateMessageResponse400
    from .create_message_response_400_error import CreateMessageResponse400Error
    from .create_message_response_401 import CreateMessageResponse401
    from .create_message_response_401_error import CreateMessageResponse401Error
    from .create_message_response_403 import CreateMessageResponse403
    from .create_message_response_403_error import CreateMessageResponse403Error
    from .create_message_response_404 import CreateMessageResponse404
    from .create_message_response_404_error import CreateMessageResponse404Error
    from .create_message_response_409 import CreateMessageResponse409
    from .create_message_response_409_error import CreateMessageResponse409Error
    from .create_message_response_413 import CreateMessageResponse413
    from .create_message_response_413_error import CreateMessageResponse413Error
    from .create_message_response_422 import CreateMessageResponse422
    from .create_message_response_422_error import CreateMessageResponse422Error
    from .create_message_response_429 import CreateMessageResponse429
    from .create_message_response_429_error import CreateMessageResponse429Error
    from .create_message_response_503 import CreateMessageResponse503
    from .create_message_response_503_error import CreateMessageResponse503Error
    from .create_message_response_default import CreateMessageResponseDefault
    from .create_message_response_default_error import CreateMessageResponseDefaultError
    from .create_or_update_conversation_body import CreateOrUpdateConversationBody
    from .create_or_update_conversation_body_agent import (
        CreateOrUpdateConversationBodyAgent,
    )
    from .create_or_update_conversation_body_customer import (
        CreateOrUpdateConversationBodyCustomer,
    )
    from .create_or_update_conversation_body_metadata import (
        CreateOrUpdateConversationBodyMetadata,
    )
    from .create_or_update_conversation_response_200 import (
        CreateOrUpdateConversationResponse200,
    )
    from .create_or_update_conversation_response_400 import (
        CreateOrUpdateConversationResponse400,
    )
    from .create_or_update_conversation_response_400_error import (
        CreateOrUpdateConversationResponse400Error,
    )
    from .create_or_update_conversation_response_401 import (
        CreateOrUpdateConversationResponse401,
    )
    from .create_or_update_conversation_response_401_error import (
        CreateOrUpdateConversationResponse401Error,
    )
    from .create_or_update_conversation_response_403 import (
        CreateOrUpdateConversationResponse403,
    )
    from .create_or_update_conversation_response_403_error import (
        CreateOrUpdateConversationResponse403Error,
    )
    from .create_or_update_conversation_response_404 import (
        CreateOrUpdateConversationResponse404,
    )
    from .create_or_update_conversation_response_404_error import (
        CreateOrUpdateConversationResponse404Error,
    )
    from .create_or_update_conversation_response_409 import (
        CreateOrUpdateConversationResponse409,
    )
    from .create_or_update_conversation_response_409_error import (
        CreateOrUpdateConversationResponse409Error,
    )
    from .create_or_update_conversation_response_413 import (
        CreateOrUpdateConversationResponse413,
    )
    from .create_or_update_conversation_response_413_error import (
        CreateOrUpdateConversationResponse413Error,
    )
    from .create_or_update_conversation_response_422 import (
        CreateOrUpdateConversationResponse422,
    )
    from .create_or_update_conversation_response_422_error import (
        CreateOrUpdateConversationResponse422Error,
    )
    from .create_or_update_conversation_response_429 import (
        CreateOrUpdateConversationResponse429,
    )
    from .create_or_update_conversation_response_429_error import (
        CreateOrUpdateConversationResponse429Error,
    )
    from .create_or_update_conversation_response_503 import (
        CreateOrUpdateConversationResponse503,
    )
    from .create_or_update_conversation_response_503_error import (
        CreateOrUpdateConversationResponse503Error,
    )
    from .create_or_update_conversation_response_default import (
        CreateOrUpdateConversationResponseDefault,
    )
    from .create_or_update_conversation_response_default_error import (
        CreateOrUpdateConversationResponseDefaultError,
    )
    from .get_conversation_response_200 import GetConversationResponse200
    from .get_conversation_response_200_agent import GetConversationResponse200Agent
    from .get_conversation_response_200_customer import (
        GetConversationResponse200Customer,
    )
    from .get_conversation_response_200_metadata import (
        GetConversationResponse200Metadata,
    )
    from .get_conversation_response_400 import GetConversationResponse400
    from .get_conversation_response_400_error import GetConversationResponse400Error
    from .get_conversation_response_401 import GetConversationResponse401
    from .get_conversation_response_401_error import GetConversationResponse401Error
    from .get_conversation_response_403 import GetConversationResponse403
    from .get_conversation_response_403_error import GetConversationResponse403Error
    from .get_conversation_response_404 import GetConversationResponse404
    from .get_conversation_response_404_error import GetConversationResponse404Error
    from .get_conversation_response_422 import GetConversationResponse422
    from .get_conversation_response_422_error import GetConversationResponse422Error
    from .get_conversation_response_429 import GetConversationResponse429
    from .get_conversation_response_429_error import GetConversationResponse429Error
    from .get_conversation_response_503 import GetConversationResponse503
    from .get_conversation_response_503_error import GetConversationResponse503Error
    from .get_conversation_response_default import GetConversationResponseDefault
    from .get_conversation_response_default_error import (
        GetConversationResponseDefaultError,
    )
    from .get_conversations_response_200 import GetConversationsResponse200
    from .get_conversations_response_200_items_item import (
        GetConversationsResponse200ItemsItem,
    )
    from .get_conversations_response_200_items_item_agent import (
        GetConversationsResponse200ItemsItemAgent,
    )
    from .get_conversations_response_200_items_item_customer import (
        GetConversationsResponse200ItemsItemCustomer,
    )
    from .get_conversations_response_200_items_item_metadata import (
        GetConversationsResponse200ItemsItemMetadata,
    )
    from .get_conversations_response_400 import GetConversationsResponse400
    from .get_conversations_response_400_error import GetConversationsResponse400Error
    from .get_conversations_response_401 import GetConversationsResponse401
    from .get_conversations_response_401_error import GetConversationsResponse401Error
    from .get_conversations_response_403 import GetConversationsResponse403
    from .get_conversations_response_403_error import GetConversationsResponse403Error
    from .get_conversations_response_404 import GetConversationsResponse404
    from .get_conversations_response_404_error import GetConversationsResponse404Error
    from .get_conversations_response_422 import GetConversationsResponse422
    from .get_conversations_response_422_error import GetConversationsResponse422Error
    from .get_conversations_response_429 import GetConversationsResponse429
    from .get_conversations_response_429_error import GetConversationsResponse429Error
    from .get_conversations_response_503 import GetConversationsResponse503
    from .get_conversations_response_503_error import GetConversationsResponse503Error
    from .get_conversations_response_default import GetConversationsResponseDefault
    from .get_conversations_response_default_error import (
        GetConversationsResponseDefaultError,
    )
    from .get_message_response_200 import GetMessageResponse200
    from .get_message_response_200_sender import GetMessageResponse200Sender
    from .get_message_response_200_sender_role import GetMessageResponse200SenderRole
    from .get_message_response_400 import GetMessageResponse400
    from .get_message_response_400_error import GetMessageResponse400Error
    from .get_message_response_401 import GetMessageResponse401
    from .get_message_response_401_error import GetMessageResponse401Error
    from .get_message_response_403 import GetMessageResponse403
    from .get_message_response_403_error import GetMessageResponse403Error
    from .get_message_response_404 import GetMessageResponse404
    from .get_message_response_404_error import GetMessageResponse404Error
    from .get_message_response_409 import GetMessageResponse409
    from .get_message_response_409_error import GetMessageResponse409Error
    from .get_message_response_413 import GetMessageResponse413
    from .get_message_response_413_error import GetMessageResponse413Error
    from .get_message_response_422 import GetMessageResponse422
    from .get_message_response_422_error import GetMessageResponse422Error
    from .get_message_response_429 import GetMessageResponse429
    from .get_message_response_429_error import GetMessageResponse429Error
    from .get_message_response_503 import GetMessageResponse503
    from .get_message_response_503_error import GetMessageResponse503Error
    from .get_message_response_default import GetMessageResponseDefault
    from .get_message_response_default_error import GetMessageResponseDefaultError
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
    from .get_messages_response_200 import GetMessagesResponse200
    from .get_messages_response_200_items_item import GetMessagesResponse200ItemsItem
    from .get_messages_response_200_items_item_sender import (
        GetMessagesResponse200ItemsItemSender,
    )
    from .get_messages_response_200_items_item_sender_role import (
        GetMessagesResponse200ItemsItemSenderRole,
    )
    from .get_messages_response_400 import GetMessagesResponse400
    from .get_messages_response_400_error import GetMessagesResponse400Error
    from .get_messages_response_401 import GetMessagesResponse401
    from .get_messages_response_401_error import GetMessagesResponse401Error
    from .get_messages_response_403 import GetMessagesResponse403
    from .get_messages_response_403_error import GetMessagesResponse403Error
    from .get_messages_response_404 import GetMessagesResponse404
    from .get_messages_response_404_error import GetMessagesResponse404Error
    from .get_messages_response_409 import GetMessagesResponse409
    from .get_messages_response_409_error import GetMessagesResponse409Error
    from .get_messages_response_413 import GetMessagesResponse413
    from .get_messages_response_413_error import GetMessagesResponse413Error
    from .get_messages_response_422 import GetMessagesResponse422
    from .get_messages_response_422_error import GetMessagesResponse422Error
    from .get_messages_response_429 import GetMessagesResponse429
    from .get_messages_response_429_error import GetMessagesResponse429Error
    from .get_messages_response_503 import GetMessagesResponse503
    from .get_messages_response_503_error import GetMessagesResponse503Error
    from .get_messages_response_default import GetMessagesResponseDefault
    from .get_messages_response_default_error import GetMessagesResponseDefaultError
    from .get_messages_response_items_item import GetMessagesResponseItemsItem
    from .get_messages_response_items_item_sender import (
        GetMessagesResponseItemsItemSender,
    )
    from .get_messages_response_items_item_sender_role import (
        GetMessagesResponseItemsItemSenderRole,
    )
    from .post_authenticate_body import PostAuthenticateBody
    from .post_authenticate_body_auth import PostAuthenticateBodyAuth
    from .post_authenticate_body_auth_body import PostAuthenticateBodyAuthBody
    from .post_authenticate_body_auth_cookies import PostAuthenticateBodyAuthCookies
    from .post_authenticate_body_auth_headers import PostAuthenticateBodyAuthHeaders
    from .post_authenticate_response_400 import PostAuthenticateResponse400
    from .post_authenticate_response_400_error import PostAuthenticateResponse400Error
    from .post_authenticate_response_401 import PostAuthenticateResponse401
    from .post_authenticate_response_401_error import PostAuthenticateResponse401Error
    from .post_authenticate_response_403 import PostAuthenticateResponse403
    from .post_authenticate_response_403_error import PostAuthenticateResponse403Error
    from .post_authenticate_response_404 import PostAuthenticateResponse404
    from .post_authenticate_response_404_error import PostAuthenticateResponse404Error
    from .post_authenticate_response_422 import PostAuthenticateResponse422
    from .post_authenticate_response_422_error import PostAuthenticateResponse422Error
    from .post_authenticate_response_429 import PostAuthenticateResponse429
    from .post_authenticate_response_429_error import PostAuthenticateResponse429Error
    from .post_authenticate_response_503 import PostAuthenticateResponse503
    from .post_authenticate_response_503_error import PostAuthenticateResponse503Error
    from .post_authenticate_response_default import PostAuthenticateResponseDefault
    from .post_authenticate_response_default_error import (
        PostAuthenticateResponseDefaultError,
    )

_MODULE_OF: dict[str, str] = {
    "CreateBatchMessagesBody": ".create_batch_messages_body",
    "CreateBatchMessagesBodyMessagesItem": ".create_batch_messages_body_messages_item",
    "CreateBatchMessagesBodyMessagesItemSender": ".create_batch_messages_body_messages_item_sender",
    "CreateBatchMessagesBodyMessagesItemSenderRole": ".create_batch_messages_body_messages_item_sender_role",
    "CreateBatchMessagesResponse200": ".create_batch_messages_response_200",
    "CreateBatchMessagesResponse400": ".create_batch_messages_response_400",
    "CreateBatchMessagesResponse400Error": ".create_batch_messages_response_400_error",
    "CreateBatchMessagesResponse401": ".create_batch_messages_response_401",
    "CreateBatchMessagesResponse401Error": ".create_batch_messages_response_401_error",
    "CreateBatchMessagesResponse403": ".create_batch_messages_response_403",
    "CreateBatchMessagesResponse403Error": ".create_batch_messages_response_403_error",
    "CreateBatchMessagesResponse404": ".create_batch_messages_response_404",
    "CreateBatchMessagesResponse404Error": ".create_batch_messages_response_404_error",
    "CreateBatchMessagesResponse409": ".create_batch_messages_response_409",
    "CreateBatchMessagesResponse409Error": ".create_batch_messages_response_409_error",
    "CreateBatchMessagesResponse413": ".create_batch_messages_response_413",
    "CreateBatchMessagesResponse413Error": ".create_batch_messages_response_413_error",
    "CreateBatchMessagesResponse422": ".create_batch_messages_response_422",
    "CreateBatchMessagesResponse422Error": ".create_batch_messages_response_422_error",
    "CreateBatchMessagesResponse429": ".create_batch_messages_response_429",
    "CreateBatchMessagesResponse429Error": ".create_batch_messages_response_429_error",
    "CreateBatchMessagesResponse503": ".create_batch_messages_response_503",
    "CreateBatchMessagesResponse503Error": ".create_batch_messages_response_503_error",
    "CreateBatchMessagesResponseDefault": ".create_batch_messages_response_default",
    "CreateBatchMessagesResponseDefaultError": ".create_batch_messages_response_default_error",
    "CreateMessageBody": ".create_message_body",
    "CreateMessageBodySender": ".create_message_body_sender",
    "CreateMessageBodySenderRole": ".create_message_body_sender_role",
    "CreateMessageResponse200": ".create_message_response_200",
    "CreateMessageResponse400": ".create_message_response_400",
    "CreateMessageResponse400Error": ".create_message_response_400_error",
    "CreateMessageResponse401": ".create_message_response_401",
    "CreateMessageResponse401Error": ".create_message_response_401_error",
    "CreateMessageResponse403": ".create_message_response_403",
    "CreateMessageResponse403Error": ".create_message_response_403_error",
    "CreateMessageResponse404": ".create_message_response_404",
    "CreateMessageResponse404Error": ".create_message_response_404_error",
    "CreateMessageResponse409": ".create_message_response_409",
    "CreateMessageResponse409Error": ".create_message_response_409_error",
    "CreateMessageResponse413": ".create_message_response_413",
    "CreateMessageResponse413Error": ".create_message_response_413_error",
    "CreateMessageResponse422": ".create_message_response_422",
    "CreateMessageResponse422Error": ".create_message_response_422_error",
    "CreateMessageResponse429": ".create_message_response_429",
    "CreateMessageResponse429Error": ".create_message_response_429_error",
    "CreateMessageResponse503": ".create_message_response_503",
    "CreateMessageResponse503Error": ".create_message_response_503_error",
    "CreateMessageResponseDefault": ".create_message_response_default",
    "CreateMessageResponseDefaultError": ".create_message_response_default_error",
    "CreateOrUpdateConversationBody": ".create_or_update_conversation_body",
    "CreateOrUpdateConversationBodyAgent": ".create_or_update_conversation_body_agent",
    "CreateOrUpdateConversationBodyCustomer": ".create_or_update_conversation_body_customer",
    "CreateOrUpdateConversationBodyMetadata": ".create_or_update_conversation_body_metadata",
    "CreateOrUpdateConversationResponse200": ".create_or_update_conversation_response_200",
    "CreateOrUpdateConversationResponse400": ".create_or_update_conversation_response_400",
    "CreateOrUpdateConversationResponse400Error": ".create_or_update_conversation_response_400_error",
    "CreateOrUpdateConversationResponse401": ".create_or_update_conversation_response_401",
    "CreateOrUpdateConversationResponse401Error": ".create_or_update_conversation_response_401_error",
    "CreateOrUpdateConversationResponse403": ".create_or_update_conversation_response_403",
    "CreateOrUpdateConversationResponse403Error": ".create_or_update_conversation_response_403_error",
    "CreateOrUpdateConversationResponse404": ".create_or_update_conversation_response_404",
    "CreateOrUpdateConversationResponse404Error": ".create_or_update_conversation_response_404_error",
    "CreateOrUpdateConversationResponse409": ".create_or_update_conversation_response_409",
    "CreateOrUpdateConversationResponse409Error": ".create_or_update_conversation_response_409_error",
    "CreateOrUpdateConversationResponse413": ".create_or_update_conversation_response_413",
    "CreateOrUpdateConversationResponse413Error": ".create_or_update_conversation_response_413_error",
    "CreateOrUpdateConversationResponse422": ".create_or_update_conversation_response_422",
    "CreateOrUpdateConversationResponse422Error": ".create_or_update_conversation_response_422_error",
    "CreateOrUpdateConversationResponse429": ".create_or_update_conversation_response_429",
    "CreateOrUpdateConversationResponse429Error": ".create_or_update_conversation_response_429_error",
    "CreateOrUpdateConversationResponse503": ".create_or_update_conversation_response_503",
    "CreateOrUpdateConversationResponse503Error": ".create_or_update_conversation_response_503_error",
    "CreateOrUpdateConversationResponseDefault": ".create_or_update_conversation_response_default",
    "CreateOrUpdateConversationResponseDefaultError": ".create_or_update_conversation_response_default_error",
    "GetConversationResponse200": ".get_conversation_response_200",
    "GetConversationResponse200Agent": ".get_conversation_response_200_agent",
    "GetConversationResponse200Customer": ".get_conversation_response_200_customer",
    "GetConversationResponse200Metadata": ".get_conversation_response_200_metadata",
    "GetConversationResponse400": ".get_conversation_response_400",
    "GetConversationResponse400Error": ".get_conversation_response_400_error",
    "GetConversationResponse401": ".get_conversation_response_401",
    "GetConversationResponse401Error": ".get_conversation_response_401_error",
    "GetConversationResponse403": ".get_conversation_response_403",
    "GetConversationResponse403Error": ".get_conversation_response_403_error",
    "GetConversationResponse404": ".get_conversation_response_404",
    "GetConversationResponse404Error": ".get_conversation_response_404_error",
    "GetConversationResponse422": ".get_conversation_response_422",
    "GetConversationResponse422Error": ".get_conversation_response_422_error",
    "GetConversationResponse429": ".get_conversation_response_429",
    "GetConversationResponse429Error": ".get_conversation_response_429_error",
    "GetConversationResponse503": ".get_conversation_response_503",
    "GetConversationResponse503Error": ".get_conversation_response_503_error",
    "GetConversationResponseDefault": ".get_conversation_response_default",
    "GetConversationResponseDefaultError": ".get_conversation_response_default_error",
    "GetConversationsResponse200": ".get_conversations_response_200",
    "GetConversationsResponse200ItemsItem": ".get_conversations_response_200_items_item",
    "GetConversationsResponse200ItemsItemAgent": ".get_conversations_response_200_items_item_agent",
    "GetConversationsResponse200ItemsItemCustomer": ".get_conversations_response_200_items_item_customer",
    "GetConversationsResponse200ItemsItemMetadata": ".get_conversations_response_200_items_item_metadata",
    "GetConversationsResponse400": ".get_conversations_response_400",
    "GetConversationsResponse400Error": ".get_conversations_response_400_error",
    "GetConversationsResponse401": ".get_conversations_response_401",
    "GetConversationsResponse401Error": ".get_conversations_response_401_error",
    "GetConversationsResponse403": ".get_conversations_response_403",
    "GetConversationsResponse403Error": ".get_conversations_response_403_error",
    "GetConversationsResponse404": ".get_conversations_response_404",
    "GetConversationsResponse404Error": ".get_conversations_response_404_error",
    "GetConversationsResponse422": ".get_conversations_response_422",
    "GetConversationsResponse422Error": ".get_conversations_response_422_error",
    "GetConversationsResponse429": ".get_conversations_response_429",
    "GetConversationsResponse429Error": ".get_conversations_response_429_error",
    "GetConversationsResponse503": ".get_conversations_response_503",
    "GetConversationsResponse503Error": ".get_conversations_response_503_error",
    "GetConversationsResponseDefault": ".get_conversations_response_default",
    "GetConversationsResponseDefaultError": ".get_conversations_response_default_error",
    "GetMessageResponse200": ".get_message_response_200",
    "GetMessageResponse200Sender": ".get_message_response_200_sender",
    "GetMessageResponse200SenderRole": ".get_message_response_200_sender_role",
    "GetMessageResponse400": ".get_message_response_400",
    "GetMessageResponse400Error": ".get_message_response_400_error",
    "GetMessageResponse401": ".get_message_response_401",
    "GetMessageResponse401Error": ".get_message_response_401_error",
    "GetMessageResponse403": ".get_message_response_403",
    "GetMessageResponse403Error": ".get_message_response_403_error",
    "GetMessageResponse404": ".get_message_response_404",
    "GetMessageResponse404Error": ".get_message_response_404_error",
    "GetMessageResponse409": ".get_message_response_409",
    "GetMessageResponse409Error": ".get_message_response_409_error",
    "GetMessageResponse413": ".get_message_response_413",
    "GetMessageResponse413Error": ".get_message_response_413_error",
    "GetMessageResponse422": ".get_message_response_422",
    "GetMessageResponse422Error": ".get_message_response_422_error",
    "GetMessageResponse429": ".get_message_response_429",
    "GetMessageResponse429Error": ".get_message_response_429_error",
    "GetMessageResponse503": ".get_message_response_503",
    "GetMessageResponse503Error": ".get_message_response_503_error",
    "GetMessageResponseDefault": ".get_message_response_default",
    "GetMessageResponseDefaultError": ".get_message_response_default_error",
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
    "GetMessagesResponse200": ".get_messages_response_200",
    "GetMessagesResponse200ItemsItem": ".get_messages_response_200_items_item",
    "GetMessagesResponse200ItemsItemSender": ".get_messages_response_200_items_item_sender",
    "GetMessagesResponse200ItemsItemSenderRole": ".get_messages_response_200_items_item_sender_role",
    "GetMessagesResponse400": ".get_messages_response_400",
    "GetMessagesResponse400Error": ".get_messages_response_400_error",
    "GetMessagesResponse401": ".get_messages_response_401",
    "GetMessagesResponse401Error": ".get_messages_response_401_error",
    "GetMessagesResponse403": ".get_messages_response_403",
    "GetMessagesResponse403Error": ".get_messages_response_403_error",
    "GetMessagesResponse404": ".get_messages_response_404",
    "GetMessagesResponse404Error": ".get_messages_response_404_error",
    "GetMessagesResponse409": ".get_messages_response_409",
    "GetMessagesResponse409Error": ".get_messages_response_409_error",
    "GetMessagesResponse413": ".get_messages_response_413",
    "GetMessagesResponse413Error": ".get_messages_response_413_error",
    "GetMessagesResponse422": ".get_messages_response_422",
    "GetMessagesResponse422Error": ".get_messages_response_422_error",
    "GetMessagesResponse429": ".get_messages_response_429",
    "GetMessagesResponse429Error": ".get_messages_response_429_error",
    "GetMessagesResponse503": ".get_messages_response_503",
    "GetMessagesResponse503Error": ".get_messages_response_503_error",
    "GetMessagesResponseDefault": ".get_messages_response_default",
    "GetMessagesResponseDefaultError": ".get_messages_response_default_error",
    "GetMessagesResponseItemsItem": ".get_messages_response_items_item",
    "GetMessagesResponseItemsItemSender": ".get_messages_response_items_item_sender",
    "GetMessagesResponseItemsItemSenderRole": ".get_messages_response_items_item_sender_role",
    "PostAuthenticateBody": ".post_authenticate_body",
    "PostAuthenticateBodyAuth": ".post_authenticate_body_auth",
    "PostAuthenticateBodyAuthBody": ".post_authenticate_body_auth_body",
    "PostAuthenticateBodyAuthCookies": ".post_authenticate_body_auth_cookies",
    "PostAuthenticateBodyAuthHeaders": ".post_authenticate_body_auth_headers",
    "PostAuthenticateResponse400": ".post_authenticate_response_400",
    "PostAuthenticateResponse400Error": ".post_authenticate_response_400_error",
    "PostAuthenticateResponse401": ".post_authenticate_response_401",
    "PostAuthenticateResponse401Error": ".post_authenticate_response_401_error",
    "PostAuthenticateResponse403": ".post_authenticate_response_403",
    "PostAuthenticateResponse403Error": ".post_authenticate_response_403_error",
    "PostAuthenticateResponse404": ".post_authenticate_response_404",
    "PostAuthenticateResponse404Error": ".post_authenticate_response_404_error",
    "PostAuthenticateResponse422": ".post_authenticate_response_422",
    "PostAuthenticateResponse422Error": ".post_authenticate_response_422_error",
    "PostAuthenticateResponse429": ".post_authenticate_response_429",
    "PostAuthenticateResponse429Error": ".post_authenticate_response_429_error",
    "PostAuthenticateResponse503": ".post_authenticate_response_503",
    "PostAuthenticateResponse503Error": ".post_authenticate_response_503_error",
    "PostAuthenticateResponseDefault": ".post_authenticate_response_default",
    "PostAuthenticateResponseDefaultError": ".post_authenticate_response_default_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "CreateBatchMessagesBody",
    "CreateBatchMessagesBodyMessagesItem",
    "CreateBatchMessagesBodyMessagesItemSender",
    "CreateBatchMessagesBodyMessagesItemSenderRole",
    "CreateBatchMessagesResponse200",
    "CreateBatchMessagesResponse400",
    "CreateBatchMessagesResponse400Error",
    "CreateBatchMessagesResponse401",
    "CreateBatchMessagesResponse401Error",
    "CreateBatchMessagesResponse403",
    "CreateBatchMessagesResponse403Error",
    "CreateBatchMessagesResponse404",
    "CreateBatchMessagesResponse404Error",
    "CreateBatchMessagesResponse409",
    "CreateBatchMessagesResponse409Error",
    "CreateBatchMessagesResponse413",
    "CreateBatchMessagesResponse413Error",
    "CreateBatchMessagesResponse422",
    "CreateBatchMessagesResponse422Error",
    "CreateBatchMessagesResponse429",
    "CreateBatchMessagesResponse429Error",
    "CreateBatchMessagesResponse503",
    "CreateBatchMessagesResponse503Error",
    "CreateBatchMessagesResponseDefault",
    "CreateBatchMessagesResponseDefaultError",
    "CreateMessageBody",
    "CreateMessageBodySender",
    "CreateMessageBodySenderRole",
    "CreateMessageResponse200",
    "CreateMessageResponse400",
    "CreateMessageResponse400Error",
    "CreateMessageResponse401",
    "CreateMessageResponse401Error",
    "CreateMessageResponse403",
    "CreateMessageResponse403Error",
    "CreateMessageResponse404",
    "CreateMessageResponse404Error",
    "CreateMessageResponse409",
    "CreateMessageResponse409Error",
    "CreateMessageResponse413",
    "CreateMessageResponse413Error",
    "CreateMessageResponse422",
    "CreateMessageResponse422Error",
    "CreateMessageResponse429",
    "CreateMessageResponse429Error",
    "CreateMessageResponse503",
    "CreateMessageResponse503Error",
    "CreateMessageResponseDefault",
    "CreateMessageResponseDefaultError",
    "CreateOrUpdateConversationBody",
    "CreateOrUpdateConversationBodyAgent",
    "CreateOrUpdateConversationBodyCustomer",
    "CreateOrUpdateConversationBodyMetadata",
    "CreateOrUpdateConversationResponse200",
    "CreateOrUpdateConversationResponse400",
    "CreateOrUpdateConversationResponse400Error",
    "CreateOrUpdateConversationResponse401",
    "CreateOrUpdateConversationResponse401Error",
    "CreateOrUpdateConversationResponse403",
    "CreateOrUpdateConversationResponse403Error",
    "CreateOrUpdateConversationResponse404",
    "CreateOrUpdateConversationResponse404Error",
    "CreateOrUpdateConversationResponse409",
    "CreateOrUpdateConversationResponse409Error",
    "CreateOrUpdateConversationResponse413",
    "CreateOrUpdateConversationResponse413Error",
    "CreateOrUpdateConversationResponse422",
    "CreateOrUpdateConversationResponse422Error",
    "CreateOrUpdateConversationResponse429",
    "CreateOrUpdateConversationResponse429Error",
    "CreateOrUpdateConversationResponse503",
    "CreateOrUpdateConversationResponse503Error",
    "CreateOrUpdateConversationResponseDefault",
    "CreateOrUpdateConversationResponseDefaultError",
    "GetConversationResponse200",
    "GetConversationResponse200Agent",
    "GetConversationResponse200Customer",
    "GetConversationResponse200Metadata",
    "GetConversationResponse400",
    "GetConversationResponse400Error",
    "GetConversationResponse401",
    "GetConversationResponse401Error",
    "GetConversationResponse403",
    "GetConversationResponse403Error",
    "GetConversationResponse404",
    "GetConversationResponse404Error",
    "GetConversationResponse422",
    "GetConversationResponse422Error",
    "GetConversationResponse429",
    "GetConversationResponse429Error",
    "GetConversationResponse503",
    "GetConversationResponse503Error",
    "GetConversationResponseDefault",
    "GetConversationResponseDefaultError",
    "GetConversationsResponse200",
    "GetConversationsResponse200ItemsItem",
    "GetConversationsResponse200ItemsItemAgent",
    "GetConversationsResponse200ItemsItemCustomer",
    "GetConversationsResponse200ItemsItemMetadata",
    "GetConversationsResponse400",
    "GetConversationsResponse400Error",
    "GetConversationsResponse401",
    "GetConversationsResponse401Error",
    "GetConversationsResponse403",
    "GetConversationsResponse403Error",
    "GetConversationsResponse404",
    "GetConversationsResponse404Error",
    "GetConversationsResponse422",
    "GetConversationsResponse422Error",
    "GetConversationsResponse429",
    "GetConversationsResponse429Error",
    "GetConversationsResponse503",
    "GetConversationsResponse503Error",
    "GetConversationsResponseDefault",
    "GetConversationsResponseDefaultError",
    "GetMessageResponse200",
    "GetMessageResponse200Sender",
    "GetMessageResponse200SenderRole",
    "GetMessageResponse400",
    "GetMessageResponse400Error",
    "GetMessageResponse401",
    "GetMessageResponse401Error",
    "GetMessageResponse403",
    "GetMessageResponse403Error",
    "GetMessageResponse404",
    "GetMessageResponse404Error",
    "GetMessageResponse409",
    "GetMessageResponse409Error",
    "GetMessageResponse413",
    "GetMessageResponse413Error",
    "GetMessageResponse422",
    "GetMessageResponse422Error",
    "GetMessageResponse429",
    "GetMessageResponse429Error",
    "GetMessageResponse503",
    "GetMessageResponse503Error",
    "GetMessageResponseDefault",
    "GetMessageResponseDefaultError",
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
    "GetMessagesResponse200",
    "GetMessagesResponse200ItemsItem",
    "GetMessagesResponse200ItemsItemSender",
    "GetMessagesResponse200ItemsItemSenderRole",
    "GetMessagesResponse400",
    "GetMessagesResponse400Error",
    "GetMessagesResponse401",
    "GetMessagesResponse401Error",
    "GetMessagesResponse403",
    "GetMessagesResponse403Error",
    "GetMessagesResponse404",
    "GetMessagesResponse404Error",
    "GetMessagesResponse409",
    "GetMessagesResponse409Error",
    "GetMessagesResponse413",
    "GetMessagesResponse413Error",
    "GetMessagesResponse422",
    "GetMessagesResponse422Error",
    "GetMessagesResponse429",
    "GetMessagesResponse429Error",
    "GetMessagesResponse503",
    "GetMessagesResponse503Error",
    "GetMessagesResponseDefault",
    "GetMessagesResponseDefaultError",
    "GetMessagesResponseItemsItem",
    "GetMessagesResponseItemsItemSender",
    "GetMessagesResponseItemsItemSenderRole",
    "PostAuthenticateBody",
    "PostAuthenticateBodyAuth",
    "PostAuthenticateBodyAuthBody",
    "PostAuthenticateBodyAuthCookies",
    "PostAuthenticateBodyAuthHeaders",
    "PostAuthenticateResponse400",
    "PostAuthenticateResponse400Error",
    "PostAuthenticateResponse401",
    "PostAuthenticateResponse401Error",
    "PostAuthenticateResponse403",
    "PostAuthenticateResponse403Error",
    "PostAuthenticateResponse404",
    "PostAuthenticateResponse404Error",
    "PostAuthenticateResponse422",
    "PostAuthenticateResponse422Error",
    "PostAuthenticateResponse429",
    "PostAuthenticateResponse429Error",
    "PostAuthenticateResponse503",
    "PostAuthenticateResponse503Error",
    "PostAuthenticateResponseDefault",
    "PostAuthenticateResponseDefaultError",
)
