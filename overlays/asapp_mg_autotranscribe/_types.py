"""Argument types of the public methods."""

from typing import TypedDict

from ._generated import MediaLineOrder, Namespace, Participant, RedactionOutput, StartSelectorType

__all__ = [
    "AmazonConnectParams",
    "MediaLineOrder",
    "Namespace",
    "Participant",
    "RedactionOutput",
    "StartSelectorType",
    "TwilioTrackMap",
]


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
