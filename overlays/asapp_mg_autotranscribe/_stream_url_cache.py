"""StreamUrlCache and AsyncStreamUrlCache: one stream URL shared by every call for 4 minutes.

A stream URL lives 300 s and may start any number of Twilio streams in that time, so a
webhook that answers every call needs one upstream request every few minutes, not one
per call.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import attrs

from ._client import AsyncAutoTranscribeClient, AutoTranscribeClient
from ._constants import (
    DEFAULT_STREAM_URL_REFRESH_AFTER,
    STREAM_URL_RETRY_PAUSE,
    STREAM_URL_TTL,
)
from ._exceptions import ASAPPError, ConfigurationError
from ._logging import logger

__all__ = ["AsyncStreamUrlCache", "StreamUrlCache"]


@attrs.frozen
class _CachedUrl:
    url: str = attrs.field(repr=False)
    # When the request that got it was sent: the URL's life started no earlier.
    fetched_at: float


class _CacheState:
    """The cache's clock arithmetic, shared by the sync and async caches."""

    def __init__(self, refresh_after: float, clock: Callable[[], float]) -> None:
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

    def recently_failed(self) -> bool:
        """Whether a refresh failed less than STREAM_URL_RETRY_PAUSE seconds ago."""
        failed_at = self.last_failure_at
        return failed_at is not None and self.clock() - failed_at < STREAM_URL_RETRY_PAUSE

    def usable_without_asking(self) -> str | None:
        """The fresh URL; or, shortly after a failed refresh, the still-valid one.

        The pause keeps a failing upstream from costing every webhook call a slow error.
        """
        url = self.fresh()
        if url is None and self.recently_failed():
            url = self.still_valid()
        return url

    def store(self, url: str, fetched_at: float) -> str:
        self.cached = _CachedUrl(url, fetched_at)
        self.last_failure_at = None
        return url

    def fall_back(self, error: ASAPPError) -> str:
        """After a failed refresh: the still-valid URL (with a warning), else raise ``error``."""
        self.last_failure_at = self.clock()
        url = self.still_valid()
        if url is None:
            raise error
        logger.warning("refreshing the stream URL failed; serving the cached one: %s", error)
        return url

    def invalidate(self) -> None:
        self.cached = None


class StreamUrlCache:
    """Share one Twilio stream URL across calls, refreshed ``refresh_after`` seconds after it
    was fetched (default 240 of its 300 s life).

    ``get()`` is thread-safe and single-flight: however many threads ask at once, one
    upstream request is made. If a refresh fails while the cached URL is still inside
    its 300 s, that URL is returned and a warning logged (and for 5 s no new refresh is
    tried); past its 300 s, the error is raised.
    ``clock`` (monotonic seconds) is injectable for tests::

        cache = StreamUrlCache(client)
        twiml = twilio_stream_twiml(cache.get())
    """

    def __init__(
        self,
        client: AutoTranscribeClient,
        refresh_after: float = DEFAULT_STREAM_URL_REFRESH_AFTER,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._state = _CacheState(refresh_after, clock)
        self._lock = threading.Lock()

    @property
    def refresh_after(self) -> float:
        """Seconds after which a URL is replaced."""
        return self._state.refresh_after

    def get(self) -> str:
        """A stream URL fetched less than ``refresh_after`` seconds ago (see the class)."""
        url = self._state.fresh()
        if url is not None:
            return url
        with self._lock:
            url = self._state.usable_without_asking()
            if url is not None:
                return url
            fetched_at = self._state.clock()
            try:
                return self._state.store(self._client.get_twilio_media_stream_url(), fetched_at)
            except ASAPPError as error:
                return self._state.fall_back(error)

    def invalidate(self) -> None:
        """Forget the cached URL, so the next ``get()`` fetches a new one."""
        with self._lock:
            self._state.invalidate()

    def __repr__(self) -> str:
        return f"StreamUrlCache(refresh_after={self.refresh_after:g})"


class AsyncStreamUrlCache:
    """The asyncio twin of StreamUrlCache: ``await cache.get()``; one upstream request
    however many tasks ask at once."""

    def __init__(
        self,
        client: AsyncAutoTranscribeClient,
        refresh_after: float = DEFAULT_STREAM_URL_REFRESH_AFTER,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._state = _CacheState(refresh_after, clock)
        import asyncio

        self._lock = asyncio.Lock()

    @property
    def refresh_after(self) -> float:
        """Seconds after which a URL is replaced."""
        return self._state.refresh_after

    async def get(self) -> str:
        """A stream URL fetched less than ``refresh_after`` seconds ago (see StreamUrlCache)."""
        url = self._state.fresh()
        if url is not None:
            return url
        async with self._lock:
            url = self._state.usable_without_asking()
            if url is not None:
                return url
            fetched_at = self._state.clock()
            try:
                return self._state.store(
                    await self._client.get_twilio_media_stream_url(), fetched_at
                )
            except ASAPPError as error:
                return self._state.fall_back(error)

    def invalidate(self) -> None:
        """Forget the cached URL, so the next ``get()`` fetches a new one."""
        self._state.invalidate()

    def __repr__(self) -> str:
        return f"AsyncStreamUrlCache(refresh_after={self.refresh_after:g})"
