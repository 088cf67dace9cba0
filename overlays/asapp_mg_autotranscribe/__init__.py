"""Python SDK for ASAPP's Media Gateway AutoTranscribe API.

::

    from asapp_mg_autotranscribe import AutoTranscribeClient

    with AutoTranscribeClient() as client:          # ASAPP_API_ID / ASAPP_API_SECRET
        url = client.get_twilio_media_stream_url()  # give it to Twilio's <Stream>
        client.start_twilio_transcription(call_sid, customer_id="...", agent_id="...")
        client.stop_twilio_transcription(call_sid)
"""

from ._client import AsyncAutoTranscribeClient, AutoTranscribeClient
from ._config import NOT_GIVEN, NotGiven
from ._constants import DEFAULT_BASE_URL, PRODUCTION_BASE_URL
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ASAPPError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    ServiceUnavailableError,
    StreamingNotOkError,
    UnprocessableEntityError,
)
from ._logging import setup_logging
from ._results import ParticipantStream, StreamingResult, StreamStatus, StreamSummary
from ._stream_url_cache import AsyncStreamUrlCache, StreamUrlCache
from ._twiml import StreamTrack, twilio_stream_twiml
from ._types import (
    AmazonConnectParams,
    MediaLineOrder,
    Namespace,
    Participant,
    RedactionOutput,
    StartSelectorType,
    TwilioTrackMap,
)
from ._version import __version__

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
    "AsyncStreamUrlCache",
    "AuthenticationError",
    "AutoTranscribeClient",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidResponseError",
    "MediaLineOrder",
    "Namespace",
    "NotFoundError",
    "NotGiven",
    "Participant",
    "ParticipantStream",
    "PermissionDeniedError",
    "RateLimitError",
    "RedactionOutput",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "StartSelectorType",
    "StreamStatus",
    "StreamSummary",
    "StreamTrack",
    "StreamUrlCache",
    "StreamingNotOkError",
    "StreamingResult",
    "TwilioTrackMap",
    "UnprocessableEntityError",
    "__version__",
    "twilio_stream_twiml",
]

# Tracebacks say asapp_mg_autotranscribe.RateLimitError, not ..._exceptions.RateLimitError.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type) and _value.__module__.startswith(__name__ + "._"):
        _value.__module__ = __name__
del _name, _value

setup_logging()
