"""``make fleet-demo`` plays a call through the examples run as a fleet on one Redis, checks the
fleet's promises, says when one breaks (``--without-redis``), and stops everything it
started: when it is done, when a promise breaks, and on Ctrl-C.

Every process the demo starts inherits a mark in its environment, which is how the tests
find any it left behind."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from spec_document import REPO_ROOT

pytestmark = pytest.mark.contract

DEMO = REPO_ROOT / "scripts" / "fleet_demo.py"
BOUND = 240.0  # the longest a run of the demo may take
STOP_BOUND = 60.0  # the longest the demo may take to stop what it started, once told to
MARK = "FLEET_DEMO_TEST_MARK"


def _marked_environment() -> tuple[dict[str, str], str]:
    mark = f"{MARK}={uuid.uuid4().hex}"
    name, _, value = mark.partition("=")
    return {**os.environ, name: value}, mark


def _left_behind(mark: str) -> list[str]:
    """The live processes (not zombies) whose environment holds ``mark``."""
    found = []
    for process in Path("/proc").iterdir():
        if not process.name.isdigit():
            continue
        try:
            if mark.encode() not in (process / "environ").read_bytes().split(b"\0"):
                continue
            # Any process's name and arguments may hold bytes that are not UTF-8.
            state = (process / "stat").read_bytes().rsplit(b")", 1)[1].split()[0]
            command = (process / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:  # gone meanwhile
            continue
        if state != b"Z":
            found.append(f"{process.name}: {command.decode(errors='replace')}")
    return found


def _still_running(mark: str) -> list[str]:
    """``_left_behind`` once the processes the demo stopped have had (bounded) time to go."""
    ends_at = time.monotonic() + 20
    while (left := _left_behind(mark)) and time.monotonic() < ends_at:
        time.sleep(0.1)
    return left


def _assert_nothing_left_behind(mark: str) -> None:
    """Wait (bounded) for the processes the demo stopped to be gone; fail naming any left."""
    left = _still_running(mark)
    assert left == [], f"the demo left processes running: {left}"


def _run(*arguments: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """The demo run to its end (within BOUND), and its mark. Past BOUND it is told to stop
    (TERM: it stops what it started), killed only if it does not, and the test fails."""
    environment, mark = _marked_environment()
    command = [sys.executable, str(DEMO), *arguments]
    demo = subprocess.Popen(
        command,
        cwd=REPO_ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, stderr = demo.communicate(timeout=BOUND)
    except subprocess.TimeoutExpired:
        demo.terminate()
        try:
            stdout, stderr = demo.communicate(timeout=STOP_BOUND)
        except subprocess.TimeoutExpired:
            demo.kill()  # the last resort: what the demo started may be left running
            stdout, stderr = demo.communicate(timeout=STOP_BOUND)
        pytest.fail(
            f"the demo did not end within {BOUND:.0f} s (left running: {_still_running(mark)}); "
            f"its output:\n{stdout[-4000:]}{stderr[-4000:]}"
        )
    return subprocess.CompletedProcess(command, demo.returncode, stdout, stderr), mark


def test_the_fleet_keeps_every_promise_and_the_demo_stops_all_it_started() -> None:
    demo, mark = _run()
    out = demo.stdout
    assert demo.returncode == 0, out[-4000:] + demo.stderr[-4000:]
    assert "Redis                 redis://127.0.0.1:" in out
    assert "(uvicorn, 4 workers)" in out
    assert "(2 processes)" in out
    voice = re.findall(
        r"POST (http://127\.0\.0\.1:\d+)/voice -> 200, TwiML streaming to (\S+)", out
    )
    assert len(voice) == 6
    assert len({process for process, _ in voice}) == 2
    assert len({url for _, url in voice}) == 1
    assert "answers: 204 (200); by worker:" in out
    reads = re.findall(r"read +\d+: worker (\d+): +(\d+) utterances, (.+)", out)
    assert len(reads) >= 8
    assert len({worker for worker, _, _ in reads}) >= 2  # read from several workers
    assert {(count, verdict) for _, count, verdict in reads} == {
        ("200", "the whole call, in order")
    }
    assert "The live screen got 200 utterances, then the end" in out
    assert "The mock ASAPP received 1 stream-URL request(s), 1 start and 1 stop" in out
    assert "BROKEN" not in out
    assert out.rstrip().endswith("Done: every promise held.")
    _assert_nothing_left_behind(mark)


def test_without_redis_the_demo_names_the_broken_promises_and_fails() -> None:
    demo, mark = _run("--without-redis")
    assert demo.returncode == 1, demo.stdout[-4000:] + demo.stderr[-4000:]
    broken = re.findall(r"BROKEN  (.+)", demo.stdout)
    assert any("2 stream-URL request(s) to ASAPP" in line for line in broken), broken
    assert any("returned the whole call" in line for line in broken), broken
    assert "Some promises did not hold." in demo.stderr
    assert "Everything the demo started is stopped." in demo.stdout
    _assert_nothing_left_behind(mark)


def test_ctrl_c_stops_everything_the_demo_started() -> None:
    environment, mark = _marked_environment()
    # In a session of its own, as a terminal's foreground job is: Ctrl-C signals its group.
    demo = subprocess.Popen(
        [sys.executable, str(DEMO), "--pause"],
        cwd=REPO_ROOT,
        env=environment,
        stdin=subprocess.PIPE,  # never written: the demo waits there
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,  # unbuffered: a line read is all that was taken, so select sees the rest
        start_new_session=True,
        # Started with Ctrl-C ignored, as a shell's background job is: the demo still stops.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        assert demo.stdout is not None
        seen = ""
        ends_at = time.monotonic() + BOUND
        while "press Enter to play the call" not in seen:  # the fleet is up, and waits
            readable, _, _ = select.select(
                [demo.stdout], [], [], max(0.0, ends_at - time.monotonic())
            )
            line = demo.stdout.readline().decode() if readable else ""
            assert line, f"the demo never got to play the call:\n{seen}"
            seen += line
        assert _left_behind(mark), "the fleet's processes are not found by their mark"
        os.killpg(demo.pid, signal.SIGINT)
        status = demo.wait(timeout=BOUND)
        stderr = demo.stderr.read().decode() if demo.stderr is not None else ""
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
        for stream in (demo.stdin, demo.stdout, demo.stderr):
            if stream is not None:
                stream.close()
    assert status == 130, stderr
    assert "Interrupted; everything the demo started is stopped." in stderr
    _assert_nothing_left_behind(mark)
