"""verify_transcript_request: one transcript webhook request's secret checked and its body
read, with no web framework. ``TranscriptWebhook``'s apps make the same checks through the
same ``RequestCheck``; only how they read a request differs."""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping
from typing import Literal
from urllib.parse import unquote_to_bytes

from .._checks import check_positive_int
from .._constants import MAX_TRANSCRIPT_EVENT_BYTES
from .._exceptions import ConfigurationError, WebhookAuthenticationError
from .._header_text import check_header_text, is_header_name
from ._event import TranscriptEvent, parse_transcript_event

__all__ = ["Headers", "RequestCheck", "verify_transcript_request"]

Headers = Mapping[str, str] | Mapping[bytes, bytes] | Iterable[tuple[str | bytes, str | bytes]]
"""A request's headers: a mapping (its ``items()`` are read) or (name, value) pairs."""

# An HTTP field name (RFC 9110 token).
_MASK = b"***"


class RequestCheck:
    """A receiver's settings, checked once: the secret, its name and where it travels, and
    the bound of a body; and the checks each request goes through."""

    __slots__ = ("header_name", "in_query", "max_body_bytes", "query_name", "secret", "where")

    def __init__(
        self,
        *,
        secret: str | None,
        secret_name: str | None,
        secret_in: str,
        max_body_bytes: int,
    ) -> None:
        if secret_in not in ("header", "query"):
            raise ConfigurationError(f'secret_in must be "header" or "query", not {secret_in!r}')
        self.in_query = secret_in == "query"  # noqa: S105 (where the secret is, not what)
        self.max_body_bytes = check_positive_int("max_body_bytes", max_body_bytes, unit="bytes")
        self.secret = _checked_secret(secret)
        name = _checked_secret_name(secret_name, self.in_query, self.secret) or ""
        # The name as a query parameter, or as a header name in lower case (empty where the
        # secret is not: no header or parameter has an empty name).
        self.query_name = name.encode("ascii") if self.in_query else b""
        self.header_name = "" if self.in_query else name.lower()
        self.where = f"{name} {'query parameter' if self.in_query else 'header'}"

    def authenticate(self, presented: list[bytes]) -> None:
        """WebhookAuthenticationError unless exactly one value was presented and it is the
        secret (compared in constant time); nothing to check without a secret."""
        if self.secret is None:
            return
        if not presented:
            raise WebhookAuthenticationError(f"the secret is missing (no {self.where})")
        if len(presented) > 1:
            raise WebhookAuthenticationError(
                f"the secret is presented {len(presented)} times ({self.where}); "
                "exactly one is accepted"
            )
        if not hmac.compare_digest(presented[0], self.secret):
            raise WebhookAuthenticationError(f"the secret is wrong ({self.where})")

    def header_secrets(self, headers: Headers) -> list[bytes]:
        """The values of every header named as the secret (in any case), as bytes."""
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        found = []
        for name, value in pairs:
            if _header_text(name).lower() == self.header_name:
                found.append(_as_bytes(value, "header values"))
        return found

    def query_secrets(self, query: bytes) -> tuple[list[bytes], bytes]:
        """The values of the secret's query parameter, and the query with them masked."""
        found: list[bytes] = []
        pairs = query.split(b"&")
        for index, pair in enumerate(pairs):
            name, _, value = pair.partition(b"=")
            if unquote_to_bytes(name.replace(b"+", b" ")) == self.query_name:
                found.append(unquote_to_bytes(value.replace(b"+", b" ")))
                pairs[index] = name + b"=" + _MASK
        return found, b"&".join(pairs) if found else query

    def presented(self, headers: Headers, query_string: bytes | str) -> list[bytes]:
        """Every value presented as the secret, where the secret travels."""
        if self.in_query:
            return self.query_secrets(_as_bytes(query_string, "query_string"))[0]
        return self.header_secrets(headers)

    def event(self, body: bytes | str) -> TranscriptEvent:
        """The body as a transcript event (InvalidTranscriptEventError if over the bound or
        not one)."""
        return parse_transcript_event(body, max_bytes=self.max_body_bytes)


def verify_transcript_request(
    body: bytes | str,
    *,
    headers: Headers,
    query_string: bytes | str = b"",
    secret: str | None,
    secret_name: str | None,
    secret_in: Literal["header", "query"] = "header",  # noqa: S107 (where, not what)
    max_body_bytes: int = MAX_TRANSCRIPT_EVENT_BYTES,
) -> TranscriptEvent:
    """Check one POST of ASAPP's transcript webhook and read its body, in any framework.

    The checks and their order are :class:`TranscriptWebhook`'s, for a request your own
    framework received (a Django or Flask view, say)::

        try:
            event = verify_transcript_request(
                request.body,                    # Flask: request.get_data()
                headers=request.headers,
                secret=os.environ["TRANSCRIPT_WEBHOOK_SECRET"],
                secret_name="X-Transcript-Token",  # the name agreed with ASAPP
            )
        except WebhookAuthenticationError:
            return HttpResponse(status=401)
        except InvalidTranscriptEventError:
            return HttpResponse(status=400)      # 413 too, if you tell them apart

    1. The secret: exactly one value must be presented, in the header named
       ``secret_name`` (``secret_in="header"``; the name in any case) or in the query
       parameter of that name (``secret_in="query"``, read from ``query_string``,
       percent-decoded), and it must be ``secret``, compared in constant time. Else
       :class:`WebhookAuthenticationError`, whose message says whether it was missing,
       presented more than once or wrong, and never quotes a value.
    2. The body: over ``max_body_bytes`` (default 256 KiB), or not a transcript event:
       :class:`InvalidTranscriptEventError` (see :func:`parse_transcript_event`).

    ``headers`` is any mapping whose ``items()`` give the request's headers (Django's
    ``request.headers``, Flask's / werkzeug's ``request.headers``, Starlette's, a dict) or
    an iterable of (name, value) pairs, as str or bytes. **A header sent twice is refused**:
    as two pairs (werkzeug's ``Headers``, Starlette's, a list) it is presented twice; as
    one value that the server joined with a comma (WSGI servers do, so Django and Flask
    see that) it is not the secret. ``query_string`` is the raw query, as bytes (Flask's
    ``request.query_string``) or text (Django's ``request.META["QUERY_STRING"]``).

    **The query string reaches servers' access logs**, and proxies' logs, with the secret
    in it: prefer the header (``secret_in="header"``) wherever ASAPP allows it.

    ``secret=None`` with ``secret_name=None`` checks no secret (for a deployment that
    authenticates ASAPP otherwise, such as mutual TLS in front of it). ConfigurationError
    for bad settings, as :class:`TranscriptWebhook` raises them (a secret without its name,
    a name without a secret, a secret with control or non-ASCII characters ...); TypeError
    for headers or a query string of another type. The body is read whole by your
    framework before this is called: bound it there too (Django's
    ``DATA_UPLOAD_MAX_MEMORY_SIZE``, Flask's ``MAX_CONTENT_LENGTH``).
    """
    check = RequestCheck(
        secret=secret,
        secret_name=secret_name,
        secret_in=secret_in,
        max_body_bytes=max_body_bytes,
    )
    check.authenticate(check.presented(headers, query_string))
    return check.event(body)


def _checked_secret(secret: object) -> bytes | None:
    if secret is None:
        return None
    if not isinstance(secret, str):
        raise ConfigurationError(f"secret must be a str, not {type(secret).__name__}")
    # The value itself never goes into a message.
    if not secret:
        raise ConfigurationError("secret is empty (from an unset environment variable?)")
    check_header_text("secret", secret)
    return secret.encode("ascii")


def _checked_secret_name(name: object, in_query: bool, secret: bytes | None) -> str | None:
    if secret is None:
        if name is not None:
            raise ConfigurationError(
                "secret_name is given but secret is None (from an unset environment "
                "variable?): the receiver would accept any request"
            )
        return None
    if name is None:
        raise ConfigurationError(
            f"secret_name is required with a secret: the name of the "
            f"{'query parameter' if in_query else 'header'} that "
            "carries it, as agreed with ASAPP"
        )
    if not isinstance(name, str):
        raise ConfigurationError(f"secret_name must be a str, not {type(name).__name__}")
    if not in_query and not is_header_name(name):
        raise ConfigurationError(f"secret_name {name!r} is not an HTTP header name")
    if not name or any(not (" " < char <= "~") for char in name):
        raise ConfigurationError(f"secret_name {name!r} is not a query parameter name")
    return name


def _header_text(name: object) -> str:
    if isinstance(name, str):
        return name
    if isinstance(name, bytes):
        return name.decode("latin-1")
    raise TypeError(f"header names must be str or bytes, not {type(name).__name__}")


def _as_bytes(value: object, what: str) -> bytes:
    """``value`` as the bytes that came: text is taken as latin-1 (how WSGI decodes them),
    else UTF-8; either way a non-ASCII character never reads as an ASCII byte."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        try:
            return value.encode("latin-1")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass")
    raise TypeError(f"{what} must be str or bytes, not {type(value).__name__}")
