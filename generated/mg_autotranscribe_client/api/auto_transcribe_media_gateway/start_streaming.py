"""start_streaming as openapi-python-client writes it (the SDK calls the operation through
the package's api module, not through these functions)."""

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.start_streaming_request import StartStreamingRequest
from ...models.start_streaming_response import StartStreamingResponse
from ...models.start_streaming_response_400 import StartStreamingResponse400
from ...models.start_streaming_response_401 import StartStreamingResponse401
from ...models.start_streaming_response_403 import StartStreamingResponse403
from ...models.start_streaming_response_404 import StartStreamingResponse404
from ...models.start_streaming_response_409 import StartStreamingResponse409
from ...models.start_streaming_response_413 import StartStreamingResponse413
from ...models.start_streaming_response_422 import StartStreamingResponse422
from ...models.start_streaming_response_429 import StartStreamingResponse429
from ...models.start_streaming_response_503 import StartStreamingResponse503
from ...models.start_streaming_response_default import StartStreamingResponseDefault
from ...types import Response


def build_request(
    *,
    body: StartStreamingRequest,
) -> dict[str, Any]:
    """The request of start_streaming as keyword arguments of ``httpx.Client.request``."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mg-autotranscribe/v1/start-streaming",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    StartStreamingResponse
    | StartStreamingResponse400
    | StartStreamingResponse401
    | StartStreamingResponse403
    | StartStreamingResponse404
    | StartStreamingResponse409
    | StartStreamingResponse413
    | StartStreamingResponse422
    | StartStreamingResponse429
    | StartStreamingResponse503
    | StartStreamingResponseDefault
):
    if response.status_code == 200:
        response_200 = StartStreamingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = StartStreamingResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StartStreamingResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = StartStreamingResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = StartStreamingResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = StartStreamingResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = StartStreamingResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = StartStreamingResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = StartStreamingResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = StartStreamingResponse503.from_dict(response.json())

        return response_503

    response_default = StartStreamingResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    StartStreamingResponse
    | StartStreamingResponse400
    | StartStreamingResponse401
    | StartStreamingResponse403
    | StartStreamingResponse404
    | StartStreamingResponse409
    | StartStreamingResponse413
    | StartStreamingResponse422
    | StartStreamingResponse429
    | StartStreamingResponse503
    | StartStreamingResponseDefault
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
    body: StartStreamingRequest,
) -> Response[
    StartStreamingResponse
    | StartStreamingResponse400
    | StartStreamingResponse401
    | StartStreamingResponse403
    | StartStreamingResponse404
    | StartStreamingResponse409
    | StartStreamingResponse413
    | StartStreamingResponse422
    | StartStreamingResponse429
    | StartStreamingResponse503
    | StartStreamingResponseDefault
]:
    """start_streaming, as openapi-python-client writes it: the answer parsed by its status."""

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartStreamingRequest,
) -> Response[
    StartStreamingResponse
    | StartStreamingResponse400
    | StartStreamingResponse401
    | StartStreamingResponse403
    | StartStreamingResponse404
    | StartStreamingResponse409
    | StartStreamingResponse413
    | StartStreamingResponse422
    | StartStreamingResponse429
    | StartStreamingResponse503
    | StartStreamingResponseDefault
]:
    """start_streaming, as openapi-python-client writes it: the answer parsed by its status."""

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
