"""A Twilio voice webhook that has ASAPP transcribe every call (a WSGI app).

Run it::

    ASAPP_API_ID=... ASAPP_API_SECRET=... TWILIO_AUTH_TOKEN=... [ASAPP_REDIS_URL=...] \\
        python examples/twilio_webhook.py --port 8080 --public-url https://voice.example.com

then point your Twilio number's voice webhook (POST) at ``https://voice.example.com/voice``.

- ``POST /voice``: Twilio asks what to do with a new call. We answer with TwiML that forks
  the call's audio to an ASAPP stream URL; the URL comes from a ``StreamUrlCache``, so most
  calls cost no request to ASAPP at all. With ``ASAPP_REDIS_URL`` set
  (``rediss://user:password@redis.internal:6380/0``; ``pip install
  "asapp-mg-autotranscribe[redis]"``) it comes from a ``RedisStreamUrlCache`` instead: every
  process and host of the webhook shares one URL, and the whole fleet makes one request to
  ASAPP per refresh (ASAPP counts requests per day).
- ``POST /agent-connected``: your contact-centre software calls this once the customer
  and an agent are talking (``CallSid``, ``CustomerId``, ``AgentId``). Transcription starts.
- ``POST /call-status``: Twilio's call status callback. When the call ends, transcription
  stops (do the same when the customer is put on hold; start again to resume).
- ``POST /stream-events``: Twilio's stream status callback. A ``stream-error`` means the
  audio no longer reaches ASAPP: answer the call with new TwiML and start again.

Twilio signs its requests (``X-Twilio-Signature``, from your auth token, the public URL
and the form); ``/voice``, ``/call-status`` and ``/stream-events`` refuse a request whose
signature is missing or wrong with 403, unless started with ``--insecure-local-test``
(for trying it against a local simulation without Twilio). Authenticate
``/agent-connected`` the way your contact-centre software can (it is not Twilio's).

The transcripts themselves reach a second webhook of yours (see
``examples/transcripts_fastapi.py``), and the whole one after the call comes from
``client.get_conversation_messages(external_id=call_sid)``.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs
from wsgiref.simple_server import make_server
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from twilio.request_validator import RequestValidator

from asapp_mg_autotranscribe import (
    ASAPPError,
    AutoTranscribeClient,
    StreamUrlCache,
    twilio_stream_twiml,
)

log = logging.getLogger("twilio_webhook")

# Twilio waits at most 15 s for a webhook's answer (error 11205 otherwise), and the call
# fails with it. Every call to ASAPP made while Twilio waits is held to this deadline,
# retries and their waits included, which leaves Twilio's own network time and our answer
# room within the 15 s.
TWILIO_DEADLINE = 10.0
MAX_FORM_BYTES = 64 * 1024

Route = Callable[[dict[str, str]], tuple[str, str]]


def make_app(
    client: AutoTranscribeClient,
    *,
    public_url: str,
    twilio_auth_token: str | None,
    deadline: float = TWILIO_DEADLINE,
    redis_url: str | None = None,
) -> WSGIApplication:
    """The webhook app. ``public_url`` is where Twilio reaches it (its callbacks, and what
    Twilio signs); ``twilio_auth_token`` None accepts unsigned requests (local tests only);
    ``redis_url`` shares the stream URL with every process using that Redis."""
    answering_twilio = client.with_options(deadline=deadline)
    cache = _stream_url_cache(answering_twilio, redis_url)
    validator = None if twilio_auth_token is None else RequestValidator(twilio_auth_token)

    def voice(form: dict[str, str]) -> tuple[str, str]:
        twiml = twilio_stream_twiml(
            cache.get(),
            status_callback=f"{public_url}/stream-events",
            parameters={"callSid": form.get("CallSid", "")},
        )
        return "200 OK", twiml

    def agent_connected(form: dict[str, str]) -> tuple[str, str]:
        answering_twilio.start_twilio_transcription(
            form["CallSid"], customer_id=form["CustomerId"], agent_id=form["AgentId"]
        )
        return "204 No Content", ""

    def call_status(form: dict[str, str]) -> tuple[str, str]:
        if form.get("CallStatus") == "completed":
            answering_twilio.stop_twilio_transcription(form["CallSid"])
        return "204 No Content", ""

    def stream_events(form: dict[str, str]) -> tuple[str, str]:
        if form.get("StreamEvent") == "stream-error":
            log.warning("stream of call %s broke: %s", form.get("CallSid"), form.get("StreamError"))
        return "204 No Content", ""

    # Route -> (handler, whether Twilio calls it and signs the request).
    routes: dict[str, tuple[Route, bool]] = {
        "/voice": (voice, True),
        "/agent-connected": (agent_connected, False),
        "/call-status": (call_status, True),
        "/stream-events": (stream_events, True),
    }

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        route = routes.get(path)
        if route is None or environ.get("REQUEST_METHOD") != "POST":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found\n"]
        handler, signed_by_twilio = route
        form = _form(environ)
        signature = environ.get("HTTP_X_TWILIO_SIGNATURE", "")
        if (
            signed_by_twilio
            and validator is not None
            and not validator.validate(public_url + path, form, signature)
        ):
            start_response("403 Forbidden", [("Content-Type", "text/plain")])
            return [b"bad or missing X-Twilio-Signature\n"]
        try:
            status, body = handler(form)
        except KeyError as missing:
            status, body = "400 Bad Request", f"missing form field {missing}\n"
        except ASAPPError as error:
            log.error("ASAPP call failed: %s", error)
            status, body = "502 Bad Gateway", "transcription service unavailable\n"
        content_type = "text/xml" if body.startswith("<?xml") else "text/plain"
        start_response(status, [("Content-Type", content_type)])
        return [body.encode()]

    return app


def _stream_url_cache(client: AutoTranscribeClient, redis_url: str | None) -> StreamUrlCache:
    if redis_url is None:
        return StreamUrlCache(client)
    from asapp_mg_autotranscribe.redis import RedisStreamUrlCache  # the [redis] extra

    return RedisStreamUrlCache(client, redis_url)


def _form(environ: WSGIEnvironment) -> dict[str, str]:
    """The urlencoded form Twilio posts, one value per field, blank ones kept: Twilio signs
    every field it sends, so a field left out fails the signature."""
    length = min(int(environ.get("CONTENT_LENGTH") or 0), MAX_FORM_BYTES)
    fields = parse_qs(environ["wsgi.input"].read(length).decode(), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items()}


def main() -> None:
    """Serve the webhook (credentials from ASAPP_API_ID, ASAPP_API_SECRET, TWILIO_AUTH_TOKEN;
    the fleet's Redis, if any, from ASAPP_REDIS_URL)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--public-url", help="where Twilio reaches this app (default: local)")
    parser.add_argument(
        "--insecure-local-test",
        action="store_true",
        help="accept requests without a valid X-Twilio-Signature (never in production)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    public_url = args.public_url or f"http://{args.host}:{args.port}"
    token = None if args.insecure_local_test else os.environ.get("TWILIO_AUTH_TOKEN")
    if token is None and not args.insecure_local_test:
        parser.error("set TWILIO_AUTH_TOKEN (or pass --insecure-local-test for a local test)")
    with AutoTranscribeClient() as client:
        app = make_app(
            client,
            public_url=public_url,
            twilio_auth_token=token,
            redis_url=os.environ.get("ASAPP_REDIS_URL") or None,
        )
        with make_server(args.host, args.port, app) as server:
            log.info("listening on %s:%s", args.host, args.port)
            server.serve_forever()


if __name__ == "__main__":
    main()
