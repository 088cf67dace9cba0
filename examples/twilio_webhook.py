"""A Twilio voice webhook that has ASAPP transcribe every call (a minimal WSGI app).

Run it::

    ASAPP_API_ID=... ASAPP_API_SECRET=... python examples/twilio_webhook.py --port 8080

then point your Twilio number's voice webhook (POST) at ``https://<your host>/voice``.

- ``POST /voice``: Twilio asks what to do with a new call. We answer with TwiML that forks
  the call's audio to an ASAPP stream URL; the URL comes from a ``StreamUrlCache``, so most
  calls cost no request to ASAPP at all.
- ``POST /agent-connected``: your contact-centre software calls this once the customer
  and an agent are talking (``CallSid``, ``CustomerId``, ``AgentId``). Transcription starts.
- ``POST /call-status``: Twilio's call status callback. When the call ends, transcription
  stops (do the same when the customer is put on hold; start again to resume).
- ``POST /stream-events``: Twilio's stream status callback. A ``stream-error`` means the
  audio no longer reaches ASAPP: answer the call with new TwiML and start again.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs
from wsgiref.simple_server import make_server
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from asapp_mg_autotranscribe import (
    ASAPPError,
    AutoTranscribeClient,
    StreamUrlCache,
    twilio_stream_twiml,
)

log = logging.getLogger("twilio_webhook")

Route = Callable[[dict[str, str]], tuple[str, str]]
MAX_FORM_BYTES = 64 * 1024


def make_app(client: AutoTranscribeClient, *, public_url: str) -> WSGIApplication:
    """The webhook app; ``public_url`` is where Twilio reaches it (for its callbacks)."""
    cache = StreamUrlCache(client)

    def voice(form: dict[str, str]) -> tuple[str, str]:
        twiml = twilio_stream_twiml(
            cache.get(),
            status_callback=f"{public_url}/stream-events",
            parameters={"callSid": form.get("CallSid", "")},
        )
        return "200 OK", twiml

    def agent_connected(form: dict[str, str]) -> tuple[str, str]:
        client.start_twilio_transcription(
            form["CallSid"], customer_id=form["CustomerId"], agent_id=form["AgentId"]
        )
        return "204 No Content", ""

    def call_status(form: dict[str, str]) -> tuple[str, str]:
        if form.get("CallStatus") == "completed":
            client.stop_twilio_transcription(form["CallSid"])
        return "204 No Content", ""

    def stream_events(form: dict[str, str]) -> tuple[str, str]:
        if form.get("StreamEvent") == "stream-error":
            log.warning("stream of call %s broke: %s", form.get("CallSid"), form.get("StreamError"))
        return "204 No Content", ""

    routes: dict[str, Route] = {
        "/voice": voice,
        "/agent-connected": agent_connected,
        "/call-status": call_status,
        "/stream-events": stream_events,
    }

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        handler = routes.get(environ.get("PATH_INFO", ""))
        if handler is None or environ.get("REQUEST_METHOD") != "POST":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found\n"]
        try:
            status, body = handler(_form(environ))
        except KeyError as missing:
            status, body = "400 Bad Request", f"missing form field {missing}\n"
        except ASAPPError as error:
            log.error("ASAPP call failed: %s", error)
            status, body = "502 Bad Gateway", "transcription service unavailable\n"
        content_type = "text/xml" if body.startswith("<?xml") else "text/plain"
        start_response(status, [("Content-Type", content_type)])
        return [body.encode()]

    return app


def _form(environ: WSGIEnvironment) -> dict[str, str]:
    """The urlencoded form Twilio posts, one value per field."""
    length = min(int(environ.get("CONTENT_LENGTH") or 0), MAX_FORM_BYTES)
    fields = parse_qs(environ["wsgi.input"].read(length).decode())
    return {name: values[0] for name, values in fields.items()}


def main() -> None:
    """Serve the webhook (credentials from ASAPP_API_ID and ASAPP_API_SECRET)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--public-url", help="where Twilio reaches this app (default: local)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    public_url = args.public_url or f"http://{args.host}:{args.port}"
    with AutoTranscribeClient() as client:
        app = make_app(client, public_url=public_url)
        with make_server(args.host, args.port, app) as server:
            log.info("listening on %s:%s", args.host, args.port)
            server.serve_forever()


if __name__ == "__main__":
    main()
