"""TranscriptWebhook behind real servers: every answer of the contract over loopback HTTP.

The ASGI app runs in a uvicorn process, the WSGI app in a gunicorn process (one gthread
worker): their log is the process's output. The WSGI app also runs in wsgiref and waitress
in a thread (their log is the package logger's records), and in werkzeug's server for
chunked bodies, which wsgiref cannot read. After every test, no log line holds the secret
or the utterance text.
"""

from __future__ import annotations

import logging
import re
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from .receiver_app import FAILING_STREAM, FAILURES, MAX_BODY_BYTES, Receiver
from .samples import CALL_SID, PRIVATE_TEXT, SECRET, SECRET_NAME, body, message
from .servers import GunicornProcess, ThreadedWsgiServer, UvicornProcess, WaitressServer

PATH = "/asapp/transcripts"
TIMEOUT = 10.0


class _Records(logging.Handler):
    """The package logger's records, formatted, for the servers run in this process."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.getMessage()}")


@dataclass
class Served:
    """A receiver behind a server, and how to read what it logged."""

    name: str
    base_url: str
    secret_in: str
    # Whether the server hands a chunked body to the app (wsgiref does not: 411).
    reads_chunked_bodies: bool
    log_text: Callable[[], str]

    def request(
        self,
        content: bytes | Iterator[bytes] | None = None,
        *,
        method: str = "POST",
        secret: str | None = SECRET,
        headers: list[tuple[str, str]] | None = None,
        params: list[tuple[str, str]] | None = None,
        query: str = "",
    ) -> httpx.Response:
        """A request to the receiver, carrying ``secret`` where it expects it; ``query`` is
        sent as it is written."""
        headers = list(headers or [])
        params = list(params or [])
        if secret is not None:
            (headers if self.secret_in == "header" else params).append((SECRET_NAME, secret))
        with httpx.Client(timeout=TIMEOUT) as client:
            url = httpx.URL(self.base_url + PATH + (f"?{query}" if query else ""))
            if params:
                url = url.copy_merge_params(params)
            return client.request(method, url, content=content, headers=headers)

    def received(self) -> list[dict[str, Any]]:
        """The messages on_event was given so far."""
        with httpx.Client(timeout=TIMEOUT) as client:
            response = client.get(self.base_url + "/__events")
        response.raise_for_status()
        received: list[dict[str, Any]] = response.json()
        return received


_SERVED = [
    "uvicorn-header-sync",
    "uvicorn-query-async",
    "gunicorn-header",
    "gunicorn-query",
    "wsgiref-header",
    "wsgiref-query",
    "waitress-header",
]


@pytest.fixture(scope="module", params=_SERVED)
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    server, secret_in, *callback = request.param.split("-")
    if server in ("uvicorn", "gunicorn"):
        log_path: Path = tmp_path_factory.mktemp(server) / "output.log"
        environment = {"TRANSCRIPT_TEST_SECRET_IN": secret_in}
        process: UvicornProcess | GunicornProcess
        if server == "uvicorn":
            environment["TRANSCRIPT_TEST_CALLBACK"] = callback[0]
            factory = "transcripts.receiver_app:asgi_from_environment"
            process = UvicornProcess(factory, log_path, environment)
        else:
            factory = "transcripts.receiver_app:wsgi_from_environment"
            process = GunicornProcess(factory, log_path, environment)
        try:
            yield Served(request.param, process.base_url, secret_in, True, process.log_text)
        finally:
            process.stop()
        return
    records = _Records()
    logger = logging.getLogger("asapp_mg_autotranscribe")
    logger.addHandler(records)
    receiver = Receiver(secret_in=secret_in)
    wsgi = (
        ThreadedWsgiServer(receiver.wsgi) if server == "wsgiref" else WaitressServer(receiver.wsgi)
    )
    try:
        yield Served(
            request.param,
            wsgi.base_url,
            secret_in,
            server == "waitress",
            lambda: "\n".join(records.lines),
        )
    finally:
        wsgi.stop()
        logger.removeHandler(records)


@pytest.fixture(autouse=True)
def _no_secret_or_text_in_any_log_line(request: pytest.FixtureRequest) -> Iterator[None]:
    name = "served" if "served" in request.fixturenames else "werkzeug_served"
    served: Served = request.getfixturevalue(name)
    yield
    text = served.log_text()
    assert SECRET not in text
    assert PRIVATE_TEXT not in text
    assert "private-Utterance" not in text


def test_a_transcript_is_handed_to_on_event_and_answered_204(served: Served) -> None:
    before = served.received()
    sent = message(start=1000 + len(before))
    response = served.request(body(start=sent["autotranscribeResponse"]["start"]))
    assert response.status_code == 204
    assert response.content == b""
    assert served.received() == [*before, sent]


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])
def test_any_other_method_is_answered_405_before_the_secret_is_checked(
    served: Served, method: str
) -> None:
    before = served.received()
    for secret in (SECRET, None, "wrong"):
        response = served.request(body(), method=method, secret=secret)
        assert response.status_code == 405
        assert response.headers["allow"] == "POST"
    assert served.received() == before


@pytest.mark.parametrize(
    "secret",
    [None, "wrong", SECRET + "x", SECRET[:-1], SECRET.upper(), SECRET[:-1] + "!", ""],
    ids=["missing", "wrong", "longer", "shorter", "other-case", "same-length", "empty"],
)
def test_a_missing_or_wrong_secret_is_answered_401(served: Served, secret: str | None) -> None:
    before = served.received()
    for content in (body(), b"not json", b"x" * (MAX_BODY_BYTES * 2)):
        response = served.request(content, secret=secret)
        assert response.status_code == 401
        assert response.headers["content-type"] == "text/plain; charset=utf-8"
        assert response.text == "the secret is missing or wrong\n"
    assert served.received() == before
    assert "WARNING" in served.log_text()
    where = f"{SECRET_NAME} {'header' if served.secret_in == 'header' else 'query parameter'}"
    reason = f"missing (no {where})" if secret is None else f"wrong ({where})"
    assert f"answered 401: the secret is {reason}" in served.log_text()


def _percent_encoded(text: str) -> str:
    """Every byte as %XX: the same value once decoded, and not the secret as it reads."""
    return "".join(f"%{byte:02X}" for byte in text.encode())


def test_the_secret_twice_or_in_the_other_place_is_answered_401(served: Served) -> None:
    before = served.received()
    where = "headers" if served.secret_in == "header" else "params"
    twice = served.request(body(), **{where: [(SECRET_NAME, SECRET)]})
    if served.secret_in == "header":
        elsewhere = served.request(
            body(), secret=None, query=f"{SECRET_NAME}={_percent_encoded(SECRET)}"
        )
    else:
        elsewhere = served.request(body(), secret=None, headers=[(SECRET_NAME, SECRET)])
    assert (twice.status_code, elsewhere.status_code) == (401, 401)
    assert served.received() == before


@pytest.mark.parametrize("served", [name for name in _SERVED if "-query" in name], indirect=True)
def test_a_percent_encoded_query_secret_is_decoded(served: Served) -> None:
    response = served.request(
        body(), secret=None, query=f"{SECRET_NAME}={_percent_encoded(SECRET)}"
    )
    assert response.status_code == 204


@pytest.mark.parametrize("served", [name for name in _SERVED if "-header" in name], indirect=True)
def test_the_header_name_is_case_insensitive(served: Served) -> None:
    response = served.request(body(), secret=None, headers=[(SECRET_NAME.lower(), SECRET)])
    assert response.status_code == 204


def test_a_body_over_the_bound_is_answered_413_by_its_content_length(served: Served) -> None:
    before = served.received()
    padded = body(text="a" * MAX_BODY_BYTES)
    for content in (padded, b"{" * (MAX_BODY_BYTES + 1)):
        response = served.request(content)
        assert response.status_code == 413
        assert response.text == f"the body is over {MAX_BODY_BYTES} bytes\n"
    assert served.received() == before
    assert f"answered 413: the body is over {MAX_BODY_BYTES} bytes" in served.log_text()


def test_a_body_at_the_bound_is_read(served: Served) -> None:
    padding = MAX_BODY_BYTES - len(body(text=""))
    response = served.request(body(text="a" * padding, start=7))
    assert response.status_code == 204
    assert served.received()[-1]["autotranscribeResponse"]["start"] == 7


def _chunks(content: bytes, size: int = 100) -> Iterator[bytes]:
    for start in range(0, len(content), size):
        yield content[start : start + size]


def test_a_chunked_body_over_the_bound_is_answered_413(served: Served) -> None:
    before = served.received()
    response = served.request(_chunks(body(text="a" * MAX_BODY_BYTES)))
    assert response.status_code == (413 if served.reads_chunked_bodies else 411)
    small = served.request(_chunks(body(start=3)))
    assert small.status_code == (204 if served.reads_chunked_bodies else 411)
    expected = [*before, message(start=3)] if served.reads_chunked_bodies else before
    assert served.received() == expected


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the body is not JSON (Expecting value at line 1 column 1)"),
        (PRIVATE_TEXT.encode(), "the body is not JSON"),
        (b"\xff" + body(), "the body is not UTF-8"),
        (body().replace(b'"transcript"', b'"other"', 1), "type: expected one of 'transcript'"),
        (body().replace(b'"start": 400', b'"start": "400"'), "autotranscribeResponse.start: "),
        (b'{"type": "transcript"}', "externalConversationId: expected a value"),
    ],
    ids=["empty", "text", "not-utf8", "other-type", "start-a-string", "missing"],
)
def test_a_body_that_is_not_an_event_is_answered_400(
    served: Served, content: bytes, reason: str
) -> None:
    before = served.received()
    response = served.request(content)
    assert response.status_code == 400
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.text.startswith("not a transcript event: " + reason)
    assert "private-Utterance" not in response.text
    assert served.received() == before
    assert "answered 400: not a transcript event: " + reason in served.log_text()


def test_an_on_event_that_raises_is_answered_500_and_logged_without_its_message(
    served: Served,
) -> None:
    before = served.received()
    response = served.request(body(stream_id=FAILING_STREAM))
    assert response.status_code == 500
    assert response.text == "the event was not handled\n"
    assert served.received() == before
    lines = [line for line in served.log_text().splitlines() if "on_event raised" in line]
    assert lines
    assert "ERROR" in lines[-1]
    assert "on_event raised RuntimeError at " in lines[-1]
    assert "receiver_app.py:" in lines[-1]
    assert f"for call {CALL_SID!r}; answered 500" in lines[-1]
    assert "Traceback" not in served.log_text()


@pytest.mark.parametrize("stream_id", list(FAILURES))
def test_after_an_on_event_that_raises_anything_the_server_answers_and_keeps_its_events(
    served: Served, stream_id: str
) -> None:
    kept = served.request(body(start=len(served.received()) + 5000))
    assert kept.status_code == 204
    before = served.received()
    failed = served.request(body(stream_id=stream_id))
    assert failed.status_code == 500
    assert failed.text == "the event was not handled\n"
    after = served.request(body(start=len(before) + 6000))
    assert after.status_code == 204
    # The same process answers, with what it held before: no worker was restarted.
    assert served.received() == [*before, message(start=len(before) + 6000)]
    name = FAILURES[stream_id].__qualname__
    assert f"on_event raised {name}" in served.log_text() or (
        f"on_event raised transcripts.receiver_app.{name}" in served.log_text()
    )
    assert "Traceback" not in served.log_text()
    assert served.log_text().count("Booting worker") <= 1


@pytest.mark.parametrize(
    "served", [name for name in _SERVED if name.startswith("uvicorn")], indirect=True
)
def test_uvicorns_access_log_shows_the_query_secret_masked(served: Served) -> None:
    response = served.request(body(), params=[("other", "kept")])
    assert response.status_code == 204
    if served.secret_in == "query":
        assert f"?other=kept&{SECRET_NAME}=*** HTTP/1.1" in served.log_text()
    else:
        assert "?other=kept HTTP/1.1" in served.log_text()


# --- werkzeug: a WSGI server that de-chunks ----------------------------------------------------


@pytest.fixture(scope="module")
def werkzeug_served() -> Iterator[Served]:
    records = _Records()
    logger = logging.getLogger("asapp_mg_autotranscribe")
    logger.addHandler(records)
    receiver = Receiver(secret_in="header")
    wsgi = ThreadedWsgiServer(receiver.wsgi, kind="werkzeug")
    try:
        yield Served("werkzeug", wsgi.base_url, "header", True, lambda: "\n".join(records.lines))
    finally:
        wsgi.stop()
        logger.removeHandler(records)


def test_a_chunked_body_through_a_wsgi_server_that_dechunks(werkzeug_served: Served) -> None:
    test_a_chunked_body_over_the_bound_is_answered_413(werkzeug_served)
    text = werkzeug_served.log_text()
    assert f"answered 413: the body is over {MAX_BODY_BYTES} bytes" in text
    assert SECRET not in text
    assert PRIVATE_TEXT not in text


# --- waitress, as the README serves it ----------------------------------------------------------


def _readme_waitress_body_limit() -> int:
    """The ``max_request_body_size`` of the README's ``waitress.serve`` line."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if line.startswith("waitress.serve(")]
    assert len(lines) == 1
    found = re.search(r"max_request_body_size=(\d+) \* (\d+)\)", lines[0])
    assert found is not None
    return int(found.group(1)) * int(found.group(2))


def test_waitress_as_the_readme_serves_it_refuses_a_large_body_before_it_is_sent() -> None:
    limit = _readme_waitress_body_limit()
    assert limit == 256 * 1024  # the receiver's own default bound
    receiver = Receiver(max_body_bytes=limit)
    server = WaitressServer(receiver.webhook.wsgi, max_request_body_size=limit)
    try:
        port = int(server.base_url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as connection:
            declared = 64 * 1024 * 1024
            connection.sendall(
                f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n{SECRET_NAME}: {SECRET}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {declared}\r\n\r\n".encode()
                + b"{" * 1024
            )
            # Answered with 1 KiB of the 64 MiB sent: waitress did not wait for the rest.
            answer = connection.recv(4096)
    finally:
        server.stop()
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert receiver.received_json() == b"[]"
