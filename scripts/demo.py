"""``make demo``: the four steps of the Twilio flow against local mocks.

Starts a Prism mock of each of ASAPP's specs (``api-specs/mg-autotranscribe.yaml`` and
``api-specs/conversations.yaml``) and the transcript receiver of
``examples/transcripts_fastapi.py`` (a FastAPI app under uvicorn), each on a free
127.0.0.1 port. Then it does what a contact centre does for one call, each step as the
CLI command a person would type, or as the request ASAPP would send:

1. get a stream URL; 2. answer Twilio with TwiML that streams the call to it;
3. start transcription; 4. receive the transcripts: ASAPP's two documented messages
POSTed to the receiver, and one with a wrong secret, refused (401); stop; and the whole
transcript after the call. Exits non-zero if any step fails; everything it started is
stopped either way.
"""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import httpx
import yaml
from prism_mock import REPO_ROOT, ServerError, free_port, local_server, prism_mock

COMMAND = "asapp-mg-autotranscribe"
CALL_SID = "CA5b040e075515c424391012acc5a870cf"
STATUS_CALLBACK = "https://voice.example.com/twilio/stream-events"
STEP_TIMEOUT = 60.0
RECEIVER_SECRET = "demo-transcript-token"  # noqa: S105 (a demo value)
SPECS = REPO_ROOT / "api-specs"


class DemoError(RuntimeError):
    """A step of the demo failed."""


def main() -> int:
    """Run the demo; return the exit status."""
    try:
        _run()
    except (DemoError, ServerError) as error:
        print(f"\ndemo failed: {error}", file=sys.stderr)
        return 1
    print("\nMocks and receiver stopped. Done.")
    return 0


def _run() -> None:
    with tempfile.TemporaryDirectory(prefix="mg-demo-") as scratch, contextlib.ExitStack() as stack:
        folder = Path(scratch)
        print("Starting Prism mocks of ASAPP's two specs and the transcript receiver ...")
        media_gateway = stack.enter_context(
            prism_mock(folder / "mg.log", spec=SPECS / "mg-autotranscribe.yaml")
        )
        conversations = stack.enter_context(
            prism_mock(folder / "conversations.log", spec=SPECS / "conversations.yaml")
        )
        receiver = stack.enter_context(_receiver(folder / "receiver.log"))
        print(f"  Media Gateway mock   {media_gateway}")
        print(f"  Conversations mock   {conversations}")
        print(f"  transcript receiver  {receiver}/asapp/transcripts/\n")
        _flow(media_gateway, conversations, receiver)


def _flow(media_gateway: str, conversations: str, receiver: str) -> None:
    url = json.loads(
        _step(
            "1. Get a WebSocket URL for Twilio's media stream (it lives 5 minutes; cache it)",
            ["stream-url"],
            media_gateway,
        )
    )["streamingUrl"]
    twiml = _step(
        "2. Answer Twilio's voice webhook: fork the call's audio to that URL",
        ["twiml", "--url", url, "--status-callback", STATUS_CALLBACK, "--raw"],
        media_gateway,
        shown_as={url: '"$STREAM_URL"'},
    )
    if "<Stream" not in twiml:
        raise DemoError("the TwiML has no <Stream>")
    _step(
        "3. Customer and agent are connected: start transcription",
        [
            "--deadline",
            "10",
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
        media_gateway,
    )
    _receive_transcripts(receiver)
    stopped = json.loads(
        _step("   The call ends: stop transcription", ["stop", "--guid", CALL_SID], media_gateway)
    )
    print("   Summary")
    for participant, stream in stopped.get("autotranscribeResponse", {}).items():
        summary = stream.get("summary") or {}
        print(
            f"     {participant:8}  stream {stream.get('streamId')}: "
            f"{summary.get('transcripts', 0)} transcripts, "
            f"{summary.get('audioDurationMs', 0) / 1000:.1f} s of audio"
        )
    print()
    _step(
        "   After the call: the whole transcript from ASAPP's Conversations API",
        ["transcript", "--external-id", CALL_SID],
        conversations,
    )


def _receive_transcripts(receiver: str) -> None:
    print("4. Receive the transcripts: ASAPP POSTs each utterance to your receiver")
    examples = yaml.safe_load((SPECS / "transcript-webhook.yaml").read_text(encoding="utf-8"))
    media = examples["paths"]["/transcripts"]["post"]["requestBody"]["content"]
    documented = [example["value"] for example in media["application/json"]["examples"].values()]
    webhook = f"{receiver}/asapp/transcripts/"
    with httpx.Client(timeout=STEP_TIMEOUT) as http:
        # Delivered out of order, as ASAPP's messages may be; the receiver orders them.
        for message, token in [
            (documented[1], RECEIVER_SECRET),
            (documented[0], RECEIVER_SECRET),
            (documented[0], "a-wrong-token"),
        ]:
            response = http.post(webhook, json=message, headers={"X-Transcript-Token": token})
            who = message["sender"]["role"]
            shown = "the agreed token" if token == RECEIVER_SECRET else "a wrong token"
            print(f"   POST {who} utterance with {shown}: {response.status_code}", end="")
            print(f" ({response.text.strip()})" if response.content else "")
            expected = 204 if token == RECEIVER_SECRET else 401
            if response.status_code != expected:
                raise DemoError(f"the receiver answered {response.status_code}, not {expected}")
        collected = http.get(f"{receiver}/calls/{CALL_SID}/transcript").json()
    print("   The call's transcript so far, in order:")
    for utterance in collected:
        print(f"     [{utterance['start_ms']:>5} ms] {utterance['role']:8} {utterance['text']}")
    if [utterance["start_ms"] for utterance in collected] != [400, 4744]:
        raise DemoError(f"unexpected transcript: {collected}")
    print()


def _receiver(log_path: Path) -> contextlib.AbstractContextManager[str]:
    """examples/transcripts_fastapi.py under uvicorn on a free port, until the block ends."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "transcripts_fastapi:create_app", "--factory"]
    command += ["--app-dir", str(REPO_ROOT / "examples"), "--host", "127.0.0.1"]
    command += ["--port", str(port)]
    env = {**os.environ, "TRANSCRIPT_WEBHOOK_SECRET": RECEIVER_SECRET}
    return local_server(command, port, log_path, name="the transcript receiver", env=env)


def _step(
    title: str, arguments: list[str], base_url: str, *, shown_as: dict[str, str] | None = None
) -> str:
    """Print the step and its command, run it, print and return its output.

    ``shown_as`` names long arguments in the printed command (the stream URL).
    """
    names = shown_as or {}
    print(title)
    shown = " ".join(names.get(argument) or shlex.quote(argument) for argument in arguments)
    print(f"   $ {COMMAND} {shown}")
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
    print(textwrap.indent(completed.stdout.rstrip(), "   "), end="\n\n")
    return completed.stdout


def _cli_executable() -> str:
    """The console script installed next to this Python (the project's .venv)."""
    return str(Path(sys.executable).parent / COMMAND)


if __name__ == "__main__":
    sys.exit(main())
