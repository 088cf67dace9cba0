"""RedisStreamUrlCache and AsyncRedisStreamUrlCache: one stream URL for a whole fleet.

Each process keeps the in-process cache's rules (StreamUrlCache: single flight among its
threads or tasks, the still-valid URL served while a refresh is slow or failing, the retry
pause); only its one upstream request becomes the fleet's: the process that needs a new URL
claims it in Redis, and either finds it there, or gets the lock and asks upstream, or waits
for the process that holds the lock.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from .._checks import check_seconds
from .._config import NOT_GIVEN, NotGiven
from .._constants import (
    DEFAULT_STREAM_URL_REFRESH_AFTER,
    STREAM_URL_RETRY_PAUSE,
    STREAM_URL_TTL,
)
from .._exceptions import APITimeoutError, ASAPPError
from .._logging import logger
from .._media_gateway._stream_url_cache import (
    AsyncStreamUrlCache,
    StreamUrlCache,
    _CachedUrl,
    _CacheState,
)
from .._redaction import Redactor
from . import _scripts
from ._connection import (
    REDIS_FAILURES,
    Outage,
    RedisConnection,
    account_tag,
    check_prefix,
    connect,
    text,
)
from ._shared_error import decode_error, encode_error

if TYPE_CHECKING:
    from .._client import AsyncAutoTranscribeClient, AutoTranscribeClient

__all__ = ["AsyncRedisStreamUrlCache", "RedisStreamUrlCache"]

DEFAULT_PREFIX = "asapp:stream-url"
DEFAULT_LOCK_TIMEOUT = 30.0
# How often a process without a valid URL looks whether the leader has finished.
_POLL_INTERVAL = 0.05
_STREAM_URL_PATH = "/mg-autotranscribe/v1/twilio-media-stream-url"
# A claim's states (the script's answers), and what a process does next besides using a URL.
_FRESH, _FAILED, _LEAD, _WAIT = "fresh", "failed", "lead", "wait"
_ASK_AGAIN = "ask again"
# Any of these from Redis makes the process fetch for itself (the cache never fails a webhook
# because of Redis).


@attrs.frozen
class _Claim:
    """What Redis answered a claim: the state, a valid URL (and when its life began on this
    process's clock), the leader's error; ``foreign``: a value found was not ours."""

    state: str
    url: str | None = attrs.field(repr=False)
    born_at: float | None
    error: ASAPPError | None
    foreign: bool


class _Fleet:
    """What the sync and async caches share: the keys, the claim's arguments and its reading,
    the values written, and whether Redis is worth asking."""

    def __init__(
        self,
        client: Any,
        connection: RedisConnection,
        *,
        prefix: object,
        lock_timeout: object,
        refresh_after: float,
        options: dict[str, Any],
        clock: Callable[[], float],
    ) -> None:
        self.connection = connection
        prefix = check_prefix(prefix)
        self.lock_timeout = check_seconds("lock_timeout", lock_timeout)
        self.prefix = prefix
        base_url = str(client.base_url)
        # The keys name the account by a digest of its base URL and API id, never its secret.
        tag = account_tag(base_url, str(client._config.api_id))
        self.keys = [f"{prefix}:{tag}:url", f"{prefix}:{tag}:lock", f"{prefix}:{tag}:error"]
        self.request_url = base_url + _STREAM_URL_PATH
        self.scrub = Redactor(client._config.api_secret).text
        self.fresh_ms = round((STREAM_URL_TTL - refresh_after) * 1000)
        self.clock = clock
        deadline = options.get("deadline", client.deadline)
        self.wait_bound: float = deadline if deadline is not None else client.timeout.read
        # The leader gives up when its lock lapses: past it, another process may lead.
        leads_for = self.lock_timeout if deadline is None else min(deadline, self.lock_timeout)
        self.leader_options = {**options, "deadline": leads_for}
        self.outage = Outage("each process fetches its own stream URL")

    def register_scripts(self) -> list[Any]:
        """The cache's scripts (claim, store the URL, store the error, release) on its client."""
        client = self.connection.client
        sources = (_scripts.CLAIM_URL, _scripts.STORE_URL, _scripts.STORE_ERROR)
        return [client.register_script(source) for source in (*sources, _scripts.RELEASE_LOCK)]

    def usable(self) -> bool:
        """Whether Redis is worth asking: it answers, or last failed 5 s ago or more."""
        failed_at = self.outage.failed_at
        return failed_at is None or self.clock() - failed_at >= STREAM_URL_RETRY_PAUSE

    def redis_failed(self, error: BaseException) -> None:
        self.outage.failed(self.clock(), error)

    @staticmethod
    def new_token() -> str:
        return secrets.token_hex(16)

    def claim_args(self, token: str, *, ignore_found: bool) -> list[str | int]:
        lock_ms = max(1, round(self.lock_timeout * 1000))
        return [token, lock_ms, self.fresh_ms, "1" if ignore_found else "0"]

    def read_claim(self, reply: Any, asked_at: float) -> _Claim:
        """The claim's answer; a value not ours is logged (WARNING) and reported ``foreign``."""
        state = text(reply[0])
        foreign = bool(reply[3])
        url: str | None = None
        born_at: float | None = None
        if reply[1] is not None:
            url = _url_of(text(reply[1]))
            pttl = int(reply[2])
            if url is None or pttl <= 0:
                foreign, url = True, None
            else:
                # The URL's life as Redis counts it, placed on this process's clock (from
                # before the claim was sent: never younger than it is).
                born_at = asked_at - (STREAM_URL_TTL - pttl / 1000)
        error = None
        if state == _FAILED:
            error = decode_error(text(reply[4]), self.request_url)
            foreign = foreign or error is None
        if foreign:
            logger.warning(
                "the stream-URL cache's keys in Redis hold a value the SDK did not write; "
                "fetching a new URL"
            )
        return _Claim(state, url, born_at, error, foreign)

    @staticmethod
    def settle(claim: _Claim, state: _CacheState) -> tuple[str, float] | str:
        """What the claim means for this process: a URL and when its life began; else what
        to do next (_LEAD, _ASK_AGAIN ignoring values not ours, _WAIT). Raises the leader's
        error, having kept a still-valid URL found in Redis for the process to serve."""
        if claim.foreign and claim.state in (_FRESH, _FAILED):
            return _ASK_AGAIN
        if claim.state == _LEAD:
            return _LEAD
        if claim.state == _FAILED and claim.error is not None:
            _adopt(state, claim)
            raise claim.error
        if claim.url is not None and claim.born_at is not None:
            return claim.url, claim.born_at
        # Another process leads: this one serves its own URL while that is still valid.
        still_valid, cached = state.still_valid(), state.cached
        if still_valid is not None and cached is not None:
            return still_valid, cached.fetched_at
        return _WAIT

    def url_args(self, url: str, sent_at: float, token: str) -> list[str | int]:
        """The URL stored with the life it has left, counted from when its request was sent."""
        life_ms = round((STREAM_URL_TTL - (self.clock() - sent_at)) * 1000)
        return [_URL_VALUE.encode({"url": url}), max(1, life_ms), token]

    def error_args(self, error: Exception, token: str) -> list[str | int]:
        """The leader's error, shared for the retry pause."""
        value = encode_error(error, self.scrub)
        return [value, round(STREAM_URL_RETRY_PAUSE * 1000), token]

    def wait_timeout(self) -> APITimeoutError:
        return APITimeoutError(
            f"waited {self.wait_bound:g} s for another process's stream-URL request",
            request=httpx.Request("GET", self.request_url),
        )


_URL_VALUE = json.JSONEncoder(separators=(",", ":"))


def _url_of(value: str) -> str | None:
    """The URL a stored value holds, None if it is not a value of the SDK's."""
    try:
        url = json.loads(value)["url"]
    except (ValueError, TypeError, KeyError):
        return None
    return url if isinstance(url, str) and url.lower().startswith(("wss://", "ws://")) else None


def _adopt(state: _CacheState, claim: _Claim) -> None:
    """Keep a still-valid URL found in Redis if it is newer than the process's own."""
    if claim.url is None or claim.born_at is None:
        return
    found = [_CachedUrl(claim.url, claim.born_at), state.cached]
    state.cached = max((c for c in found if c is not None), key=lambda c: c.fetched_at)


class RedisStreamUrlCache(StreamUrlCache):
    """A :class:`StreamUrlCache` whose one upstream request per refresh is the whole fleet's:
    every process and host sharing the Redis gets the same stream URL.

    ``redis`` is a ``redis.Redis`` or ``redis.cluster.RedisCluster`` (used as configured, but
    it must have a socket timeout), or a URL (``redis://``, ``rediss://``, ``unix://``), for
    which the cache builds a client of its own with 1 s timeouts and no retries.

    - One process leads each refresh: it holds a lock in Redis (expiring after
      ``lock_timeout`` seconds, so that a leader that dies is replaced) while it asks
      upstream, for at most ``lock_timeout`` seconds (less if its deadline is shorter).
      The others wait for its URL or its error, each at most its deadline (else the
      client's timeout), or are served the previous URL while it is still valid.
    - The URL is stored with its life as Redis counts it (from when its request was sent); a
      process keeps it in memory with the time left, and serves it from there, with no Redis
      round trip, until it is ``refresh_after`` seconds old.
    - After a failed request, the fleet asks upstream at most once per 5 s: meanwhile every
      process is served the still-valid URL (with a WARNING), or raised the leader's error
      (its class, ``status_code``, ``request_id``, ``code``, ``retry_after`` and message;
      ``.response`` is a stand-in with no body).
    - Keys are per account (base URL and API id); no key or value holds the API secret. The
      stream URL itself is kept in Redis: it grants audio ingestion until it expires.
    - If Redis cannot be reached, the process fetches for itself (one WARNING per outage)
      and tries Redis again at the first refresh 5 s or more after it last failed.

    ::

        cache = RedisStreamUrlCache(client, "rediss://:password@redis.internal:6379/0")
        twiml = twilio_stream_twiml(cache.get())
    """

    def __init__(
        self,
        client: AutoTranscribeClient,
        redis: Any,
        *,
        refresh_after: float = DEFAULT_STREAM_URL_REFRESH_AFTER,
        deadline: float | NotGiven | None = NOT_GIVEN,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        prefix: str = DEFAULT_PREFIX,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(client, refresh_after, deadline=deadline, clock=clock)
        self._fleet = _Fleet(
            client,
            connect(redis, asynchronous=False),
            prefix=prefix,
            lock_timeout=lock_timeout,
            refresh_after=self.refresh_after,
            options=dict(self._state.options),
            clock=clock,
        )
        scripts = self._fleet.register_scripts()
        self._claim_script, self._store_url_script, self._store_error_script = scripts[:3]
        self._release_script = scripts[3]

    def _fetch(self, started_at: float) -> tuple[str, float]:
        fleet = self._fleet
        if not fleet.usable():
            return super()._fetch(started_at)
        token = fleet.new_token()
        ignore_found = False
        waits_until = time.monotonic() + fleet.wait_bound
        while True:
            asked_at = self._state.clock()
            try:
                reply = self._claim_script(
                    keys=fleet.keys, args=fleet.claim_args(token, ignore_found=ignore_found)
                )
            except REDIS_FAILURES as error:
                fleet.redis_failed(error)
                return super()._fetch(started_at)
            fleet.outage.answered()
            with self._lock:
                move = fleet.settle(fleet.read_claim(reply, asked_at), self._state)
            if isinstance(move, tuple):
                return move
            if move == _LEAD:
                return self._fetch_as_leader(token)
            if move == _ASK_AGAIN:
                ignore_found = True
            elif time.monotonic() < waits_until:
                time.sleep(_POLL_INTERVAL)
            else:
                raise fleet.wait_timeout()

    def _fetch_as_leader(self, token: str) -> tuple[str, float]:
        fleet = self._fleet
        sent_at = self._state.clock()
        try:
            url = self._client.get_twilio_media_stream_url(**fleet.leader_options)
        except Exception as error:
            self._run(self._store_error_script, fleet.error_args(error, token))
            raise
        except BaseException:
            self._run(self._release_script, [token])
            raise
        self._run(self._store_url_script, fleet.url_args(url, sent_at, token))
        return url, sent_at

    def _run(self, script: Any, args: list[str | int]) -> None:
        try:
            script(keys=self._fleet.keys, args=args)
        except REDIS_FAILURES as error:
            self._fleet.redis_failed(error)

    def invalidate(self) -> None:
        """Forget the URL, here and in Redis, so the next ``get()`` fetches a new one."""
        super().invalidate()
        try:
            self._fleet.connection.client.delete(self._fleet.keys[0])
        except REDIS_FAILURES as error:
            self._fleet.redis_failed(error)

    def close(self) -> None:
        """Close the Redis client if the cache built it from a URL (a given one stays open)."""
        if self._fleet.connection.owned:
            self._fleet.connection.client.close()

    def __repr__(self) -> str:
        return _repr(self)


class AsyncRedisStreamUrlCache(AsyncStreamUrlCache):
    """The asyncio twin of :class:`RedisStreamUrlCache`: ``await cache.get()``. ``redis`` is a
    ``redis.asyncio.Redis`` or ``redis.asyncio.cluster.RedisCluster``, or a URL. Create it in
    the event loop that uses it; ``await cache.aclose()`` closes a client built from a URL."""

    def __init__(
        self,
        client: AsyncAutoTranscribeClient,
        redis: Any,
        *,
        refresh_after: float = DEFAULT_STREAM_URL_REFRESH_AFTER,
        deadline: float | NotGiven | None = NOT_GIVEN,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
        prefix: str = DEFAULT_PREFIX,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(client, refresh_after, deadline=deadline, clock=clock)
        self._fleet = _Fleet(
            client,
            connect(redis, asynchronous=True),
            prefix=prefix,
            lock_timeout=lock_timeout,
            refresh_after=self.refresh_after,
            options=dict(self._state.options),
            clock=clock,
        )
        scripts = self._fleet.register_scripts()
        self._claim_script, self._store_url_script, self._store_error_script = scripts[:3]
        self._release_script = scripts[3]

    async def _fetch(self, started_at: float) -> tuple[str, float]:
        fleet = self._fleet
        if not fleet.usable():
            return await super()._fetch(started_at)
        token = fleet.new_token()
        ignore_found = False
        waits_until = time.monotonic() + fleet.wait_bound
        while True:
            asked_at = self._state.clock()
            try:
                reply = await self._claim_script(
                    keys=fleet.keys, args=fleet.claim_args(token, ignore_found=ignore_found)
                )
            except REDIS_FAILURES as error:
                fleet.redis_failed(error)
                return await super()._fetch(started_at)
            fleet.outage.answered()
            move = fleet.settle(fleet.read_claim(reply, asked_at), self._state)
            if isinstance(move, tuple):
                return move
            if move == _LEAD:
                return await self._fetch_as_leader(token)
            if move == _ASK_AGAIN:
                ignore_found = True
            elif time.monotonic() < waits_until:
                await asyncio.sleep(_POLL_INTERVAL)
            else:
                raise fleet.wait_timeout()

    async def _fetch_as_leader(self, token: str) -> tuple[str, float]:
        fleet = self._fleet
        sent_at = self._state.clock()
        try:
            url = await self._client.get_twilio_media_stream_url(**fleet.leader_options)
        except Exception as error:
            await self._run(self._store_error_script, fleet.error_args(error, token))
            raise
        except BaseException:
            await self._run(self._release_script, [token])
            raise
        await self._run(self._store_url_script, fleet.url_args(url, sent_at, token))
        return url, sent_at

    async def _run(self, script: Any, args: list[str | int]) -> None:
        try:
            await script(keys=self._fleet.keys, args=args)
        except REDIS_FAILURES as error:
            self._fleet.redis_failed(error)

    def invalidate(self) -> None:
        """Forget the URL in this process; the next ``get()`` asks Redis, and
        ``await ainvalidate()`` forgets it in Redis too."""
        super().invalidate()

    async def ainvalidate(self) -> None:
        """Forget the URL, here and in Redis, so the next ``get()`` fetches a new one."""
        super().invalidate()
        try:
            await self._fleet.connection.client.delete(self._fleet.keys[0])
        except REDIS_FAILURES as error:
            self._fleet.redis_failed(error)

    async def aclose(self) -> None:
        """Close the Redis client if the cache built it from a URL (a given one stays open)."""
        if self._fleet.connection.owned:
            await self._fleet.connection.client.aclose()

    def __repr__(self) -> str:
        return _repr(self)


def _repr(cache: RedisStreamUrlCache | AsyncRedisStreamUrlCache) -> str:
    fleet = cache._fleet
    return (
        f"{type(cache).__name__}(refresh_after={cache.refresh_after:g}, "
        f"lock_timeout={fleet.lock_timeout:g}, prefix={fleet.prefix!r})"
    )
