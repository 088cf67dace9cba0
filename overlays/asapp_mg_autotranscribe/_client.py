"""AutoTranscribeClient and AsyncAutoTranscribeClient: the I/O loops around BaseClient.

The operations' methods are generated from the specs (``_generated``: SyncMethods and its
kin, one method per operation, for both clients and their ``with_raw_response``); the
Twilio helpers (``_media_gateway._twilio``) are bound here beside them.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, overload

import httpx

from ._base_client import TRANSPORT_ERRORS, BaseClient, CallState, Retry
from ._config import NOT_GIVEN, NotGiven, TimeoutTypes
from ._constants import DEFAULT_MAX_RETRIES
from ._exceptions import ClientClosedError
from ._generated import AsyncMethods, AsyncRawMethods, SyncMethods, SyncRawMethods
from ._media_gateway import _twilio
from ._media_gateway._answers import START_STREAMING, STOP_STREAMING
from ._methods import async_method, async_raw_method, sync_method, sync_raw_method
from ._transport import ATTEMPT_ENDS_AT, ahold_location, hold_location

if TYPE_CHECKING:
    from ._connections import PoolSettings
    from ._endpoint import PreparedCall
    from ._raw_response import RawResponse

__all__ = [
    "AsyncAutoTranscribeClient",
    "AsyncRawResponses",
    "AutoTranscribeClient",
    "RawResponses",
]

_ResultT = TypeVar("_ResultT")
_ModelT = TypeVar("_ModelT")


class AutoTranscribeClient(BaseClient[httpx.Client], SyncMethods):
    """Client for ASAPP's Media Gateway AutoTranscribe API (and the after-call transcript).

    Credentials come from the arguments, else from ``ASAPP_API_ID`` and
    ``ASAPP_API_SECRET``; the base URL from ``base_url``, else ``ASAPP_API_HOST``, else
    the sandbox. Settings are checked here: a problem raises ConfigurationError now,
    not at the first call. One pooled connection set per client: share the client,
    and close it (or use it as a context manager) when done::

        with AutoTranscribeClient(deadline=10.0) as client:
            url = client.get_twilio_media_stream_url()

    ``deadline`` bounds each whole call (attempts and waits; None: no bound);
    ``http_client`` is used as given (and not closed by this client); ``environment``
    replaces ``os.environ`` as the source of settings; ``sleep`` waits between retries.
    Every method also takes the per-request options (``timeout``, ``max_retries``,
    ``deadline``, ``extra_headers``, ``extra_query``, ``extra_body``).
    """

    _http_client_class = httpx.Client
    _sleep_is_awaited = False

    def __init__(
        self,
        *,
        api_id: str | None = None,
        api_secret: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        http_client: httpx.Client | None = None,
        environment: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            api_id=api_id,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            http_client=http_client,
            environment=environment,
            sleep=sleep,
        )

    @staticmethod
    def _new_http_client(headers: Mapping[str, str], settings: PoolSettings) -> httpx.Client:
        """The pool a sync client owns: ``headers`` on every request, redirects never
        followed (nor prepared: see hold_location), proxies for https only, and connections
        bound by the attempt's end (``_clock_bound``, imported here: httpx itself loads
        httpcore only this late)."""
        from ._clock_bound import ClockBoundTransport

        def through(proxy: httpx.Proxy) -> ClockBoundTransport:
            return ClockBoundTransport(settings.ssl_context, proxy=proxy)

        return httpx.Client(
            headers=headers,
            follow_redirects=False,
            event_hooks={"response": [hold_location]},
            trust_env=False,
            transport=ClockBoundTransport(settings.ssl_context),
            mounts=settings.mounts(through),
        )

    start_twilio_transcription = sync_method(_twilio.start_twilio_transcription, START_STREAMING)
    stop_twilio_transcription = sync_method(_twilio.stop_twilio_transcription, STOP_STREAMING)

    @functools.cached_property
    def with_raw_response(self) -> RawResponses:
        """The same methods, each returning a RawResponse (status, headers, retries, timing,
        then ``.parse()`` for the result)."""
        return RawResponses(self)

    def close(self) -> None:
        """Close the connection pool, unless it came from ``http_client`` (or this client is
        a copy made by ``with_options``: the pool is then the original's)."""
        if self._mark_closed():
            self._pool.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @overload
    def _send(
        self, call: PreparedCall[_ResultT, _ModelT], *, raw: Literal[False] = False
    ) -> _ResultT: ...
    @overload
    def _send(
        self, call: PreparedCall[_ResultT, _ModelT], *, raw: Literal[True]
    ) -> RawResponse[_ResultT, _ModelT]: ...
    def _send(
        self, call: PreparedCall[_ResultT, _ModelT], *, raw: bool = False
    ) -> _ResultT | RawResponse[_ResultT, _ModelT]:
        state = self._begin(call, raw=raw)
        error: BaseException | None = None
        try:
            while True:
                try:
                    outcome = self._attempt(state)
                except TRANSPORT_ERRORS as transport_error:
                    outcome = self._on_transport_error(state, transport_error)
                if not isinstance(outcome, Retry):
                    return outcome
                self._sleep(outcome.delay)
        except BaseException as failure:
            error = failure
            raise
        finally:
            self._end(state, error)

    def _attempt(self, state: CallState[_ResultT]) -> _ResultT | RawResponse[_ResultT, Any] | Retry:
        ends_at = self._attempt_ends_at(state)
        token = ATTEMPT_ENDS_AT.set(ends_at)
        try:
            response = self._pool.http.send(state.request, stream=True, follow_redirects=False)
            try:
                body = self._body_reader(state, response, ends_at)
                if response.is_stream_consumed:
                    body.take_read(response.content)
                else:
                    for chunk in response.iter_raw():
                        if not body.feed(chunk):
                            break
                    else:
                        body.finish()
            finally:
                response.close()
        finally:
            ATTEMPT_ENDS_AT.reset(token)
        return self._on_response(state, response, body)


class RawResponses(SyncRawMethods):
    """``client.with_raw_response``: each method returns a RawResponse instead of the result."""

    def __init__(self, client: AutoTranscribeClient) -> None:
        self._client = client

    start_twilio_transcription = sync_raw_method(
        _twilio.start_twilio_transcription, START_STREAMING
    )
    stop_twilio_transcription = sync_raw_method(_twilio.stop_twilio_transcription, STOP_STREAMING)


class AsyncAutoTranscribeClient(BaseClient[httpx.AsyncClient], AsyncMethods):
    """The asyncio twin of AutoTranscribeClient: the same arguments; await each call.

    Create it inside the event loop that uses it (its connections belong to that loop)::

        async with AsyncAutoTranscribeClient() as client:
            url = await client.get_twilio_media_stream_url()

    Each attempt is bounded by the event loop's timeout, so no server can hold it past
    its timeout (or the call's deadline).
    """

    _http_client_class = httpx.AsyncClient
    _sleep_is_awaited = True

    def __init__(
        self,
        *,
        api_id: str | None = None,
        api_secret: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        http_client: httpx.AsyncClient | None = None,
        environment: Mapping[str, str] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        # Imported here: asyncio costs a sync-only user a third of the import time.
        import asyncio

        self._asyncio = asyncio
        super().__init__(
            api_id=api_id,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            http_client=http_client,
            environment=environment,
            sleep=asyncio.sleep if sleep is None else sleep,
        )

    @staticmethod
    def _new_http_client(headers: Mapping[str, str], settings: PoolSettings) -> httpx.AsyncClient:
        """The pool an async client owns: ``headers`` on every request, redirects never
        followed (nor prepared), proxies for https only."""
        from ._connections import POOL_LIMITS

        def through(proxy: httpx.Proxy | None = None) -> httpx.AsyncHTTPTransport:
            return httpx.AsyncHTTPTransport(
                verify=settings.ssl_context, trust_env=False, limits=POOL_LIMITS, proxy=proxy
            )

        return httpx.AsyncClient(
            headers=headers,
            follow_redirects=False,
            event_hooks={"response": [ahold_location]},
            trust_env=False,
            transport=through(),
            mounts=settings.mounts(through),
        )

    start_twilio_transcription = async_method(_twilio.start_twilio_transcription, START_STREAMING)
    stop_twilio_transcription = async_method(_twilio.stop_twilio_transcription, STOP_STREAMING)

    @functools.cached_property
    def with_raw_response(self) -> AsyncRawResponses:
        """The same methods, each returning a RawResponse (see the sync client)."""
        return AsyncRawResponses(self)

    async def close(self) -> None:
        """Close the connection pool, unless it came from ``http_client`` (or this client is
        a copy made by ``with_options``)."""
        if self._mark_closed():
            await self._pool.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    def _loop_has_changed(self) -> bool:
        """Whether the pool was last used in an event loop that has since ended: then its
        connections died with it. ClientClosedError at once for the SDK's own pool; for an
        http_client of the caller's, it may well hold no connection (a test transport), so
        only an error from it becomes ClientClosedError."""
        loop = self._asyncio.get_running_loop()
        pool = self._pool
        ended = pool.loop is not None and pool.loop is not loop and pool.loop.is_closed()  # type: ignore[attr-defined]
        if ended and pool.owned:
            raise self._loop_ended()
        pool.loop = loop
        return ended

    def _loop_ended(self) -> ClientClosedError:
        return ClientClosedError(
            f"this {type(self).__name__} was used in an event loop that has ended (an "
            "earlier asyncio.run): its connections died with it. Create the client inside "
            "the event loop that uses it, e.g. `async with AsyncAutoTranscribeClient() as "
            "client:` in your main coroutine"
        )

    @overload
    async def _send(
        self, call: PreparedCall[_ResultT, _ModelT], *, raw: Literal[False] = False
    ) -> _ResultT: ...
    @overload
    async def _send(
        self, call: PreparedCall[_ResultT, _ModelT], *, raw: Literal[True]
    ) -> RawResponse[_ResultT, _ModelT]: ...
    async def _send(
        self, call: PreparedCall[_ResultT, _ModelT], *, raw: bool = False
    ) -> _ResultT | RawResponse[_ResultT, _ModelT]:
        loop_has_changed = self._loop_has_changed()
        state = self._begin(call, raw=raw)
        error: BaseException | None = None
        try:
            while True:
                try:
                    outcome = await self._attempt(state)
                except TRANSPORT_ERRORS as transport_error:
                    outcome = self._on_transport_error(state, transport_error)
                except RuntimeError as runtime_error:
                    if loop_has_changed:
                        raise self._loop_ended() from runtime_error
                    raise
                if not isinstance(outcome, Retry):
                    return outcome
                await self._sleep(outcome.delay)
        except BaseException as failure:
            error = failure
            raise
        finally:
            self._end(state, error)

    async def _attempt(
        self, state: CallState[_ResultT]
    ) -> _ResultT | RawResponse[_ResultT, Any] | Retry:
        ends_at = self._attempt_ends_at(state)
        async with self._asyncio.timeout(ends_at - time.monotonic()):
            response = await self._pool.http.send(
                state.request, stream=True, follow_redirects=False
            )
            try:
                body = self._body_reader(state, response, ends_at)
                if response.is_stream_consumed:
                    body.take_read(response.content)
                else:
                    async for chunk in response.aiter_raw():
                        if not body.feed(chunk):
                            break
                    else:
                        body.finish()
            finally:
                await response.aclose()
        return self._on_response(state, response, body)


class AsyncRawResponses(AsyncRawMethods):
    """``client.with_raw_response`` of the async client: await each method for a RawResponse."""

    def __init__(self, client: AsyncAutoTranscribeClient) -> None:
        self._client = client

    start_twilio_transcription = async_raw_method(
        _twilio.start_twilio_transcription, START_STREAMING
    )
    stop_twilio_transcription = async_raw_method(_twilio.stop_twilio_transcription, STOP_STREAMING)
