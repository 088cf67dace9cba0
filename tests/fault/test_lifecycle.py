"""A client's pool over its life: reused under a second event loop, inherited by a fork.

Real loopback sockets, so that the pool really holds a keep-alive connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import select
import signal
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from doubles import API_ID, API_SECRET

import asapp_mg_autotranscribe as sdk
from asapp_mg_autotranscribe import ASAPPError, AsyncAutoTranscribeClient, AutoTranscribeClient

from .fake_asapp import BOUND, POLL, FakeAsapp, respond


def settings(base_url: str) -> dict[str, Any]:
    return {
        "api_id": API_ID,
        "api_secret": API_SECRET,
        "base_url": base_url,
        "timeout": 5.0,
        "max_retries": 0,
        "environment": {},
    }


def _second_loop_error(base_url: str) -> tuple[bool, bool, bool, str]:
    """One call under a first event loop, one under a second: what the second raised."""
    client = AsyncAutoTranscribeClient(**settings(base_url))
    assert asyncio.run(client.get_twilio_media_stream_url()).endswith("/tok")
    try:
        asyncio.run(client.get_twilio_media_stream_url())
    except BaseException as error:  # noqa: BLE001 - described to the test
        closed_error = getattr(sdk, "ClientClosedError", ())
        return (
            isinstance(error, closed_error),
            isinstance(error, ASAPPError),
            isinstance(error, RuntimeError),
            f"{type(error).__name__}: {error}",
        )
    finally:
        with contextlib.suppress(Exception):
            asyncio.run(client.close())
    return False, False, False, "no error"


@pytest.mark.hardening(
    9, "an async client reused under a second asyncio.run raises a bare RuntimeError"
)
# The pooled connection belongs to the first loop, which is gone: it cannot be closed cleanly.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_async_client_under_a_second_event_loop_raises_client_closed_error(
    server: FakeAsapp,
) -> None:
    server.answer(respond(200, {"streamingUrl": "wss://ws.example.test/media/tok"}))
    is_closed_error, is_asapp_error, is_runtime_error, described = _second_loop_error(
        server.base_url
    )
    gc.collect()  # the first loop's transport goes now, under this test's warning filters
    assert is_closed_error, described
    assert is_asapp_error, described
    assert is_runtime_error, described
    assert "loop" in described.lower(), described


class ConnectionServer:
    """Answers each request with its connection's number and the request's number on it:
    ``wss://ws.example.test/media/conn<c>-req<r>``, keeping every connection alive."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(POLL)
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.connections = 0
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    def stop(self) -> None:
        self._stopping.set()
        self._acceptor.join(BOUND)
        self._listener.close()
        for thread in self._threads:
            thread.join(BOUND)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.settimeout(POLL)
            thread = threading.Thread(
                target=self._serve, args=(conn, self.connections), daemon=True
            )
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        with conn:
            pending, served = b"", 0
            while not self._stopping.is_set():
                if b"\r\n\r\n" not in pending:
                    try:
                        chunk = conn.recv(65536)
                    except TimeoutError:
                        continue
                    except OSError:
                        return
                    if not chunk:
                        return
                    pending += chunk
                    continue
                _, _, pending = pending.partition(b"\r\n\r\n")  # GETs: no request body
                served += 1
                body = json.dumps(
                    {"streamingUrl": f"wss://ws.example.test/media/conn{number}-req{served}"}
                ).encode()
                head = (
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n"
                ).encode()
                try:
                    conn.sendall(head + body)
                except OSError:
                    return


@pytest.fixture
def connection_server() -> Iterator[ConnectionServer]:
    server = ConnectionServer()
    try:
        yield server
    finally:
        server.stop()


def _in_a_child(client: AutoTranscribeClient) -> str:
    """Fork; the child makes one call and reports its answer (or error); the parent waits."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            try:
                report = client.get_twilio_media_stream_url()
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                report = f"error {type(exc).__name__}: {exc}"
            os.write(write_end, report.encode())
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], BOUND)
        report = os.read(read_end, 4096).decode() if ready else "no report from the child"
    finally:
        os.close(read_end)
        deadline = time.monotonic() + BOUND
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                break
            time.sleep(0.01)
    return report


@pytest.mark.hardening(13, "a forked child shares the parent's pooled keep-alive connection")
def test_a_forked_child_gets_a_pool_of_its_own(
    connection_server: ConnectionServer, debug_logs: pytest.LogCaptureFixture
) -> None:
    with AutoTranscribeClient(**settings(connection_server.base_url)) as client:
        first = client.get_twilio_media_stream_url()
        assert first.endswith("/conn1-req1")
        child = _in_a_child(client)
        assert child.startswith("wss://"), child
        # The child's request went out on a connection of its own, not the parent's.
        assert not child.split("/")[-1].startswith("conn1-"), child
        parent = client.get_twilio_media_stream_url()
    answers = [first.split("/")[-1], child.split("/")[-1], parent.split("/")[-1]]
    assert len(set(answers)) == 3, answers
    assert parent.split("/")[-1].split("-")[0] != child.split("/")[-1].split("-")[0], answers
