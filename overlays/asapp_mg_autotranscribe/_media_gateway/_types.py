"""Argument types of the public methods.

The Literal types are the spec's enums. They are spelled out here rather than taken from
the generated package, so that importing the SDK does not import every generated model
(the adapter, ``_generated``, is loaded with the first request); a test holds them equal
to the generated ones.
"""

from typing import Literal, TypedDict, get_args

__all__ = [
    "MEDIA_LINE_ORDERS",
    "NAMESPACES",
    "PARTICIPANTS",
    "REDACTION_OUTPUTS",
    "START_SELECTOR_TYPES",
    "AmazonConnectParams",
    "MediaLineOrder",
    "Namespace",
    "Participant",
    "RedactionOutput",
    "StartSelectorType",
    "TwilioTrackMap",
]

Namespace = Literal["amazonconnect", "genesysaudiohook", "siprec", "twilio"]
"""The media gateway platform or protocol that carries the call's audio."""

RedactionOutput = Literal["redacted", "redacted_and_unredacted", "unredacted"]
"""Which transcripts to produce: redacted, unredacted, or both."""

MediaLineOrder = Literal["AGENT_FIRST", "CUSTOMER_FIRST"]
"""For SIPREC: which SDP media line carries the customer's audio."""

Participant = Literal["agent", "customer"]
"""Which participant a Twilio track carries."""

StartSelectorType = Literal["FRAGMENT_NUMBER", "NOW"]
"""For Amazon Connect: where in the Kinesis Video Stream to start reading."""

NAMESPACES: frozenset[str] = frozenset(get_args(Namespace))
REDACTION_OUTPUTS: frozenset[str] = frozenset(get_args(RedactionOutput))
MEDIA_LINE_ORDERS: frozenset[str] = frozenset(get_args(MediaLineOrder))
PARTICIPANTS: frozenset[str] = frozenset(get_args(Participant))
START_SELECTOR_TYPES: frozenset[str] = frozenset(get_args(StartSelectorType))


class TwilioTrackMap(TypedDict, total=False):
    """Which participant each Twilio track carries; the server defaults to
    inbound ``"customer"``, outbound ``"agent"``."""

    inbound: Participant
    outbound: Participant


class AmazonConnectParams(TypedDict, total=False):
    """Where to read an Amazon Connect call's audio (namespace ``"amazonconnect"``).

    ``after_fragment_number`` is required when ``start_selector_type`` is
    ``"FRAGMENT_NUMBER"``.
    """

    stream_arn: str
    start_selector_type: StartSelectorType
    after_fragment_number: str
