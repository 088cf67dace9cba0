"""RedisStreamUrlCache and its async twin against a real redis-server and a fake ASAPP that
counts requests: one upstream request for the fleet, the URL's age kept by Redis, a shared
error, a dead leader replaced, Redis down, values not ours, and no secret in Redis."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import redis
from doubles import API_ID, API_SECRET, STREAM_URL, Clock, error_body
from fault.fake_asapp import FakeAsapp, no_answer, respond

from asapp_mg_autotranscribe import (
    APITimeoutError,
    AsyncAutoTranscribeClient,
    AuthenticationError,
    AutoTranscribeClient,
    RateLimitError,
    StreamUrlCache,
)
from asapp_mg_autotranscribe.redis import AsyncRedisStreamUrlCache, RedisStreamUrlCache
from fleet.processes import Worker, start_together
from fleet.servers import RedisServer

URL_OK = respond(200, {"streamingUrl": STREAM_URL})
TOKEN = STREAM_URL.rsplit("/", 1)[1]


def new_client(server: FakeAsapp, **kwargs: Any) -> AutoTranscribeClient:
    kwargs.setdefault("max_retries", 0)
    return AutoTranscribeClient(
        api_id=API_ID, api_secret=API_SECRET, base_url=server.base_url, environment={}, **kwargs
    )


@pytest.fixture
def client(server: FakeAsapp) -> Iterator[AutoTranscribeClient]:
    made = new_client(server)
    yield made
    made.close()


def url_worker(redis_server: RedisServer, server: FakeAsapp, **spec: Any) -> dict[str, Any]:
    """What a worker process getting stream URLs needs (tests/fleet/worker.py)."""
    return {
        "role": "url",
        "redis": redis_server.url,
        "base_url": server.base_url,
        "api_id": API_ID,
        "api_secret": API_SECRET,
        "deadline": 20,
        **spec,
    }


@pytest.fixture
def make_cache() -> Iterator[Any]:
    """Build a RedisStreamUrlCache; each is closed after the test."""
    made: list[RedisStreamUrlCache] = []

    def make(*args: Any, **kwargs: Any) -> RedisStreamUrlCache:
        made.append(RedisStreamUrlCache(*args, **kwargs))
        return made[-1]

    yield make
    for cache in made:
        cache.close()


def every_value(client: redis.Redis) -> list[bytes]:
    """Every key and every value in the keyspace, whatever their types."""
    found: list[bytes] = []
    for key in client.scan_iter(count=1000):
        found.append(key)
        kind = client.type(key)
        if kind == b"string":
            found.append(client.get(key) or b"")
        elif kind == b"stream":
            found += [str(entry).encode() for entry in client.xrange(key)]
        elif kind == b"set":
            found += list(client.smembers(key))
    return found


def test_4_processes_of_8_threads_make_one_upstream_request(
    redis_server: RedisServer, server: FakeAsapp
) -> None:
    server.answer(URL_OK)
    spec = url_worker(redis_server, server, threads=8, lock_timeout=30)
    outcomes = start_together([Worker(**spec) for _ in range(4)])
    assert outcomes == [[STREAM_URL] * 8] * 4
    assert len(server.requests) == 1


def test_a_fresh_url_is_served_from_memory_with_no_redis_round_trip(
    make_cache: Any,
    redis_server: RedisServer,
    server: FakeAsapp,
    client: AutoTranscribeClient,
    plain_client: redis.Redis,
) -> None:
    server.answer(URL_OK)
    clock = Clock()
    cache = make_cache(client, redis_server.url, clock=clock)
    assert cache.get() == STREAM_URL
    before = plain_client.info("stats")["total_commands_processed"]
    for _ in range(100):
        assert cache.get() == STREAM_URL
    # The INFO command itself is the one counted.
    assert plain_client.info("stats")["total_commands_processed"] == before + 1
    assert len(server.requests) == 1


def test_the_url_age_is_redis_s_and_another_process_uses_it(
    make_cache: Any,
    redis_server: RedisServer,
    server: FakeAsapp,
    client: AutoTranscribeClient,
    plain_client: redis.Redis,
) -> None:
    server.answer(URL_OK)
    first_clock, second_clock = Clock(), Clock()
    first = make_cache(client, redis_server.url, refresh_after=100, clock=first_clock)
    second = make_cache(client, redis_server.url, refresh_after=100, clock=second_clock)
    assert first.get() == STREAM_URL
    [key] = [k for k in plain_client.scan_iter() if k.endswith(b":url")]
    assert 290_000 < plain_client.pttl(key) <= 300_000
    # Redis says the URL is 50 s old: the second cache keeps it, counting its age down on its
    # own clock, and serves it from memory until it is 100 s old.
    plain_client.pexpire(key, 250_000)
    assert second.get() == STREAM_URL
    second_clock.now += 49.9
    before = plain_client.info("stats")["total_commands_processed"]
    assert second.get() == STREAM_URL
    assert plain_client.info("stats")["total_commands_processed"] == before + 1
    # Then it asks Redis, whose count wins: still 50 s old there, still no upstream request.
    second_clock.now += 0.2
    assert second.get() == STREAM_URL
    assert len(server.requests) == 1
    # Once Redis counts 150 s, the refresh goes upstream, once.
    plain_client.pexpire(key, 150_000)
    second_clock.now += 100
    assert second.get() == STREAM_URL
    assert first.get() == STREAM_URL
    assert len(server.requests) == 2


def test_the_leader_s_error_is_shared_for_the_retry_pause(
    make_cache: Any,
    redis_server: RedisServer,
    server: FakeAsapp,
    client: AutoTranscribeClient,
    plain_client: redis.Redis,
) -> None:
    server.answer(respond(429, error_body(429, f"slow down, {STREAM_URL}"), {"Retry-After": "7"}))
    leader = make_cache(client, redis_server.url)
    follower = make_cache(client, redis_server.url)
    with pytest.raises(RateLimitError) as led:
        leader.get()
    with pytest.raises(RateLimitError) as shared:
        follower.get()
    assert len(server.requests) == 1
    mine, theirs = led.value, shared.value
    assert (theirs.status_code, theirs.request_id, theirs.code, theirs.retry_after) == (
        mine.status_code,
        mine.request_id,
        mine.code,
        7.0,
    )
    assert theirs.response.status_code == 429
    assert theirs.response.content == b""
    assert TOKEN not in str(theirs)
    assert TOKEN not in theirs.message
    assert b"pickle" not in b"".join(every_value(plain_client))
    follower.close()


def test_a_stale_url_is_served_while_the_refresh_fails(
    make_cache: Any,
    redis_server: RedisServer,
    server: FakeAsapp,
    client: AutoTranscribeClient,
    plain_client: redis.Redis,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server.answer(URL_OK, respond(503, error_body(503)))
    clock = Clock()
    cache = make_cache(client, redis_server.url, clock=clock)
    other = make_cache(client, redis_server.url, clock=clock)
    assert cache.get() == STREAM_URL
    [key] = [k for k in plain_client.scan_iter() if k.endswith(b":url")]
    plain_client.pexpire(key, 50_000)  # 250 s old as Redis counts it
    clock.now += 250
    assert cache.get() == STREAM_URL  # the refresh failed: the still-valid URL, a warning
    # Another process, which never had the URL: the shared error, no second attempt in the
    # pause, and the still-valid URL from Redis served.
    assert other.get() == STREAM_URL
    assert len(server.requests) == 2
    assert caplog.text.count("serving the cached one") == 2
    assert TOKEN not in caplog.text


def test_a_leader_killed_mid_fetch_is_replaced_after_the_lock_timeout(
    redis_server: RedisServer, server: FakeAsapp
) -> None:
    server.answer(no_answer(), URL_OK)
    spec = url_worker(redis_server, server, threads=1, lock_timeout=0.5)
    leader = Worker(**spec)
    try:
        leader.ready().go()
        assert server.wait_for_requests(1), "the leader's request never came upstream"
        leader.kill()
    finally:
        leader.close()
    [outcome] = start_together([Worker(**spec)])
    assert outcome == [STREAM_URL]
    assert len(server.requests) == 2


def test_the_leader_gives_up_when_its_lock_lapses(
    make_cache: Any, redis_server: RedisServer, server: FakeAsapp, client: AutoTranscribeClient
) -> None:
    # The client has no deadline: the lock bounds the leader, so no second leader can
    # start while the first still waits upstream.
    server.answer(no_answer(), URL_OK)
    cache = make_cache(client, redis_server.url, lock_timeout=0.5)
    with pytest.raises(APITimeoutError, match=r"the 0\.5 s deadline of the call passed"):
        cache.get()
    assert len(server.requests) == 1


def test_redis_down_each_process_fetches_and_redis_is_tried_again_5_s_later(
    make_cache: Any,
    own_redis: RedisServer,
    server: FakeAsapp,
    client: AutoTranscribeClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    server.answer(URL_OK)
    clock = Clock()
    cache = make_cache(client, own_redis.url, clock=clock)
    port = own_redis.port
    own_redis.kill()
    assert cache.get() == STREAM_URL
    clock.now += 250
    assert cache.get() == STREAM_URL  # within 5 s of the failure? no: 250 s later, tried again
    assert caplog.text.count("Redis cannot be used") == 1  # one warning per outage
    own_redis.start(port)
    clock.now += 4.9
    cache.invalidate()  # Redis failed 4.9 s ago: not tried
    assert cache.get() == STREAM_URL
    admin = own_redis.client()
    assert admin.dbsize() == 0
    clock.now += 0.2
    cache.invalidate()
    assert cache.get() == STREAM_URL
    assert admin.dbsize() == 1  # used again
    admin.close()
    assert "Redis answers again" in caplog.text
    assert len(server.requests) == 4


def test_a_value_not_ours_is_replaced_with_a_warning(
    make_cache: Any,
    redis_server: RedisServer,
    server: FakeAsapp,
    client: AutoTranscribeClient,
    plain_client: redis.Redis,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server.answer(URL_OK)
    cache = make_cache(client, redis_server.url)
    assert cache.get() == STREAM_URL
    [url_key] = [k for k in plain_client.scan_iter() if k.endswith(b":url")]
    lock_key, error_key = url_key[:-3] + b"lock", url_key[:-3] + b"error"
    tampers = [
        lambda: plain_client.set(url_key, "not ours", px=200_000),
        lambda: plain_client.delete(url_key) and plain_client.hset(url_key, "x", "y"),
        lambda: plain_client.delete(url_key) and plain_client.set(error_key, "no", px=200_000),
        # A lock without an expiry is no leader's: taken over.
        lambda: plain_client.delete(url_key) and plain_client.set(lock_key, "forever"),
    ]
    for tamper in tampers:
        caplog.clear()
        tamper()
        fresh = make_cache(client, redis_server.url)
        assert fresh.get() == STREAM_URL
        assert caplog.text.count("did not write") == (tamper is not tampers[-1])
    assert plain_client.get(url_key) is not None
    assert len(server.requests) == 5


def test_no_key_or_value_holds_the_api_secret_and_keys_are_per_account(
    make_cache: Any, redis_server: RedisServer, server: FakeAsapp, plain_client: redis.Redis
) -> None:
    server.answer(URL_OK, respond(401, error_body(401, f"bad secret {API_SECRET}")))
    first = new_client(server)
    other_account = AutoTranscribeClient(
        api_id="another-account",
        api_secret=API_SECRET,
        base_url=server.base_url,
        environment={},
        max_retries=0,
    )
    assert make_cache(first, redis_server.url).get() == STREAM_URL
    with pytest.raises(AuthenticationError) as raised:
        make_cache(other_account, redis_server.url).get()
    assert API_SECRET not in str(raised.value)
    values = b"\n".join(every_value(plain_client))
    assert values.count(b":url") == 1
    assert values.count(b":error") == 1
    assert API_SECRET.encode() not in values
    assert API_ID.encode() not in values
    first.close()
    other_account.close()


def test_reprs_and_logs_mask_the_url(
    redis_server: RedisServer,
    server: FakeAsapp,
    client: AutoTranscribeClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    server.answer(URL_OK)
    cache = RedisStreamUrlCache(
        client, f"redis://:hunter2-password@127.0.0.1:{redis_server.port}/0"
    )
    cache.get()
    assert repr(cache) == (
        "RedisStreamUrlCache(refresh_after=240, lock_timeout=30, prefix='asapp:stream-url')"
    )
    assert isinstance(cache, StreamUrlCache)
    assert TOKEN not in caplog.text
    assert "hunter2" not in caplog.text


@pytest.mark.anyio
async def test_async_cache_shares_one_request_and_the_error(
    redis_server: RedisServer, server: FakeAsapp
) -> None:
    server.answer(URL_OK, respond(429, error_body(429)))
    client = AsyncAutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        base_url=server.base_url,
        environment={},
        max_retries=0,
    )
    clock = Clock()
    caches = [AsyncRedisStreamUrlCache(client, redis_server.url, clock=clock) for _ in range(4)]
    results = await asyncio.gather(*(cache.get() for cache in caches for _ in range(8)))
    assert results == [STREAM_URL] * 32
    assert len(server.requests) == 1
    await caches[0].ainvalidate()
    caches[1].invalidate()
    with pytest.raises(RateLimitError):
        await caches[0].get()
    with pytest.raises(RateLimitError):
        await caches[1].get()
    assert len(server.requests) == 2
    assert "AsyncRedisStreamUrlCache(refresh_after=240" in repr(caches[0])
    for cache in caches:
        await cache.aclose()
    await client.close()


class Interrupted(BaseException):
    """Not an Exception: a leader interrupted mid-request (as by Ctrl-C or a cancellation)."""


def interrupting(request: httpx.Request) -> httpx.Response:
    raise Interrupted


def killing(redis_server: RedisServer) -> Any:
    """An answer that kills ``redis_server`` first, then gives the URL."""

    def answer(wire: Any) -> bool:
        redis_server.kill()
        return bool(URL_OK(wire))

    return answer


def lock_key(client: redis.Redis) -> bytes:
    [url] = [k for k in client.scan_iter() if k.endswith(b":url")]
    return url[:-3] + b"lock"


def test_a_process_waits_for_another_leader_within_its_deadline(
    make_cache: Any,
    redis_server: RedisServer,
    server: FakeAsapp,
    client: AutoTranscribeClient,
    plain_client: redis.Redis,
) -> None:
    server.answer(URL_OK)
    clock = Clock()
    cache = make_cache(client, redis_server.url, clock=clock)
    assert cache.get() == STREAM_URL
    lock = lock_key(plain_client)
    plain_client.flushall()
    plain_client.set(lock, "another leader", px=60_000)
    # Another process leads and Redis has no URL: this one serves its own still-valid URL.
    clock.now += 250
    assert cache.get() == STREAM_URL
    # A process without a URL waits for the leader, at most its deadline.
    waiting = make_cache(client, redis_server.url, deadline=0.2)
    with pytest.raises(APITimeoutError, match="another process's stream-URL request"):
        waiting.get()
    assert len(server.requests) == 1


def test_an_interrupted_leader_lets_the_next_one_lead(
    make_cache: Any, redis_server: RedisServer, plain_client: redis.Redis
) -> None:
    client = AutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        environment={},
        http_client=httpx.Client(transport=httpx.MockTransport(interrupting)),
    )
    cache = make_cache(client, redis_server.url)
    with pytest.raises(Interrupted):
        cache.get()
    assert [k for k in plain_client.scan_iter() if k.endswith(b":lock")] == []


def test_redis_lost_while_the_leader_asks_upstream(
    make_cache: Any, own_redis: RedisServer, server: FakeAsapp, client: AutoTranscribeClient
) -> None:
    server.answer(killing(own_redis))
    cache = make_cache(client, own_redis.url)
    assert cache.get() == STREAM_URL  # stored nowhere, served all the same
    cache.invalidate()  # Redis is gone: forgotten here
    assert cache.get() == STREAM_URL
    assert len(server.requests) == 2


@pytest.mark.anyio
async def test_async_cache_under_redis_failures(
    own_redis: RedisServer, server: FakeAsapp, caplog: pytest.LogCaptureFixture
) -> None:
    server.answer(URL_OK)
    client = AsyncAutoTranscribeClient(
        api_id=API_ID, api_secret=API_SECRET, base_url=server.base_url, environment={}
    )
    clock = Clock()
    cache = AsyncRedisStreamUrlCache(client, own_redis.url, clock=clock)
    admin = own_redis.client()
    admin.set(b"asapp:stream-url:x", "unrelated")
    assert await cache.get() == STREAM_URL
    [url_key] = [k for k in admin.scan_iter() if k.endswith(b":url")]
    admin.set(url_key, "not ours", px=200_000)  # a value not ours: asked again, ignoring it
    cache.invalidate()
    assert await cache.get() == STREAM_URL
    assert "did not write" in caplog.text
    admin.set(url_key[:-3] + b"lock", "another leader", px=60_000)
    admin.delete(url_key)
    waiting = AsyncRedisStreamUrlCache(client, own_redis.url, deadline=0.2)
    with pytest.raises(APITimeoutError):
        await waiting.get()
    admin.delete(url_key[:-3] + b"lock")
    admin.close()
    server.answer(killing(own_redis))
    cache.invalidate()
    assert await cache.get() == STREAM_URL  # Redis lost while the leader asked upstream
    await cache.ainvalidate()  # Redis is gone: forgotten here
    clock.now += 1
    assert await cache.get() == STREAM_URL  # Redis failed 1 s ago: not asked
    clock.now += 5
    cache.invalidate()
    assert await cache.get() == STREAM_URL  # asked, and unreachable: fetched alone
    assert len(server.requests) == 5
    interrupted = AsyncAutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        environment={},
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(interrupting)),
    )
    own_redis.start()
    leader = AsyncRedisStreamUrlCache(interrupted, own_redis.url)
    with pytest.raises(Interrupted):
        await leader.get()
    admin = own_redis.client()
    assert [k for k in admin.scan_iter() if k.endswith(b":lock")] == []
    admin.close()
    for made in (cache, waiting, leader):
        await made.aclose()
    await client.close()
    await interrupted.close()
