"""examples/transcripts_fastapi.py's live transcript (server-sent events from follow(), with
either collector) and its fleet mode (ASAPP_REDIS_URL: the transcripts in Redis, every worker
serving every call whole), against real uvicorn processes and a real redis-server."""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from doubles import load_example
from fleet.servers import RedisServer
from httpx_sse import EventSource, ServerSentEvent, connect_sse

from .conftest import EXAMPLES
from .samples import SECRET, SECRET_NAME, message
from .servers import UvicornProcess

HOOK = "/asapp/transcripts"
# Each read of a live stream waits at most this long: a missing event fails, never hangs.
READ_TIMEOUT = 15.0


@contextlib.contextmanager
def served(log_path: Path, redis_url: str | None = None) -> Iterator[UvicornProcess]:
    """The example under uvicorn, with ASAPP_REDIS_URL if ``redis_url`` is given."""
    environment = {"TRANSCRIPT_WEBHOOK_SECRET": SECRET}
    if redis_url is not None:
        environment["ASAPP_REDIS_URL"] = redis_url
    process = UvicornProcess(
        "transcripts_fastapi:create_app", log_path, environment, app_dir=EXAMPLES
    )
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture
def redis_receivers(redis_server: RedisServer, tmp_path: Path) -> Iterator[list[UvicornProcess]]:
    """Two receivers in their own processes, sharing the redis-server."""
    with (
        served(tmp_path / "first.log", redis_server.url) as first,
        served(tmp_path / "second.log", redis_server.url) as second,
    ):
        yield [first, second]


def _http(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, timeout=httpx.Timeout(READ_TIMEOUT))


def _post(base_url: str, **fields: Any) -> None:
    """POST one message as ASAPP does, on a connection of its own; it must be kept (204)."""
    with _http(base_url) as http:
        response = http.post(
            HOOK, content=json.dumps(message(**fields)), headers={SECRET_NAME: SECRET}
        )
    assert response.status_code == 204, response.text


def _transcript(base_url: str, call: str) -> list[dict[str, Any]]:
    with _http(base_url) as http:
        response = http.get(f"/calls/{call}/transcript")
    assert response.status_code == 200, response.text
    listed: list[dict[str, Any]] = response.json()
    return listed


def _utterance(events: Iterator[ServerSentEvent]) -> dict[str, Any]:
    event = next(events)
    assert event.event == "utterance", event
    data: dict[str, Any] = json.loads(event.data)
    return data


def _follow_while_posting(follow_at: str, post_at: str, call: str) -> None:
    """What an agent's screen sees: the call so far, each new utterance as it is POSTed (to
    ``post_at``), and the end once the call is forgotten there."""
    _post(post_at, call=call, start=400, text="first, said before the screen opened")
    with (
        _http(follow_at) as http,
        connect_sse(http, "GET", f"/calls/{call}/transcript/live") as live,
    ):
        _check_headers(live)
        events = live.iter_sse()
        seen = [_utterance(events)]  # the stream is open and following the call from here
        _post(post_at, call=call, start=4744, role="agent", sender="RE2", text="said live")
        seen.append(_utterance(events))
        # Live order is arrival order: an utterance that started earlier but came late.
        _post(post_at, call=call, start=100, text="late, but spoken first")
        seen.append(_utterance(events))
        transcript = _transcript(post_at, call)
        with _http(post_at) as other:
            assert other.delete(f"/calls/{call}/transcript").json() == transcript
        end = next(events)
        assert (end.event, json.loads(end.data)) == ("end", {})
        assert list(events) == []  # and the stream is over
    assert [item["text"] for item in seen] == [
        "first, said before the screen opened",
        "said live",
        "late, but spoken first",
    ]
    # Each event's data is the same JSON object as one item of the transcript.
    assert sorted(seen, key=lambda item: item["start_ms"]) == transcript


def _check_headers(live: EventSource) -> None:
    assert live.response.status_code == 200
    assert live.response.headers["content-type"].startswith("text/event-stream")
    assert live.response.headers["cache-control"] == "no-cache"


def test_the_live_transcript_streams_the_call_then_each_new_utterance_then_the_end(
    served_example: UvicornProcess,
) -> None:
    _follow_while_posting(served_example.base_url, served_example.base_url, "CAlive-in-process")


def test_with_redis_a_call_posted_to_one_worker_is_followed_live_from_another(
    redis_receivers: list[UvicornProcess],
) -> None:
    first, second = (receiver.base_url for receiver in redis_receivers)
    _follow_while_posting(first, second, "CAlive-across-workers")


def test_with_redis_every_worker_serves_the_whole_call_each_utterance_once(
    redis_receivers: list[UvicornProcess],
) -> None:
    call = "CAwhole-across-workers"
    urls = [receiver.base_url for receiver in redis_receivers]
    starts = [900, 100, 500, 300, 700]  # delivered out of order, to alternate workers
    for number, start in enumerate(starts):
        _post(urls[number % 2], call=call, start=start, text=f"at {start}")
    _post(urls[1], call=call, start=500, text="at 500")  # delivered again, to the other worker
    expected = [f"at {start}" for start in sorted(starts)]
    for url in urls:
        assert [item["text"] for item in _transcript(url, call)] == expected
    with _http(urls[0]) as http:
        assert [
            item["text"] for item in http.delete(f"/calls/{call}/transcript").json()
        ] == expected
    assert [_transcript(url, call) for url in urls] == [[], []]


def test_without_the_redis_variable_each_process_keeps_its_own(tmp_path: Path) -> None:
    call = "CAone-process-each"
    with served(tmp_path / "first.log") as first, served(tmp_path / "second.log") as second:
        _post(first.base_url, call=call, text="kept by the first process")
        assert [item["text"] for item in _transcript(first.base_url, call)] == [
            "kept by the first process"
        ]
        assert _transcript(second.base_url, call) == []


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load_example(EXAMPLES / "transcripts_fastapi.py")


@pytest.mark.anyio
async def test_with_redis_unreachable_posts_are_kept_and_reads_answer_503(
    example: ModuleType, refusing_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    nowhere = f"redis://127.0.0.1:{refusing_port}/0"
    app = example.create_app({"TRANSCRIPT_WEBHOOK_SECRET": SECRET, "ASAPP_REDIS_URL": nowhere})
    call = "CAredis-down"
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as http,
    ):
        posted = await http.post(
            HOOK, content=json.dumps(message(call=call)), headers={SECRET_NAME: SECRET}
        )
        listed = await http.get(f"/calls/{call}/transcript")
        forgotten = await http.delete(f"/calls/{call}/transcript")
        live = await http.get(f"/calls/{call}/transcript/live")
    assert posted.status_code == 204  # kept in the worker's spill
    assert (listed.status_code, forgotten.status_code) == (503, 503)
    assert listed.json() == {"detail": "the transcripts cannot be read now"}
    assert live.status_code == 200
    assert live.text == ""  # no utterance, and no end: the call has not ended
    # Shutting the app down closed its collector, which could not write the spill.
    closing = [record for record in caplog.records if "spilled events" in record.getMessage()]
    assert [record.levelno for record in closing] == [logging.ERROR]
    assert "1 spilled events" in closing[0].getMessage()
