"""The receiver under test: a TranscriptWebhook that records what it handed to on_event,
with ``GET /__events`` to read the record (JSON, the messages as received).

``on_event`` raises for the stream ids of ``FAILURES`` (a RuntimeError, SystemExit, a
BaseException of its own), with the utterance text and the secret in the exception's
message, so that a test can show that neither reaches a log.

``asgi_from_environment`` and ``wsgi_from_environment`` are the factories a uvicorn or
gunicorn process is started with; they read ``TRANSCRIPT_TEST_SECRET_IN`` (header or
query), ``TRANSCRIPT_TEST_CALLBACK`` (sync or async) and ``TRANSCRIPT_TEST_MAX_BODY_BYTES``.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from asapp_mg_autotranscribe import TranscriptEvent, TranscriptWebhook
from asapp_mg_autotranscribe._transcripts._webhook import ASGIApp

from .samples import SECRET, SECRET_NAME


class HandlerGaveUp(BaseException):
    """A BaseException that is not an Exception, as some libraries raise."""


FAILING_STREAM = "stream-whose-handler-fails"
# The stream ids whose on_event raises, and what it raises.
FAILURES: dict[str, type[BaseException]] = {
    FAILING_STREAM: RuntimeError,
    "stream-whose-handler-exits": SystemExit,
    "stream-whose-handler-gives-up": HandlerGaveUp,
}
EVENTS_PATH = "/__events"
MAX_BODY_BYTES = 1024


class Receiver:
    """A webhook whose on_event records each event's message."""

    def __init__(
        self,
        *,
        secret_in: str = "header",
        callback: str = "sync",
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self._lock = threading.Lock()
        self._received: list[dict[str, Any]] = []
        on_event = self._on_event_async if callback == "async" else self._on_event
        self.webhook = TranscriptWebhook(
            on_event,
            secret=SECRET,
            secret_name=SECRET_NAME,
            secret_in=secret_in,
            max_body_bytes=max_body_bytes,
        )

    def _on_event(self, event: TranscriptEvent) -> None:
        failure = FAILURES.get(event.stream_id)
        if failure is not None:
            raise failure(f"could not store {event.text!r} (token {SECRET})")
        with self._lock:
            self._received.append(event.to_dict())

    async def _on_event_async(self, event: TranscriptEvent) -> None:
        await asyncio.sleep(0)
        self._on_event(event)

    def received_json(self) -> bytes:
        with self._lock:
            return json.dumps(self._received).encode()

    def asgi(self) -> ASGIApp:
        """The webhook's ASGI app behind the side door (a coroutine function: ASGI 3)."""
        webhook = self.webhook.asgi

        async def app(
            scope: MutableMapping[str, Any],
            receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
            send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
        ) -> None:
            if scope["type"] == "http" and scope["path"] == EVENTS_PATH:
                body = self.received_json()
                headers = [(b"content-type", b"application/json")]
                await send({"type": "http.response.start", "status": 200, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
            await webhook(scope, receive, send)

        return app

    def wsgi(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == EVENTS_PATH:
            start_response("200 OK", [("content-type", "application/json")])
            return [self.received_json()]
        return self.webhook.wsgi(environ, start_response)


def _from_environment() -> Receiver:
    return Receiver(
        secret_in=os.environ.get("TRANSCRIPT_TEST_SECRET_IN", "header"),
        callback=os.environ.get("TRANSCRIPT_TEST_CALLBACK", "sync"),
        max_body_bytes=int(os.environ.get("TRANSCRIPT_TEST_MAX_BODY_BYTES", MAX_BODY_BYTES)),
    )


def asgi_from_environment() -> ASGIApp:
    """The ASGI app of a Receiver configured by the environment (a uvicorn factory)."""
    return _from_environment().asgi()


def wsgi_from_environment() -> Callable[..., Iterable[bytes]]:
    """The WSGI app of a Receiver configured by the environment (a gunicorn factory)."""
    return _from_environment().wsgi
