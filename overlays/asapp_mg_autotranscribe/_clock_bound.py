"""The sync client's own connections: no socket read, write or connect waits past the end of
the current attempt (``ATTEMPT_ENDS_AT``), so that a server trickling its headers, flooding
``100 Continue`` or stalling mid-body is cut off on time.

httpcore reads the whole of an answer's head with one per-read timeout and no bound on the
whole; here every read is given what is left of the attempt instead. Imported when the
sync client makes its pool, not with the package.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._transport import ATTEMPT_ENDS_AT

__all__ = ["ClockBoundClient", "ClockBoundTransport"]


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


class ClockBoundTransport(httpx.HTTPTransport):
    """httpx's transport, direct or to a proxy, its connections following the attempt's clock."""

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        # Every pool httpcore has (direct, HTTP proxy, SOCKS proxy) opens its connections
        # through this backend; httpx leaves it at the default one.
        self._pool._network_backend = _ClockBoundBackend()


class ClockBoundClient(httpx.Client):
    """An httpx.Client made as httpx makes it (proxies and certificates from the environment,
    pool limits), each of its transports clock-bound: httpx builds them in these two hooks,
    passing every setting by keyword."""

    def _init_transport(self, **settings: Any) -> httpx.BaseTransport:  # type: ignore[override]
        settings.pop("transport", None)  # None: the SDK gives its client no transport
        return ClockBoundTransport(**settings)

    def _init_proxy_transport(  # type: ignore[override]
        self, proxy: httpx.Proxy, **settings: Any
    ) -> httpx.BaseTransport:
        return ClockBoundTransport(proxy=proxy, **settings)
