"""Both clients take their proxy from the environment as httpx does (``HTTP_PROXY``,
``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), and an attempt through a proxy ends at its
timeout as a direct one does.

The fake server plays the proxy: a plain-http proxy gets each request in absolute form
(``GET http://host:port/path``) and answers it itself. The API's own address refuses
connections, so an answer proves that the request went through the proxy.
"""

from __future__ import annotations

import pytest

from asapp_mg_autotranscribe import APIConnectionError, APITimeoutError

from .fake_asapp import FakeAsapp, respond
from .sdk_calls import OK_BODIES, call
from .test_attempt_deadline import TIMEOUT, head_in_pieces, on_both_clients

_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def proxy_from_environment(monkeypatch: pytest.MonkeyPatch, server: FakeAsapp) -> None:
    """``HTTP_PROXY`` names the fake server; no other proxy setting is left in the way."""
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("HTTP_PROXY", server.base_url)


@pytest.mark.usefixtures("proxy_from_environment")
def test_both_clients_send_through_the_proxy_the_environment_names(
    kind: str, server: FakeAsapp, refusing_url: str
) -> None:
    server.answer(respond(200, OK_BODIES["stream_url"]))
    outcome = call(kind, refusing_url, "stream_url", max_retries=0)
    assert outcome.error is None, outcome.error
    (request,) = server.requests
    assert request.path == f"{refusing_url}/mg-autotranscribe/v1/twilio-media-stream-url"


@pytest.mark.usefixtures("proxy_from_environment")
def test_no_proxy_sends_directly(
    kind: str, server: FakeAsapp, refusing_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    outcome = call(kind, refusing_url, "stream_url", max_retries=0)
    outcome.raised(APIConnectionError)
    assert server.requests == []


@pytest.mark.usefixtures("proxy_from_environment")
def test_a_head_in_pieces_through_a_proxy_does_not_stretch_the_attempt(
    server: FakeAsapp, refusing_url: str
) -> None:
    server.answer(head_in_pieces())
    for outcome in on_both_clients(server, TIMEOUT, base_url=refusing_url).values():
        outcome.raised(APITimeoutError)
