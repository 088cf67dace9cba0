"""Settings: arguments, environment, defaults, and what is refused at construction."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from doubles import API_SECRET, STREAM_URL, Script, error_body
from secrets_walk import assert_secret_unreachable

from asapp_mg_autotranscribe import (
    DEFAULT_BASE_URL,
    NOT_GIVEN,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    ConfigurationError,
)
from asapp_mg_autotranscribe._constants import MAX_RETRIES_LIMIT

ENV = {"ASAPP_API_ID": "env-id", "ASAPP_API_SECRET": "env-secret-123"}


@pytest.fixture(params=[AutoTranscribeClient, AsyncAutoTranscribeClient])
def client_class(request: pytest.FixtureRequest) -> Any:
    return request.param


URL_OK = httpx.Response(200, json={"streamingUrl": STREAM_URL})
BUSY = httpx.Response(503, json=error_body(503), headers={"retry-after": "7"})


def build(client_class: Any, **kwargs: Any) -> Any:
    kwargs.setdefault("environment", ENV)
    return client_class(**kwargs)


def sent(client_class: Any, *answers: httpx.Response, **settings: Any) -> list[httpx.Request]:
    """The requests, as they went out, of one stream-URL call by a client made with
    ``settings`` (and an http_client over a MockTransport giving ``answers``, else the URL)."""
    script = Script(*(answers or [URL_OK]))
    transport = httpx.MockTransport(script)
    if client_class is AutoTranscribeClient:
        with httpx.Client(transport=transport) as http:
            client = client_class(http_client=http, **settings)
            assert client.get_twilio_media_stream_url() == STREAM_URL
    else:

        async def call() -> None:
            async with httpx.AsyncClient(transport=transport) as http:
                client = client_class(http_client=http, **settings)
                assert await client.get_twilio_media_stream_url() == STREAM_URL

        asyncio.run(call())
    return script.requests


def credentials(request: httpx.Request) -> tuple[str, str]:
    return request.headers["asapp-api-id"], request.headers["asapp-api-secret"]


def test_credentials_and_host_come_from_the_environment(client_class: Any) -> None:
    environment = {**ENV, "ASAPP_API_HOST": "https://api.asapp.com"}
    (request,) = sent(client_class, environment=environment)
    assert credentials(request) == ("env-id", "env-secret-123")
    assert str(request.url).startswith("https://api.asapp.com/mg-autotranscribe/")
    assert build(client_class, environment=environment).base_url == httpx.URL(
        "https://api.asapp.com"
    )


def test_arguments_win_over_the_environment(client_class: Any) -> None:
    settings: dict[str, Any] = {
        "api_id": "arg-id",
        "api_secret": "arg-secret",
        "base_url": "https://api.asapp.com/",
        "environment": {**ENV, "ASAPP_API_HOST": "https://other.example.test"},
    }
    (request,) = sent(client_class, **settings)
    assert credentials(request) == ("arg-id", "arg-secret")
    assert str(request.url).startswith("https://api.asapp.com/mg-autotranscribe/")
    assert str(build(client_class, **settings).base_url) == "https://api.asapp.com"


def test_the_default_host_is_the_sandbox(client_class: Any) -> None:
    assert str(build(client_class).base_url) == DEFAULT_BASE_URL == "https://api.sandbox.asapp.com"
    assert str(build(client_class, environment={**ENV, "ASAPP_API_HOST": ""}).base_url) == (
        DEFAULT_BASE_URL
    )


def test_os_environ_is_the_default_source(client_class: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("ASAPP_API_ID", "os-id")
    monkeypatch.setenv("ASAPP_API_SECRET", "os-secret")
    monkeypatch.delenv("ASAPP_API_HOST", raising=False)
    (request,) = sent(client_class)
    assert credentials(request) == ("os-id", "os-secret")


@pytest.mark.parametrize(
    ("environment", "kwargs", "message"),
    [
        ({}, {}, "no api_id: pass api_id=... or set the ASAPP_API_ID environment variable"),
        ({"ASAPP_API_ID": "x"}, {}, "set the ASAPP_API_SECRET environment variable"),
        ({"ASAPP_API_ID": "", "ASAPP_API_SECRET": "y"}, {}, "ASAPP_API_ID"),
        (ENV, {"api_secret": ""}, "no api_secret"),
        (ENV, {"api_id": 5}, "api_id must be a str, not int"),
        (ENV, {"api_secret": "abc\r\nX-Injected: 1"}, "api_secret contains a control"),
        (ENV, {"api_secret": "abc\x00"}, "api_secret contains a control"),
        (ENV, {"api_secret": "abc\x7f"}, "api_secret contains a control"),
        (ENV, {"api_id": "idé"}, "api_id contains a control or non-ASCII character"),
        (ENV, {"api_secret": "abc "}, "api_secret has leading or trailing whitespace"),
        ({**ENV, "ASAPP_API_SECRET": "line\n"}, {}, "from ASAPP_API_SECRET"),
        (ENV, {"base_url": "http://api.asapp.com"}, "plain http to a remote host"),
        (ENV, {"base_url": "http://10.0.0.8:4010"}, "plain http to a remote host"),
        (ENV, {"base_url": "api.asapp.com"}, "must be an absolute https:// URL"),
        (ENV, {"base_url": "ftp://api.asapp.com"}, "must be an absolute https:// URL"),
        (ENV, {"base_url": "https://"}, "must be an absolute https:// URL"),
        (ENV, {"base_url": "https://[::1"}, "is not a URL"),
        (ENV, {"base_url": "https://u:p@api.asapp.com"}, "must not carry credentials"),
        (ENV, {"base_url": 8080}, "base_url must be a str or httpx.URL, not int"),
        (ENV, {"base_url": "https://api.asapp.com/?x=1"}, "must not have a query or fragment"),
        (ENV, {"timeout": None}, "None would mean waiting forever"),
        (ENV, {"timeout": "5"}, "timeout must be seconds"),
        (ENV, {"timeout": True}, "timeout must be seconds"),
        (ENV, {"timeout": 0}, "timeout must be a number of seconds above 0"),
        (ENV, {"timeout": -1.0}, "timeout must be a number of seconds above 0"),
        (ENV, {"timeout": float("inf")}, "timeout must be .* at most 86400 .a day., got inf"),
        (ENV, {"timeout": float("nan")}, "timeout must be a number of seconds above 0"),
        (ENV, {"timeout": httpx.Timeout(-1.0)}, "timeout.connect must be a number of seconds"),
        (ENV, {"timeout": httpx.Timeout(5.0, read=0)}, "timeout.read must be a number of seconds"),
        (ENV, {"timeout": 1e10}, "timeout must be a number of seconds above 0 and at most 86400"),
        (ENV, {"timeout": httpx.Timeout(None)}, r"timeout.read must be .*, got None .no bound."),
        (ENV, {"deadline": 0}, "deadline must be a number of seconds above 0"),
        (ENV, {"deadline": "10"}, "deadline must be seconds"),
        (ENV, {"http_client": "httpx"}, "http_client must be an httpx."),
        (ENV, {"max_retries": -1}, "max_retries must be a whole number from 0 to 100"),
        (ENV, {"max_retries": 1.5}, "max_retries must be a whole number"),
        (ENV, {"max_retries": True}, "max_retries must be a whole number"),
    ],
)
def test_bad_settings_fail_at_construction(
    client_class: Any, environment: dict[str, str], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        client_class(environment=environment, **kwargs)


@pytest.mark.parametrize(
    ("base_url", "password"),
    [
        ("http://id:Pa55-secret@api.asapp.com", "Pa55-secret"),
        ("ftp://id:Pa55-secret@api.asapp.com", "Pa55-secret"),
        ("https://id:Pa55-secret@api.asapp.com", "Pa55-secret"),
        ("https://id:Pa55-secret@api.asapp.com:port", "Pa55-secret"),
        ("https://id:Pa55-secret@[::1", "Pa55-secret"),
        ("https://id:Pa55/s3cret-9d1e@api.asapp.com", "Pa55/s3cret-9d1e"),
        ("https://id:Pa55/s3cret-9d1e@api.asapp.com/v1", "Pa55/s3cret-9d1e"),
        ("https://id:Pa55-secret/@api.asapp.com", "Pa55-secret"),
    ],
)
def test_credentials_in_a_rejected_base_url_are_not_echoed(
    client_class: Any, base_url: str, password: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        build(client_class, base_url=base_url)
    assert_secret_unreachable(caught.value, password)
    # A password with a "/" reads as the end of the host and a path: neither part is shown.
    for part in password.split("/"):
        assert part not in str(caught.value)


def test_an_http_client_of_the_other_kind_is_refused() -> None:
    with (
        httpx.Client() as sync_http,
        pytest.raises(ConfigurationError, match=r"httpx\.AsyncClient"),
    ):
        build(AsyncAutoTranscribeClient, http_client=sync_http)
    with pytest.raises(ConfigurationError, match=r"httpx\.Client, not AsyncClient"):
        build(AutoTranscribeClient, http_client=httpx.AsyncClient())


def test_a_rejected_secret_is_not_echoed(client_class: Any) -> None:
    secret = "very-secret\nvalue"
    with pytest.raises(ConfigurationError) as caught:
        build(client_class, api_secret=secret)
    assert "very-secret" not in str(caught.value)


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:4010", "http://localhost:8080/", "http://[::1]:9", "http://127.8.9.1"],
)
def test_plain_http_is_allowed_to_loopback(client_class: Any, base_url: str) -> None:
    assert build(client_class, base_url=base_url).base_url.scheme == "http"


def test_timeouts(client_class: Any) -> None:
    assert build(client_class, timeout=2).timeout == httpx.Timeout(2.0)
    assert build(client_class, timeout=60.0).timeout == httpx.Timeout(60.0, connect=5.0)
    custom = httpx.Timeout(10.0, read=3.0)
    assert build(client_class, timeout=custom).timeout is custom
    # The read timeout also bounds each attempt as a whole, so every phase of the request.
    (request,) = sent(client_class, environment=ENV, timeout=custom)
    assert request.extensions["timeout"] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


def test_repr_hides_the_secret(client_class: Any) -> None:
    client = build(client_class, api_secret=API_SECRET)
    for text in (repr(client), str(client)):
        assert API_SECRET not in text
    assert "api_secret='***'" in repr(client)


def test_no_part_of_a_client_shows_the_secret_in_its_repr(client_class: Any) -> None:
    """What a debugger shows of a client (each attribute's repr) never holds the secret."""
    client = build(client_class, api_secret=API_SECRET)
    for copy in (client, client.with_options(api_id="other-id")):
        for name, value in vars(copy).items():
            assert API_SECRET not in repr(value), name


def test_not_given_is_falsy_and_reads_as_its_name() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


def test_an_httpx_timeout_may_leave_a_phase_unbounded(client_class: Any) -> None:
    timeout = httpx.Timeout(5.0, pool=None)
    assert build(client_class, timeout=timeout).timeout == timeout


@pytest.mark.parametrize(("sleep", "kind_of_value"), [(42, "int"), ("soon", "str")])
def test_a_sleep_that_cannot_be_called_is_refused(
    client_class: Any, sleep: Any, kind_of_value: str
) -> None:
    with pytest.raises(ConfigurationError, match=f"sleep must be a function, not {kind_of_value}"):
        build(client_class, sleep=sleep)


def test_the_sync_client_needs_a_sleep_function() -> None:
    with pytest.raises(ConfigurationError, match="sleep must be a function, not NoneType"):
        build(AutoTranscribeClient, sleep=None)


def test_the_async_client_sleeps_with_asyncio_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []

    async def asyncio_sleep(delay: float) -> None:
        waits.append(delay)

    monkeypatch.setattr(asyncio, "sleep", asyncio_sleep)
    sent(AsyncAutoTranscribeClient, BUSY, URL_OK, environment=ENV, sleep=None)
    assert waits == [7.0]


async def _async_sleep(delay: float) -> None:
    return None


class _AsyncSleeper:
    """An object whose class has an async ``__call__``; it keeps the waits asked of it."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.waits.append(delay)


@pytest.mark.parametrize("sleep", [asyncio.sleep, _async_sleep, _AsyncSleeper()])
def test_the_sync_client_refuses_an_async_sleep(sleep: Any) -> None:
    # Its waits would be coroutines never awaited: no wait at all between retries.
    with pytest.raises(ConfigurationError, match=r"sleep must be a plain function \(time\.sleep"):
        build(AutoTranscribeClient, sleep=sleep)


@pytest.mark.parametrize("sleep", [time.sleep, print, lambda delay: asyncio.sleep(delay)])
def test_the_async_client_refuses_a_sync_sleep(sleep: Any) -> None:
    with pytest.raises(
        ConfigurationError, match=r"sleep must be an async function \(asyncio\.sleep"
    ):
        build(AsyncAutoTranscribeClient, sleep=sleep)


def test_each_client_waits_with_its_kind_of_sleep() -> None:
    build(AutoTranscribeClient, sleep=time.sleep)  # a built-in function
    waits: list[float] = []
    sent(AutoTranscribeClient, BUSY, URL_OK, environment=ENV, sleep=waits.append)  # built-in too
    sleeper = _AsyncSleeper()
    sent(AsyncAutoTranscribeClient, BUSY, URL_OK, environment=ENV, sleep=sleeper)
    assert waits == sleeper.waits == [7.0]


BAD_CONSTRUCTION_SETTINGS = [
    ({"max_retries": MAX_RETRIES_LIMIT + 1}, f"max_retries must be .* to {MAX_RETRIES_LIMIT}, "),
    ({"max_retries": 2000}, "max_retries must be a whole number from 0 to 100, got 2000"),
    ({"base_url": "http://127.0.0.1:70000"}, "port must be from 1 to 65535, got 70000"),
    ({"base_url": "https://api.asapp.com:65536/"}, "port must be from 1 to 65535"),
    ({"base_url": "http://127.0.0.1:0"}, "port must be from 1 to 65535, got 0"),
    ({"base_url": "https://api.asapp.com?"}, "must not have a query or fragment"),
    ({"base_url": "https://api.asapp.com/v1#"}, "must not have a query or fragment"),
    ({"base_url": httpx.URL("https://api.asapp.com/?")}, "must not have a query or fragment"),
    ({"base_url": "https://api.asapp.com/\ud800"}, "base_url is not valid Unicode"),
    ({"base_url": "https://api.\udcff.com"}, "base_url is not valid Unicode"),
]


@pytest.mark.parametrize(("kwargs", "message"), BAD_CONSTRUCTION_SETTINGS)
def test_settings_that_would_fail_later_fail_at_construction(
    client_class: Any, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigurationError, match=message):
        build(client_class, **kwargs)


@pytest.mark.parametrize(("kwargs", "message"), BAD_CONSTRUCTION_SETTINGS)
def test_with_options_checks_them_too(
    client_class: Any, kwargs: dict[str, Any], message: str
) -> None:
    client = build(client_class)
    with pytest.raises(ConfigurationError, match=message):
        client.with_options(**kwargs)


def test_a_base_url_from_the_environment_that_is_not_unicode_is_refused(client_class: Any) -> None:
    # os.environ carries undecodable bytes as lone surrogates.
    environment = {**ENV, "ASAPP_API_HOST": "https://api.asapp.com/\udcff"}
    with pytest.raises(ConfigurationError, match="base_url is not valid Unicode"):
        build(client_class, environment=environment)


def test_the_retry_limit_and_the_last_port_are_accepted(client_class: Any) -> None:
    client = build(client_class, max_retries=MAX_RETRIES_LIMIT, base_url="http://127.0.0.1:65535")
    assert (client.max_retries, client.base_url.port) == (MAX_RETRIES_LIMIT, 65535)
    assert MAX_RETRIES_LIMIT == 100
