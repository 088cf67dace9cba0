"""The fleet classes on a real 3-primary Redis Cluster: each call's keys in one hash slot,
hostile call ids kept apart, the stream URL shared, sync and async."""

from __future__ import annotations

from typing import Any

import pytest
import redis.asyncio.cluster
import redis.cluster
from doubles import API_ID, API_SECRET, STREAM_URL
from fault.fake_asapp import FakeAsapp, respond
from redis.crc import key_slot
from transcripts.samples import message

from asapp_mg_autotranscribe import (
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    parse_transcript_event,
)
from asapp_mg_autotranscribe.redis import (
    AsyncRedisStreamUrlCache,
    AsyncRedisTranscriptCollector,
    RedisStreamUrlCache,
    RedisTranscriptCollector,
)
from fleet.servers import RedisCluster

IDS = [
    "CA5b040e075515c424391012acc5a870cf",
    "a}b",
    "{c",
    "}{",
    "sp ace",
    "new\nline",
    "",
    "x" * 10240,
]


def bodies(call: str) -> list[dict[str, Any]]:
    return [
        message(call=call, start=start, end=start + 1, text=f"{call[:8]}/{start}")
        for start in (30, 10, 20)
    ]


def test_collector_on_a_cluster_keeps_each_call_in_one_slot(
    cluster_client: redis.cluster.RedisCluster,
) -> None:
    collector = RedisTranscriptCollector(cluster_client)
    for call in IDS:
        for body in bodies(call):
            assert collector.add(parse_transcript_event(body))
    for call in IDS:
        assert [e.to_dict() for e in collector.events(call)] == sorted(
            bodies(call), key=lambda body: body["autotranscribeResponse"]["start"]
        )
    followed = collector.follow(IDS[1], idle_timeout=60)
    assert [next(followed).start_ms for _ in range(3)] == [10, 20, 30]
    assert len(collector.pop(IDS[1])) == 3
    assert list(followed) == []
    keys = list(cluster_client.scan_iter(count=1000))
    slots_by_call: dict[bytes, set[int]] = {}
    for key in keys:
        tag = key.split(b"{", 1)[1].split(b"}", 1)[0]
        slots_by_call.setdefault(tag, set()).add(key_slot(key))
    assert len(slots_by_call) == len(IDS)
    assert all(len(slots) == 1 for slots in slots_by_call.values())
    assert len({slot for slots in slots_by_call.values() for slot in slots}) > 1  # spread out
    collector.close()


def test_stream_url_cache_on_a_cluster(
    cluster_client: redis.cluster.RedisCluster, server: FakeAsapp
) -> None:
    server.answer(respond(200, {"streamingUrl": STREAM_URL}))
    client = AutoTranscribeClient(
        api_id=API_ID, api_secret=API_SECRET, base_url=server.base_url, environment={}
    )
    caches = [RedisStreamUrlCache(client, cluster_client) for _ in range(3)]
    assert [cache.get() for cache in caches] == [STREAM_URL] * 3
    assert len(server.requests) == 1
    caches[0].close()  # a given client stays open
    assert cluster_client.ping()
    client.close()


@pytest.mark.anyio
async def test_async_classes_on_a_cluster(redis_cluster: RedisCluster, server: FakeAsapp) -> None:
    host, port = redis_cluster.startup
    cluster = redis.asyncio.cluster.RedisCluster(host=host, port=port, socket_timeout=2)
    collector = AsyncRedisTranscriptCollector(cluster)
    for call in IDS[:3]:
        for body in bodies(call):
            await collector.add(parse_transcript_event(body))
    for call in IDS[:3]:
        assert [e.start_ms for e in await collector.pop(call)] == [10, 20, 30]
    followed = collector.follow(IDS[0], idle_timeout=0.05)
    assert [e async for e in followed] == []
    server.answer(respond(200, {"streamingUrl": STREAM_URL}))
    client = AsyncAutoTranscribeClient(
        api_id=API_ID, api_secret=API_SECRET, base_url=server.base_url, environment={}
    )
    caches = [AsyncRedisStreamUrlCache(client, cluster) for _ in range(3)]
    assert [await cache.get() for cache in caches] == [STREAM_URL] * 3
    assert len(server.requests) == 1
    await collector.aclose()
    await client.close()
    await cluster.aclose()
