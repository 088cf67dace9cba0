"""The call's deadline over real sockets: a server that never answers, one that asks to wait
longer than the deadline allows, one that answers at once and then never again.

What shows the deadline at work is how a call ends, not how long it took: the attempts'
own timeout (30 s) outlasts the server's patience (BOUND), so an attempt the deadline did
not cut ends with the server's hang-up, a connection error, not a timeout."""

from __future__ import annotations

import pytest

from asapp_mg_autotranscribe import APITimeoutError, ServiceUnavailableError

from .fake_asapp import FakeAsapp, no_answer, respond
from .sdk_calls import call, cut_by_the_clock


def test_a_server_that_never_answers_meets_the_deadline(kind: str, server: FakeAsapp) -> None:
    server.answer(no_answer())
    outcome = call(kind, server.base_url, "stream_url", timeout=30.0, deadline=1.0)
    error = outcome.raised(APITimeoutError)
    assert "deadline" in str(error)
    assert cut_by_the_clock(error)
    assert outcome.elapsed >= 1.0 * 0.9  # not before the deadline


def test_a_wait_that_would_cross_the_deadline_is_not_taken(kind: str, server: FakeAsapp) -> None:
    server.answer(
        respond(503, {"error": {"requestId": "r", "message": "busy"}}, {"retry-after": "30"})
    )
    outcome = call(kind, server.base_url, "start", deadline=10.0)
    error = outcome.raised(APITimeoutError)
    assert isinstance(error.__cause__, ServiceUnavailableError)
    assert error.__cause__.request_id == "r"
    assert outcome.sleeps == []
    assert len(server.requests) == 1


@pytest.mark.parametrize("operation", ["stream_url", "start"])
def test_an_attempt_after_a_retry_gets_what_is_left(
    kind: str, server: FakeAsapp, operation: str
) -> None:
    # The first answer asks for no wait, so the retry is always taken; the second never
    # comes, and only the deadline (not the 30 s timeout) can end that attempt.
    busy = respond(503, {"error": {"requestId": "r", "message": "busy"}}, {"retry-after": "0"})
    server.answer(busy, no_answer())
    outcome = call(kind, server.base_url, operation, timeout=30.0, deadline=1.5, max_retries=5)
    error = outcome.raised(APITimeoutError)
    assert "deadline" in str(error)
    assert cut_by_the_clock(error)
    assert outcome.sleeps == [0.0]
    assert len(server.requests) == 2
