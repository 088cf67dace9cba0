"""TwiML that tells Twilio to fork a call's audio to the stream URL."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from .._exceptions import InvalidRequestError

__all__ = ["StreamTrack", "twilio_stream_twiml"]

StreamTrack = Literal["inbound_track", "outbound_track", "both_tracks"]
_TRACKS = ("inbound_track", "outbound_track", "both_tracks")
_METHODS = ("GET", "POST")
# The complement of XML 1.0's Char production: no escape can carry these characters.
# Listed rather than written as a negated class of the allowed ranges, which takes ~5 ms
# to compile when the package is imported.
_NOT_XML_CHAR = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]{0,15})://")


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
    ``<Parameter>`` elements, in the mapping's order. The document is the one Twilio's
    own ``VoiceResponse().start().stream(...)`` writes; the ``twilio`` package is not
    needed::

        twiml = twilio_stream_twiml(cache.get(), status_callback="https://example.com/stream-status")

    ``url`` must start with ``wss://`` or ``ws://`` and ``status_callback`` with
    ``https://`` or ``http://``; schemes compare without regard to case, as URL schemes
    do (``WSS://`` is accepted and written as given). Every text must be a ``str`` of
    characters that XML 1.0 can carry. Anything else raises InvalidRequestError, whose
    message names the argument: of a URL it shows at most the scheme, of a ``name`` or a
    parameter's value nothing.
    """
    attributes = {
        "url": _url("url", url, ("wss", "ws")),
        "track": _choice("track", track, _TRACKS),
    }
    if status_callback is not None:
        attributes["statusCallback"] = _url("status_callback", status_callback, ("https", "http"))
    if status_callback_method is not None:
        attributes["statusCallbackMethod"] = _choice(
            "status_callback_method", status_callback_method, _METHODS
        )
    if name is not None:
        attributes["name"] = _text("name", name)
    return _document(attributes, _parameters(parameters))


def _document(attributes: Mapping[str, str], parameters: list[tuple[str, str]]) -> str:
    import xml.etree.ElementTree as ET  # on first use: importing the package stays light

    root = ET.Element("Response")
    # Sorted attributes, as Twilio's library writes them.
    stream = ET.SubElement(ET.SubElement(root, "Start"), "Stream", dict(sorted(attributes.items())))
    for key, value in parameters:
        ET.SubElement(stream, "Parameter", {"name": key, "value": value})
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>{body}'


def _url(what: str, value: object, schemes: tuple[str, str]) -> str:
    text = _text(what, value)
    scheme = _SCHEME.match(text)
    if scheme is None or scheme[1].lower() not in schemes:
        wanted = " or ".join(f"{name}://" for name in schemes)
        # The scheme at most: the rest of a URL may carry a token.
        found = "no scheme://" if scheme is None else repr(scheme[0])
        raise InvalidRequestError(f"{what} must start with {wanted}; it has {found}")
    return text


def _choice(what: str, value: object, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        raise InvalidRequestError(
            f"{what} must be one of {', '.join(choices)}; got {_shown(value)}"
        )
    return value


def _shown(value: object) -> str:
    if isinstance(value, str):
        return repr(value) if len(value) <= 20 else f"a str of {len(value)} characters"
    return f"a {type(value).__name__}"


def _parameters(parameters: object) -> list[tuple[str, str]]:
    if parameters is None:
        return []
    if not isinstance(parameters, Mapping):
        raise InvalidRequestError(
            f"parameters must be a mapping of names to values, not {type(parameters).__name__}"
        )
    items = []
    for position, (key, value) in enumerate(parameters.items(), start=1):
        name = _text(f"parameters key #{position}", key)
        items.append((name, _text(f"parameters[{name!r}]", value)))
    return items


def _text(what: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidRequestError(f"{what} must be a str, not {type(value).__name__}")
    bad = _NOT_XML_CHAR.search(value)
    if bad is not None:
        raise InvalidRequestError(
            f"{what} contains U+{ord(bad[0]):04X} at index {bad.start()},"
            " which XML 1.0 cannot carry"
        )
    return value
