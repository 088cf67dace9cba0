"""The Redactor, and what errors show of an answer that echoes the API secret.

However the answer writes the secret (in the reason phrase, a header, a JSON body with
``\\u`` or ``\\/`` escapes, UTF-16 or UTF-32 with or without a BOM or a declared charset, a
charset of its own), the error holds and shows it scrubbed: ``str``, ``repr``, ``message``,
``body``, its response's content, text and JSON, its pickle; so do the CLI's stderr and the
stream-URL cache's records of a failed refresh. A body cut by the read cap keeps no piece
of 8 characters or more of it; a secret shorter than that is scrubbed where it stands as a
whole token. A 2xx body the SDK returns is never rewritten. Stream-URL tokens are masked in
ASAPP's error messages, in a 2xx that is not JSON, and in the cache's records of a failed
refresh. Both clients (``make_api``: httpx.MockTransport), and real sockets where the CLI
and the read cap are concerned.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import logging
import pickle
import re
from collections.abc import Callable

import httpx
import pytest
from doubles import API_ID, CALL_SID, CALLS, START_OK, STREAM_URL, Api, Clock, error_body
from fault.fake_asapp import FakeAsapp, raw, respond
from fault.sdk_calls import call
from secrets_walk import SecretForms, assert_secret_unreachable

from asapp_mg_autotranscribe import (
    APIStatusError,
    AsyncStreamUrlCache,
    InvalidResponseError,
    StreamingNotOkError,
    StreamUrlCache,
)
from asapp_mg_autotranscribe._cli import main
from asapp_mg_autotranscribe._constants import MAX_RESPONSE_BYTES
from asapp_mg_autotranscribe._redaction import REDACTED, Redactor

SECRET = "s3cr3t-Value-9f2c"
SLASHED = "s3cr3t/Value/9f2c+x="
QUOTED = 's3cr"t\\Value-9f2c'
LONG = "s3cr3t-Value-9f2c-0123456789abc"  # 31 characters
assert len(LONG) == 31


def escaped(text: str, *, upper: bool = True) -> str:
    """Every character as a JSON \\u escape."""
    return "".join(f"\\u{ord(char):04X}" if upper else f"\\u{ord(char):04x}" for char in text)


def partly_escaped(text: str) -> str:
    """Every other character as a lower-case JSON \\u escape."""
    return "".join(
        escaped(char, upper=False) if index % 2 else char for index, char in enumerate(text)
    )


def asapp_error(message: str, status: int = 400) -> str:
    """ASAPP's error body with ``message`` put in as it is (already JSON-escaped)."""
    body = error_body(status, "MESSAGE")
    return json.dumps(body).replace("MESSAGE", message)


def pieces(secret: str, length: int = 8) -> list[str]:
    """Every run of ``length`` characters of ``secret``."""
    return [secret[start : start + length] for start in range(len(secret) - length + 1)]


def assert_no_piece(data: bytes | str, secret: str) -> None:
    """Not the secret, nor any run of 8 of its characters, in any form."""
    for piece in pieces(secret):
        forms = SecretForms(piece)
        found = forms.in_text(data) if isinstance(data, str) else forms.in_bytes(data)
        assert not found, f"{piece!r} remains in {data[-120:]!r}"


# --- echoed secrets: each way an answer writes it --------------------------------------------


def _answer(
    status: int, body: bytes, content_type: str, *, reason: bytes | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """An answer with ``body``; with ``reason``, that is its reason phrase and its X-Echo
    header."""

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": content_type}
        extensions = {}
        if reason is not None:
            headers["X-Echo"] = reason.decode()
            extensions["reason_phrase"] = reason
        return httpx.Response(
            status, headers=headers, content=body, extensions=extensions, request=request
        )

    return answer


def _html(text: str, encoding: str, content_type: str = "text/html") -> tuple[bytes, str]:
    return f"<html><pre>{text}</pre></html>".encode(encoding), content_type


# name: (the secret, the error body, its content type, the reason phrase)
ECHOES: dict[str, tuple[str, bytes, str, bytes | None]] = {
    "utf-8": (SECRET, *_html(f"asapp-api-secret: {SECRET}", "utf-8"), None),
    "reason phrase and a header": (
        SECRET,
        asapp_error("no").encode(),
        "application/json",
        SECRET.encode(),
    ),
    "json \\u escapes": (
        SECRET,
        asapp_error(f"rejected {escaped(SECRET)}").encode(),
        "application/json",
        None,
    ),
    "json \\u some, lower case": (
        SECRET,
        asapp_error(f"rejected {partly_escaped(SECRET)}").encode(),
        "application/json",
        None,
    ),
    "json \\/": (
        SLASHED,
        asapp_error("rejected " + SLASHED.replace("/", "\\/")).encode(),
        "application/json",
        None,
    ),
    'json \\" and \\\\': (
        QUOTED,
        asapp_error("rejected " + json.dumps(QUOTED)[1:-1]).encode(),
        "application/json",
        None,
    ),
    "utf-16 with a BOM": (SECRET, *_html(SECRET, "utf-16"), None),
    "utf-16-le declared": (
        SECRET,
        *_html(SECRET, "utf-16-le", "text/plain; charset=utf-16-le"),
        None,
    ),
    "utf-16-be JSON, no BOM nor charset": (
        SECRET,
        asapp_error(f"rejected {SECRET}").encode("utf-16-be"),
        "application/json",
        None,
    ),
    "utf-16-le JSON with \\u escapes": (
        SECRET,
        asapp_error(f"rejected {escaped(SECRET)}").encode("utf-16-le"),
        "application/json",
        None,
    ),
    "utf-16-be with a BOM": (
        SECRET,
        codecs.BOM_UTF16_BE + asapp_error(f"rejected {SECRET}").encode("utf-16-be"),
        "application/json",
        None,
    ),
    "utf-32 with a BOM": (
        SECRET,
        asapp_error(f"rejected {SECRET}").encode("utf-32"),
        "application/json",
        None,
    ),
    "utf-32-be declared": (
        SECRET,
        *_html(SECRET, "utf-32-be", "text/html; charset=UTF-32BE"),
        None,
    ),
    "a declared charset of its own": (
        SECRET,
        *_html(SECRET, "cp500", "text/html; charset=cp500"),
        None,
    ),
}


def assert_scrubbed(error: BaseException, secret: str) -> None:
    """Nothing the error holds or shows has the secret, however it is written."""
    forms = SecretForms(secret)
    shown = [str(error), repr(error), repr(pickle.loads(pickle.dumps(error)))]
    if isinstance(error, APIStatusError):
        shown += [error.message, repr(error.body)]
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        shown += [response.text, response.reason_phrase, repr(response.headers)]
        assert not forms.in_bytes(response.content)
        with contextlib.suppress(ValueError):  # not every echo is JSON
            shown.append(json.dumps(response.json()))
    for text in shown:
        assert not forms.in_text(text), text
    assert not forms.in_bytes(pickle.dumps(error))
    assert_secret_unreachable(error, secret)


def raised(api: Api, operation: str) -> BaseException:
    method, arguments = CALLS[operation]
    with pytest.raises(BaseException) as caught:  # noqa: PT011 - the tests check the class
        api.call(method, **arguments)
    return caught.value


def shows_redacted(response: httpx.Response) -> bool:
    """Whether the reason phrase or the body (in any encoding) says ``[redacted]``."""
    encodings = ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp500"]
    marks = [REDACTED.encode(encoding) for encoding in encodings]
    return REDACTED in response.reason_phrase or any(mark in response.content for mark in marks)


@pytest.mark.parametrize(
    ("status", "operation", "error_class"),
    [(400, "stop", APIStatusError), (200, "stream_url", InvalidResponseError)],
    ids=["status error", "unreadable 2xx"],
)
@pytest.mark.parametrize("echo", sorted(ECHOES))
def test_an_echoed_secret_is_scrubbed_from_the_error(
    make_api: Callable[..., Api],
    echo: str,
    status: int,
    operation: str,
    error_class: type[Exception],
) -> None:
    secret, body, content_type, reason = ECHOES[echo]
    api = make_api(_answer(status, body, content_type, reason=reason), api_secret=secret)
    error = raised(api, operation)
    assert isinstance(error, error_class), repr(error)
    assert_scrubbed(error, secret)
    assert shows_redacted(error.response)


@pytest.mark.parametrize("secret", [SECRET, SLASHED, QUOTED])
def test_an_echoed_secret_is_scrubbed_from_a_not_ok_answer(
    make_api: Callable[..., Api], secret: str
) -> None:
    body = json.dumps({**START_OK, "isOk": False, "errorMessage": "@"}).replace(
        "@", escaped(secret)
    )
    api = make_api(_answer(200, body.encode(), "application/json"), api_secret=secret)
    error = raised(api, "start")
    assert isinstance(error, StreamingNotOkError), repr(error)
    assert_scrubbed(error, secret)
    assert not SecretForms(secret).in_text(json.dumps(error.result.to_dict()))
    assert error.error_message == REDACTED


def test_an_error_from_a_raw_response_is_scrubbed_but_its_body_is_as_received(
    make_api: Callable[..., Api],
) -> None:
    body = f"<pre>{SECRET}</pre>".encode()
    api = make_api(_answer(200, body, "text/html"), api_secret=SECRET)
    raw_response = api.call_raw("get_twilio_media_stream_url")
    assert raw_response.http_response.content == body
    for read in (raw_response.json, raw_response.parse, lambda: raw_response.model):
        with pytest.raises(InvalidResponseError) as caught:
            read()
        assert_scrubbed(caught.value, SECRET)


def test_a_2xx_body_the_sdk_returns_is_never_rewritten(make_api: Callable[..., Api]) -> None:
    url = f"wss://ws.example.test/media/{SECRET}?s={escaped(SECRET)}"
    body = json.dumps({"streamingUrl": url}).encode()
    api = make_api(_answer(200, body, "application/json"), api_secret=SECRET)
    assert api.call("get_twilio_media_stream_url") == url
    raw_response = api.call_raw("get_twilio_media_stream_url")
    assert raw_response.http_response.content == body
    assert raw_response.json() == {"streamingUrl": url}
    assert raw_response.parse() == url


def test_an_answer_only_the_secret_made_unreadable_is_refused(
    make_api: Callable[..., Api],
) -> None:
    # Unescaped, the quote in the secret ends the string early; scrubbed, the JSON reads.
    body = ('{"streamingUrl": "wss://ws.example.test/' + QUOTED + '"}').encode()
    api = make_api(_answer(200, body, "application/json"), api_secret=QUOTED)
    error = raised(api, "stream_url")
    assert isinstance(error, InvalidResponseError), repr(error)
    assert "where it holds the API secret" in str(error)
    assert_scrubbed(error, QUOTED)


def test_the_cli_prints_no_echoed_secret(server: FakeAsapp) -> None:
    for echo in sorted(ECHOES):
        secret, body, content_type, reason = ECHOES[echo]
        reason_text = (reason or b"Bad Request").decode()
        head = f"HTTP/1.1 400 {reason_text}\r\nContent-Type: {content_type}\r\n"
        server.answer(raw(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body))
        err = io.StringIO()
        environment = {
            "ASAPP_API_ID": API_ID,
            "ASAPP_API_SECRET": secret,
            "ASAPP_API_HOST": server.base_url,
        }
        code = main(["stream-url"], environment=environment, stdout=io.StringIO(), stderr=err)
        assert code == 1
        assert "BadRequestError" in err.getvalue()
        assert not SecretForms(secret).in_text(err.getvalue()), (echo, err.getvalue())


def test_the_cli_prints_no_secret_from_a_not_ok_answer(server: FakeAsapp) -> None:
    body = json.dumps({**START_OK, "isOk": False, "errorMessage": "@"})
    server.answer(respond(200, body.replace("@", escaped(SECRET)).encode()))
    err = io.StringIO()
    environment = {
        "ASAPP_API_ID": API_ID,
        "ASAPP_API_SECRET": SECRET,
        "ASAPP_API_HOST": server.base_url,
    }
    argv = ["start", "--guid", CALL_SID, "--customer-id", "C1", "--agent-id", "A1"]
    assert main(argv, environment=environment, stdout=io.StringIO(), stderr=err) == 1
    assert "StreamingNotOkError" in err.getvalue()
    assert not SecretForms(SECRET).in_text(err.getvalue()), err.getvalue()


def logged_by_a_failed_refresh(api: Api, caplog: pytest.LogCaptureFixture) -> str:
    """Every record (DEBUG and up, arguments included) of a stream-URL cache on ``api``'s
    client that gets a URL from its first answer and, due for a refresh while that URL is
    still valid, a failure from its second: it serves the cached URL with one WARNING."""
    caplog.set_level(logging.DEBUG, logger="asapp_mg_autotranscribe")
    clock = Clock()
    cache_class = StreamUrlCache if api.kind == "sync" else AsyncStreamUrlCache
    cache = cache_class(api.client, clock=clock)  # type: ignore[abstract]
    assert api.call_on(cache, "get") == STREAM_URL
    clock.now += 250  # due for a refresh, still valid
    assert api.call_on(cache, "get") == STREAM_URL
    assert len(api.script.requests) == 2  # the refresh was asked for, and failed
    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "serving the cached one" in warnings[0].getMessage()
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(record) + repr(record.args) for record in caplog.records)


@pytest.mark.parametrize("echo", sorted(ECHOES))
def test_the_stream_url_cache_s_warning_shows_no_echoed_secret(
    make_api: Callable[..., Api], caplog: pytest.LogCaptureFixture, echo: str
) -> None:
    secret, body, content_type, reason = ECHOES[echo]
    ok = httpx.Response(200, json={"streamingUrl": STREAM_URL})
    api = make_api(
        ok, _answer(503, body, content_type, reason=reason), api_secret=secret, max_retries=0
    )
    logged = logged_by_a_failed_refresh(api, caplog)
    assert not SecretForms(secret).in_text(logged), logged


# --- cut secrets -----------------------------------------------------------------------------

# How a body may write the secret: (encoding, the text written for it).
WRITINGS = [
    ("utf-8", LONG),
    ("utf-8", escaped(LONG)),
    ("utf-8", partly_escaped(LONG)),
    ("utf-16-le", LONG),
    ("utf-16-be", LONG),
    ("utf-16-le", escaped(LONG)),
    ("utf-32-be", LONG),
]


def _cut_points(written: bytes, secret_length: int) -> list[int]:
    """Byte offsets into ``written`` that leave 8, 20 and 30 characters' worth, and a few
    that fall inside a character's bytes or escape."""
    per_character = len(written) / secret_length
    return sorted(
        {int(per_character * kept) for kept in (8, 20, 30)}
        | {int(per_character * 8) + 1, int(per_character * 30) - 1, len(written) - 1}
    )


@pytest.mark.parametrize(("encoding", "text"), WRITINGS)
def test_no_piece_of_8_characters_remains_where_a_body_is_cut(encoding: str, text: str) -> None:
    redactor = Redactor(LONG)
    written = text.encode(encoding)
    filler = "<html><pre>asapp-api-secret: ".encode(encoding)
    for cut in _cut_points(written, len(LONG)):
        at_the_end = redactor.content(filler + written[:cut])
        assert at_the_end.startswith(filler)
        assert_no_piece(at_the_end, LONG)
        at_the_start = redactor.content(written[-cut:] + filler)
        assert at_the_start.endswith(filler)
        assert_no_piece(at_the_start, LONG)


def test_a_piece_shorter_than_8_characters_is_left() -> None:
    redactor = Redactor(LONG)
    for body in (b"<pre>" + LONG[:7].encode(), LONG[-7:].encode() + b"</pre>"):
        assert redactor.content(body) is body


def test_a_body_that_starts_with_a_piece_of_the_secret_keeps_none_of_it(
    make_api: Callable[..., Api],
) -> None:
    body = f"{LONG[-20:]}</pre><p>rejected</p>".encode()
    api = make_api(_answer(400, body, "text/html"), api_secret=LONG)
    error = raised(api, "start")
    assert isinstance(error, APIStatusError), repr(error)
    assert error.response.content == f"{REDACTED}</pre><p>rejected</p>".encode()
    assert_no_piece(str(error), LONG)


@pytest.mark.parametrize("status", [200, 500])
@pytest.mark.parametrize("charset", ["utf-8", "utf-16-le"])
def test_the_read_cap_leaves_no_piece_of_the_secret(
    make_api: Callable[..., Api], status: int, charset: str
) -> None:
    head = '{"error": {"message": "rejected '.encode(charset)
    kept = LONG[:30].encode(charset)
    space = " ".encode(charset)
    filler = space * ((MAX_RESPONSE_BYTES - len(head) - len(kept)) // len(space))
    body = head + filler + LONG.encode(charset) + '"}}'.encode(charset) + space * 1000
    # The cap falls after the 30th character of the secret.
    assert body[:MAX_RESPONSE_BYTES].endswith(kept)
    content_type = f"application/json; charset={charset}"
    api = make_api(_answer(status, body, content_type), api_secret=LONG, max_retries=0)
    error = raised(api, "stream_url")
    assert isinstance(error, InvalidResponseError | APIStatusError), repr(error)
    content = error.response.content
    assert len(content) <= MAX_RESPONSE_BYTES
    assert content.endswith(REDACTED.encode(charset))
    assert_no_piece(content, LONG)
    assert_no_piece(pickle.dumps(error), LONG)
    assert_no_piece(str(error), LONG)


def test_the_read_cap_leaves_no_piece_of_the_secret_over_sockets(
    kind: str, server: FakeAsapp
) -> None:
    filler = b" " * (MAX_RESPONSE_BYTES - 30)
    server.answer(respond(502, filler + LONG.encode() + b"</pre>", {"Content-Type": "text/html"}))
    error = call(kind, server.base_url, "stream_url", max_retries=0, api_secret=LONG).error
    assert isinstance(error, APIStatusError), repr(error)
    assert error.response.content.endswith(REDACTED.encode())
    assert_no_piece(pickle.dumps(error), LONG)


# --- short secrets ---------------------------------------------------------------------------

WORDS = "status: {} (s3cond, x{}, {}_y); decisions"


@pytest.mark.parametrize("secret", ["s", "s3c", "ab-12"])
def test_a_short_secret_is_scrubbed_where_it_stands_alone(
    make_api: Callable[..., Api], secret: str
) -> None:
    text = WORDS.format(secret, secret, secret)
    body = asapp_error(f'{text} \\"{escaped(secret)}\\"').encode()
    api = make_api(
        _answer(400, body, "application/json", reason=secret.encode()), api_secret=secret
    )
    error = raised(api, "stream_url")
    assert isinstance(error, APIStatusError), repr(error)
    alone = re.compile(rf"(?<![A-Za-z0-9_]){re.escape(secret)}(?![A-Za-z0-9_])")
    for shown in (str(error), error.message, error.response.text, error.response.reason_phrase):
        assert not alone.search(shown), shown
    assert f"status: {REDACTED} (s3cond, x{secret}, {secret}_y); decisions" in error.message
    assert f'"{REDACTED}"' in error.message
    assert error.response.reason_phrase == REDACTED


def test_a_short_secret_is_scrubbed_alone_in_every_encoding() -> None:
    redactor = Redactor("s")
    for encoding in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"):
        written = "as s sa s".encode(encoding)  # "utf-16" and "utf-32" with a BOM
        assert redactor.content(written).decode(encoding) == f"as {REDACTED} sa {REDACTED}"
    assert redactor.text("as s, \\u0073 sa") == f"as {REDACTED}, {REDACTED} sa"


# --- stream-URL tokens in ASAPP's error messages ---------------------------------------------

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYWxsIn0.c2lnbmF0dXJl"


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (
            f"stream wss://ws.example.test/twilio-media/{TOKEN} expired",
            "wss://ws.example.test/twilio-media/***",
        ),
        (f"token {TOKEN} is not valid", "token *** is not valid"),
        (
            "bad wss://ws.example.test/media?token=abc&x=1 given",
            "wss://ws.example.test/***?token=***&x=***",
        ),
    ],
)
def test_stream_url_tokens_in_an_asapp_error_message_are_masked(
    make_api: Callable[..., Api], message: str, shown: str
) -> None:
    api = make_api(httpx.Response(409, json=error_body(409, message)))
    error = raised(api, "start")
    assert isinstance(error, APIStatusError), repr(error)
    for text in (str(error), error.message):
        assert shown in text
        assert TOKEN not in text
        assert "abc" not in text


NOT_JSON_WITH_A_TOKEN = f"wss://ws.example.test/mg/twilio-media/{TOKEN} and garbage".encode()


def test_a_token_in_a_2xx_that_is_not_json_is_masked_in_the_error(
    make_api: Callable[..., Api], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="asapp_mg_autotranscribe")
    error = raised(make_api(httpx.Response(200, content=NOT_JSON_WITH_A_TOKEN)), "stream_url")
    assert isinstance(error, InvalidResponseError), repr(error)
    assert "wss://ws.example.test/mg/twilio-media/***" in str(error)
    for text in (str(error), repr(error), caplog.text):
        assert TOKEN not in text


def test_a_token_in_a_failed_refresh_is_masked_in_the_cache_s_warning(
    make_api: Callable[..., Api], caplog: pytest.LogCaptureFixture
) -> None:
    ok = httpx.Response(200, json={"streamingUrl": STREAM_URL})
    api = make_api(ok, httpx.Response(200, content=NOT_JSON_WITH_A_TOKEN))
    assert TOKEN not in logged_by_a_failed_refresh(api, caplog)


def test_a_token_in_a_not_ok_message_is_masked(make_api: Callable[..., Api]) -> None:
    body = {**START_OK, "isOk": False, "errorMessage": f"stream wss://ws.example.test/m/{TOKEN}"}
    api = make_api(httpx.Response(200, json=body))
    error = raised(api, "start")
    assert isinstance(error, StreamingNotOkError), repr(error)
    assert "wss://ws.example.test/m/***" in str(error)
    assert TOKEN not in str(error)


# --- the Redactor's own parts ----------------------------------------------------------------


def test_headers_are_scrubbed_each_value_kept() -> None:
    response = httpx.Response(
        400,
        headers=[("set-cookie", f"a={SECRET}"), ("set-cookie", "b=2"), ("x-other", "fine")],
        extensions={"reason_phrase": f"Bad {SECRET}".encode()},
    )
    Redactor(SECRET).headers(response)
    assert response.headers.get_list("set-cookie") == [f"a={REDACTED}", "b=2"]
    assert response.headers["x-other"] == "fine"
    assert response.reason_phrase == f"Bad {REDACTED}"


def test_a_header_value_in_latin_1_keeps_its_other_characters() -> None:
    value = f"café {SECRET}".encode("latin-1")
    response = httpx.Response(
        400, headers=[(b"x-echo", value), (b"x-other", "né".encode("latin-1"))]
    )
    Redactor(SECRET).headers(response)
    assert response.headers.raw == [
        (b"x-echo", f"café {REDACTED}".encode("latin-1")),
        (b"x-other", "né".encode("latin-1")),
    ]


def test_headers_without_the_secret_are_left_as_they_are() -> None:
    response = httpx.Response(400, headers={"x-path": "a\\b", "x-other": "fine"})
    headers = response.headers
    Redactor(SECRET).headers(response)
    assert response.headers is headers
    request = httpx.Request("GET", "https://h/", headers={"asapp-api-id": "id"})
    Redactor(SECRET).request(request)
    assert request.headers["asapp-api-id"] == "id"


def test_a_request_keeps_its_headers_with_the_secret_scrubbed() -> None:
    # An id sharing the secret's first characters is left: a header is never cut.
    headers = {"asapp-api-secret": SECRET, "x-debug": f"k={SECRET}", "asapp-api-id": SECRET[:-2]}
    request = httpx.Request("GET", "https://h/", headers=headers)
    Redactor(SECRET).request(request)
    assert request.headers["asapp-api-secret"] == REDACTED
    assert request.headers["x-debug"] == f"k={REDACTED}"
    assert request.headers["asapp-api-id"] == SECRET[:-2]


def test_the_text_of_an_exception_chain_is_scrubbed() -> None:
    inner = ValueError(f"bad line {SECRET}", 3)
    outer = RuntimeError(inner)
    outer.__context__ = inner
    inner.__cause__ = outer  # a cycle ends too
    Redactor(SECRET).exception_chain(outer)
    assert inner.args == (f"bad line {REDACTED}", 3)
    assert outer.args == (inner,)


@pytest.mark.parametrize("charset", [None, "no-such-charset", "rot13", "latin-1", "utf-16"])
def test_a_charset_that_writes_nothing_new_or_nothing_at_all_is_passed_over(
    charset: str | None,
) -> None:
    body = f"<p>{SECRET}</p>".encode()
    assert Redactor(SECRET).content(body, charset) == f"<p>{REDACTED}</p>".encode()


def test_an_empty_body_stays_empty() -> None:
    assert Redactor(SECRET).content(b"") == b""
    assert Redactor(SECRET).text("plain") == "plain"
