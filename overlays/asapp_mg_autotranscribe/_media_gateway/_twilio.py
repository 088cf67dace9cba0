"""The Twilio helpers: start_streaming and stop_streaming for a Twilio call. Namespace
``twilio`` makes the guid a Call SID, a rule the spec states only in prose, checked with
the others on the body as sent (``_request_rules``); its messages name the helpers' own
arguments (``call_sid``, ``inbound``, ``outbound``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, Unpack

from .. import _generated
from .._generated import TranscriptionSettings
from .._options import RequestOptions

if TYPE_CHECKING:
    from .._endpoint import RequestParts
    from .._generated import Participant

__all__ = ["StartOptions", "start_twilio_transcription", "stop_twilio_transcription"]

# The request builders' arguments the helpers take under names of their own.
_RENAMED: Final[Mapping[str, str]] = {
    "guid": "call_sid",
    "twilio_track_map['inbound']": "inbound",
    "twilio_track_map['outbound']": "outbound",
}


class StartOptions(TranscriptionSettings, RequestOptions, total=False):
    """The keyword arguments of start_twilio_transcription beyond the call's identity: the
    transcription settings (generated from the spec's autotranscribeParams) and the
    per-request options."""


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
    parts = _generated.start_streaming(
        namespace="twilio",
        guid=call_sid,
        customer_id=customer_id,
        agent_id=agent_id,
        twilio_track_map={"inbound": inbound, "outbound": outbound},
        **settings,
    )
    return parts._replace(renamed=_RENAMED)


def stop_twilio_transcription(call_sid: str, **options: Unpack[RequestOptions]) -> RequestParts:
    """stop_streaming for a Twilio call, its Call SID checked before anything is sent."""
    parts = _generated.stop_streaming(namespace="twilio", guid=call_sid, **options)
    return parts._replace(renamed=_RENAMED)
