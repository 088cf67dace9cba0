"""Proxies from the environment carry https only, and never see the secret.

Both clients send their https requests through the proxy the environment names
(``HTTPS_PROXY``, ``ALL_PROXY``; not for the hosts in ``NO_PROXY``), in a CONNECT or SOCKS5
tunnel, and an attempt through it ends at its timeout as a direct one does. A plain-http
base URL (a loopback mock) never goes through an environment proxy: the secret would reach
the proxy in clear. An ``http_client`` of the caller's, with a proxy of its own, stays the
caller's choice.

The proxy records every byte it is sent; the API's TLS server has a certificate of the
tests' own CA, trusted through ``SSL_CERT_FILE``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from doubles import API_ID, API_SECRET

from asapp_mg_autotranscribe import (
    APITimeoutError,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    InternalServerError,
)

from .fake_asapp import FakeAsapp, respond
from .recording_proxy import RecordingProxy
from .sdk_calls import OK_BODIES, call
from .test_attempt_deadline import TIMEOUT, head_in_pieces, on_both_clients

STREAM_URL = OK_BODIES["stream_url"]["streamingUrl"]


def assert_never_saw_the_secret(proxy: RecordingProxy) -> None:
    assert API_SECRET.encode() not in proxy.received


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "HTTPS_PROXY"])
def test_a_plain_http_base_url_never_goes_through_an_environment_proxy(
    kind: str,
    server: FakeAsapp,
    proxy: RecordingProxy,
    no_network_settings: pytest.MonkeyPatch,
    variable: str,
) -> None:
    no_network_settings.setenv(variable, proxy.url)
    server.answer(respond(200, OK_BODIES["stream_url"]))
    outcome = call(kind, server.base_url, "stream_url", max_retries=0)
    assert outcome.error is None, outcome.error
    assert proxy.connections == 0
    assert_never_saw_the_secret(proxy)


def test_a_copy_on_a_plain_http_base_url_goes_direct(
    kind: str,
    server: FakeAsapp,
    proxy: RecordingProxy,
    no_network_settings: pytest.MonkeyPatch,
) -> None:
    """with_options shares the pool, which routes by URL: https through the proxy, plain
    http direct."""
    no_network_settings.setenv("ALL_PROXY", proxy.url)
    server.answer(respond(200, OK_BODIES["stream_url"]))
    settings = {"api_id": API_ID, "api_secret": API_SECRET, "environment": {}, "max_retries": 0}
    if kind == "sync":
        with AutoTranscribeClient(**settings) as client:
            url = client.with_options(base_url=server.base_url).get_twilio_media_stream_url()
    else:

        async def through_a_copy() -> str:
            async with AsyncAutoTranscribeClient(**settings) as client:
                copy = client.with_options(base_url=server.base_url)
                return await copy.get_twilio_media_stream_url()

        url = asyncio.run(through_a_copy())
    assert url == STREAM_URL
    assert proxy.connections == 0


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_https_goes_through_the_environment_proxy_in_a_tunnel(
    kind: str,
    tls_server: FakeAsapp,
    proxy: RecordingProxy,
    no_network_settings: pytest.MonkeyPatch,
    ca_file: Path,
    variable: str,
) -> None:
    no_network_settings.setenv("SSL_CERT_FILE", str(ca_file))
    no_network_settings.setenv(variable, proxy.url)
    tls_server.answer(respond(200, OK_BODIES["stream_url"]))
    outcome = call(kind, tls_server.base_url, "stream_url", max_retries=0)
    assert outcome.error is None, outcome.error
    assert proxy.tunnels == [("127.0.0.1", tls_server.port)]
    assert proxy.received.startswith(f"CONNECT 127.0.0.1:{tls_server.port} ".encode())
    assert_never_saw_the_secret(proxy)
    (request,) = tls_server.requests
    assert request.headers["asapp-api-secret"] == API_SECRET


def test_https_goes_through_a_socks_proxy_from_the_environment(
    kind: str,
    tls_server: FakeAsapp,
    proxy: RecordingProxy,
    no_network_settings: pytest.MonkeyPatch,
    ca_file: Path,
) -> None:
    no_network_settings.setenv("SSL_CERT_FILE", str(ca_file))
    no_network_settings.setenv("ALL_PROXY", proxy.socks_url)
    tls_server.answer(respond(200, OK_BODIES["stream_url"]))
    outcome = call(kind, tls_server.base_url, "stream_url", max_retries=0)
    assert outcome.error is None, outcome.error
    assert proxy.tunnels == [("127.0.0.1", tls_server.port)]
    assert_never_saw_the_secret(proxy)


@pytest.mark.parametrize(
    "variables",
    [
        pytest.param({"HTTPS_PROXY": "{proxy}", "NO_PROXY": "127.0.0.1"}, id="no_proxy"),
        pytest.param({"HTTP_PROXY": "{proxy}"}, id="http_proxy_is_for_plain_http"),
    ],
)
def test_https_goes_direct_where_no_proxy_applies(
    kind: str,
    tls_server: FakeAsapp,
    proxy: RecordingProxy,
    no_network_settings: pytest.MonkeyPatch,
    ca_file: Path,
    variables: dict[str, str],
) -> None:
    no_network_settings.setenv("SSL_CERT_FILE", str(ca_file))
    for name, value in variables.items():
        no_network_settings.setenv(name, value.format(proxy=proxy.url))
    tls_server.answer(respond(200, OK_BODIES["stream_url"]))
    outcome = call(kind, tls_server.base_url, "stream_url", max_retries=0)
    assert outcome.error is None, outcome.error
    assert proxy.connections == 0


@pytest.mark.parametrize("through", ["connect", "socks5"])
def test_a_head_in_pieces_through_a_proxy_does_not_stretch_the_attempt(
    tls_server: FakeAsapp,
    proxy: RecordingProxy,
    no_network_settings: pytest.MonkeyPatch,
    ca_file: Path,
    through: str,
) -> None:
    no_network_settings.setenv("SSL_CERT_FILE", str(ca_file))
    no_network_settings.setenv("ALL_PROXY", proxy.url if through == "connect" else proxy.socks_url)
    tls_server.answer(head_in_pieces())
    for outcome in on_both_clients(tls_server, TIMEOUT).values():
        outcome.raised(APITimeoutError)
    assert len(proxy.tunnels) == 2


def test_a_proxy_on_your_own_http_client_is_used_as_you_set_it(
    kind: str, server: FakeAsapp, proxy: RecordingProxy
) -> None:
    """The caller's client goes where it was told, even for plain http: its choice."""
    settings = {
        "api_id": API_ID,
        "api_secret": API_SECRET,
        "base_url": server.base_url,
        "environment": {},
        "max_retries": 0,
    }
    if kind == "sync":
        with (
            httpx.Client(proxy=proxy.url) as http_client,
            AutoTranscribeClient(http_client=http_client, **settings) as client,
            pytest.raises(InternalServerError, match="502"),
        ):
            client.get_twilio_media_stream_url()
    else:

        async def through_your_proxy() -> None:
            async with (
                httpx.AsyncClient(proxy=proxy.url) as http_client,
                AsyncAutoTranscribeClient(http_client=http_client, **settings) as client,
            ):
                await client.get_twilio_media_stream_url()

        with pytest.raises(InternalServerError, match="502"):
            asyncio.run(through_your_proxy())
    assert proxy.connections == 1
    assert server.requests == []
