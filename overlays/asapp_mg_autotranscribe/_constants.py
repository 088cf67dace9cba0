"""Defaults and fixed names of the API, in one place."""

import httpx

__all__ = [
    "API_ID_HEADER",
    "API_SECRET_HEADER",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_STREAM_URL_REFRESH_AFTER",
    "DEFAULT_TIMEOUT",
    "ENV_API_HOST",
    "ENV_API_ID",
    "ENV_API_SECRET",
    "ENV_LOG",
    "INITIAL_RETRY_DELAY",
    "MAX_CONTENT_ENCODINGS",
    "MAX_CONVERSATION_RESPONSE_BYTES",
    "MAX_PORT",
    "MAX_REQUEST_BODY_DEPTH",
    "MAX_RESPONSE_BYTES",
    "MAX_RETRIES_LIMIT",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "MAX_SECONDS",
    "MAX_STORE_TTL",
    "MAX_TRANSCRIPT_EVENT_BYTES",
    "MAX_TRANSCRIPT_EVENT_DEPTH",
    "PRODUCTION_BASE_URL",
    "STREAM_URL_RETRY_PAUSE",
    "STREAM_URL_TTL",
]

DEFAULT_BASE_URL = "https://api.sandbox.asapp.com"
PRODUCTION_BASE_URL = "https://api.asapp.com"

ENV_API_ID = "ASAPP_API_ID"
ENV_API_SECRET = "ASAPP_API_SECRET"  # noqa: S105 (a variable name)
ENV_API_HOST = "ASAPP_API_HOST"
ENV_LOG = "ASAPP_LOG"

API_ID_HEADER = "asapp-api-id"
API_SECRET_HEADER = "asapp-api-secret"  # noqa: S105 (a header name)

# Connecting gets 5 s; every other phase, and each attempt as a whole, 30 s.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# The longest timeout or deadline accepted: a day. Longer ones overflow the socket layer.
MAX_SECONDS = 86_400.0
# The highest TCP port (httpx accepts a higher one, and its socket layer wraps it).
MAX_PORT = 65_535
# The longest a call's keys may live in a shared store after its last event: a year.
MAX_STORE_TTL = 365 * MAX_SECONDS

DEFAULT_MAX_RETRIES = 2
# The most max_retries accepted (client and call): with waits capped at MAX_RETRY_DELAY,
# over 13 minutes of waiting alone.
MAX_RETRIES_LIMIT = 100
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# The Media Gateway's answers are a few hundred bytes; anything past this is not ASAPP speaking.
MAX_RESPONSE_BYTES = 1024 * 1024
# An after-call transcript holds up to 1,000 messages (about 350 KB for two hours of call).
MAX_CONVERSATION_RESPONSE_BYTES = 8 * 1024 * 1024
# Objects and arrays nested in a request body, the body itself being level 1: the API's
# bodies nest 3 levels (twilioParams.trackMap); extra_body deeper than this is refused.
MAX_REQUEST_BODY_DEPTH = 32
# Content-Encoding layers decoded at most (a server stacks one or two; each is bounded anyway).
MAX_CONTENT_ENCODINGS = 4

STREAM_URL_TTL = 300.0
DEFAULT_STREAM_URL_REFRESH_AFTER = 240.0
# After a failed refresh, the still-valid URL is served this long before asking again.
STREAM_URL_RETRY_PAUSE = 5.0

# ASAPP's transcript messages are well under 1 KiB, a few KiB with detailed tokens (word-level
# entries); past this bound a webhook body is not ASAPP speaking. Shared by
# parse_transcript_event (max_bytes) and TranscriptWebhook (max_body_bytes).
MAX_TRANSCRIPT_EVENT_BYTES = 256 * 1024
# Objects and arrays nested in one message, the message itself being level 1: ASAPP's nest
# 4 levels deep (utterance parts), 6 with detailed tokens.
MAX_TRANSCRIPT_EVENT_DEPTH = 32
