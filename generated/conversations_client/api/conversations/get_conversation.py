from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_conversation_response_200 import GetConversationResponse200
from ...models.get_conversation_response_400 import GetConversationResponse400
from ...models.get_conversation_response_401 import GetConversationResponse401
from ...models.get_conversation_response_403 import GetConversationResponse403
from ...models.get_conversation_response_404 import GetConversationResponse404
from ...models.get_conversation_response_422 import GetConversationResponse422
from ...models.get_conversation_response_429 import GetConversationResponse429
from ...models.get_conversation_response_503 import GetConversationResponse503
from ...models.get_conversation_response_default import GetConversationResponseDefault
from ...types import Response

METHOD: Final = "GET"
PATH: Final = "/conversation/v1/conversations/{conversation_id}"
REQUEST_BODY_MODEL: Final = None
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[
    Mapping[
        str,
        type[
            GetConversationResponse200
            | GetConversationResponse400
            | GetConversationResponse401
            | GetConversationResponse403
            | GetConversationResponse404
            | GetConversationResponse422
            | GetConversationResponse429
            | GetConversationResponse503
            | GetConversationResponseDefault
        ],
    ]
] = {
    "200": GetConversationResponse200,
    "400": GetConversationResponse400,
    "401": GetConversationResponse401,
    "403": GetConversationResponse403,
    "404": GetConversationResponse404,
    "422": GetConversationResponse422,
    "429": GetConversationResponse429,
    "503": GetConversationResponse503,
    "default": GetConversationResponseDefault,
}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    conversation_id: str,
) -> dict[str, Any]:
    """The request of get_conversation as keyword arguments of ``httpx.Client.request``."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/v1/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetConversationResponse200
    | GetConversationResponse400
    | GetConversationResponse401
    | GetConversationResponse403
    | GetConversationResponse404
    | GetConversationResponse422
    | GetConversationResponse429
    | GetConversationResponse503
    | GetConversationResponseDefault
):
    if response.status_code == 200:
        response_200 = GetConversationResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetConversationResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetConversationResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetConversationResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetConversationResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetConversationResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetConversationResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = GetConversationResponse503.from_dict(response.json())

        return response_503

    response_default = GetConversationResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetConversationResponse200
    | GetConversationResponse400
    | GetConversationResponse401
    | GetConversationResponse403
    | GetConversationResponse404
    | GetConversationResponse422
    | GetConversationResponse429
    | GetConversationResponse503
    | GetConversationResponseDefault
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
) -> Response[
    GetConversationResponse200
    | GetConversationResponse400
    | GetConversationResponse401
    | GetConversationResponse403
    | GetConversationResponse404
    | GetConversationResponse422
    | GetConversationResponse429
    | GetConversationResponse503
    | GetConversationResponseDefault
]:
    """Retrieve a conversation

     Retrieves the details of a specific conversation using its `conversationId`.

    This endpoint returns detailed information about the conversation, including participants and
    metadata.

    Args:
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetConversationResponse200 | GetConversationResponse400 | GetConversationResponse401 | GetConversationResponse403 | GetConversationResponse404 | GetConversationResponse422 | GetConversationResponse429 | GetConversationResponse503 | GetConversationResponseDefault]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetConversationResponse200
    | GetConversationResponse400
    | GetConversationResponse401
    | GetConversationResponse403
    | GetConversationResponse404
    | GetConversationResponse422
    | GetConversationResponse429
    | GetConversationResponse503
    | GetConversationResponseDefault
    | None
):
    """Retrieve a conversation

     Retrieves the details of a specific conversation using its `conversationId`.

    This endpoint returns detailed information about the conversation, including participants and
    metadata.

    Args:
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConversationResponse200 | GetConversationResponse400 | GetConversationResponse401 | GetConversationResponse403 | GetConversationResponse404 | GetConversationResponse422 | GetConversationResponse429 | GetConversationResponse503 | GetConversationResponseDefault
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetConversationResponse200
    | GetConversationResponse400
    | GetConversationResponse401
    | GetConversationResponse403
    | GetConversationResponse404
    | GetConversationResponse422
    | GetConversationResponse429
    | GetConversationResponse503
    | GetConversationResponseDefault
]:
    """Retrieve a conversation

     Retrieves the details of a specific conversation using its `conversationId`.

    This endpoint returns detailed information about the conversation, including participants and
    metadata.

    Args:
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetConversationResponse200 | GetConversationResponse400 | GetConversationResponse401 | GetConversationResponse403 | GetConversationResponse404 | GetConversationResponse422 | GetConversationResponse429 | GetConversationResponse503 | GetConversationResponseDefault]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetConversationResponse200
    | GetConversationResponse400
    | GetConversationResponse401
    | GetConversationResponse403
    | GetConversationResponse404
    | GetConversationResponse422
    | GetConversationResponse429
    | GetConversationResponse503
    | GetConversationResponseDefault
    | None
):
    """Retrieve a conversation

     Retrieves the details of a specific conversation using its `conversationId`.

    This endpoint returns detailed information about the conversation, including participants and
    metadata.

    Args:
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConversationResponse200 | GetConversationResponse400 | GetConversationResponse401 | GetConversationResponse403 | GetConversationResponse404 | GetConversationResponse422 | GetConversationResponse429 | GetConversationResponse503 | GetConversationResponseDefault
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
        )
    ).parsed
