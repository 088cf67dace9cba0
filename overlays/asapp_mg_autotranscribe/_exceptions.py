"""Every error the SDK raises, one tree under ``ASAPPError``::

ASAPPError
├── ConfigurationError          bad settings, found when the client is built
├── InvalidRequestError         bad arguments to a call, found before anything is sent
├── ClientClosedError           the client was closed, or its event loop is gone
├── APIConnectionError          no response: DNS, refused, reset ...
│   └── APITimeoutError
├── APIStatusError              a non-2xx answer
│   ├── BadRequestError             400
│   ├── AuthenticationError         401
│   ├── PermissionDeniedError       403
│   ├── NotFoundError               404
│   ├── ConflictError               409
│   ├── RequestTooLargeError        413
│   ├── UnprocessableEntityError    422
│   ├── RateLimitError              429
│   ├── ServiceUnavailableError     503
│   └── InternalServerError         500 and any other 5xx
├── InvalidResponseError        an answer the SDK cannot read: a 2xx body that is not the
│                               documented JSON, too large, or not decodable
├── InvalidTranscriptEventError a transcript webhook body that is not a transcript event
├── StreamingNotOkError         a 200 whose ``isOk`` is false
├── TranscriptStoreError        the Redis transcript store could not be read, or holds a
│                               value that is not the SDK's
└── WebhookAuthenticationError  a transcript webhook request without the right secret

Every error pickles and unpickles as itself (so it crosses process pools), and none holds
the API secret: the response it keeps is detached from the connection, its request's
headers and its body are scrubbed, and so is what it shows (see ``_redaction``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._redaction import mask_tokens
from ._retries import parse_retry_after

if TYPE_CHECKING:
    from ._media_gateway._results import StreamingResult

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ASAPPError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidResponseError",
    "InvalidTranscriptEventError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "ServiceUnavailableError",
    "StreamingNotOkError",
    "TranscriptStoreError",
    "UnprocessableEntityError",
    "WebhookAuthenticationError",
    "status_error_class",
]


def _restore(cls: type[ASAPPError], args: tuple[Any, ...], state: dict[str, Any]) -> ASAPPError:
    """Rebuild a pickled error without calling its ``__init__`` (which takes keywords)."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ASAPPError(Exception):
    """Base class of every error raised by this SDK."""

    def __reduce__(self) -> tuple[Any, ...]:
        return _restore, (type(self), self.args, dict(self.__dict__))


class ConfigurationError(ASAPPError):
    """The client's settings are unusable: missing credentials, a plain-http remote URL, ...

    Raised when the client is constructed, never at the first call.
    """


class InvalidRequestError(ASAPPError, ValueError):
    """An argument to an API call is invalid; nothing was sent."""


class ClientClosedError(ASAPPError, RuntimeError):
    """The client was closed, or the event loop its connections belong to has ended.

    The message says what to do: create a new client (for the async client, inside the
    event loop that uses it).
    """


class APIConnectionError(ASAPPError):
    """No response was received: the name did not resolve, the connection was refused or reset."""

    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request did not complete within its timeout, or the call within its deadline."""


class APIStatusError(ASAPPError):
    """The API answered with a non-2xx status.

    ``request_id``, ``code`` and ``message`` come from ASAPP's error body when it has one;
    a body of another shape (an HTML page from a proxy, say) leaves ``request_id`` and
    ``code`` as None and ``message`` describes what arrived.
    """

    status_code: int
    request_id: str | None
    code: str | None
    message: str
    body: object
    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        request_id: str | None = None,
        code: str | None = None,
    ) -> None:
        self.status_code = response.status_code
        self.request_id = request_id
        self.code = code
        self.message = message
        self.body = body
        self.response = response
        super().__init__(self._describe())

    def _describe(self) -> str:
        reason = f" {self.response.reason_phrase}" if self.response.reason_phrase else ""
        details = [f"code {self.code}"] if self.code else []
        if self.request_id:
            details.append(f"request id {self.request_id}")
        suffix = f" ({', '.join(details)})" if details else ""
        return f"{self.status_code}{reason}{suffix}: {self.message}"


class BadRequestError(APIStatusError):
    """400: the request was malformed."""


class AuthenticationError(APIStatusError):
    """401: the API id or secret was missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not use this operation."""


class NotFoundError(APIStatusError):
    """404: the resource, or the call to stop, was not found."""


class ConflictError(APIStatusError):
    """409: the call is in a conflicting state (for start-streaming: likely already started)."""


class RequestTooLargeError(APIStatusError):
    """413: the request body was too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but its values were rejected."""


class RateLimitError(APIStatusError):
    """429: too many requests."""

    @property
    def retry_after(self) -> float | None:
        """The wait the server asked for, in seconds (from ``retry-after-ms`` or
        ``Retry-After``), or None."""
        return parse_retry_after(self.response.headers)


class ServiceUnavailableError(APIStatusError):
    """503: the service is temporarily unavailable."""


class InternalServerError(APIStatusError):
    """500, or any other 5xx status."""


class InvalidResponseError(ASAPPError):
    """An answer the SDK cannot read: a 2xx body that is not JSON or not the documented
    shape, a body larger than the SDK accepts, or one that does not decode.

    ``response`` is the answer, or None when it could not be read at all.
    """

    response: httpx.Response | None

    def __init__(self, message: str, *, response: httpx.Response | None) -> None:
        super().__init__(message)
        self.response = response


class InvalidTranscriptEventError(ASAPPError, ValueError):
    """A transcript webhook body that is not a transcript event; the message says why
    (and never quotes the utterance text, which may hold personal data)."""


class StreamingNotOkError(ASAPPError):
    """A 200 answer to start or stop streaming whose ``isOk`` is false.

    ``result`` holds the parsed body, so each participant's status can be inspected.
    """

    error_message: str | None
    result: StreamingResult[Any]

    def __init__(self, result: StreamingResult[Any]) -> None:
        self.error_message = result.error_message
        self.result = result
        shown = mask_tokens(result.error_message) if result.error_message else "no message"
        super().__init__(f"the router reported isOk=false: {shown}")


class WebhookAuthenticationError(ASAPPError):
    """A transcript webhook request without the agreed secret: missing, presented more
    than once, or wrong (see ``verify_transcript_request``). Answer it 401. The message
    names where the secret was looked for, never a value presented or expected."""


class TranscriptStoreError(ASAPPError):
    """The Redis transcript store failed a read (Redis could not be reached), or a call's
    keys hold a value the SDK did not write (another program wrote them).

    Raised by ``RedisTranscriptCollector`` (``asapp_mg_autotranscribe.redis``); the message
    names the call, never an utterance's text.
    """


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The error class for a non-2xx status: its own class, else the nearest one."""
    if status_code in _STATUS_ERRORS:
        return _STATUS_ERRORS[status_code]
    if 500 <= status_code <= 599:
        return InternalServerError
    return APIStatusError
