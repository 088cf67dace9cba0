"""Per-call latency, sync: raw httpx (the floor), the generated client, and ours (plain,
and through ``with_raw_response``).

The variants share one keep-alive pool (one ``httpx.HTTPTransport``, handed to
each variant's ``httpx.Client``), so every call goes over the same warm connection. They
run in blocks of ``block`` calls, the order of the variants rotating every round, so that
drift on a shared machine falls on all of them alike; each call is timed on its own.
"""

from __future__ import annotations

import math
import time

import httpx
from fake_api import FakeApi
from report import Table, median, percentile, verdict
from workload import (
    GENERATED,
    OPERATIONS,
    OURS,
    OURS_RAW,
    RAW,
    TIMEOUT,
    VARIANTS,
    Calls,
    check_same_requests,
    generated_calls,
    generated_client,
    raw_calls,
    sdk_calls,
    sdk_client,
    sdk_raw_response_calls,
)

TARGET_RATIO = 1.03

Samples = dict[tuple[str, str], list[int]]


def collect(calls_by_variant: dict[str, Calls], *, calls: int, block: int, warmup: int) -> Samples:
    """Nanoseconds of each of ``calls`` calls per variant and operation, after ``warmup``."""
    for operation in OPERATIONS:
        for variant in VARIANTS:
            call = calls_by_variant[variant][operation]
            for _ in range(warmup):
                call()
    samples: Samples = {(op, variant): [] for op in OPERATIONS for variant in VARIANTS}
    clock = time.perf_counter_ns
    for round_number in range(math.ceil(calls / block)):
        for operation in OPERATIONS:
            for shift in range(len(VARIANTS)):
                variant = VARIANTS[(round_number + shift) % len(VARIANTS)]
                call = calls_by_variant[variant][operation]
                timings = samples[(operation, variant)]
                for _ in range(block):
                    started = clock()
                    call()
                    timings.append(clock() - started)
    return samples


def run(api: FakeApi, *, calls: int, block: int = 50, warmup: int = 200) -> tuple[Table, Samples]:
    """Measure, and tabulate median and p99 per operation and variant, with ours/raw."""
    # Each variant as it is used by default, on its own keep-alive connection: ours on the
    # pool it builds itself (its headers are that pool's defaults, not merged per request).
    with (
        httpx.Client(timeout=TIMEOUT) as http,
        generated_client(api.base_url) as generated,
        sdk_client(api.base_url) as ours,
    ):
        calls_by_variant = {
            RAW: raw_calls(http, api.base_url),
            GENERATED: generated_calls(generated),
            OURS: sdk_calls(ours),
            OURS_RAW: sdk_raw_response_calls(ours),
        }
        check_same_requests(api, calls_by_variant)
        samples = collect(calls_by_variant, calls=calls, block=block, warmup=warmup)

    per_variant = len(samples[(OPERATIONS[0], RAW)])
    table = Table(
        "Sync per-call latency, µs (median / p99)",
        [
            "Operation",
            RAW,
            GENERATED,
            OURS,
            OURS_RAW,
            "generated/raw",
            "ours/raw",
            "ours, raw response/raw",
            "target",
            "result",
        ],
        note=(
            f"{per_variant} calls per variant and operation after a warm-up, in interleaved "
            f"blocks of {block}, each variant on its own keep-alive connection; ratios of "
            "medians. Raw httpx: a hand-built request, JSON decoded. Generated: sync_detailed, "
            "request model built per call. Ours: the default client, on its own pool; its raw "
            "response: the same call through with_raw_response, then parse()."
        ),
    )
    for operation in OPERATIONS:
        medians = {}
        cells = []
        for variant in VARIANTS:
            timings = samples[(operation, variant)]
            medians[variant] = median(timings)
            cells.append(f"{medians[variant] / 1e3:.1f} / {percentile(timings, 0.99) / 1e3:.1f}")
        ratio = medians[OURS] / medians[RAW]
        raw_response_ratio = medians[OURS_RAW] / medians[RAW]
        table.add(
            operation,
            *cells,
            f"{medians[GENERATED] / medians[RAW]:.2f}x",
            f"{ratio:.2f}x",
            f"{raw_response_ratio:.2f}x",
            f"<= {TARGET_RATIO:.2f}x",
            verdict(max(ratio, raw_response_ratio) <= TARGET_RATIO),
        )
    return table, samples
