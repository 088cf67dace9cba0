"""The secret walk itself: it finds a secret planted at each place it promises to look."""

from __future__ import annotations

import httpx
import pytest
from doubles import API_SECRET
from secrets_walk import assert_secret_unreachable, secret_paths

from asapp_mg_autotranscribe import APIConnectionError, APIStatusError, InvalidResponseError


def _request(secret: str = "[redacted]") -> httpx.Request:
    return httpx.Request("GET", "https://api.example.test/x", headers={"asapp-api-secret": secret})


def _status_error(response: httpx.Response) -> APIStatusError:
    return APIStatusError("418 I'm a teapot", response=response, body=None)


def test_a_clean_error_has_no_path() -> None:
    error = _status_error(httpx.Response(418, request=_request()))
    assert secret_paths(error) == []
    assert_secret_unreachable(error)


def test_finds_the_secret_in_a_next_request_header() -> None:
    response = httpx.Response(307, request=_request())
    response.next_request = _request(API_SECRET)
    paths = secret_paths(_status_error(response))
    assert "error.response.next_request.headers['asapp-api-secret']" in paths
    assert "error (pickled)" in paths


def test_finds_the_secret_in_the_request_of_the_response() -> None:
    paths = secret_paths(_status_error(httpx.Response(400, request=_request(API_SECRET))))
    assert "error.response.request.headers['asapp-api-secret']" in paths


def test_finds_the_secret_in_a_response_body() -> None:
    response = httpx.Response(200, content=f"<p>{API_SECRET}</p>".encode(), request=_request())
    paths = secret_paths(InvalidResponseError("not JSON", response=response))
    assert "error.response.content" in paths


def test_finds_the_secret_down_the_cause_and_context_chain() -> None:
    inner = httpx.ConnectError(f"refused {API_SECRET}", request=_request())
    try:
        try:
            raise inner
        except httpx.ConnectError:
            raise ValueError("middle") from None
    except ValueError as middle:
        outer = APIConnectionError("no connection", request=_request())
        outer.__cause__ = middle
    paths = secret_paths(outer)
    assert "error.__cause__.__context__ (str)" in paths
    assert "error.__cause__.__context__.args[0]" in paths


def test_finds_the_secret_in_an_attribute_and_in_args() -> None:
    error = APIConnectionError(f"failed for {API_SECRET}", request=_request())
    error.note = {"headers": ("x", API_SECRET)}  # type: ignore[attr-defined]
    paths = secret_paths(error)
    assert "error.args[0]" in paths
    assert "error.note['headers'][1]" in paths
    with pytest.raises(AssertionError, match="reachable"):
        assert_secret_unreachable(error)
