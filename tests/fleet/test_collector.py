"""RedisTranscriptCollector and its async twin against a real redis-server: order, dedupe,
bounds, expiry, pop, follow, values not ours, and several real processes sharing one call."""

from __future__ import annotations

import hashlib
import json
import random
import threading
from typing import Any

import pytest
import redis
from redis.crc import key_slot
from transcripts.samples import PRIVATE_TEXT, message

from asapp_mg_autotranscribe import (
    ClientClosedError,
    TranscriptCollector,
    TranscriptEvent,
    TranscriptStoreError,
    parse_transcript_event,
)
from asapp_mg_autotranscribe.redis import AsyncRedisTranscriptCollector, RedisTranscriptCollector
from fleet.processes import Worker, start_together
from fleet.servers import RedisServer

CALL = "CA5b040e075515c424391012acc5a870cf"


def event(
    start: int, *, call: str = CALL, text: str = PRIVATE_TEXT, **fields: Any
) -> TranscriptEvent:
    return parse_transcript_event(
        message(call=call, start=start, end=start + 10, text=text, **fields)
    )


def all_keys(client: redis.Redis) -> list[bytes]:
    return list(client.scan_iter(count=1000))


def test_events_are_ordered_by_start_then_arrival_and_kept_once(redis_server: RedisServer) -> None:
    collector = RedisTranscriptCollector(redis_server.url)
    first_tie, second_tie = event(500, text="first"), event(500, text="second")
    assert collector.add(event(900))
    assert collector.add(first_tie)
    assert collector.add(event(100))
    assert collector.add(second_tie)
    assert not collector.add(parse_transcript_event(first_tie.to_dict()))
    assert [e.start_ms for e in collector.events(CALL)] == [100, 500, 500, 900]
    assert collector.events(CALL)[1:3] == [first_tie, second_tie]
    assert collector.events("CA-unknown") == []
    collector.close()


def test_the_same_order_as_the_in_memory_collector(redis_server: RedisServer) -> None:
    rng = random.Random(7)
    events = [event(rng.randrange(0, 50), text=f"u{n}") for n in range(120)]
    events += rng.sample(events, 30)  # delivered twice
    in_memory, shared = TranscriptCollector(), RedisTranscriptCollector(redis_server.url)
    assert [shared.add(e) for e in events] == [in_memory.add(e) for e in events]
    assert shared.events(CALL) == in_memory.events(CALL)
    assert shared.pop(CALL) == in_memory.pop(CALL)
    assert shared.pop(CALL) == in_memory.pop(CALL) == []
    shared.close()


def test_past_max_events_per_call_the_earliest_added_go_with_a_warning(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    collector = RedisTranscriptCollector(redis_server.url, max_events_per_call=3)
    for start in (40, 10, 30, 20):
        collector.add(event(start))
    assert [e.start_ms for e in collector.events(CALL)] == [10, 20, 30]
    assert "has more than 3 events; dropped its 1 earliest-added" in caplog.text
    # The dropped event is forgotten: delivered again, it is kept again.
    assert collector.add(event(40))
    assert PRIVATE_TEXT not in caplog.text
    collector.close()


def test_every_key_expires_ttl_after_the_last_event(
    redis_server: RedisServer, plain_client: redis.Redis
) -> None:
    collector = RedisTranscriptCollector(redis_server.url, ttl=600)
    collector.add(event(1))
    collector.add(event(2, call="CA-other"))
    collector.pop("CA-other")
    keys = all_keys(plain_client)
    assert len(keys) == 3  # a call's events and their digests; a popped call's marker
    for key in keys:
        assert 0 < plain_client.pttl(key) <= 600_000
    popped = next(key for key in keys if b"{call:" + b"CA-other".hex().encode() in key)
    assert plain_client.pttl(popped) <= 60_000  # kept a minute for those following the call
    collector.close()


def test_a_calls_digests_evicted_while_its_events_stay_lose_no_event(
    redis_server: RedisServer, plain_client: redis.Redis
) -> None:
    collector = RedisTranscriptCollector(redis_server.url)
    for start in range(5):
        collector.add(event(start))
    [digests] = [key for key in all_keys(plain_client) if key.endswith(b":seen")]
    plain_client.delete(digests)  # as an eviction policy may, one key at a time
    assert not collector.add(event(2))  # still known: the digests are rebuilt from the events
    plain_client.delete(digests)
    assert collector.add(event(5))
    assert not collector.add(event(3))
    assert [e.start_ms for e in collector.events(CALL)] == [0, 1, 2, 3, 4, 5]
    collector.close()


def test_pop_returns_the_events_and_forgets_the_call(redis_server: RedisServer) -> None:
    collector = RedisTranscriptCollector(redis_server.url)
    collector.add(event(2))
    collector.add(event(1))
    assert [e.start_ms for e in collector.pop(CALL)] == [1, 2]
    assert collector.pop(CALL) == []
    assert collector.events(CALL) == []
    assert collector.add(event(2))  # a late event starts the call anew
    assert [e.start_ms for e in collector.events(CALL)] == [2]
    collector.close()


def test_hostile_call_ids_stay_inside_their_hash_tag(
    redis_server: RedisServer, plain_client: redis.Redis
) -> None:
    ids = [CALL, "a}b", "{c", "}{", "with space", "new\nline", "", "x" * 10 * 1024, CALL + "}"]
    collector = RedisTranscriptCollector(redis_server.url)
    for number, call in enumerate(ids):
        collector.add(event(number, call=call))
    for number, call in enumerate(ids):
        assert [(e.external_conversation_id, e.start_ms) for e in collector.events(call)] == [
            (call, number)
        ]
    slots: dict[int, set[int]] = {}
    for key in all_keys(plain_client):
        tag = key.split(b"{", 1)[1].split(b"}", 1)[0]
        assert key.startswith(b"asapp:transcripts:{call:")
        assert key.count(b"{") == key.count(b"}") == 1
        slots.setdefault(hash(tag), set()).add(key_slot(key))
    assert len(slots) == len(ids)
    assert all(len(found) == 1 for found in slots.values())
    collector.close()


def test_values_not_ours_raise_transcript_store_error(
    redis_server: RedisServer, plain_client: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    collector = RedisTranscriptCollector(redis_server.url)
    collector.add(event(1))
    stream = next(k for k in all_keys(plain_client) if k.endswith(b":events"))
    other_call = json.dumps(message(call="CA-other"))
    for fields in (
        {"d": "0" * 64, "e": "{}"},  # a digest that does not match
        {"d": hashlib.sha256(b"{}").hexdigest(), "e": "{}"},  # not an event
        {"d": hashlib.sha256(other_call.encode()).hexdigest(), "e": other_call},  # another call's
    ):
        entry = plain_client.xadd(stream, fields)
        for method in (collector.events, collector.pop):
            with pytest.raises(TranscriptStoreError, match="did not write"):
                method(CALL)
        plain_client.xdel(stream, entry)
    plain_client.delete(stream)
    plain_client.set(stream, "another program's value")
    with pytest.raises(TranscriptStoreError, match="did not write"):
        collector.add(event(2))
    with pytest.raises(TranscriptStoreError):
        collector.events(CALL)
    assert repr(collector).endswith("spilled=0)")  # never spilled
    assert "ERROR" in caplog.text
    assert PRIVATE_TEXT not in caplog.text
    collector.close()


def test_follow_gives_the_stored_events_then_new_ones_until_the_call_is_popped(
    redis_server: RedisServer,
) -> None:
    writer = RedisTranscriptCollector(redis_server.url)
    reader = RedisTranscriptCollector(redis_server.url)
    writer.add(event(300))
    writer.add(event(100))
    followed = reader.follow(CALL, idle_timeout=60)
    assert [next(followed).start_ms for _ in range(2)] == [100, 300]
    writer.add(event(50))  # arrival order from here on
    assert next(followed).start_ms == 50
    writer.add(event(50))  # a duplicate is not followed
    writer.add(event(60))
    writer.pop(CALL)
    assert [e.start_ms for e in followed] == [60]
    writer.close()
    reader.close()


def test_follow_ends_when_the_call_is_idle(redis_server: RedisServer) -> None:
    collector = RedisTranscriptCollector(redis_server.url)
    collector.add(event(1))
    assert [e.start_ms for e in collector.follow(CALL, idle_timeout=0.05)] == [1]
    assert list(collector.follow("CA-nothing", idle_timeout=0.05)) == []
    collector.close()


def test_follow_of_an_unreachable_redis_raises(own_redis: RedisServer) -> None:
    collector = RedisTranscriptCollector(own_redis.url)
    collector.add(event(1))
    followed = collector.follow(CALL, idle_timeout=60)
    assert next(followed).start_ms == 1
    own_redis.kill()
    with pytest.raises(TranscriptStoreError, match="cannot be reached"):
        next(followed)
    with pytest.raises(TranscriptStoreError, match="cannot be reached"):
        collector.events(CALL)
    collector.close()


def test_a_closed_collector_refuses_calls(redis_server: RedisServer) -> None:
    with RedisTranscriptCollector(redis_server.url) as collector:
        collector.add(event(1))
    collector.close()
    with pytest.raises(ClientClosedError):
        collector.add(event(2))
    with pytest.raises(ClientClosedError):
        collector.events(CALL)


def test_add_is_thread_safe(redis_server: RedisServer) -> None:
    collector = RedisTranscriptCollector(redis_server.url)
    events = [event(n) for n in range(40)]
    start = threading.Barrier(8)
    kept: list[bool] = []

    def add_all() -> None:
        start.wait(10)
        kept.extend(collector.add(e) for e in events)

    threads = [threading.Thread(target=add_all) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert kept.count(True) == 40
    assert collector.events(CALL) == events
    collector.close()


def test_200_events_from_4_processes_each_twice_read_back_whole_by_a_fifth(
    redis_server: RedisServer,
) -> None:
    rng = random.Random(16)
    starts = rng.sample(range(100_000), 200)
    bodies = [
        message(start=start, end=start + 5, text=f"utterance {n}") for n, start in enumerate(starts)
    ]
    share = [bodies[n::4] for n in range(4)]
    workers = []
    for n in range(4):
        mine = share[n] + share[(n + 1) % 4]  # every event is also another process's
        rng.shuffle(mine)
        workers.append(Worker(role="add", redis=redis_server.url, bodies=mine))
    outcomes = start_together(workers)
    assert sum(outcome.count(True) for outcome in outcomes) == 200
    assert sum(outcome.count(False) for outcome in outcomes) == 200
    [read] = start_together([Worker(role="events", redis=redis_server.url, call=CALL)])
    assert read == sorted(bodies, key=lambda body: body["autotranscribeResponse"]["start"])


def test_8_concurrent_pops_one_gets_every_event(redis_server: RedisServer) -> None:
    collector = RedisTranscriptCollector(redis_server.url)
    for start in range(50):
        collector.add(event(start))
    outcomes = start_together(
        [Worker(role="pop", redis=redis_server.url, call=CALL) for _ in range(8)]
    )
    assert sorted(len(outcome) for outcome in outcomes) == [0] * 7 + [50]
    collector.close()


@pytest.mark.anyio
async def test_async_collector_keeps_the_same_promises(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    collector = AsyncRedisTranscriptCollector(redis_server.url, max_events_per_call=3)
    assert await collector.add(event(30))
    assert await collector.add(event(10))
    assert not await collector.add(event(10))
    assert [e.start_ms for e in await collector.events(CALL)] == [10, 30]
    followed = collector.follow(CALL, idle_timeout=60)
    assert [(await anext(followed)).start_ms for _ in range(2)] == [10, 30]
    await collector.add(event(20))
    await collector.add(event(40))  # the fourth: the earliest-added (30) goes
    assert [(await anext(followed)).start_ms for _ in range(2)] == [20, 40]
    assert [e.start_ms for e in await collector.pop(CALL)] == [10, 20, 40]
    assert [e async for e in followed] == []
    assert "dropped its 1 earliest-added" in caplog.text
    assert [e async for e in collector.follow("CA-idle", idle_timeout=0.05)] == []
    assert "spilled=0" in repr(collector)
    async with collector:
        pass
    with pytest.raises(ClientClosedError):
        await collector.add(event(1))


@pytest.mark.anyio
async def test_async_collector_values_not_ours_and_unreachable(own_redis: RedisServer) -> None:
    collector = AsyncRedisTranscriptCollector(own_redis.url)
    await collector.add(event(1))
    client = own_redis.client()
    stream = next(k for k in client.scan_iter() if k.endswith(b":events"))
    client.delete(stream)
    client.hset(stream, "x", "y")
    client.close()
    with pytest.raises(TranscriptStoreError, match="did not write"):
        await collector.add(event(2))
    with pytest.raises(TranscriptStoreError):
        await collector.pop(CALL)
    own_redis.kill()
    with pytest.raises(TranscriptStoreError, match="cannot be reached"):
        await collector.events(CALL)
    followed = collector.follow(CALL)
    with pytest.raises(TranscriptStoreError, match="cannot be reached"):
        await anext(followed)
    await collector.aclose()


@pytest.mark.anyio
async def test_async_follow_raises_when_redis_goes_away(own_redis: RedisServer) -> None:
    collector = AsyncRedisTranscriptCollector(own_redis.url)
    await collector.add(event(1))
    followed = collector.follow(CALL, idle_timeout=60)
    assert (await anext(followed)).start_ms == 1
    own_redis.kill()
    with pytest.raises(TranscriptStoreError, match="cannot be reached"):
        await anext(followed)
    await collector.aclose()
