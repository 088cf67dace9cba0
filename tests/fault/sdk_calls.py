"""One SDK call through either client, and the checks every fault scenario ends with.

``call`` builds the client the way users do (its own httpx pool), makes one API call with
an injected sleep, checks that no pooled connection is left in use, then closes the client.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import httpcore
import httpx
from doubles import API_ID, API_SECRET, CALLS, OK_BODIES

from asapp_mg_autotranscribe import (
    APITimeoutError,
    ASAPPError,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    StreamingResult,
)

__all__ = [
    "CALLS",
    "OK_BODIES",
    "Outcome",
    "assert_no_secret_in_error",
    "assert_no_secret_in_logs",
    "call",
    "connection_pool",
    "cut_by_the_clock",
]

# CALLS and OK_BODIES (from doubles) are re-exported for the fault tests.

CALL_BOUND = 10.0  # the longest any one SDK call may take, retries included

_Client = AutoTranscribeClient | AsyncAutoTranscribeClient
_Pool = httpcore.ConnectionPool | httpcore.AsyncConnectionPool


@dataclass
class Outcome:
    """What one call gave: a result or the SDK error, the retry waits, and the time taken."""

    result: object = None
    error: ASAPPError | None = None
    sleeps: list[float] = field(default_factory=list)
    elapsed: float = 0.0

    def raised(self, cls: type[ASAPPError]) -> Any:
        """The error, checked to be a ``cls`` and to carry no secret."""
        assert isinstance(self.error, cls), f"expected {cls.__name__}, got {self.error!r}"
        assert str(self.error)
        assert_no_secret_in_error(self.error)
        return self.error


def call(
    kind: str,
    base_url: str,
    operation: str,
    *,
    timeout: float = 2.0,
    max_retries: int = 2,
    **client_settings: Any,
) -> Outcome:
    """Make ``operation`` through the sync or async client; ASAPPError is caught, not raised.
    ``client_settings`` go to the client's constructor (``deadline=...``)."""
    settings: dict[str, Any] = {
        "api_id": API_ID,
        "api_secret": API_SECRET,
        "base_url": base_url,
        "timeout": timeout,
        "max_retries": max_retries,
        "environment": {},
        **client_settings,
    }
    if kind == "sync":
        return _call_sync(operation, settings)
    return asyncio.run(asyncio.wait_for(_call_async(operation, settings), CALL_BOUND))


def _call_sync(operation: str, settings: dict[str, Any]) -> Outcome:
    outcome = Outcome()
    method, arguments = CALLS[operation]
    with AutoTranscribeClient(sleep=outcome.sleeps.append, **settings) as client:
        started = time.monotonic()
        try:
            outcome.result = getattr(client, method)(**arguments)
        except ASAPPError as exc:
            outcome.error = exc
        outcome.elapsed = time.monotonic() - started
        _assert_no_connection_in_use(connection_pool(client))
    _assert_all_closed(connection_pool(client))
    _check_result(operation, outcome)
    return outcome


async def _call_async(operation: str, settings: dict[str, Any]) -> Outcome:
    outcome = Outcome()
    method, arguments = CALLS[operation]

    async def sleep(delay: float) -> None:
        outcome.sleeps.append(delay)

    async with AsyncAutoTranscribeClient(sleep=sleep, **settings) as client:
        started = time.monotonic()
        try:
            outcome.result = await getattr(client, method)(**arguments)
        except ASAPPError as exc:
            outcome.error = exc
        outcome.elapsed = time.monotonic() - started
        _assert_no_connection_in_use(connection_pool(client))
    _assert_all_closed(connection_pool(client))
    _check_result(operation, outcome)
    return outcome


def cut_by_the_clock(error: BaseException) -> bool:
    """Whether ``error`` and each error on its cause chain is a timeout: the client's clock
    ended the call, not the server (a hang-up, say, after the server's own BOUND)."""
    timeouts = (
        APITimeoutError,
        httpx.TimeoutException,
        httpcore.TimeoutException,
        TimeoutError,
        asyncio.CancelledError,
    )
    cause: BaseException | None = error
    while cause is not None:
        if not isinstance(cause, timeouts):
            return False
        cause = cause.__cause__ or cause.__context__
    return True


def _check_result(operation: str, outcome: Outcome) -> None:
    if outcome.error is None:
        expected = str if operation == "stream_url" else StreamingResult
        assert isinstance(outcome.result, expected), outcome.result


def connection_pool(client: _Client) -> _Pool:
    """The httpcore pool under the client's own httpx client (private paths, kept here only)."""
    transport = client._pool.http._transport_for_url(client.base_url)
    pool = transport._pool  # type: ignore[union-attr]
    assert isinstance(pool, httpcore.ConnectionPool | httpcore.AsyncConnectionPool)
    return pool


def _assert_no_connection_in_use(pool: _Pool) -> None:
    assert not pool._requests, f"requests still hold the pool: {pool!r}"
    busy = [conn for conn in pool.connections if not (conn.is_idle() or conn.is_closed())]
    assert not busy, f"connections left in use: {busy}"


def _assert_all_closed(pool: _Pool) -> None:
    assert all(conn.is_closed() for conn in pool.connections), pool.connections


def assert_no_secret_in_error(error: BaseException) -> None:
    """Neither the error nor anything on its __cause__/__context__ chain shows the secret,
    in str(), repr() or the headers of the request it keeps."""
    seen: set[int] = set()
    chain: list[BaseException] = [error]
    while chain:
        exc = chain.pop()
        if id(exc) in seen:
            continue
        seen.add(id(exc))
        for text in (str(exc), repr(exc), *_header_values(exc)):
            assert API_SECRET not in text, f"secret in {type(exc).__name__}: {text!r}"
        chain.extend(link for link in (exc.__cause__, exc.__context__) if link is not None)


def _header_values(exc: BaseException) -> Iterable[str]:
    request: object = None
    try:
        request = getattr(exc, "request", None)
    except RuntimeError:  # an httpx error raised without a request
        request = None
    response = getattr(exc, "response", None)
    if request is None and isinstance(response, httpx.Response):
        request = response.request
    if isinstance(request, httpx.Request):
        yield from (value.decode("latin-1") for _, value in request.headers.raw)


def assert_no_secret_in_logs(records: list[logging.LogRecord]) -> None:
    """No captured record, its arguments or its traceback text shows the secret."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in records:
        text = formatter.format(record) + repr(record.args)
        assert API_SECRET not in text, f"secret logged by {record.name}: {text!r}"
