"""TranscriptWebhook: the endpoint ASAPP POSTs each utterance to, as a WSGI and an ASGI app.

Both apps make the same checks in the same order (method, secret, size, body) through the
methods below; only reading the request and writing the answer differ.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._checks import is_async_callable
from .._constants import MAX_TRANSCRIPT_EVENT_BYTES
from .._exceptions import (
    ConfigurationError,
    InvalidTranscriptEventError,
    WebhookAuthenticationError,
)
from .._logging import logger
from ._event import TranscriptEvent
from ._verify import RequestCheck

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

__all__ = ["ASGIApp", "TranscriptWebhook"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
    Awaitable[None],
]
"""The type of an ASGI 3 application (as Starlette's and FastAPI's ``mount`` take it)."""

# Read this much at a time from a WSGI input of unknown length.
_WSGI_CHUNK = 64 * 1024
_MAX_LENGTH_DIGITS = 18


@attrs.frozen
class _Answer:
    """One answer of the receiver: its status, and a short plain-text body."""

    status: int
    phrase: str
    text: str = ""
    allow_post: bool = False

    @property
    def body(self) -> bytes:
        return f"{self.text}\n".encode() if self.text else b""

    def asgi_headers(self) -> list[tuple[bytes, bytes]]:
        return [(name.encode("latin-1"), value.encode("latin-1")) for name, value in self.headers()]

    def headers(self) -> list[tuple[str, str]]:
        headers = []
        if self.text:
            headers += [
                ("content-type", "text/plain; charset=utf-8"),
                ("content-length", str(len(self.body))),
            ]
        if self.allow_post:
            headers.append(("allow", "POST"))
        return headers


_NO_CONTENT = _Answer(204, "No Content")
_NOT_POST = _Answer(405, "Method Not Allowed", "only POST is answered", allow_post=True)
_UNAUTHORISED = _Answer(401, "Unauthorized", "the secret is missing or wrong")
_LENGTH_REQUIRED = _Answer(
    411, "Length Required", "this WSGI server cannot read a body without Content-Length"
)
_BAD_LENGTH = _Answer(400, "Bad Request", "the Content-Length is not a number of bytes")
_NOT_HANDLED = _Answer(500, "Internal Server Error", "the event was not handled")


class TranscriptWebhook:
    """The receiver of ASAPP's real-time transcript webhook, as a WSGI and an ASGI app.

    ASAPP POSTs one JSON message per complete utterance of one participant to a URL you
    choose, from start-streaming on. Each message is read by :func:`parse_transcript_event`
    and handed to ``on_event``; the checks are :func:`verify_transcript_request`'s (the same
    code), made as the request is read. Serve ``.asgi`` (uvicorn, hypercorn, or mounted in FastAPI /
    Starlette) or ``.wsgi`` (gunicorn, waitress, or mounted in Flask / Django)::

        collector = TranscriptCollector()
        webhook = TranscriptWebhook(
            collector.add,
            secret=os.environ["TRANSCRIPT_WEBHOOK_SECRET"],
            secret_name="x-transcript-token",   # the name agreed with ASAPP
        )
        app.router.routes.append(Route("/asapp/transcripts", webhook.asgi))   # Starlette

    (Starlette's ``mount`` answers the bare path, ``/asapp/transcripts``, with a redirect,
    which ASAPP does not count as delivered, and whose ``Location`` repeats a query secret:
    route both paths to the app instead, as ``examples/transcripts_fastapi.py`` does.)

    The answers, checked in this order:

    - anything but POST: 405 (with ``Allow: POST``);
    - with a ``secret``: 401 unless the request carries it, once, in the header named
      ``secret_name`` (``secret_in="header"``) or in the query parameter of that name
      (``secret_in="query"``: servers and proxies write query strings to their access
      logs, so prefer the header); compared in constant time;
    - a body over ``max_body_bytes`` (default 256 KiB): 413, told by Content-Length before
      anything is read, else by reading no more than ``max_body_bytes + 1`` bytes;
    - a body that is not a transcript event: 400, the reason in a short text/plain body
      (never quoting the body);
    - else ``on_event(event)`` is called and the answer is 204; if it raises, 500. It is
      called for no other answer.

    A 500 answers any exception of on_event, ``SystemExit`` and other ``BaseException``
    subclasses included, so that the server's worker keeps serving (and keeps what it
    holds in memory). Two go on up to the server, as they are not on_event's failure:
    ``KeyboardInterrupt`` (Ctrl-C must stop a server whose main thread runs the app), and on
    ASGI an ``asyncio.CancelledError`` while the request's own task is being cancelled (the
    server shutting down; the client gone). A ``CancelledError`` of on_event's own making,
    the task not being cancelled, is a 500.

    (A WSGI server that hands over a chunked body without de-chunking it, such as wsgiref,
    gets 411: that body cannot be read.)

    **ASAPP drops a message on any non-2xx answer and never retries it**, and it drops the
    oldest pending messages when answers are slow: keep ``on_event`` quick (store the event,
    queue it; do the work elsewhere). Messages may arrive out of order: sort by ``start_ms``
    (as :class:`TranscriptCollector` does).

    On ASGI an ``async def`` on_event is awaited; a plain one is called on the event loop,
    so it must not block (``collector.add`` does not). On WSGI on_event is called in the
    server's thread and must be a plain function (``.wsgi`` refuses an ``async def`` one).

    Logging (logger ``asapp_mg_autotranscribe``): a WARNING for each 400, 401, 411 and 413
    with its reason (for a 401: whether the secret was missing, presented twice or wrong);
    an ERROR when on_event raises, with the call's id (Call SID), the exception's class
    and where it was raised: never its message or traceback, which may quote the
    utterance text. No log line holds the secret or the text. With
    ``secret_in="query"`` the ASGI app masks the secret in ``scope["query_string"]`` (and
    the WSGI app in ``QUERY_STRING``), so that servers logging the request from there
    (uvicorn's access log) do not show it; but **a secret in the query string reaches
    access logs** wherever the raw request line is logged (gunicorn's ``%(r)s``, wsgiref,
    reverse proxies, load balancers): prefer the header wherever ASAPP allows it.

    Serve it over HTTPS. ASAPP's other ways of authenticating its POSTs (a custom CA, mutual
    TLS, OAuth2 client credentials) are deployment choices agreed with ASAPP: they are set
    up in the web server or reverse proxy in front of this receiver (TLS, client
    certificates, bearer-token checks) and on ASAPP's side, not here.

    Bad arguments raise ConfigurationError: a secret without ``secret_name`` (or a
    ``secret_name`` without a secret, such as an unset environment variable), a
    ``secret_in`` other than ``"header"`` or ``"query"``, a secret with control or
    non-ASCII characters or surrounding whitespace, a ``max_body_bytes`` that is not a
    positive int, an ``on_event`` that is not callable. The secret is never in the repr,
    and the receiver does not pickle.
    """

    __slots__ = ("_check", "_environ_key", "_is_async", "_on_event", "_secret_name", "_too_large")

    def __init__(
        self,
        on_event: Callable[[TranscriptEvent], object],
        *,
        secret: str | None = None,
        secret_name: str | None = None,
        secret_in: Literal["header", "query"] = "header",  # noqa: S107 (where, not what)
        max_body_bytes: int = MAX_TRANSCRIPT_EVENT_BYTES,
    ) -> None:
        if not callable(on_event):
            raise ConfigurationError(f"on_event must be callable, not {type(on_event).__name__}")
        self._on_event = on_event
        self._is_async = is_async_callable(on_event)
        self._check = RequestCheck(
            secret=secret,
            secret_name=secret_name,
            secret_in=secret_in,
            max_body_bytes=max_body_bytes,
        )
        self._secret_name = secret_name
        self._too_large = _Answer(
            413, "Content Too Large", f"the body is over {self._check.max_body_bytes} bytes"
        )
        # The secret header's WSGI environ key (empty where the secret is not in a header).
        header = self._check.header_name
        self._environ_key = "HTTP_" + header.upper().replace("-", "_") if header else ""

    @property
    def asgi(self) -> ASGIApp:
        """The receiver as an ASGI 3 application (it also answers the lifespan protocol)."""
        return _ASGIApp(self)

    @property
    def wsgi(self) -> WSGIApplication:
        """The receiver as a WSGI application; ConfigurationError if on_event is async."""
        if self._is_async:
            raise ConfigurationError(
                "on_event is a coroutine function: the WSGI app cannot await it; "
                "serve the ASGI app (.asgi), or pass a plain function"
            )
        return self._wsgi

    def __repr__(self) -> str:
        callback = getattr(self._on_event, "__qualname__", type(self._on_event).__qualname__)
        secret = "None" if self._check.secret is None else "'***'"
        secret_in = "query" if self._check.in_query else "header"
        return (
            f"TranscriptWebhook(on_event={callback}, secret={secret}, "
            f"secret_name={self._secret_name!r}, secret_in={secret_in!r}, "
            f"max_body_bytes={self._check.max_body_bytes})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("a TranscriptWebhook holds its secret and is not pickled or copied")

    # The checks, shared by both apps (and by verify_transcript_request, through RequestCheck).

    def _unauthorised(self, presented: list[bytes]) -> _Answer | None:
        try:
            self._check.authenticate(presented)
        except WebhookAuthenticationError as error:
            return _warned(_UNAUTHORISED, str(error))
        return None

    def _declared_length(self, values: list[bytes]) -> int | _Answer | None:
        """The Content-Length (None if absent), or the answer it calls for."""
        if not values:
            return None
        digits = values[0].strip()
        if len(set(values)) != 1 or not digits.isdigit():
            return _warned(_BAD_LENGTH)
        # More digits than any bound has: too large, without int() of a huge number.
        if len(digits) > _MAX_LENGTH_DIGITS or int(digits) > self._check.max_body_bytes:
            return _warned(self._too_large)
        return int(digits)

    def _event(self, body: bytes) -> TranscriptEvent | _Answer:
        try:
            return self._check.event(body)
        except InvalidTranscriptEventError as error:
            return _warned(_Answer(400, "Bad Request", str(error)))

    # ASGI

    async def _asgi(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        kind = scope["type"]
        if kind == "http":
            answer = await self._asgi_http(scope, receive)
            if answer is not None:
                await send(
                    {
                        "type": "http.response.start",
                        "status": answer.status,
                        "headers": answer.asgi_headers(),
                    }
                )
                await send({"type": "http.response.body", "body": answer.body})
        elif kind == "lifespan":
            await _lifespan(receive, send)
        elif kind == "websocket":
            await send({"type": "websocket.close", "code": 1008})
        else:
            raise ValueError(f"the transcript webhook does not serve ASGI {kind!r} scopes")

    async def _asgi_http(
        self, scope: Scope, receive: Callable[[], Awaitable[Message]]
    ) -> _Answer | None:
        """The answer to one request, None if the client left before it was read."""
        check = self._check
        headers = scope["headers"]
        if check.in_query:
            # Masked before any answer, so that a server logging the scope never shows it.
            presented, scope["query_string"] = check.query_secrets(scope.get("query_string", b""))
        if scope["method"] != "POST":
            return _NOT_POST
        if not check.in_query:
            presented = check.header_secrets(headers)
        refused = self._unauthorised(presented)
        if refused is not None:
            return refused
        declared = self._declared_length(
            [value for name, value in headers if name == b"content-length"]
        )
        if isinstance(declared, _Answer):
            return declared
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            if len(body) > check.max_body_bytes:
                return _warned(self._too_large)
            more = message.get("more_body", False)
        event = self._event(bytes(body))
        if isinstance(event, _Answer):
            return event
        try:
            result = self._on_event(event)
            if inspect.isawaitable(result):
                await result
        except BaseException as error:
            if _goes_on(error):
                raise
            return _failed(event, error)
        return _NO_CONTENT

    # WSGI

    def _wsgi(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        answer = self._wsgi_answer(environ)
        start_response(f"{answer.status} {answer.phrase}", answer.headers())
        return [answer.body]

    def _wsgi_answer(self, environ: WSGIEnvironment) -> _Answer:
        check = self._check
        if check.in_query:
            query = _environ_bytes(environ.get("QUERY_STRING", ""))
            presented, masked = check.query_secrets(query)
            environ["QUERY_STRING"] = masked.decode("latin-1")
        if environ.get("REQUEST_METHOD") != "POST":
            return _NOT_POST
        if not check.in_query:
            # The server joined a header sent twice into one value (PEP 3333).
            value = environ.get(self._environ_key)
            presented = [] if value is None else [_environ_bytes(value)]
        refused = self._unauthorised(presented)
        if refused is not None:
            return refused
        length = environ.get("CONTENT_LENGTH") or ""
        declared = self._declared_length([_environ_bytes(length)] if length else [])
        if isinstance(declared, _Answer):
            return declared
        stream = environ["wsgi.input"]
        if declared is not None:
            body = _read_wsgi(stream, declared)
        elif environ.get("wsgi.input_terminated"):
            body = _read_wsgi(stream, check.max_body_bytes + 1)
            if len(body) > check.max_body_bytes:
                return _warned(self._too_large)
        elif "HTTP_TRANSFER_ENCODING" in environ:
            return _warned(_LENGTH_REQUIRED)
        else:
            body = b""
        event = self._event(body)
        if isinstance(event, _Answer):
            return event
        try:
            result = self._on_event(event)
        except BaseException as error:
            if _goes_on(error):
                raise
            return _failed(event, error)
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            logger.error(
                "transcript webhook: on_event returned an awaitable for call %r, which the "
                "WSGI app cannot await; answered 500 (an async on_event needs the ASGI app)",
                event.external_conversation_id,
            )
            return _NOT_HANDLED
        return _NO_CONTENT


class _ASGIApp:
    """The receiver's ASGI app: an object whose ``__call__`` is a coroutine function, which
    servers that guess the interface (uvicorn) take for ASGI 3, as they do not a bound method."""

    __slots__ = ("_webhook",)

    def __init__(self, webhook: TranscriptWebhook) -> None:
        self._webhook = webhook

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        await self._webhook._asgi(scope, receive, send)

    def __repr__(self) -> str:
        return f"<ASGI app of {self._webhook!r}>"


def _environ_bytes(value: str) -> bytes:
    """A WSGI environ string as the bytes that came (PEP 3333: latin-1 decoded)."""
    return value.encode("latin-1", "replace")


def _read_wsgi(stream: Any, limit: int) -> bytes:
    """Up to ``limit`` bytes of a WSGI input, fewer if it ends first."""
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = stream.read(min(left, _WSGI_CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


async def _lifespan(
    receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]
) -> None:
    """Nothing to start or stop: say so, so that the server goes on."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _warned(answer: _Answer, reason: str = "") -> _Answer:
    """``answer``, logged as a WARNING with ``reason`` (else its text), never a value."""
    logger.warning("transcript webhook: answered %d: %s", answer.status, reason or answer.text)
    return answer


def _goes_on(error: BaseException) -> bool:
    """Whether an exception out of on_event is not its failure but the process's business,
    which the app lets through: Ctrl-C, or this request's asyncio task being cancelled."""
    if isinstance(error, KeyboardInterrupt):
        return True
    import asyncio  # here: the SDK does not import asyncio with itself

    if isinstance(error, asyncio.CancelledError):
        try:
            task = asyncio.current_task()
        except RuntimeError:  # no event loop in this thread: a WSGI server's
            return False
        return task is not None and task.cancelling() > 0
    return False


def _failed(event: TranscriptEvent, error: BaseException) -> _Answer:
    # Neither the exception's message nor its traceback is logged: either may quote the
    # utterance text. Its class and the place it was raised are enough to find it.
    cls = type(error)
    name = (
        cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    )
    logger.error(
        "transcript webhook: on_event raised %s at %s for call %r; answered 500 "
        "(ASAPP drops the message)",
        name,
        _raised_at(error),
        event.external_conversation_id,
    )
    return _NOT_HANDLED


def _raised_at(error: BaseException) -> str:
    """``file:line in function`` of the innermost frame of ``error``'s traceback."""
    place = "an unknown place"
    frames = error.__traceback__
    while frames is not None:
        code = frames.tb_frame.f_code
        place = f"{code.co_filename}:{frames.tb_lineno} in {code.co_name}"
        frames = frames.tb_next
    return place
