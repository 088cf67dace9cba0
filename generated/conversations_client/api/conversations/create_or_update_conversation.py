from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_or_update_conversation_body import CreateOrUpdateConversationBody
from ...models.create_or_update_conversation_response_200 import (
    CreateOrUpdateConversationResponse200,
)
from ...models.create_or_update_conversation_response_400 import (
    CreateOrUpdateConversationResponse400,
)
from ...models.create_or_update_conversation_response_401 import (
    CreateOrUpdateConversationResponse401,
)
from ...models.create_or_update_conversation_response_403 import (
    CreateOrUpdateConversationResponse403,
)
from ...models.create_or_update_conversation_response_404 import (
    CreateOrUpdateConversationResponse404,
)
from ...models.create_or_update_conversation_response_409 import (
    CreateOrUpdateConversationResponse409,
)
from ...models.create_or_update_conversation_response_413 import (
    CreateOrUpdateConversationResponse413,
)
from ...models.create_or_update_conversation_response_422 import (
    CreateOrUpdateConversationResponse422,
)
from ...models.create_or_update_conversation_response_429 import (
    CreateOrUpdateConversationResponse429,
)
from ...models.create_or_update_conversation_response_503 import (
    CreateOrUpdateConversationResponse503,
)
from ...models.create_or_update_conversation_response_default import (
    CreateOrUpdateConversationResponseDefault,
)
from ...types import Response

METHOD: Final = "POST"
PATH: Final = "/conversation/v1/conversations"
REQUEST_BODY_MODEL: Final = CreateOrUpdateConversationBody
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[
    Mapping[
        str,
        type[
            CreateOrUpdateConversationResponse200
            | CreateOrUpdateConversationResponse400
            | CreateOrUpdateConversationResponse401
            | CreateOrUpdateConversationResponse403
            | CreateOrUpdateConversationResponse404
            | CreateOrUpdateConversationResponse409
            | CreateOrUpdateConversationResponse413
            | CreateOrUpdateConversationResponse422
            | CreateOrUpdateConversationResponse429
            | CreateOrUpdateConversationResponse503
            | CreateOrUpdateConversationResponseDefault
        ],
    ]
] = {
    "200": CreateOrUpdateConversationResponse200,
    "400": CreateOrUpdateConversationResponse400,
    "401": CreateOrUpdateConversationResponse401,
    "403": CreateOrUpdateConversationResponse403,
    "404": CreateOrUpdateConversationResponse404,
    "409": CreateOrUpdateConversationResponse409,
    "413": CreateOrUpdateConversationResponse413,
    "422": CreateOrUpdateConversationResponse422,
    "429": CreateOrUpdateConversationResponse429,
    "503": CreateOrUpdateConversationResponse503,
    "default": CreateOrUpdateConversationResponseDefault,
}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    *,
    body: CreateOrUpdateConversationBody,
) -> dict[str, Any]:
    """The request of create_or_update_conversation as keyword arguments of ``httpx.Client.request``."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/v1/conversations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateOrUpdateConversationResponse200
    | CreateOrUpdateConversationResponse400
    | CreateOrUpdateConversationResponse401
    | CreateOrUpdateConversationResponse403
    | CreateOrUpdateConversationResponse404
    | CreateOrUpdateConversationResponse409
    | CreateOrUpdateConversationResponse413
    | CreateOrUpdateConversationResponse422
    | CreateOrUpdateConversationResponse429
    | CreateOrUpdateConversationResponse503
    | CreateOrUpdateConversationResponseDefault
):
    if response.status_code == 200:
        response_200 = CreateOrUpdateConversationResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateOrUpdateConversationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateOrUpdateConversationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateOrUpdateConversationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateOrUpdateConversationResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateOrUpdateConversationResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateOrUpdateConversationResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateOrUpdateConversationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateOrUpdateConversationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = CreateOrUpdateConversationResponse503.from_dict(response.json())

        return response_503

    response_default = CreateOrUpdateConversationResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateOrUpdateConversationResponse200
    | CreateOrUpdateConversationResponse400
    | CreateOrUpdateConversationResponse401
    | CreateOrUpdateConversationResponse403
    | CreateOrUpdateConversationResponse404
    | CreateOrUpdateConversationResponse409
    | CreateOrUpdateConversationResponse413
    | CreateOrUpdateConversationResponse422
    | CreateOrUpdateConversationResponse429
    | CreateOrUpdateConversationResponse503
    | CreateOrUpdateConversationResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateConversationBody,
) -> Response[
    CreateOrUpdateConversationResponse200
    | CreateOrUpdateConversationResponse400
    | CreateOrUpdateConversationResponse401
    | CreateOrUpdateConversationResponse403
    | CreateOrUpdateConversationResponse404
    | CreateOrUpdateConversationResponse409
    | CreateOrUpdateConversationResponse413
    | CreateOrUpdateConversationResponse422
    | CreateOrUpdateConversationResponse429
    | CreateOrUpdateConversationResponse503
    | CreateOrUpdateConversationResponseDefault
]:
    """Create or update a conversation

     Creates a new conversation or updates an existing one based on the provided `externalId`.

    Use this endpoint when:
    - Starting a new conversation
    - Updating conversation details (e.g., reassigning to a different agent)

    If the `externalId` is not found, a new conversation will be created. Otherwise, the existing
    conversation will be updated.

    Args:
        body (CreateOrUpdateConversationBody): Conversation between an agent and a customer that
            requires a timestamp of creation Example: {'externalId': 'id-111', 'agent': {'externalId':
            'agent-111', 'name': 'agent-x'}, 'customer': {'externalId': 'customer-x', 'name':
            'customer-name-x'}, 'metadata': {'organizationalGroup': 'some-group', 'subdivision':
            'some-division', 'queue': 'some-queue'}, 'timestamp': '2021-11-23T12:13:14.555Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrUpdateConversationResponse200 | CreateOrUpdateConversationResponse400 | CreateOrUpdateConversationResponse401 | CreateOrUpdateConversationResponse403 | CreateOrUpdateConversationResponse404 | CreateOrUpdateConversationResponse409 | CreateOrUpdateConversationResponse413 | CreateOrUpdateConversationResponse422 | CreateOrUpdateConversationResponse429 | CreateOrUpdateConversationResponse503 | CreateOrUpdateConversationResponseDefault]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateConversationBody,
) -> (
    CreateOrUpdateConversationResponse200
    | CreateOrUpdateConversationResponse400
    | CreateOrUpdateConversationResponse401
    | CreateOrUpdateConversationResponse403
    | CreateOrUpdateConversationResponse404
    | CreateOrUpdateConversationResponse409
    | CreateOrUpdateConversationResponse413
    | CreateOrUpdateConversationResponse422
    | CreateOrUpdateConversationResponse429
    | CreateOrUpdateConversationResponse503
    | CreateOrUpdateConversationResponseDefault
    | None
):
    """Create or update a conversation

     Creates a new conversation or updates an existing one based on the provided `externalId`.

    Use this endpoint when:
    - Starting a new conversation
    - Updating conversation details (e.g., reassigning to a different agent)

    If the `externalId` is not found, a new conversation will be created. Otherwise, the existing
    conversation will be updated.

    Args:
        body (CreateOrUpdateConversationBody): Conversation between an agent and a customer that
            requires a timestamp of creation Example: {'externalId': 'id-111', 'agent': {'externalId':
            'agent-111', 'name': 'agent-x'}, 'customer': {'externalId': 'customer-x', 'name':
            'customer-name-x'}, 'metadata': {'organizationalGroup': 'some-group', 'subdivision':
            'some-division', 'queue': 'some-queue'}, 'timestamp': '2021-11-23T12:13:14.555Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrUpdateConversationResponse200 | CreateOrUpdateConversationResponse400 | CreateOrUpdateConversationResponse401 | CreateOrUpdateConversationResponse403 | CreateOrUpdateConversationResponse404 | CreateOrUpdateConversationResponse409 | CreateOrUpdateConversationResponse413 | CreateOrUpdateConversationResponse422 | CreateOrUpdateConversationResponse429 | CreateOrUpdateConversationResponse503 | CreateOrUpdateConversationResponseDefault
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateConversationBody,
) -> Response[
    CreateOrUpdateConversationResponse200
    | CreateOrUpdateConversationResponse400
    | CreateOrUpdateConversationResponse401
    | CreateOrUpdateConversationResponse403
    | CreateOrUpdateConversationResponse404
    | CreateOrUpdateConversationResponse409
    | CreateOrUpdateConversationResponse413
    | CreateOrUpdateConversationResponse422
    | CreateOrUpdateConversationResponse429
    | CreateOrUpdateConversationResponse503
    | CreateOrUpdateConversationResponseDefault
]:
    """Create or update a conversation

     Creates a new conversation or updates an existing one based on the provided `externalId`.

    Use this endpoint when:
    - Starting a new conversation
    - Updating conversation details (e.g., reassigning to a different agent)

    If the `externalId` is not found, a new conversation will be created. Otherwise, the existing
    conversation will be updated.

    Args:
        body (CreateOrUpdateConversationBody): Conversation between an agent and a customer that
            requires a timestamp of creation Example: {'externalId': 'id-111', 'agent': {'externalId':
            'agent-111', 'name': 'agent-x'}, 'customer': {'externalId': 'customer-x', 'name':
            'customer-name-x'}, 'metadata': {'organizationalGroup': 'some-group', 'subdivision':
            'some-division', 'queue': 'some-queue'}, 'timestamp': '2021-11-23T12:13:14.555Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrUpdateConversationResponse200 | CreateOrUpdateConversationResponse400 | CreateOrUpdateConversationResponse401 | CreateOrUpdateConversationResponse403 | CreateOrUpdateConversationResponse404 | CreateOrUpdateConversationResponse409 | CreateOrUpdateConversationResponse413 | CreateOrUpdateConversationResponse422 | CreateOrUpdateConversationResponse429 | CreateOrUpdateConversationResponse503 | CreateOrUpdateConversationResponseDefault]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrUpdateConversationBody,
) -> (
    CreateOrUpdateConversationResponse200
    | CreateOrUpdateConversationResponse400
    | CreateOrUpdateConversationResponse401
    | CreateOrUpdateConversationResponse403
    | CreateOrUpdateConversationResponse404
    | CreateOrUpdateConversationResponse409
    | CreateOrUpdateConversationResponse413
    | CreateOrUpdateConversationResponse422
    | CreateOrUpdateConversationResponse429
    | CreateOrUpdateConversationResponse503
    | CreateOrUpdateConversationResponseDefault
    | None
):
    """Create or update a conversation

     Creates a new conversation or updates an existing one based on the provided `externalId`.

    Use this endpoint when:
    - Starting a new conversation
    - Updating conversation details (e.g., reassigning to a different agent)

    If the `externalId` is not found, a new conversation will be created. Otherwise, the existing
    conversation will be updated.

    Args:
        body (CreateOrUpdateConversationBody): Conversation between an agent and a customer that
            requires a timestamp of creation Example: {'externalId': 'id-111', 'agent': {'externalId':
            'agent-111', 'name': 'agent-x'}, 'customer': {'externalId': 'customer-x', 'name':
            'customer-name-x'}, 'metadata': {'organizationalGroup': 'some-group', 'subdivision':
            'some-division', 'queue': 'some-queue'}, 'timestamp': '2021-11-23T12:13:14.555Z'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrUpdateConversationResponse200 | CreateOrUpdateConversationResponse400 | CreateOrUpdateConversationResponse401 | CreateOrUpdateConversationResponse403 | CreateOrUpdateConversationResponse404 | CreateOrUpdateConversationResponse409 | CreateOrUpdateConversationResponse413 | CreateOrUpdateConversationResponse422 | CreateOrUpdateConversationResponse429 | CreateOrUpdateConversationResponse503 | CreateOrUpdateConversationResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
