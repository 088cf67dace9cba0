from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final

import httpx

from ...client import AuthenticatedClient, Client
from ...models.get_conversations_response_200 import GetConversationsResponse200
from ...models.get_conversations_response_400 import GetConversationsResponse400
from ...models.get_conversations_response_401 import GetConversationsResponse401
from ...models.get_conversations_response_403 import GetConversationsResponse403
from ...models.get_conversations_response_404 import GetConversationsResponse404
from ...models.get_conversations_response_422 import GetConversationsResponse422
from ...models.get_conversations_response_429 import GetConversationsResponse429
from ...models.get_conversations_response_503 import GetConversationsResponse503
from ...models.get_conversations_response_default import GetConversationsResponseDefault
from ...types import UNSET, Response

METHOD: Final = "GET"
PATH: Final = "/conversation/v1/conversations"
REQUEST_BODY_MODEL: Final = None
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[
    Mapping[
        str,
        type[
            GetConversationsResponse200
            | GetConversationsResponse400
            | GetConversationsResponse401
            | GetConversationsResponse403
            | GetConversationsResponse404
            | GetConversationsResponse422
            | GetConversationsResponse429
            | GetConversationsResponse503
            | GetConversationsResponseDefault
        ],
    ]
] = {
    "200": GetConversationsResponse200,
    "400": GetConversationsResponse400,
    "401": GetConversationsResponse401,
    "403": GetConversationsResponse403,
    "404": GetConversationsResponse404,
    "422": GetConversationsResponse422,
    "429": GetConversationsResponse429,
    "503": GetConversationsResponse503,
    "default": GetConversationsResponseDefault,
}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    *,
    external_id: str,
) -> dict[str, Any]:
    """The request of get_conversations as keyword arguments of ``httpx.Client.request``."""

    params: dict[str, Any] = {}

    params["externalId"] = external_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/v1/conversations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetConversationsResponse200
    | GetConversationsResponse400
    | GetConversationsResponse401
    | GetConversationsResponse403
    | GetConversationsResponse404
    | GetConversationsResponse422
    | GetConversationsResponse429
    | GetConversationsResponse503
    | GetConversationsResponseDefault
):
    if response.status_code == 200:
        response_200 = GetConversationsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetConversationsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetConversationsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetConversationsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetConversationsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = GetConversationsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetConversationsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = GetConversationsResponse503.from_dict(response.json())

        return response_503

    response_default = GetConversationsResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetConversationsResponse200
    | GetConversationsResponse400
    | GetConversationsResponse401
    | GetConversationsResponse403
    | GetConversationsResponse404
    | GetConversationsResponse422
    | GetConversationsResponse429
    | GetConversationsResponse503
    | GetConversationsResponseDefault
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
    external_id: str,
) -> Response[
    GetConversationsResponse200
    | GetConversationsResponse400
    | GetConversationsResponse401
    | GetConversationsResponse403
    | GetConversationsResponse404
    | GetConversationsResponse422
    | GetConversationsResponse429
    | GetConversationsResponse503
    | GetConversationsResponseDefault
]:
    """List conversations

     Retrieves a list of conversation resources that match the specified criteria.

    You must provide at least one search criterion in the query parameters.

    Args:
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetConversationsResponse200 | GetConversationsResponse400 | GetConversationsResponse401 | GetConversationsResponse403 | GetConversationsResponse404 | GetConversationsResponse422 | GetConversationsResponse429 | GetConversationsResponse503 | GetConversationsResponseDefault]
    """

    kwargs = build_request(
        external_id=external_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    external_id: str,
) -> (
    GetConversationsResponse200
    | GetConversationsResponse400
    | GetConversationsResponse401
    | GetConversationsResponse403
    | GetConversationsResponse404
    | GetConversationsResponse422
    | GetConversationsResponse429
    | GetConversationsResponse503
    | GetConversationsResponseDefault
    | None
):
    """List conversations

     Retrieves a list of conversation resources that match the specified criteria.

    You must provide at least one search criterion in the query parameters.

    Args:
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConversationsResponse200 | GetConversationsResponse400 | GetConversationsResponse401 | GetConversationsResponse403 | GetConversationsResponse404 | GetConversationsResponse422 | GetConversationsResponse429 | GetConversationsResponse503 | GetConversationsResponseDefault
    """

    return sync_detailed(
        client=client,
        external_id=external_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    external_id: str,
) -> Response[
    GetConversationsResponse200
    | GetConversationsResponse400
    | GetConversationsResponse401
    | GetConversationsResponse403
    | GetConversationsResponse404
    | GetConversationsResponse422
    | GetConversationsResponse429
    | GetConversationsResponse503
    | GetConversationsResponseDefault
]:
    """List conversations

     Retrieves a list of conversation resources that match the specified criteria.

    You must provide at least one search criterion in the query parameters.

    Args:
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetConversationsResponse200 | GetConversationsResponse400 | GetConversationsResponse401 | GetConversationsResponse403 | GetConversationsResponse404 | GetConversationsResponse422 | GetConversationsResponse429 | GetConversationsResponse503 | GetConversationsResponseDefault]
    """

    kwargs = build_request(
        external_id=external_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    external_id: str,
) -> (
    GetConversationsResponse200
    | GetConversationsResponse400
    | GetConversationsResponse401
    | GetConversationsResponse403
    | GetConversationsResponse404
    | GetConversationsResponse422
    | GetConversationsResponse429
    | GetConversationsResponse503
    | GetConversationsResponseDefault
    | None
):
    """List conversations

     Retrieves a list of conversation resources that match the specified criteria.

    You must provide at least one search criterion in the query parameters.

    Args:
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetConversationsResponse200 | GetConversationsResponse400 | GetConversationsResponse401 | GetConversationsResponse403 | GetConversationsResponse404 | GetConversationsResponse422 | GetConversationsResponse429 | GetConversationsResponse503 | GetConversationsResponseDefault
    """

    return (
        await asyncio_detailed(
            client=client,
            external_id=external_id,
        )
    ).parsed
