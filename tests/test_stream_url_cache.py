"""StreamUrlCache and AsyncStreamUrlCache: single flight, refresh, stale-but-valid, expiry."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from doubles import API_ID, API_SECRET, WAIT_BOUND, Clock, FlightWaiters, error_body

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
    """Counts stream-URL requests; answers with a new URL each time, or a scripted failure
    (``fail``: True for a 503, or an exception for the transport to raise).

    ``hold()`` keeps the coming requests upstream until ``release()``; ``entered`` (threads)
    and ``until_entered()`` (tasks) tell when one has arrived.
    """

    def __init__(self) -> None:
        self.count = 0
        self.fail: bool | Exception = False
        self.lock = threading.Lock()
        self.entered = threading.Event()
        self.entered_async = asyncio.Event()
        self._released = threading.Event()
        self._released_async = asyncio.Event()
        self.release()

    def hold(self) -> None:
        self.entered.clear()
        self.entered_async.clear()
        self._released.clear()
        self._released_async.clear()

    def release(self) -> None:
        self._released.set()
        self._released_async.set()

    async def until_entered(self) -> None:
        async with asyncio.timeout(WAIT_BOUND):
            await self.entered_async.wait()

    def handler(self, request: httpx.Request) -> httpx.Response:
        count = self._arrive()
        self.entered.set()
        assert self._released.wait(WAIT_BOUND), "the held request was never released"
        return self._answer(count)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        count = self._arrive()
        self.entered_async.set()
        async with asyncio.timeout(WAIT_BOUND):
            await self._released_async.wait()
        return self._answer(count)

    def _arrive(self) -> int:
        with self.lock:
            self.count += 1
            return self.count

    def _answer(self, count: int) -> httpx.Response:
        if isinstance(self.fail, Exception):
            raise self.fail
        if self.fail:
            return httpx.Response(503, json=error_body(503))
        return httpx.Response(200, json={"streamingUrl": f"wss://ws.example.test/media/tok{count}"})


def sync_client(handler: Any) -> AutoTranscribeClient:
    return AutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        environment={},
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def async_client(handler: Any) -> AsyncAutoTranscribeClient:
    return AsyncAutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        environment={},
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )


def sync_cache(
    upstream: Upstream, clock: Clock, handler: Any = None, **kwargs: Any
) -> StreamUrlCache:
    return StreamUrlCache(sync_client(handler or upstream.handler), clock=clock, **kwargs)


def async_cache(
    upstream: Upstream, clock: Clock, handler: Any = None, **kwargs: Any
) -> AsyncStreamUrlCache:
    return AsyncStreamUrlCache(
        async_client(handler or upstream.async_handler), clock=clock, **kwargs
    )


def start_all(threads: list[threading.Thread]) -> list[threading.Thread]:
    for thread in threads:
        thread.start()
    return threads


def join_all(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.join(WAIT_BOUND)
    assert not any(thread.is_alive() for thread in threads)


def one_fetch_for_all(upstream: Upstream, cache: StreamUrlCache, ask: Callable[[], None]) -> None:
    """Run ``ask`` in 100 threads at once, holding the fetch upstream until the 99 that do
    not lead it wait on it."""
    waiters = FlightWaiters()
    waiters.watch(cache)
    upstream.hold()
    start = threading.Barrier(100)

    def at_once() -> None:
        start.wait(WAIT_BOUND)
        ask()

    threads = start_all([threading.Thread(target=at_once) for _ in range(100)])
    waiters.until(99)
    upstream.release()
    join_all(threads)
    assert waiters.waiting == 99


async def one_fetch_for_all_tasks(upstream: Upstream, cache: AsyncStreamUrlCache) -> list[Any]:
    """100 tasks asking at once, the fetch held upstream until the 99 that do not lead it
    wait on it; what each got (a URL or an error)."""
    waiters = FlightWaiters()
    waiters.watch(cache)
    upstream.hold()
    asking = [asyncio.create_task(cache.get()) for _ in range(100)]
    await waiters.until_async(99)
    upstream.release()
    outcomes = await asyncio.gather(*asking, return_exceptions=True)
    assert waiters.waiting == 99
    return outcomes


def test_100_threads_at_once_make_one_request_and_share_its_url() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    results: list[str] = []
    one_fetch_for_all(upstream, cache, lambda: results.append(cache.get()))
    assert upstream.count == 1
    assert results == ["wss://ws.example.test/media/tok1"] * 100


@pytest.mark.anyio
async def test_100_tasks_at_once_make_one_request_and_share_its_url() -> None:
    upstream, clock = Upstream(), Clock()
    outcomes = await one_fetch_for_all_tasks(upstream, async_cache(upstream, clock))
    assert upstream.count == 1
    assert outcomes == ["wss://ws.example.test/media/tok1"] * 100


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


def test_callers_during_and_after_a_failed_refresh_do_not_each_retry() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    cache.get()
    upstream.fail = True
    clock.now += 250
    upstream.hold()
    refreshed: list[str] = []
    leader = start_all([threading.Thread(target=lambda: refreshed.append(cache.get()))])
    assert upstream.entered.wait(WAIT_BOUND)
    # While the refresh is held upstream, the others are served the valid URL at once.
    served: list[str] = []
    join_all(
        start_all([threading.Thread(target=lambda: served.append(cache.get())) for _ in range(19)])
    )
    upstream.release()
    join_all(leader)
    # After the failure, within the pause, no one asks again.
    served += [cache.get() for _ in range(20)]
    assert refreshed == ["wss://ws.example.test/media/tok1"]
    assert served == ["wss://ws.example.test/media/tok1"] * 39
    assert upstream.count == 2


@pytest.mark.anyio
async def test_tasks_during_and_after_a_failed_refresh_do_not_each_retry() -> None:
    upstream, clock = Upstream(), Clock()
    cache = async_cache(upstream, clock)
    await cache.get()
    upstream.fail = True
    clock.now += 250
    upstream.hold()
    leader = asyncio.create_task(cache.get())
    await upstream.until_entered()
    # While the refresh is held upstream, the others are served the valid URL at once.
    served = await asyncio.gather(*(cache.get() for _ in range(19)))
    upstream.release()
    assert await leader == "wss://ws.example.test/media/tok1"
    # After the failure, within the pause, no one asks again.
    served += await asyncio.gather(*(cache.get() for _ in range(20)))
    assert served == ["wss://ws.example.test/media/tok1"] * 39
    assert upstream.count == 2


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


@pytest.mark.parametrize(
    ("cache_class", "client_kind"),
    [
        (StreamUrlCache, "none"),
        (StreamUrlCache, "async"),
        (AsyncStreamUrlCache, "none"),
        (AsyncStreamUrlCache, "sync"),
    ],
)
def test_a_cache_refuses_a_client_it_cannot_use(cache_class: Any, client_kind: str) -> None:
    # The other kind's get() would cache a coroutine, or wait on a loop it does not run in.
    client = {
        "none": lambda: None,
        "sync": lambda: sync_client(Upstream().handler),
        "async": lambda: async_client(Upstream().async_handler),
    }[client_kind]()
    with pytest.raises(ConfigurationError, match="the cache's client must be an "):
        cache_class(client)


def test_repr_shows_no_url() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    cache.get()
    assert repr(cache) == "StreamUrlCache(refresh_after=240)"
    assert cache.refresh_after == 240.0
    acache = async_cache(upstream, clock, refresh_after=120.5)
    assert repr(acache) == "AsyncStreamUrlCache(refresh_after=120.5)"
    assert acache.refresh_after == 120.5


# How a first fetch fails: the SDK's error for a 503, or an exception that is not the SDK's
# (raised through the client by a transport), with the class every caller then gets.
FAILURES = [
    pytest.param(True, ServiceUnavailableError, id="503"),
    pytest.param(LookupError("no route to the stream-URL service"), LookupError, id="not-sdk"),
]


@pytest.mark.parametrize(("fail", "error_class"), FAILURES)
def test_threads_waiting_on_a_failing_first_fetch_share_its_error(
    fail: bool | Exception, error_class: type[Exception]
) -> None:
    upstream, clock = Upstream(), Clock()
    upstream.fail = fail
    cache = sync_cache(upstream, clock)
    errors: list[Exception] = []

    def ask() -> None:
        try:
            cache.get()
        except error_class as error:
            errors.append(error)

    one_fetch_for_all(upstream, cache, ask)
    assert upstream.count == 1
    assert len(errors) == 100
    assert len({id(error) for error in errors}) == 1


@pytest.mark.anyio
@pytest.mark.parametrize(("fail", "error_class"), FAILURES)
async def test_tasks_waiting_on_a_failing_first_fetch_share_its_error(
    fail: bool | Exception, error_class: type[Exception]
) -> None:
    upstream, clock = Upstream(), Clock()
    upstream.fail = fail
    outcomes = await one_fetch_for_all_tasks(upstream, async_cache(upstream, clock))
    assert upstream.count == 1
    assert all(isinstance(outcome, error_class) for outcome in outcomes), outcomes[:2]
    assert len({id(outcome) for outcome in outcomes}) == 1


def test_a_refresh_in_flight_does_not_hold_up_others_while_the_url_is_valid() -> None:
    upstream, clock = Upstream(), Clock()
    cache = sync_cache(upstream, clock)
    assert cache.get().endswith("tok1")
    clock.now += 250
    upstream.hold()
    refreshed: list[str] = []
    leader = start_all([threading.Thread(target=lambda: refreshed.append(cache.get()))])
    assert upstream.entered.wait(WAIT_BOUND)
    # The leader is stuck upstream; everyone else gets the still-valid URL at once.
    assert [cache.get() for _ in range(5)] == ["wss://ws.example.test/media/tok1"] * 5
    upstream.release()
    join_all(leader)
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
    waiters = FlightWaiters()
    waiters.watch(cache)
    upstream.hold()
    interrupted = threading.Event()
    results: list[str] = []

    def lead() -> None:
        try:
            cache.get()
        except KeyboardInterrupt:
            interrupted.set()

    leader = start_all([threading.Thread(target=lead)])
    assert upstream.entered.wait(WAIT_BOUND)
    waiter = start_all([threading.Thread(target=lambda: results.append(cache.get()))])
    waiters.until(1)
    upstream.release()
    join_all(leader + waiter)
    assert interrupted.is_set()
    assert results == ["wss://ws.example.test/media/tok2"]
    assert upstream.count == 2


@pytest.mark.anyio
async def test_a_cancelled_leader_hands_over_to_a_waiting_task() -> None:
    upstream, clock = Upstream(), Clock()

    async def handler(request: httpx.Request) -> httpx.Response:
        if upstream.count == 0:
            upstream.count += 1
            upstream.entered_async.set()
            await asyncio.Event().wait()  # the first request never ends: its task is cancelled
        return await upstream.async_handler(request)

    cache = async_cache(upstream, clock, handler)
    waiters = FlightWaiters()
    waiters.watch(cache)
    upstream.entered_async.clear()
    leader = asyncio.create_task(cache.get())
    await upstream.until_entered()
    waiter = asyncio.create_task(cache.get())
    await waiters.until_async(1)
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
