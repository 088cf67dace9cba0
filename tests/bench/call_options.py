"""What the per-request layer costs: raw responses and tracing, against the plain call.

One client of ours on its own pool, start_streaming over the fake API, in interleaved
blocks: the plain method as it runs by default (opentelemetry-api importable, as the dev
environment has it, with no SDK configured: its no-op tracer), the plain method as it
runs without OpenTelemetry (the SDK's cached lookup finds nothing), and
``with_raw_response`` (then ``parse()`` for the same result).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from fake_api import FakeApi
from report import Table, median, verdict
from workload import AGENT_ID, CALL_SID, CUSTOMER_ID, sdk_client

from asapp_mg_autotranscribe import _tracing

PLAIN = "plain (no-op tracer)"
UNTRACED = "plain (no OpenTelemetry)"
RAW = "with_raw_response + parse()"
VARIANTS = (PLAIN, UNTRACED, RAW)
RAW_TARGET = 1.05
HOOK_CALLS = 100_000


def run(api: FakeApi, *, calls: int, block: int = 50, warmup: int = 200) -> Table:
    """Measure each variant's median per call, and its ratio to the plain call."""
    arguments = {
        "namespace": "twilio",
        "guid": CALL_SID,
        "customer_id": CUSTOMER_ID,
        "agent_id": AGENT_ID,
        "twilio_track_map": {"inbound": "customer", "outbound": "agent"},
    }
    with sdk_client(api.base_url) as client:
        traced = _tracing._opentelemetry

        def plain() -> object:
            return client.start_streaming(**arguments)

        def untraced() -> object:
            _tracing._opentelemetry = _no_opentelemetry  # type: ignore[assignment]
            try:
                return client.start_streaming(**arguments)
            finally:
                _tracing._opentelemetry = traced

        def raw() -> object:
            return client.with_raw_response.start_streaming(**arguments).parse()

        calls_by_variant: dict[str, Callable[[], object]] = {
            PLAIN: plain,
            UNTRACED: untraced,
            RAW: raw,
        }
        samples = _collect(calls_by_variant, calls=calls, block=block, warmup=warmup)

    medians = {variant: median(samples[variant]) for variant in VARIANTS}
    table = Table(
        "Per-request layer: start_streaming, µs (median)",
        ["Variant", "median", "ratio to plain", "target", "result"],
        note=(
            f"{calls} calls per variant after a warm-up, in interleaved blocks of {block}, on "
            "one client's pool. Without OpenTelemetry the SDK spends one cached lookup per "
            "call; with opentelemetry-api and no SDK configured, the no-op tracer's span."
        ),
    )
    for variant in VARIANTS:
        ratio = medians[variant] / medians[PLAIN]
        target = RAW_TARGET if variant == RAW else None
        table.add(
            variant,
            f"{medians[variant] / 1e3:.1f}",
            f"{ratio:.2f}x",
            "" if target is None else f"<= {target:.2f}x",
            "" if target is None else verdict(ratio <= target),
        )
    hook_ns = _tracing_hook_without_opentelemetry()
    table.add(
        "the tracing hook alone, no OpenTelemetry",
        f"{hook_ns / 1e3:.3f}",
        f"{hook_ns / medians[PLAIN]:.4f}x",
        "",
        "",
    )
    return table


def _tracing_hook_without_opentelemetry() -> float:
    """Nanoseconds a call spends on tracing when OpenTelemetry is not installed."""
    traced = _tracing._opentelemetry
    _tracing._opentelemetry = _no_opentelemetry  # type: ignore[assignment]
    try:
        started = time.perf_counter_ns()
        for _ in range(HOOK_CALLS):
            _tracing.start_span("startStreaming", "POST").end(
                status_code=200, retries=0, error=None
            )
        return (time.perf_counter_ns() - started) / HOOK_CALLS
    finally:
        _tracing._opentelemetry = traced


def _no_opentelemetry() -> None:
    return None


def _collect(
    calls_by_variant: dict[str, Callable[[], object]], *, calls: int, block: int, warmup: int
) -> dict[str, list[int]]:
    for call in calls_by_variant.values():
        for _ in range(warmup):
            call()
    samples: dict[str, list[int]] = {variant: [] for variant in VARIANTS}
    clock = time.perf_counter_ns
    for round_number in range(math.ceil(calls / block)):
        for shift in range(len(VARIANTS)):
            variant = VARIANTS[(round_number + shift) % len(VARIANTS)]
            call = calls_by_variant[variant]
            timings = samples[variant]
            for _ in range(block):
                started = clock()
                call()
                timings.append(clock() - started)
    return samples
