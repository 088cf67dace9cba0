"""The command line as users run it: ``python -m asapp_mg_autotranscribe`` in its own process.

Credentials and host come from the environment, the host being a fake ASAPP server on
127.0.0.1 (tests/fault). Whatever goes wrong, the promise is the same: no traceback,
exactly one line on stderr, and the documented exit status (1: the API or the network
failed; 2: usage or configuration; 130: interrupted).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import pytest
from doubles import API_SECRET, CALL_SID, STREAM_URL
from fault.fake_asapp import FakeAsapp, echoing, no_answer, respond

RUN_BOUND = 30.0  # seconds any one command may take before the test gives up on it


class Ran(NamedTuple):
    status: int
    stdout: str
    stderr: str


def environment(server: FakeAsapp, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ASAPP_", "PYTHONIOENCODING"))
    }
    return {
        **env,
        "ASAPP_API_ID": "cli-id",
        "ASAPP_API_SECRET": API_SECRET,
        "ASAPP_API_HOST": server.base_url,
        **extra,
    }


def command(*argv: str | bytes) -> list[str | bytes]:
    return [sys.executable, "-m", "asapp_mg_autotranscribe", *argv]


def run(server: FakeAsapp, argv: Sequence[str | bytes], **extra_env: str) -> Ran:
    done = subprocess.run(
        command(*argv),
        capture_output=True,
        env=environment(server, **extra_env),
        timeout=RUN_BOUND,
        check=False,
    )
    return Ran(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def assert_one_line_error(ran: Ran, status: int) -> None:
    """No traceback, one line on stderr, and ``status``; the secret nowhere."""
    assert "Traceback" not in ran.stderr, ran.stderr
    assert len(ran.stderr.splitlines()) == 1, ran.stderr
    assert ran.status == status, ran
    assert API_SECRET not in ran.stderr + ran.stdout


def test_a_guid_that_is_not_utf8_is_a_usage_error(server: FakeAsapp) -> None:
    server.answer(respond(200, {"isOk": True}))
    ran = run(server, ["start", "--guid", b"CA\xff", "--customer-id", "C1", "--agent-id", "A1"])
    assert_one_line_error(ran, 2)
    assert server.requests == []


def test_output_the_terminal_encoding_cannot_carry(server: FakeAsapp) -> None:
    ran = run(
        server,
        ["twiml", "--url", STREAM_URL, "--name", "caf\u00e9-line", "--raw"],
        PYTHONIOENCODING="ascii",
    )
    # Written in a form ASCII can carry: the XML character reference.
    expected = (
        '<?xml version="1.0" encoding="UTF-8"?><Response><Start><Stream name="caf&#233;-line"'
        f' track="both_tracks" url="{STREAM_URL}" /></Start></Response>\n'
    )
    assert ran == Ran(0, expected, ""), ran


def test_json_output_survives_an_ascii_terminal(server: FakeAsapp) -> None:
    ran = run(
        server,
        ["twiml", "--url", STREAM_URL, "--name", "caf\u00e9-line"],
        PYTHONIOENCODING="ascii",
    )
    assert ran.status == 0, ran
    assert "caf\\u00e9-line" in ran.stdout
    assert ran.stderr == ""


def test_a_closed_stdout_pipe_ends_quietly(server: FakeAsapp) -> None:
    # What well-behaved command-line tools do when the reader has gone (`... | head -c0`):
    # stop at once, print no traceback, and exit with 1 (Python's recipe) or die of SIGPIPE.
    read_end, write_end = os.pipe()
    os.close(read_end)  # gone before anything is written
    try:
        done = subprocess.run(
            command("twiml", "--url", STREAM_URL),
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=environment(server),
            timeout=RUN_BOUND,
            check=False,
        )
    finally:
        os.close(write_end)
    stderr = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert "Exception ignored" not in stderr, stderr
    assert len(stderr.splitlines()) <= 1, stderr
    assert done.returncode in (1, -signal.SIGPIPE, 128 + signal.SIGPIPE), done.returncode


def test_ctrl_c_during_a_request_exits_130(server: FakeAsapp) -> None:
    server.answer(no_answer())
    process = subprocess.Popen(
        command("--timeout", "20", "stream-url"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(server),
    )
    try:
        assert server.wait_for_requests(), "the command never sent its request"
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=RUN_BOUND)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    ran = Ran(process.returncode, stdout.decode(), stderr.decode("utf-8", "replace"))
    assert_one_line_error(ran, 130)


@pytest.mark.parametrize("status", [400, 502])
def test_a_reflected_secret_is_not_printed(server: FakeAsapp, status: int) -> None:
    server.answer(echoing(server, status))
    ran = run(server, ["--max-retries", "0", "stop", "--guid", CALL_SID])
    assert server.requests[0].headers["asapp-api-secret"] == API_SECRET
    assert_one_line_error(ran, 1)


def test_an_unusable_timeout_is_a_usage_error(server: FakeAsapp) -> None:
    server.answer(respond(200, {"streamingUrl": STREAM_URL}))
    ran = run(server, ["--timeout", "1e10", "stream-url"])
    assert_one_line_error(ran, 2)
    assert server.requests == []


def test_an_api_error_is_one_line_and_exit_1(server: FakeAsapp) -> None:
    server.answer(respond(404, {"error": {"code": "404-01", "message": "no such call"}}))
    ran = run(server, ["stop", "--guid", CALL_SID])
    assert_one_line_error(ran, 1)
    assert "no such call" in ran.stderr


def run_without_stdout(
    server: FakeAsapp, argv: Sequence[str], redirect: str = ">&-", **extra_env: str
) -> Ran:
    """Run the command with stdout redirected as a shell does: by default ``>&-`` (file
    descriptor 1 closed)."""
    done = subprocess.run(
        ["/bin/sh", "-c", f'exec "$@" {redirect}', "sh", *command(*argv)],
        stderr=subprocess.PIPE,
        env=environment(server, **extra_env),
        timeout=RUN_BOUND,
        check=False,
    )
    return Ran(done.returncode, "", done.stderr.decode("utf-8", "replace"))


def test_a_configuration_error_with_stdout_closed_is_one_line(server: FakeAsapp) -> None:
    ran = run_without_stdout(server, ["stream-url"], ASAPP_API_HOST="http://127.0.0.1:70000")
    assert_one_line_error(ran, 2)
    assert "port must be from 1 to 65535" in ran.stderr


def test_a_command_with_stdout_closed_sends_nothing(server: FakeAsapp) -> None:
    # Its answer could not be printed: the call is not made (a start would start a stream
    # nobody hears of).
    server.answer(respond(200, {"isOk": True}))
    ran = run_without_stdout(
        server, ["start", "--guid", CALL_SID, "--customer-id", "C1", "--agent-id", "A1"]
    )
    assert_one_line_error(ran, 2)
    assert "stdout is closed" in ran.stderr
    assert server.requests == []


def test_a_stdout_that_cannot_be_written_is_one_line(server: FakeAsapp) -> None:
    server.answer(respond(200, {"streamingUrl": STREAM_URL}))
    ran = run_without_stdout(server, ["stream-url"], redirect="1</dev/null")
    assert_one_line_error(ran, 1)
    assert "could not write to stdout" in ran.stderr


def interrupt_when_importing(tmp_path: Path, module: str) -> dict[str, str]:
    """Environment that makes the command's process send itself SIGINT the moment it starts
    importing ``module`` (an audit hook, installed by a sitecustomize on PYTHONPATH)."""
    (tmp_path / "sitecustomize.py").write_text(
        "import os, signal, sys\n"
        "def _hook(event, args):\n"
        f"    if event == 'import' and args[0] == {module!r}:\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "sys.addaudithook(_hook)\n"
    )
    return {
        "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    }


@pytest.mark.parametrize(
    "module",
    [
        "asapp_mg_autotranscribe._cli",  # the command line's own module, loading
        "argparse",  # a module it loads
        # the call, being prepared
        "asapp_mg_autotranscribe._gen.mg_autotranscribe_client.models.stop_streaming_request",
    ],
)
@pytest.mark.parametrize("how", ["module", "script"])
def test_ctrl_c_while_starting_exits_130(
    server: FakeAsapp, tmp_path: Path, module: str, how: str
) -> None:
    argv = ["stop", "--guid", CALL_SID]
    env = environment(server, **interrupt_when_importing(tmp_path, module))
    started = (
        command(*argv)
        if how == "module"
        else [str(Path(sys.executable).with_name("asapp-mg-autotranscribe")), *argv]
    )
    done = subprocess.run(started, capture_output=True, env=env, timeout=RUN_BOUND, check=False)
    ran = Ran(done.returncode, done.stdout.decode(), done.stderr.decode("utf-8", "replace"))
    assert_one_line_error(ran, 130)
    assert ran.stderr == "asapp-mg-autotranscribe: interrupted\n"
    assert server.requests == []
