"""TwiML that tells Twilio to fork a call's audio to the stream URL."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from ._exceptions import InvalidRequestError

if TYPE_CHECKING:
    from twilio.twiml.voice_response import VoiceResponse

__all__ = ["StreamTrack", "twilio_stream_twiml"]

StreamTrack = Literal["inbound_track", "outbound_track", "both_tracks"]
_TRACKS = ("inbound_track", "outbound_track", "both_tracks")
_METHODS = ("GET", "POST")


def twilio_stream_twiml(
    url: str,
    *,
    track: StreamTrack = "both_tracks",
    status_callback: str | None = None,
    status_callback_method: Literal["GET", "POST"] | None = None,
    name: str | None = None,
    parameters: Mapping[str, str] | None = None,
) -> str:
    """The ``<Response><Start><Stream .../></Start></Response>`` document for ``url``.

    Twilio then streams the call's audio (both tracks by default) to ASAPP; a
    ``status_callback`` tells you when the stream breaks. ``parameters`` become
    ``<Parameter>`` elements. With the ``twilio`` package installed its VoiceResponse
    writes the document; without it the same document is written here::

        twiml = twilio_stream_twiml(cache.get(), status_callback="https://example.com/stream-status")
    """
    attributes = _stream_attributes(url, track, status_callback, status_callback_method, name)
    items = _parameters(parameters)
    voice_response = _twilio_voice_response()
    if voice_response is None:
        return stream_twiml_without_twilio(attributes, items)
    response = voice_response()
    stream = response.start().stream(
        url=url,
        track=track,
        status_callback=status_callback,
        status_callback_method=status_callback_method,
        name=name,
    )
    for key, value in items:
        stream.parameter(name=key, value=value)
    return str(response.to_xml())


@functools.cache
def _twilio_voice_response() -> type[VoiceResponse] | None:
    """Twilio's VoiceResponse class, or None without the ``twilio`` package."""
    try:
        from twilio.twiml.voice_response import VoiceResponse
    except ImportError:
        return None
    response_class: type[VoiceResponse] = VoiceResponse  # (twilio has no type hints)
    return response_class


def stream_twiml_without_twilio(
    attributes: Mapping[str, str], parameters: list[tuple[str, str]]
) -> str:
    """The TwiML document written with the standard library, as Twilio's library writes it."""
    import xml.etree.ElementTree as ET

    root = ET.Element("Response")
    stream = ET.SubElement(ET.SubElement(root, "Start"), "Stream", dict(sorted(attributes.items())))
    for key, value in parameters:
        ET.SubElement(stream, "Parameter", {"name": key, "value": value})
    body = ET.tostring(root, encoding="utf-8").decode("utf-8")
    return f'<?xml version="1.0" encoding="UTF-8"?>{body}'


def _stream_attributes(
    url: str,
    track: str,
    status_callback: str | None,
    status_callback_method: str | None,
    name: str | None,
) -> dict[str, str]:
    if not _text("url", url).startswith(("wss://", "ws://")):
        raise InvalidRequestError(f"url must be a wss:// URL, got {url!r}")
    if track not in _TRACKS:
        raise InvalidRequestError(f"track must be one of {', '.join(_TRACKS)}; got {track!r}")
    attributes = {"url": url, "track": track}
    if status_callback is not None:
        if not _text("status_callback", status_callback).startswith(("https://", "http://")):
            raise InvalidRequestError(
                f"status_callback must be an http(s) URL, got {status_callback!r}"
            )
        attributes["statusCallback"] = status_callback
    if status_callback_method is not None:
        if status_callback_method not in _METHODS:
            raise InvalidRequestError(
                f"status_callback_method must be GET or POST, got {status_callback_method!r}"
            )
        attributes["statusCallbackMethod"] = status_callback_method
    if name is not None:
        attributes["name"] = _text("name", name)
    return attributes


def _parameters(parameters: Mapping[str, str] | None) -> list[tuple[str, str]]:
    if parameters is None:
        return []
    if not isinstance(parameters, Mapping):
        raise InvalidRequestError("parameters must be a mapping of names to values")
    return [
        (_text("parameter name", key), _text(f"parameter {key!r}", value))
        for key, value in parameters.items()
    ]


def _text(what: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidRequestError(f"{what} must be a str, not {type(value).__name__}")
    # XML 1.0 cannot carry most control characters at all, escaped or not.
    if any(ord(char) < 32 and char not in "\t\n\r" for char in value):
        raise InvalidRequestError(f"{what} contains a control character that XML cannot carry")
    return value
