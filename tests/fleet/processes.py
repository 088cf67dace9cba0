"""Worker processes of a fleet (tests/fleet/worker.py), driven over pipes: each says when it
is ready, starts on the test's go, and reports one JSON outcome. Every wait is bounded."""

from __future__ import annotations

import json
import select
import subprocess
import sys
from pathlib import Path
from typing import Any

from fleet.servers import BOUND

__all__ = ["Worker", "start_together"]

_SCRIPT = Path(__file__).with_name("worker.py")


class Worker:
    """One worker process, started at once and waiting at its ``ready`` for the go."""

    def __init__(self, **spec: Any) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(_SCRIPT), json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def _line(self) -> str:
        stdout = self.process.stdout
        assert stdout is not None
        readable, _, _ = select.select([stdout], [], [], BOUND * 3)
        assert readable, "a worker process said nothing in time"
        return stdout.readline().strip()

    def ready(self) -> Worker:
        """Wait until it is ready (everything built, nothing done)."""
        assert self._line() == "ready"
        return self

    def go(self) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write("go\n")
        stdin.flush()

    def outcome(self) -> Any:
        """Its JSON outcome, once it has exited."""
        line = self._line()
        assert self.process.wait(BOUND) == 0
        return json.loads(line)

    def kill(self) -> None:
        """SIGKILL, and reap it."""
        self.process.kill()
        self.process.wait(BOUND)

    def close(self) -> None:
        if self.process.poll() is None:
            self.kill()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def start_together(workers: list[Worker]) -> list[Any]:
    """Wait until every worker is ready, let them all go at once, and collect the outcomes."""
    try:
        for worker in workers:
            worker.ready()
        for worker in workers:
            worker.go()
        return [worker.outcome() for worker in workers]
    finally:
        for worker in workers:
            worker.close()
