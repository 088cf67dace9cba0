"""An attempt ends at its timeout however the server spaces out what it sends.

Each server below sends a whole, valid answer in pieces, each gap shorter than the read
timeout, so that no single read ever times out, but the whole takes longer than the attempt's
timeout: a body in pieces, a head in pieces, ``100 Continue`` interim answers before the
final one. A client that bounds each read only gets the answer; one that bounds the attempt
cannot, however loaded the machine, since the server's pauses last at least as long as asked.
With ``max_retries=0`` each call must end with APITimeoutError. The sync and the async
client make their calls at once, each in a thread; one still running after BOUND (a safety
net) stops the server and fails the test.
"""

from __future__ import annotations

import json
import threading

import pytest

from asapp_mg_autotranscribe import APITimeoutError

from .fake_asapp import BOUND, Answer, FakeAsapp, Wire
from .sdk_calls import OK_BODIES, Outcome, call

TIMEOUT = 0.5
GAP = 0.6 * TIMEOUT  # between two pieces: each read gets something within its timeout
PIECES = 4  # so the whole answer takes at least 3 x GAP = 1.8 x TIMEOUT

_BODY = json.dumps(OK_BODIES["stream_url"]).encode()
_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
    b"Content-Length: " + str(len(_BODY)).encode() + b"\r\n\r\n"
)


def on_both_clients(
    server: FakeAsapp, timeout: float, *, base_url: str | None = None
) -> dict[str, Outcome]:
    """A stream-URL call through each client (to ``base_url``, by default the server), at
    once, each in a thread; their outcomes, by kind. The test fails if either runs past BOUND."""
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
    for thread in threads.values():
        thread.start()
    for thread in threads.values():
        thread.join(BOUND)
    late = [kind for kind, thread in threads.items() if thread.is_alive()]
    if late:
        server.stop()  # the answers end, and with them the calls
        for thread in threads.values():
            thread.join(BOUND)
        pytest.fail(f"still running {BOUND:g} s after they started: {late}")
    if failures:
        raise failures[0]
    assert len(server.requests) == 2
    return outcomes


def in_pieces(*pieces: bytes) -> Answer:
    """``pieces`` written GAP seconds apart; then wait for the client to hang up."""

    def answer(wire: Wire) -> bool:
        for index, piece in enumerate(pieces):
            if (index and not wire.pause(GAP)) or not wire.send(piece):
                return False
        wire.wait_for_hangup()
        return False

    return answer


def split(data: bytes) -> list[bytes]:
    """``data`` cut into PIECES pieces."""
    size = -(-len(data) // PIECES)
    return [data[start : start + size] for start in range(0, len(data), size)]


def body_in_pieces() -> Answer:
    """The head and the start of the body at once, the rest of the body in pieces."""
    first, *rest = split(_BODY)
    return in_pieces(_HEAD + first, *rest)


def head_in_pieces() -> Answer:
    """The head in pieces, the body with its last piece."""
    *pieces, last = split(_HEAD)
    return in_pieces(*pieces, last + _BODY)


def interim_answers() -> Answer:
    """``HTTP/1.1 100 Continue`` interim answers, then the final answer."""
    return in_pieces(*[b"HTTP/1.1 100 Continue\r\n\r\n"] * (PIECES - 1), _HEAD + _BODY)


def test_a_body_in_pieces_does_not_stretch_the_attempt(server: FakeAsapp) -> None:
    server.answer(body_in_pieces())
    for outcome in on_both_clients(server, TIMEOUT).values():
        outcome.raised(APITimeoutError)


def test_a_head_in_pieces_does_not_stretch_the_attempt(server: FakeAsapp) -> None:
    server.answer(head_in_pieces())
    for outcome in on_both_clients(server, TIMEOUT).values():
        outcome.raised(APITimeoutError)


def test_interim_answers_do_not_stretch_the_attempt(server: FakeAsapp) -> None:
    server.answer(interim_answers())
    for outcome in on_both_clients(server, TIMEOUT).values():
        outcome.raised(APITimeoutError)
