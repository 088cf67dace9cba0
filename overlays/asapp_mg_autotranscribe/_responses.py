"""From an HTTP response to a result or a typed error; pure, shared by both clients."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import TypeVar

import httpx

from ._exceptions import (
    InvalidResponseError,
    RateLimitError,
    StreamingNotOkError,
    status_error_class,
)
from ._operations import Operation
from ._results import ResponseShapeError, StreamingResult

__all__ = ["parse_retry_after", "raise_for_status", "result_of"]

_ResultT = TypeVar("_ResultT")

_SNIPPET_CHARS = 200


def _parse_json(content: bytes) -> object:
    """``json.loads``; JSON nested deeper than Python can recurse is a ValueError too."""
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def result_of(
    operation: Operation[_ResultT], response: httpx.Response, *, truncated: bool
) -> _ResultT:
    """Parse a 2xx answer, or raise InvalidResponseError / StreamingNotOkError."""
    if truncated:
        raise InvalidResponseError(
            f"{operation.name}: response body is larger than the API ever sends; not read in full",
            response=response,
        )
    try:
        data = _parse_json(response.content)
    except ValueError:
        raise InvalidResponseError(
            f"{operation.name}: {response.status_code} response is not JSON: "
            + _describe_body(response),
            response=response,
        ) from None
    try:
        result = operation.parse(data)
    except ResponseShapeError as exc:
        raise InvalidResponseError(
            f"{operation.name}: response does not have the documented shape: {exc}",
            response=response,
        ) from None
    if operation.checks_is_ok and isinstance(result, StreamingResult) and not result.is_ok:
        raise StreamingNotOkError(result)
    return result


def raise_for_status(
    response: httpx.Response, *, truncated: bool, now: Callable[[], float] = time.time
) -> None:
    """Raise the APIStatusError subclass for a non-2xx answer, built from ASAPP's error body."""
    body: object = None
    request_id: str | None = None
    code: str | None = None
    message: str | None = None
    if not truncated:
        try:
            body = _parse_json(response.content)
        except ValueError:
            body = None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        request_id = _str_or_none(error.get("requestId"))
        code = _str_or_none(error.get("code"))
        message = _str_or_none(error.get("message"))
    if message is None:
        message = f"response body is not ASAPP's error shape: {_describe_body(response, truncated)}"
    if body is None:
        body = response.text if not truncated else None
    cls = status_error_class(response.status_code)
    if cls is RateLimitError:
        raise RateLimitError(
            message,
            response=response,
            body=body,
            request_id=request_id,
            code=code,
            retry_after=parse_retry_after(response.headers, now=now),
        )
    if 300 <= response.status_code < 400 and "location" in response.headers:
        message = f"redirect to {response.headers['location']} not followed; {message}"
    raise cls(message, response=response, body=body, request_id=request_id, code=code)


def parse_retry_after(
    headers: httpx.Headers, *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds the server asks to wait: ``retry-after-ms``, else ``Retry-After`` as
    seconds or as an HTTP date. None when absent or unreadable."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        seconds = _non_negative_float(milliseconds)
        if seconds is not None:
            return seconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _non_negative_float(value)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now())


def _non_negative_float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    # float() also reads "nan" and "inf".
    if not 0 <= value < float("inf"):
        return None
    return value


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _describe_body(response: httpx.Response, truncated: bool = False) -> str:
    content_type = response.headers.get("content-type", "no content type").split(";")[0]
    if not response.content:
        return f"empty body ({content_type})"
    text = " ".join(response.content[: _SNIPPET_CHARS * 4].decode("utf-8", "replace").split())
    if len(text) > _SNIPPET_CHARS:
        text = text[:_SNIPPET_CHARS] + "..."
    size = "over 1 MiB, truncated" if truncated else f"{len(response.content)} bytes"
    return f"{content_type}, {size}: {text!r}"
