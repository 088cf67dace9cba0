"""The ``asapp-mg-autotranscribe`` command (also ``python -m asapp_mg_autotranscribe``).

JSON on stdout in ASAPP's own (camelCase) names: the API's answers as received, and
``{"streamingUrl": ...}`` for ``stream-url``. On failure exactly one line on stderr and
exit status 1 (the API or the network failed), 2 (usage or configuration) or 130 (an
interrupt, Ctrl-C; as a process of its own, see ``_interrupt``). A closed stdout pipe
(``... | head``) ends the command quietly with status 1; with no stdout at all (``>&-``)
nothing is sent. Credentials come from ASAPP_API_ID and ASAPP_API_SECRET, the host from
--base-url or ASAPP_API_HOST. The enum choices (--namespace, --redaction-output, ...)
are the spec's, read from the generated client.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from ._client import AutoTranscribeClient
from ._config import NOT_GIVEN
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_HOST,
    ENV_API_ID,
    ENV_API_SECRET,
    ENV_LOG,
)
from ._exceptions import (
    ASAPPError,
    ConfigurationError,
    InvalidRequestError,
    StreamingNotOkError,
)
from ._generated import TwilioTrackMap
from ._interrupt import EXIT_INTERRUPTED, INTERRUPTED, last_words
from ._media_gateway._twiml import twilio_stream_twiml
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
    # sys.stdout and sys.stderr are None when the process started with them closed (>&-).
    out = sys.stdout if stdout is None else stdout
    err = sys.stderr if stderr is None else stderr
    try:
        return _run(argv, environment, out, err)
    except KeyboardInterrupt:
        _error_line(err, INTERRUPTED)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_closed_stdout(out)
        return EXIT_API_ERROR


def _run(
    argv: Sequence[str] | None,
    environment: Mapping[str, str] | None,
    out: TextIO | None,
    err: TextIO | None,
) -> int:
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
            deadline=args.deadline,
            environment=environment,
        ) as client:
            if out is None:
                raise ConfigurationError(
                    "stdout is closed: the answer could not be printed, so nothing was sent"
                )
            output = args.run(client, args)
    except (ConfigurationError, InvalidRequestError) as error:
        _error_line(err, f"error: {error}")
        return EXIT_USAGE
    except ASAPPError as error:
        _error_line(err, _describe(error))
        return EXIT_API_ERROR
    # ASCII-only JSON is valid JSON, whatever encoding stdout has.
    text = output if isinstance(output, str) else json.dumps(output, indent=2)
    try:
        _write(out, text + "\n")
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        _error_line(err, f"error: could not write to stdout: {error}")
        return EXIT_API_ERROR
    return EXIT_OK


def _error_line(err: TextIO | None, text: str) -> None:
    """One line on stderr, whatever the text holds and whatever stderr can encode."""
    if err is None:
        return
    line = f"{__title__}: {' '.join(text.split())}\n"
    encoding = getattr(err, "encoding", None) or "utf-8"
    try:
        with last_words():
            err.write(line.encode(encoding, "backslashreplace").decode(encoding))
            err.flush()
    except (BrokenPipeError, OSError):  # pragma: no cover (stderr itself is gone)
        pass


def _write(out: TextIO, text: str) -> None:
    encoding = getattr(out, "encoding", None) or "utf-8"
    # Only the XML of `twiml --raw` can hold non-ASCII; XML says it as character references.
    out.write(text.encode(encoding, "xmlcharrefreplace").decode(encoding))


def _quiet_closed_stdout(out: TextIO) -> None:
    """After EPIPE: point stdout at /dev/null, so that the interpreter's final flush does
    not print a traceback of its own."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # not a real file (a test's StringIO)
        pass


def _describe(error: ASAPPError) -> str:
    text = f"{type(error).__name__}: {error}"
    if isinstance(error, StreamingNotOkError):
        text += f" (result: {json.dumps(error.result.to_dict())})"
    return text


def _stream_url(client: AutoTranscribeClient, args: argparse.Namespace) -> object:
    return {"streamingUrl": client.get_twilio_media_stream_url()}


def _start(client: AutoTranscribeClient, args: argparse.Namespace) -> object:
    track_map: TwilioTrackMap = {"inbound": args.inbound, "outbound": args.outbound}
    result = client.start_streaming(
        namespace=args.namespace,
        guid=args.guid,
        customer_id=args.customer_id,
        agent_id=args.agent_id,
        language=args.language,
        detailed_token=args.detailed_token,
        audio_recording_allowed=args.audio_recording_allowed,
        redaction_output=args.redaction_output,
        twilio_track_map=track_map,
        siprec_media_line_order=args.media_line_order,
    )
    return result.to_dict()


def _stop(client: AutoTranscribeClient, args: argparse.Namespace) -> object:
    return client.stop_streaming(namespace=args.namespace, guid=args.guid).to_dict()


def _transcript(client: AutoTranscribeClient, args: argparse.Namespace) -> object:
    messages = client.get_conversation_messages(external_id=args.external_id)
    return [message.to_dict() for message in messages]


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
        raise InvalidRequestError("--parameter wants NAME=VALUE")
    return key, value


def _choices(alias: str) -> list[str]:
    from . import _generated

    return sorted(_generated.enum_values(alias))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=__title__,
        description="Drive ASAPP's Media Gateway AutoTranscribe API. Credentials come from "
        f"{ENV_API_ID} and {ENV_API_SECRET}. Prints JSON; exit status 1 when the API or the "
        f"network fails, 2 for usage or configuration errors, 130 when interrupted. "
        f"{ENV_LOG}=debug shows each request on stderr.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--base-url", help=f"API base URL (default: ${ENV_API_HOST}, else the sandbox)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        help=f"seconds per attempt (default {DEFAULT_TIMEOUT.read:g}, "
        f"connect {DEFAULT_TIMEOUT.connect:g})",
    )
    parser.add_argument(
        "--max-retries",
        type=int,
        default=DEFAULT_MAX_RETRIES,
        help=f"retries (default {DEFAULT_MAX_RETRIES})",
    )
    parser.add_argument(
        "--deadline",
        type=float,
        help="seconds for the whole call, retries and waits included (default: no bound)",
    )
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
    start.add_argument("--redaction-output", choices=_choices("RedactionOutput"))
    participants = _choices("Participant")
    start.add_argument("--inbound", choices=participants, help="twilio: inbound track")
    start.add_argument("--outbound", choices=participants, help="twilio: outbound track")
    start.add_argument("--media-line-order", choices=_choices("MediaLineOrder"), help="siprec only")
    start.set_defaults(run=_start)

    stop = commands.add_parser("stop", help="stop transcription of a call (prints the summary)")
    _call_arguments(stop)
    stop.set_defaults(run=_stop)

    transcript = commands.add_parser(
        "transcript", help="the whole transcript of a call, once it is over"
    )
    transcript.add_argument(
        "--external-id", required=True, help="the call's guid (for Twilio, the Call SID)"
    )
    transcript.set_defaults(run=_transcript)

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
        "--namespace", choices=_choices("Namespace"), default="twilio", help="default: twilio"
    )
    parser.add_argument("--guid", required=True, help="the call's id; for Twilio the Call SID")
