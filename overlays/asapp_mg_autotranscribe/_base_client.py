"""What the sync and async clients share: everything but the I/O.

Each client's request loop is a few lines of ``send`` / ``sleep``; building the request,
reading the body within its bounds, deciding on retries and mapping the answer happen here.
"""

from __future__ import annotations

import platform
import time
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._config import ClientConfig, NotGiven, TimeoutTypes, resolve_config
from ._constants import API_ID_HEADER, API_SECRET_HEADER, MAX_RESPONSE_BYTES
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    InvalidResponseError,
)
from ._logging import logger
from ._operations import Operation
from ._responses import parse_retry_after, raise_for_status, result_of
from ._retries import RetryPolicy
from ._version import __title__, __version__

__all__ = ["BaseClient", "BodyReader", "Retry"]

_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)
_ResultT = TypeVar("_ResultT")

_USER_AGENT = (
    f"{__title__}/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)
_REDACTED = "[redacted]"


@attrs.frozen
class Retry:
    """The decision to try again after ``delay`` seconds."""

    delay: float


class BodyReader:
    """Collects a response body up to MAX_RESPONSE_BYTES and within the attempt's deadline."""

    def __init__(self, request: httpx.Request, deadline: float | None) -> None:
        self._request = request
        self._deadline = deadline
        self._chunks: list[bytes] = []
        self._size = 0
        self.truncated = False

    def feed(self, chunk: bytes) -> bool:
        """Keep ``chunk``; False once enough has been read. Raises ReadTimeout past the deadline."""
        self.check_deadline()
        room = MAX_RESPONSE_BYTES - self._size
        if len(chunk) > room:
            self._chunks.append(chunk[:room])
            self.truncated = True
            return False
        self._chunks.append(chunk)
        self._size += len(chunk)
        return True

    def undecodable(self, response: httpx.Response, error: httpx.DecodingError) -> None:
        """After the body failed to decompress: raise for a 2xx; otherwise drop the body, so
        that the status is still mapped (and retried) as if the body had been empty."""
        if response.is_success:
            raise error
        self._chunks.clear()
        self._size = 0

    def check_deadline(self) -> None:
        """Raise ReadTimeout if the attempt has run past its deadline."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the response did not arrive in time", request=self._request)

    def finish(self, response: httpx.Response) -> None:
        """Attach the collected body to ``response`` (which is then closed by the caller)."""
        response._content = b"".join(self._chunks)


class BaseClient(Generic[_HttpClientT]):
    """Settings, request building, retry decisions and response mapping for both clients."""

    _config: ClientConfig
    _http: _HttpClientT
    _owns_http: bool
    _retry_policy: RetryPolicy
    _per_request: dict[str, Any]
    _http_client_class: type[_HttpClientT]

    def __init__(
        self,
        *,
        api_id: str | None,
        api_secret: str | None,
        base_url: str | httpx.URL | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        http_client: _HttpClientT | None,
        environment: Mapping[str, str] | None,
    ) -> None:
        self._config = resolve_config(
            api_id=api_id,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            environment=environment,
        )
        self._retry_policy = RetryPolicy(self._config.max_retries)
        self._headers = {
            API_ID_HEADER: self._config.api_id,
            API_SECRET_HEADER: self._config.api_secret,
            "accept": "application/json",
            "user-agent": _USER_AGENT,
        }
        self._base_url = str(self._config.base_url)
        if http_client is None:
            self._http = self._default_http_client(self._headers)
            self._owns_http = True
            self._per_request = {}
        else:
            if not isinstance(http_client, self._http_client_class):
                expected = f"httpx.{self._http_client_class.__name__}"
                raise ConfigurationError(
                    f"http_client must be an {expected}, not {type(http_client).__name__}"
                )
            self._http = http_client
            self._owns_http = False
            # A caller's client has its own defaults; ours go on every request instead.
            self._per_request = {"headers": self._headers, "timeout": self._config.timeout}

    def _default_http_client(self, headers: Mapping[str, str]) -> _HttpClientT:
        """A pooled client with our headers and timeout as its defaults."""
        raise NotImplementedError

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL, such as ``https://api.sandbox.asapp.com``."""
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be repeated."""
        return self._config.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each request."""
        return self._config.timeout

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, "
            f"api_id={self._config.api_id!r}, api_secret='***')"
        )

    def _build_request(self, operation: Operation[object]) -> httpx.Request:
        return self._http.build_request(
            operation.method,
            self._base_url + operation.path,
            json=operation.json,
            **self._per_request,
        )

    def _body_reader(self, request: httpx.Request) -> BodyReader:
        deadline = self._config.attempt_deadline
        return BodyReader(request, None if deadline is None else time.monotonic() + deadline)

    def _on_response(
        self,
        operation: Operation[_ResultT],
        response: httpx.Response,
        reader: BodyReader,
        attempt: int,
    ) -> _ResultT | Retry:
        """The result, a Retry, or the error to raise, for one complete response."""
        status = response.status_code
        logger.info("%s %s -> %d", operation.method, response.request.url, status)
        if 200 <= status < 300:
            return result_of(operation, response, truncated=reader.truncated)
        retry_after = parse_retry_after(response.headers) if status in (429, 503) else None
        delay = self._retry_policy.delay_after_status(operation, status, retry_after, attempt)
        if delay is not None:
            self._log_retry(operation, attempt, delay, f"status {status}")
            return Retry(delay)
        raise_for_status(response, truncated=reader.truncated)
        raise AssertionError("unreachable")  # pragma: no cover

    def _on_error(
        self,
        operation: Operation[object],
        request: httpx.Request,
        error: httpx.RequestError,
        attempt: int,
    ) -> Retry:
        """A Retry after a transport error, or the typed error raised from it."""
        delay = self._retry_policy.delay_after_error(operation, error, attempt)
        if delay is not None:
            self._log_retry(operation, attempt, delay, type(error).__name__)
            return Retry(delay)
        where = f"{operation.method} {request.url}"
        if isinstance(error, httpx.TimeoutException):
            raise APITimeoutError(
                f"{operation.name}: timed out ({where})", request=request
            ) from error
        if isinstance(error, httpx.DecodingError):
            raise InvalidResponseError(
                f"{operation.name}: response body could not be decoded: {error}", response=None
            ) from error
        detail = str(error) or type(error).__name__
        raise APIConnectionError(
            f"{operation.name}: {detail} ({where})", request=request
        ) from error

    def _log_retry(
        self, operation: Operation[object], attempt: int, delay: float, why: str
    ) -> None:
        logger.info(
            "%s: %s; retrying in %.2f s (retry %d of %d)",
            operation.name,
            why,
            delay,
            attempt + 1,
            self._config.max_retries,
        )

    @staticmethod
    def _forget_secret(request: httpx.Request) -> None:
        # Errors keep the request (and response.request); its headers must not hold the secret.
        request.headers[API_SECRET_HEADER] = _REDACTED
