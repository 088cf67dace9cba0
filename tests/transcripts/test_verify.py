"""verify_transcript_request: the receiver's checks on a request any framework received
(headers as each framework gives them, the query, the order of the checks, the settings)."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from starlette.datastructures import Headers as StarletteHeaders
from werkzeug.datastructures import EnvironHeaders, Headers

from asapp_mg_autotranscribe import (
    ASAPPError,
    ConfigurationError,
    InvalidTranscriptEventError,
    TranscriptWebhook,
    WebhookAuthenticationError,
    verify_transcript_request,
)

from .samples import PRIVATE_TEXT, SECRET, SECRET_NAME, body, message

BOUND = 1024


def verify(content: bytes | str = b"", **settings: Any) -> Any:
    arguments = {
        "headers": {},
        "secret": SECRET,
        "secret_name": SECRET_NAME,
        "max_body_bytes": BOUND,
        **settings,
    }
    return verify_transcript_request(content or body(), **arguments)


def _refused(**settings: Any) -> str:
    with pytest.raises(WebhookAuthenticationError) as raised:
        verify(**settings)
    assert SECRET not in str(raised.value)
    return str(raised.value)


@pytest.mark.parametrize(
    "headers",
    [
        {SECRET_NAME: SECRET},
        {SECRET_NAME.lower(): SECRET, "content-type": "application/json"},
        [(SECRET_NAME.upper(), SECRET)],
        [(SECRET_NAME.lower().encode(), SECRET.encode())],
        Headers([(SECRET_NAME, SECRET)]),
        EnvironHeaders({"HTTP_X_TRANSCRIPT_TOKEN": SECRET, "CONTENT_TYPE": "application/json"}),
        StarletteHeaders(raw=[(SECRET_NAME.lower().encode(), SECRET.encode())]),
    ],
    ids=["dict", "dict-lower-case", "pairs", "byte-pairs", "werkzeug", "environ", "starlette"],
)
def test_the_header_secret_is_read_from_any_mapping_or_pairs(headers: Any) -> None:
    event = verify(headers=headers)
    assert event.to_dict() == message()


def test_the_secret_missing_or_in_the_other_place_is_refused() -> None:
    where = f"{SECRET_NAME} header"
    assert _refused(headers={}) == f"the secret is missing (no {where})"
    assert _refused(query_string=f"{SECRET_NAME}={SECRET}") == f"the secret is missing (no {where})"
    assert _refused(headers={"other": SECRET}) == f"the secret is missing (no {where})"


@pytest.mark.parametrize(
    "value",
    ["wrong", SECRET + "x", SECRET[:-1], SECRET.upper(), "", SECRET[:-1] + "é", SECRET + "€"],
    ids=["wrong", "longer", "shorter", "other-case", "empty", "latin-1", "not-latin-1"],
)
def test_a_wrong_secret_is_refused(value: str) -> None:
    assert _refused(headers={SECRET_NAME: value}) == f"the secret is wrong ({SECRET_NAME} header)"
    assert _refused(headers=[(SECRET_NAME, value.encode())]).startswith("the secret is wrong")


@pytest.mark.parametrize(
    "headers",
    [
        [(SECRET_NAME, SECRET), (SECRET_NAME.lower(), SECRET)],
        Headers([(SECRET_NAME, SECRET), (SECRET_NAME, SECRET)]),
        StarletteHeaders(raw=[(SECRET_NAME.lower().encode(), SECRET.encode())] * 2),
    ],
    ids=["pairs", "werkzeug", "starlette"],
)
def test_a_header_sent_twice_is_refused(headers: Any) -> None:
    assert _refused(headers=headers) == (
        f"the secret is presented 2 times ({SECRET_NAME} header); exactly one is accepted"
    )


def test_a_header_sent_twice_and_joined_by_the_server_is_refused() -> None:
    joined = EnvironHeaders({"HTTP_X_TRANSCRIPT_TOKEN": f"{SECRET},{SECRET}"})
    assert _refused(headers=joined).startswith("the secret is wrong")


@pytest.mark.parametrize(
    "query",
    [
        f"{SECRET_NAME}={SECRET}",
        f"a=1&{SECRET_NAME}={SECRET}".encode(),
        "".join(f"%{byte:02X}" for byte in f"{SECRET_NAME}={SECRET}".encode()).replace("%3D", "="),
    ],
    ids=["text", "bytes", "percent-encoded"],
)
def test_the_query_secret_is_read_from_the_raw_query(query: str | bytes) -> None:
    event = verify(query_string=query, secret_in="query", headers={SECRET_NAME: "ignored"})
    assert event.to_dict() == message()


def test_the_query_secret_missing_twice_or_wrong_is_refused() -> None:
    where = f"{SECRET_NAME} query parameter"
    assert _refused(secret_in="query", headers={SECRET_NAME: SECRET}) == (
        f"the secret is missing (no {where})"
    )
    twice = f"{SECRET_NAME}={SECRET}&{SECRET_NAME}={SECRET}"
    assert _refused(secret_in="query", query_string=twice).startswith("the secret is presented 2")
    wrong = f"{SECRET_NAME}={SECRET}x"
    assert _refused(secret_in="query", query_string=wrong) == f"the secret is wrong ({where})"


def test_the_secret_is_checked_before_the_body() -> None:
    for content in (b"x" * (BOUND + 1), b"not json"):
        _refused(headers={SECRET_NAME: "wrong"}, content=content)


def test_then_a_body_over_the_bound_or_not_an_event_is_invalid() -> None:
    headers = {SECRET_NAME: SECRET}
    with pytest.raises(InvalidTranscriptEventError, match=f"over the bound of {BOUND}"):
        verify(b"x" * (BOUND + 1), headers=headers)
    with pytest.raises(InvalidTranscriptEventError, match="the body is not JSON"):
        verify(PRIVATE_TEXT.encode(), headers=headers)
    padded = body(text="a" * (BOUND - len(body(text=""))))
    assert verify(padded, headers=headers).text == "a" * (BOUND - len(body(text="")))


def test_the_body_may_be_text() -> None:
    assert verify(body().decode(), headers={SECRET_NAME: SECRET}).to_dict() == message()


def test_without_a_secret_only_the_body_is_checked() -> None:
    assert verify(headers={}, secret=None, secret_name=None).to_dict() == message()
    with pytest.raises(InvalidTranscriptEventError):
        verify(b"[]", headers={}, secret=None, secret_name=None)


@pytest.mark.parametrize(
    ("settings", "message_part"),
    [
        ({"secret": None}, "secret_name is given but secret is None"),
        ({"secret_name": None}, "secret_name is required with a secret"),
        ({"secret": "line\nbreak-secret"}, "secret contains a control or non-ASCII character"),
        ({"secret_in": "body"}, 'secret_in must be "header" or "query"'),
        ({"secret_name": "X Token"}, "is not an HTTP header name"),
        ({"max_body_bytes": 0}, "max_body_bytes must be a positive int"),
    ],
)
def test_bad_settings_are_a_configuration_error_as_for_the_webhook(
    settings: dict[str, Any], message_part: str
) -> None:
    with pytest.raises(ConfigurationError, match=message_part):
        verify(headers={SECRET_NAME: SECRET}, **settings)
    webhook_settings = {"secret": SECRET, "secret_name": SECRET_NAME, **settings}
    with pytest.raises(ConfigurationError, match=message_part):
        TranscriptWebhook(print, **webhook_settings)


@pytest.mark.parametrize(
    ("settings", "message_part"),
    [
        ({"headers": [(5, SECRET)]}, "header names must be str or bytes, not int"),
        ({"headers": {SECRET_NAME: [SECRET]}}, "header values must be str or bytes, not list"),
        ({"secret_in": "query", "query_string": None}, "query_string must be str or bytes"),
    ],
)
def test_headers_or_a_query_of_another_type_are_a_type_error(
    settings: dict[str, Any], message_part: str
) -> None:
    with pytest.raises(TypeError, match=message_part):
        verify(**settings)


def test_the_error_is_an_asapp_error_that_pickles_without_the_secret() -> None:
    with pytest.raises(WebhookAuthenticationError) as raised:
        verify(headers={SECRET_NAME: SECRET + "-almost"})
    assert isinstance(raised.value, ASAPPError)
    assert type(raised.value).__module__ == "asapp_mg_autotranscribe"
    copied = pickle.loads(pickle.dumps(raised.value))
    assert type(copied) is WebhookAuthenticationError
    assert str(copied) == str(raised.value)
    assert SECRET not in repr(copied)
