"""Run in a subprocess by test_memory_bounds.py: calls against compressed bodies, their peak RSS.

``python memory_probe.py < scenarios.json`` reads a list of ``[kind, status,
content_encoding, body_file]``. After one warm-up call per client (so that every module is
loaded), each scenario runs in a forked child: a fake ASAPP server of its own (tests/fault)
sends the body with that status and Content-Encoding, the child caps its address space at
its size plus 512 MiB, resets its peak RSS, makes one stream-URL call, and reports the
outcome's class name and how far its peak RSS rose. One JSON line per scenario on stdout.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import resource
import select
import signal
import sys
from pathlib import Path
from typing import Any

from fault.fake_asapp import FakeAsapp, respond

from asapp_mg_autotranscribe import AsyncAutoTranscribeClient, AutoTranscribeClient

HEADROOM = 512 * 1024 * 1024
CHILD_BOUND = 60.0  # seconds one scenario may take


def _settings(base_url: str) -> dict[str, Any]:
    return {
        "api_id": "probe-id",
        "api_secret": "probe-secret",
        "base_url": base_url,
        "timeout": 10.0,
        "max_retries": 0,
        "environment": {},
    }


def _status_kib(field: str) -> int:
    """A ``VmXxx`` line of /proc/self/status, in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def _cap_and_reset() -> int:
    """Cap the address space at its size now plus HEADROOM; the RSS now, in KiB.

    The peak (VmHWM) is reset to the RSS now where the kernel allows it, and read from
    /proc: getrusage's ru_maxrss would include the peak of the process forked from.
    """
    pages = int(Path("/proc/self/statm").read_text().split()[0])
    size = pages * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (size + HEADROOM, resource.RLIM_INFINITY))
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return max(_status_kib("VmRSS"), _status_kib("VmHWM"))


def _call(kind: str, base_url: str) -> BaseException | None:
    if kind == "sync":
        with AutoTranscribeClient(**_settings(base_url)) as client:
            try:
                client.get_twilio_media_stream_url()
            except BaseException as exc:  # noqa: BLE001 - reported, whatever it is
                return exc
        return None

    async def call() -> BaseException | None:
        async with AsyncAutoTranscribeClient(**_settings(base_url)) as client:
            try:
                await client.get_twilio_media_stream_url()
            except BaseException as exc:  # noqa: BLE001 - reported, whatever it is
                return exc
        return None

    return asyncio.run(call())


def _child(kind: str, base_url: str, report: int) -> None:
    baseline = _cap_and_reset()
    error = _call(kind, base_url)
    outcome = "result" if error is None else type(error).__name__
    del error
    grew = _status_kib("VmHWM") - baseline
    os.write(report, json.dumps({"outcome": outcome, "grew_kib": grew}).encode())


def _scenario(kind: str, status: int, encoding: str, body: bytes) -> dict[str, Any]:
    with FakeAsapp() as server:
        server.answer(respond(status, body, {"Content-Encoding": encoding}))
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read_end)
                _child(kind, server.base_url, write_end)
            finally:
                os._exit(0)
        os.close(write_end)
        try:
            ready, _, _ = select.select([read_end], [], [], CHILD_BOUND)
            if ready:
                return json.loads(os.read(read_end, 4096) or b'{"outcome": "no report"}')
            os.kill(pid, signal.SIGKILL)
            return {"outcome": f"no report within {CHILD_BOUND:g} s"}
        finally:
            os.close(read_end)
            os.waitpid(pid, 0)


def main() -> None:
    scenarios = json.load(sys.stdin)
    with FakeAsapp() as warm_up:
        warm_up.answer(respond(200, {"streamingUrl": "wss://ws.example.test/media/warm-up"}))
        for kind in ("sync", "async"):
            assert _call(kind, warm_up.base_url) is None
    for kind, status, encoding, body_file in scenarios:
        body = Path(body_file).read_bytes()
        report = _scenario(kind, status, encoding, body)
        print(json.dumps([kind, status, encoding, report]), flush=True)


if __name__ == "__main__":
    main()
