"""Argument types of the Media Gateway operations.

The Literal aliases (Namespace, RedactionOutput, MediaLineOrder, Participant,
StartSelectorType) are the generated enums themselves, so they follow the spec; the
package loads them on first use (they are needed by type checkers, not at run time).
The TypedDicts here are the SDK's own shapes of nested arguments, in snake_case; a test
holds their keys to the spec's properties.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from .._options import RequestOptions

if TYPE_CHECKING:
    from .._generated import MediaLineOrder, Participant, RedactionOutput, StartSelectorType

__all__ = [
    "AmazonConnectParams",
    "StartOptions",
    "StartStreamingArguments",
    "StartStreamingOptions",
    "TranscriptionSettings",
    "TwilioTrackMap",
]


class TwilioTrackMap(TypedDict, total=False):
    """Which participant each Twilio track carries; the server defaults to
    inbound ``"customer"``, outbound ``"agent"``."""

    inbound: Participant | None
    outbound: Participant | None


class AmazonConnectParams(TypedDict, total=False):
    """Where to read an Amazon Connect call's audio (namespace ``"amazonconnect"``).

    ``after_fragment_number`` is required when ``start_selector_type`` is
    ``"FRAGMENT_NUMBER"``.
    """

    stream_arn: str | None
    start_selector_type: StartSelectorType | None
    after_fragment_number: str | None


class TranscriptionSettings(TypedDict, total=False):
    """How a call is transcribed (the request's ``autotranscribeParams``). A setting left
    out, or None, is left out of the request: the API's default applies.

    - ``language``: an IETF language tag (API default ``"en-US"``).
    - ``detailed_token``: word-level details in transcripts (API default False); needs
      ``redaction_output="unredacted"``.
    - ``audio_recording_allowed``: may ASAPP store the audio to train its models (API
      default False).
    - ``redaction_output``: ``"redacted"`` (API default), ``"unredacted"`` or
      ``"redacted_and_unredacted"``.
    """

    language: str | None
    detailed_token: bool | None
    audio_recording_allowed: bool | None
    redaction_output: RedactionOutput | None


class StartOptions(TranscriptionSettings, RequestOptions, total=False):
    """The keyword arguments of start_twilio_transcription beyond the call's identity: the
    transcription settings and the per-request options."""


class StartStreamingOptions(TranscriptionSettings, total=False):
    """The keyword arguments of start_streaming beyond the call's identity: the
    transcription settings, each platform's parameters, then the per-request options
    (see StartStreamingArguments)."""

    twilio_track_map: TwilioTrackMap | None
    siprec_media_line_order: MediaLineOrder | None
    amazon_connect: AmazonConnectParams | None


class StartStreamingArguments(StartStreamingOptions, RequestOptions, total=False):
    """Every optional keyword argument of start_streaming, in order."""
