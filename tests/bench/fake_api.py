"""A fast stand-in for the AutoTranscribe API: canned JSON over keep-alive HTTP/1.1.

Run as a script, it serves on a free 127.0.0.1 port, prints that port on stdout and
stops when its stdin closes (so it cannot outlive the benchmark). ``FakeApi`` starts it
in its own process and reads its counters.

It answers the API's three paths with the 200 bodies of the spec, and two of its own:
``GET /__stats`` (requests counted per operation, and the last body each received) and
``POST /__reset`` (``{"stream_url_delay": seconds}``: zero the counters, and hold each
stream-URL answer that long, so that concurrent callers really overlap). The parser is
the least that httpx's requests need: a Content-Length body, no chunked uploads.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

STREAM_URL_PATH = "/mg-autotranscribe/v1/twilio-media-stream-url"
START_PATH = "/mg-autotranscribe/v1/start-streaming"
STOP_PATH = "/mg-autotranscribe/v1/stop-streaming"

STREAMING_URL = (
    "wss://localhost/mg-twilio-autotranscribe/twilio-media/eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
_CUSTOMER_STATUS = {"streamId": "5ce2b755-3f38-11ed-b755-7aed4b5c38d5"}
_AGENT_STATUS = {"streamId": "cf31116-3f38-11ed-9116-7a0a36c763f1"}
_OK = {"code": 1000, "description": "OK"}
_SUMMARY = {
    "totalAudioBytes": 1334720,
    "audioDurationMs": 83420,
    "streamingSeconds": 84,
    "transcripts": 2,
}
STREAM_URL_BODY: dict[str, Any] = {"streamingUrl": STREAMING_URL}
START_BODY: dict[str, Any] = {
    "isOk": True,
    "errorMessage": "",
    "autotranscribeResponse": {
        "customer": {**_CUSTOMER_STATUS, "status": _OK},
        "agent": {**_AGENT_STATUS, "status": _OK},
    },
}
STOP_BODY: dict[str, Any] = {
    "isOk": True,
    "errorMessage": "",
    "autotranscribeResponse": {
        "customer": {**_CUSTOMER_STATUS, "status": _OK, "summary": _SUMMARY},
        "agent": {**_AGENT_STATUS, "status": _OK, "summary": _SUMMARY},
    },
}

# (method, path) -> the operation's name in the counters, and its JSON answer.
_ROUTES: dict[tuple[bytes, bytes], tuple[str, dict[str, Any]]] = {
    (b"GET", STREAM_URL_PATH.encode()): ("stream_url", STREAM_URL_BODY),
    (b"POST", START_PATH.encode()): ("start_streaming", START_BODY),
    (b"POST", STOP_PATH.encode()): ("stop_streaming", STOP_BODY),
}
_CONTENT_LENGTH = b"\r\ncontent-length:"


def _response(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def _json_response(data: object, status: str = "200 OK") -> bytes:
    return _response(status, json.dumps(data, separators=(",", ":")).encode())


class _ServerState:
    """What every connection shares: the canned answers, the counters, the stream-URL delay."""

    def __init__(self) -> None:
        self.answers = {key: (name, _json_response(body)) for key, (name, body) in _ROUTES.items()}
        self.counts = dict.fromkeys((name for name, _ in _ROUTES.values()), 0)
        self.last_bodies: dict[str, bytes] = {}
        self.stream_url_delay = 0.0

    def stats(self) -> bytes:
        bodies = {
            name: json.loads(body) if body else None for name, body in self.last_bodies.items()
        }
        return _json_response({"counts": self.counts, "last_bodies": bodies})

    def reset(self, body: bytes) -> bytes:
        settings = json.loads(body) if body else {}
        self.stream_url_delay = float(settings.get("stream_url_delay", 0.0))
        self.counts = dict.fromkeys(self.counts, 0)
        self.last_bodies = {}
        return _json_response({})


class _HttpProtocol(asyncio.Protocol):
    """One keep-alive connection: parse each request from the buffer, write its canned answer."""

    def __init__(self, state: _ServerState) -> None:
        self._state = state
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        while True:
            head_end = buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = bytes(buffer[:head_end]).lower()
            length = 0
            at = head.find(_CONTENT_LENGTH)
            if at >= 0:
                line_end = head.find(b"\r\n", at + 2)
                value = head[at + len(_CONTENT_LENGTH) : line_end if line_end >= 0 else None]
                length = int(value)
            total = head_end + 4 + length
            if len(buffer) < total:
                return
            body = bytes(buffer[head_end + 4 : total])
            request_line = bytes(buffer[: buffer.find(b"\r\n")])
            del buffer[:total]
            method, target, _ = request_line.split(b" ", 2)
            self._answer(method, target.split(b"?", 1)[0], body)
            if b"\r\nconnection: close" in head and self._transport is not None:
                self._transport.close()
                return

    def _answer(self, method: bytes, path: bytes, body: bytes) -> None:
        transport = self._transport
        if transport is None or transport.is_closing():
            return
        state = self._state
        route = state.answers.get((method, path))
        if route is not None:
            name, answer = route
            state.counts[name] += 1
            state.last_bodies[name] = body
            if name == "stream_url" and state.stream_url_delay > 0:
                asyncio.get_running_loop().call_later(
                    state.stream_url_delay, self._write_later, answer
                )
                return
            transport.write(answer)
        elif path == b"/__stats":
            transport.write(state.stats())
        elif path == b"/__reset" and method == b"POST":
            transport.write(state.reset(body))
        else:
            transport.write(_json_response({"error": {"message": "no such path"}}, "404 Not Found"))

    def _write_later(self, answer: bytes) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.write(answer)


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    state = _ServerState()
    server = await loop.create_server(
        lambda: _HttpProtocol(state), "127.0.0.1", 0, backlog=4096, reuse_address=True
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    stdin_closed = loop.create_future()

    def wait_for_eof() -> None:
        sys.stdin.buffer.read()
        loop.call_soon_threadsafe(stdin_closed.set_result, None)

    threading.Thread(target=wait_for_eof, daemon=True).start()
    async with server:
        await stdin_closed


class FakeApi:
    """The fake API in a child process: ``with FakeApi() as api: ... api.base_url ...``."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[str] | None = None
        self.base_url = ""
        self._control = httpx.Client(timeout=10.0)

    def start(self) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,  # a Ctrl-C reaches us, which stops it (stdin closed)
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.strip().isdigit():
            self.stop()
            raise RuntimeError(f"the fake API did not start (it printed {line!r})")
        self.base_url = f"http://127.0.0.1:{int(line)}"

    def stats(self) -> dict[str, Any]:
        """``{"counts": {operation: requests}, "last_bodies": {operation: JSON body}}``."""
        response = self._control.get(self.base_url + "/__stats")
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def counts(self) -> dict[str, int]:
        """Requests received per operation since the last reset."""
        counts: dict[str, int] = self.stats()["counts"]
        return counts

    def reset(self, *, stream_url_delay: float = 0.0) -> None:
        """Zero the counters; hold each stream-URL answer ``stream_url_delay`` seconds."""
        response = self._control.post(
            self.base_url + "/__reset", json={"stream_url_delay": stream_url_delay}
        )
        response.raise_for_status()

    def stop(self) -> None:
        """Close the server's stdin, so it exits; kill it if it does not within 5 s."""
        self._control.close()
        process = self._process
        if process is None:
            return
        self._process = None
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=5)
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
    asyncio.run(_serve())
