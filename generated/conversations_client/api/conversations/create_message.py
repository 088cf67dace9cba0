from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_message_body import CreateMessageBody
from ...models.create_message_response_200 import CreateMessageResponse200
from ...models.create_message_response_400 import CreateMessageResponse400
from ...models.create_message_response_401 import CreateMessageResponse401
from ...models.create_message_response_403 import CreateMessageResponse403
from ...models.create_message_response_404 import CreateMessageResponse404
from ...models.create_message_response_409 import CreateMessageResponse409
from ...models.create_message_response_413 import CreateMessageResponse413
from ...models.create_message_response_422 import CreateMessageResponse422
from ...models.create_message_response_429 import CreateMessageResponse429
from ...models.create_message_response_503 import CreateMessageResponse503
from ...models.create_message_response_default import CreateMessageResponseDefault
from ...types import Response

METHOD: Final = "POST"
PATH: Final = "/conversation/v1/conversations/{conversation_id}/messages"
REQUEST_BODY_MODEL: Final = CreateMessageBody
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[
    Mapping[
        str,
        type[
            CreateMessageResponse200
            | CreateMessageResponse400
            | CreateMessageResponse401
            | CreateMessageResponse403
            | CreateMessageResponse404
            | CreateMessageResponse409
            | CreateMessageResponse413
            | CreateMessageResponse422
            | CreateMessageResponse429
            | CreateMessageResponse503
            | CreateMessageResponseDefault
        ],
    ]
] = {
    "200": CreateMessageResponse200,
    "400": CreateMessageResponse400,
    "401": CreateMessageResponse401,
    "403": CreateMessageResponse403,
    "404": CreateMessageResponse404,
    "409": CreateMessageResponse409,
    "413": CreateMessageResponse413,
    "422": CreateMessageResponse422,
    "429": CreateMessageResponse429,
    "503": CreateMessageResponse503,
    "default": CreateMessageResponseDefault,
}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    conversation_id: str,
    *,
    body: CreateMessageBody,
) -> dict[str, Any]:
    """The request of create_message as keyword arguments of ``httpx.Client.request``."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/v1/conversations/{conversation_id}/messages".format(
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
    CreateMessageResponse200
    | CreateMessageResponse400
    | CreateMessageResponse401
    | CreateMessageResponse403
    | CreateMessageResponse404
    | CreateMessageResponse409
    | CreateMessageResponse413
    | CreateMessageResponse422
    | CreateMessageResponse429
    | CreateMessageResponse503
    | CreateMessageResponseDefault
):
    if response.status_code == 200:
        response_200 = CreateMessageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateMessageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateMessageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateMessageResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateMessageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateMessageResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateMessageResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateMessageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateMessageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = CreateMessageResponse503.from_dict(response.json())

        return response_503

    response_default = CreateMessageResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateMessageResponse200
    | CreateMessageResponse400
    | CreateMessageResponse401
    | CreateMessageResponse403
    | CreateMessageResponse404
    | CreateMessageResponse409
    | CreateMessageResponse413
    | CreateMessageResponse422
    | CreateMessageResponse429
    | CreateMessageResponse503
    | CreateMessageResponseDefault
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
    body: CreateMessageBody,
) -> Response[
    CreateMessageResponse200
    | CreateMessageResponse400
    | CreateMessageResponse401
    | CreateMessageResponse403
    | CreateMessageResponse404
    | CreateMessageResponse409
    | CreateMessageResponse413
    | CreateMessageResponse422
    | CreateMessageResponse429
    | CreateMessageResponse503
    | CreateMessageResponseDefault
]:
    """Create a message

     Creates a message object, adding it to an existing conversation.

    Use this endpoint to record each new message in the conversation.

    Args:
        conversation_id (str):
        body (CreateMessageBody): Represents a single message within a conversation. Example:
            {'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'agent', 'externalId': 123}, 'timestamp': '2021-11-23T12:13:14.555Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMessageResponse200 | CreateMessageResponse400 | CreateMessageResponse401 | CreateMessageResponse403 | CreateMessageResponse404 | CreateMessageResponse409 | CreateMessageResponse413 | CreateMessageResponse422 | CreateMessageResponse429 | CreateMessageResponse503 | CreateMessageResponseDefault]
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
    body: CreateMessageBody,
) -> (
    CreateMessageResponse200
    | CreateMessageResponse400
    | CreateMessageResponse401
    | CreateMessageResponse403
    | CreateMessageResponse404
    | CreateMessageResponse409
    | CreateMessageResponse413
    | CreateMessageResponse422
    | CreateMessageResponse429
    | CreateMessageResponse503
    | CreateMessageResponseDefault
    | None
):
    """Create a message

     Creates a message object, adding it to an existing conversation.

    Use this endpoint to record each new message in the conversation.

    Args:
        conversation_id (str):
        body (CreateMessageBody): Represents a single message within a conversation. Example:
            {'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'agent', 'externalId': 123}, 'timestamp': '2021-11-23T12:13:14.555Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMessageResponse200 | CreateMessageResponse400 | CreateMessageResponse401 | CreateMessageResponse403 | CreateMessageResponse404 | CreateMessageResponse409 | CreateMessageResponse413 | CreateMessageResponse422 | CreateMessageResponse429 | CreateMessageResponse503 | CreateMessageResponseDefault
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
    body: CreateMessageBody,
) -> Response[
    CreateMessageResponse200
    | CreateMessageResponse400
    | CreateMessageResponse401
    | CreateMessageResponse403
    | CreateMessageResponse404
    | CreateMessageResponse409
    | CreateMessageResponse413
    | CreateMessageResponse422
    | CreateMessageResponse429
    | CreateMessageResponse503
    | CreateMessageResponseDefault
]:
    """Create a message

     Creates a message object, adding it to an existing conversation.

    Use this endpoint to record each new message in the conversation.

    Args:
        conversation_id (str):
        body (CreateMessageBody): Represents a single message within a conversation. Example:
            {'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'agent', 'externalId': 123}, 'timestamp': '2021-11-23T12:13:14.555Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMessageResponse200 | CreateMessageResponse400 | CreateMessageResponse401 | CreateMessageResponse403 | CreateMessageResponse404 | CreateMessageResponse409 | CreateMessageResponse413 | CreateMessageResponse422 | CreateMessageResponse429 | CreateMessageResponse503 | CreateMessageResponseDefault]
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
    body: CreateMessageBody,
) -> (
    CreateMessageResponse200
    | CreateMessageResponse400
    | CreateMessageResponse401
    | CreateMessageResponse403
    | CreateMessageResponse404
    | CreateMessageResponse409
    | CreateMessageResponse413
    | CreateMessageResponse422
    | CreateMessageResponse429
    | CreateMessageResponse503
    | CreateMessageResponseDefault
    | None
):
    """Create a message

     Creates a message object, adding it to an existing conversation.

    Use this endpoint to record each new message in the conversation.

    Args:
        conversation_id (str):
        body (CreateMessageBody): Represents a single message within a conversation. Example:
            {'text': 'Hello, I would like to upgrade my internet plan to GOLD.', 'sender': {'role':
            'agent', 'externalId': 123}, 'timestamp': '2021-11-23T12:13:14.555Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMessageResponse200 | CreateMessageResponse400 | CreateMessageResponse401 | CreateMessageResponse403 | CreateMessageResponse404 | CreateMessageResponse409 | CreateMessageResponse413 | CreateMessageResponse422 | CreateMessageResponse429 | CreateMessageResponse503 | CreateMessageResponseDefault
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
