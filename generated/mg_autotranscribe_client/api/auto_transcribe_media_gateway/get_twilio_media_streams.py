"""get_twilio_media_streams as openapi-python-client writes it (the SDK calls the operation through
the package's api module, not through these functions)."""

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_twilio_media_streams_response import GetTwilioMediaStreamsResponse
from ...types import Response


def build_request() -> dict[str, Any]:
    """The request of get_twilio_media_streams as keyword arguments of ``httpx.Client.request``."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mg-autotranscribe/v1/twilio-media-stream-url",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetTwilioMediaStreamsResponse:
    if response.status_code == 200:
        response_200 = GetTwilioMediaStreamsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetTwilioMediaStreamsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetTwilioMediaStreamsResponse]:
    """get_twilio_media_streams, as openapi-python-client writes it: the answer parsed by its status."""

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | GetTwilioMediaStreamsResponse]:
    """get_twilio_media_streams, as openapi-python-client writes it: the answer parsed by its status."""

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
