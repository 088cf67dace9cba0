"""README's promises held against hostile answers, hostile arguments and odd settings.

Both clients over httpx.MockTransport (the ``make_api`` fixture), the public API only.
"Reachable from an error" is what ``secrets_walk`` looks at. The ``hardening`` mark names
the finding of the review (an attack on those promises) that a test holds the SDK to.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import pickle
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

import httpx
import pytest
from doubles import (
    API_ID,
    API_SECRET,
    CALLS,
    CONTRACT_STATUS_ERRORS,
    REDIRECTS,
    START_OK,
    WAIT_BOUND,
    Api,
    Clock,
    FlightWaiters,
    Script,
    error_body,
    headers_page,
)
from secrets_walk import assert_secret_unreachable

import asapp_mg_autotranscribe as sdk
from asapp_mg_autotranscribe import (
    APIConnectionError,
    APIStatusError,
    ASAPPError,
    AsyncAutoTranscribeClient,
    AsyncStreamUrlCache,
    AutoTranscribeClient,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    InternalServerError,
    InvalidRequestError,
    InvalidResponseError,
    InvalidTranscriptEventError,
    RateLimitError,
    StreamUrlCache,
    WebhookAuthenticationError,
    parse_transcript_event,
    verify_transcript_request,
)

LOGGER = "asapp_mg_autotranscribe"
UNUSED_URL = "http://127.0.0.1:9"  # never contacted: the tests using it fail before sending


def raised(api: Api, operation: str, **overrides: Any) -> BaseException:
    """The exception (any kind) that ``operation`` raises through ``api``."""
    method, arguments = CALLS[operation]
    with pytest.raises(BaseException) as caught:  # noqa: PT011 - the tests check the class
        api.call(method, **{**arguments, **overrides})
    return caught.value


def logged(caplog: pytest.LogCaptureFixture) -> str:
    """Every captured record as text, its arguments included."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(r) + repr(r.args) for r in caplog.records)


def cache_of(api: Api, **kwargs: Any) -> Callable[[], str]:
    """A stream-URL cache on ``api``'s client; returns its ``get``, awaited for the async one."""
    if api.kind == "sync":
        return StreamUrlCache(api.client, **kwargs).get
    cache = AsyncStreamUrlCache(api.client, **kwargs)
    return lambda: asyncio.run(cache.get())


def default_client(kind: str, **kwargs: Any) -> Any:
    """A client on its own connection pool, as users build it."""
    kwargs = {"api_id": API_ID, "api_secret": API_SECRET, "environment": {}, **kwargs}
    return (AutoTranscribeClient if kind == "sync" else AsyncAutoTranscribeClient)(**kwargs)


def run(outcome: Any) -> Any:
    """``outcome`` itself, or its result if it is awaitable."""
    if inspect.isawaitable(outcome):

        async def wait() -> Any:
            return await outcome

        return asyncio.run(wait())
    return outcome


# Finding 1: the secret leaves on a redirect object.


@pytest.mark.hardening(
    1, "a 3xx keeps a next_request carrying asapp-api-secret (also in the pickle)"
)
@pytest.mark.parametrize(("operation", "status", "location"), REDIRECTS)
def test_a_redirect_is_not_followed_and_the_error_holds_no_secret(
    make_api: Callable[..., Api], operation: str, status: int, location: str
) -> None:
    api = make_api(httpx.Response(status, headers={"Location": location}), max_retries=0)
    error = raised(api, operation)
    assert isinstance(error, APIStatusError), repr(error)
    assert error.status_code == status
    assert len(api.script.requests) == 1
    assert_secret_unreachable(error)


# Finding 3: a server that echoes the request headers.


def echo_page(status: int, *, as_json: bool = False) -> Callable[[httpx.Request], httpx.Response]:
    """An answer that prints the request's headers (``headers_page``)."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = headers_page(status, request.headers, as_json=as_json)
        if isinstance(page, dict):
            return httpx.Response(status, json=page, request=request)
        return httpx.Response(status, html=page, request=request)

    return answer


REFLECTING = pytest.mark.parametrize(
    ("operation", "answer", "error_class"),
    [
        pytest.param("start", echo_page(400), BadRequestError, id="start-html-400"),
        pytest.param("stream_url", echo_page(502), InternalServerError, id="stream_url-html-502"),
        pytest.param(
            "stop", echo_page(401, as_json=True), CONTRACT_STATUS_ERRORS[401], id="stop-json-401"
        ),
    ],
)


@pytest.mark.hardening(
    3, "an error page echoing the request headers puts the secret into str(error)"
)
@REFLECTING
def test_a_reflected_secret_is_not_in_the_message(
    make_api: Callable[..., Api], operation: str, answer: Any, error_class: type[ASAPPError]
) -> None:
    error = raised(make_api(answer, max_retries=0), operation)
    assert isinstance(error, error_class), repr(error)
    assert API_SECRET not in str(error)
    assert API_SECRET not in repr(error)


@pytest.mark.hardening(3, "an error page echoing the request headers keeps the secret in the error")
@REFLECTING
def test_a_reflected_secret_is_not_reachable_from_the_error(
    make_api: Callable[..., Api], operation: str, answer: Any, error_class: type[ASAPPError]
) -> None:
    error = raised(make_api(answer, max_retries=0), operation)
    assert isinstance(error, error_class), repr(error)
    assert_secret_unreachable(error)


def stale_cache_due_for_refresh(api: Api) -> Callable[[], str]:
    """A cache holding a valid URL whose refresh is due: the next get() asks upstream."""
    clock = Clock()
    get = cache_of(api, refresh_after=60.0, clock=clock)
    assert get() == "wss://ws.example.test/media/first-token"
    clock.now += 61.0  # past refresh_after, well within the URL's life
    return get


@pytest.mark.hardening(
    3, "the cache's WARNING line quotes the refresh's error, echoed secret included"
)
def test_the_cache_warning_shows_no_reflected_secret(
    make_api: Callable[..., Api], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    api = make_api(
        httpx.Response(200, json={"streamingUrl": "wss://ws.example.test/media/first-token"}),
        echo_page(502),
        max_retries=0,
    )
    get = stale_cache_due_for_refresh(api)
    assert get() == "wss://ws.example.test/media/first-token"
    assert len(api.script.requests) == 2  # the refresh was asked for, and failed
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings, "no warning about the refresh that went wrong"
    assert API_SECRET not in logged(caplog)


# Finding 4: exceptions that are not the SDK's.


@pytest.mark.hardening(
    4, "a 3xx whose Location is not an http URL raises httpx.InvalidURL (or a connection error)"
)
@pytest.mark.parametrize(
    ("operation", "status", "location"),
    [
        ("stream_url", 302, "javascript:x"),
        ("start", 307, "javascript:x"),
        ("stop", 301, "data:text/plain,hi"),
        ("stream_url", 308, "\x00"),
    ],
    ids=[
        "stream_url-302-javascript",
        "start-307-javascript",
        "stop-301-data",
        "stream_url-308-nul",
    ],
)
def test_a_redirect_to_an_unusable_location_is_its_status_error(
    make_api: Callable[..., Api], operation: str, status: int, location: str
) -> None:
    # httpx gives up on such an answer while it prepares the redirect (which the SDK never
    # follows), before the SDK sees its status: the error is the SDK's all the same.
    api = make_api(httpx.Response(status, headers={"Location": location}), max_retries=0)
    error = raised(api, operation)
    assert isinstance(error, APIStatusError | InvalidResponseError | APIConnectionError), repr(
        error
    )
    if isinstance(error, APIStatusError):
        assert error.status_code == status
    if isinstance(error, InvalidResponseError):
        assert "redirect" in str(error)
    assert len(api.script.requests) == 1


def failing_fetch(how: str) -> Callable[[httpx.Request], httpx.Response]:
    """What the upstream does: a 302 to ``javascript:x``, or the transport raising LookupError."""

    def answer(request: httpx.Request) -> httpx.Response:
        if how == "lookup-error":
            raise LookupError("no route to the stream-URL service")
        return httpx.Response(302, headers={"Location": "javascript:x"}, request=request)

    return answer


@pytest.mark.hardening(
    4, "a fetch error that is not an ASAPPError abandons the flight: one request per caller"
)
@pytest.mark.parametrize("how", ["javascript-redirect", "lookup-error"])
def test_threads_behind_a_failing_fetch_share_one_request_and_its_error(how: str) -> None:
    callers = 100
    count, lock = [0], threading.Lock()
    release = threading.Event()
    fail = failing_fetch(how)

    def upstream(request: httpx.Request) -> httpx.Response:
        with lock:
            count[0] += 1
        assert release.wait(WAIT_BOUND)
        return fail(request)

    client = AutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        environment={},
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(upstream)),
    )
    cache = StreamUrlCache(client)
    waiters = FlightWaiters()
    waiters.watch(cache)
    errors = []

    def ask() -> None:
        try:
            cache.get()
        except Exception as error:  # noqa: BLE001 - whatever it is, every caller must get it
            errors.append(error)

    threads = [threading.Thread(target=ask) for _ in range(callers)]
    for thread in threads:
        thread.start()
    waiters.until(callers - 1)  # all but the one asking upstream wait for its answer
    release.set()
    for thread in threads:
        thread.join(WAIT_BOUND)
    assert not any(thread.is_alive() for thread in threads)
    assert count[0] == 1
    assert len(errors) == callers
    assert len({(type(error), str(error)) for error in errors}) == 1, errors[:2]


@pytest.mark.hardening(
    4, "a fetch error that is not an ASAPPError abandons the flight: one request per task"
)
@pytest.mark.parametrize("how", ["javascript-redirect", "lookup-error"])
def test_tasks_behind_a_failing_fetch_share_one_request_and_its_error(how: str) -> None:
    callers = 100
    count = [0]
    fail = failing_fetch(how)

    async def scenario() -> list[BaseException | str]:
        release = asyncio.Event()

        async def upstream(request: httpx.Request) -> httpx.Response:
            count[0] += 1
            async with asyncio.timeout(WAIT_BOUND):
                await release.wait()
            return fail(request)

        client = AsyncAutoTranscribeClient(
            api_id=API_ID,
            api_secret=API_SECRET,
            environment={},
            max_retries=0,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(upstream)),
        )
        cache = AsyncStreamUrlCache(client)
        waiters = FlightWaiters()
        waiters.watch(cache)
        asking = [asyncio.create_task(cache.get()) for _ in range(callers)]
        await waiters.until_async(callers - 1)  # all but the one asking upstream wait
        release.set()
        return await asyncio.gather(*asking, return_exceptions=True)

    outcomes = asyncio.run(scenario())
    assert count[0] == 1
    assert all(isinstance(outcome, Exception) for outcome in outcomes), outcomes[:2]
    assert len({(type(o), str(o)) for o in outcomes}) == 1, outcomes[:2]


# Finding 5: the stream-URL token in logs and messages.

TOKEN = "eyJhbGciOiJIUzI1NiJ9.tOkEn-5f3a9c"


@pytest.mark.hardening(
    5, "a token in the query, or behind an upper-case WSS://, is logged unmasked"
)
@pytest.mark.parametrize(
    "url",
    [
        f"wss://ws.example.test/mg-twilio-autotranscribe/twilio-media?token={TOKEN}",
        f"wss://ws.example.test/twilio-media?token={TOKEN}&v=1",
        f"WSS://ws.example.test/mg-twilio-autotranscribe/twilio-media/{TOKEN}",
    ],
    ids=["query", "query-and-more", "upper-case-scheme"],
)
def test_the_stream_url_token_is_masked_in_logs(
    make_api: Callable[..., Api], caplog: pytest.LogCaptureFixture, url: str
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    api = make_api(httpx.Response(200, json={"streamingUrl": url}))
    assert api.call("get_twilio_media_stream_url") == url
    assert caplog.records, "nothing logged at DEBUG"
    assert TOKEN not in logged(caplog)


GARBLED_URL_BODY = f"wss://ws.example.test/mg/twilio-media/{TOKEN} and trailing garbage".encode()


@pytest.mark.hardening(5, "the body snippet of an InvalidResponseError shows the stream-URL token")
def test_the_token_is_not_in_an_invalid_response_error(
    make_api: Callable[..., Api], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    error = raised(make_api(httpx.Response(200, content=GARBLED_URL_BODY)), "stream_url")
    assert isinstance(error, InvalidResponseError), repr(error)
    assert TOKEN not in str(error)
    assert TOKEN not in repr(error)
    assert TOKEN not in logged(caplog)


@pytest.mark.hardening(
    5, "the cache's WARNING line quotes an InvalidResponseError holding the token"
)
def test_the_token_is_not_in_the_cache_warning(
    make_api: Callable[..., Api], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    api = make_api(
        httpx.Response(200, json={"streamingUrl": "wss://ws.example.test/media/first-token"}),
        httpx.Response(200, content=GARBLED_URL_BODY),
    )
    get = stale_cache_due_for_refresh(api)
    assert get() == "wss://ws.example.test/media/first-token"
    assert len(api.script.requests) == 2  # the refresh was asked for, and failed
    assert any(r.levelno == logging.WARNING for r in caplog.records)
    assert TOKEN not in logged(caplog)


# Finding 6: wrong types.

TYPE_FINDING = pytest.mark.hardening(
    6, "a wrong type or a lone surrogate raises TypeError/UnicodeEncodeError"
)


@pytest.mark.parametrize(
    ("operation", "overrides"),
    [
        pytest.param("start", {"namespace": ["twilio"]}, marks=TYPE_FINDING, id="namespace-list"),
        pytest.param(
            "stop", {"namespace": ["twilio"]}, marks=TYPE_FINDING, id="stop-namespace-list"
        ),
        pytest.param(
            "start",
            {"twilio_track_map": {"inbound": ["customer"], "outbound": "agent"}},
            marks=TYPE_FINDING,
            id="track-map-list-value",
        ),
        pytest.param(
            "start",
            {"namespace": "siprec", "siprec_media_line_order": {}},
            marks=TYPE_FINDING,
            id="media-line-order-dict",
        ),
        pytest.param(
            "start", {"redaction_output": ["redacted"]}, marks=TYPE_FINDING, id="redaction-list"
        ),
        pytest.param("start", {"guid": "\ud800"}, marks=TYPE_FINDING, id="guid-surrogate"),
        pytest.param("stop", {"guid": "\ud800"}, marks=TYPE_FINDING, id="stop-guid-surrogate"),
        pytest.param(
            "start", {"customer_id": "C\udcff"}, marks=TYPE_FINDING, id="customer-surrogate"
        ),
        pytest.param("start", {"agent_id": "\ud800A"}, marks=TYPE_FINDING, id="agent-surrogate"),
        pytest.param("start", {"language": "en-\ud800"}, marks=TYPE_FINDING, id="lang-surrogate"),
        pytest.param("start", {"twilio_track_map": [("inbound", "customer")]}, id="track-map-list"),
        pytest.param("start", {"guid": 42}, id="guid-int"),
    ],
)
def test_a_wrong_argument_is_an_invalid_request_and_nothing_is_sent(
    make_api: Callable[..., Api], operation: str, overrides: dict[str, Any]
) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    error = raised(api, operation, **overrides)
    assert isinstance(error, InvalidRequestError), repr(error)
    assert str(error)
    assert api.script.requests == []


# Finding 8: settings accepted at construction that fail later.


@pytest.mark.parametrize(
    "timeout",
    [
        pytest.param(1e10, id="1e10"),
        pytest.param(httpx.Timeout(None), id="httpx-timeout-none"),
    ],
)
@pytest.mark.hardening(
    8, "an unusable timeout is accepted at construction (OverflowError, or no bound at all)"
)
def test_an_unusable_timeout_is_refused_at_construction(kind: str, timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        default_client(kind, base_url=UNUSED_URL, timeout=timeout)


@pytest.mark.hardening(8, "sleep=None is accepted and fails with TypeError at the first retry")
@pytest.mark.parametrize("sleep", [None, 42, "soon"])
def test_a_sleep_that_cannot_be_called_is_refused_at_construction(sleep: Any) -> None:
    with pytest.raises(ConfigurationError, match="sleep"):
        default_client("sync", base_url=UNUSED_URL, sleep=sleep)


@pytest.mark.hardening(8, "a non-callable sleep is accepted by the async client")
@pytest.mark.parametrize("sleep", [42, "soon"])
def test_an_async_sleep_that_cannot_be_called_is_refused_at_construction(sleep: Any) -> None:
    with pytest.raises(ConfigurationError, match="sleep"):
        default_client("async", base_url=UNUSED_URL, sleep=sleep)


@pytest.mark.hardening(
    8, "a cache accepts None or the other kind of client (and caches a coroutine)"
)
@pytest.mark.parametrize(
    ("cache_class", "client_kind"),
    [
        (StreamUrlCache, "none"),
        (StreamUrlCache, "async"),
        (AsyncStreamUrlCache, "none"),
        (AsyncStreamUrlCache, "sync"),
    ],
)
def test_a_cache_refuses_a_client_it_cannot_use(cache_class: type, client_kind: str) -> None:
    client = None if client_kind == "none" else default_client(client_kind, base_url=UNUSED_URL)
    with pytest.raises(ConfigurationError):
        cache_class(client)


@pytest.mark.hardening(8, "a base-URL password containing '/' is shown in the ConfigurationError")
@pytest.mark.parametrize(
    "base_url",
    ["https://user:pa/ss-9d1e@api.example.test", "https://user:pa/ss-9d1e@api.example.test/v1"],
)
def test_a_base_url_password_is_never_shown(kind: str, base_url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        default_client(kind, base_url=base_url)
    assert_secret_unreachable(caught.value, "pa/ss-9d1e")
    assert "ss-9d1e" not in str(caught.value)


def test_a_base_url_password_without_a_slash_is_never_shown(kind: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        default_client(kind, base_url="https://user:pass-9d1e@api.example.test")
    assert_secret_unreachable(caught.value, "pass-9d1e")


# Finding 9: a closed client.


@pytest.mark.hardening(9, "a call after close() raises httpx's bare RuntimeError")
def test_a_call_after_close_raises_client_closed_error(kind: str) -> None:
    client = default_client(kind, base_url=UNUSED_URL)
    run(client.close())
    with pytest.raises(ClientClosedError, match=r"(?i)closed") as caught:
        run(client.get_twilio_media_stream_url())
    assert isinstance(caught.value, ASAPPError)
    assert isinstance(caught.value, RuntimeError)


@pytest.mark.hardening(9, "ClientClosedError is not defined")
def test_client_closed_error_is_public() -> None:
    assert "ClientClosedError" in sdk.__all__
    assert issubclass(ClientClosedError, ASAPPError)
    assert issubclass(ClientClosedError, RuntimeError)
    assert ClientClosedError.__module__ == "asapp_mg_autotranscribe"


# Finding 12: errors through pickle and across processes.


def _error_from(api: Api, operation: str = "start", **overrides: Any) -> BaseException:
    return raised(api, operation, **overrides)


Recipe = Callable[[Callable[..., Api], str], BaseException]


def _status(status: int, **headers: str) -> Recipe:
    return lambda make_api, kind: _error_from(
        make_api(httpx.Response(status, json=error_body(status), headers=headers), max_retries=0)
    )


def _closed(make_api: Callable[..., Api], kind: str) -> BaseException:
    client = default_client(kind, base_url=UNUSED_URL)
    run(client.close())
    with pytest.raises(ClientClosedError) as caught:
        run(client.get_twilio_media_stream_url())
    return caught.value


def _transcript_error(make_api: Callable[..., Api], kind: str) -> BaseException:
    with pytest.raises(InvalidTranscriptEventError) as caught:
        parse_transcript_event(b"{not json")
    return caught.value


def _webhook_authentication(make_api: Callable[..., Api], kind: str) -> BaseException:
    with pytest.raises(WebhookAuthenticationError) as caught:
        verify_transcript_request(
            b"{}",
            headers={"X-Token": API_SECRET[:-1]},
            secret=API_SECRET,
            secret_name="X-Token",
        )
    return caught.value


def _configuration(make_api: Callable[..., Api], kind: str) -> BaseException:
    with pytest.raises(ConfigurationError) as caught:
        default_client(kind, api_secret=None)
    return caught.value


def _transcript_store(make_api: Callable[..., Api], kind: str) -> BaseException:
    from asapp_mg_autotranscribe.redis import RedisTranscriptCollector

    with socket.socket() as bound:  # a loopback port that refuses every connection
        bound.bind(("127.0.0.1", 0))
        collector = RedisTranscriptCollector(f"redis://127.0.0.1:{bound.getsockname()[1]}/0")
        with pytest.raises(sdk.TranscriptStoreError) as caught:
            collector.events("CA1")
        collector.close()
    return caught.value


# How to get each public error through the public API.
ERROR_RECIPES: dict[str, Recipe] = {
    "ConfigurationError": _configuration,
    "InvalidRequestError": lambda make_api, kind: _error_from(
        make_api(httpx.Response(200)), namespace="skype"
    ),
    "APIConnectionError": lambda make_api, kind: _error_from(
        make_api(httpx.ConnectError("refused"), max_retries=0)
    ),
    "APITimeoutError": lambda make_api, kind: _error_from(
        make_api(httpx.ReadTimeout("slow"), max_retries=0)
    ),
    "APIStatusError": _status(418),
    "BadRequestError": _status(400),
    "AuthenticationError": _status(401),
    "PermissionDeniedError": _status(403),
    "NotFoundError": _status(404),
    "ConflictError": _status(409),
    "RequestTooLargeError": _status(413),
    "UnprocessableEntityError": _status(422),
    "RateLimitError": _status(429, **{"Retry-After": "7"}),
    "ServiceUnavailableError": _status(503),
    "InternalServerError": _status(500),
    "InvalidResponseError": lambda make_api, kind: _error_from(
        make_api(httpx.Response(200, content=b"<html>no</html>"))
    ),
    "StreamingNotOkError": lambda make_api, kind: _error_from(
        make_api(httpx.Response(200, json={**START_OK, "isOk": False, "errorMessage": "no audio"}))
    ),
    "ClientClosedError": _closed,
    "InvalidTranscriptEventError": _transcript_error,
    "WebhookAuthenticationError": _webhook_authentication,
    "TranscriptStoreError": _transcript_store,
}
PUBLIC_ATTRIBUTES = ("status_code", "request_id", "code", "message", "retry_after", "error_message")

PICKLE_FINDING = pytest.mark.hardening(
    12, "errors whose __init__ takes keyword arguments cannot be unpickled"
)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=[] if name in ("ConfigurationError", "InvalidRequestError") else [PICKLE_FINDING],
        )
        for name in ERROR_RECIPES
    ],
)
def test_every_public_error_round_trips_through_pickle(name: str) -> None:
    for kind in ("sync", "async"):
        made: list[Api] = []

        def make(*steps: Any, _kind: str = kind, _made: list[Api] = made, **kwargs: Any) -> Api:
            api = Api(_kind, Script(*steps), **kwargs)
            _made.append(api)
            return api

        try:
            error = ERROR_RECIPES[name](make, kind)
        finally:
            for api in made:
                api.close()
        assert_round_trip(error, name)


def assert_round_trip(error: BaseException, name: str) -> None:
    """``error`` is a ``name`` that comes back from pickle as itself, without the secret."""
    assert type(error).__name__ == name, repr(error)
    pickled = pickle.dumps(error)
    assert API_SECRET.encode() not in pickled
    copy = pickle.loads(pickled)
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    for attribute in PUBLIC_ATTRIBUTES:
        if hasattr(error, attribute):
            assert getattr(copy, attribute) == getattr(error, attribute), attribute
    if isinstance(error, APIStatusError):
        assert copy.body == error.body
        # The response may be left behind by pickle; if it comes along, it is the same one.
        response = getattr(copy, "response", None)
        assert response is None or response.status_code == error.status_code


def test_every_public_error_has_a_recipe() -> None:
    public_errors = {
        name
        for name in sdk.__all__
        if isinstance(getattr(sdk, name), type) and issubclass(getattr(sdk, name), ASAPPError)
    }
    assert public_errors - {"ASAPPError"} <= set(ERROR_RECIPES)


def rate_limited_call(kind: str) -> None:
    """Runs in a worker process: a start_streaming answered 429 (Retry-After: 7)."""
    script_response = httpx.Response(429, json=error_body(429), headers={"Retry-After": "7"})

    def answer(request: httpx.Request) -> httpx.Response:
        return script_response

    settings: dict[str, Any] = {
        "api_id": API_ID,
        "api_secret": API_SECRET,
        "environment": {},
        "max_retries": 0,
    }
    if kind == "sync":
        transport = httpx.MockTransport(answer)
        with AutoTranscribeClient(http_client=httpx.Client(transport=transport), **settings) as c:
            c.start_streaming(**CALLS["start"][1])
        return

    async def call() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncAutoTranscribeClient(http_client=http, **settings) as client:
            await client.start_streaming(**CALLS["start"][1])

    asyncio.run(call())


@pytest.mark.hardening(12, "an error raised in a worker process surfaces as BrokenProcessPool")
def test_an_error_raised_in_a_worker_process_reaches_the_parent_as_itself(kind: str) -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        future = pool.submit(rate_limited_call, kind)
        with pytest.raises(BaseException) as caught:  # noqa: PT011 - checked below
            future.result(timeout=60)
    error = caught.value
    assert isinstance(error, RateLimitError), repr(error)
    assert error.status_code == 429
    assert error.retry_after == 7.0
    assert error.request_id == error_body(429)["error"]["requestId"]
