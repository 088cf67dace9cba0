"""The SDK's benchmarks (``make bench``): latency, concurrency, the URL cache, the per-request
layer (raw responses, tracing), imports, memory, transcripts (reading, the receiver, a full
collector's memory), and a fleet on Redis (stream-URL requests, the caches' get(), the example
receiver with each collector, add() and a call's size in Redis).

Usage: ``python tests/bench/run.py [--calls N] [--concurrency N] [--memory-calls N]``

The client benchmarks run against one fake API in its own process on a free 127.0.0.1
port (see ``fake_api.py``); the transcript receiver is served by uvicorn processes (see
``transcripts.py``). Each client figure is printed with its target and PASS or MISS as
it is measured (the transcript tables hold figures and ratios only), and all of them again
as Markdown at the end, ready for the README. A missed target is reported, not failed on:
the exit status is 0 unless the benchmark itself breaks. Compare ratios, not absolute
times: the variants run side by side in one run.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import call_options
import collector_memory
import concurrency
import httpx
import import_time
import latency
import memory_growth
import redis_fleet
import transcripts
import url_cache
from fake_api import FakeApi
from report import Table, median
from workload import OURS, RAW

import asapp_mg_autotranscribe


def _parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--calls", type=int, default=2000, help="sync calls per variant and op")
    parser.add_argument("--concurrency", type=int, default=1000, help="concurrent async calls")
    parser.add_argument("--repeats", type=int, default=5, help="async gathers per variant")
    parser.add_argument(
        "--import-pairs", type=int, default=21, help="pairs of fresh processes, import time"
    )
    parser.add_argument("--memory-calls", type=int, default=20000, help="calls for RSS growth")
    parser.add_argument(
        "--transcript-rounds", type=int, default=5, help="gathers per app, transcript receiver"
    )
    return parser.parse_args(argv)


def _show(table: Table) -> Table:
    print(table.to_text(), end="\n\n", flush=True)
    return table


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark and print the tables; 0 whether or not targets were met."""
    arguments = _parse_arguments(argv)
    started = time.monotonic()
    tables: list[Table] = []
    print(
        f"asapp-mg-autotranscribe {asapp_mg_autotranscribe.__version__}: Python "
        f"{platform.python_version()}, httpx {httpx.__version__}, {os.cpu_count()} CPUs\n",
        flush=True,
    )
    with FakeApi() as api:
        table, samples = latency.run(api, calls=arguments.calls)
        tables.append(_show(table))
        raw_get_us = median(samples[("stream_url", RAW)]) / 1e3
        tables.append(
            _show(
                concurrency.run(api, concurrency=arguments.concurrency, repeats=arguments.repeats)
            )
        )
        tables.append(_show(url_cache.run(api, raw_request_us=raw_get_us)))
        tables.append(_show(call_options.run(api, calls=arguments.calls)))
        tables.append(_show(memory_growth.run(api, calls=arguments.memory_calls)))
    tables.append(_show(import_time.run(pairs=arguments.import_pairs)))
    for table in transcripts.run(
        concurrency=arguments.concurrency, rounds=arguments.transcript_rounds
    ):
        tables.append(_show(table))
    tables.append(_show(collector_memory.run()))
    with FakeApi() as api:
        for table in redis_fleet.run(
            api, concurrency=arguments.concurrency, rounds=arguments.transcript_rounds
        ):
            tables.append(_show(table))
    elapsed = time.monotonic() - started

    print("Markdown, for the README:\n")
    print("### Benchmarks\n")
    print(
        f"`make bench` on Python {platform.python_version()}, httpx {httpx.__version__}, "
        f"{os.cpu_count()} CPUs, against a local fake API; took {elapsed:.0f} s. "
        f"Ratios compare {OURS} with {RAW}, measured side by side in the same run.\n"
    )
    print("\n\n".join(table.to_markdown() for table in tables))
    return 0


if __name__ == "__main__":
    sys.exit(main())
