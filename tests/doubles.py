"""What the unit tests share: test values, the operation table (CALLS, OK_BODIES), ASAPP's
answers (and a hostile page echoing the request's headers), a scripted httpx.MockTransport
(Script), one way to drive either client (Api), a hand-moved Clock, a watch on who waits
for a stream-URL cache's fetch (FlightWaiters), a loopback port that refuses every connection
and the example loader. The fixtures are in conftest.py."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import inspect
import json
import socket
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import httpx

from asapp_mg_autotranscribe import (
    APIStatusError,
    AsyncAutoTranscribeClient,
    AsyncStreamUrlCache,
    AuthenticationError,
    AutoTranscribeClient,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ServiceUnavailableError,
    StreamUrlCache,
    UnprocessableEntityError,
)

API_ID = "test-api-id"
API_SECRET = "s3cr3t-Value-9f2c"  # distinctive, so leaks are easy to grep for
CALL_SID = "CA5b040e075515c424391012acc5a870cf"

WAIT_BOUND = 10.0
"""The longest a test waits for a state it needs: a safety net that fails a broken test
instead of hanging it, never what decides an outcome."""

STREAM_URL = "wss://ws.example.test/mg-twilio-autotranscribe/twilio-media/eyJhbGciOi.token.sig"

START_OK: dict[str, Any] = {
    "isOk": True,
    "errorMessage": "",
    "autotranscribeResponse": {
        "customer": {
            "streamId": "5ce2b755-3f38-11ed-b755-7aed4b5c38d5",
            "status": {"code": 1000, "description": "OK"},
        },
        "agent": {
            "streamId": "cf31116-3f38-11ed-9116-7a0a36c763f1",
            "status": {"code": 1000, "description": "OK"},
        },
    },
}

SUMMARY = {
    "totalAudioBytes": 1334720,
    "audioDurationMs": 83420,
    "streamingSeconds": 84,
    "transcripts": 2,
}

STOP_OK: dict[str, Any] = {
    "isOk": True,
    "errorMessage": "",
    "autotranscribeResponse": {
        who: {**START_OK["autotranscribeResponse"][who], "summary": SUMMARY}
        for who in ("customer", "agent")
    },
}

CALLS: dict[str, tuple[str, dict[str, Any]]] = {
    "stream_url": ("get_twilio_media_stream_url", {}),
    "start": (
        "start_streaming",
        {"namespace": "twilio", "guid": CALL_SID, "customer_id": "C1", "agent_id": "A1"},
    ),
    "stop": ("stop_streaming", {"namespace": "twilio", "guid": CALL_SID}),
}
"""Each operation of the streaming API: the client method and its arguments."""

OK_BODIES: dict[str, dict[str, Any]] = {
    "stream_url": {"streamingUrl": STREAM_URL},
    "start": START_OK,
    "stop": STOP_OK,
}
"""Each operation's documented 200 body."""

REDIRECTS: list[tuple[str, int, str]] = [
    ("stream_url", 301, "https://elsewhere.example/x"),
    ("stream_url", 302, "//elsewhere.example/x"),
    ("start", 303, "/somewhere/else"),
    ("start", 307, "https://elsewhere.example/x"),
    ("stop", 308, "//elsewhere.example/x"),
]
"""(operation, status, Location): each redirect status once, spread over the operations and
the kinds of Location."""


# The contract's error class for each status (README's error tree), written out here rather
# than taken from the SDK's own table; any other 5xx is an InternalServerError.
CONTRACT_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}
# The same, by the spec's response keys; `default` stands for the other 5xx.
CONTRACT_RESPONSE_ERRORS: dict[str, type[APIStatusError]] = {
    **{str(status): error for status, error in CONTRACT_STATUS_ERRORS.items()},
    "default": InternalServerError,
}


def error_body(status: int, message: str = "Something went wrong") -> dict[str, Any]:
    """ASAPP's error body for ``status``."""
    return {
        "error": {
            "requestId": "8e033668-9f1a-11ec-b909-0242ac120002",
            "code": f"{status}-01",
            "message": message,
        }
    }


def headers_page(
    status: int, headers: Mapping[str, str], *, as_json: bool = False
) -> str | dict[str, Any]:
    """An error page that prints the request's ``headers`` (the secret among them), as some
    proxies' debug pages do: HTML, or ASAPP's JSON error body whose message holds them."""
    shown = "; ".join(f"{name}: {value}" for name, value in headers.items())
    if as_json:
        return error_body(status, f"rejected {shown}")
    return f"<html><body><pre>{shown}</pre><h1>{status}</h1></body></html>"


@contextlib.contextmanager
def refusing_loopback_port() -> Iterator[int]:
    """A port on 127.0.0.1, bound but not listening while the context lasts: every connect to
    it is refused (and no other process can take it meanwhile)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        yield port


def load_example(path: Path) -> ModuleType:
    """Import the example module at ``path`` under its file's stem, registered in sys.modules
    (as ``python path`` would not, but as its dataclasses and annotations need)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class Clock:
    """A clock the test moves by hand (``clock.now += seconds``), for ``clock=`` parameters."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FlightWaiters:
    """Counts the callers blocked on a stream-URL cache's fetch in flight, through the caches'
    ``_new_event`` seam: ``watch(cache)``; then ``until(n)`` (threads) or ``await
    until_async(n)`` (tasks on the test's loop) returns once ``n`` callers wait on a fetch, so
    that a test releases the fetch only when everyone it means to hold is held."""

    def __init__(self) -> None:
        self.waiting = 0
        self._changed = threading.Condition()
        self._arrival: asyncio.Event | None = None

    def watch(self, cache: StreamUrlCache | AsyncStreamUrlCache) -> None:
        """Count the callers of ``cache`` that block on its fetches."""
        if isinstance(cache, StreamUrlCache):
            cache._new_event = lambda: _WatchedEvent(self)
        else:
            cache._new_event = lambda: _WatchedAsyncEvent(self)

    def until(self, count: int) -> None:
        """Return once ``count`` threads wait on a fetch (WAIT_BOUND at most: then fail)."""
        with self._changed:
            held = self._changed.wait_for(lambda: self.waiting >= count, WAIT_BOUND)
        assert held, f"{self.waiting} callers wait on the fetch, not {count}"

    async def until_async(self, count: int) -> None:
        """Return once ``count`` tasks wait on a fetch (WAIT_BOUND at most: then fail)."""
        async with asyncio.timeout(WAIT_BOUND):
            while self.waiting < count:
                self._arrival = asyncio.Event()
                await self._arrival.wait()

    def _arrived(self) -> None:
        with self._changed:
            self.waiting += 1
            self._changed.notify_all()
        if self._arrival is not None:
            self._arrival.set()


class _WatchedEvent(threading.Event):
    """A flight's event that tells FlightWaiters when a thread starts waiting on it."""

    def __init__(self, waiters: FlightWaiters) -> None:
        super().__init__()
        self._watch = waiters

    def wait(self, timeout: float | None = None) -> bool:
        self._watch._arrived()
        return super().wait(timeout)


class _WatchedAsyncEvent(asyncio.Event):
    """A flight's event that tells FlightWaiters when a task starts waiting on it."""

    def __init__(self, waiters: FlightWaiters) -> None:
        super().__init__()
        self._watch = waiters

    async def wait(self) -> Literal[True]:
        self._watch._arrived()
        return await super().wait()


Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """A MockTransport handler answering each request with the next scripted step."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        # Keep a copy: the client redacts the secret on the original once the call ends. The
        # extensions (the call's timeouts among them) are kept as they were sent.
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers,
                content=request.content,
                extensions={**request.extensions},
            )
        )
        if not self.steps:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return httpx.Response(
                step.status_code, headers=step.headers, content=step.content, request=request
            )
        return step(request)


class Api:
    """Drives the sync or the async client through one interface, so every test runs on both."""

    def __init__(self, kind: str, script: Script, **kwargs: Any) -> None:
        self.kind = kind
        self.script = script
        self.sleeps: list[float] = []
        kwargs.setdefault("api_id", API_ID)
        kwargs.setdefault("api_secret", API_SECRET)
        kwargs.setdefault("environment", {})
        transport = httpx.MockTransport(script)
        if kind == "sync":
            kwargs.setdefault("sleep", self.sleeps.append)
            self.http: httpx.Client | httpx.AsyncClient = httpx.Client(transport=transport)
            self.client: Any = AutoTranscribeClient(http_client=self.http, **kwargs)
        else:

            async def sleep(delay: float) -> None:
                self.sleeps.append(delay)

            kwargs.setdefault("sleep", sleep)
            self.http = httpx.AsyncClient(transport=transport)
            self.client = AsyncAutoTranscribeClient(http_client=self.http, **kwargs)

    def call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``method`` on the client, awaiting it for the async client."""
        outcome = getattr(self.client, method)(*args, **kwargs)
        if inspect.isawaitable(outcome):
            return asyncio.run(_await(outcome))
        return outcome

    def call_on(self, target: Any, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``method`` of ``target`` (a cache of this client), awaiting it if async."""
        outcome = getattr(target, method)(*args, **kwargs)
        if inspect.isawaitable(outcome):
            return asyncio.run(_await(outcome))
        return outcome

    def call_raw(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``method`` of ``client.with_raw_response``, awaiting it for the async client."""
        outcome = getattr(self.client.with_raw_response, method)(*args, **kwargs)
        if inspect.isawaitable(outcome):
            return asyncio.run(_await(outcome))
        return outcome

    def sent_json(self, index: int = -1) -> Any:
        """The JSON body of the ``index``-th request sent (the latest by default)."""
        return json.loads(self.script.requests[index].content)

    def close(self) -> None:
        """Close the client's pool."""
        if isinstance(self.http, httpx.Client):
            self.http.close()
        else:
            asyncio.run(self.http.aclose())


async def _await(awaitable: Any) -> Any:
    return await awaitable
