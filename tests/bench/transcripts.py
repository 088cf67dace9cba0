"""Transcripts: how fast messages are read, and how fast the receiver answers ASAPP.

(a) ``parse_transcript_event`` on ASAPP's documented customer message (the body as bytes),
timed in batches, beside ``json.loads`` of the same bytes (what any receiver does at
least) and beside parsing plus ``TranscriptCollector.add`` (what the example app does).

(b) The receiver (``TranscriptWebhook.asgi``) and a bare ASGI app that reads the body and
answers 204, each served by its own uvicorn process; each round sends one
``asyncio.gather`` of 1,000 concurrent POSTs of that message to one app, then to the
other (alternating which goes first), each POST on a connection of its own: 1,000
``httpx.AsyncClient``, one keep-alive connection each, opened before the rounds. (One
client with a 1,000-connection pool spends its time in httpcore's pool bookkeeping, which
grows with the pool times the queue: 40 s a round on a 2-CPU machine.) The median round
counts; each server's CPU time per answer is read from ``/proc`` over all rounds. The
client runs in this process and costs more per request than either server, so answers
per second are bounded by it: the CPU time per answer shows what the receiver costs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import resource
import ssl
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import httpx
import yaml
from report import Table, median
from transcript_apps import SECRET, SECRET_NAME, UvicornApp

from asapp_mg_autotranscribe import TranscriptCollector, parse_transcript_event

SPEC = Path(__file__).resolve().parents[2] / "api-specs" / "transcript-webhook.yaml"
PARSE_BATCH = 1000
RECEIVER = "receiver"
BARE = "bare ASGI app"


def documented_body() -> bytes:
    """ASAPP's documented customer message, as the spec's example holds it, as bytes."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    content = spec["paths"]["/transcripts"]["post"]["requestBody"]["content"]
    example = content["application/json"]["examples"]["customer"]["value"]
    return json.dumps(example, separators=(",", ":")).encode()


def _batch_microseconds(work: Callable[[], object], batches: int) -> float:
    """The median time of one call, over ``batches`` batches of PARSE_BATCH calls."""
    times = []
    for _ in range(batches):
        started = time.perf_counter_ns()
        for _ in range(PARSE_BATCH):
            work()
        times.append((time.perf_counter_ns() - started) / PARSE_BATCH / 1e3)
    return median(times)


def parse_table(*, batches: int = 50) -> Table:
    """Events read per second by parse_transcript_event, beside json.loads."""
    body = documented_body()
    collector = TranscriptCollector(max_calls=1, max_events_per_call=1)

    def parse_and_collect() -> object:
        return collector.add(parse_transcript_event(body))

    variants: list[tuple[str, Callable[[], object]]] = [
        ("json.loads (the floor)", lambda: json.loads(body)),
        ("parse_transcript_event", lambda: parse_transcript_event(body)),
        ("parse_transcript_event + TranscriptCollector.add", parse_and_collect),
    ]
    for _, work in variants:
        _batch_microseconds(work, 5)  # warm-up: the generated model is imported, caches filled
    floor = None
    table = Table(
        f"Transcripts: reading ASAPP's message ({len(body)} bytes)",
        ["Variant", "µs per event", "events/s", "x json.loads"],
        note=(
            f"Median of {batches} batches of {PARSE_BATCH:,} calls each, after warm-ups; "
            "the body is ASAPP's documented customer message. The collector add is of the "
            "same event each time (a duplicate after the first: the identity is computed, "
            "the event is not kept twice)."
        ),
    )
    for name, work in variants:
        microseconds = _batch_microseconds(work, batches)
        floor = floor or microseconds
        table.add(
            name,
            f"{microseconds:.1f}",
            f"{1e6 / microseconds:,.0f}",
            f"{microseconds / floor:.1f}x",
        )
    return table


async def _round(clients: list[httpx.AsyncClient], url: str, bodies: Sequence[bytes]) -> float:
    """One gather of a POST from each client (each its body); its wall time in seconds."""
    headers = {SECRET_NAME: SECRET, "content-type": "application/json"}
    started = time.perf_counter_ns()
    responses = await asyncio.gather(
        *(
            client.post(url, content=body, headers=headers)
            for client, body in zip(clients, bodies, strict=True)
        )
    )
    wall = (time.perf_counter_ns() - started) / 1e9
    statuses = {response.status_code for response in responses}
    if statuses != {204}:
        raise RuntimeError(f"{url} answered {sorted(statuses)}, not only 204")
    return wall


class ServedApp(Protocol):
    """An app served on loopback: where, and the CPU time its processes used so far."""

    base_url: str

    def cpu_seconds(self) -> float | None: ...


async def measure(
    apps: dict[str, ServedApp],
    *,
    concurrency: int,
    rounds: int,
    path: str = "/",
    bodies: Callable[[], Sequence[bytes]] | None = None,
) -> tuple[dict[str, list[float]], dict[str, float | None]]:
    """Each app's wall time per round of ``concurrency`` concurrent POSTs to ``path`` (the
    bodies of each round from ``bodies()``, else ASAPP's message each time), the apps taking
    turns, after two rounds each to open the connections and warm up; and the CPU seconds
    each app's processes used over the measured rounds."""
    same = [documented_body()] * concurrency
    next_bodies = bodies or (lambda: same)
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    timeout = httpx.Timeout(60.0)
    tls = ssl.create_default_context()  # unused over http://, made once for all the clients
    walls: dict[str, list[float]] = {name: [] for name in apps}
    cpu: dict[str, float | None] = {}
    async with contextlib.AsyncExitStack() as stack:
        clients = {
            name: [
                await stack.enter_async_context(
                    httpx.AsyncClient(limits=limits, timeout=timeout, verify=tls)
                )
                for _ in range(concurrency)
            ]
            for name in apps
        }
        for name, app in apps.items():
            for _ in range(2):  # opens the connections, then a warm-up
                await _round(clients[name], app.base_url + path, next_bodies())
        before = {name: app.cpu_seconds() for name, app in apps.items()}
        names = list(apps)
        for number in range(rounds):
            for name in names if number % 2 == 0 else reversed(names):
                url = apps[name].base_url + path
                walls[name].append(await _round(clients[name], url, next_bodies()))
        for name, app in apps.items():
            after, start = app.cpu_seconds(), before[name]
            cpu[name] = None if after is None or start is None else after - start
    return walls, cpu


def allow_open_files(needed: int) -> None:
    """Raise this process's soft limit of open files to ``needed`` if the hard one allows
    (the uvicorn processes started after inherit it)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        ceiling = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (ceiling, hard))


def receiver_table(*, concurrency: int = 1000, rounds: int = 5) -> Table:
    """Answers per second of the receiver and of a bare ASGI app, and their ratio."""
    allow_open_files(2 * concurrency + 256)
    with UvicornApp("receiver") as receiver, UvicornApp("bare") as bare:
        walls, cpu = asyncio.run(
            measure({RECEIVER: receiver, BARE: bare}, concurrency=concurrency, rounds=rounds)
        )
    answers = rounds * concurrency
    rate = {name: concurrency / median(times) for name, times in walls.items()}
    cpu_us = {
        name: None if seconds is None else seconds / answers * 1e6 for name, seconds in cpu.items()
    }
    table = Table(
        f"Transcripts: the receiver under {concurrency:,} concurrent POSTs, uvicorn, loopback",
        ["App", "answers/s", "server CPU µs per answer", "answers/s vs bare", "CPU vs bare"],
        note=(
            f"Median of {rounds} rounds of one gather of {concurrency:,} POSTs of ASAPP's "
            "message per app, alternating which app goes first, after warm-ups; each POST "
            f"from its own httpx.AsyncClient ({concurrency:,} clients per app, one keep-alive "
            "connection each) in the benchmark's process; each app in "
            "its own uvicorn process (h11, asyncio loop, no access log). Server CPU time is "
            f"the process's user + system time over all {answers:,} answers."
        ),
    )
    for name in (BARE, RECEIVER):
        shown_cpu = "n/a" if cpu_us[name] is None else f"{cpu_us[name]:.0f}"
        bare_cpu, this_cpu = cpu_us[BARE], cpu_us[name]
        cpu_ratio = "n/a" if not bare_cpu or this_cpu is None else f"{this_cpu / bare_cpu:.2f}x"
        table.add(
            name,
            f"{rate[name]:,.0f}",
            shown_cpu,
            f"{rate[name] / rate[BARE]:.2f}x",
            cpu_ratio,
        )
    return table


def run(*, concurrency: int = 1000, rounds: int = 5, batches: int = 50) -> list[Table]:
    """Both tables: reading messages, and the receiver over HTTP."""
    return [parse_table(batches=batches), receiver_table(concurrency=concurrency, rounds=rounds)]
