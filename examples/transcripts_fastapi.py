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
- ``DELETE /calls/{call_sid}/transcript``: the same, and the call forgotten (once it ended).

The two ``/calls`` routes serve what was said: protect them as the rest of your API.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from fastapi import FastAPI
from pydantic import BaseModel
from starlette.routing import Route

from asapp_mg_autotranscribe import TranscriptCollector, TranscriptEvent, TranscriptWebhook

SECRET_VARIABLE = "TRANSCRIPT_WEBHOOK_SECRET"  # noqa: S105 (a variable name)
SECRET_HEADER = "X-Transcript-Token"  # noqa: S105 (a header name)
WEBHOOK_PATH = "/asapp/transcripts"


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


def create_app(
    environment: Mapping[str, str] | None = None,
    collector: TranscriptCollector | None = None,
) -> FastAPI:
    """The app; the secret from ``TRANSCRIPT_WEBHOOK_SECRET`` (ConfigurationError if unset)."""
    env = os.environ if environment is None else environment
    transcripts = collector if collector is not None else TranscriptCollector()
    webhook = TranscriptWebhook(
        transcripts.add,  # quick and thread-safe: fine on the event loop
        secret=env.get(SECRET_VARIABLE),
        secret_name=SECRET_HEADER,
    )
    # Routed, not mounted: Starlette answers a mount's bare path with a redirect.
    app = FastAPI(title="ASAPP transcripts", redirect_slashes=False)
    app.router.routes += [Route(path, webhook.asgi) for path in (WEBHOOK_PATH, WEBHOOK_PATH + "/")]

    @app.get("/calls/{call_sid}/transcript")
    def transcript(call_sid: str) -> list[Utterance]:
        return [Utterance.of(event) for event in transcripts.events(call_sid)]

    @app.delete("/calls/{call_sid}/transcript")
    def forget(call_sid: str) -> list[Utterance]:
        return [Utterance.of(event) for event in transcripts.pop(call_sid)]

    return app
