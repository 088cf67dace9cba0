"""Keeping secrets out of every text the SDK writes: the API secret, and stream-URL tokens.

A server may echo the request's headers (an HTML error page that prints them), so what
the SDK keeps of an answer, and every message it builds from one, passes through a
Redactor that knows the secret. A stream URL carries an access token (as its last path
segment, or as a query parameter), so URLs are masked before they reach a log line or a
message.
"""

from __future__ import annotations

import re

import httpx

__all__ = ["REDACTED", "Redactor", "mask_stream_url", "mask_tokens"]

REDACTED = "[redacted]"
_REDACTED_BYTES = REDACTED.encode()
# A secret shorter than this is not searched for in answers: it would match everywhere
# (and a secret that short protects nothing).
_MIN_SECRET_LENGTH = 8

# A ws:// or wss:// URL (any case) up to the next blank, quote or bracket.
_WS_URL = re.compile(r"(?i)\bwss?://[^\s\"'<>\\]+")
# A JSON Web Token (the shape of ASAPP's stream tokens) wherever it stands.
_JWT = re.compile(r"\beyJ[\w-]{4,}\.[\w-]+\.[\w-]*")
_MASK = "***"


class Redactor:
    """Replaces the API secret, wherever it appears, in what is kept of an answer."""

    def __init__(self, secret: str) -> None:
        searched = len(secret) >= _MIN_SECRET_LENGTH
        self._secret = secret if searched else None
        self._secret_bytes = secret.encode() if searched else None

    def text(self, value: str) -> str:
        """``value`` with the secret replaced by ``[redacted]``."""
        secret = self._secret
        return value.replace(secret, REDACTED) if secret and secret in value else value

    def response(self, response: httpx.Response, content: bytes) -> bytes:
        """Scrub the secret from ``response``'s headers (in place) and from ``content``
        (returned scrubbed)."""
        secret = self._secret_bytes
        if secret is None:
            return content
        for name, value in response.headers.raw:
            if secret in value:
                response.headers[name.decode("latin-1")] = value.replace(
                    secret, _REDACTED_BYTES
                ).decode("latin-1")
        return content.replace(secret, _REDACTED_BYTES) if secret in content else content

    def request(self, request: httpx.Request, header: str) -> None:
        """Replace the value of the credential ``header`` of a kept request."""
        if header in request.headers:
            request.headers[header] = REDACTED


def mask_tokens(text: str) -> str:
    """``text`` with every ws(s):// URL in it masked (see mask_stream_url) and every
    JSON Web Token replaced by ``***``."""
    return _JWT.sub(_MASK, _WS_URL.sub(lambda match: mask_stream_url(match.group(0)), text))


def mask_stream_url(url: str) -> str:
    """``url`` with its token masked: the last path segment and every query value become
    ``***`` (``wss://host/path/***?token=***``), for logs and messages."""
    rest, hash_sign, _fragment = url.partition("#")
    rest, question, query = rest.partition("?")
    scheme, separator, location = rest.partition("://")
    if not separator:
        return _MASK
    host, slash, path = location.partition("/")
    segments = path.split("/")
    for index in range(len(segments) - 1, -1, -1):
        if segments[index]:
            segments[index] = _MASK
            break
    masked = f"{scheme}://{host}{slash}{'/'.join(segments)}"
    if question:
        pairs = [pair.partition("=") for pair in query.split("&")]
        masked += "?" + "&".join(f"{key}{eq}{_MASK if eq else ''}" for key, eq, _ in pairs)
    if hash_sign:
        masked += "#" + _MASK
    return _JWT.sub(_MASK, masked)
