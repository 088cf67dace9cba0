"""with_options copies on a shared pool, closed clients, event loops that ended, forks."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import select
import signal
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from doubles import API_ID, API_SECRET, STREAM_URL, WAIT_BOUND
from fault.fake_asapp import Answer, FakeAsapp, Wire, respond

from asapp_mg_autotranscribe import (
    ASAPPError,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    ClientClosedError,
    ConfigurationError,
)

URL_OK = httpx.Response(200, json={"streamingUrl": STREAM_URL})


def on_server(server: FakeAsapp) -> dict[str, Any]:
    """A client's settings for ``server``, on the client's own pool."""
    return {
        "api_id": API_ID,
        "api_secret": API_SECRET,
        "base_url": server.base_url,
        "environment": {},
    }


def test_with_options_makes_a_copy_and_leaves_the_original(make_api: Any) -> None:
    api = make_api(URL_OK, timeout=30.0, max_retries=2)
    original = api.client
    quick = original.with_options(
        timeout=3.0, max_retries=1, deadline=10.0, api_id="other-id", api_secret="other-secret-1"
    )
    assert type(quick) is type(original)
    assert (quick.max_retries, quick.deadline, quick.timeout.read) == (1, 10.0, 3.0)
    assert (original.max_retries, original.deadline, original.timeout.read) == (2, None, 30.0)
    api.call("get_twilio_media_stream_url")
    api.client = quick
    api.call("get_twilio_media_stream_url")
    first, second = api.script.requests
    assert (first.headers["asapp-api-id"], first.headers["asapp-api-secret"]) == (
        API_ID,
        API_SECRET,
    )
    assert (second.headers["asapp-api-id"], second.headers["asapp-api-secret"]) == (
        "other-id",
        "other-secret-1",
    )
    assert "other-secret-1" not in repr(quick)


def test_with_options_can_change_the_base_url_and_checks_what_it_is_given(make_api: Any) -> None:
    api = make_api(URL_OK)
    api.client = api.client.with_options(base_url="http://127.0.0.1:9/prefix")
    api.call("get_twilio_media_stream_url")
    assert str(api.script.requests[0].url).startswith("http://127.0.0.1:9/prefix/mg-")
    for bad in ({"base_url": "http://example.com"}, {"timeout": None}, {"api_secret": "a\nb"}):
        with pytest.raises(ConfigurationError):
            api.client.with_options(**bad)


def test_a_copy_shares_the_pool_one_connection_for_both(kind: str, server: FakeAsapp) -> None:
    server.answer(respond(200, {"streamingUrl": STREAM_URL}))
    settings = on_server(server)
    if kind == "sync":
        with AutoTranscribeClient(**settings) as client:
            copy = client.with_options(timeout=5.0)
            client.get_twilio_media_stream_url()
            copy.get_twilio_media_stream_url()
            copy.close()
            client.get_twilio_media_stream_url()
    else:

        async def run() -> None:
            async with AsyncAutoTranscribeClient(**settings) as client:
                copy = client.with_options(timeout=5.0)
                await client.get_twilio_media_stream_url()
                await copy.get_twilio_media_stream_url()
                await copy.close()
                await client.get_twilio_media_stream_url()

        asyncio.run(run())
    assert len(server.requests) == 3
    assert server.connections == 1


def test_closing_the_original_closes_the_pool_for_every_copy(make_api: Any) -> None:
    api = make_api(URL_OK)
    copy = api.client.with_options(max_retries=0)
    if api.kind == "sync":
        api.client.close()
    else:
        asyncio.run(api.client.close())
    for client in (api.client, copy):
        api.client = client
        with pytest.raises(ClientClosedError, match="was closed: create a new"):
            api.call("get_twilio_media_stream_url")
    assert isinstance(ClientClosedError("x"), RuntimeError)


def test_a_closed_copy_refuses_calls_while_the_original_goes_on(make_api: Any) -> None:
    api = make_api(URL_OK)
    original = api.client
    api.client = original.with_options(max_retries=0)
    if api.kind == "sync":
        api.client.close()
    else:
        asyncio.run(api.client.close())
    with pytest.raises(ClientClosedError, match="this client was closed"):
        api.call("get_twilio_media_stream_url")
    api.client = original
    assert api.call("get_twilio_media_stream_url") == STREAM_URL


def answered_then_hung_up(hung_up: threading.Event) -> Answer:
    """The stream URL; then, once the client closes the connection, ``hung_up`` is set."""
    ok = respond(200, {"streamingUrl": STREAM_URL})

    def answer(wire: Wire) -> bool:
        if ok(wire) and wire.wait_for_hangup():
            hung_up.set()
        return False

    return answer


def test_a_client_closes_its_own_pool_with_itself_and_then_refuses_calls(
    kind: str, server: FakeAsapp
) -> None:
    hung_up = threading.Event()
    server.answer(answered_then_hung_up(hung_up))
    settings = on_server(server)
    if kind == "sync":
        with AutoTranscribeClient(**settings) as client:
            assert client.get_twilio_media_stream_url() == STREAM_URL
        assert hung_up.wait(WAIT_BOUND), "the pool's connection outlived the client"
        with pytest.raises(ClientClosedError, match="this client was closed"):
            client.get_twilio_media_stream_url()
    else:

        async def use_then_close() -> None:
            async with AsyncAutoTranscribeClient(**settings) as client:
                assert await client.get_twilio_media_stream_url() == STREAM_URL
            assert hung_up.wait(WAIT_BOUND), "the pool's connection outlived the client"
            with pytest.raises(ClientClosedError, match="this client was closed"):
                await client.get_twilio_media_stream_url()

        asyncio.run(use_then_close())
    assert len(server.requests) == 1


def test_a_caller_s_closed_http_client_is_a_closed_client_error() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda request: URL_OK))
    client = AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError):
        client.get_twilio_media_stream_url()


def test_an_async_client_whose_event_loop_ended_says_so(
    server: FakeAsapp, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.answer(respond(200, {"streamingUrl": STREAM_URL}))
    client = AsyncAutoTranscribeClient(**on_server(server))
    assert asyncio.run(client.get_twilio_media_stream_url()) == STREAM_URL
    with pytest.raises(ClientClosedError, match="event loop that has ended") as caught:
        asyncio.run(client.get_twilio_media_stream_url())
    # The SDK's error, and still the RuntimeError that asyncio users expect.
    assert isinstance(caught.value, ASAPPError)
    assert isinstance(caught.value, RuntimeError)
    # The first loop ended with the client's connection open (the mistake the error
    # reports); it can no longer be closed, only collected.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        del client, caught
        gc.collect()


class ConnectionsOfOneLoop(httpx.AsyncBaseTransport):
    """A caller's transport whose connections belong to the event loop that first used it,
    as httpcore's do: used again once that loop has ended, it raises what asyncio raises."""

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.loop is not None and self.loop.is_closed():
            raise RuntimeError("Event loop is closed")
        self.loop = asyncio.get_running_loop()
        return httpx.Response(200, json={"streamingUrl": STREAM_URL}, request=request)


def on_caller_s_transport(transport: httpx.AsyncBaseTransport) -> AsyncAutoTranscribeClient:
    http = httpx.AsyncClient(transport=transport)
    return AsyncAutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, http_client=http)


def test_a_caller_s_async_client_stale_in_an_ended_loop_is_a_closed_client_error() -> None:
    # A transport of the caller's that needs no connection goes on in a new loop ...
    client = on_caller_s_transport(httpx.MockTransport(lambda request: URL_OK))
    assert asyncio.run(client.get_twilio_media_stream_url()) == STREAM_URL
    assert asyncio.run(client.get_twilio_media_stream_url()) == STREAM_URL
    # ... and one whose connections died with the old loop says what happened.
    client = on_caller_s_transport(ConnectionsOfOneLoop())
    assert asyncio.run(client.get_twilio_media_stream_url()) == STREAM_URL
    with pytest.raises(ClientClosedError, match="event loop that has ended"):
        asyncio.run(client.get_twilio_media_stream_url())

    # In the same loop, a RuntimeError is the transport's own, and passes through.
    answers: list[Any] = [URL_OK, RuntimeError("Event loop is closed")]

    def answer(request: httpx.Request) -> httpx.Response:
        step = answers.pop(0)
        if isinstance(step, Exception):
            raise step
        return step

    client = on_caller_s_transport(httpx.MockTransport(answer))

    async def twice_in_one_loop() -> None:
        await client.get_twilio_media_stream_url()
        await client.get_twilio_media_stream_url()

    with pytest.raises(RuntimeError, match="Event loop is closed") as caught:
        asyncio.run(twice_in_one_loop())
    assert not isinstance(caught.value, ClientClosedError)


CHILD_BOUND = 10.0  # seconds the parent waits for a forked child to report and exit


def _report_from_a_child(work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Fork; the child runs ``work`` and writes what it returns (or its error) down a pipe.

    The parent reads the pipe until the child's end closes, which it does as the child
    exits, then reaps the child; a child still running after CHILD_BOUND seconds is killed
    and the test fails.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover (the child reports through the pipe, never returns)
        try:
            os.close(read_end)
            try:
                report = work()
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                report = {"error": f"{type(exc).__name__}: {exc}"}
            os.write(write_end, json.dumps(report).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    reported = None
    try:
        reported = _read_until_closed(read_end)
    finally:
        os.close(read_end)
        if reported is None:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if reported is None:
        pytest.fail(f"the forked child did not end within {CHILD_BOUND:g} s")
    if not reported:
        pytest.fail("the forked child exited without a report")
    report: dict[str, Any] = json.loads(reported)
    return report


def _read_until_closed(fd: int) -> bytes | None:
    """Everything read from ``fd`` until its writer closes it; None if that is not within
    CHILD_BOUND seconds."""
    deadline = time.monotonic() + CHILD_BOUND
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            return None
        chunk = os.read(fd, 65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_a_forked_child_gets_a_pool_of_its_own(
    server: FakeAsapp, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.answer(respond(200, {"streamingUrl": STREAM_URL}))
    with AutoTranscribeClient(**on_server(server)) as client:
        assert client.get_twilio_media_stream_url() == STREAM_URL

        def in_the_child() -> dict[str, Any]:
            return {"answer": client.get_twilio_media_stream_url()}

        assert _report_from_a_child(in_the_child) == {"answer": STREAM_URL}
        assert client.get_twilio_media_stream_url() == STREAM_URL
    # The parent's keep-alive connection (the first) stayed the parent's: its second request
    # went out on it again; the child's went out on a connection of its own.
    assert server.connections == 2
    assert [request.connection for request in server.requests] == [1, 2, 1]


def test_clients_do_not_pickle() -> None:
    import pickle

    with (
        AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, environment={}) as client,
        pytest.raises(TypeError),
    ):
        pickle.dumps(client)
