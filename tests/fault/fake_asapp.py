"""A fake ASAPP API on 127.0.0.1 that misbehaves on cue: raw HTTP/1.1 over real sockets.

Each test scripts the answers (``server.answer(...)``): one per request, in order, the last
one repeated. An answer writes to the connection whatever the scenario needs, a clean
response or a reset in mid-body, and says whether the connection may carry another request.
Every wait is bounded and ends when the server stops, so no thread outlives its test.
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from typing import Any, Self

from doubles import headers_page

__all__ = [
    "Answer",
    "FakeAsapp",
    "Flood",
    "LoopbackServer",
    "Received",
    "Wire",
    "echoing",
    "flood",
    "hang_up",
    "no_answer",
    "raw",
    "reset_mid_body",
    "respond",
    "short_body",
    "trickle",
]

POLL = 0.02  # how often blocked server threads look at the stop flag
BOUND = 10.0  # the longest any single server wait may last
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class Received:
    """One request as the server read it (header names lower-cased), and the number of the
    connection it came on (1 for the first connection the server accepted)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    connection: int = 0


class Wire:
    """One accepted connection, as the answers see it."""

    def __init__(self, conn: socket.socket, stopping: threading.Event) -> None:
        self._conn = conn
        self._stopping = stopping

    def send(self, data: bytes) -> bool:
        """Write ``data``; False if the client has gone away (or the server is stopping)."""
        view = memoryview(data)
        deadline = time.monotonic() + BOUND
        while view and not self._stopping.is_set() and time.monotonic() < deadline:
            try:
                view = view[self._conn.send(view) :]
            except TimeoutError:
                continue
            except OSError:
                return False
        return not view

    def pause(self, seconds: float) -> bool:
        """Wait ``seconds``; False if the server is stopping meanwhile."""
        return not self._stopping.wait(seconds)

    def wait_for_hangup(self, bound: float = BOUND) -> bool:
        """Read and drop anything the client sends until it closes; False if it never did."""
        deadline = time.monotonic() + bound
        while not self._stopping.is_set() and time.monotonic() < deadline:
            try:
                if not self._conn.recv(65536):
                    return True
            except TimeoutError:
                continue
            except OSError:
                return True
        return False

    def limit_send_buffer(self, size: int) -> None:
        """Keep the kernel's send buffer for this connection near ``size`` bytes."""
        self._conn.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, size)

    def reset_on_close(self) -> None:
        """Make the coming close send a TCP RST rather than a FIN (SO_LINGER, timeout 0)."""
        self._conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


Answer = Callable[[Wire], bool]
"""Writes one answer; True if the connection may carry another request."""


class LoopbackServer:
    """A TCP server on a free 127.0.0.1 port, listening from construction until ``stop()``,
    each connection served on a thread of its own by ``_converse``; ``with`` stops it when
    the block ends. A failure of the server's own is re-raised by ``stop()``."""

    def __init__(self, name: str) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(POLL)
        self.port: int = self._listener.getsockname()[1]
        self._name = name
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._failures: list[BaseException] = []
        self._acceptor = threading.Thread(target=self._accept, name=name, daemon=True)
        self._acceptor.start()

    @property
    def connections(self) -> int:
        """How many connections the server has accepted."""
        return len(self._threads)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop accepting, end every connection thread, and re-raise a server-side failure."""
        self._stopping.set()
        self._acceptor.join(BOUND)
        self._listener.close()
        for thread in self._threads:
            thread.join(BOUND)
        alive = [thread.name for thread in self._threads if thread.is_alive()]
        assert not alive, f"{self._name} threads still running: {alive}"
        if self._failures:
            raise self._failures[0]

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:  # the listener closed under us
                return
            conn.settimeout(POLL)
            number = len(self._threads) + 1
            thread = threading.Thread(target=self._serve, args=(conn, number), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        with conn:
            try:
                self._converse(conn, number)
            except OSError:
                return  # the client went away: its side of the scenario
            except Exception as exc:  # noqa: BLE001 - reported by stop(), on the test's thread
                self._failures.append(exc)

    def _converse(self, conn: socket.socket, number: int) -> None:
        """Serve connection ``number`` (1 for the first accepted) until it is done."""
        raise NotImplementedError


class FakeAsapp(LoopbackServer):
    """The fake API; ``requests`` as received.

    ``with FakeAsapp() as server:`` stops it when the block ends.
    """

    def __init__(self, *, tls: ssl.SSLContext | None = None) -> None:
        self._tls = tls
        self.requests: list[Received] = []
        self._answers: list[Answer] = []
        super().__init__("fake-asapp")
        self._received = threading.Condition(self._lock)

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (the SDK allows plain http to loopback only), or
        ``https://`` when the server speaks TLS."""
        return f"{'https' if self._tls else 'http'}://127.0.0.1:{self.port}"

    def answer(self, *answers: Answer) -> None:
        """Answer the coming requests with these, in order; the last one repeats."""
        with self._lock:
            self._answers = list(answers)

    def wait_for_requests(self, count: int = 1) -> bool:
        """Wait until ``count`` requests have come (BOUND at most); False if they did not."""
        with self._received:
            return self._received.wait_for(lambda: len(self.requests) >= count, BOUND)

    def _converse(self, conn: socket.socket, number: int) -> None:
        if self._tls is None:
            self._exchange(conn, number)
            return
        with self._tls.wrap_socket(conn, server_side=True, do_handshake_on_connect=False) as secure:
            self._handshake(secure)
            self._exchange(secure, number)

    def _exchange(self, conn: socket.socket, number: int) -> None:
        pending = b""
        while True:
            request, pending = self._read_request(conn, pending)
            if request is None:
                return
            with self._received:
                self.requests.append(replace(request, connection=number))
                self._received.notify_all()
                if not self._answers:
                    raise AssertionError(f"unscripted {request.method} {request.path}")
                answer = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
            if not answer(Wire(conn, self._stopping)):
                return

    def _handshake(self, conn: ssl.SSLSocket) -> None:
        """The TLS handshake, within BOUND; OSError (ssl.SSLError) if the client refuses."""
        deadline = time.monotonic() + BOUND
        while not self._stopping.is_set() and time.monotonic() < deadline:
            try:
                conn.do_handshake()
                return
            except TimeoutError:
                continue
        raise TimeoutError("no TLS handshake")

    def _read_request(self, conn: socket.socket, pending: bytes) -> tuple[Received | None, bytes]:
        deadline = time.monotonic() + BOUND
        while b"\r\n\r\n" not in pending:
            chunk = self._recv(conn, deadline)
            if not chunk:
                return None, b""
            pending += chunk
            if len(pending) > _MAX_HEAD:
                raise AssertionError("request head too large")
        head, _, pending = pending.partition(b"\r\n\r\n")
        request_line, *lines = head.decode("latin-1").split("\r\n")
        method, path, _ = request_line.split(" ", 2)
        headers = {}
        for line in lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        while len(pending) < length:
            chunk = self._recv(conn, deadline)
            if not chunk:
                return None, b""
            pending += chunk
        return Received(method, path, headers, pending[:length]), pending[length:]

    def _recv(self, conn: socket.socket, deadline: float) -> bytes:
        while not self._stopping.is_set() and time.monotonic() < deadline:
            try:
                return conn.recv(65536)
            except TimeoutError:
                continue
        return b""


def _head(status: int, headers: dict[str, str], length: int, reason: str | None = None) -> bytes:
    if reason is None:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = ""
    lines = [f"HTTP/1.1 {status} {reason}".rstrip(), f"Content-Length: {length}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _body_and_type(body: bytes | str | dict[str, Any]) -> tuple[bytes, str]:
    if isinstance(body, dict):
        return json.dumps(body).encode(), "application/json"
    if isinstance(body, str):
        return body.encode(), "text/html; charset=utf-8"
    return body, "application/json"


def respond(
    status: int, body: bytes | str | dict[str, Any] = b"", headers: dict[str, str] | None = None
) -> Answer:
    """A complete response (a dict is sent as JSON, a str as HTML); the connection stays open."""
    content, content_type = _body_and_type(body)
    head = _head(status, {"Content-Type": content_type, **(headers or {})}, len(content))

    def answer(wire: Wire) -> bool:
        return wire.send(head + content)

    return answer


def echoing(server: FakeAsapp, status: int, *, as_json: bool = False) -> Answer:
    """A ``status`` error page printing the headers of the request it answers (``server``'s
    latest), as some proxies' debug pages do: HTML, or ASAPP's JSON error body."""

    def answer(wire: Wire) -> bool:
        page = headers_page(status, server.requests[-1].headers, as_json=as_json)
        return respond(status, page)(wire)

    return answer


def raw(data: bytes) -> Answer:
    """Exactly ``data`` on the wire, then a normal close (FIN)."""

    def answer(wire: Wire) -> bool:
        wire.send(data)
        return False

    return answer


def short_body(body: bytes) -> Answer:
    """A 200 whose Content-Length is honest about ``body`` but only half of it comes, then FIN."""
    head = _head(200, {"Content-Type": "application/json"}, len(body))
    return raw(head + body[: len(body) // 2])


def hang_up() -> Answer:
    """Read the request and close the connection without a word."""
    return raw(b"")


def reset_mid_body(status: int = 200) -> Answer:
    """The head and part of a JSON body, then a TCP reset."""
    head = _head(status, {"Content-Type": "application/json"}, 64)

    def answer(wire: Wire) -> bool:
        # What was sent before the reset stays readable on the client's side (Linux keeps
        # it queued); the reset comes after it.
        wire.send(head + b'{"streamingUrl": "wss://')
        wire.reset_on_close()
        return False

    return answer


def no_answer() -> Answer:
    """Read the request and never answer; wait for the client to give up and hang up."""

    def answer(wire: Wire) -> bool:
        wire.wait_for_hangup()
        return False

    return answer


def trickle(interval: float, length: int = 1000) -> Answer:
    """A 200 head, then its body one byte per ``interval`` until the client hangs up."""
    head = _head(200, {"Content-Type": "application/json"}, length)

    def answer(wire: Wire) -> bool:
        if not wire.send(head):
            return False
        for _ in range(length):
            if not (wire.pause(interval) and wire.send(b" ")):
                break
        return False

    return answer


@dataclass
class Flood:
    """How much of a huge body went out before the client hung up."""

    declared: int
    sent: int = 0
    completed: bool = False
    done: threading.Event = field(default_factory=threading.Event)


def flood(report: Flood) -> Answer:
    """A 200 declaring ``report.declared`` bytes of body, sent until done or the client hangs up.

    The server's send buffer is kept small, so ``report.sent`` is close to what the client read.
    """
    head = _head(200, {"Content-Type": "application/json"}, report.declared)
    chunk = b"[" + b" " * (64 * 1024 - 1)

    def answer(wire: Wire) -> bool:
        wire.limit_send_buffer(64 * 1024)
        try:
            if not wire.send(head):
                return False
            while report.sent < report.declared:
                piece = chunk[: report.declared - report.sent]
                if not wire.send(piece):
                    return False
                report.sent += len(piece)
            report.completed = True
            return False
        finally:
            report.done.set()

    return answer
