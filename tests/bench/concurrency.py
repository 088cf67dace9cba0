"""Async: many concurrent start_streaming calls, ours against raw httpx.AsyncClient.

Both get an httpx.AsyncClient with the same ``httpx.Limits`` (ours through
``http_client=``); each repetition times one ``asyncio.gather`` of all the calls, the
two variants alternating which goes first; the median repetition counts.

The pool is kept at 20 connections (httpx's default keep-alive count) on purpose: with
1,000 requests queued on a larger pool, httpcore 1.0's ``_assign_requests_to_connections``
counts the idle connections once per idle connection on every hand-over (quadratic in the
pool size), and a gather then takes 2 s or 12 s at random, for raw httpx and ours alike:
that measures httpcore, not the SDK.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import httpx
from fake_api import FakeApi
from report import Table, median, verdict
from workload import OURS, RAW, TIMEOUT, async_sdk_client, raw_async_start, sdk_async_start

TARGET_RATIO = 1.15


async def _wall_seconds(call: Callable[[], Awaitable[object]], concurrency: int) -> float:
    started = time.perf_counter_ns()
    await asyncio.gather(*(call() for _ in range(concurrency)))
    return (time.perf_counter_ns() - started) / 1e9


async def _measure(
    base_url: str, *, concurrency: int, repeats: int, connections: int
) -> dict[str, list[float]]:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with (
        httpx.AsyncClient(limits=limits, timeout=TIMEOUT) as raw_http,
        httpx.AsyncClient(limits=limits, timeout=TIMEOUT) as sdk_http,
    ):
        calls = {
            RAW: raw_async_start(raw_http, base_url),
            OURS: sdk_async_start(async_sdk_client(base_url, sdk_http)),
        }
        for call in calls.values():
            await _wall_seconds(call, connections)  # opens the pool's connections
            await _wall_seconds(call, concurrency)  # warm-up at full size
        walls: dict[str, list[float]] = {RAW: [], OURS: []}
        for repeat in range(repeats):
            order = (RAW, OURS) if repeat % 2 == 0 else (OURS, RAW)
            for variant in order:
                walls[variant].append(await _wall_seconds(calls[variant], concurrency))
        return walls


def run(api: FakeApi, *, concurrency: int = 1000, repeats: int = 5, connections: int = 20) -> Table:
    """Tabulate the median wall time of ``concurrency`` concurrent calls, and ours/raw."""
    api.reset()
    walls = asyncio.run(
        _measure(api.base_url, concurrency=concurrency, repeats=repeats, connections=connections)
    )
    served = api.counts()["start_streaming"]
    expected = 2 * (connections + concurrency * (repeats + 1))
    if served != expected:
        raise RuntimeError(f"the fake API served {served} start_streaming calls, not {expected}")
    medians = {variant: median(times) for variant, times in walls.items()}
    ratio = medians[OURS] / medians[RAW]
    table = Table(
        f"Async: {concurrency:,} concurrent start_streaming calls, wall time (s)",
        ["Connections", RAW, OURS, "ours/raw", "target", "result"],
        note=(
            f"Median of {repeats} gathers per variant after warm-ups (one gather of "
            f"{connections} calls to open the pool, one of {concurrency:,}), alternating which "
            f"variant goes first; both on httpx.AsyncClient(limits=Limits(max_connections="
            f"{connections}, max_keepalive_connections={connections})). Fewer connections than "
            "calls: most calls wait in httpx's pool, as under a real burst."
        ),
    )
    table.add(
        str(connections),
        f"{medians[RAW]:.3f}",
        f"{medians[OURS]:.3f}",
        f"{ratio:.2f}x",
        f"<= {TARGET_RATIO:.2f}x",
        verdict(ratio <= TARGET_RATIO),
    )
    return table
