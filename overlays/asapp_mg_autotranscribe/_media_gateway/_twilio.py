"""The Twilio helpers: start_streaming and stop_streaming for a Twilio call, its Call SID
checked first (a rule the spec states only in prose: for Twilio, the guid is the Call SID).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Unpack

from .. import _generated
from .._exceptions import InvalidRequestError
from .._generated import TranscriptionSettings
from .._options import RequestOptions

if TYPE_CHECKING:
    from .._endpoint import RequestParts
    from .._generated import Participant

__all__ = [
    "StartOptions",
    "check_call_sid",
    "start_twilio_transcription",
    "stop_twilio_transcription",
]

_CALL_SID = re.compile(r"CA[0-9a-fA-F]{32}")


class StartOptions(TranscriptionSettings, RequestOptions, total=False):
    """The keyword arguments of start_twilio_transcription beyond the call's identity: the
    transcription settings (generated from the spec's autotranscribeParams) and the
    per-request options."""


def check_call_sid(call_sid: object) -> str:
    """Return ``call_sid`` if it has the shape of a Twilio Call SID (``CA`` + 32 hex digits)."""
    if not isinstance(call_sid, str) or not _CALL_SID.fullmatch(call_sid):
        shown = repr(call_sid) if isinstance(call_sid, str) and len(call_sid) <= 40 else "it"
        raise InvalidRequestError(
            f"call_sid must be a Twilio Call SID, 'CA' followed by 32 hex digits; got {shown}"
        )
    return call_sid


def start_twilio_transcription(
    call_sid: str,
    *,
    customer_id: str,
    agent_id: str,
    inbound: Participant = "customer",
    outbound: Participant = "agent",
    **settings: Unpack[StartOptions],
) -> RequestParts:
    """start_streaming for a Twilio call: namespace ``"twilio"``, ``guid`` the Call SID
    (checked to be ``CA`` + 32 hex digits before anything is sent), and the track map
    (``inbound`` the customer, ``outbound`` the agent, unless told otherwise). Takes the
    same transcription settings and per-request options as start_streaming."""
    return _generated.start_streaming(
        namespace="twilio",
        guid=check_call_sid(call_sid),
        customer_id=customer_id,
        agent_id=agent_id,
        twilio_track_map={"inbound": inbound, "outbound": outbound},
        **settings,
    )


def stop_twilio_transcription(call_sid: str, **options: Unpack[RequestOptions]) -> RequestParts:
    """stop_streaming for a Twilio call, its Call SID checked first."""
    return _generated.stop_streaming(namespace="twilio", guid=check_call_sid(call_sid), **options)
