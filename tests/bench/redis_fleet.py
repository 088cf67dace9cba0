"""A fleet on Redis: what sharing the stream URL and the transcripts through a loopback
redis-server (no persistence) costs, and what it saves.

(a) Stream-URL requests: N worker processes x M threads each call
``RedisStreamUrlCache.get()`` together, once per refresh period, K periods (a short
``refresh_after`` stands in for the 240 s one); the fake API counts the upstream requests:
one per period for the whole fleet, K in all.

(b) ``get()`` on a fresh URL (served from the process's memory) beside the in-process
``StreamUrlCache``'s, and on a refresh (the URL forgotten first): the Redis round trips and
the upstream call, beside the in-process cache's refresh (the upstream call alone).

(c) The FastAPI example receiver under uvicorn (h11, asyncio loop, no access log) with the
in-memory collector, with the Redis collector (``ASAPP_REDIS_URL``), and with the Redis
collector on 4 workers: rounds of 1,000 concurrent POSTs of distinct utterances (a new call
each round), as in the receiver table (``transcripts.measure``).

(d) ``RedisTranscriptCollector.add`` one event at a time, median and p99, beside
``TranscriptCollector.add``; and what a call's events take in Redis, per event.

Run as ``python redis_fleet.py url-worker '<JSON>'`` it is one worker process of (a).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

from fake_api import FakeApi
from report import Table, median, percentile, verdict
from transcripts import allow_open_files, measure
from url_cache import hit_microseconds_sync
from workload import sdk_client

from asapp_mg_autotranscribe import StreamUrlCache, TranscriptCollector, parse_transcript_event
from asapp_mg_autotranscribe.redis import RedisStreamUrlCache, RedisTranscriptCollector
from asapp_mg_autotranscribe.testing import transcript_event_body

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
from fleet.servers import RedisServer  # noqa: E402 (the fleet tests' redis-server)

EXAMPLES = TESTS.parent / "examples"
SECRET = "bench-transcript-token"
SECRET_NAME = "X-Transcript-Token"
START_SECONDS = 60.0
REFRESHES = 200  # timed refreshes per cache


# (a) Stream-URL requests of a fleet.


def _url_worker(spec: dict[str, Any]) -> None:
    """One process of the fleet: at each ``go`` line, ``threads`` threads call get() at once;
    then it prints the distinct URLs they got."""
    with sdk_client(spec["base_url"]) as client:
        cache = RedisStreamUrlCache(client, spec["redis"], refresh_after=spec["refresh_after"])
        print("ready", flush=True)
        for line in sys.stdin:
            if line.strip() != "go":
                break
            barrier = threading.Barrier(spec["threads"])
            got: list[str] = []

            def caller(barrier: threading.Barrier = barrier, got: list[str] = got) -> None:
                barrier.wait(60)
                got.append(cache.get())

            threads = [threading.Thread(target=caller) for _ in range(spec["threads"])]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
            print(json.dumps(sorted(set(got))), flush=True)
        cache.close()


@contextlib.contextmanager
def _url_fleet(count: int, spec: dict[str, Any]) -> Iterator[list[subprocess.Popen[str]]]:
    processes = [
        subprocess.Popen(
            [sys.executable, __file__, "url-worker", json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    try:
        for process in processes:
            assert process.stdout is not None
            if process.stdout.readline().strip() != "ready":
                raise RuntimeError("a worker process of the fleet did not start")
        yield processes
    finally:
        for process in processes:
            if process.stdin is not None:
                process.stdin.close()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()


def url_requests_table(
    api: FakeApi,
    redis: RedisServer,
    *,
    processes: int = 4,
    threads: int = 8,
    periods: int = 5,
    refresh_after: float = 1.0,
) -> Table:
    """Upstream requests of N processes x M callers over K refresh periods (target: K)."""
    redis.client().flushall()
    api.reset(stream_url_delay=0.05)  # the callers of a period overlap the leader's request
    spec = {
        "base_url": api.base_url,
        "redis": redis.url,
        "refresh_after": refresh_after,
        "threads": threads,
    }
    urls: set[str] = set()
    with _url_fleet(processes, spec) as fleet:
        for period in range(periods):
            if period:
                time.sleep(refresh_after * 1.2)  # the URL is due for a refresh
            for process in fleet:
                assert process.stdin is not None
                process.stdin.write("go\n")
                process.stdin.flush()
            for process in fleet:
                assert process.stdout is not None
                urls.update(json.loads(process.stdout.readline()))
    upstream = api.counts()["stream_url"]
    api.reset()
    if len(urls) != 1:
        raise RuntimeError(f"the fleet got {len(urls)} distinct URLs")
    table = Table(
        "Fleet: stream-URL requests of N processes x M callers over K refresh periods",
        [
            "N processes",
            "M callers each",
            "K periods",
            "get() calls",
            "upstream requests",
            "target",
            "result",
        ],
        note=(
            f"RedisStreamUrlCache(refresh_after={refresh_after:g}) in each process; each "
            "period, every caller of every process calls get() at once (threads behind a "
            "barrier), the fake API holding each URL 50 ms; the next period starts once the "
            "URL is due for a refresh."
        ),
    )
    table.add(
        str(processes),
        str(threads),
        str(periods),
        f"{processes * threads * periods:,}",
        str(upstream),
        str(periods),
        verdict(upstream == periods),
    )
    return table


# (b) get() of the Redis cache beside the in-process one.


def _refresh_microseconds(cache: StreamUrlCache) -> list[float]:
    samples = []
    for _ in range(REFRESHES):
        cache.invalidate()
        started = time.perf_counter_ns()
        cache.get()
        samples.append((time.perf_counter_ns() - started) / 1e3)
    return samples


def _round_trip_microseconds(redis: RedisServer) -> float:
    client = redis.client()
    client.ping()
    samples = []
    for _ in range(REFRESHES):
        started = time.perf_counter_ns()
        client.ping()
        samples.append((time.perf_counter_ns() - started) / 1e3)
    client.close()
    return median(samples)


def url_get_table(api: FakeApi, redis: RedisServer) -> Table:
    """get() on a fresh URL (target: within 1.2x the in-process cache) and on a refresh."""
    redis.client().flushall()
    api.reset()
    with sdk_client(api.base_url) as client:
        local = StreamUrlCache(client)
        shared = RedisStreamUrlCache(client, redis.url)
        local.get()
        shared.get()
        hits = {}
        for _ in range(2):  # alternating, the second pair counts
            hits = {"local": hit_microseconds_sync(local), "shared": hit_microseconds_sync(shared)}
        refreshes = {"local": _refresh_microseconds(local), "shared": _refresh_microseconds(shared)}
        shared.close()
    round_trip = _round_trip_microseconds(redis)
    api.reset()
    table = Table(
        "Fleet: RedisStreamUrlCache.get() beside StreamUrlCache.get(), µs",
        [
            "Cache",
            "fresh URL (median)",
            "vs in-process",
            "target",
            "result",
            "refresh (median)",
            "refresh minus in-process refresh",
        ],
        note=(
            "Fresh URL: the median of 200 batches of 1,000 get() calls (served from the "
            "process's memory). Refresh: the median of "
            f"{REFRESHES} get() calls, each after invalidate() (the URL forgotten, in Redis "
            "too): claiming the refresh in Redis, the upstream GET to the fake API, storing "
            f"the URL in Redis. A Redis PING round trip on loopback: {round_trip:.0f} µs."
        ),
    )
    local_refresh = median(refreshes["local"])
    shared_refresh = median(refreshes["shared"])
    table.add("StreamUrlCache", f"{hits['local']:.3f}", "1.00x", "", "", f"{local_refresh:.0f}", "")
    ratio = hits["shared"] / hits["local"]
    table.add(
        "RedisStreamUrlCache",
        f"{hits['shared']:.3f}",
        f"{ratio:.2f}x",
        "<= 1.2x",
        verdict(ratio <= 1.2),
        f"{shared_refresh:.0f}",
        f"+{shared_refresh - local_refresh:.0f}",
    )
    return table


# (c) The example receiver with each collector.


class ExampleReceiver:
    """examples/transcripts_fastapi.py under ``uvicorn --workers N`` on a free port, in a
    session of its own; its CPU time is that of every process of the session."""

    def __init__(self, workers: int, environment: dict[str, str]) -> None:
        self.workers = workers
        self.environment = environment
        self.base_url = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._log = tempfile.NamedTemporaryFile(prefix="bench-receiver-", suffix=".log")  # noqa: SIM115

    def start(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        command = [sys.executable, "-m", "uvicorn", "transcripts_fastapi:create_app", "--factory"]
        command += ["--app-dir", str(EXAMPLES), "--host", "127.0.0.1", "--port", str(port)]
        command += ["--workers", str(self.workers), "--loop", "asyncio", "--http", "h11"]
        command += ["--no-access-log", "--backlog", "4096", "--timeout-keep-alive", "60"]
        environment = {**os.environ, **self.environment, "TRANSCRIPT_WEBHOOK_SECRET": SECRET}
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=environment,
            start_new_session=True,
        )
        ends_at = time.monotonic() + START_SECONDS
        log = Path(self._log.name)
        while log.read_text(errors="replace").count("Application startup complete") < self.workers:
            if self._process.poll() is not None or time.monotonic() > ends_at:
                raise RuntimeError(f"the example receiver did not start:\n{log.read_text()}")
            time.sleep(0.05)
        self.base_url = f"http://127.0.0.1:{port}"

    def cpu_seconds(self) -> float | None:
        """User and system CPU time of the session's processes so far (Linux), else None."""
        if self._process is None:
            return None
        ticks = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == self._process.pid:  # its session: the server and its workers
                ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        process = self._process
        self._process = None
        if process is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self._log.close()

    def __enter__(self) -> Self:
        """Started; should the start fail, what it started is stopped before the error goes on."""
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class _Calls:
    """Distinct utterances for the receiver: each round a new call of ``size`` of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.number = 0

    def __call__(self) -> list[bytes]:
        self.number += 1
        call = f"CAbench{self.number:026d}"
        return [
            transcript_event_body(
                external_conversation_id=call, start_ms=index * 10, text=f"u{index}"
            )
            for index in range(self.size)
        ]


def receiver_table(redis: RedisServer, *, concurrency: int = 1000, rounds: int = 5) -> Table:
    """Answers per second of the example receiver: Redis beside in-memory (target: at least
    0.5x), and 4 workers beside 1 (printed)."""
    redis.client().flushall()
    allow_open_files(3 * concurrency + 256)
    apps = {
        "in-memory collector, 1 worker": (1, {}),
        "Redis collector, 1 worker": (1, {"ASAPP_REDIS_URL": redis.url}),
        "Redis collector, 4 workers": (4, {"ASAPP_REDIS_URL": redis.url}),
    }
    with contextlib.ExitStack() as stack:
        served = {
            name: stack.enter_context(ExampleReceiver(workers, environment))
            for name, (workers, environment) in apps.items()
        }
        walls, cpu = asyncio.run(
            measure(
                served,
                concurrency=concurrency,
                rounds=rounds,
                path="/asapp/transcripts",
                bodies=_Calls(concurrency),
            )
        )
    answers = rounds * concurrency
    rate = {name: concurrency / median(times) for name, times in walls.items()}
    memory, one, four = list(apps)
    table = Table(
        f"Fleet: the example receiver under {concurrency:,} concurrent POSTs, uvicorn, loopback",
        ["Receiver", "answers/s", "server CPU µs per answer", "vs in-memory", "target", "result"],
        note=(
            f"examples/transcripts_fastapi.py; the median of {rounds} rounds of one gather of "
            f"{concurrency:,} POSTs per receiver, taking turns, after warm-ups; each round a "
            "new call of distinct utterances, each POST from its own httpx.AsyncClient in the "
            "benchmark's process (which bounds answers/s: see the receiver table above). CPU "
            f"time: every process of the server (workers included) over all {answers:,} "
            f"answers (Redis's own not counted). On {os.cpu_count()} CPUs shared by the "
            "client, the workers and Redis."
        ),
    )
    for name in apps:
        seconds = cpu[name]
        shown_cpu = "n/a" if seconds is None else f"{seconds / answers * 1e6:.0f}"
        ratio = rate[name] / rate[memory]
        target, result = ("", "")
        if name == one:
            target, result = ">= 0.5x", verdict(ratio >= 0.5)
        elif name == four:
            target = f"{rate[four] / rate[one]:.2f}x 1 worker"
        table.add(name, f"{rate[name]:,.0f}", shown_cpu, f"{ratio:.2f}x", target, result)
    return table


# (d) add() one at a time, and a call's size in Redis.


def add_table(redis: RedisServer, *, calls: int = 5, per_call: int = 1000) -> Table:
    """add() latency, median and p99, Redis beside in-memory; bytes per event in Redis."""
    redis.client().flushall()
    events = [
        parse_transcript_event(
            transcript_event_body(
                external_conversation_id=f"CAadd{call:029d}", start_ms=index * 10, text=f"u{index}"
            )
        )
        for call in range(calls)
        for index in range(per_call)
    ]
    samples: dict[str, list[float]] = {}
    in_memory = TranscriptCollector()
    with RedisTranscriptCollector(redis.url) as shared:
        for name, add in (
            ("TranscriptCollector", in_memory.add),
            ("RedisTranscriptCollector", shared.add),
        ):
            for event in events[:100]:  # warm-up (scripts loaded, connections opened)
                add(event)
            samples[name] = []
            for event in events[100:]:
                started = time.perf_counter_ns()
                add(event)
                samples[name].append((time.perf_counter_ns() - started) / 1e3)
    client = redis.client()
    stored = sum(
        client.memory_usage(key, samples=0) or 0 for key in client.scan_iter("asapp:transcripts:*")
    )
    client.close()
    message = len(transcript_event_body(start_ms=0, text="u0"))
    table = Table(
        "Fleet: add() one event at a time, µs, and a call's size in Redis",
        ["Collector", "median", "p99", "stored bytes per event", "message bytes"],
        note=(
            f"{calls * per_call - 100:,} distinct events of {calls} calls ({per_call:,} each), "
            "added one after the other after a warm-up; RedisTranscriptCollector on loopback "
            "(one Lua script per add). Stored bytes: MEMORY USAGE of every key of the calls "
            "(each call's stream of events and set of digests) over the events held."
        ),
    )
    for name, taken in samples.items():
        per_event = f"{stored / (calls * per_call):.0f}" if name.startswith("Redis") else ""
        table.add(
            name,
            f"{median(taken):.1f}",
            f"{percentile(taken, 0.99):.1f}",
            per_event,
            str(message) if per_event else "",
        )
    return table


def run(api: FakeApi, *, concurrency: int = 1000, rounds: int = 5) -> list[Table]:
    """Every fleet table, against one redis-server started for them."""
    with tempfile.TemporaryDirectory(prefix="bench-redis-") as folder:
        redis = RedisServer(Path(folder)).start()
        try:
            return [
                url_requests_table(api, redis),
                url_get_table(api, redis),
                receiver_table(redis, concurrency=concurrency, rounds=rounds),
                add_table(redis),
            ]
        finally:
            redis.stop()


if __name__ == "__main__":
    if sys.argv[1] == "url-worker":
        _url_worker(json.loads(sys.argv[2]))
