"""Receive ASAPP's real-time transcripts in a FastAPI app (step 4 of the Twilio flow).

Run it::

    TRANSCRIPT_WEBHOOK_SECRET=... uvicorn transcripts_fastapi:create_app --factory \\
        --app-dir examples --port 8080

then give ASAPP the URL ``https://<your host>/asapp/transcripts`` and the secret token,
sent in the ``X-Transcript-Token`` header (the name and the token are agreed with ASAPP;
prefer a header to the query string, which servers and proxies write to their access logs).
The receiver answers that path with or without a final slash, and no path of the app
answers with a redirect: ASAPP counts only a 2xx as delivered, and a redirect's
``Location`` would repeat a query secret.

- ``POST /asapp/transcripts``: ASAPP's messages, one per utterance, kept in a
  ``TranscriptCollector`` (ordered by start, duplicates dropped, bounded).
- ``GET /calls/{call_sid}/transcript``: the call's utterances so far, in order.
- ``GET /calls/{call_sid}/transcript/live``: the call's utterances as server-sent events,
  for an agent's screen: one ``event: utterance`` per utterance (``data:`` the same JSON
  object as one item of the transcript above), those said so far first, then each new one
  as it arrives, and ``event: end`` once the call is forgotten (DELETE below) or nothing
  came for 30 s. A browser's ``EventSource`` must ``close()`` on ``end``, or it reconnects
  and gets the call again from its start.
- ``DELETE /calls/{call_sid}/transcript``: the same, and the call forgotten (once it ended).

**A fleet**: with ``ASAPP_REDIS_URL`` set (``rediss://user:password@redis.internal:6380/0``;
``pip install "asapp-mg-autotranscribe[redis]"``), the transcripts are kept in Redis by an
``AsyncRedisTranscriptCollector``, so that any number of workers and hosts (``uvicorn
--workers 4``) serve every call whole, whichever worker each of ASAPP's POSTs reached, and
any worker serves a call live. Without it, each process keeps its own (one worker only).
When Redis cannot be reached, POSTs are still kept (in the worker's memory, written to
Redis when it answers again); the ``/calls`` routes answer 503, and a live stream ends
without ``end``.

The ``/calls`` routes serve what was said: protect them as the rest of your API.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
from collections.abc import AsyncIterator, Mapping
from typing import Protocol

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel
from starlette.routing import Route

from asapp_mg_autotranscribe import (
    TranscriptCollector,
    TranscriptEvent,
    TranscriptStoreError,
    TranscriptWebhook,
)

SECRET_VARIABLE = "TRANSCRIPT_WEBHOOK_SECRET"  # noqa: S105 (a variable name)
REDIS_VARIABLE = "ASAPP_REDIS_URL"
SECRET_HEADER = "X-Transcript-Token"  # noqa: S105 (a header name)
WEBHOOK_PATH = "/asapp/transcripts"
# Server-sent events: no cache may keep them, and no proxy (nginx) may hold them back.
LIVE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}

log = logging.getLogger("transcripts_fastapi")


class Utterance(BaseModel):
    """One utterance of a call's transcript."""

    role: str
    speaker_id: str
    start_ms: int
    end_ms: int
    text: str

    @classmethod
    def of(cls, event: TranscriptEvent) -> Utterance:
        return cls(
            role=event.role,
            speaker_id=event.sender_external_id,
            start_ms=event.start_ms,
            end_ms=event.end_ms,
            text=event.text,
        )


class Transcripts(Protocol):
    """What the routes need of a collector: an ``AsyncRedisTranscriptCollector`` as it is,
    or a ``TranscriptCollector`` in an ``InProcessTranscripts``."""

    async def add(self, event: TranscriptEvent) -> bool: ...

    async def events(self, external_conversation_id: str) -> list[TranscriptEvent]: ...

    async def pop(self, external_conversation_id: str) -> list[TranscriptEvent]: ...

    def follow(self, external_conversation_id: str) -> AsyncIterator[TranscriptEvent]: ...

    async def aclose(self) -> None: ...


class InProcessTranscripts:
    """A ``TranscriptCollector`` (this process only) behind the routes' async methods."""

    def __init__(self, collector: TranscriptCollector) -> None:
        self.collector = collector

    async def add(self, event: TranscriptEvent) -> bool:
        return self.collector.add(event)  # quick and thread-safe: fine on the event loop

    async def events(self, external_conversation_id: str) -> list[TranscriptEvent]:
        return await asyncio.to_thread(self.collector.events, external_conversation_id)

    async def pop(self, external_conversation_id: str) -> list[TranscriptEvent]:
        return await asyncio.to_thread(self.collector.pop, external_conversation_id)

    async def follow(self, external_conversation_id: str) -> AsyncIterator[TranscriptEvent]:
        """``collector.follow()`` waits for each event: it does so in a daemon thread of its
        own (never holding up a shutdown), which hands the events to the event loop."""
        loop = asyncio.get_running_loop()
        arrived: asyncio.Queue[TranscriptEvent | None] = asyncio.Queue()
        gone = threading.Event()  # the client went away: the thread stops at its next event

        def hand_over() -> None:
            with contextlib.suppress(RuntimeError):  # the event loop closed meanwhile
                for event in self.collector.follow(external_conversation_id):
                    if gone.is_set():
                        return
                    loop.call_soon_threadsafe(arrived.put_nowait, event)
                loop.call_soon_threadsafe(arrived.put_nowait, None)

        threading.Thread(target=hand_over, name="transcript-follower", daemon=True).start()
        try:
            while (event := await arrived.get()) is not None:
                yield event
        finally:
            gone.set()

    async def aclose(self) -> None:
        """Nothing to close: the transcripts live as long as the process."""


def create_app(
    environment: Mapping[str, str] | None = None,
    collector: TranscriptCollector | Transcripts | None = None,
) -> FastAPI:
    """The app; the secret from ``TRANSCRIPT_WEBHOOK_SECRET`` (ConfigurationError if unset).

    The transcripts go to ``collector`` if given (left open for its owner to close); else to
    Redis at ``ASAPP_REDIS_URL`` if set, else to a ``TranscriptCollector``.
    """
    env = os.environ if environment is None else environment
    owned = collector is None
    transcripts = _transcripts(collector, env.get(REDIS_VARIABLE) or None)
    webhook = TranscriptWebhook(
        transcripts.add, secret=env.get(SECRET_VARIABLE), secret_name=SECRET_HEADER
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            await transcripts.aclose()  # writes what Redis could not take yet, if it can

    # Routed, not mounted: Starlette answers a mount's bare path with a redirect.
    app = FastAPI(title="ASAPP transcripts", redirect_slashes=False, lifespan=lifespan)
    app.router.routes += [Route(path, webhook.asgi) for path in (WEBHOOK_PATH, WEBHOOK_PATH + "/")]

    @app.exception_handler(TranscriptStoreError)
    async def store_unavailable(request: Request, error: TranscriptStoreError) -> JSONResponse:
        log.error("transcript store: %s", error)
        return JSONResponse({"detail": "the transcripts cannot be read now"}, status_code=503)

    @app.get("/calls/{call_sid}/transcript")
    async def transcript(call_sid: str) -> list[Utterance]:
        return [Utterance.of(event) for event in await transcripts.events(call_sid)]

    @app.get("/calls/{call_sid}/transcript/live", response_class=StreamingResponse)
    async def live(call_sid: str) -> StreamingResponse:
        return StreamingResponse(
            _server_sent_events(transcripts.follow(call_sid)),
            media_type="text/event-stream",
            headers=LIVE_HEADERS,
        )

    @app.delete("/calls/{call_sid}/transcript")
    async def forget(call_sid: str) -> list[Utterance]:
        return [Utterance.of(event) for event in await transcripts.pop(call_sid)]

    return app


def _transcripts(
    given: TranscriptCollector | Transcripts | None, redis_url: str | None
) -> Transcripts:
    if isinstance(given, TranscriptCollector):
        return InProcessTranscripts(given)
    if given is not None:
        return given
    if redis_url is None:
        return InProcessTranscripts(TranscriptCollector())
    from asapp_mg_autotranscribe.redis import AsyncRedisTranscriptCollector  # the [redis] extra

    return AsyncRedisTranscriptCollector(redis_url)


async def _server_sent_events(events: AsyncIterator[TranscriptEvent]) -> AsyncIterator[str]:
    """``event: utterance`` for each event, then ``event: end`` (not sent when the store
    fails: the stream just ends, and the client may reconnect)."""
    try:
        async for event in events:
            yield f"event: utterance\ndata: {Utterance.of(event).model_dump_json()}\n\n"
    except TranscriptStoreError as error:
        log.error("transcript store: %s; the live transcript ends", error)
        return
    yield "event: end\ndata: {}\n\n"
