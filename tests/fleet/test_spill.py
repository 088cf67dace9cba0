"""The spill: events Redis cannot take now (stopped, killed, out of memory, read-only) are
kept in memory and written, in order and once, when it answers; bounded; per process."""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from transcripts.samples import PRIVATE_TEXT, message

from asapp_mg_autotranscribe import TranscriptEvent, TranscriptStoreError, parse_transcript_event
from asapp_mg_autotranscribe.redis import AsyncRedisTranscriptCollector, RedisTranscriptCollector
from fleet.servers import BOUND, RedisServer, wait_until, wait_until_async

CALL = "CA5b040e075515c424391012acc5a870cf"


def event(start: int, call: str = CALL) -> TranscriptEvent:
    return parse_transcript_event(message(call=call, start=start, end=start + 1, text=f"u{start}"))


def stored(server: RedisServer, call: str = CALL) -> list[int]:
    """The starts of the call's events in Redis, in the order Redis took them."""
    client = server.client()
    try:
        stream = f"asapp:transcripts:{{call:{call.encode().hex()}}}:events"
        return [
            json.loads(fields[b"e"])["autotranscribeResponse"]["start"]
            for _, fields in client.xrange(stream)
            if b"e" in fields
        ]
    finally:
        client.close()


def spilled(collector: object) -> int:
    return int(repr(collector).rsplit("spilled=", 1)[1].rstrip(")"))


def test_a_stopped_redis_spills_then_everything_arrives_once_in_order(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    collector = RedisTranscriptCollector(own_redis.url)
    collector.add(event(0))
    own_redis.pause()
    results: list[bool] = []
    adding = threading.Thread(
        target=lambda: results.extend(collector.add(event(n)) for n in range(1, 41))
    )
    adding.start()
    adding.join(BOUND)
    # Every add returned while Redis was still stopped: none waited for it.
    assert not adding.is_alive()
    assert results == [True] * 40
    assert spilled(collector) >= 39
    assert caplog.text.count("Redis cannot be used") == 1
    own_redis.resume()
    wait_until(lambda: spilled(collector) == 0, "the spill written")
    assert stored(own_redis) == list(range(41))
    assert [e.start_ms for e in collector.events(CALL)] == list(range(41))
    assert PRIVATE_TEXT not in caplog.text
    collector.close()


class GatedRedis(redis.Redis):
    """A client whose script calls wait at ``gate`` while it is shut: a spill's writer held
    in the middle of writing an event."""

    def __init__(self, port: int) -> None:
        super().__init__(port=port, socket_timeout=BOUND)
        self.gate = threading.Event()
        self.held = threading.Event()

    def evalsha(self, *args: Any, **kwargs: Any) -> Any:
        if not self.gate.is_set():
            self.held.set()
            self.gate.wait(BOUND)
        return super().evalsha(*args, **kwargs)


def test_close_is_bounded_by_its_timeout_while_the_writer_is_writing(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    client = GatedRedis(own_redis.port)
    client.gate.set()
    collector = RedisTranscriptCollector(client)
    port = own_redis.port
    own_redis.kill()
    collector.add(event(1))
    collector.add(event(2))
    client.gate.clear()
    own_redis.start(port)
    assert client.held.wait(BOUND), "the writer never tried again"
    closing = threading.Thread(target=collector.close, kwargs={"timeout": 0.2})
    closing.start()
    closing.join(BOUND)
    assert not closing.is_alive(), "close() waited for the writer past its timeout"
    assert "closed with 2 spilled events" in caplog.text
    client.gate.set()  # the writer ends its one event; close forgot the others
    wait_until(lambda: stored(own_redis) == [1], "the writer's event written")
    client.close()


def test_a_killed_redis_spills_and_a_new_one_on_the_port_gets_the_events(
    own_redis: RedisServer,
) -> None:
    collector = RedisTranscriptCollector(own_redis.url)
    port = own_redis.port
    own_redis.kill()
    assert all(collector.add(event(n)) for n in range(5))
    assert not collector.add(event(3))  # spilled already
    own_redis.start(port)
    wait_until(lambda: spilled(collector) == 0, "the spill written")
    assert stored(own_redis) == list(range(5))
    collector.close()


def test_out_of_memory_spills_not_lost_not_a_crash(own_redis: RedisServer) -> None:
    admin = own_redis.client()
    collector = RedisTranscriptCollector(own_redis.url)
    collector.add(event(0))
    admin.config_set("maxmemory", "1")
    assert collector.add(event(1))
    assert collector.add(event(2))
    assert spilled(collector) == 2
    admin.config_set("maxmemory", "0")
    wait_until(lambda: spilled(collector) == 0, "the spill written")
    assert stored(own_redis) == [0, 1, 2]
    admin.close()
    collector.close()


@pytest.fixture
def replica(own_redis: RedisServer, tmp_path: Path) -> Iterator[tuple[RedisServer, RedisServer]]:
    """(a primary, ``own_redis`` as its read-only replica), in sync."""
    primary = RedisServer(tmp_path / "primary", "--repl-diskless-sync-delay", "0").start()
    client = own_redis.client()
    client.replicaof("127.0.0.1", primary.port)
    wait_until(lambda: client.info("replication")["master_link_status"] == "up", "replication")
    client.close()
    yield primary, own_redis
    primary.stop()


def replicated(server: RedisServer, key: str, exists: bool) -> bool:
    client = server.client()
    try:
        return bool(client.exists(key)) is exists
    finally:
        client.close()


def test_a_read_only_replica_spills_until_it_is_promoted(
    replica: tuple[RedisServer, RedisServer], caplog: pytest.LogCaptureFixture
) -> None:
    primary, secondary = replica
    on_primary = RedisTranscriptCollector(primary.url)
    on_replica = RedisTranscriptCollector(secondary.url)
    on_primary.add(event(1))
    assert on_replica.add(event(2))
    assert on_replica.add(event(3))
    assert on_replica.add(event(7, call="CA-foreign"))
    assert spilled(on_replica) == 3
    # Meanwhile the call is popped, and another program writes over a call's keys.
    assert [e.start_ms for e in on_primary.pop(CALL)] == [1]
    foreign = f"asapp:transcripts:{{call:{b'CA-foreign'.hex()}}}:events"
    admin = primary.client()
    admin.set(foreign, "another program's value")
    admin.close()
    wait_until(lambda: replicated(secondary, foreign, True), "the write replicated")
    promoted = secondary.client()
    promoted.replicaof("NO", "ONE")
    promoted.close()
    wait_until(lambda: spilled(on_replica) == 0, "the spill written")
    # The events flushed after the pop start the call again; the foreign key's is dropped.
    assert stored(secondary) == [2, 3]
    assert "Redis refused call 'CA-foreign'" in caplog.text
    on_primary.close()
    on_replica.close()


def test_past_max_spill_bytes_the_oldest_go_with_an_error_naming_the_call(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    size = len(event(10)._identity().encode())
    collector = RedisTranscriptCollector(own_redis.url, max_spill_bytes=size * 3)
    own_redis.kill()
    for n in range(10, 15):
        collector.add(event(n))
    assert spilled(collector) == 3
    assert caplog.text.count(f"dropped 1 of call {CALL!r}'s events") == 2
    assert "u10" not in caplog.text
    own_redis.start(own_redis.port)
    wait_until(lambda: spilled(collector) == 0, "the spill written")
    assert stored(own_redis) == [12, 13, 14]
    collector.close()


def test_close_writes_the_spill_and_counts_what_it_could_not(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    collector = RedisTranscriptCollector(own_redis.url)
    own_redis.kill()
    collector.add(event(1))
    collector.add(event(2))
    collector.close(timeout=0.5)
    assert "closed with 2 spilled events Redis did not take" in caplog.text
    caplog.clear()
    own_redis.start(own_redis.port)
    again = RedisTranscriptCollector(own_redis.url)
    own_redis.pause()
    again.add(event(3))
    own_redis.resume()
    again.close()
    assert stored(own_redis) == [3]
    assert "did not take" not in caplog.text


def test_a_forked_child_starts_with_an_empty_spill(own_redis: RedisServer) -> None:
    collector = RedisTranscriptCollector(own_redis.url)
    own_redis.kill()
    collector.add(event(1))
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report its spill and leave without cleaning up the parent's
        os.write(write_end, str(spilled(collector)).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        assert pipe.read() == "0"
    assert os.waitpid(pid, 0)[1] == 0
    assert spilled(collector) == 1
    own_redis.start(own_redis.port)
    wait_until(lambda: spilled(collector) == 0, "the spill written")
    assert stored(own_redis) == [1]
    collector.close()


def test_errors_that_are_not_outages_are_not_spilled(own_redis: RedisServer) -> None:
    admin = own_redis.client()
    admin.acl_setuser(
        "limited",
        enabled=True,
        passwords=["+pw"],
        keys=["*"],
        categories=["+@all"],
        commands=["-evalsha", "-eval"],
    )
    collector = RedisTranscriptCollector(f"redis://limited:pw@127.0.0.1:{own_redis.port}/0")

    with pytest.raises(TranscriptStoreError, match="not allowed"):
        collector.add(event(1))
    assert spilled(collector) == 0
    admin.close()
    collector.close()


@pytest.mark.anyio
async def test_async_spill_under_a_stopped_redis(own_redis: RedisServer) -> None:
    collector = AsyncRedisTranscriptCollector(own_redis.url)
    await collector.add(event(0))
    own_redis.pause()
    assert [await collector.add(event(n)) for n in range(1, 6)] == [True] * 5
    assert not await collector.add(event(5))
    own_redis.resume()
    assert [e.start_ms for e in await collector.events(CALL)] == list(range(6))
    assert stored(own_redis) == list(range(6))
    await collector.aclose()


@pytest.mark.anyio
async def test_async_writer_and_close(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    collector = AsyncRedisTranscriptCollector(own_redis.url)
    port = own_redis.port
    own_redis.kill()
    await collector.add(event(1))
    own_redis.start(port)
    await wait_until_async(lambda: spilled(collector) == 0, "the spill written")
    assert stored(own_redis) == [1]
    own_redis.kill()
    await collector.add(event(2))
    await collector.aclose(timeout=0.5)
    assert "closed with 1 spilled events" in caplog.text


def retried(caplog: pytest.LogCaptureFixture) -> bool:
    return "Redis took none of the" in caplog.text


def test_the_writer_tries_again_until_redis_answers_and_reads_wait_for_the_spill(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asapp_mg_autotranscribe")
    collector = RedisTranscriptCollector(own_redis.url)
    port = own_redis.port
    own_redis.kill()
    collector.add(event(1))
    with pytest.raises(TranscriptStoreError, match="cannot be reached"):
        collector.events(CALL)  # the spill is tried first, then the read fails
    wait_until(lambda: retried(caplog), "the writer's failed attempt")
    own_redis.start(port)
    wait_until(lambda: spilled(collector) == 0, "the spill written")
    assert stored(own_redis) == [1]
    collector.close()


@pytest.mark.anyio
async def test_the_async_writer_tries_again_until_redis_answers(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asapp_mg_autotranscribe")
    collector = AsyncRedisTranscriptCollector(own_redis.url)
    port = own_redis.port
    own_redis.kill()
    await collector.add(event(1))
    with pytest.raises(TranscriptStoreError, match="cannot be reached"):
        await collector.pop(CALL)
    caplog.clear()
    await wait_until_async(lambda: retried(caplog), "the writer task's failed attempt")
    own_redis.start(port)
    await wait_until_async(lambda: spilled(collector) == 0, "the spill written")
    assert stored(own_redis) == [1]
    await collector.aclose()


@pytest.mark.anyio
async def test_async_spill_on_a_replica_and_a_key_not_ours(
    replica: tuple[RedisServer, RedisServer], caplog: pytest.LogCaptureFixture
) -> None:
    primary, secondary = replica
    collector = AsyncRedisTranscriptCollector(secondary.url)
    assert await collector.add(event(1))
    assert await collector.add(event(2, call="CA-foreign"))
    foreign = f"asapp:transcripts:{{call:{b'CA-foreign'.hex()}}}:events"
    admin = primary.client()
    admin.set(foreign, "another program's value")
    admin.close()
    wait_until(lambda: replicated(secondary, foreign, True), "the write replicated")
    promoted = secondary.client()
    promoted.replicaof("NO", "ONE")
    promoted.close()
    await wait_until_async(lambda: spilled(collector) == 0, "the spill written")
    assert stored(secondary) == [1]
    assert "Redis refused call 'CA-foreign'" in caplog.text
    await collector.aclose()
    await collector.aclose()  # once is enough
