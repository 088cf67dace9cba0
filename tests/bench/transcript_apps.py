"""The two ASGI apps the transcript benchmark serves with uvicorn, side by side.

- ``receiver``: a TranscriptWebhook (secret in a header, on_event doing nothing), so that
  each answer costs what the receiver does: checks, reading and parsing the body, 204.
- ``bare``: the least an ASGI app does for a POST: read the body, answer 204.

Run as a script (``python transcript_apps.py receiver|bare``), it serves that app with
uvicorn on a free 127.0.0.1 port, prints the port on stdout and stops when its stdin
closes (so it cannot outlive the benchmark). ``UvicornApp`` starts it in its own process
and reads the process's CPU time.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from asapp_mg_autotranscribe import TranscriptEvent, TranscriptWebhook

SECRET = "bench-transcript-token"
SECRET_NAME = "X-Transcript-Token"

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


async def bare(scope: Scope, receive: Receive, send: Send) -> None:
    """Read the body, answer 204."""
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        more = message.get("more_body", False)
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})


def _ignore(event: TranscriptEvent) -> None:
    pass


def receiver() -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """The receiver under measurement."""
    return TranscriptWebhook(_ignore, secret=SECRET, secret_name=SECRET_NAME).asgi


def _serve(kind: str) -> None:
    import uvicorn

    app = receiver() if kind == "receiver" else bare
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        app,
        loop="asyncio",
        http="h11",
        lifespan="off",
        access_log=False,
        log_level="warning",
        backlog=4096,
        timeout_keep_alive=60,
    )
    server = uvicorn.Server(config)

    def stop_at_eof() -> None:
        sys.stdin.buffer.read()
        server.should_exit = True

    threading.Thread(target=stop_at_eof, daemon=True).start()
    print(sock.getsockname()[1], flush=True)
    server.run(sockets=[sock])


class UvicornApp:
    """One of the apps in a uvicorn child process: ``with UvicornApp("bare") as app: ...``."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.base_url = ""
        self._process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), self.kind],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.strip().isdigit():
            self.stop()
            raise RuntimeError(f"uvicorn ({self.kind}) did not start (it printed {line!r})")
        self.base_url = f"http://127.0.0.1:{int(line)}"

    def cpu_seconds(self) -> float | None:
        """User and system CPU time of the process so far (Linux), else None."""
        if self._process is None:
            return None
        try:
            fields = Path(f"/proc/{self._process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        # utime and stime: fields 14 and 15 of stat(5), 12 and 13 after the ")".
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        """Close the server's stdin, so it exits; kill it if it does not within 10 s."""
        process = self._process
        if process is None:
            return
        self._process = None
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


if __name__ == "__main__":
    _serve(sys.argv[1])
