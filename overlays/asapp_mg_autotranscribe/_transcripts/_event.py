"""One transcript webhook message, read strictly through the generated model of the SDK's
schema of ASAPP's payload (``api-specs/transcript-webhook.yaml``).

Every error names what is wrong and where (a path of the schema's property names and
array indexes), never a value: the utterance text may hold personal data.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import attrs

from .._checks import check_positive_int
from .._constants import MAX_TRANSCRIPT_EVENT_BYTES, MAX_TRANSCRIPT_EVENT_DEPTH
from .._exceptions import InvalidTranscriptEventError
from .._generated import transcript_event_model

if TYPE_CHECKING:
    from .._generated import EventModel, ShapeError

__all__ = [
    "TranscriptEvent",
    "event_from_json",
    "parse_transcript_event",
    "stored_form",
]

_NOT_AN_EVENT = "not a transcript event: "
_TOO_DEEP = f"the message nests deeper than {MAX_TRANSCRIPT_EVENT_DEPTH} levels"
_LONE_SURROGATE = "a string holds a lone surrogate, which is not Unicode text"
# A JSON escape of a UTF-16 surrogate; found, the decoded strings are checked for lone ones.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


@attrs.frozen(repr=False, eq=False)
class TranscriptEvent:
    """One complete utterance of one participant of a call, as ASAPP's webhook sent it.

    Built by :func:`parse_transcript_event`. ``model`` is the generated model of the
    message (it follows ``api-specs/transcript-webhook.yaml``); ``to_dict()`` gives the
    message as received, properties the SDK does not know included.

    Two events are equal (and hash alike) when their messages are the same JSON value,
    whatever the spacing or the order of keys: a message delivered twice is one event.
    That is what :class:`TranscriptCollector` de-duplicates on. The repr leaves the text out.
    """

    model: EventModel
    """The generated model of the message (do not change it: the properties read it)."""
    _message: dict[str, Any] = attrs.field(alias="message")
    # The message as canonical JSON (sorted keys, no spaces): worked out on first use.
    _key: str | None = attrs.field(default=None, init=False)

    @property
    def external_conversation_id(self) -> str:
        """The call's guid as given to start-streaming (for Twilio, the Call SID)."""
        return self.model.external_conversation_id

    @property
    def stream_id(self) -> str:
        """The participant's stream id, as start-streaming returned it."""
        return self.model.stream_id

    @property
    def role(self) -> str:
        """``"customer"`` or ``"agent"``; a role ASAPP adds later is kept as sent."""
        return self.model.sender.role

    @property
    def sender_external_id(self) -> str:
        """The customerId or agentId given to start-streaming."""
        return self.model.sender.external_id

    @property
    def start_ms(self) -> int:
        """The utterance's start in milliseconds, as ASAPP sends it."""
        return self.model.autotranscribe_response.start

    @property
    def end_ms(self) -> int:
        """The utterance's end in milliseconds, as ASAPP sends it (its docs call it "elapsed
        ms since the start of the utterance"; its examples read as offsets like ``start``)."""
        return self.model.autotranscribe_response.end

    @property
    def text(self) -> str:
        """The utterance's text: its parts joined with one space (``""`` if it has none)."""
        return " ".join(part.text for part in self.model.autotranscribe_response.utterance)

    def to_dict(self) -> dict[str, Any]:
        """The message as received, unknown properties included (a copy: change it freely)."""
        return copy.deepcopy(self._message)

    def _identity(self) -> str:
        key = self._key
        if key is None:
            key = _CANONICAL.encode(self._message)
            object.__setattr__(self, "_key", key)
        return key

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TranscriptEvent):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

    def __repr__(self) -> str:
        return (
            f"TranscriptEvent(external_conversation_id={self.external_conversation_id!r}, "
            f"stream_id={self.stream_id!r}, role={self.role!r}, "
            f"sender_external_id={self.sender_external_id!r}, start_ms={self.start_ms}, "
            f"end_ms={self.end_ms}, text=...)"
        )


def parse_transcript_event(
    body: bytes | str | Mapping[str, Any], *, max_bytes: int = MAX_TRANSCRIPT_EVENT_BYTES
) -> TranscriptEvent:
    """Read one message of ASAPP's transcript webhook.

    ``body`` is the request body as bytes (UTF-8 JSON), as text, or already decoded (a
    mapping, such as a web framework's parsed JSON; it must hold only JSON values). It is
    checked strictly against the SDK's schema of the payload: ``type`` must be
    ``"transcript"``; every property the schema lists must have its type; properties it
    does not list are kept (``to_dict()``), as is a ``role`` other than customer or agent.

    ``max_bytes`` bounds the message's size as UTF-8 JSON; the default, 256 KiB, is far
    above what ASAPP sends (a few hundred bytes, a few KiB with detailed tokens). Objects
    and arrays may nest 32 levels deep.

    Raises InvalidTranscriptEventError (also a ValueError) saying what is wrong: not UTF-8,
    not JSON, too large, too deep, a missing property or one of the wrong type (naming its
    path, such as ``autotranscribeResponse.utterance[0].text``), not ``type: "transcript"``.
    The message never quotes a value of the body.

    ::

        event = parse_transcript_event(request_body)
        print(event.external_conversation_id, event.role, event.start_ms, event.text)
    """
    max_bytes = check_positive_int("max_bytes", max_bytes, unit="bytes")
    if isinstance(body, Mapping):
        body = _json_text(body)
    if isinstance(body, str):
        try:
            body = body.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidTranscriptEventError(_NOT_AN_EVENT + _LONE_SURROGATE) from None
    if not isinstance(body, bytes | bytearray):
        raise InvalidTranscriptEventError(
            _NOT_AN_EVENT + f"expected bytes, str or a mapping, got {type(body).__name__}"
        )
    if len(body) > max_bytes:
        raise InvalidTranscriptEventError(
            _NOT_AN_EVENT + f"the message is {len(body)} bytes, over the bound of {max_bytes}"
        )
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidTranscriptEventError(
            _NOT_AN_EVENT + f"the body is not UTF-8 (an invalid byte at offset {error.start})"
        ) from None
    return _event_of(_json_value(text))


def _json_text(body: Mapping[Any, Any]) -> str:
    """A mapping as JSON text (so that it is checked, bounded and copied as a body is)."""
    try:
        return json.dumps(dict(body), ensure_ascii=False, allow_nan=False, default=_mapping_as_dict)
    except RecursionError:
        raise InvalidTranscriptEventError(_NOT_AN_EVENT + _TOO_DEEP) from None
    except TypeError as error:
        # json's messages, and _mapping_as_dict's, name a type, never a value.
        reason = str(error)
    except ValueError:
        reason = "it holds NaN, an infinity, a number too long, or itself"
    raise InvalidTranscriptEventError(
        _NOT_AN_EVENT + f"the mapping is not a JSON value ({reason})"
    ) from None


def _mapping_as_dict(value: object) -> dict[Any, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"it holds a value of type {type(value).__name__}")


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


# Made once: json.loads and json.dumps build a new decoder or encoder per call when given
# options. Both are stateless between calls, as json's own default ones are.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def stored_form(event: TranscriptEvent) -> tuple[bytes, bytes]:
    """What a collector keeps of ``event``: its message as compact UTF-8 JSON in its own
    key order (whose length is the event's size), and a 16-byte digest of its identity
    (equal events, and only they, have equal digests)."""
    identity = event._identity().encode("utf-8")
    digest = hashlib.blake2b(identity, digest_size=16).digest()
    return _COMPACT.encode(event._message).encode("utf-8"), digest


def event_from_json(data: bytes) -> TranscriptEvent:
    """The event ``stored_form`` kept as ``data``, built anew (its message as received)."""
    return _event_of(_DECODER.decode(data.decode("utf-8")))


def _json_value(text: str) -> object:
    try:
        value = _DECODER.decode(text)
    except json.JSONDecodeError as error:
        raise InvalidTranscriptEventError(
            _NOT_AN_EVENT
            + f"the body is not JSON ({error.msg} at line {error.lineno} column {error.colno})"
        ) from None
    except RecursionError:
        raise InvalidTranscriptEventError(_NOT_AN_EVENT + _TOO_DEEP) from None
    except ValueError:
        raise InvalidTranscriptEventError(
            _NOT_AN_EVENT + "the body is not JSON (NaN, an infinity, or a number too long)"
        ) from None
    # Nesting deeper than the bound needs more brackets than the bound: most messages skip
    # the walk.
    if text.count("{") + text.count("[") > MAX_TRANSCRIPT_EVENT_DEPTH and _too_deep(value):
        raise InvalidTranscriptEventError(_NOT_AN_EVENT + _TOO_DEEP)
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(value):
        raise InvalidTranscriptEventError(_NOT_AN_EVENT + _LONE_SURROGATE)
    return value


def _containers(value: dict[str, Any] | list[Any]) -> list[Any]:
    """The objects and arrays directly inside the object or array ``value``."""
    items = value.values() if isinstance(value, dict) else value
    return [item for item in items if isinstance(item, dict | list)]


def _too_deep(value: object) -> bool:
    """Whether objects and arrays nest deeper than the bound, walked one level at a time."""
    level = [value] if isinstance(value, dict | list) else []
    depth = 0
    while level:
        depth += 1
        if depth > MAX_TRANSCRIPT_EVENT_DEPTH:
            return True
        level = [inner for outer in level for inner in _containers(outer)]
    return False


def _has_lone_surrogate(value: object) -> bool:
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
    return False


def _event_of(value: object) -> TranscriptEvent:
    model_class, shape_error = transcript_event_model()
    try:
        model = model_class.from_dict(cast("Mapping[str, Any]", value), strict=True)
    except shape_error as raised:
        raise InvalidTranscriptEventError(
            _shape_message(cast("ShapeError", raised), value)
        ) from None
    return TranscriptEvent(cast("EventModel", model), message=cast("dict[str, Any]", value))


def _shape_message(error: ShapeError, value: object) -> str:
    got = error.got
    if error.where == "type" and isinstance(value, dict) and isinstance(value.get("type"), str):
        # The generated error shows an enum value as it came: here it says only what it is not.
        got = "another string"
    return _NOT_AN_EVENT + f"{error.where or 'the message'}: expected {error.expected}, got {got}"
