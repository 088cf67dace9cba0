from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Final, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transcript_event import TranscriptEvent
from ...types import Response

METHOD: Final = "POST"
PATH: Final = "/transcripts"
REQUEST_BODY_MODEL: Final = TranscriptEvent
"""The model of the JSON request body, or None when the request has none."""
RESPONSE_MODELS: Final[Mapping[str, type[Any]]] = {}
"""The model of each documented JSON answer, by status pattern ("200", "4XX", "default")."""


def build_request(
    *,
    body: TranscriptEvent,
) -> dict[str, Any]:
    """The request of receive_transcript as keyword arguments of ``httpx.Client.request``."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transcripts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 405:
        response_405 = response.text
        return response_405

    if response.status_code == 411:
        response_411 = response.text
        return response_411

    if response.status_code == 413:
        response_413 = response.text
        return response_413

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TranscriptEvent,
) -> Response[Any | str]:
    """Receive one utterance

     ASAPP's POST of one utterance. The URL and how ASAPP authenticates (a secret token in a header or
    the query string, a custom CA, mTLS, or OAuth2 client credentials) are agreed with ASAPP per
    customer; this document describes the secret token in a header (TranscriptToken). The receiver
    answers in this order: anything but POST 405, a missing, repeated or wrong token 401, a body over
    its bound 413, a body that is not a transcript event 400, else 204 once the event is handled (500 if
    handling it failed). It answers this path itself, never with a redirect.

    Args:
        body (TranscriptEvent): One complete utterance of one participant of a call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
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
    body: TranscriptEvent,
) -> Any | str | None:
    """Receive one utterance

     ASAPP's POST of one utterance. The URL and how ASAPP authenticates (a secret token in a header or
    the query string, a custom CA, mTLS, or OAuth2 client credentials) are agreed with ASAPP per
    customer; this document describes the secret token in a header (TranscriptToken). The receiver
    answers in this order: anything but POST 405, a missing, repeated or wrong token 401, a body over
    its bound 413, a body that is not a transcript event 400, else 204 once the event is handled (500 if
    handling it failed). It answers this path itself, never with a redirect.

    Args:
        body (TranscriptEvent): One complete utterance of one participant of a call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TranscriptEvent,
) -> Response[Any | str]:
    """Receive one utterance

     ASAPP's POST of one utterance. The URL and how ASAPP authenticates (a secret token in a header or
    the query string, a custom CA, mTLS, or OAuth2 client credentials) are agreed with ASAPP per
    customer; this document describes the secret token in a header (TranscriptToken). The receiver
    answers in this order: anything but POST 405, a missing, repeated or wrong token 401, a body over
    its bound 413, a body that is not a transcript event 400, else 204 once the event is handled (500 if
    handling it failed). It answers this path itself, never with a redirect.

    Args:
        body (TranscriptEvent): One complete utterance of one participant of a call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TranscriptEvent,
) -> Any | str | None:
    """Receive one utterance

     ASAPP's POST of one utterance. The URL and how ASAPP authenticates (a secret token in a header or
    the query string, a custom CA, mTLS, or OAuth2 client credentials) are agreed with ASAPP per
    customer; this document describes the secret token in a header (TranscriptToken). The receiver
    answers in this order: anything but POST 405, a missing, repeated or wrong token 401, a body over
    its bound 413, a body that is not a transcript event 400, else 204 once the event is handled (500 if
    handling it failed). It answers this path itself, never with a redirect.

    Args:
        body (TranscriptEvent): One complete utterance of one participant of a call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
