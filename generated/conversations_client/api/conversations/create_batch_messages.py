from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_batch_messages_body import CreateBatchMessagesBody
from ...models.create_batch_messages_response_200 import CreateBatchMessagesResponse200
from ...models.create_batch_messages_response_400 import CreateBatchMessagesResponse400
from ...models.create_batch_messages_response_401 import CreateBatchMessagesResponse401
from ...models.create_batch_messages_response_403 import CreateBatchMessagesResponse403
from ...models.create_batch_messages_response_404 import CreateBatchMessagesResponse404
from ...models.create_batch_messages_response_409 import CreateBatchMessagesResponse409
from ...models.create_batch_messages_response_413 import CreateBatchMessagesResponse413
from ...models.create_batch_messages_response_422 import CreateBatchMessagesResponse422
from ...models.create_batch_messages_response_429 import CreateBatchMessagesResponse429
from ...models.create_batch_messages_response_503 import CreateBatchMessagesResponse503
from ...models.create_batch_messages_response_default import (
    CreateBatchMessagesResponseDefault,
)
from ...types import Response

METHOD: Final = "POST"
PATH: Final = "/conversation/v1/conversations/{conversation_id}/messages/batch"
REQUEST_BODY_MODEL: Final = CreateBatchMessagesBody
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[
    Mapping[
        str,
        type[
            CreateBatchMessagesResponse200
            | CreateBatchMessagesResponse400
            | CreateBatchMessagesResponse401
            | CreateBatchMessagesResponse403
            | CreateBatchMessagesResponse404
            | CreateBatchMessagesResponse409
            | CreateBatchMessagesResponse413
            | CreateBatchMessagesResponse422
            | CreateBatchMessagesResponse429
            | CreateBatchMessagesResponse503
            | CreateBatchMessagesResponseDefault
        ],
    ]
] = {
    "200": CreateBatchMessagesResponse200,
    "400": CreateBatchMessagesResponse400,
    "401": CreateBatchMessagesResponse401,
    "403": CreateBatchMessagesResponse403,
    "404": CreateBatchMessagesResponse404,
    "409": CreateBatchMessagesResponse409,
    "413": CreateBatchMessagesResponse413,
    "422": CreateBatchMessagesResponse422,
    "429": CreateBatchMessagesResponse429,
    "503": CreateBatchMessagesResponse503,
    "default": CreateBatchMessagesResponseDefault,
}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    conversation_id: str,
    *,
    body: CreateBatchMessagesBody,
) -> dict[str, Any]:
    """The request of create_batch_messages as keyword arguments of ``httpx.Client.request``."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/v1/conversations/{conversation_id}/messages/batch".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateBatchMessagesResponse200
    | CreateBatchMessagesResponse400
    | CreateBatchMessagesResponse401
    | CreateBatchMessagesResponse403
    | CreateBatchMessagesResponse404
    | CreateBatchMessagesResponse409
    | CreateBatchMessagesResponse413
    | CreateBatchMessagesResponse422
    | CreateBatchMessagesResponse429
    | CreateBatchMessagesResponse503
    | CreateBatchMessagesResponseDefault
):
    if response.status_code == 200:
        response_200 = CreateBatchMessagesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateBatchMessagesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateBatchMessagesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateBatchMessagesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateBatchMessagesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateBatchMessagesResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateBatchMessagesResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateBatchMessagesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateBatchMessagesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = CreateBatchMessagesResponse503.from_dict(response.json())

        return response_503

    response_default = CreateBatchMessagesResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateBatchMessagesResponse200
    | CreateBatchMessagesResponse400
    | CreateBatchMessagesResponse401
    | CreateBatchMessagesResponse403
    | CreateBatchMessagesResponse404
    | CreateBatchMessagesResponse409
    | CreateBatchMessagesResponse413
    | CreateBatchMessagesResponse422
    | CreateBatchMessagesResponse429
    | CreateBatchMessagesResponse503
    | CreateBatchMessagesResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchMessagesBody,
) -> Response[
    CreateBatchMessagesResponse200
    | CreateBatchMessagesResponse400
    | CreateBatchMessagesResponse401
    | CreateBatchMessagesResponse403
    | CreateBatchMessagesResponse404
    | CreateBatchMessagesResponse409
    | CreateBatchMessagesResponse413
    | CreateBatchMessagesResponse422
    | CreateBatchMessagesResponse429
    | CreateBatchMessagesResponse503
    | CreateBatchMessagesResponseDefault
]:
    """Create multiple messages

     This creates multiple message objects at once, adding them to an existing conversation.

    Use this endpoint when you need to add several messages at once, such as when importing historical
    conversation data.

    Args:
        conversation_id (str):
        body (CreateBatchMessagesBody): A batch of messages for conversation Example: {'messages':
            [{'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'customer', 'externalId': 'customer-xyz'}, 'timestamp': '2021-11-23T12:13:14.555Z'},
            {'text': 'Let me help you with that', 'sender': {'role': 'agent', 'externalId':
            'agent-111'}, 'timestamp': '2021-11-23T12:13:16.666Z'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBatchMessagesResponse200 | CreateBatchMessagesResponse400 | CreateBatchMessagesResponse401 | CreateBatchMessagesResponse403 | CreateBatchMessagesResponse404 | CreateBatchMessagesResponse409 | CreateBatchMessagesResponse413 | CreateBatchMessagesResponse422 | CreateBatchMessagesResponse429 | CreateBatchMessagesResponse503 | CreateBatchMessagesResponseDefault]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchMessagesBody,
) -> (
    CreateBatchMessagesResponse200
    | CreateBatchMessagesResponse400
    | CreateBatchMessagesResponse401
    | CreateBatchMessagesResponse403
    | CreateBatchMessagesResponse404
    | CreateBatchMessagesResponse409
    | CreateBatchMessagesResponse413
    | CreateBatchMessagesResponse422
    | CreateBatchMessagesResponse429
    | CreateBatchMessagesResponse503
    | CreateBatchMessagesResponseDefault
    | None
):
    """Create multiple messages

     This creates multiple message objects at once, adding them to an existing conversation.

    Use this endpoint when you need to add several messages at once, such as when importing historical
    conversation data.

    Args:
        conversation_id (str):
        body (CreateBatchMessagesBody): A batch of messages for conversation Example: {'messages':
            [{'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'customer', 'externalId': 'customer-xyz'}, 'timestamp': '2021-11-23T12:13:14.555Z'},
            {'text': 'Let me help you with that', 'sender': {'role': 'agent', 'externalId':
            'agent-111'}, 'timestamp': '2021-11-23T12:13:16.666Z'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBatchMessagesResponse200 | CreateBatchMessagesResponse400 | CreateBatchMessagesResponse401 | CreateBatchMessagesResponse403 | CreateBatchMessagesResponse404 | CreateBatchMessagesResponse409 | CreateBatchMessagesResponse413 | CreateBatchMessagesResponse422 | CreateBatchMessagesResponse429 | CreateBatchMessagesResponse503 | CreateBatchMessagesResponseDefault
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchMessagesBody,
) -> Response[
    CreateBatchMessagesResponse200
    | CreateBatchMessagesResponse400
    | CreateBatchMessagesResponse401
    | CreateBatchMessagesResponse403
    | CreateBatchMessagesResponse404
    | CreateBatchMessagesResponse409
    | CreateBatchMessagesResponse413
    | CreateBatchMessagesResponse422
    | CreateBatchMessagesResponse429
    | CreateBatchMessagesResponse503
    | CreateBatchMessagesResponseDefault
]:
    """Create multiple messages

     This creates multiple message objects at once, adding them to an existing conversation.

    Use this endpoint when you need to add several messages at once, such as when importing historical
    conversation data.

    Args:
        conversation_id (str):
        body (CreateBatchMessagesBody): A batch of messages for conversation Example: {'messages':
            [{'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'customer', 'externalId': 'customer-xyz'}, 'timestamp': '2021-11-23T12:13:14.555Z'},
            {'text': 'Let me help you with that', 'sender': {'role': 'agent', 'externalId':
            'agent-111'}, 'timestamp': '2021-11-23T12:13:16.666Z'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBatchMessagesResponse200 | CreateBatchMessagesResponse400 | CreateBatchMessagesResponse401 | CreateBatchMessagesResponse403 | CreateBatchMessagesResponse404 | CreateBatchMessagesResponse409 | CreateBatchMessagesResponse413 | CreateBatchMessagesResponse422 | CreateBatchMessagesResponse429 | CreateBatchMessagesResponse503 | CreateBatchMessagesResponseDefault]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateBatchMessagesBody,
) -> (
    CreateBatchMessagesResponse200
    | CreateBatchMessagesResponse400
    | CreateBatchMessagesResponse401
    | CreateBatchMessagesResponse403
    | CreateBatchMessagesResponse404
    | CreateBatchMessagesResponse409
    | CreateBatchMessagesResponse413
    | CreateBatchMessagesResponse422
    | CreateBatchMessagesResponse429
    | CreateBatchMessagesResponse503
    | CreateBatchMessagesResponseDefault
    | None
):
    """Create multiple messages

     This creates multiple message objects at once, adding them to an existing conversation.

    Use this endpoint when you need to add several messages at once, such as when importing historical
    conversation data.

    Args:
        conversation_id (str):
        body (CreateBatchMessagesBody): A batch of messages for conversation Example: {'messages':
            [{'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'customer', 'externalId': 'customer-xyz'}, 'timestamp': '2021-11-23T12:13:14.555Z'},
            {'text': 'Let me help you with that', 'sender': {'role': 'agent', 'externalId':
            'agent-111'}, 'timestamp': '2021-11-23T12:13:16.666Z'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBatchMessagesResponse200 | CreateBatchMessagesResponse400 | CreateBatchMessagesResponse401 | CreateBatchMessagesResponse403 | CreateBatchMessagesResponse404 | CreateBatchMessagesResponse409 | CreateBatchMessagesResponse413 | CreateBatchMessagesResponse422 | CreateBatchMessagesResponse429 | CreateBatchMessagesResponse503 | CreateBatchMessagesResponseDefault
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
