"""``make demo``: the Twilio flow through the command line, against a mock of the spec.

Starts a Prism mock of ``api-specs/mg-autotranscribe.yaml`` on a free 127.0.0.1 port, then
runs what a voice webhook does for one call, each step as the CLI command a person would
type: get a stream URL, answer Twilio with TwiML, start transcription, stop it and read
the summary. Exits non-zero if any step fails; the mock is stopped either way.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from prism_mock import SPEC_PATH, prism_mock

COMMAND = "asapp-mg-autotranscribe"
CALL_SID = "CA5b040e075515c424391012acc5a870cf"
STATUS_CALLBACK = "https://voice.example.com/twilio/stream-events"
STEP_TIMEOUT = 60.0


class DemoError(RuntimeError):
    """A step of the demo failed."""


def main() -> int:
    """Run the demo; return the exit status."""
    with tempfile.TemporaryDirectory(prefix="mg-demo-") as scratch:
        log_path = Path(scratch) / "prism.log"
        print(f"Starting a Prism mock of {SPEC_PATH.relative_to(Path.cwd())} ...")
        with prism_mock(log_path) as base_url:
            print(f"Mock listening on {base_url}\n")
            try:
                _flow(base_url)
            except DemoError as error:
                print(f"\ndemo failed: {error}", file=sys.stderr)
                return 1
    print("\nMock stopped. Done.")
    return 0


def _flow(base_url: str) -> None:
    url = json.loads(
        _step(
            "1. Get a WebSocket URL for Twilio's media stream (it lives 5 minutes; cache it)",
            ["stream-url"],
            base_url,
        )
    )["streaming_url"]
    twiml = _step(
        "2. Answer Twilio's voice webhook: fork the call's audio to that URL",
        ["twiml", "--url", url, "--status-callback", STATUS_CALLBACK, "--raw"],
        base_url,
        shown_as={url: '"$STREAM_URL"'},
    )
    if "<Stream" not in twiml:
        raise DemoError("the TwiML has no <Stream>")
    started = json.loads(
        _step(
            "3. Customer and agent are connected: start transcription",
            [
                "start",
                "--guid",
                CALL_SID,
                "--customer-id",
                "TT9833237",
                "--agent-id",
                "RE223444211993",
                "--inbound",
                "customer",
                "--outbound",
                "agent",
            ],
            base_url,
        )
    )
    stopped = json.loads(
        _step(
            "4. The call ends: stop transcription and read the summary",
            ["stop", "--guid", CALL_SID],
            base_url,
        )
    )
    print("Summary")
    for participant in ("customer", "agent"):
        stream = stopped[participant] or started[participant]
        summary = stream.get("summary") or {}
        print(
            f"  {participant:8}  stream {stream['stream_id']}: {stream['status']['description']},"
            f" {summary.get('transcripts', 0)} transcripts,"
            f" {summary.get('audio_duration_ms', 0) / 1000:.1f} s of audio"
        )


def _step(
    title: str, arguments: list[str], base_url: str, *, shown_as: dict[str, str] | None = None
) -> str:
    """Print the step and its command, run it, print and return its output.

    ``shown_as`` names long arguments in the printed command (the stream URL).
    """
    names = shown_as or {}
    print(title)
    shown = " ".join(names.get(argument) or shlex.quote(argument) for argument in arguments)
    print(f"  $ {COMMAND} {shown}")
    completed = subprocess.run(
        [_cli_executable(), "--base-url", base_url, *arguments],
        env={**os.environ, "ASAPP_API_ID": "demo-api-id", "ASAPP_API_SECRET": "demo-secret"},
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
        check=False,
    )
    if completed.returncode != 0:
        raise DemoError(f"{COMMAND} exited {completed.returncode}: {completed.stderr.strip()}")
    print(textwrap.indent(completed.stdout.rstrip(), "  "), end="\n\n")
    return completed.stdout


def _cli_executable() -> str:
    """The console script installed next to this Python (the project's .venv)."""
    return str(Path(sys.executable).parent / COMMAND)


if __name__ == "__main__":
    sys.exit(main())
