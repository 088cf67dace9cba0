"""The command line, against a small local server on 127.0.0.1."""

from __future__ import annotations

import io
import json
import os
import runpy
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from doubles import API_SECRET, CALL_SID, START_OK, STOP_OK, STREAM_URL, error_body

from asapp_mg_autotranscribe import __version__, _interrupt
from asapp_mg_autotranscribe._cli import main

MESSAGES = {
    "items": [
        {
            "text": "Hello, I'd like to upgrade — to GOLD.",
            "sender": {"role": "customer", "externalId": "TT9833237"},
            "messageId": "m1",
            "createdTimestamp": "2021-11-23T12:13:16.853Z",
            "clientTimestamp": "2021-11-23T12:13:14.555Z",
        }
    ]
}


class FakeAsapp(ThreadingHTTPServer):
    """Answers each path with a scripted (status, body) and records what it was sent."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers: dict[str, tuple[int, Any]] = {
            "/mg-autotranscribe/v1/twilio-media-stream-url": (200, {"streamingUrl": STREAM_URL}),
            "/mg-autotranscribe/v1/start-streaming": (200, START_OK),
            "/mg-autotranscribe/v1/stop-streaming": (200, STOP_OK),
            "/conversation/v1/conversation/messages": (200, MESSAGES),
        }
        self.received: list[tuple[str, str, dict[str, str], Any]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: FakeAsapp

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        self.server.received.append((self.command, self.path, dict(self.headers), body))
        status, answer = self.server.answers[self.path.split("?")[0]]
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = _answer  # noqa: N815 (the names http.server dispatches to)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[FakeAsapp]:
    fake = FakeAsapp()
    thread = threading.Thread(target=fake.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield fake
    fake.shutdown()
    fake.server_close()
    thread.join(5)


def run(
    server: FakeAsapp, *argv: str, stdout: io.StringIO | None = None, **env: str
) -> tuple[int, str, str]:
    out, err = stdout or io.StringIO(), io.StringIO()
    environment = {
        "ASAPP_API_ID": "cli-id",
        "ASAPP_API_SECRET": API_SECRET,
        "ASAPP_API_HOST": server.url,
        **env,
    }
    code = main(list(argv), environment=environment, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_stream_url(server: FakeAsapp) -> None:
    code, out, err = run(server, "stream-url")
    assert (code, err) == (0, "")
    # ASAPP's name for it, as in the API's answer (and in every other command's output).
    assert json.loads(out) == {"streamingUrl": STREAM_URL}
    method, path, headers, _ = server.received[0]
    assert (method, path) == ("GET", "/mg-autotranscribe/v1/twilio-media-stream-url")
    assert headers["asapp-api-id"] == "cli-id"
    assert headers["asapp-api-secret"] == API_SECRET


def test_start(server: FakeAsapp) -> None:
    code, out, _ = run(
        server,
        "start",
        "--guid",
        CALL_SID,
        "--customer-id",
        "C1",
        "--agent-id",
        "A1",
        "--language",
        "en-US",
        "--no-detailed-token",
        "--audio-recording-allowed",
        "--redaction-output",
        "redacted",
        "--inbound",
        "customer",
        "--outbound",
        "agent",
    )
    assert code == 0
    # The API's answer, as received.
    assert json.loads(out) == START_OK
    assert server.received[0][3] == {
        "namespace": "twilio",
        "guid": CALL_SID,
        "customerId": "C1",
        "agentId": "A1",
        "autotranscribeParams": {
            "language": "en-US",
            "detailedToken": False,
            "audioRecordingAllowed": True,
            "redactionOutput": "redacted",
        },
        "twilioParams": {"trackMap": {"inbound": "customer", "outbound": "agent"}},
    }


def test_start_siprec_minimal(server: FakeAsapp) -> None:
    code, _, _ = run(
        server,
        "start",
        "--namespace",
        "siprec",
        "--guid",
        "123456789",
        "--customer-id",
        "C",
        "--agent-id",
        "A",
        "--media-line-order",
        "AGENT_FIRST",
    )
    assert code == 0
    assert server.received[0][3] == {
        "namespace": "siprec",
        "guid": "123456789",
        "customerId": "C",
        "agentId": "A",
        "siprecParams": {"mediaLineOrder": "AGENT_FIRST"},
    }


def test_stop_prints_the_summary(server: FakeAsapp) -> None:
    code, out, _ = run(server, "stop", "--guid", CALL_SID)
    assert code == 0
    assert json.loads(out)["autotranscribeResponse"]["agent"]["summary"] == {
        "totalAudioBytes": 1334720,
        "audioDurationMs": 83420,
        "streamingSeconds": 84,
        "transcripts": 2,
    }
    assert server.received[0][3] == {"namespace": "twilio", "guid": CALL_SID}


def test_twiml_fetches_a_url(server: FakeAsapp) -> None:
    code, out, _ = run(
        server,
        "twiml",
        "--status-callback",
        "https://example.test/status",
        "--name",
        "asapp",
        "--parameter",
        f"callSid={CALL_SID}",
    )
    assert code == 0
    document = json.loads(out)["twiml"]
    assert STREAM_URL in document
    assert f'<Parameter name="callSid" value="{CALL_SID}" />' in document
    assert len(server.received) == 1


def test_twiml_raw_with_a_given_url(server: FakeAsapp) -> None:
    code, out, _ = run(server, "twiml", "--url", "wss://x.example.test/t", "--raw")
    assert code == 0
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?><Response>')
    assert server.received == []


@pytest.mark.parametrize(
    ("status", "name"), [(401, "AuthenticationError"), (409, "ConflictError"), (422, "Unproc")]
)
def test_api_errors_exit_1_with_one_line_and_the_request_id(
    server: FakeAsapp, status: int, name: str
) -> None:
    server.answers["/mg-autotranscribe/v1/start-streaming"] = (status, error_body(status))
    code, out, err = run(
        server,
        "--max-retries",
        "0",
        "start",
        "--guid",
        CALL_SID,
        "--customer-id",
        "C",
        "--agent-id",
        "A",
    )
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith(f"asapp-mg-autotranscribe: {name}")
    assert "request id 8e033668-9f1a-11ec-b909-0242ac120002" in err
    assert API_SECRET not in err


def test_streaming_not_ok_exits_1_with_the_result(server: FakeAsapp) -> None:
    server.answers["/mg-autotranscribe/v1/stop-streaming"] = (
        200,
        {"isOk": False, "errorMessage": "no such call"},
    )
    code, _, err = run(server, "stop", "--guid", CALL_SID)
    assert code == 1
    assert "StreamingNotOkError" in err
    assert "no such call" in err
    assert '"isOk": false' in err
    assert err.count("\n") == 1


def test_connection_errors_exit_1(server: FakeAsapp) -> None:
    code, _, err = run(
        server,
        "--max-retries",
        "0",
        "--timeout",
        "2",
        "stream-url",
        ASAPP_API_HOST="http://127.0.0.1:9",
    )
    assert code == 1
    assert err.startswith("asapp-mg-autotranscribe: APIConnectionError")


@pytest.mark.parametrize(
    ("argv", "env", "message"),
    [
        (["stream-url"], {"ASAPP_API_SECRET": ""}, "ASAPP_API_SECRET"),
        (["stream-url"], {"ASAPP_API_HOST": "http://api.asapp.com"}, "plain http"),
        (["stop", "--guid", ""], {}, "guid must not be empty"),
        (["twiml", "--url", "wss://x/y", "--parameter", "novalue"], {}, "NAME=VALUE"),
        (
            [
                "start",
                "--guid",
                CALL_SID,
                "--customer-id",
                "c",
                "--agent-id",
                "a",
                "--detailed-token",
            ],
            {},
            "detailed_token=True needs",
        ),
        (
            ["start", "--guid", "call-42", "--customer-id", "c", "--agent-id", "a"],
            {},
            "guid must be a Twilio Call SID ('CA' and 32 hex digits) when namespace is 'twilio'",
        ),
        (["stop", "--guid", "call-42"], {}, "guid must be a Twilio Call SID"),
        (["stop", "--namespace", "twilio", "--guid", CALL_SID + "0"], {}, "Twilio Call SID"),
        (["--max-retries", "101", "stream-url"], {}, "max_retries must be a whole number from 0"),
        (["stream-url"], {"ASAPP_API_HOST": "http://127.0.0.1:99999"}, "port must be from 1"),
    ],
)
def test_usage_and_configuration_errors_exit_2(
    server: FakeAsapp, argv: list[str], env: dict[str, str], message: str
) -> None:
    code, out, err = run(server, *argv, **env)
    assert (code, out) == (2, "")
    assert message in err
    assert server.received == []


@pytest.mark.parametrize(
    "argv",
    [[], ["frobnicate"], ["start", "--guid", "x"], ["stop", "--namespace", "sip", "--guid", "x"]],
)
def test_bad_command_lines_exit_2(server: FakeAsapp, argv: list[str], capsys: Any) -> None:
    code, _, _ = run(server, *argv)
    assert code == 2
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["stream-url"], ["start"], ["stop"], ["twiml"]])
def test_help_for_each_command(server: FakeAsapp, command: list[str], capsys: Any) -> None:
    code, _, _ = run(server, *command, "--help")
    assert code == 0
    assert "usage: asapp-mg-autotranscribe" in capsys.readouterr().out


def test_python_dash_m_and_the_console_script(server: FakeAsapp) -> None:
    env = {**os.environ, "ASAPP_API_ID": "i", "ASAPP_API_SECRET": "s", "ASAPP_API_HOST": server.url}
    module = subprocess.run(
        [sys.executable, "-m", "asapp_mg_autotranscribe", "stream-url"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert module.returncode == 0, module.stderr
    assert json.loads(module.stdout) == {"streamingUrl": STREAM_URL}
    script = Path(sys.executable).with_name("asapp-mg-autotranscribe")
    version = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert version.returncode == 0
    assert version.stdout.startswith("asapp-mg-autotranscribe 0.1.0")


def test_python_dash_m_is_the_same_command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["python -m asapp_mg_autotranscribe", "--version"])
    # As a process of its own, the command line takes over Ctrl-C: put back the test's.
    monkeypatch.setattr(_interrupt, "_installed", None)
    handler = signal.getsignal(signal.SIGINT)
    try:
        with pytest.raises(SystemExit) as exited:
            runpy.run_module("asapp_mg_autotranscribe", run_name="__main__", alter_sys=True)
        assert signal.getsignal(signal.SIGINT) is _interrupt._installed is not None
    finally:
        signal.signal(signal.SIGINT, handler)
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_transcript_prints_the_messages_as_received(server: FakeAsapp) -> None:
    code, out, err = run(server, "transcript", "--external-id", CALL_SID)
    assert (code, err) == (0, "")
    assert json.loads(out) == MESSAGES["items"]
    assert out.isascii()
    method, path, _, _ = server.received[0]
    assert (method, path) == (
        "GET",
        f"/conversation/v1/conversation/messages?externalId={CALL_SID}",
    )


def test_deadline_bounds_the_whole_call(server: FakeAsapp) -> None:
    server.answers["/mg-autotranscribe/v1/twilio-media-stream-url"] = (503, error_body(503))
    code, out, err = run(server, "--deadline", "0.2", "stream-url")
    assert (code, out) == (1, "")
    assert err.startswith("asapp-mg-autotranscribe: APITimeoutError")
    assert "deadline" in err
    assert err.count("\n") == 1
    code, _, err = run(server, "--deadline", "0", "stream-url")
    assert code == 2
    assert "deadline must be a number of seconds" in err


def test_the_choices_are_the_spec_s(server: FakeAsapp, capsys: Any) -> None:
    code, _, _ = run(server, "start", "--help")
    assert code == 0
    help_text = capsys.readouterr().out
    for value in ("amazonconnect", "genesysaudiohook", "redacted_and_unredacted", "AGENT_FIRST"):
        assert value in help_text


def test_other_namespaces_take_any_guid(server: FakeAsapp) -> None:
    code, _, err = run(server, "stop", "--namespace", "genesysaudiohook", "--guid", "call-42")
    assert (code, err) == (0, "")
    assert server.received[0][3] == {"namespace": "genesysaudiohook", "guid": "call-42"}


def test_every_command_prints_asapp_s_names(server: FakeAsapp) -> None:
    """One naming rule for the JSON the command prints: ASAPP's (camelCase) names, as sent."""
    commands = [
        ["stream-url"],
        ["start", "--guid", CALL_SID, "--customer-id", "C1", "--agent-id", "A1"],
        ["stop", "--guid", CALL_SID],
        ["transcript", "--external-id", CALL_SID],
        ["twiml", "--url", STREAM_URL],
    ]
    for argv in commands:
        code, out, _ = run(server, *argv)
        assert code == 0, argv
        assert not [name for name in _keys(json.loads(out)) if "_" in name], argv


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def test_with_no_stdout_nothing_is_sent(server: FakeAsapp, monkeypatch: pytest.MonkeyPatch) -> None:
    # A process started with stdout closed (`>&-`) has sys.stdout None.
    monkeypatch.setattr(sys, "stdout", None)
    err = io.StringIO()
    environment = {
        "ASAPP_API_ID": "i",
        "ASAPP_API_SECRET": API_SECRET,
        "ASAPP_API_HOST": server.url,
    }
    code = main(["stop", "--guid", CALL_SID], environment=environment, stderr=err)
    assert code == 2
    assert err.getvalue() == (
        "asapp-mg-autotranscribe: error: stdout is closed: the answer could not be printed, "
        "so nothing was sent\n"
    )
    assert server.received == []


def test_with_no_stderr_an_error_still_ends_with_its_status(
    server: FakeAsapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    out = io.StringIO()
    code = main(["stream-url"], environment={"ASAPP_API_HOST": server.url}, stdout=out)
    assert (code, out.getvalue()) == (2, "")


class _InterruptedStdout(io.StringIO):
    def write(self, text: str) -> int:
        raise KeyboardInterrupt


def test_a_keyboard_interrupt_in_process_is_one_line_and_130(server: FakeAsapp) -> None:
    # Called in a process of someone else's (a test, an embedding), Python's own
    # KeyboardInterrupt ends the command: the same line and status as a Ctrl-C.
    code, _, err = run(server, "stream-url", stdout=_InterruptedStdout())
    assert (code, err) == (130, "asapp-mg-autotranscribe: interrupted\n")


class _UnwritableStdout(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(9, "Bad file descriptor")


def test_a_stdout_that_cannot_be_written_is_one_line(server: FakeAsapp) -> None:
    code, _, err = run(server, "stream-url", stdout=_UnwritableStdout())
    assert code == 1
    assert err == (
        "asapp-mg-autotranscribe: error: could not write to stdout: [Errno 9] Bad file descriptor\n"
    )
