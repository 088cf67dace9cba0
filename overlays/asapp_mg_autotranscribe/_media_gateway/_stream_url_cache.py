"""StreamUrlCache and AsyncStreamUrlCache: one stream URL shared by every call for 4 minutes.

A stream URL lives 300 s and may start any number of Twilio streams in that time, so a
webhook that answers every call needs one upstream request every few minutes, not one
per call.
"""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import attrs

from .._config import NOT_GIVEN, NotGiven, check_deadline
from .._constants import (
    DEFAULT_STREAM_URL_REFRESH_AFTER,
    STREAM_URL_RETRY_PAUSE,
    STREAM_URL_TTL,
)
from .._exceptions import ConfigurationError
from .._logging import logger
from .._options import RequestOptions
from .._redaction import mask_tokens

if TYPE_CHECKING:
    import asyncio

    from .._client import AsyncAutoTranscribeClient, AutoTranscribeClient

__all__ = ["AsyncStreamUrlCache", "StreamUrlCache"]


@attrs.frozen
class _CachedUrl:
    url: str = attrs.field(repr=False)
    # When the request that got it was sent: the URL's life started no earlier.
    fetched_at: float


class _Signal(Protocol):
    def set(self) -> None: ...


_SignalT = TypeVar("_SignalT", bound=_Signal)


@attrs.define(eq=False)
class _Flight(Generic[_SignalT]):
    """One upstream request in progress; those who wait for it share its outcome."""

    done: _SignalT
    started_at: float
    error: Exception | None = None
    # Its leader gave up without an outcome (cancelled, interrupted): someone must ask again.
    abandoned: bool = False


class _CacheState:
    """What the sync and async caches share: the clock arithmetic and who asks upstream.

    Every method runs in one go (under the sync cache's lock; between two awaits in the
    async cache), so that the decisions of two callers never interleave.
    """

    def __init__(
        self,
        client: object,
        refresh_after: float,
        deadline: float | NotGiven | None,
        clock: Callable[[], float],
        *,
        needs_async: bool,
    ) -> None:
        fetch = getattr(client, "get_twilio_media_stream_url", None)
        if not callable(fetch) or inspect.iscoroutinefunction(fetch) is not needs_async:
            wanted = "AsyncAutoTranscribeClient" if needs_async else "AutoTranscribeClient"
            raise ConfigurationError(
                f"the cache's client must be an {wanted}, not {type(client).__name__}"
            )
        # The options of each upstream fetch: the cache's deadline, else the client's.
        self.options: RequestOptions = {}
        if not isinstance(deadline, NotGiven):
            self.options["deadline"] = check_deadline(deadline, ConfigurationError)
        if not callable(clock):
            raise ConfigurationError(f"clock must be a function, not {type(clock).__name__}")
        if isinstance(refresh_after, bool) or not isinstance(refresh_after, int | float):
            raise ConfigurationError(f"refresh_after must be seconds, got {refresh_after!r}")
        if not 0 < refresh_after < STREAM_URL_TTL:
            raise ConfigurationError(
                f"refresh_after must be between 0 and {STREAM_URL_TTL:g} seconds (the URL's life), "
                f"got {refresh_after!r}"
            )
        self.refresh_after = float(refresh_after)
        self.clock = clock
        self.cached: _CachedUrl | None = None
        self.last_failure_at: float | None = None
        self.in_flight: _Flight[Any] | None = None

    def fresh(self) -> str | None:
        """The cached URL if it is younger than ``refresh_after``."""
        cached = self.cached
        if cached is not None and self.clock() - cached.fetched_at < self.refresh_after:
            return cached.url
        return None

    def still_valid(self) -> str | None:
        """The cached URL if it is still inside its 300 s life."""
        cached = self.cached
        if cached is not None and self.clock() - cached.fetched_at < STREAM_URL_TTL:
            return cached.url
        return None

    def next_step(self, new_signal: Callable[[], _SignalT]) -> str | tuple[_Flight[_SignalT], bool]:
        """The URL to use now; else the flight to wait for (False) or to lead (True).

        While a refresh is in flight, or shortly after one failed, the still-valid URL
        is served at once: a failing or slow upstream must not hold up every webhook call.
        """
        url = self.fresh()
        if url is None and (self.in_flight is not None or self._recently_failed()):
            url = self.still_valid()
        if url is not None:
            return url
        if self.in_flight is not None:
            return self.in_flight, False
        self.in_flight = _Flight(new_signal(), self.clock())
        return self.in_flight, True

    def succeeded(self, flight: _Flight[Any], url: str, fetched_at: float) -> str:
        """Record the leader's new URL, whose life began at ``fetched_at`` (clock seconds)."""
        self.cached = _CachedUrl(url, fetched_at)
        self.last_failure_at = None
        self.in_flight = None
        return url

    def failed(self, flight: _Flight[Any], error: Exception) -> str:
        """Record the leader's error: the still-valid URL (with a warning), else raise it."""
        flight.error = error
        self.last_failure_at = self.clock()
        self.in_flight = None
        url = self.still_valid()
        if url is None:
            raise error
        logger.warning(
            "refreshing the stream URL failed; serving the cached one: %s: %s",
            type(error).__name__,
            mask_tokens(str(error)),
        )
        return url

    def abandoned(self, flight: _Flight[Any]) -> None:
        """The leader left without an outcome; the next caller asks again."""
        flight.abandoned = True
        self.in_flight = None

    def outcome(self, flight: _Flight[Any]) -> str | None:
        """For one who waited: the flight's URL, or its error raised; None to ask again.

        Only those with no valid URL wait, so an error is theirs to raise.
        """
        if flight.abandoned:
            return None
        if flight.error is not None:
            raise flight.error
        cached = self.cached
        return None if cached is None else cached.url

    def invalidate(self) -> None:
        self.cached = None

    def _recently_failed(self) -> bool:
        failed_at = self.last_failure_at
        return failed_at is not None and self.clock() - failed_at < STREAM_URL_RETRY_PAUSE


class StreamUrlCache:
    """Share one Twilio stream URL across calls, refreshed ``refresh_after`` seconds after it
    was fetched (default 240 of its 300 s life).

    ``get()`` is thread-safe and single-flight: however many threads ask at once, one
    upstream request is made, and its URL or its error is what they all get. While a
    refresh is in flight, the others are served the previous URL if it is still inside its
    300 s. If the refresh fails, that URL keeps being served, with a warning logged (and
    no new refresh tried for 5 s); past its 300 s, the error is raised. Whatever the
    request raises, those waiting for it get the same error: one request, one outcome.

    ``deadline`` bounds each upstream fetch (seconds; None: no bound); not given, the
    client's deadline applies. ``clock`` (monotonic seconds) is injectable for tests::

        cache = StreamUrlCache(client, deadline=5.0)
        twiml = twilio_stream_twiml(cache.get())
    """

    def __init__(
        self,
        client: AutoTranscribeClient,
        refresh_after: float = DEFAULT_STREAM_URL_REFRESH_AFTER,
        *,
        deadline: float | NotGiven | None = NOT_GIVEN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._state = _CacheState(client, refresh_after, deadline, clock, needs_async=False)
        self._lock = threading.Lock()
        # What a flight's callers wait on. A seam kept for tests: an event of their own
        # tells them when a caller blocks on a flight, so they release its leader only then.
        self._new_event: Callable[[], threading.Event] = threading.Event

    @property
    def refresh_after(self) -> float:
        """Seconds after which a URL is replaced."""
        return self._state.refresh_after

    def get(self) -> str:
        """A stream URL fetched less than ``refresh_after`` seconds ago (see the class)."""
        url = self._state.fresh()
        if url is not None:
            return url
        while True:
            with self._lock:
                step = self._state.next_step(self._new_event)
            if isinstance(step, str):
                return step
            flight, leading = step
            if leading:
                return self._lead(flight)
            flight.done.wait()
            with self._lock:
                url = self._state.outcome(flight)
            if url is not None:
                return url

    def _lead(self, flight: _Flight[threading.Event]) -> str:
        try:
            url, fetched_at = self._fetch(flight.started_at)
        except Exception as error:  # noqa: BLE001 (whatever it is, every waiter gets it)
            with self._lock:
                return self._state.failed(flight, error)
        except BaseException:
            with self._lock:
                self._state.abandoned(flight)
            raise
        else:
            with self._lock:
                return self._state.succeeded(flight, url, fetched_at)
        finally:
            flight.done.set()

    def _fetch(self, started_at: float) -> tuple[str, float]:
        """A new URL, and when its life began (clock seconds): asked upstream at ``started_at``."""
        return self._client.get_twilio_media_stream_url(**self._state.options), started_at

    def invalidate(self) -> None:
        """Forget the cached URL, so the next ``get()`` fetches a new one."""
        with self._lock:
            self._state.invalidate()

    def __repr__(self) -> str:
        return f"StreamUrlCache(refresh_after={self.refresh_after:g})"


class AsyncStreamUrlCache:
    """The asyncio twin of StreamUrlCache: ``await cache.get()``; one upstream request
    however many tasks ask at once. A cancelled caller leaves the others unharmed: if it
    was the one asking upstream, the next in line asks again. ``deadline`` as for
    StreamUrlCache."""

    def __init__(
        self,
        client: AsyncAutoTranscribeClient,
        refresh_after: float = DEFAULT_STREAM_URL_REFRESH_AFTER,
        *,
        deadline: float | NotGiven | None = NOT_GIVEN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        import asyncio  # here, not at the top: only the async cache needs it

        self._client = client
        self._state = _CacheState(client, refresh_after, deadline, clock, needs_async=True)
        # What a flight's callers wait on; a seam kept for tests, as in StreamUrlCache.
        self._new_event: Callable[[], asyncio.Event] = asyncio.Event

    @property
    def refresh_after(self) -> float:
        """Seconds after which a URL is replaced."""
        return self._state.refresh_after

    async def get(self) -> str:
        """A stream URL fetched less than ``refresh_after`` seconds ago (see StreamUrlCache)."""
        url = self._state.fresh()
        if url is not None:
            return url
        while True:
            step = self._state.next_step(self._new_event)
            if isinstance(step, str):
                return step
            flight, leading = step
            if leading:
                return await self._lead(flight)
            await flight.done.wait()
            url = self._state.outcome(flight)
            if url is not None:
                return url

    async def _lead(self, flight: _Flight[asyncio.Event]) -> str:
        try:
            url, fetched_at = await self._fetch(flight.started_at)
        except Exception as error:  # noqa: BLE001 (whatever it is, every waiter gets it)
            return self._state.failed(flight, error)
        except BaseException:
            self._state.abandoned(flight)
            raise
        else:
            return self._state.succeeded(flight, url, fetched_at)
        finally:
            flight.done.set()

    async def _fetch(self, started_at: float) -> tuple[str, float]:
        """A new URL, and when its life began (clock seconds): asked upstream at ``started_at``."""
        return await self._client.get_twilio_media_stream_url(**self._state.options), started_at

    def invalidate(self) -> None:
        """Forget the cached URL, so the next ``get()`` fetches a new one."""
        self._state.invalidate()

    def __repr__(self) -> str:
        return f"AsyncStreamUrlCache(refresh_after={self.refresh_after:g})"
