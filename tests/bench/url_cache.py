"""The stream-URL cache: single flight under a stampede, and the cost of a hit.

A cold cache is asked by many callers at once (threads released by one barrier for
StreamUrlCache, tasks in one gather for AsyncStreamUrlCache) while the fake API holds
its answer, so that they all overlap; the fake API counts the upstream requests. Then
a warm cache's ``get()`` is timed in batches, and the median batch gives one hit.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from fake_api import STREAMING_URL, FakeApi
from report import Table, median, verdict
from workload import TIMEOUT, async_sdk_client, sdk_client

from asapp_mg_autotranscribe import AsyncStreamUrlCache, StreamUrlCache

# The fake API holds each stream-URL answer this long: every caller arrives before it.
UPSTREAM_DELAY = 0.2
HIT_BATCH = 1000
HIT_BATCHES = 200


def _stampede_sync(cache: StreamUrlCache, callers: int) -> list[str]:
    """``callers`` threads call ``cache.get()`` together; a failure is re-raised here."""
    barrier = threading.Barrier(callers, timeout=60)

    def caller() -> str:
        barrier.wait()
        return cache.get()

    with ThreadPoolExecutor(max_workers=callers) as pool:
        futures = [pool.submit(caller) for _ in range(callers)]
        return [future.result() for future in futures]


def hit_microseconds_sync(cache: StreamUrlCache) -> float:
    """The median time of one ``cache.get()`` of a cached URL, over batches."""
    get = cache.get
    batches = []
    for _ in range(HIT_BATCHES):
        started = time.perf_counter_ns()
        for _ in range(HIT_BATCH):
            get()
        batches.append((time.perf_counter_ns() - started) / HIT_BATCH / 1e3)
    return median(batches)


async def _async_cache_figures(base_url: str, callers: int) -> tuple[list[str], float]:
    async with httpx.AsyncClient(timeout=TIMEOUT) as http:
        cache = AsyncStreamUrlCache(async_sdk_client(base_url, http))
        urls = await asyncio.gather(*(cache.get() for _ in range(callers)))
        get = cache.get
        batches = []
        for _ in range(HIT_BATCHES):
            started = time.perf_counter_ns()
            for _ in range(HIT_BATCH):
                await get()
            batches.append((time.perf_counter_ns() - started) / HIT_BATCH / 1e3)
        return list(urls), median(batches)


def run(api: FakeApi, *, callers: int = 1000, raw_request_us: float) -> Table:
    """Tabulate upstream requests per stampede (target 1) and a hit's cost, which should
    stay under 1% of ``raw_request_us``, a raw httpx GET's median."""
    hit_target = raw_request_us / 100
    table = Table(
        f"Stream-URL cache: {callers:,} concurrent get() on a cold cache, then hits",
        ["Cache", "upstream requests", "target", "result", "hit (µs)", "target", "result"],
        note=(
            f"The fake API holds the URL {UPSTREAM_DELAY:g} s so that all callers overlap "
            f"(threads behind one barrier; tasks in one gather). A hit: the median of "
            f"{HIT_BATCHES} batches of {HIT_BATCH:,} get() calls; its target is 1% of a raw "
            "httpx GET's median from the latency table."
        ),
    )

    api.reset(stream_url_delay=UPSTREAM_DELAY)
    with sdk_client(api.base_url) as client:
        cache = StreamUrlCache(client)
        urls = _stampede_sync(cache, callers)
        sync_upstream = api.counts()["stream_url"]
        sync_hit = hit_microseconds_sync(cache)

    api.reset(stream_url_delay=UPSTREAM_DELAY)
    async_urls, async_hit = asyncio.run(_async_cache_figures(api.base_url, callers))
    async_upstream = api.counts()["stream_url"]
    api.reset()

    for name, got, upstream, hit in (
        ("StreamUrlCache (threads)", urls, sync_upstream, sync_hit),
        ("AsyncStreamUrlCache (tasks)", async_urls, async_upstream, async_hit),
    ):
        if len(got) != callers or set(got) != {STREAMING_URL}:
            raise RuntimeError(f"{name}: {len(got)} answers, {len(set(got))} distinct URLs")
        table.add(
            name,
            str(upstream),
            "1",
            verdict(upstream == 1),
            f"{hit:.3f}",
            f"<= {hit_target:.2f}",
            verdict(hit <= hit_target),
        )
    return table
