"""Real servers for the receiver: uvicorn and gunicorn (gthread workers) in a child
process, WSGI servers (wsgiref, werkzeug, waitress) in a thread.

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

import waitress
from werkzeug.serving import make_server as make_werkzeug_server

START_SECONDS = 30.0
STOP_SECONDS = 10.0
TESTS_DIR = Path(__file__).resolve().parents[1]


class ServerProcess:
    """A server in a child process, on a free port; stdout and stderr to a file. It has
    started when its output matches ``listening`` (the port in its group) and holds
    ``ready``."""

    name = "server"
    listening = re.compile(r"^$")
    ready = ""

    def __init__(self, command: list[str], log_path: Path, environment: dict[str, str]) -> None:
        self.log_path = log_path
        self.base_url = ""
        env = {**os.environ, **environment, "ASAPP_LOG": "debug", "PYTHONUNBUFFERED": "1"}
        with log_path.open("wb") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", *command],
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
            found = self.listening.search(text)
            if found and self.ready in text:
                self.base_url = f"http://127.0.0.1:{found.group(1)}"
                return
            if self._process.poll() is not None:
                raise RuntimeError(f"{self.name} exited at start:\n{text}")
            time.sleep(0.05)
        raise RuntimeError(f"{self.name} did not start in {START_SECONDS} s:\n{self.log_text()}")

    def log_text(self) -> str:
        """Everything the process wrote so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """SIGTERM (the server shuts down gracefully), SIGKILL if it is not gone in time."""
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=STOP_SECONDS)


class UvicornProcess(ServerProcess):
    """``python -m uvicorn <factory> --factory``."""

    name = "uvicorn"
    listening = re.compile(r"Uvicorn running on http://127\.0\.0\.1:(\d+)")
    ready = "Application startup complete."

    def __init__(
        self,
        factory: str,
        log_path: Path,
        environment: dict[str, str],
        *,
        app_dir: Path = TESTS_DIR,
    ) -> None:
        command = ["uvicorn", factory, "--factory", "--app-dir", str(app_dir)]
        command += ["--host", "127.0.0.1", "--port", "0", "--lifespan", "on"]
        super().__init__(command, log_path, environment)


class GunicornProcess(ServerProcess):
    """``python -m gunicorn`` with one gthread worker (four threads) serving the WSGI app
    that ``factory()`` returns."""

    name = "gunicorn"
    listening = re.compile(r"Listening at: http://127\.0\.0\.1:(\d+)")
    ready = "Booting worker with pid"

    def __init__(self, factory: str, log_path: Path, environment: dict[str, str]) -> None:
        command = ["gunicorn", "--worker-class", "gthread", "--workers", "1", "--threads", "4"]
        command += ["--bind", "127.0.0.1:0", "--pythonpath", str(TESTS_DIR), f"{factory}()"]
        super().__init__(command, log_path, environment)


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


class WaitressServer:
    """A WSGI app served by waitress from a thread, with waitress's ``settings``."""

    def __init__(self, app: Any, **settings: Any) -> None:
        self._map: dict[int, Any] = {}
        self._server: Any = waitress.create_server(
            app, map=self._map, host="127.0.0.1", port=0, **settings
        )
        self.base_url = f"http://127.0.0.1:{self._server.effective_port}"
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Close the listener and every connection (the loop ends with none), stop the
        worker threads, and join the loop's thread."""
        self._server.task_dispatcher.shutdown(timeout=STOP_SECONDS)

        def close_everything() -> None:
            # In the loop's own thread (waitress's trigger runs it there): closed from
            # another, a socket the loop is selecting on fails it with EBADF.
            for dispatcher in list(self._map.values()):
                dispatcher.close()

        self._server.trigger.pull_trigger(close_everything)
        self._thread.join(timeout=STOP_SECONDS)
        assert not self._thread.is_alive(), "waitress's loop did not end"
