"""An attempt ends at its timeout however the server spaces out what it sends.

Each server below sends something more often than the read timeout, so no single read
ever times out: a body byte, then a long pause, then silence; a head trickled a byte at a
time; an endless run of ``100 Continue`` interim answers. With ``max_retries=0`` the call
must end with APITimeoutError within a margin of the timeout; the margin (SLACK) is the
promise's tolerance, far below what an unbounded attempt takes. The sync and the async
client make their calls at once, each in a thread held to that bound; past it, the server
is stopped (which ends the calls) and the test fails.
"""

from __future__ import annotations

import threading
import time

import pytest

from asapp_mg_autotranscribe import APITimeoutError

from .fake_asapp import BOUND, Answer, FakeAsapp, Wire
from .sdk_calls import Outcome, call

SLACK = 1.0  # room above the timeout for a loaded machine


def on_both_clients(
    server: FakeAsapp, timeout: float, *, base_url: str | None = None
) -> dict[str, Outcome]:
    """A stream-URL call through each client (to ``base_url``, by default the server), at
    once, each in a thread held to ``timeout + SLACK``; their outcomes, by kind. The test
    fails if either runs past it."""
    outcomes: dict[str, Outcome] = {}
    failures: list[BaseException] = []

    def make_call(kind: str) -> None:
        try:
            outcomes[kind] = call(
                kind, base_url or server.base_url, "stream_url", timeout=timeout, max_retries=0
            )
        except BaseException as exc:  # noqa: BLE001 - re-raised on the test's thread
            failures.append(exc)

    threads = {
        kind: threading.Thread(target=make_call, args=(kind,), name=f"{kind}-call", daemon=True)
        for kind in ("sync", "async")
    }
    deadline = time.monotonic() + timeout + SLACK
    for thread in threads.values():
        thread.start()
    for thread in threads.values():
        thread.join(max(0.0, deadline - time.monotonic()))
    late = [kind for kind, thread in threads.items() if thread.is_alive()]
    if late:
        server.stop()  # the answers end, and with them the calls
        for thread in threads.values():
            thread.join(BOUND)
        pytest.fail(f"still running {timeout + SLACK:g} s after they started: {late}")
    if failures:
        raise failures[0]
    assert len(server.requests) == 2
    return outcomes


def byte_pause_byte(pause: float) -> Answer:
    """A 200 head declaring 100 bytes, one byte, ``pause`` seconds, one byte, then silence."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"

    def answer(wire: Wire) -> bool:
        if wire.send(head + b"{") and wire.pause(pause) and wire.send(b" "):
            wire.wait_for_hangup()
        return False

    return answer


def trickled_head(interval: float) -> Answer:
    """A response head sent one byte per ``interval`` seconds, never finished."""
    head = b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 10_000

    def answer(wire: Wire) -> bool:
        for index in range(len(head)):
            if not (wire.send(head[index : index + 1]) and wire.pause(interval)):
                break
        return False

    return answer


def continue_flood(interval: float) -> Answer:
    """``HTTP/1.1 100 Continue`` every ``interval`` seconds, never a final response."""

    def answer(wire: Wire) -> bool:
        while wire.send(b"HTTP/1.1 100 Continue\r\n\r\n") and wire.pause(interval):
            pass
        return False

    return answer


@pytest.mark.hardening(10, "the attempt's deadline is checked only when a body chunk arrives")
def test_a_pause_in_the_body_does_not_stretch_the_attempt(server: FakeAsapp) -> None:
    timeout = 1.2
    # The second byte comes just inside the timeout; the read timeout then starts afresh,
    # so an attempt bounded only per read ends at 1.95 x timeout, past timeout + SLACK.
    server.answer(byte_pause_byte(0.95 * timeout))
    for outcome in on_both_clients(server, timeout).values():
        outcome.raised(APITimeoutError)


@pytest.mark.hardening(
    10, "a response head trickled a byte at a time is bounded only by the per-read timeout"
)
def test_a_trickled_head_does_not_stretch_the_attempt(server: FakeAsapp) -> None:
    timeout = 0.5
    server.answer(trickled_head(0.6 * timeout))
    for outcome in on_both_clients(server, timeout).values():
        outcome.raised(APITimeoutError)


@pytest.mark.hardening(10, "interim 100 Continue answers keep the attempt alive without bound")
def test_a_flood_of_interim_answers_does_not_stretch_the_attempt(server: FakeAsapp) -> None:
    timeout = 0.5
    server.answer(continue_flood(0.3 * timeout))
    for outcome in on_both_clients(server, timeout).values():
        outcome.raised(APITimeoutError)
