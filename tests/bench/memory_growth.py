"""Memory: RSS growth of a process over many sync calls through our client.

Each measurement runs in a fresh interpreter (this module as a script), so that what
the other benchmarks allocated does not blur it: a warm-up of calls, VmRSS read, the
measured calls (the three operations in turn), VmRSS read again; a full garbage
collection before each read. Raw httpx runs the same way, for reference.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import httpx
from fake_api import FakeApi
from report import Table, verdict
from workload import OPERATIONS, OURS, RAW, TIMEOUT, raw_calls, sdk_calls, sdk_client

TARGET_KB = 1024


def rss_kb() -> int:
    """This process's resident set size in KiB, from /proc/self/status."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def _measure_here(base_url: str, variant: str, warmup: int, calls: int) -> dict[str, int]:
    """RSS after the warm-up, after ``calls`` more calls, and after ``calls`` more again."""
    with httpx.Client(timeout=TIMEOUT) as http, sdk_client(base_url) as client:
        calls_by_operation = sdk_calls(client) if variant == OURS else raw_calls(http, base_url)
        sequence = [calls_by_operation[operation] for operation in OPERATIONS]
        for number in range(warmup):
            sequence[number % len(sequence)]()
        gc.collect()
        readings = [rss_kb()]
        for _ in range(2):
            for number in range(calls):
                sequence[number % len(sequence)]()
            gc.collect()
            readings.append(rss_kb())
    return {"before_kb": readings[0], "first_kb": readings[1], "second_kb": readings[2]}


def _measure_in_child(base_url: str, variant: str, warmup: int, calls: int) -> dict[str, int]:
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), base_url, variant, str(warmup), str(calls)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, int] = json.loads(completed.stdout)
    return result


def run(api: FakeApi, *, warmup: int = 2000, calls: int = 20000) -> Table:
    """Tabulate RSS before and after ``calls`` calls, ours (with the target) and raw httpx."""
    table = Table(
        f"Memory: RSS growth over {calls:,} sync calls",
        [
            "Client",
            "RSS after warm-up (KiB)",
            f"growth, first {calls:,} (KiB)",
            f"growth, next {calls:,} (KiB)",
            "target",
            "result",
        ],
        note=(
            f"A fresh process per client: {warmup:,} warm-up calls, then twice {calls:,} calls "
            "cycling the three operations; VmRSS after gc.collect(). The target applies to each "
            "window; a leak would show in the second as much as in the first."
        ),
    )
    for variant in (OURS, RAW):
        figures = _measure_in_child(api.base_url, variant, warmup, calls)
        first = figures["first_kb"] - figures["before_kb"]
        second = figures["second_kb"] - figures["first_kb"]
        if variant == OURS:
            target, result = f"< {TARGET_KB}", verdict(max(first, second) < TARGET_KB)
        else:
            target, result = "(reference)", ""
        table.add(variant, str(figures["before_kb"]), str(first), str(second), target, result)
    return table


if __name__ == "__main__":
    url, which, warmup_calls, measured_calls = sys.argv[1:5]
    print(json.dumps(_measure_here(url, which, int(warmup_calls), int(measured_calls))))
