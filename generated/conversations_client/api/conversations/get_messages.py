from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_messages_response_200 import GetMessagesResponse200
from ...models.get_messages_response_400 import GetMessagesResponse400
from ...models.get_messages_response_401 import GetMessagesResponse401
from ...models.get_messages_response_403 import GetMessagesResponse403
from ...models.get_messages_response_404 import GetMessagesResponse404
from ...models.get_messages_response_409 import GetMessagesResponse409
from ...models.get_messages_response_413 import GetMessagesResponse413
from ...models.get_messages_response_422 import GetMessagesResponse422
from ...models.get_messages_response_429 import GetMessagesResponse429
from ...models.get_messages_response_503 import GetMessagesResponse503
from ...models.get_messages_response_default import GetMessagesResponseDefault
from ...types import Response

METHOD: Final = "GET"
PATH: Final = "/conversation/v1/conversations/{conversation_id}/messages"
REQUEST_BODY_MODEL: Final = None
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[
    Mapping[
        str,
        type[
            GetMessagesResponse200
            | GetMessagesResponse400
            | GetMessagesResponse401
            | GetMessagesResponse403
            | GetMessagesResponse404
            | GetMessagesResponse409
            | GetMessagesResponse413
            | GetMessagesResponse422
            | GetMessagesResponse429
            | GetMessagesResponse503
            | GetMessagesResponseDefault
        ],
    ]
] = {
    "200": GetMessagesResponse200,
    "400": GetMessagesResponse400,
    "401": GetMessagesResponse401,
    "403": GetMessagesResponse403,
    "404": GetMessagesResponse404,
    "409": GetMessagesResponse409,
    "413": GetMessagesResponse413,
    "422": GetMessagesResponse422,
    "429": GetMessagesResponse429,
    "503": GetMessagesResponse503,
    "default": GetMessagesResponseDefault,
}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    conversation_id: str,
) -> dict[str, Any]:
    """The request of get_messages as keyword arguments of ``httpx.Client.request``."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/v1/conversations/{conversation_id}/messages".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetMessagesResponse200
    | GetMessagesResponse400
    | GetMessagesResponse401
    | GetMessagesResponse403
    | GetMessagesResponse404
    | GetMessagesResponse409
    | GetMessagesResponse413
    | GetMessagesResponse422
    | GetMessagesResponse429
    | GetMessagesResponse503
    | GetMessagesResponseDefault
):
    if response.status_code == 200:
        response_200 = GetMessagesResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetMessagesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetMessagesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetMessagesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetMessagesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GetMessagesResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = GetMessagesResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = GetMessagesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetMessagesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = GetMessagesResponse503.from_dict(response.json())

        return response_503

    response_default = GetMessagesResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetMessagesResponse200
    | GetMessagesResponse400
    | GetMessagesResponse401
    | GetMessagesResponse403
    | GetMessagesResponse404
    | GetMessagesResponse409
    | GetMessagesResponse413
    | GetMessagesResponse422
    | GetMessagesResponse429
    | GetMessagesResponse503
    | GetMessagesResponseDefault
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
    GetMessagesResponse200
    | GetMessagesResponse400
    | GetMessagesResponse401
    | GetMessagesResponse403
    | GetMessagesResponse404
    | GetMessagesResponse409
    | GetMessagesResponse413
    | GetMessagesResponse422
    | GetMessagesResponse429
    | GetMessagesResponse503
    | GetMessagesResponseDefault
]:
    """List messages

     Lists all messages within a conversation.

    This messages are returned in chronological order.

    Args:
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMessagesResponse200 | GetMessagesResponse400 | GetMessagesResponse401 | GetMessagesResponse403 | GetMessagesResponse404 | GetMessagesResponse409 | GetMessagesResponse413 | GetMessagesResponse422 | GetMessagesResponse429 | GetMessagesResponse503 | GetMessagesResponseDefault]
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
    GetMessagesResponse200
    | GetMessagesResponse400
    | GetMessagesResponse401
    | GetMessagesResponse403
    | GetMessagesResponse404
    | GetMessagesResponse409
    | GetMessagesResponse413
    | GetMessagesResponse422
    | GetMessagesResponse429
    | GetMessagesResponse503
    | GetMessagesResponseDefault
    | None
):
    """List messages

     Lists all messages within a conversation.

    This messages are returned in chronological order.

    Args:
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMessagesResponse200 | GetMessagesResponse400 | GetMessagesResponse401 | GetMessagesResponse403 | GetMessagesResponse404 | GetMessagesResponse409 | GetMessagesResponse413 | GetMessagesResponse422 | GetMessagesResponse429 | GetMessagesResponse503 | GetMessagesResponseDefault
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
    GetMessagesResponse200
    | GetMessagesResponse400
    | GetMessagesResponse401
    | GetMessagesResponse403
    | GetMessagesResponse404
    | GetMessagesResponse409
    | GetMessagesResponse413
    | GetMessagesResponse422
    | GetMessagesResponse429
    | GetMessagesResponse503
    | GetMessagesResponseDefault
]:
    """List messages

     Lists all messages within a conversation.

    This messages are returned in chronological order.

    Args:
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMessagesResponse200 | GetMessagesResponse400 | GetMessagesResponse401 | GetMessagesResponse403 | GetMessagesResponse404 | GetMessagesResponse409 | GetMessagesResponse413 | GetMessagesResponse422 | GetMessagesResponse429 | GetMessagesResponse503 | GetMessagesResponseDefault]
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
    GetMessagesResponse200
    | GetMessagesResponse400
    | GetMessagesResponse401
    | GetMessagesResponse403
    | GetMessagesResponse404
    | GetMessagesResponse409
    | GetMessagesResponse413
    | GetMessagesResponse422
    | GetMessagesResponse429
    | GetMessagesResponse503
    | GetMessagesResponseDefault
    | None
):
    """List messages

     Lists all messages within a conversation.

    This messages are returned in chronological order.

    Args:
        conversation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMessagesResponse200 | GetMessagesResponse400 | GetMessagesResponse401 | GetMessagesResponse403 | GetMessagesResponse404 | GetMessagesResponse409 | GetMessagesResponse413 | GetMessagesResponse422 | GetMessagesResponse429 | GetMessagesResponse503 | GetMessagesResponseDefault
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
        )
    ).parsed
