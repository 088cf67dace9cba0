from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.post_authenticate_body import PostAuthenticateBody
from ...models.post_authenticate_response_400 import PostAuthenticateResponse400
from ...models.post_authenticate_response_401 import PostAuthenticateResponse401
from ...models.post_authenticate_response_403 import PostAuthenticateResponse403
from ...models.post_authenticate_response_404 import PostAuthenticateResponse404
from ...models.post_authenticate_response_422 import PostAuthenticateResponse422
from ...models.post_authenticate_response_429 import PostAuthenticateResponse429
from ...models.post_authenticate_response_503 import PostAuthenticateResponse503
from ...models.post_authenticate_response_default import PostAuthenticateResponseDefault
from ...types import Response

METHOD: Final = "POST"
PATH: Final = "/conversation/v1/conversations/{conversation_id}/authenticate"
REQUEST_BODY_MODEL: Final = PostAuthenticateBody
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[
    Mapping[
        str,
        type[
            PostAuthenticateResponse400
            | PostAuthenticateResponse401
            | PostAuthenticateResponse403
            | PostAuthenticateResponse404
            | PostAuthenticateResponse422
            | PostAuthenticateResponse429
            | PostAuthenticateResponse503
            | PostAuthenticateResponseDefault
        ],
    ]
] = {
    "400": PostAuthenticateResponse400,
    "401": PostAuthenticateResponse401,
    "403": PostAuthenticateResponse403,
    "404": PostAuthenticateResponse404,
    "422": PostAuthenticateResponse422,
    "429": PostAuthenticateResponse429,
    "503": PostAuthenticateResponse503,
    "default": PostAuthenticateResponseDefault,
}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    conversation_id: str,
    *,
    body: PostAuthenticateBody,
) -> dict[str, Any]:
    """The request of post_authenticate as keyword arguments of ``httpx.Client.request``."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/v1/conversations/{conversation_id}/authenticate".format(
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
    Any
    | PostAuthenticateResponse400
    | PostAuthenticateResponse401
    | PostAuthenticateResponse403
    | PostAuthenticateResponse404
    | PostAuthenticateResponse422
    | PostAuthenticateResponse429
    | PostAuthenticateResponse503
    | PostAuthenticateResponseDefault
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = PostAuthenticateResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PostAuthenticateResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PostAuthenticateResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = PostAuthenticateResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = PostAuthenticateResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = PostAuthenticateResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = PostAuthenticateResponse503.from_dict(response.json())

        return response_503

    response_default = PostAuthenticateResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | PostAuthenticateResponse400
    | PostAuthenticateResponse401
    | PostAuthenticateResponse403
    | PostAuthenticateResponse404
    | PostAuthenticateResponse422
    | PostAuthenticateResponse429
    | PostAuthenticateResponse503
    | PostAuthenticateResponseDefault
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
    body: PostAuthenticateBody,
) -> Response[
    Any
    | PostAuthenticateResponse400
    | PostAuthenticateResponse401
    | PostAuthenticateResponse403
    | PostAuthenticateResponse404
    | PostAuthenticateResponse422
    | PostAuthenticateResponse429
    | PostAuthenticateResponse503
    | PostAuthenticateResponseDefault
]:
    """Authenticate a user in a conversation

     Stores customer-specific authentication credentials for use in integrated flows.

    - Can be called at any point during a conversation
    - Commonly used at the start of a conversation or after mid-conversation authentication
    - May trigger additional actions, such as GenerativeAgent API signals to customer webhooks

    <Note>This API only accepts the customer-specific auth credentials; the customer is responsible for
    handling
    the specific authentication mechanism.</Note>

    Args:
        conversation_id (str):
        body (PostAuthenticateBody): Contains authentication information for a customer in a
            conversation. Example: {'customerExternalId': 'customer-xyz', 'token': 'cGFzc3dvcmQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostAuthenticateResponse400 | PostAuthenticateResponse401 | PostAuthenticateResponse403 | PostAuthenticateResponse404 | PostAuthenticateResponse422 | PostAuthenticateResponse429 | PostAuthenticateResponse503 | PostAuthenticateResponseDefault]
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
    body: PostAuthenticateBody,
) -> (
    Any
    | PostAuthenticateResponse400
    | PostAuthenticateResponse401
    | PostAuthenticateResponse403
    | PostAuthenticateResponse404
    | PostAuthenticateResponse422
    | PostAuthenticateResponse429
    | PostAuthenticateResponse503
    | PostAuthenticateResponseDefault
    | None
):
    """Authenticate a user in a conversation

     Stores customer-specific authentication credentials for use in integrated flows.

    - Can be called at any point during a conversation
    - Commonly used at the start of a conversation or after mid-conversation authentication
    - May trigger additional actions, such as GenerativeAgent API signals to customer webhooks

    <Note>This API only accepts the customer-specific auth credentials; the customer is responsible for
    handling
    the specific authentication mechanism.</Note>

    Args:
        conversation_id (str):
        body (PostAuthenticateBody): Contains authentication information for a customer in a
            conversation. Example: {'customerExternalId': 'customer-xyz', 'token': 'cGFzc3dvcmQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostAuthenticateResponse400 | PostAuthenticateResponse401 | PostAuthenticateResponse403 | PostAuthenticateResponse404 | PostAuthenticateResponse422 | PostAuthenticateResponse429 | PostAuthenticateResponse503 | PostAuthenticateResponseDefault
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
    body: PostAuthenticateBody,
) -> Response[
    Any
    | PostAuthenticateResponse400
    | PostAuthenticateResponse401
    | PostAuthenticateResponse403
    | PostAuthenticateResponse404
    | PostAuthenticateResponse422
    | PostAuthenticateResponse429
    | PostAuthenticateResponse503
    | PostAuthenticateResponseDefault
]:
    """Authenticate a user in a conversation

     Stores customer-specific authentication credentials for use in integrated flows.

    - Can be called at any point during a conversation
    - Commonly used at the start of a conversation or after mid-conversation authentication
    - May trigger additional actions, such as GenerativeAgent API signals to customer webhooks

    <Note>This API only accepts the customer-specific auth credentials; the customer is responsible for
    handling
    the specific authentication mechanism.</Note>

    Args:
        conversation_id (str):
        body (PostAuthenticateBody): Contains authentication information for a customer in a
            conversation. Example: {'customerExternalId': 'customer-xyz', 'token': 'cGFzc3dvcmQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PostAuthenticateResponse400 | PostAuthenticateResponse401 | PostAuthenticateResponse403 | PostAuthenticateResponse404 | PostAuthenticateResponse422 | PostAuthenticateResponse429 | PostAuthenticateResponse503 | PostAuthenticateResponseDefault]
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
    body: PostAuthenticateBody,
) -> (
    Any
    | PostAuthenticateResponse400
    | PostAuthenticateResponse401
    | PostAuthenticateResponse403
    | PostAuthenticateResponse404
    | PostAuthenticateResponse422
    | PostAuthenticateResponse429
    | PostAuthenticateResponse503
    | PostAuthenticateResponseDefault
    | None
):
    """Authenticate a user in a conversation

     Stores customer-specific authentication credentials for use in integrated flows.

    - Can be called at any point during a conversation
    - Commonly used at the start of a conversation or after mid-conversation authentication
    - May trigger additional actions, such as GenerativeAgent API signals to customer webhooks

    <Note>This API only accepts the customer-specific auth credentials; the customer is responsible for
    handling
    the specific authentication mechanism.</Note>

    Args:
        conversation_id (str):
        body (PostAuthenticateBody): Contains authentication information for a customer in a
            conversation. Example: {'customerExternalId': 'customer-xyz', 'token': 'cGFzc3dvcmQ='}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PostAuthenticateResponse400 | PostAuthenticateResponse401 | PostAuthenticateResponse403 | PostAuthenticateResponse404 | PostAuthenticateResponse422 | PostAuthenticateResponse429 | PostAuthenticateResponse503 | PostAuthenticateResponseDefault
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
