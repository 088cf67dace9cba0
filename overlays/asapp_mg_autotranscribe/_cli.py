"""The ``asapp-mg-autotranscribe`` command (also ``python -m asapp_mg_autotranscribe``).

JSON on stdout; on failure one line on stderr and exit status 1 (the API or the network
failed) or 2 (usage or configuration). Credentials come from ASAPP_API_ID and
ASAPP_API_SECRET, the host from --base-url or ASAPP_API_HOST.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

import attrs

from ._client import AutoTranscribeClient
from ._config import NOT_GIVEN
from ._constants import ENV_API_HOST, ENV_API_ID, ENV_API_SECRET
from ._exceptions import (
    ASAPPError,
    ConfigurationError,
    InvalidRequestError,
    StreamingNotOkError,
)
from ._twiml import twilio_stream_twiml
from ._types import MEDIA_LINE_ORDERS, NAMESPACES, PARTICIPANTS, REDACTION_OUTPUTS
from ._version import __title__, __version__

__all__ = ["main"]

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2


def main(
    argv: Sequence[str] | None = None,
    *,
    environment: Mapping[str, str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; return the exit status."""
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        with AutoTranscribeClient(
            base_url=args.base_url,
            timeout=NOT_GIVEN if args.timeout is None else args.timeout,
            max_retries=args.max_retries,
            environment=environment,
        ) as client:
            output = args.run(client, args)
    except (ConfigurationError, InvalidRequestError) as error:
        print(f"{parser.prog}: error: {error}", file=err)
        return EXIT_USAGE
    except ASAPPError as error:
        print(f"{parser.prog}: {_describe(error)}", file=err)
        return EXIT_API_ERROR
    if isinstance(output, str):
        print(output, file=out)
    else:
        print(json.dumps(output, indent=2), file=out)
    return EXIT_OK


def _describe(error: ASAPPError) -> str:
    text = f"{type(error).__name__}: {error}"
    if isinstance(error, StreamingNotOkError):
        text += f" (result: {json.dumps(attrs.asdict(error.result))})"
    return " ".join(text.split())


def _stream_url(client: AutoTranscribeClient, args: argparse.Namespace) -> object:
    return {"streaming_url": client.get_twilio_media_stream_url()}


def _start(client: AutoTranscribeClient, args: argparse.Namespace) -> object:
    track_map = {
        track: value
        for track, value in (("inbound", args.inbound), ("outbound", args.outbound))
        if value is not None
    }
    result = client.start_streaming(
        namespace=args.namespace,
        guid=args.guid,
        customer_id=args.customer_id,
        agent_id=args.agent_id,
        language=args.language,
        detailed_token=args.detailed_token,
        audio_recording_allowed=args.audio_recording_allowed,
        redaction_output=args.redaction_output,
        twilio_track_map=track_map or None,  # type: ignore[arg-type]
        siprec_media_line_order=args.media_line_order,
    )
    return attrs.asdict(result)


def _stop(client: AutoTranscribeClient, args: argparse.Namespace) -> object:
    return attrs.asdict(client.stop_streaming(namespace=args.namespace, guid=args.guid))


def _twiml(client: AutoTranscribeClient, args: argparse.Namespace) -> object:
    url = args.url or client.get_twilio_media_stream_url()
    parameters = dict(_key_value(item) for item in args.parameter)
    document = twilio_stream_twiml(
        url,
        track=args.track,
        status_callback=args.status_callback,
        status_callback_method=args.status_callback_method,
        name=args.name,
        parameters=parameters or None,
    )
    return document if args.raw else {"twiml": document}


def _key_value(item: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key:
        raise InvalidRequestError(f"--parameter wants NAME=VALUE, got {item!r}")
    return key, value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=__title__,
        description="Drive ASAPP's Media Gateway AutoTranscribe API. Credentials come from "
        f"{ENV_API_ID} and {ENV_API_SECRET}. Prints JSON; exit status 1 when the API or the "
        "network fails, 2 for usage or configuration errors.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--base-url", help=f"API base URL (default: ${ENV_API_HOST}, else the sandbox)"
    )
    parser.add_argument("--timeout", type=float, help="seconds per request (default 30, connect 5)")
    parser.add_argument("--max-retries", type=int, default=2, help="retries (default 2)")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    stream_url = commands.add_parser(
        "stream-url", help="get a WebSocket URL for Twilio media streams (lives 5 minutes)"
    )
    stream_url.set_defaults(run=_stream_url)

    start = commands.add_parser("start", help="start (or resume) transcription of a call")
    _call_arguments(start)
    start.add_argument("--customer-id", required=True, help="the customer's id (CTI data)")
    start.add_argument("--agent-id", required=True, help="the agent's id (CTI data)")
    start.add_argument("--language", help="IETF language tag (API default en-US)")
    start.add_argument(
        "--detailed-token",
        action=argparse.BooleanOptionalAction,
        help="word-level details in transcripts (API default: no)",
    )
    start.add_argument(
        "--audio-recording-allowed",
        action=argparse.BooleanOptionalAction,
        help="may ASAPP store the audio for training (API default: no)",
    )
    start.add_argument("--redaction-output", choices=sorted(REDACTION_OUTPUTS))
    start.add_argument("--inbound", choices=sorted(PARTICIPANTS), help="twilio: inbound track")
    start.add_argument("--outbound", choices=sorted(PARTICIPANTS), help="twilio: outbound track")
    start.add_argument("--media-line-order", choices=sorted(MEDIA_LINE_ORDERS), help="siprec only")
    start.set_defaults(run=_start)

    stop = commands.add_parser("stop", help="stop transcription of a call (prints the summary)")
    _call_arguments(stop)
    stop.set_defaults(run=_stop)

    twiml = commands.add_parser(
        "twiml", help="TwiML that streams a call's audio to ASAPP (fetches a URL unless --url)"
    )
    twiml.add_argument("--url", help="stream URL to use instead of fetching one")
    twiml.add_argument(
        "--track",
        choices=["inbound_track", "outbound_track", "both_tracks"],
        default="both_tracks",
    )
    twiml.add_argument(
        "--status-callback", help="URL Twilio calls when the stream starts/stops/fails"
    )
    twiml.add_argument("--status-callback-method", choices=["GET", "POST"])
    twiml.add_argument("--name", help="a name for the stream, to stop it later")
    twiml.add_argument(
        "--parameter",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a custom <Parameter>; repeatable",
    )
    twiml.add_argument("--raw", action="store_true", help="print the XML alone, not JSON")
    twiml.set_defaults(run=_twiml)
    return parser


def _call_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--namespace", choices=sorted(NAMESPACES), default="twilio", help="default: twilio"
    )
    parser.add_argument("--guid", required=True, help="the call's id; for Twilio the Call SID")
