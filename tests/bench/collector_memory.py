"""Memory: a full TranscriptCollector's RSS against its max_bytes.

Each measurement runs in a fresh interpreter (this module as a script): VmRSS read after
the imports and a warm-up, then messages of one size (their calls 50 utterances long) are
parsed and added until one and a half times ``max_bytes`` has passed through, so that the
collector is full and dropping; VmRSS read again after a full garbage collection. The
growth, over ``max_bytes``, is what the bound costs the process.
"""

from __future__ import annotations

import gc
import json
import logging
import subprocess
import sys
from pathlib import Path

from memory_growth import rss_kb
from report import Table, verdict

from asapp_mg_autotranscribe import TranscriptCollector, parse_transcript_event

TARGET_RATIO = 3.0
EVENTS_PER_CALL = 50
# (name, text bytes per message): ASAPP's messages are a few hundred bytes in all.
SIZES = [("ASAPP-sized (~370 B)", 60), ("16 KiB", 16 * 1024), ("256 KiB", 256 * 1024 - 400)]


def _message(number: int, text_size: int) -> bytes:
    return json.dumps(
        {
            "type": "transcript",
            "externalConversationId": f"CA{number // EVENTS_PER_CALL:032x}",
            "streamId": "5ce2b755-3f38-11ed-b755-7aed4b5c38d5",
            "sender": {"externalId": "TT9833237", "role": "customer"},
            "autotranscribeResponse": {
                "message": "transcript",
                "start": number * 1000,
                "end": number * 1000 + 900,
                "utterance": [{"text": f"{number:010d} " + "w" * text_size}],
            },
        }
    ).encode()


def _measure_here(max_bytes: int, text_size: int) -> dict[str, float]:
    logging.disable(logging.WARNING)  # one WARNING per drop once full: not what is measured
    warm_up = TranscriptCollector(max_bytes=max_bytes)
    for number in range(100):
        warm_up.add(parse_transcript_event(_message(number, text_size), max_bytes=2**20))
    del warm_up
    gc.collect()
    before = rss_kb()
    collector = TranscriptCollector(max_bytes=max_bytes)
    passed = number = 0
    while passed < 1.5 * max_bytes:
        body = _message(number, text_size)
        collector.add(parse_transcript_event(body, max_bytes=2**20))
        passed += len(body)
        number += 1
    gc.collect()
    grown = (rss_kb() - before) * 1024
    return {"events": number, "calls": len(collector), "ratio": grown / max_bytes}


def _measure_in_child(max_bytes: int, text_size: int) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), str(max_bytes), str(text_size)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(completed.stdout)
    return result


def run(*, max_bytes: int = 64 * 2**20) -> Table:
    """The growth of RSS of a full collector, over its max_bytes, for three message sizes."""
    table = Table(
        f"Memory: a full TranscriptCollector(max_bytes={max_bytes // 2**20} MiB), RSS growth",
        ["Messages", "added", "calls kept", "RSS growth / max_bytes", "target", "result"],
        note=(
            "A fresh process per size: after a warm-up, messages of that size (50 per call) "
            "parsed and added until 1.5 x max_bytes has passed through (the collector full and "
            "dropping the oldest calls' events); VmRSS after gc.collect(), less VmRSS before."
        ),
    )
    for name, text_size in SIZES:
        figures = _measure_in_child(max_bytes, text_size)
        table.add(
            name,
            f"{int(figures['events']):,}",
            f"{int(figures['calls']):,}",
            f"{figures['ratio']:.2f}x",
            f"< {TARGET_RATIO:g}x",
            verdict(figures["ratio"] < TARGET_RATIO),
        )
    return table


if __name__ == "__main__":
    print(json.dumps(_measure_here(int(sys.argv[1]), int(sys.argv[2]))))
