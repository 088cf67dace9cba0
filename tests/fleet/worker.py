"""One worker of a fleet, run as its own process by the fleet tests.

``python tests/fleet/worker.py '<JSON spec>'`` builds what the spec's ``role`` needs, prints
``ready``, waits for a line on stdin (the test's go), does the work, prints one JSON line with
the outcome and exits. Roles:

- ``url``: ``threads`` threads call ``RedisStreamUrlCache.get()`` at once; the URLs (or the
  errors' class names).
- ``add``: ``RedisTranscriptCollector.add`` of each body in ``bodies``; the results.
- ``pop`` / ``events``: the call's events, as their messages.
"""

from __future__ import annotations

import json
import sys
import threading
from typing import Any

from asapp_mg_autotranscribe import AutoTranscribeClient, parse_transcript_event
from asapp_mg_autotranscribe.redis import RedisStreamUrlCache, RedisTranscriptCollector


def _url(spec: dict[str, Any]) -> list[str]:
    client = AutoTranscribeClient(
        api_id=spec["api_id"],
        api_secret=spec["api_secret"],
        base_url=spec["base_url"],
        max_retries=0,
        environment={},
    )
    cache = RedisStreamUrlCache(
        client, spec["redis"], lock_timeout=spec["lock_timeout"], deadline=spec["deadline"]
    )
    threads = spec["threads"]
    start = threading.Barrier(threads)
    results: list[str] = []

    def ask() -> None:
        start.wait(30)
        try:
            results.append(cache.get())
        except Exception as error:  # noqa: BLE001 (reported to the test)
            results.append(type(error).__name__)

    _go()
    workers = [threading.Thread(target=ask) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    cache.close()
    client.close()
    return results


def _collector_work(spec: dict[str, Any]) -> Any:
    collector = RedisTranscriptCollector(spec["redis"])
    events = [parse_transcript_event(body) for body in spec.get("bodies", [])]
    _go()
    if spec["role"] == "add":
        outcome: Any = [collector.add(event) for event in events]
    elif spec["role"] == "pop":
        outcome = [event.to_dict() for event in collector.pop(spec["call"])]
    else:
        outcome = [event.to_dict() for event in collector.events(spec["call"])]
    collector.close()
    return outcome


def _go() -> None:
    print("ready", flush=True)
    assert sys.stdin.readline().strip() == "go"


def main() -> None:
    spec = json.loads(sys.argv[1])
    outcome = _url(spec) if spec["role"] == "url" else _collector_work(spec)
    print(json.dumps(outcome), flush=True)


if __name__ == "__main__":
    main()
