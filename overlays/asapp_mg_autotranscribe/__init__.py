"""Python SDK for ASAPP's Media Gateway AutoTranscribe API: the whole Twilio flow.

::

    from asapp_mg_autotranscribe import AutoTranscribeClient

    with AutoTranscribeClient(deadline=10.0) as client:   # ASAPP_API_ID / ASAPP_API_SECRET
        url = client.get_twilio_media_stream_url()        # 1. give it to Twilio's <Stream>
        client.start_twilio_transcription(call_sid, customer_id="...", agent_id="...")  # 3.
        client.stop_twilio_transcription(call_sid)
        messages = client.get_conversation_messages(external_id=call_sid)  # 4., after the call

Step 2 is ``twilio_stream_twiml``; step 4, live, is ``TranscriptWebhook`` (ASAPP POSTs each
utterance to it) with ``TranscriptCollector``, or ``verify_transcript_request`` in a view of
your own framework (``asapp_mg_autotranscribe.testing`` helps test it).
"""

from typing import TYPE_CHECKING, Any

from ._client import (
    AsyncAutoTranscribeClient,
    AsyncRawResponses,
    AutoTranscribeClient,
    RawResponses,
)
from ._config import NOT_GIVEN, NotGiven
from ._constants import DEFAULT_BASE_URL, PRODUCTION_BASE_URL
from ._conversations._messages import ConversationMessage, MessageSender
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ASAPPError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    InvalidResponseError,
    InvalidTranscriptEventError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ServiceUnavailableError,
    StreamingNotOkError,
    TranscriptStoreError,
    UnprocessableEntityError,
    WebhookAuthenticationError,
)
from ._generated import AmazonConnectParams, TranscriptionSettings, TwilioTrackMap
from ._logging import setup_logging
from ._media_gateway._results import (
    ParticipantStream,
    StreamingResult,
    StreamStatus,
    StreamSummary,
)
from ._media_gateway._stream_url_cache import AsyncStreamUrlCache, StreamUrlCache
from ._media_gateway._twilio import StartOptions
from ._media_gateway._twiml import StreamTrack, twilio_stream_twiml
from ._options import RequestOptions
from ._raw_response import RawResponse
from ._transcripts._collector import TranscriptCollector
from ._transcripts._event import TranscriptEvent, parse_transcript_event
from ._transcripts._verify import verify_transcript_request
from ._transcripts._webhook import TranscriptWebhook
from ._version import __version__

if TYPE_CHECKING:
    from ._generated import (
        MediaLineOrder,
        Namespace,
        Participant,
        RedactionOutput,
        StartSelectorType,
    )

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "PRODUCTION_BASE_URL",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ASAPPError",
    "AmazonConnectParams",
    "AsyncAutoTranscribeClient",
    "AsyncRawResponses",
    "AsyncStreamUrlCache",
    "AuthenticationError",
    "AutoTranscribeClient",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ConversationMessage",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidResponseError",
    "InvalidTranscriptEventError",
    "MediaLineOrder",
    "MessageSender",
    "Namespace",
    "NotFoundError",
    "NotGiven",
    "Participant",
    "ParticipantStream",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RawResponses",
    "RedactionOutput",
    "RequestOptions",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "StartOptions",
    "StartSelectorType",
    "StreamStatus",
    "StreamSummary",
    "StreamTrack",
    "StreamUrlCache",
    "StreamingNotOkError",
    "StreamingResult",
    "TranscriptCollector",
    "TranscriptEvent",
    "TranscriptStoreError",
    "TranscriptWebhook",
    "TranscriptionSettings",
    "TwilioTrackMap",
    "UnprocessableEntityError",
    "WebhookAuthenticationError",
    "__version__",
    "parse_transcript_event",
    "twilio_stream_twiml",
    "verify_transcript_request",
]

# Tracebacks say asapp_mg_autotranscribe.RateLimitError, not ..._exceptions.RateLimitError.
for _name in __all__:
    _value = globals().get(_name)
    if isinstance(_value, type) and _value.__module__.startswith(__name__ + "._"):
        _value.__module__ = __name__
del _name, _value


def __getattr__(name: str) -> Any:
    # The enums' Literal types are the generated ones (they follow the spec), loaded on
    # first use so that importing the SDK does not import the generated models.
    from . import _generated

    if name in _generated.public_types():
        alias = _generated.public_type(name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


setup_logging()
