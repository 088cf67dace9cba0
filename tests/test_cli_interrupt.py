"""Ctrl-C in the command line's own process (``_interrupt``): status 130 and exactly one line
on stderr, wherever the signal lands. The handler is driven here by hand, its way out of
the process (``os._exit``) and its writes to file descriptor 2 recorded; the whole process
is interrupted for real in test_cli_process.py."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from typing import Any

import pytest

from asapp_mg_autotranscribe import _interrupt


class Exited(BaseException):
    """What the recorded ``os._exit`` raises instead of ending the test run."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@pytest.fixture
def stderr_writes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """The handler installed as in the command's process, with ``os._exit`` and the writes
    to stderr recorded; the test run's own SIGINT handler put back afterwards."""
    written: list[bytes] = []

    def write(fd: int, data: bytes) -> int:
        assert fd == 2
        written.append(data)
        return len(data)

    def exit_(status: int) -> None:
        raise Exited(status)

    monkeypatch.setattr(_interrupt.os, "write", write)
    monkeypatch.setattr(_interrupt.os, "_exit", exit_)
    monkeypatch.setattr(_interrupt, "_installed", None)
    previous = signal.getsignal(signal.SIGINT)
    try:
        _interrupt.end_process_on_interrupt()
        yield written
    finally:
        signal.signal(signal.SIGINT, previous)


def interrupt() -> None:
    handler: Any = signal.getsignal(signal.SIGINT)
    handler(signal.SIGINT, None)


def test_an_interrupt_ends_the_process_with_one_line(stderr_writes: list[bytes]) -> None:
    with pytest.raises(Exited) as exited:
        interrupt()
    assert exited.value.status == 130
    assert stderr_writes == [b"asapp-mg-autotranscribe: interrupted\n"]


def speak_through(interrupts: int, stderr_writes: list[bytes]) -> int:
    """Write the command's last line, interrupted ``interrupts`` times on the way; the
    status the process then ends with."""

    def speak() -> None:
        with _interrupt.last_words():
            for _ in range(interrupts):
                interrupt()  # the first returns: the line is being written
            stderr_writes.append(b"the command's own line\n")

    with pytest.raises(Exited) as exited:
        speak()
    return exited.value.status


def test_an_interrupt_while_the_last_line_is_written_waits_for_it(
    stderr_writes: list[bytes],
) -> None:
    assert speak_through(1, stderr_writes) == 130
    assert stderr_writes == [b"the command's own line\n"]


def test_a_second_interrupt_while_the_line_is_written_ends_at_once(
    stderr_writes: list[bytes],
) -> None:
    assert speak_through(2, stderr_writes) == 130
    assert stderr_writes == []


def test_an_interrupt_after_the_last_line_adds_none(stderr_writes: list[bytes]) -> None:
    with _interrupt.last_words():
        stderr_writes.append(b"the command's own line\n")
    with pytest.raises(Exited) as exited:
        interrupt()
    assert exited.value.status == 130
    assert stderr_writes == [b"the command's own line\n"]


def test_outside_the_command_s_process_nothing_is_taken_over() -> None:
    assert _interrupt._installed is None
    before = signal.getsignal(signal.SIGINT)
    with _interrupt.last_words():
        pass
    assert signal.getsignal(signal.SIGINT) is before
