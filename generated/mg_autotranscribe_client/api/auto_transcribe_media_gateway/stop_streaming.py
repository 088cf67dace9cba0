"""stop_streaming as openapi-python-client writes it (the SDK calls the operation through
the package's api module, not through these functions)."""

from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.stop_streaming_request import StopStreamingRequest
from ...models.stop_streaming_response import StopStreamingResponse
from ...models.stop_streaming_response_400 import StopStreamingResponse400
from ...models.stop_streaming_response_401 import StopStreamingResponse401
from ...models.stop_streaming_response_403 import StopStreamingResponse403
from ...models.stop_streaming_response_404 import StopStreamingResponse404
from ...models.stop_streaming_response_409 import StopStreamingResponse409
from ...models.stop_streaming_response_413 import StopStreamingResponse413
from ...models.stop_streaming_response_422 import StopStreamingResponse422
from ...models.stop_streaming_response_429 import StopStreamingResponse429
from ...models.stop_streaming_response_503 import StopStreamingResponse503
from ...models.stop_streaming_response_default import StopStreamingResponseDefault
from ...types import Response


def build_request(
    *,
    body: StopStreamingRequest,
) -> dict[str, Any]:
    """The request of stop_streaming as keyword arguments of ``httpx.Client.request``."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mg-autotranscribe/v1/stop-streaming",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    StopStreamingResponse
    | StopStreamingResponse400
    | StopStreamingResponse401
    | StopStreamingResponse403
    | StopStreamingResponse404
    | StopStreamingResponse409
    | StopStreamingResponse413
    | StopStreamingResponse422
    | StopStreamingResponse429
    | StopStreamingResponse503
    | StopStreamingResponseDefault
):
    if response.status_code == 200:
        response_200 = StopStreamingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = StopStreamingResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StopStreamingResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = StopStreamingResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = StopStreamingResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = StopStreamingResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = StopStreamingResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = StopStreamingResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = StopStreamingResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = StopStreamingResponse503.from_dict(response.json())

        return response_503

    response_default = StopStreamingResponseDefault.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    StopStreamingResponse
    | StopStreamingResponse400
    | StopStreamingResponse401
    | StopStreamingResponse403
    | StopStreamingResponse404
    | StopStreamingResponse409
    | StopStreamingResponse413
    | StopStreamingResponse422
    | StopStreamingResponse429
    | StopStreamingResponse503
    | StopStreamingResponseDefault
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
    body: StopStreamingRequest,
) -> Response[
    StopStreamingResponse
    | StopStreamingResponse400
    | StopStreamingResponse401
    | StopStreamingResponse403
    | StopStreamingResponse404
    | StopStreamingResponse409
    | StopStreamingResponse413
    | StopStreamingResponse422
    | StopStreamingResponse429
    | StopStreamingResponse503
    | StopStreamingResponseDefault
]:
    """stop_streaming, as openapi-python-client writes it: the answer parsed by its status."""

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
    body: StopStreamingRequest,
) -> Response[
    StopStreamingResponse
    | StopStreamingResponse400
    | StopStreamingResponse401
    | StopStreamingResponse403
    | StopStreamingResponse404
    | StopStreamingResponse409
    | StopStreamingResponse413
    | StopStreamingResponse422
    | StopStreamingResponse429
    | StopStreamingResponse503
    | StopStreamingResponseDefault
]:
    """stop_streaming, as openapi-python-client writes it: the answer parsed by its status."""

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
