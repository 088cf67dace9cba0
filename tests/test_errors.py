"""Every answer that is not a plain success becomes a typed error from the contract, and
every public error pickles as itself without the secret, across processes too."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

import httpx
import pytest
from doubles import (
    API_ID,
    API_SECRET,
    CALL_SID,
    CALLS,
    START_OK,
    STOP_OK,
    Api,
    Script,
    error_body,
    refusing_loopback_port,
)

import asapp_mg_autotranscribe as sdk
from asapp_mg_autotranscribe import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ASAPPError,
    AsyncAutoTranscribeClient,
    AuthenticationError,
    AutoTranscribeClient,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidResponseError,
    InvalidTranscriptEventError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ServiceUnavailableError,
    StreamingNotOkError,
    UnprocessableEntityError,
    WebhookAuthenticationError,
    parse_transcript_event,
    verify_transcript_request,
)

OPERATIONS: list[tuple[str, dict[str, Any]]] = list(CALLS.values())

DOCUMENTED = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (413, RequestTooLargeError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, ServiceUnavailableError),
]


@pytest.mark.parametrize(("method", "arguments"), OPERATIONS)
@pytest.mark.parametrize(("status", "error_class"), DOCUMENTED)
def test_documented_statuses_map_to_their_class(
    make_api: Any,
    method: str,
    arguments: dict[str, Any],
    status: int,
    error_class: type[APIStatusError],
) -> None:
    api = make_api(httpx.Response(status, json=error_body(status, "Nope")), max_retries=0)
    with pytest.raises(error_class) as caught:
        api.call(method, **arguments)
    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.request_id == "8e033668-9f1a-11ec-b909-0242ac120002"
    assert error.code == f"{status}-01"
    assert error.message == "Nope"
    assert error.body == error_body(status, "Nope")
    assert error.response.status_code == status
    assert str(error).startswith(f"{status} ")
    assert "code " + f"{status}-01" in str(error)
    assert "request id 8e033668-9f1a-11ec-b909-0242ac120002" in str(error)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (418, APIStatusError),
        (499, APIStatusError),
        (408, APIStatusError),
        (502, InternalServerError),
        (504, InternalServerError),
        (520, InternalServerError),
        (599, InternalServerError),
        (302, APIStatusError),
    ],
)
def test_undocumented_statuses_still_raise_the_nearest_class(
    make_api: Any, status: int, error_class: type[APIStatusError]
) -> None:
    api = make_api(httpx.Response(status, json=error_body(status)), max_retries=0)
    with pytest.raises(error_class) as caught:
        api.call("get_twilio_media_stream_url")
    assert type(caught.value) is error_class
    assert caught.value.status_code == status
    assert caught.value.code == f"{status}-01"


def test_redirects_are_not_followed(make_api: Any) -> None:
    api = make_api(
        httpx.Response(307, headers={"location": "https://elsewhere.example.test/x"}), max_retries=0
    )
    with pytest.raises(
        APIStatusError, match=r"redirect to 'https://elsewhere.example.test/x' not followed"
    ):
        api.call("stop_streaming", namespace="twilio", guid=CALL_SID)
    assert len(api.script.requests) == 1


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
def test_a_redirect_to_an_unusable_location_ends_in_a_typed_error(
    make_api: Any, operation: str, status: int, location: str
) -> None:
    # On an http_client of the caller's, httpx gives up on such an answer while it prepares
    # the redirect (which the SDK never follows), before the SDK sees its status: the error
    # is the SDK's all the same. (On the SDK's own pool it is the status error:
    # tests/fault/test_hostile_answers.py.)
    api = make_api(httpx.Response(status, headers={"Location": location}), max_retries=0)
    method, arguments = CALLS[operation]
    with pytest.raises(ASAPPError) as caught:
        api.call(method, **arguments)
    error = caught.value
    assert isinstance(error, APIStatusError | InvalidResponseError | APIConnectionError), repr(
        error
    )
    if isinstance(error, APIStatusError):
        assert error.status_code == status
    if isinstance(error, InvalidResponseError):
        assert "redirect" in str(error)
    assert len(api.script.requests) == 1


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (
            httpx.Response(
                502,
                headers={"content-type": "text/html"},
                text="<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>",
            ),
            "502 Bad Gateway: response body is not ASAPP's error shape: text/html, 75 bytes: "
            "'<html><head><title>502 Bad Gateway</title></head> <body>nginx</body></html>'",
        ),
        (
            httpx.Response(503),
            "503 Service Unavailable: response body is not ASAPP's error "
            "shape: empty body (no content type)",
        ),
        (
            httpx.Response(
                500, headers={"content-type": "application/json"}, text='{"error": {"req'
            ),
            "500 Internal Server Error: response body is not ASAPP's error shape: application/json",
        ),
        (httpx.Response(404, json={"error": "nope"}), "404 Not Found: response body is not"),
        (httpx.Response(404, json=[1, 2]), "404 Not Found: response body is not"),
        (httpx.Response(400, json={"error": {"message": 5}}), "400 Bad Request: response body is"),
        (httpx.Response(520, text="x" * 500), "520: response body is not ASAPP's error shape"),
    ],
)
def test_bodies_of_other_shapes_still_give_a_readable_typed_error(
    make_api: Any, response: httpx.Response, expected: str
) -> None:
    api = make_api(response, max_retries=0)
    with pytest.raises(APIStatusError) as caught:
        api.call("get_twilio_media_stream_url")
    assert str(caught.value).startswith(expected)
    assert caught.value.request_id is None
    assert caught.value.code is None
    assert len(str(caught.value)) < 400


def test_a_huge_error_body_is_cut_short(make_api: Any) -> None:
    api = make_api(httpx.Response(500, content=b"x" * (3 * 1024 * 1024)), max_retries=0)
    with pytest.raises(InternalServerError, match="larger than the SDK reads, cut short") as caught:
        api.call("get_twilio_media_stream_url")
    assert caught.value.body is None
    assert len(caught.value.response.content) == 1024 * 1024


def test_rate_limit_error_carries_retry_after(make_api: Any) -> None:
    api = make_api(
        httpx.Response(429, json=error_body(429), headers={"retry-after": "7"}), max_retries=0
    )
    with pytest.raises(RateLimitError) as caught:
        api.call("get_twilio_media_stream_url")
    assert caught.value.retry_after == 7.0
    api.script.steps = [httpx.Response(429, json=error_body(429))]
    with pytest.raises(RateLimitError) as caught:
        api.call("get_twilio_media_stream_url")
    assert caught.value.retry_after is None


@pytest.mark.parametrize(
    ("method", "arguments", "body", "where"),
    [
        ("get_twilio_media_stream_url", {}, b"<html>OK</html>", "is not JSON"),
        ("get_twilio_media_stream_url", {}, b"", "is not JSON: empty body"),
        ("get_twilio_media_stream_url", {}, b'{"streamingUrl": "wss://x/', "is not JSON"),
        ("get_twilio_media_stream_url", {}, b"[]", "200 response is not a JSON object"),
        ("get_twilio_media_stream_url", {}, b"null", "200 response is not a JSON object"),
        (
            "get_twilio_media_stream_url",
            {},
            b'{"streamingUrl": 5}',
            "streamingUrl: expected a string, got an integer",
        ),
        ("get_twilio_media_stream_url", {}, b'{"streamingUrl": ""}', "streamingUrl is empty"),
        ("get_twilio_media_stream_url", {}, b"{}", "streamingUrl is missing"),
        (*OPERATIONS[1], b'{"isOk": "yes"}', "isOk: expected a boolean, got a string"),
        (*OPERATIONS[1], b"{}", "isOk is missing"),
        (
            *OPERATIONS[1],
            b'{"isOk": true, "errorMessage": 3}',
            "errorMessage: expected a string, got an integer",
        ),
        (
            *OPERATIONS[1],
            b'{"isOk": true, "autotranscribeResponse": []}',
            "autotranscribeResponse: expected an object",
        ),
        (
            *OPERATIONS[1],
            b'{"isOk": true, "autotranscribeResponse": {"customer": 7}}',
            "autotranscribeResponse.customer: expected an object, got an integer",
        ),
        (
            *OPERATIONS[1],
            b'{"isOk": true, "autotranscribeResponse": {"agent": {"streamId": "a"}}}',
            "autotranscribeResponse.agent.status is missing",
        ),
        (
            *OPERATIONS[1],
            b'{"isOk": true, "autotranscribeResponse": {"agent": {"streamId": "a",'
            b' "status": {"code": true, "description": "OK"}}}}',
            "autotranscribeResponse.agent.status.code: expected an integer, got a boolean",
        ),
        (
            *OPERATIONS[2],
            b'{"isOk": true, "autotranscribeResponse": {"customer": {"streamId": "a",'
            b' "status": {"code": 1000, "description": "OK"}, "summary": {"transcripts": 1}}}}',
            "autotranscribeResponse.customer.summary.totalAudioBytes is missing",
        ),
    ],
)
def test_a_2xx_that_is_not_the_documented_json_is_invalid(
    make_api: Any, method: str, arguments: dict[str, Any], body: bytes, where: str
) -> None:
    api = make_api(httpx.Response(200, content=body))
    with pytest.raises(InvalidResponseError, match=where) as caught:
        api.call(method, **arguments)
    assert caught.value.response is not None
    assert caught.value.response.status_code == 200
    assert len(api.script.requests) == 1


def test_an_oversized_2xx_is_invalid_and_not_read_whole(make_api: Any) -> None:
    api = make_api(httpx.Response(200, content=b" " * (5 * 1024 * 1024)))
    with pytest.raises(InvalidResponseError, match="larger than the 1048576 bytes the SDK reads"):
        api.call("get_twilio_media_stream_url")


def test_other_2xx_statuses_with_the_documented_body_are_results(make_api: Any) -> None:
    api = make_api(httpx.Response(202, json=STOP_OK))
    assert api.call("stop_streaming", namespace="twilio", guid=CALL_SID).is_ok


def test_is_ok_false_raises_streaming_not_ok_with_the_result(make_api: Any) -> None:
    body = {
        **START_OK,
        "isOk": False,
        "errorMessage": "agent stream failed",
        "autotranscribeResponse": {
            "agent": {"streamId": "a", "status": {"code": 4003, "description": "Bad track"}}
        },
    }
    api = make_api(httpx.Response(200, json=body))
    with pytest.raises(StreamingNotOkError, match="agent stream failed") as caught:
        api.call("start_twilio_transcription", CALL_SID, customer_id="C1", agent_id="A1")
    assert caught.value.error_message == "agent stream failed"
    assert caught.value.result.agent.status.code == 4003
    assert not caught.value.result.agent.status.is_ok
    assert caught.value.result.customer is None
    api.script.steps = [httpx.Response(200, json={"isOk": False, "errorMessage": None})]
    with pytest.raises(StreamingNotOkError, match="no message"):
        api.call("stop_twilio_transcription", CALL_SID)


@pytest.mark.parametrize(
    ("error", "error_class", "message"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), APIConnectionError, "refused"),
        (httpx.ReadError(""), APIConnectionError, "ReadError"),
        (httpx.RemoteProtocolError("Server disconnected"), APIConnectionError, "disconnected"),
        (httpx.ReadTimeout("timed out"), APITimeoutError, "timed out"),
        (httpx.ConnectTimeout("timed out"), APITimeoutError, "timed out"),
        (httpx.DecodingError("bad gzip"), InvalidResponseError, "could not be decoded"),
    ],
)
def test_transport_errors_are_typed_and_chained(
    make_api: Any, error: Exception, error_class: type[ASAPPError], message: str
) -> None:
    api = make_api(error, max_retries=0)
    with pytest.raises(error_class, match=message) as caught:
        api.call("stop_streaming", namespace="twilio", guid=CALL_SID)
    assert type(caught.value) is error_class
    assert caught.value.__cause__ is error
    if isinstance(caught.value, APIConnectionError):
        assert caught.value.request.url.path.endswith("/stop-streaming")
        assert caught.value.request.headers["asapp-api-secret"] == "[redacted]"
        assert "https://api.sandbox.asapp.com/mg-autotranscribe/v1/stop-streaming" in str(
            caught.value
        )


def test_errors_keep_no_secret_in_their_request(make_api: Any) -> None:
    api = make_api(httpx.Response(401, json=error_body(401)), max_retries=0)
    with pytest.raises(AuthenticationError) as caught:
        api.call("get_twilio_media_stream_url")
    request = caught.value.response.request
    assert request.headers["asapp-api-secret"] == "[redacted]"
    for text in (str(caught.value), repr(caught.value), repr(request.headers), repr(request)):
        assert API_SECRET not in text


def test_error_classes_are_named_from_the_package() -> None:
    for name in sdk.__all__:
        value = getattr(sdk, name)
        if isinstance(value, type):
            assert value.__module__ == "asapp_mg_autotranscribe", name
    assert repr(RateLimitError) == "<class 'asapp_mg_autotranscribe.RateLimitError'>"


def test_the_error_tree() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    for _, error_class in DOCUMENTED:
        assert issubclass(error_class, APIStatusError)
    for error_class in (
        APIConnectionError,
        APIStatusError,
        InvalidResponseError,
        StreamingNotOkError,
    ):
        assert issubclass(error_class, ASAPPError)
    assert issubclass(sdk.ConfigurationError, ASAPPError)
    # A closed client's error is also the RuntimeError that asyncio users expect.
    assert issubclass(ClientClosedError, ASAPPError)
    assert issubclass(ClientClosedError, RuntimeError)


def corrupt_gzip(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """A step answering with a body that says it is gzip and is not."""
    return lambda request: httpx.Response(
        status,
        headers={"content-encoding": "gzip"},
        stream=httpx.ByteStream(b"\x1f\x8b not gzip at all"),
        request=request,
    )


def test_an_undecodable_error_body_keeps_its_status_and_is_retried(make_api: Any) -> None:
    api = make_api(corrupt_gzip(503), httpx.Response(200, json={"streamingUrl": "wss://h/t"}))
    assert api.call("get_twilio_media_stream_url") == "wss://h/t"
    api = make_api(corrupt_gzip(503), max_retries=0)
    with pytest.raises(ServiceUnavailableError, match="empty body"):
        api.call("get_twilio_media_stream_url")


def test_an_undecodable_2xx_body_is_invalid(make_api: Any) -> None:
    api = make_api(corrupt_gzip(200), max_retries=0)
    with pytest.raises(InvalidResponseError, match="could not be decoded") as caught:
        api.call("get_twilio_media_stream_url")
    assert caught.value.response is not None
    assert caught.value.response.status_code == 200


# --- every public error through pickle and across processes ----------------------------------

Recipe = Callable[[Callable[..., Api], str], BaseException]


def raised_by(api: Api, operation: str = "start", **overrides: Any) -> BaseException:
    """The exception (any kind) that ``operation`` raises through ``api``."""
    method, arguments = CALLS[operation]
    with pytest.raises(BaseException) as caught:  # noqa: PT011 - the tests check the class
        api.call(method, **{**arguments, **overrides})
    return caught.value


def _status(status: int, **headers: str) -> Recipe:
    return lambda make_api, kind: raised_by(
        make_api(httpx.Response(status, json=error_body(status), headers=headers), max_retries=0)
    )


def _closed(make_api: Callable[..., Api], kind: str) -> BaseException:
    api = make_api()
    api.call("close")
    with pytest.raises(ClientClosedError) as caught:
        api.call("get_twilio_media_stream_url")
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
    client_class = AutoTranscribeClient if kind == "sync" else AsyncAutoTranscribeClient
    with pytest.raises(ConfigurationError) as caught:
        client_class(api_id=API_ID, environment={})
    return caught.value


def _transcript_store(make_api: Callable[..., Api], kind: str) -> BaseException:
    from asapp_mg_autotranscribe.redis import RedisTranscriptCollector

    with refusing_loopback_port() as port:
        collector = RedisTranscriptCollector(f"redis://127.0.0.1:{port}/0")
        with pytest.raises(sdk.TranscriptStoreError) as caught:
            collector.events("CA1")
        collector.close()
    return caught.value


# How to get each public error through the public API.
ERROR_RECIPES: dict[str, Recipe] = {
    "ConfigurationError": _configuration,
    "InvalidRequestError": lambda make_api, kind: raised_by(
        make_api(httpx.Response(200)), namespace="skype"
    ),
    "APIConnectionError": lambda make_api, kind: raised_by(
        make_api(httpx.ConnectError("refused"), max_retries=0)
    ),
    "APITimeoutError": lambda make_api, kind: raised_by(
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
    "InvalidResponseError": lambda make_api, kind: raised_by(
        make_api(httpx.Response(200, content=b"<html>no</html>"))
    ),
    "StreamingNotOkError": lambda make_api, kind: raised_by(
        make_api(httpx.Response(200, json={**START_OK, "isOk": False, "errorMessage": "no audio"}))
    ),
    "ClientClosedError": _closed,
    "InvalidTranscriptEventError": _transcript_error,
    "WebhookAuthenticationError": _webhook_authentication,
    "TranscriptStoreError": _transcript_store,
}
PUBLIC_ATTRIBUTES = ("status_code", "request_id", "code", "message", "retry_after", "error_message")


def test_every_public_error_has_a_recipe() -> None:
    public_errors = {
        name
        for name in sdk.__all__
        if isinstance(getattr(sdk, name), type) and issubclass(getattr(sdk, name), ASAPPError)
    }
    assert public_errors - {"ASAPPError"} <= set(ERROR_RECIPES)


@pytest.mark.parametrize("name", sorted(ERROR_RECIPES))
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


def rate_limited_call(kind: str) -> None:
    """Runs in a worker process: a start_streaming answered 429 (Retry-After: 7)."""
    limited = httpx.Response(429, json=error_body(429), headers={"Retry-After": "7"})
    api = Api(kind, Script(limited), max_retries=0)
    method, arguments = CALLS["start"]
    try:
        api.call(method, **arguments)
    finally:
        api.close()


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
