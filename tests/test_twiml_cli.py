"""The ``twiml`` command refuses text that XML cannot carry: exit 2, one line, no document."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from doubles import API_SECRET, STREAM_URL

from asapp_mg_autotranscribe._cli import main

# Nothing listens here: a request would end in exit status 1, not 2.
ENVIRONMENT = {
    "ASAPP_API_ID": "cli-id",
    "ASAPP_API_SECRET": API_SECRET,
    "ASAPP_API_HOST": "http://127.0.0.1:9",
}


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--max-retries", "0", *argv], environment=ENVIRONMENT, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_a_url_xml_cannot_carry_exits_2_with_one_line() -> None:
    code, out, err = run("twiml", "--url", "wss://h/x\ufffe")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.endswith("\n")
    assert "url contains U+FFFE at index 9" in err
    assert "wss://h/x" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--url", f"{STREAM_URL}\ufffe"],
        ["--url", f"{STREAM_URL}\udcff"],  # how an undecodable byte in argv reaches Python
        ["--url", f"{STREAM_URL}\x01"],
        ["--url", STREAM_URL, "--name", "n\x00"],
        ["--url", STREAM_URL, "--status-callback", f"https://h/s?{STREAM_URL}\x0b"],
        ["--url", STREAM_URL, "--parameter", "k=v\ud800"],
        ["--url", STREAM_URL, "--parameter", "k\uffff=v"],
        ["--url", STREAM_URL.replace("wss://", "https://")],
    ],
)
def test_refused_text_exits_2_without_repeating_it(argv: list[str]) -> None:
    code, out, err = run("twiml", *argv)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert err.startswith("asapp-mg-autotranscribe: error: ")
    assert "token" not in err


def test_an_undecodable_argument_from_the_shell_exits_2() -> None:
    env = {**os.environ, **ENVIRONMENT, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "asapp_mg_autotranscribe", "twiml", "--url", b"wss://h/x\xff"],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.count(b"\n") == 1
    assert b"url contains U+DCFF at index 9" in result.stderr
