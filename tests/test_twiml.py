"""twilio_stream_twiml: the document Twilio's own library writes, held against that library.

The SDK writes the TwiML with the standard library only; the ``twilio`` package (installed
for the tests) is the oracle: for the same inputs, both documents parse to the same XML.
Whatever text comes in, the SDK either refuses it with InvalidRequestError or returns a
well-formed document that carries the inputs exactly.
"""

from __future__ import annotations

import operator
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from doubles import STREAM_URL
from hypothesis import event, given, settings
from hypothesis import strategies as st
from twilio.twiml.voice_response import VoiceResponse

from asapp_mg_autotranscribe import InvalidRequestError, twilio_stream_twiml

URL = "wss://ws.example.test/mg-twilio-autotranscribe/twilio-media/tok&x=<1>\"'"
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
TRACKS = ("inbound_track", "outbound_track", "both_tracks")
METHODS = ("GET", "POST")
PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, database=None)

CASES: list[dict[str, Any]] = [
    {},
    {"track": "inbound_track"},
    {"status_callback": "https://example.test/status?call=1&x=2", "status_callback_method": "POST"},
    {"name": 'asapp <stream> & "co"', "parameters": {"callSid": "CA1", "note": 'a&b<c>\n"d"é'}},
    {
        "track": "outbound_track",
        "status_callback": "http://localhost/cb",
        "status_callback_method": "GET",
        "name": "n",
        "parameters": {"z": "1", "a": "2"},
    },
    {"name": "", "parameters": {"": "", "tab": "\t", "crlf": "\r\n", "astral": "\U0010ffff"}},
]


def is_xml_char(char: str) -> bool:
    """XML 1.0's Char production, spelled out by code point."""
    point = ord(char)
    return (
        point in (0x9, 0xA, 0xD)
        or 0x20 <= point <= 0xD7FF
        or 0xE000 <= point <= 0xFFFD
        or 0x10000 <= point <= 0x10FFFF
    )


def twilio_document(url: str, **kwargs: Any) -> str:
    response = VoiceResponse()
    parameters = kwargs.pop("parameters", None) or {}
    stream = response.start().stream(url=url, track=kwargs.pop("track", "both_tracks"), **kwargs)
    for name, value in parameters.items():
        stream.parameter(name=name, value=value)
    return str(response.to_xml())


def tree(document: str) -> tuple[Any, ...]:
    """The parsed document as nested tuples: tag, attributes, text, children in order."""
    assert document.startswith(DECLARATION)

    def walk(element: ET.Element) -> tuple[Any, ...]:
        children = tuple(walk(child) for child in element)
        return (element.tag, element.attrib, element.text, element.tail, children)

    return walk(ET.fromstring(document.encode("utf-8")))


def stream_of(document: str) -> ET.Element:
    root = ET.fromstring(document.encode("utf-8"))
    assert root.tag == "Response"
    assert [child.tag for child in root] == ["Start"]
    assert [child.tag for child in root[0]] == ["Stream"]
    stream = root[0][0]
    assert all(child.tag == "Parameter" for child in stream)
    return stream


@pytest.mark.parametrize("kwargs", CASES)
def test_document_equals_twilios(kwargs: dict[str, Any]) -> None:
    assert tree(twilio_stream_twiml(URL, **kwargs)) == tree(twilio_document(URL, **kwargs))


def test_document_shape_and_escaping() -> None:
    document = twilio_stream_twiml(
        URL, status_callback="https://example.test/s?a=1&b=2", parameters={"k": "v&<>"}
    )
    assert document.startswith(f"{DECLARATION}<Response><Start><Stream ")
    stream = stream_of(document)
    assert stream.attrib == {
        "statusCallback": "https://example.test/s?a=1&b=2",
        "track": "both_tracks",
        "url": URL,
    }
    assert [(p.get("name"), p.get("value")) for p in stream] == [("k", "v&<>")]
    assert "&amp;" in document
    assert "&lt;" in document


def test_schemes_compare_without_regard_to_case_and_are_written_as_given() -> None:
    url = "WSS://ws.example.test/t"
    document = twilio_stream_twiml(url, status_callback="HTTPS://example.test/s")
    assert stream_of(document).attrib["url"] == url
    assert stream_of(document).attrib["statusCallback"] == "HTTPS://example.test/s"
    assert stream_of(twilio_stream_twiml("Ws://h/t")).attrib["url"] == "Ws://h/t"


def test_the_sdk_does_not_import_twilio() -> None:
    probe = """
import sys
import asapp_mg_autotranscribe as sdk
sdk.twilio_stream_twiml("wss://h/t", status_callback="https://h/s", parameters={"a": "b"})
loaded = sorted(name for name in sys.modules if name.split(".")[0] == "twilio")
assert not loaded, loaded
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


# --- what XML 1.0 can carry -------------------------------------------------------------------

CARRIED = ["\t", "\n", "\r", " ", "\x7f", "\ud7ff", "\ue000", "\ufffd", "\U00010000", "\U0010ffff"]
NOT_CARRIED = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\ud800", "\udcff", "\udfff"]
NOT_CARRIED += ["\ufffe", "\uffff"]


def placed(slot: str, text: str) -> tuple[str, dict[str, Any]]:
    """``text`` put into one of the document's texts; the other arguments are plain."""
    if slot == "url":
        return f"wss://h/x{text}", {}
    if slot == "status_callback":
        return URL, {"status_callback": f"https://h/s{text}"}
    if slot == "name":
        return URL, {"name": text}
    if slot == "parameters key":
        return URL, {"parameters": {"a": "b", f"k{text}": "v"}}
    return URL, {"parameters": {"a": "b", "k": f"v{text}"}}


SLOTS = ["url", "status_callback", "name", "parameters key", "parameters value"]


@pytest.mark.parametrize("slot", SLOTS)
@pytest.mark.parametrize("char", CARRIED, ids=lambda char: f"U+{ord(char):04X}")
def test_characters_xml_carries_are_kept_exactly(slot: str, char: str) -> None:
    url, kwargs = placed(slot, char)
    document = twilio_stream_twiml(url, **kwargs)
    assert tree(document) == tree(twilio_document(url, **kwargs))
    assert_carries(stream_of(document), url, kwargs)


@pytest.mark.parametrize("slot", SLOTS)
@pytest.mark.parametrize("char", NOT_CARRIED, ids=lambda char: f"U+{ord(char):04X}")
def test_characters_xml_cannot_carry_are_refused(slot: str, char: str) -> None:
    url, kwargs = placed(slot, f"{STREAM_URL}{char}")
    with pytest.raises(InvalidRequestError) as raised:
        twilio_stream_twiml(url, **kwargs)
    message = str(raised.value)
    assert message.startswith(slot.split()[0])
    assert f"U+{ord(char):04X}" in message
    assert "token" not in message


def test_every_code_point_of_the_bmp_is_kept_or_refused_as_xml_1_0_says() -> None:
    points = [chr(point) for point in range(0x10000)]
    refused = [char for char in points if not is_xml_char(char)]
    assert len(refused) == 29 + 2048 + 2  # C0 controls but 3, surrogates, U+FFFE and U+FFFF
    for char in refused:
        with pytest.raises(InvalidRequestError):
            twilio_stream_twiml(URL, name=char)
    # Beyond the BMP every code point is a Char, noncharacters such as U+1FFFE included.
    kept = "".join(char for char in points if is_xml_char(char)) + "\U00010000\U0001fffe\U0010ffff"
    assert stream_of(twilio_stream_twiml(URL, name=kept)).attrib["name"] == kept


@pytest.mark.parametrize(
    ("url", "kwargs", "message"),
    [
        (
            "https://not-a-websocket",
            {},
            r"^url must start with wss:// or ws://; it has 'https://'$",
        ),
        ("wss:/x", {}, "^url must start with wss:// or ws://; it has no scheme://$"),
        ("wsss://x", {}, "it has 'wsss://'"),
        (None, {}, "^url must be a str, not NoneType$"),
        (b"wss://x", {}, "^url must be a str, not bytes$"),
        ("wss://x/\x00", {}, "^url contains U[+]0000 at index 8, which XML 1.0 cannot carry$"),
        (URL, {"track": "both"}, "^track must be one of inbound_track, .*; got 'both'$"),
        (URL, {"track": None}, "^track must be one of .*; got a NoneType$"),
        (URL, {"track": ["both_tracks"]}, "^track must be one of .*; got a list$"),
        (URL, {"status_callback": "ftp://x"}, "^status_callback must start with https:// or"),
        (URL, {"status_callback": 1}, "^status_callback must be a str, not int$"),
        (
            URL,
            {"status_callback_method": "PUT"},
            "^status_callback_method must be one of GET, POST",
        ),
        (URL, {"status_callback_method": "get"}, "^status_callback_method must be one of GET"),
        (URL, {"name": 5}, "^name must be a str, not int$"),
        (URL, {"parameters": [("a", "b")]}, "^parameters must be a mapping .*, not list$"),
        (URL, {"parameters": "a=b"}, "^parameters must be a mapping .*, not str$"),
        (URL, {"parameters": {"a": 1}}, r"^parameters\['a'\] must be a str, not int$"),
        (URL, {"parameters": {"a": None}}, r"^parameters\['a'\] must be a str, not NoneType$"),
        (URL, {"parameters": {"a": "b", 2: "c"}}, "^parameters key #2 must be a str, not int$"),
        (URL, {"parameters": {"a\x01": "b"}}, "^parameters key #1 contains U[+]0001 at index 1"),
    ],
)
def test_bad_arguments(url: Any, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        twilio_stream_twiml(url, **kwargs)


@pytest.mark.parametrize(
    ("url", "kwargs"),
    [
        (STREAM_URL.replace("wss://", "https://"), {}),
        (STREAM_URL.removeprefix("wss://"), {}),
        (f"{STREAM_URL}\ud800", {}),
        (STREAM_URL, {"status_callback": f"ftp://{STREAM_URL}"}),
        (STREAM_URL, {"status_callback": STREAM_URL}),
        (STREAM_URL, {"track": STREAM_URL}),
        (STREAM_URL, {"status_callback_method": STREAM_URL}),
        (STREAM_URL, {"name": f"{STREAM_URL}\x00"}),
        (STREAM_URL, {"parameters": {"url": f"{STREAM_URL}\ufffe"}}),
        (STREAM_URL, {"parameters": {f"{STREAM_URL}\ufffe": "v"}}),
    ],
)
def test_a_refused_value_is_not_repeated(url: str, kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        twilio_stream_twiml(url, **kwargs)
    assert "token" not in str(raised.value)
    assert "ws.example" not in str(raised.value)


# --- properties -------------------------------------------------------------------------------

# Characters XML 1.0 can carry, by category and by list (independent of the SDK's own test).
xml_chars = st.characters(
    exclude_categories=("Cs",),
    exclude_characters=[chr(point) for point in range(0x20) if point not in (0x9, 0xA, 0xD)]
    + ["\ufffe", "\uffff"],
)
# Lists of characters rather than st.text(), which seldom draws surrogates or the far ends
# of the alphabet. A text with one bad character among good ones is drawn most often: it
# tells a checker that misses that one character.
bad_chars = (
    st.characters(categories=["Cs"])
    | st.characters(max_codepoint=0x1F).filter(lambda char: char not in "\t\n\r")
    | st.sampled_from(["\ufffe", "\uffff"])
    | st.sampled_from(NOT_CARRIED)
)
xml_texts = st.lists(xml_chars | st.sampled_from(CARRIED), max_size=16).map("".join)
one_bad_texts = st.builds("{}{}{}".format, xml_texts, bad_chars, xml_texts)
any_texts = one_bad_texts | xml_texts | st.lists(xml_chars | bad_chars, max_size=8).map("".join)
not_str = st.sampled_from([None, 0, 1.5, b"wss://h", ["wss://h"]])


def prefixed(prefixes: list[str], texts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(operator.add, st.sampled_from(prefixes), texts)


def spoilt_url(good: list[str], bad: list[str]) -> st.SearchStrategy[Any]:
    return (
        prefixed(good, one_bad_texts)
        | prefixed(bad, xml_texts)
        | prefixed(good + bad, any_texts)
        | not_str
    )


OMITTED = object()  # the keyword is not passed at all
VALID = {
    "url": prefixed(["wss://", "ws://", "WSS://", "wS://"], xml_texts),
    "track": st.just(OMITTED) | st.sampled_from(TRACKS),
    "status_callback": st.just(OMITTED)
    | st.none()
    | prefixed(["https://", "http://", "Http://"], xml_texts),
    "status_callback_method": st.just(OMITTED) | st.none() | st.sampled_from(METHODS),
    "name": st.just(OMITTED) | st.none() | xml_texts,
    "parameters": st.just(OMITTED) | st.none() | st.dictionaries(xml_texts, xml_texts, max_size=5),
}
ANYTHING = {
    "url": spoilt_url(["wss://", "Ws://"], ["https://", "", "wss:/", "xwss://", "ws:"]),
    "track": any_texts | not_str,
    "status_callback": spoilt_url(["https://", "HTTP://"], ["ws://", "", "https:/", "xhttp://"]),
    "status_callback_method": st.sampled_from(["get", "PUT", "GET "]) | any_texts | not_str,
    "name": any_texts | not_str,
    "parameters": st.builds(
        lambda good, key, value: {**good, key: value},
        st.dictionaries(xml_texts, xml_texts, max_size=3),
        xml_texts | one_bad_texts | st.integers(),
        one_bad_texts | xml_texts | not_str,
    )
    | st.lists(st.tuples(xml_texts, xml_texts), max_size=2)
    | not_str,
}


@st.composite
def arguments(draw: st.DrawFn, *, spoil: bool) -> tuple[Any, dict[str, Any]]:
    """``url`` and the keyword arguments; with ``spoil``, a few drawn from anything at all."""
    spoiled = draw(st.sets(st.sampled_from(sorted(ANYTHING)), max_size=2)) if spoil else set()
    drawn = {name: draw((ANYTHING if name in spoiled else VALID)[name]) for name in VALID}
    url = drawn.pop("url")
    return url, {name: value for name, value in drawn.items() if value is not OMITTED}


@PROPERTY_SETTINGS
@given(arguments(spoil=False))
def test_property_same_xml_as_twilio(drawn: tuple[str, dict[str, Any]]) -> None:
    url, kwargs = drawn
    assert tree(twilio_stream_twiml(url, **kwargs)) == tree(twilio_document(url, **kwargs))


def invalid_arguments(url: Any, kwargs: dict[str, Any]) -> set[str]:
    """The arguments the SDK must refuse, by the rules its docstring states."""

    def bad_text(value: Any) -> bool:
        return not isinstance(value, str) or not all(is_xml_char(char) for char in value)

    def bad_url(value: Any, schemes: tuple[str, ...]) -> bool:
        if bad_text(value):
            return True
        scheme, sep, _ = value.partition("://")
        return not (sep and scheme.isascii() and scheme.lower() in schemes)

    invalid = set()
    if bad_url(url, ("wss", "ws")):
        invalid.add("url")
    track = kwargs.get("track", "both_tracks")
    if not isinstance(track, str) or track not in TRACKS:
        invalid.add("track")
    if kwargs.get("status_callback") is not None and bad_url(
        kwargs["status_callback"], ("https", "http")
    ):
        invalid.add("status_callback")
    method = kwargs.get("status_callback_method")
    if method is not None and (not isinstance(method, str) or method not in METHODS):
        invalid.add("status_callback_method")
    if kwargs.get("name") is not None and bad_text(kwargs["name"]):
        invalid.add("name")
    parameters = kwargs.get("parameters")
    if parameters is not None and (
        not isinstance(parameters, dict)
        or any(bad_text(key) or bad_text(value) for key, value in parameters.items())
    ):
        invalid.add("parameters")
    return invalid


def assert_carries(stream: ET.Element, url: str, kwargs: dict[str, Any]) -> None:
    expected = {"url": url, "track": kwargs.get("track", "both_tracks")}
    for argument, attribute in [
        ("status_callback", "statusCallback"),
        ("status_callback_method", "statusCallbackMethod"),
        ("name", "name"),
    ]:
        if kwargs.get(argument) is not None:
            expected[attribute] = kwargs[argument]
    assert stream.attrib == expected
    parameters = kwargs.get("parameters") or {}
    assert [(p.attrib["name"], p.attrib["value"]) for p in stream] == list(parameters.items())
    assert all(len(p.attrib) == 2 for p in stream)


@PROPERTY_SETTINGS
@given(arguments(spoil=True))
def test_property_refused_or_well_formed_and_exact(drawn: tuple[Any, dict[str, Any]]) -> None:
    url, kwargs = drawn
    invalid = invalid_arguments(url, kwargs)
    event("refused" if invalid else "written")
    if invalid:
        with pytest.raises(InvalidRequestError) as raised:
            twilio_stream_twiml(url, **kwargs)
        argument = re.match("[a-z_]+", str(raised.value))
        assert argument is not None
        assert argument[0] in invalid
    else:
        assert_carries(stream_of(twilio_stream_twiml(url, **kwargs)), url, kwargs)
