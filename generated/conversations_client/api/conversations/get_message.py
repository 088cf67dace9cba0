from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_message_response_200 import GetMessageResponse200
from ...models.get_message_response_400 import GetMessageResponse400
from ...models.get_message_response_401 import GetMessageResponse401
from ...models.get_message_response_403 import GetMessageResponse403
from ...models.get_message_response_404 import GetMessageResponse404
from ...models.get_message_response_409 import GetMessageResponse409
from ...models.get_message_response_413 import GetMessageResponse413
from ...models.get_message_response_422 import GetMessageResponse422
from ...models.get_message_response_429 import GetMessageResponse429
from ...models.get_message_response_503 import GetMessageResponse503
from ...models.get_message_response_default import GetMessageResponseDefault
from ...types import Response

METHOD: Final = "GET"
PATH: Final = "/conversation/v1/conversations/{conversation_id}/messages/{message_id}"
REQUEST_BODY_MODEL: Final = None
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[
    Mapping[
        str,
        type[
            GetMessageResponse200
            | GetMessageResponse400
            | GetMessageResponse401
            | GetMessageResponse403
            | GetMessageResponse404
            | GetMessageResponse409
            | GetMessageResponse413
            | GetMessageResponse422
            | GetMessageResponse429
            | GetMessageResponse503
            | GetMessageResponseDefault
        ],
    ]
] = {
    "200": GetMessageResponse200,
    "400": GetMessageResponse400,
    "401": GetMessageResponse401,
    "403": GetMessageResponse403,
    "404": GetMessageResponse404,
    "409": GetMessageResponse409,
    "413": GetMessageResponse413,
    "422": GetMessageResponse422,
    "429": GetMessageResponse429,
    "503": GetMessageResponse503,
    "default": GetMessageResponseDefault,
}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    conversation_id: str,
    message_id: str,
) -> dict[str, Any]:
    """The request of get_message as keyword arguments of ``httpx.Client.request``."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/v1/conversations/{conversation_id}/messages/{message_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetMessageResponse200
    | GetMessageResponse400
    | GetMessageResponse401
    | GetMessageResponse403
    | GetMessageResponse404
    | GetMessageResponse409
    | GetMessageResponse413
    | GetMessageResponse422
    | GetMessageResponse429
    | GetMessageResponse503
    | GetMessageResponseDefault
):
    if response.status_code == 200:
        response_200 = GetMessageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetMessageResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetMessageResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetMessageResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetMessageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = GetMessageResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = GetMessageResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = GetMessageResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetMessageResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = GetMessageResponse503.from_dict(response.json())

        return response_503

    response_default = GetMessageResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetMessageResponse200
    | GetMessageResponse400
    | GetMessageResponse401
    | GetMessageResponse403
    | GetMessageResponse404
    | GetMessageResponse409
    | GetMessageResponse413
    | GetMessageResponse422
    | GetMessageResponse429
    | GetMessageResponse503
    | GetMessageResponseDefault
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetMessageResponse200
    | GetMessageResponse400
    | GetMessageResponse401
    | GetMessageResponse403
    | GetMessageResponse404
    | GetMessageResponse409
    | GetMessageResponse413
    | GetMessageResponse422
    | GetMessageResponse429
    | GetMessageResponse503
    | GetMessageResponseDefault
]:
    """Retrieve a message

     Retrieve the details of a message from a conversation.

    Args:
        conversation_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMessageResponse200 | GetMessageResponse400 | GetMessageResponse401 | GetMessageResponse403 | GetMessageResponse404 | GetMessageResponse409 | GetMessageResponse413 | GetMessageResponse422 | GetMessageResponse429 | GetMessageResponse503 | GetMessageResponseDefault]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetMessageResponse200
    | GetMessageResponse400
    | GetMessageResponse401
    | GetMessageResponse403
    | GetMessageResponse404
    | GetMessageResponse409
    | GetMessageResponse413
    | GetMessageResponse422
    | GetMessageResponse429
    | GetMessageResponse503
    | GetMessageResponseDefault
    | None
):
    """Retrieve a message

     Retrieve the details of a message from a conversation.

    Args:
        conversation_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMessageResponse200 | GetMessageResponse400 | GetMessageResponse401 | GetMessageResponse403 | GetMessageResponse404 | GetMessageResponse409 | GetMessageResponse413 | GetMessageResponse422 | GetMessageResponse429 | GetMessageResponse503 | GetMessageResponseDefault
    """

    return sync_detailed(
        conversation_id=conversation_id,
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetMessageResponse200
    | GetMessageResponse400
    | GetMessageResponse401
    | GetMessageResponse403
    | GetMessageResponse404
    | GetMessageResponse409
    | GetMessageResponse413
    | GetMessageResponse422
    | GetMessageResponse429
    | GetMessageResponse503
    | GetMessageResponseDefault
]:
    """Retrieve a message

     Retrieve the details of a message from a conversation.

    Args:
        conversation_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMessageResponse200 | GetMessageResponse400 | GetMessageResponse401 | GetMessageResponse403 | GetMessageResponse404 | GetMessageResponse409 | GetMessageResponse413 | GetMessageResponse422 | GetMessageResponse429 | GetMessageResponse503 | GetMessageResponseDefault]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetMessageResponse200
    | GetMessageResponse400
    | GetMessageResponse401
    | GetMessageResponse403
    | GetMessageResponse404
    | GetMessageResponse409
    | GetMessageResponse413
    | GetMessageResponse422
    | GetMessageResponse429
    | GetMessageResponse503
    | GetMessageResponseDefault
    | None
):
    """Retrieve a message

     Retrieve the details of a message from a conversation.

    Args:
        conversation_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMessageResponse200 | GetMessageResponse400 | GetMessageResponse401 | GetMessageResponse403 | GetMessageResponse404 | GetMessageResponse409 | GetMessageResponse413 | GetMessageResponse422 | GetMessageResponse429 | GetMessageResponse503 | GetMessageResponseDefault
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            message_id=message_id,
            client=client,
        )
    ).parsed
