"""parse_transcript_event and TranscriptEvent: ASAPP's messages read strictly, errors that
name the path and never a value."""

from __future__ import annotations

import copy
import json
import pickle
import subprocess
import sys
import types
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator

from asapp_mg_autotranscribe import (
    ASAPPError,
    ConfigurationError,
    InvalidTranscriptEventError,
    TranscriptEvent,
    parse_transcript_event,
)

from .samples import CALL_SID, DOCUMENTED, PRIVATE_TEXT, body, documented_examples, event_schema
from .samples import message as make_message


def _properties(event: TranscriptEvent) -> dict[str, Any]:
    return {name: getattr(event, name) for name in DOCUMENTED["customer"]}


# --- ASAPP's documented messages -------------------------------------------------------------


@pytest.mark.parametrize("name", ["customer", "agent"])
def test_documented_examples_parse_to_the_documented_values(name: str) -> None:
    example = documented_examples()[name]
    event = parse_transcript_event(json.dumps(example).encode())
    assert _properties(event) == DOCUMENTED[name]
    assert event.to_dict() == example


@pytest.mark.parametrize("name", ["customer", "agent"])
def test_documented_examples_fit_the_schema(name: str) -> None:
    validator = OAS30Validator(event_schema())
    assert [error.message for error in validator.iter_errors(documented_examples()[name])] == []


def test_the_schema_check_can_fail() -> None:
    example = documented_examples()["agent"]
    example["autotranscribeResponse"]["start"] = "4744"
    validator = OAS30Validator(event_schema())
    assert [error.message for error in validator.iter_errors(example)] == [
        "'4744' is not of type 'integer'"
    ]


def test_the_documented_examples_are_the_two_of_the_guide() -> None:
    assert sorted(documented_examples()) == ["agent", "customer"]


# --- what is read, and how -------------------------------------------------------------------


@pytest.mark.parametrize(
    "as_given",
    [
        lambda m: json.dumps(m).encode(),
        lambda m: bytearray(json.dumps(m).encode()),
        lambda m: json.dumps(m, indent=2),
        lambda m: m,
        lambda m: types.MappingProxyType(m),
        lambda m: json.dumps(m, ensure_ascii=True).encode(),
    ],
    ids=["bytes", "bytearray", "str", "dict", "mapping", "ascii-escaped"],
)
def test_bytes_text_and_mappings_read_alike(as_given: Any) -> None:
    message = make_message(text="Ça va? 👋")
    event = parse_transcript_event(as_given(message))
    assert event.text == "Ça va? 👋"
    assert event.to_dict() == message
    assert event == parse_transcript_event(json.dumps(message).encode())


def test_a_mapping_is_copied_and_nested_mappings_read() -> None:
    message = make_message()
    message["autotranscribeResponse"] = types.MappingProxyType(message["autotranscribeResponse"])
    event = parse_transcript_event(message)
    assert event.start_ms == 400
    assert event.to_dict()["autotranscribeResponse"]["utterance"] == [{"text": PRIVATE_TEXT}]
    original = make_message()
    event = parse_transcript_event(original)
    original["sender"]["role"] = "changed"
    assert event.role == "customer"
    assert event.to_dict()["sender"]["role"] == "customer"


def test_unknown_properties_and_new_roles_are_kept() -> None:
    message = make_message(role="supervisor")
    message["receivedAt"] = "2024-01-01T00:00:00Z"
    message["sender"]["name"] = "Ann"
    message["autotranscribeResponse"]["utterance"][0]["tokens"] = [
        {"content": "my", "start": 400, "end": 520, "punctuationAfter": ""}
    ]
    event = parse_transcript_event(json.dumps(message))
    assert event.role == "supervisor"
    assert event.to_dict() == message
    assert event.model.additional_properties == {"receivedAt": "2024-01-01T00:00:00Z"}
    assert event.model.sender.additional_properties == {"name": "Ann"}


def test_to_dict_is_a_copy() -> None:
    event = parse_transcript_event(body())
    as_dict = event.to_dict()
    as_dict["autotranscribeResponse"]["utterance"].clear()
    assert event.to_dict() == make_message()
    assert event.text == PRIVATE_TEXT


def test_text_joins_the_parts_with_a_space() -> None:
    message = make_message()
    message["autotranscribeResponse"]["utterance"] = [{"text": "one"}, {"text": "two"}]
    assert parse_transcript_event(message).text == "one two"
    message["autotranscribeResponse"]["utterance"] = []
    assert parse_transcript_event(message).text == ""


def test_times_are_the_ints_as_sent() -> None:
    event = parse_transcript_event(body(start=0, end=-5))
    assert (event.start_ms, event.end_ms) == (0, -5)
    assert type(event.start_ms) is int


def test_repr_leaves_the_text_out() -> None:
    shown = repr(parse_transcript_event(body()))
    assert PRIVATE_TEXT not in shown
    assert shown == (
        f"TranscriptEvent(external_conversation_id={CALL_SID!r}, "
        "stream_id='5ce2b755-3f38-11ed-b755-7aed4b5c38d5', role='customer', "
        "sender_external_id='TT9833237', start_ms=400, end_ms=3968, text=...)"
    )


# --- identity --------------------------------------------------------------------------------


def test_equal_messages_are_equal_events_whatever_the_spacing_and_key_order() -> None:
    message = make_message()
    reordered = dict(reversed(list(message.items())))
    first = parse_transcript_event(json.dumps(message).encode())
    second = parse_transcript_event(json.dumps(reordered, indent=4))
    assert first == second
    assert hash(first) == hash(second)
    assert len({first, second}) == 1


@pytest.mark.parametrize(
    "changed",
    [
        {"start": 401},
        {"end": 3969},
        {"text": PRIVATE_TEXT + "!"},
        {"role": "agent"},
        {"stream_id": "other"},
        {"call": "CA0"},
    ],
)
def test_any_difference_makes_another_event(changed: dict[str, Any]) -> None:
    assert parse_transcript_event(body()) != parse_transcript_event(body(**changed))


def test_an_unknown_property_makes_another_event() -> None:
    message = make_message()
    message["x"] = 1
    assert parse_transcript_event(make_message()) != parse_transcript_event(message)


def test_an_event_is_not_equal_to_its_message() -> None:
    event = parse_transcript_event(body())
    assert event != make_message()
    assert event.__eq__(make_message()) is NotImplemented


def test_events_pickle_and_copy_as_equal_events() -> None:
    event = parse_transcript_event(body())
    for again in (pickle.loads(pickle.dumps(event)), copy.deepcopy(event)):
        assert again == event
        assert _properties(again) == _properties(event)


def test_the_generated_package_is_loaded_at_the_first_parse_only() -> None:
    code = (
        "import sys, asapp_mg_autotranscribe as a\n"
        "assert 'asapp_mg_autotranscribe._gen.transcript_webhook_client' not in sys.modules\n"
        "a.TranscriptWebhook(print); a.TranscriptCollector()\n"
        "assert 'asapp_mg_autotranscribe._gen.transcript_webhook_client' not in sys.modules\n"
        "a.parse_transcript_event(" + repr(body()) + ")\n"
        "assert 'asapp_mg_autotranscribe._gen.transcript_webhook_client' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- what is refused -------------------------------------------------------------------------


def _with(path: str, value: Any) -> dict[str, Any]:
    """``make_message()`` with the property at the dotted ``path`` set (or removed: ...)."""
    message = make_message()
    *outer, last = path.split(".")
    node: Any = message
    for key in outer:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is ...:
        del node[last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return message


_REQUIRED = "expected a value (the property is required), got nothing"
_RESPONSE = "autotranscribeResponse"
_PART = "autotranscribeResponse.utterance[0]"

_SHAPE_CASES = [
    (
        _with("type", "Transcript-" + PRIVATE_TEXT),
        "type: expected one of 'transcript', got another string",
    ),
    (_with("type", 1), "type: expected one of 'transcript', got an integer"),
    (_with("type", ...), "type: " + _REQUIRED),
    (_with("externalConversationId", ...), "externalConversationId: " + _REQUIRED),
    (
        _with("externalConversationId", 5),
        "externalConversationId: expected a string, got an integer",
    ),
    (_with("streamId", None), "streamId: expected a string, got null"),
    (_with("sender", [PRIVATE_TEXT]), "sender: expected an object, got an array"),
    (_with("sender.role", ...), "sender.role: " + _REQUIRED),
    (_with("sender.role", True), "sender.role: expected a string, got a boolean"),
    (_with("sender.externalId", 1.5), "sender.externalId: expected a string, got a number"),
    (_with(_RESPONSE, ...), f"{_RESPONSE}: {_REQUIRED}"),
    (_with(f"{_RESPONSE}.start", "400"), f"{_RESPONSE}.start: expected an integer, got a string"),
    (_with(f"{_RESPONSE}.end", 3968.5), f"{_RESPONSE}.end: expected an integer, got a number"),
    (_with(f"{_RESPONSE}.end", ...), f"{_RESPONSE}.end: {_REQUIRED}"),
    (_with(f"{_RESPONSE}.message", 7), f"{_RESPONSE}.message: expected a string, got an integer"),
    (_with(f"{_RESPONSE}.utterance", PRIVATE_TEXT), f"{_RESPONSE}.utterance: expected an array"),
    (_with(f"{_RESPONSE}.utterance.0", PRIVATE_TEXT), f"{_PART}: expected an object, got a string"),
    (_with(f"{_RESPONSE}.utterance.0.text", 5), f"{_PART}.text: expected a string, got an integer"),
    (_with(f"{_RESPONSE}.utterance.0.text", ...), f"{_PART}.text: {_REQUIRED}"),
    ([make_message()], "the message: expected an object, got an array"),
    (PRIVATE_TEXT, "the message: expected an object, got a string"),
    (None, "the message: expected an object, got null"),
]


@pytest.mark.parametrize(("value", "expected"), _SHAPE_CASES)
def test_a_shape_error_names_the_path_and_no_value(value: Any, expected: str) -> None:
    for candidate in (json.dumps(value).encode(), value if isinstance(value, dict) else None):
        if candidate is None:
            continue
        with pytest.raises(InvalidTranscriptEventError) as raised:
            parse_transcript_event(candidate)
        text = str(raised.value)
        assert text.startswith("not a transcript event: " + expected)
        assert "private-Utterance" not in text
        assert raised.value.__cause__ is None
        assert raised.value.__suppress_context__


def _nested(levels: int) -> str:
    """A message whose unknown property nests ``levels`` levels (the message is level 1)."""
    inner = "[" * (levels - 1) + "]" * (levels - 1)
    return json.dumps(make_message())[:-1] + ', "deep": ' + inner + "}"


def _deep_mapping(levels: int) -> dict[str, Any]:
    message = make_message()
    node = message
    for _ in range(levels):
        node["deep"] = {}
        node = node["deep"]
    return message


def _cycle(*, through_a_proxy: bool) -> dict[str, Any]:
    message = make_message()
    message["self"] = types.MappingProxyType(message) if through_a_proxy else message
    return message


def _with_start(literal: bytes) -> bytes:
    return body(start=0).replace(b'"start": 0', b'"start": ' + literal)


_NOT_JSON = "the body is not JSON"
_NOT_UTF8 = "the body is not UTF-8 (an invalid byte at offset"
_NOT_A_NUMBER = "the body is not JSON (NaN, an infinity, or a number too long)"
_TOO_DEEP = "the message nests deeper than 32 levels"
_SURROGATE = "a string holds a lone surrogate, which is not Unicode text"
_NOT_A_JSON_VALUE = "the mapping is not a JSON value"
_ODD_NUMBER = _NOT_A_JSON_VALUE + " (it holds NaN, an infinity, a number too long, or itself)"
_NOT_A_BODY = "expected bytes, str or a mapping, got"

_INVALID_CASES = [
    (b"", _NOT_JSON + " (Expecting value at line 1 column 1)"),
    (b'{"type": ', _NOT_JSON + " (Expecting value at line 1 column 10)"),
    (PRIVATE_TEXT.encode(), _NOT_JSON),
    (body()[:-1], _NOT_JSON),
    (body() + b"{}", _NOT_JSON + " (Extra data"),
    (b"\xff" + body(), _NOT_UTF8 + " 0)"),
    (body().replace(b"my card", b"my \xe9 card"), _NOT_UTF8),
    (body().decode("utf-8").encode("utf-16"), _NOT_UTF8),
    (b"\xef\xbb\xbf" + body(), _NOT_JSON),
    (_with_start(b"NaN"), _NOT_A_NUMBER),
    (_with_start(b"-Infinity"), _NOT_A_NUMBER),
    (_with_start(b"9" * 5000), _NOT_A_NUMBER),
    (_nested(33).encode(), _TOO_DEEP),
    (("[" * 100_000).encode(), _TOO_DEEP),
    (body(text="\ud800x"), _SURROGATE),
    (body().replace(b'"text"', b'"\\udc80"'), _SURROGATE),
    (json.dumps(make_message(text="x\ud800"), ensure_ascii=False), _SURROGATE),
    (make_message(text="x\udfff"), _SURROGATE),
    ({**make_message(), "at": object()}, _NOT_A_JSON_VALUE + " (it holds a value of type object)"),
    ({**make_message(), "at": {1, 2}}, _NOT_A_JSON_VALUE + " (it holds a value of type set)"),
    ({**make_message(), (1, 2): 1}, _NOT_A_JSON_VALUE + " (keys must be str, int, float, bool"),
    ({**make_message(), "at": float("nan")}, _ODD_NUMBER),
    ({**make_message(), "at": 10**5000}, _ODD_NUMBER),
    (_cycle(through_a_proxy=False), _ODD_NUMBER),
    (_cycle(through_a_proxy=True), _ODD_NUMBER),
    (_deep_mapping(40), _TOO_DEEP),
    (_deep_mapping(100_000), _TOO_DEEP),
    (12, _NOT_A_BODY + " int"),
    (memoryview(body()), _NOT_A_BODY + " memoryview"),
    ([make_message()], _NOT_A_BODY + " list"),
    (None, _NOT_A_BODY + " NoneType"),
]


@pytest.mark.parametrize(("value", "expected"), _INVALID_CASES)
def test_what_is_not_a_transcript_event_is_refused_and_said(value: Any, expected: str) -> None:
    with pytest.raises(InvalidTranscriptEventError) as raised:
        parse_transcript_event(value)
    text = str(raised.value)
    assert text.startswith("not a transcript event: " + expected), text
    assert "private-Utterance" not in text
    assert "9999999" not in text


def test_nesting_up_to_the_bound_is_read() -> None:
    event = parse_transcript_event(_nested(32).encode())
    assert event.to_dict()["deep"] == json.loads("[" * 31 + "]" * 31)


def test_the_size_bound_is_of_the_utf8_json() -> None:
    exact = json.dumps(make_message(text="é" * 100), ensure_ascii=False).encode()
    assert parse_transcript_event(exact, max_bytes=len(exact)).text == "é" * 100
    for candidate in (exact, exact.decode(), json.loads(exact)):
        with pytest.raises(InvalidTranscriptEventError) as raised:
            parse_transcript_event(candidate, max_bytes=len(exact) - 1)
        assert "bytes, over the bound of" in str(raised.value)


def test_the_default_bound_is_256_kib() -> None:
    padding = 256 * 1024 - len(body(text=""))
    parse_transcript_event(body(text="a" * padding))
    with pytest.raises(
        InvalidTranscriptEventError, match=r"262145 bytes, over the bound of 262144"
    ):
        parse_transcript_event(body(text="a" * (padding + 1)))


@pytest.mark.parametrize("max_bytes", [0, -1, 1.5, "10", True, None])
def test_a_bad_bound_is_a_configuration_error(max_bytes: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_bytes must be a positive int"):
        parse_transcript_event(body(), max_bytes=max_bytes)


def test_the_error_is_an_asapp_error_and_a_value_error() -> None:
    with pytest.raises(InvalidTranscriptEventError) as raised:
        parse_transcript_event(b"{}")
    assert isinstance(raised.value, ASAPPError)
    assert isinstance(raised.value, ValueError)
    again = pickle.loads(pickle.dumps(raised.value))
    assert type(again) is InvalidTranscriptEventError
    assert str(again) == str(raised.value)


# --- properties ------------------------------------------------------------------------------

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


def _outcome(value: Any) -> TranscriptEvent | str:
    """The event, or the error's message (which must say it is not an event)."""
    try:
        return parse_transcript_event(value)
    except InvalidTranscriptEventError as error:
        message = str(error)
    assert message.startswith("not a transcript event: ")
    return message


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_any_json_value_is_an_event_or_refused(value: Any) -> None:
    _outcome(value)
    _outcome(json.dumps(value))
    _outcome(json.dumps(value).encode())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200))
def test_any_bytes_or_text_is_an_event_or_refused(value: bytes | str) -> None:
    _outcome(value)


_MESSAGE_PARTS = st.fixed_dictionaries(
    {
        "call": st.text(),
        "stream_id": st.text(),
        "role": st.text(),
        "sender": st.text(),
        "start": st.integers(),
        "end": st.integers(),
        "text": st.text(),
    }
)


@settings(max_examples=200, deadline=None)
@given(
    _MESSAGE_PARTS,
    st.dictionaries(st.text().filter(lambda k: k not in make_message()), _JSON, max_size=3),
)
def test_any_message_of_the_shape_reads_back_as_sent(
    parts: dict[str, Any], extra: dict[str, Any]
) -> None:
    message = {**make_message(**parts), **extra}
    event = parse_transcript_event(json.dumps(message).encode())
    assert event.external_conversation_id == parts["call"]
    assert event.role == parts["role"]
    assert (event.start_ms, event.end_ms) == (parts["start"], parts["end"])
    assert event.text == parts["text"]
    assert event.to_dict() == message
    assert event == parse_transcript_event(message)
