"""``client.with_raw_response``: the HTTP answer of a call, then its result on demand."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._endpoint import parse_json
from ._exceptions import InvalidResponseError

if TYPE_CHECKING:
    from ._endpoint import PreparedCall

__all__ = ["RawResponse"]

_ResultT = TypeVar("_ResultT")
_ModelT = TypeVar("_ModelT")


class RawResponse(Generic[_ResultT, _ModelT]):
    """A successful (2xx) answer, as received, with what it took to get it.

    A non-2xx answer raises at the call, exactly as the plain method does::

        raw = client.with_raw_response.start_streaming(namespace="twilio", guid=sid, ...)
        raw.status_code, raw.headers["content-type"], raw.retries_taken, raw.elapsed
        result = raw.parse()       # what start_streaming returns, raising as it would

    ASAPP's spec documents no header of its answers; the request id it gives is in an error
    body (``APIStatusError.request_id``).
    """

    def __init__(
        self,
        response: httpx.Response,
        call: PreparedCall[_ResultT, _ModelT],
        *,
        retries_taken: int,
        elapsed: float,
        scrubbed: httpx.Response | None,
    ) -> None:
        self._response = response
        # The answer without the API secret, if it holds it: what errors are raised from.
        self._scrubbed = scrubbed
        self._call = call
        self.retries_taken = retries_taken
        """How many retries the call took before this answer (0: the first attempt)."""
        self.elapsed = elapsed
        """Seconds the whole call took, retries and their waits included."""

    @property
    def status_code(self) -> int:
        """The HTTP status (2xx)."""
        return self._response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self._response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request sent (its ``asapp-api-secret`` header redacted)."""
        return self._response.request

    @property
    def http_response(self) -> httpx.Response:
        """The httpx.Response: its body read, decoded, exactly as received; the API secret
        scrubbed from its headers and reason phrase, should the server echo it there;
        detached from the connection (its stream is the body in memory)."""
        return self._response

    def json(self) -> Any:
        """The body's JSON exactly as received, properties the SDK does not know included."""
        try:
            return parse_json(self._response.content)
        except ValueError:
            pass
        # Raised outside the handler: the decoder's error, kept as context, quotes the body.
        raise InvalidResponseError(
            f"{self._call.operation_id}: the response is not JSON",
            response=self._response if self._scrubbed is None else self._scrubbed,
        )

    @functools.cached_property
    def model(self) -> _ModelT:
        """The generated model of the answer (InvalidResponseError if the body does not fit)."""
        return self._call.answer_model(self._response, scrubbed=self._scrubbed_answer)

    def parse(self) -> _ResultT:
        """What the plain method returns, raising as it would (StreamingNotOkError,
        InvalidResponseError)."""
        return self._call.read_answer(self._response, scrubbed=self._scrubbed_answer)

    def _scrubbed_answer(self, response: httpx.Response) -> httpx.Response | None:
        return self._scrubbed

    def __repr__(self) -> str:
        return (
            f"<RawResponse {self._call.operation_id} {self.status_code} "
            f"retries_taken={self.retries_taken} elapsed={self.elapsed:.3f}>"
        )
