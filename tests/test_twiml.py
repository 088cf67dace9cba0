"""twilio_stream_twiml: the same document as Twilio's own library, with and without it."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from twilio.twiml.voice_response import VoiceResponse

from asapp_mg_autotranscribe import InvalidRequestError, _twiml, twilio_stream_twiml

URL = "wss://ws.example.test/mg-twilio-autotranscribe/twilio-media/tok&x=<1>\"'"

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
]


def twilio_document(url: str, **kwargs: Any) -> str:
    response = VoiceResponse()
    parameters = kwargs.pop("parameters", {})
    stream = response.start().stream(url=url, track=kwargs.pop("track", "both_tracks"), **kwargs)
    for name, value in parameters.items():
        stream.parameter(name=name, value=value)
    return str(response.to_xml())


@pytest.fixture(params=["with twilio", "without twilio"])
def twilio_installed(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[bool]:
    if request.param == "without twilio":
        monkeypatch.setitem(sys.modules, "twilio.twiml.voice_response", None)
    # The SDK looks for twilio once; make it look again, and again after the test.
    _twiml._twilio_voice_response.cache_clear()
    yield request.param == "with twilio"
    monkeypatch.undo()
    _twiml._twilio_voice_response.cache_clear()


@pytest.mark.parametrize("kwargs", CASES)
def test_document_equals_twilios(twilio_installed: bool, kwargs: dict[str, Any]) -> None:
    expected = twilio_document(URL, **dict(kwargs))
    assert twilio_stream_twiml(URL, **kwargs) == expected


def test_document_shape_and_escaping(twilio_installed: bool) -> None:
    document = twilio_stream_twiml(
        URL, status_callback="https://example.test/s?a=1&b=2", parameters={"k": "v&<>"}
    )
    assert document.startswith('<?xml version="1.0" encoding="UTF-8"?><Response><Start><Stream ')
    stream = ET.fromstring(document.split("?>", 1)[1]).find("./Start/Stream")
    assert stream is not None
    assert stream.attrib == {
        "statusCallback": "https://example.test/s?a=1&b=2",
        "track": "both_tracks",
        "url": URL,
    }
    assert [(p.get("name"), p.get("value")) for p in stream] == [("k", "v&<>")]
    assert "&amp;" in document
    assert "&lt;" in document


@pytest.mark.parametrize(
    ("url", "kwargs", "message"),
    [
        ("https://not-a-websocket", {}, "url must be a wss:// URL"),
        (None, {}, "url must be a str"),
        ("wss://x/\x00", {}, "url contains a control character"),
        (URL, {"track": "both"}, "track must be one of"),
        (URL, {"status_callback": "ftp://x"}, "status_callback must be an http"),
        (URL, {"status_callback_method": "PUT"}, "status_callback_method must be GET or POST"),
        (URL, {"name": 5}, "name must be a str"),
        (URL, {"parameters": [("a", "b")]}, "parameters must be a mapping"),
        (URL, {"parameters": {"a": 1}}, "parameter 'a' must be a str"),
        (URL, {"parameters": {"a\x01": "b"}}, "parameter name contains a control character"),
    ],
)
def test_bad_arguments(
    twilio_installed: bool, url: Any, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        twilio_stream_twiml(url, **kwargs)
