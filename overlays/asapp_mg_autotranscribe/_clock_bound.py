"""The sync client's own connections: no socket read, write or connect waits past the end of
the current attempt (``ATTEMPT_ENDS_AT``), so that a server trickling its headers, flooding
``100 Continue`` or stalling mid-body is cut off on time.

httpcore reads the whole of an answer's head with one per-read timeout and no bound on the
whole; here every read is given what is left of the attempt instead. The pool is httpcore's
own ``ConnectionPool``, built with a network backend of the SDK's (``network_backend=``,
public in httpcore), and reaches httpx as a transport (``transport=`` / ``mounts=``, public
in httpx): no private hook of either. Imported when the sync client makes its pool, not
with the package.
"""

from __future__ import annotations

import contextlib
import ssl
import time
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, cast

import httpcore
import httpx

from ._connections import POOL_LIMITS
from ._transport import ATTEMPT_ENDS_AT

__all__ = ["ClockBoundTransport"]


def _time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` shortened to what is left of the current attempt; ``error`` if none is."""
    ends_at = ATTEMPT_ENDS_AT.get()
    if ends_at is None:
        return timeout
    left = ends_at - time.monotonic()
    if left <= 0:
        raise error("the attempt ran out of time")
    return left if timeout is None or left < timeout else timeout


class _ClockBoundStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the attempt's end."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _ClockBoundStream(self._stream.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _ClockBoundBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, with connections bound by the attempt's end."""

    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        stream = self._backend.connect_tcp(host, port, left, local_address, socket_options)
        return _ClockBoundStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover (the SDK connects over TCP)
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _ClockBoundStream(self._backend.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover (httpcore retries are off)
        self._backend.sleep(seconds)


class ClockBoundTransport(httpx.BaseTransport):
    """httpx's HTTP transport (HTTP/1.1, httpx's pool limits), direct or through ``proxy``,
    on an httpcore pool whose connections follow the attempt's clock."""

    def __init__(self, ssl_context: ssl.SSLContext, *, proxy: httpx.Proxy | None = None) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            proxy=None if proxy is None else _httpcore_proxy(proxy),
            max_connections=POOL_LIMITS.max_connections,
            max_keepalive_connections=POOL_LIMITS.max_keepalive_connections,
            keepalive_expiry=POOL_LIMITS.keepalive_expiry,
            network_backend=_ClockBoundBackend(),
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(cast(_ClosableBody, response.stream)),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _ClosableBody(Protocol):
    """A body as httpcore's sync pool answers with it."""

    def __iter__(self) -> Iterator[bytes]: ...
    def close(self) -> None: ...


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: _ClosableBody) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors():
            yield from self._stream

    def close(self) -> None:
        self._stream.close()


def _httpcore_proxy(proxy: httpx.Proxy) -> httpcore.Proxy:
    url = proxy.url
    return httpcore.Proxy(
        url=httpcore.URL(
            scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
        ),
        auth=proxy.raw_auth,
        headers=proxy.headers.raw,
        ssl_context=proxy.ssl_context,
    )


# Each httpcore error and the httpx error of the same name, which the SDK handles.
_HTTPX_ERRORS: dict[type[Exception], type[httpx.TransportError]] = {
    httpcore.TimeoutException: httpx.TimeoutException,
    httpcore.ConnectTimeout: httpx.ConnectTimeout,
    httpcore.ReadTimeout: httpx.ReadTimeout,
    httpcore.WriteTimeout: httpx.WriteTimeout,
    httpcore.PoolTimeout: httpx.PoolTimeout,
    httpcore.NetworkError: httpx.NetworkError,
    httpcore.ConnectError: httpx.ConnectError,
    httpcore.ReadError: httpx.ReadError,
    httpcore.WriteError: httpx.WriteError,
    httpcore.ProxyError: httpx.ProxyError,
    httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
    httpcore.ProtocolError: httpx.ProtocolError,
    httpcore.LocalProtocolError: httpx.LocalProtocolError,
    httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
}


@contextlib.contextmanager
def _as_httpx_errors() -> Iterator[None]:
    """httpcore's errors raised as httpx's, the nearest match (as httpx's own transport does)."""
    try:
        yield
    except Exception as error:
        for kind in type(error).__mro__:
            httpx_error = _HTTPX_ERRORS.get(kind)
            if httpx_error is not None:
                raise httpx_error(str(error)) from error
        raise
