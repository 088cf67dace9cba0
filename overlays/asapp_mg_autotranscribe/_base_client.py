"""What the sync and async clients share: everything but the I/O.

Each client's request loop is a few lines of ``send`` / ``sleep``; settings, the
connection pool a client shares with its ``with_options`` copies, building the request,
the attempt's clock and the call's deadline, retry decisions and reading the answer
happen here.
"""

from __future__ import annotations

import copy
import functools
import os
import platform
import time
import weakref
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import attrs
import httpx

from ._config import NOT_GIVEN, ClientConfig, NotGiven, TimeoutTypes, check_sleep
from ._constants import API_ID_HEADER, API_SECRET_HEADER
from ._endpoint import PreparedCall
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    InvalidResponseError,
)
from ._httpx_internals import check_set_body
from ._logging import logger
from ._options import CallSettings, resolve_options
from ._raw_response import RawResponse
from ._redaction import Redactor, keep_body
from ._retries import RetryPolicy
from ._tracing import CallSpan, start_span
from ._transport import ACCEPT_ENCODING, BoundedBody, restore_location
from ._version import __title__, __version__

if TYPE_CHECKING:
    from ._connections import PoolSettings

__all__ = ["TRANSPORT_ERRORS", "BaseClient", "CallState", "Retry", "SharedPool"]

_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)
_ResultT = TypeVar("_ResultT")

_USER_AGENT = (
    f"{__title__}/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)
# Sent with every request, besides the credentials.
_SDK_HEADERS = {
    "accept": "application/json",
    "accept-encoding": ACCEPT_ENCODING,
    "user-agent": _USER_AGENT,
}

# What sending a request may raise besides an answer: httpx's errors (InvalidURL, from a
# redirect's Location, and StreamError are not RequestErrors), and the event loop's
# timeout of an async attempt.
TRANSPORT_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, TimeoutError)


@attrs.frozen
class Retry:
    """The decision to try again after ``delay`` seconds."""

    delay: float


class SharedPool(Generic[_HttpClientT]):
    """The connection pool of a client, shared with the copies ``with_options`` makes.

    The original client closes it; a copy never does. A pool the SDK made itself is
    replaced by a fresh one in a child process after ``os.fork()``: the parent's
    keep-alive connections stay the parent's.
    """

    def __init__(self, http: _HttpClientT, *, make: Callable[[], _HttpClientT] | None) -> None:
        self.http: _HttpClientT = http
        # How the SDK made it (None for an http_client of the caller's).
        self.make: Callable[[], _HttpClientT] | None = make
        self.closed = False
        # The event loop the async pool's connections belong to, once used.
        self.loop: object | None = None
        if make is not None:
            _POOLS_TO_RENEW_AFTER_FORK.add(self)

    @property
    def owned(self) -> bool:
        """Whether the SDK made it (and so closes it)."""
        return self.make is not None

    def renew_in_child(self) -> None:
        """After a fork, in the child: a fresh pool, without touching the parent's sockets."""
        if self.make is not None and not self.closed:
            self.http = self.make()
            self.loop = None


_POOLS_TO_RENEW_AFTER_FORK: weakref.WeakSet[SharedPool[Any]] = weakref.WeakSet()


def _renew_pools_in_child() -> None:
    for pool in list(_POOLS_TO_RENEW_AFTER_FORK):
        pool.renew_in_child()


if hasattr(os, "register_at_fork"):  # pragma: no branch (absent on Windows only)
    os.register_at_fork(after_in_child=_renew_pools_in_child)


class CallState(Generic[_ResultT]):
    """One call in progress: its request, settings, clock and attempts."""

    def __init__(
        self,
        call: PreparedCall[_ResultT, Any],
        settings: CallSettings,
        request: httpx.Request,
        *,
        raw: bool,
    ) -> None:
        self.call = call
        self.settings = settings
        self.request = request
        self.raw = raw
        self.started = time.monotonic()
        self.deadline_at = None if settings.deadline is None else self.started + settings.deadline
        self.attempt = 0
        self.status_code: int | None = None
        self.span: CallSpan = start_span(call.operation_id, request.method)

    @property
    def name(self) -> str:
        """The operation's id, for messages."""
        return self.call.operation_id

    def elapsed(self) -> float:
        """Seconds since the call began."""
        return time.monotonic() - self.started


class _CredentialHeaders(httpx.Headers):
    """Headers that carry the API secret: their repr (a debugger's view of the client)
    masks it, as httpx's masks an Authorization header."""

    def __repr__(self) -> str:
        shown = [
            (name, "[secure]" if name.lower() == API_SECRET_HEADER else value)
            for name, value in self.multi_items()
        ]
        return f"{type(self).__name__}({shown!r})"


class BaseClient(Generic[_HttpClientT]):
    """Settings, request building, the attempt's clock, retries and answers, for both clients."""

    _config: ClientConfig
    _pool: SharedPool[_HttpClientT]
    _http_client_class: type[_HttpClientT]
    # Whether the client awaits its ``sleep`` (the async one) or calls it.
    _sleep_is_awaited: bool

    def __init__(
        self,
        *,
        api_id: str | None,
        api_secret: str | None,
        base_url: str | httpx.URL | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        deadline: float | None,
        http_client: _HttpClientT | None,
        environment: Mapping[str, str] | None,
        sleep: Callable[[float], Any],
    ) -> None:
        config = ClientConfig.resolve(
            api_id=api_id,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            environment=environment,
        )
        sleep = check_sleep(sleep, awaited=self._sleep_is_awaited)
        check_set_body()
        if http_client is None:
            from ._connections import PoolSettings

            pool_settings = PoolSettings.from_environment()
            make = functools.partial(self._new_http_client, _SDK_HEADERS, pool_settings)
            self._pool = SharedPool(make(), make=make)
        elif isinstance(http_client, self._http_client_class):
            self._pool = SharedPool(http_client, make=None)
        else:
            expected = f"httpx.{self._http_client_class.__name__}"
            raise ConfigurationError(
                f"http_client must be an {expected}, not {type(http_client).__name__}"
            )
        self._sleep = sleep
        self._retry_policy = RetryPolicy()
        self._is_copy = False
        self._closed = False
        self._apply(config)

    def _apply(self, config: ClientConfig) -> None:
        self._config = config
        self._settings = CallSettings.of(config)
        self._base_url = str(config.base_url)
        self._urls: dict[str, httpx.URL] = {}
        self._redactor = Redactor(config.api_secret)
        credentials = {API_ID_HEADER: config.api_id, API_SECRET_HEADER: config.api_secret}
        if self._pool.owned:
            # The SDK's own client has no defaults the SDK did not give it (no base URL, no
            # cookies, no query): its requests are built whole here, its headers merged once.
            self._headers = _CredentialHeaders({**self._pool.http.headers, **credentials})
        else:
            # A caller's client adds its own defaults (build_request), ours on top of them.
            self._headers = _CredentialHeaders({**_SDK_HEADERS, **credentials})
        self._json_headers = _CredentialHeaders(self._headers)
        self._json_headers["content-type"] = "application/json"

    def _url(self, path: str) -> httpx.URL:
        """The absolute URL of an operation's path, parsed once (httpx's parser is slow)."""
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = httpx.URL(self._base_url + path)
        return url

    @staticmethod
    def _new_http_client(headers: Mapping[str, str], settings: PoolSettings) -> _HttpClientT:
        """A pooled httpx client of the SDK's own, ``headers`` its defaults, connecting as
        ``settings`` (read from the environment when the client was built) say."""
        raise NotImplementedError

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL, such as ``https://api.sandbox.asapp.com``."""
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be repeated."""
        return self._config.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of each attempt."""
        return self._config.timeout

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call may take (attempts and waits), or None for no bound."""
        return self._config.deadline

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, "
            f"api_id={self._config.api_id!r}, api_secret='***')"
        )

    def with_options(
        self,
        *,
        api_id: str | NotGiven = NOT_GIVEN,
        api_secret: str | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A new client of the same class on the same connection pool, some settings changed.

        This client is left as it was. The pool stays this client's: closing the copy
        leaves it open, closing this client closes it (the copy then raises
        ClientClosedError)::

            quick = client.with_options(timeout=3.0, max_retries=1, deadline=10.0)
        """
        config = self._config.evolve(
            api_id=api_id,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        clone = copy.copy(self)
        clone.__dict__.pop("with_raw_response", None)
        clone._is_copy = True
        clone._closed = False
        clone._apply(config)
        return clone

    def _mark_closed(self) -> bool:
        """Mark this client closed; True if the pool is this client's to close now."""
        self._closed = True
        if self._is_copy or self._pool.closed:
            return False
        self._pool.closed = True
        return self._pool.owned

    def _check_open(self) -> _HttpClientT:
        """The pool's httpx client, or ClientClosedError."""
        pool = self._pool
        if self._closed or pool.closed or pool.http.is_closed:
            closed = "this client" if self._closed else "the client whose pool this copy shares"
            raise ClientClosedError(
                f"{closed} was closed: create a new {type(self).__name__} "
                "(or keep the client open while calls are made)"
            )
        return pool.http

    # --- one call ------------------------------------------------------------------------

    def _begin(self, call: PreparedCall[_ResultT, Any], *, raw: bool) -> CallState[_ResultT]:
        """Check the call's options and arguments, and build its request; nothing is sent."""
        http = self._check_open()
        settings = resolve_options(call.options, self._settings)
        content = call.encoded_body(settings.extra_body)
        kwargs = call.request_kwargs(settings.extra_query)
        headers = self._headers if content is None else self._json_headers
        if settings.extra_headers:
            headers = _CredentialHeaders(headers)
            headers.update(settings.extra_headers)
        params = kwargs.get("params")
        url = self._url(kwargs["url"])
        method = kwargs["method"]
        if self._pool.owned:
            request = httpx.Request(method, url, params=params, content=content, headers=headers)
        else:
            request = http.build_request(
                method, url, params=params, content=content, headers=headers
            )
        return CallState(call, settings, request, raw=raw)

    def _attempt_ends_at(self, state: CallState[Any]) -> float:
        """Start an attempt: its end (timeout or deadline, whichever is first), with every
        phase's timeout shrunk to fit; APITimeoutError if the deadline has passed."""
        now = time.monotonic()
        settings = state.settings
        ends_at = now + settings.attempt_timeout
        left = None
        if state.deadline_at is not None:
            if now >= state.deadline_at:
                raise self._deadline_passed(state)
            if state.deadline_at < ends_at:
                ends_at = state.deadline_at
                left = ends_at - now
        state.request.extensions["timeout"] = settings.phase_timeouts(left)
        return ends_at

    def _body_reader(
        self, state: CallState[Any], response: httpx.Response, ends_at: float
    ) -> BoundedBody:
        return BoundedBody(response, limit=state.call.max_response_bytes, ends_at=ends_at)

    def _on_response(
        self, state: CallState[_ResultT], response: httpx.Response, body: BoundedBody
    ) -> _ResultT | RawResponse[_ResultT, Any] | Retry:
        """The result, a Retry, or the error to raise, for one complete response."""
        restore_location(response)
        keep_body(response, body.content)
        redactor = self._redactor
        status = state.status_code = response.status_code
        logger.info("%s %s -> %d", response.request.method, response.request.url, status)
        if 200 <= status < 300:
            self._check_readable(state, response, body)
            if state.raw:
                return RawResponse(
                    response,
                    state.call,
                    retries_taken=state.attempt,
                    elapsed=state.elapsed(),
                    scrubbed=redactor.scrubbed(response),
                )
            # A 2xx body is read as received; an error from it holds the answer scrubbed.
            result: _ResultT = state.call.read_answer(response, scrubbed=redactor.scrubbed)
            return result
        redactor.response(response)
        error = state.call.status_error(response, truncated=body.truncated)
        delay = None
        if state.attempt < state.settings.max_retries:
            delay = self._retry_policy.delay_after_status(
                idempotent=state.call.idempotent,
                status_code=status,
                headers=response.headers,
                attempt=state.attempt,
            )
        if delay is None:
            raise error
        return self._retry(state, delay, error, f"status {status}")

    def _check_readable(
        self, state: CallState[Any], response: httpx.Response, body: BoundedBody
    ) -> None:
        if body.truncated or body.undecodable is not None:
            self._redactor.response(response)
        if body.truncated:
            raise InvalidResponseError(
                f"{state.name}: response body is larger than the "
                f"{state.call.max_response_bytes} bytes the SDK reads; not read in full",
                response=response,
            )
        if body.undecodable is not None:
            raise InvalidResponseError(
                f"{state.name}: response body could not be decoded ({body.undecodable})",
                response=response,
            )

    def _on_transport_error(self, state: CallState[Any], error: Exception) -> Retry:
        """A Retry after a transport error, or the typed error raised from it."""
        self._redactor.exception_chain(error)
        mapped = self._map_transport_error(state, error)
        delay = None
        if state.attempt < state.settings.max_retries:
            delay = self._retry_policy.delay_after_error(
                idempotent=state.call.idempotent, error=error, attempt=state.attempt
            )
        if delay is None:
            raise mapped from error
        return self._retry(state, delay, mapped, type(error).__name__)

    def _map_transport_error(
        self, state: CallState[Any], error: Exception
    ) -> APIConnectionError | InvalidResponseError:
        where = f"{state.request.method} {state.request.url}"
        detail = self._redactor.text(str(error)) or type(error).__name__
        if isinstance(error, httpx.TimeoutException | TimeoutError):
            if state.deadline_at is not None and time.monotonic() >= state.deadline_at - 0.001:
                return self._deadline_passed(state)
            return APITimeoutError(f"{state.name}: timed out ({where})", request=state.request)
        if isinstance(error, httpx.DecodingError):
            return InvalidResponseError(
                f"{state.name}: response body could not be decoded: {detail}", response=None
            )
        if isinstance(error, httpx.InvalidURL):
            # The request's own URL was checked when it was built: this one is a redirect's.
            return InvalidResponseError(
                f"{state.name}: the answer redirects to a URL that cannot be used ({detail}); "
                "redirects are not followed",
                response=None,
            )
        return APIConnectionError(f"{state.name}: {detail} ({where})", request=state.request)

    def _retry(self, state: CallState[Any], delay: float, cause: Exception, why: str) -> Retry:
        """Retry after ``delay``, unless the wait would cross the call's deadline: then
        APITimeoutError at once, caused by the error that asked for the wait."""
        if state.deadline_at is not None and time.monotonic() + delay >= state.deadline_at:
            raise APITimeoutError(
                f"{state.name}: the {state.settings.deadline:g} s deadline would pass during "
                f"the {delay:.2f} s wait before retrying ({why})",
                request=state.request,
            ) from cause
        logger.info(
            "%s: %s; retrying in %.2f s (retry %d of %d)",
            state.name,
            why,
            delay,
            state.attempt + 1,
            state.settings.max_retries,
        )
        state.attempt += 1
        return Retry(delay)

    def _deadline_passed(self, state: CallState[Any]) -> APITimeoutError:
        return APITimeoutError(
            f"{state.name}: the {state.settings.deadline:g} s deadline of the call passed "
            f"({state.attempt + 1} attempt{'s' if state.attempt else ''})",
            request=state.request,
        )

    def _end(self, state: CallState[Any], error: BaseException | None) -> None:
        """After the call: the secret out of the request if it is handed out (by an error or
        a RawResponse), the span ended."""
        if error is not None or state.raw:
            self._redactor.request(state.request)
        state.span.end(status_code=state.status_code, retries=state.attempt, error=error)
