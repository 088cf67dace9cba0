"""Real servers for the receiver: uvicorn in a child process, WSGI servers in a thread.

Each listens on a free 127.0.0.1 port, is started and stopped by the test, and is
bounded in time: a server that is not up in ``START_SECONDS`` fails the test.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from werkzeug.serving import make_server as make_werkzeug_server

START_SECONDS = 30.0
STOP_SECONDS = 10.0
TESTS_DIR = Path(__file__).resolve().parents[1]
_LISTENING = re.compile(r"Uvicorn running on http://127\.0\.0\.1:(\d+)")


class UvicornProcess:
    """``python -m uvicorn <factory> --factory`` on a free port; stdout and stderr to a file."""

    def __init__(
        self,
        factory: str,
        log_path: Path,
        environment: dict[str, str],
        *,
        app_dir: Path = TESTS_DIR,
    ) -> None:
        self.log_path = log_path
        self.base_url = ""
        env = {**os.environ, **environment, "ASAPP_LOG": "debug", "PYTHONUNBUFFERED": "1"}
        with log_path.open("wb") as log:
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    factory,
                    "--factory",
                    "--app-dir",
                    str(app_dir),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                    "--lifespan",
                    "on",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )
        try:
            self._wait_until_started()
        except BaseException:
            self.stop()
            raise

    def _wait_until_started(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            text = self.log_text()
            found = _LISTENING.search(text)
            if found and "Application startup complete." in text:
                self.base_url = f"http://127.0.0.1:{found.group(1)}"
                return
            if self._process.poll() is not None:
                raise RuntimeError(f"uvicorn exited at start:\n{text}")
            time.sleep(0.05)
        raise RuntimeError(f"uvicorn did not start in {START_SECONDS} s:\n{self.log_text()}")

    def log_text(self) -> str:
        """Everything the process wrote so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """SIGTERM (uvicorn shuts down gracefully), SIGKILL if it is not gone in time."""
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=STOP_SECONDS)


class _QuietHandler(WSGIRequestHandler):
    """wsgiref's handler, writing no request log to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _LingeringServer(WSGIServer):
    """wsgiref's server, closing each connection the way production servers do: after its
    answer it reads what the client still sends until the client closes (STOP_SECONDS at
    most), so that a body the app did not read does not turn the close into a reset that
    loses the answer."""

    def shutdown_request(self, request: Any) -> None:
        try:
            request.shutdown(socket.SHUT_WR)
            request.settimeout(STOP_SECONDS)
            while request.recv(65536):
                pass
        except OSError:
            pass
        self.close_request(request)


class ThreadedWsgiServer:
    """A WSGI app served from a thread: wsgiref (one request at a time, no chunked bodies)
    or werkzeug's development server (which de-chunks and sets wsgi.input_terminated)."""

    def __init__(self, app: Any, *, kind: str = "wsgiref") -> None:
        self.kind = kind
        if kind == "wsgiref":
            server: Any = make_server(
                "127.0.0.1", 0, app, server_class=_LingeringServer, handler_class=_QuietHandler
            )
        else:
            logging.getLogger("werkzeug").setLevel(logging.WARNING)
            server = make_werkzeug_server("127.0.0.1", 0, app, threaded=True)
        self._server = server
        self.base_url = f"http://127.0.0.1:{server.server_port}"
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving and join the thread."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=STOP_SECONDS)
