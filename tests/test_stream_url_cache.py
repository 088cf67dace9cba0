"""StreamUrlCache and AsyncStreamUrlCache: single flight, refresh, stale-but-valid, expiry."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from doubles import API_ID, API_SECRET, Clock, error_body

from asapp_mg_autotranscribe import (
    APITimeoutError,
    AsyncAutoTranscribeClient,
    AsyncStreamUrlCache,
    AutoTranscribeClient,
    ConfigurationError,
    ServiceUnavailableError,
    StreamUrlCache,
)


class Upstream:
    """Counts stream-URL requests; answers with a new URL each time, or a scripted failure."""

    def __init__(self) -> None:
        self.count = 0
        self.fail = False
        self.entered = threading.Event()
        self.release = threading.Event()
        self.release.set()
        self.lock = threading.Lock()

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.count += 1
            count = self.count
        self.entered.set()
        self.release.wait(5)
        if self.fail:
            return httpx.Response(503, json=error_body(503))
        return httpx.Response(200, json={"streamingUrl": f"wss://ws.example.test/media/tok{count}"})

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        # Yield so that every waiting task really is waiting while the request is in flight.
        await asyncio.sleep(0.01)
        return self.handler(request)


def sync_cache(
    upstream: Upstream, clock: Clock, handler: Any = None, **kwargs: Any
) -> StreamUrlCache:
    client = AutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        environment={},
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler or upstream.handler)),
    )
    return StreamUrlCache(client, clock=clock, **kwargs)


def async_cache(
    upstream: Upstream, clock: Clock, handler: Any = None, **kwargs: Any
) -> AsyncStreamUrlCache:
    transport = httpx.MockTransport(handler or upstream.async_handler)
    client = AsyncAutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        environment={},
        max_retries=0,
        http_client=httpx.AsyncClient(transport=transport),
    )
    return AsyncStreamUrlCache(client, clock=clock, **kwargs)


def leader_then_waiters(upstream: Upstream, ask: Callable[[], None], count: int) -> None:
    """Run ``ask`` in ``count`` threads: the first is held upstream until the others have
    started, so that they find its request in flight."""
    upstream.release.clear()
    upstream.entered.clear()
    threads = [threading.Thread(target=ask) for _ in range(count)]
    threads[0].start()
    assert upstream.entered.wait(5)
    for thread in threads[1:]:
        thread.start()
    upstream.release.set()
    for thread in threads:
        thread.join(5)


def test_100_threads_at_once_make_one_request() -> None:
    upstream, clock = Upstream(), Clock()
    upstream.release.clear()
    cache = sync_cache(upstream, clock)
    results: list[str] = []
    start = threading.Barrier(100)

    def ask() -> None:
        start.wait(5)
        results.append(cache.get())

    threads = [threading.Thread(target=ask) for _ in range(100)]
    for thread in threads:
        thread.start()
    assert upstream.entered.wait(5)
    upstream.release.set()
    for thread in threads:
        thread.join(5)
    assert upstream.count == 1
    assert results == ["wss://ws.example.test/media/tok1"] * 100


@pytest.mark.anyio
async def test_100_tasks_at_once_make_one_request() -> None:
    upstream, clock = Upstream(), Clock()
    cache = async_cache(upstream, clock)
    results = await asyncio.gather(*(cache.get() for _ in range(100)))
    assert upstream.count == 1
    assert set(results) == {"wss://ws.example.test/media/tok1"}


def test_refresh_after_refresh_after_seconds() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock, refresh_after=100)
    assert cache.get().endswith("tok1")
    clock.now += 99.9
    assert cache.get().endswith("tok1")
    clock.now += 0.1
    assert cache.get().endswith("tok2")
    assert upstream.count == 2


@pytest.mark.anyio
async def test_async_refresh_after_refresh_after_seconds() -> None:
    upstream, clock = Upstream(), Clock()
    cache = async_cache(upstream, clock)
    assert (await cache.get()).endswith("tok1")
    clock.now += 239
    assert (await cache.get()).endswith("tok1")
    clock.now += 1
    assert (await cache.get()).endswith("tok2")


def test_stale_but_valid_is_served_when_a_refresh_fails(caplog: pytest.LogCaptureFixture) -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    cache.get()
    upstream.fail = True
    clock.now += 250
    with caplog.at_level(logging.WARNING, logger="asapp_mg_autotranscribe"):
        assert cache.get().endswith("tok1")
    assert "serving the cached one" in caplog.text
    assert "tok1" not in caplog.text
    clock.now += 4.9  # within the pause after a failure: no new request
    assert cache.get().endswith("tok1")
    assert upstream.count == 2
    clock.now += 45  # 299.9 s after the fetch: asks again, fails, still serves it
    assert cache.get().endswith("tok1")
    assert upstream.count == 3
    clock.now += 0.1  # 300 s after the fetch: expired, even within the pause
    with pytest.raises(ServiceUnavailableError):
        cache.get()
    upstream.fail = False
    clock.now += 5
    assert cache.get().endswith("tok5")


@pytest.mark.anyio
async def test_async_stale_but_valid_then_expired() -> None:
    upstream, clock = Upstream(), Clock()
    cache = async_cache(upstream, clock)
    await cache.get()
    upstream.fail = True
    clock.now += 299
    assert (await cache.get()).endswith("tok1")
    clock.now += 1
    with pytest.raises(ServiceUnavailableError):
        await cache.get()


def test_failure_without_any_url_raises() -> None:
    upstream, clock = Upstream(), Clock()
    upstream.fail = True
    with pytest.raises(ServiceUnavailableError):
        sync_cache(upstream, clock).get()


def test_waiters_behind_a_failed_refresh_do_not_each_retry() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    cache.get()
    upstream.fail = True
    clock.now += 250
    results: list[str] = []
    leader_then_waiters(upstream, lambda: results.append(cache.get()), 20)
    assert upstream.count == 2
    assert results == ["wss://ws.example.test/media/tok1"] * 20


@pytest.mark.anyio
async def test_async_waiters_behind_a_failed_refresh_do_not_each_retry() -> None:
    upstream, clock = Upstream(), Clock()
    cache = async_cache(upstream, clock)
    await cache.get()
    upstream.fail = True
    clock.now += 250
    results = await asyncio.gather(*(cache.get() for _ in range(20)))
    assert upstream.count == 2
    assert set(results) == {"wss://ws.example.test/media/tok1"}


def test_invalidate_forces_a_new_url() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    cache.get()
    cache.invalidate()
    assert cache.get().endswith("tok2")


@pytest.mark.anyio
async def test_async_invalidate_forces_a_new_url() -> None:
    upstream, clock = Upstream(), Clock()
    cache = async_cache(upstream, clock)
    await cache.get()
    cache.invalidate()
    assert (await cache.get()).endswith("tok2")


@pytest.mark.parametrize("refresh_after", [0, -1, 300, 301, "60", True, None])
def test_refresh_after_must_be_inside_the_urls_life(refresh_after: Any) -> None:
    with pytest.raises(ConfigurationError, match="refresh_after"):
        sync_cache(Upstream(), Clock(), refresh_after=refresh_after)
    with pytest.raises(ConfigurationError, match="refresh_after"):
        async_cache(Upstream(), Clock(), refresh_after=refresh_after)


def test_repr_shows_no_url() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    cache.get()
    assert repr(cache) == "StreamUrlCache(refresh_after=240)"
    assert cache.refresh_after == 240.0
    assert repr(cache._state.cached).find("tok1") == -1
    acache = async_cache(upstream, clock, refresh_after=120.5)
    assert repr(acache) == "AsyncStreamUrlCache(refresh_after=120.5)"
    assert acache.refresh_after == 120.5


def test_threads_waiting_on_a_failing_first_fetch_share_its_error() -> None:
    upstream, clock = Upstream(), Clock()
    upstream.fail = True
    cache = sync_cache(upstream, clock)
    errors: list[Exception] = []

    def ask() -> None:
        try:
            cache.get()
        except ServiceUnavailableError as error:
            errors.append(error)

    leader_then_waiters(upstream, ask, 20)
    assert upstream.count == 1
    assert len(errors) == 20


@pytest.mark.anyio
async def test_tasks_waiting_on_a_failing_first_fetch_share_its_error() -> None:
    upstream, clock = Upstream(), Clock()
    upstream.fail = True
    cache = async_cache(upstream, clock)
    outcomes = await asyncio.gather(*(cache.get() for _ in range(20)), return_exceptions=True)
    assert upstream.count == 1
    assert all(isinstance(outcome, ServiceUnavailableError) for outcome in outcomes)


def test_a_refresh_in_flight_does_not_hold_up_others_while_the_url_is_valid() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    assert cache.get().endswith("tok1")
    clock.now += 250
    upstream.release.clear()
    upstream.entered.clear()
    refreshed: list[str] = []
    leader = threading.Thread(target=lambda: refreshed.append(cache.get()))
    leader.start()
    assert upstream.entered.wait(5)
    # The leader is stuck upstream; everyone else gets the still-valid URL at once.
    assert [cache.get() for _ in range(5)] == ["wss://ws.example.test/media/tok1"] * 5
    upstream.release.set()
    leader.join(5)
    assert refreshed == ["wss://ws.example.test/media/tok2"]
    assert cache.get().endswith("tok2")
    assert upstream.count == 2


def test_a_leader_interrupted_mid_fetch_hands_over_to_a_waiter() -> None:
    upstream, clock = Upstream(), Clock()

    def handler(request: httpx.Request) -> httpx.Response:
        response = upstream.handler(request)
        if upstream.count == 1:
            raise KeyboardInterrupt
        return response

    cache = sync_cache(upstream, clock, handler)
    upstream.release.clear()
    interrupted = threading.Event()
    results: list[str] = []

    def lead() -> None:
        try:
            cache.get()
        except KeyboardInterrupt:
            interrupted.set()

    leader = threading.Thread(target=lead)
    waiter = threading.Thread(target=lambda: results.append(cache.get()))
    leader.start()
    assert upstream.entered.wait(5)
    waiter.start()
    upstream.release.set()
    leader.join(5)
    waiter.join(5)
    assert interrupted.is_set()
    assert results == ["wss://ws.example.test/media/tok2"]
    assert upstream.count == 2


@pytest.mark.anyio
async def test_a_cancelled_leader_hands_over_to_a_waiting_task() -> None:
    upstream, clock = Upstream(), Clock()
    gate = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if upstream.count == 0:
            upstream.count += 1
            await gate.wait()  # the first request never ends: its task is cancelled
        return await upstream.async_handler(request)

    cache = async_cache(upstream, clock, handler)
    leader = asyncio.create_task(cache.get())
    await asyncio.sleep(0.01)
    waiter = asyncio.create_task(cache.get())
    await asyncio.sleep(0.01)
    leader.cancel()
    assert await waiter == "wss://ws.example.test/media/tok2"
    with pytest.raises(asyncio.CancelledError):
        await leader
    assert upstream.count == 2


@pytest.mark.parametrize("cache_deadline", [5.0, None])
def test_the_cache_s_deadline_bounds_each_fetch(
    make_api: Any, cache_deadline: float | None
) -> None:
    # The client has no deadline; the cache's own bounds each upstream fetch (None: none).
    busy = httpx.Response(503, json=error_body(503), headers={"retry-after": "30"})
    ok = httpx.Response(200, json={"streamingUrl": "wss://h/p/t"})
    api = make_api(busy, ok)
    cache_class = StreamUrlCache if api.kind == "sync" else AsyncStreamUrlCache
    cache = cache_class(api.client, deadline=cache_deadline)
    if cache_deadline is None:
        assert api.call_on(cache, "get") == "wss://h/p/t"
        assert api.sleeps == [30.0]
    else:
        with pytest.raises(APITimeoutError):
            api.call_on(cache, "get")
        assert api.sleeps == []


def test_the_cache_takes_the_client_s_deadline_when_not_given(make_api: Any) -> None:
    busy = httpx.Response(503, json=error_body(503), headers={"retry-after": "30"})
    api = make_api(busy, deadline=5.0)
    cache_class = StreamUrlCache if api.kind == "sync" else AsyncStreamUrlCache
    with pytest.raises(APITimeoutError):
        api.call_on(cache_class(api.client), "get")
