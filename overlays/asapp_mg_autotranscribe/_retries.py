"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import random
from collections.abc import Callable

import attrs
import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from ._operations import Operation

__all__ = ["RetryPolicy"]

# Statuses after which a request is worth repeating ...
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# ... and those that also say a state-changing request was not processed.
_RETRY_STATUSES_NOT_PROCESSED = frozenset({429, 503})

# Errors raised before a request left this machine: safe to repeat for any request.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@attrs.frozen
class RetryPolicy:
    """At most ``max_retries`` more attempts, with capped exponential backoff and jitter.

    Idempotent requests (the GET) are repeated after connection errors, timeouts and
    408, 429, 500, 502, 503, 504. State-changing ones (start/stop streaming) only where
    the request certainly was not processed: no connection was made, 429 or 503; never
    after a read timeout, and never on 409.
    """

    max_retries: int
    jitter: Callable[[], float] = random.random

    def delay_after_status(
        self,
        operation: Operation[object],
        status_code: int,
        retry_after: float | None,
        attempt: int,
    ) -> float | None:
        """Seconds to wait before retrying after this status, or None not to retry."""
        if attempt >= self.max_retries:
            return None
        allowed = _RETRY_STATUSES if operation.idempotent else _RETRY_STATUSES_NOT_PROCESSED
        if status_code not in allowed:
            return None
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
        return self.backoff(attempt)

    def delay_after_error(
        self, operation: Operation[object], error: httpx.RequestError, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None not to retry."""
        if attempt >= self.max_retries:
            return None
        if isinstance(error, _NOT_SENT_ERRORS):
            return self.backoff(attempt)
        if operation.idempotent and isinstance(error, httpx.TransportError):
            return self.backoff(attempt)
        return None

    def backoff(self, attempt: int) -> float:
        """``min(0.5 * 2**attempt, 8)`` seconds, less up to 25% at random."""
        delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * self.jitter())
