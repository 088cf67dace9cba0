"""The call's deadline over real sockets: a server that never answers, one that asks to wait
longer than the deadline allows, one that answers at once and then never again, one that
trickles a body to a sync client on an http_client of the caller's.

What shows the deadline at work is how a call ends, not how long it took: the attempts'
own timeout (30 s) outlasts the server's patience (BOUND), so an attempt the deadline did
not cut ends with the server's hang-up, a connection error, not a timeout."""

from __future__ import annotations

import httpx
import pytest
from doubles import API_ID, API_SECRET

from asapp_mg_autotranscribe import APITimeoutError, AutoTranscribeClient, ServiceUnavailableError

from .fake_asapp import FakeAsapp, no_answer, respond, trickle
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


def test_on_your_own_http_client_a_trickled_body_meets_the_deadline(server: FakeAsapp) -> None:
    """httpx's per-read timeout never trips on a byte every 20 ms: the SDK's check of the
    deadline at every chunk of the body ends the call (without it, the body's 1,000 bytes
    would all arrive, 20 s later, and not parse)."""
    server.answer(trickle(interval=0.02))
    with (
        httpx.Client(trust_env=False) as http_client,
        AutoTranscribeClient(
            api_id=API_ID,
            api_secret=API_SECRET,
            base_url=server.base_url,
            http_client=http_client,
            timeout=30.0,
            deadline=1.0,
            max_retries=0,
            environment={},
        ) as client,
        pytest.raises(APITimeoutError, match="deadline of the call passed"),
    ):
        client.get_twilio_media_stream_url()
