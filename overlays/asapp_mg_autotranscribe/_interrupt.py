"""Ctrl-C in the command line's own process: exit status 130 and one line on stderr,
wherever the signal lands once the package has loaded (loading the command's modules, a
request, printing an error). Before that, while Python imports the package itself, no
handler of ours can be in place yet.

Python's own answer to SIGINT, a KeyboardInterrupt, can land anywhere, inside an
``except`` or ``finally`` too, and then ends in a traceback. So the process's entry
point (``__main__.run``) replaces it, before the command line's modules load, with a
handler that ends the process at once. The command's own last line on stderr is written
inside ``last_words()``: an interrupt meanwhile lets it finish, then ends the process
without a second line. Imported by the entry point first: it loads nothing heavy.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from types import FrameType

from ._version import __title__

__all__ = ["EXIT_INTERRUPTED", "INTERRUPTED", "end_process_on_interrupt", "last_words"]

EXIT_INTERRUPTED = 130
INTERRUPTED = "interrupted"
"""What the command says on stderr when interrupted (after its name)."""


class _Interrupts:
    """The process's SIGINT handler, and whether the command's last line is on stderr."""

    def __init__(self) -> None:
        self.speaking = False
        self.spoken = False
        self.pending = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.speaking and not self.pending:
            self.pending = True  # ended as soon as the line is out
            return
        if not (self.spoken or self.speaking):
            with contextlib.suppress(OSError):
                os.write(2, f"{__title__}: {INTERRUPTED}\n".encode())
        os._exit(EXIT_INTERRUPTED)


_installed: _Interrupts | None = None


def end_process_on_interrupt() -> None:
    """From now on, SIGINT ends this process with status 130 and one line on stderr
    (call it from the main thread of a process that is the command line)."""
    global _installed
    _installed = _Interrupts()
    signal.signal(signal.SIGINT, _installed)


@contextlib.contextmanager
def last_words() -> Iterator[None]:
    """Around writing the command's one line on stderr: once inside, an interrupt waits
    for the line to be written, then ends the process without another."""
    interrupts = _installed
    if interrupts is None:  # not the command line's own process (a test, an embedding)
        yield
        return
    interrupts.speaking = True
    try:
        yield
    finally:
        interrupts.speaking = False
        interrupts.spoken = True
        if interrupts.pending:
            os._exit(EXIT_INTERRUPTED)
