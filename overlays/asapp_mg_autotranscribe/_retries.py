"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import attrs
import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

__all__ = ["RetryPolicy", "parse_retry_after"]

# Statuses after which a request is worth repeating ...
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# ... and those that also say a state-changing request was not processed.
_RETRY_STATUSES_NOT_PROCESSED = frozenset({429, 503})

# Errors raised before a request left this machine: safe to repeat for any request.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@attrs.frozen
class RetryPolicy:
    """Capped exponential backoff with jitter, and which failures are worth another attempt.

    Idempotent requests (the GETs) are repeated after connection errors, timeouts and
    408, 429, 500, 502, 503, 504. State-changing ones (start/stop streaming) only where
    the request certainly was not processed: no connection was made, 429 or 503; never
    after a read timeout, and never on 409.
    """

    jitter: Callable[[], float] = random.random

    def delay_after_status(
        self, *, idempotent: bool, status_code: int, headers: httpx.Headers, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying after this status, or None not to retry it."""
        allowed = _RETRY_STATUSES if idempotent else _RETRY_STATUSES_NOT_PROCESSED
        if status_code not in allowed:
            return None
        retry_after = parse_retry_after(headers) if status_code in (429, 503) else None
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
        return self.backoff(attempt)

    def delay_after_error(
        self, *, idempotent: bool, error: Exception, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None not to retry it."""
        if isinstance(error, _NOT_SENT_ERRORS):
            return self.backoff(attempt)
        if idempotent and isinstance(error, httpx.TransportError | TimeoutError):
            return self.backoff(attempt)
        return None

    def backoff(self, attempt: int) -> float:
        """``min(0.5 * 2**attempt, 8)`` seconds, less up to 25% at random."""
        delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * self.jitter())


def parse_retry_after(
    headers: httpx.Headers, *, now: Callable[[], float] = time.time
) -> float | None:
    """Seconds the server asks to wait: ``retry-after-ms``, else ``Retry-After`` as
    seconds or as an HTTP date. None when absent or unreadable."""
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        seconds = _non_negative_float(milliseconds)
        if seconds is not None:
            return seconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _non_negative_float(value)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now())


def _non_negative_float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    # float() also reads "nan" and "inf".
    if not 0 <= value < float("inf"):
        return None
    return value
