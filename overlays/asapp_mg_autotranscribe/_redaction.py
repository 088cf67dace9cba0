"""Keeping secrets out of every text the SDK writes: the API secret, and stream-URL tokens.

A server may echo the request's headers (an error page that prints them), so what the SDK
keeps of an answer it raises an error for, and every message it builds from one, passes
through a Redactor that knows the secret. It finds the secret however a reader would
decode the body back into it:

- in UTF-8, UTF-16 or UTF-32 (either byte order: what a JSON reader detects), or in the
  charset the answer declares;
- with any character written as a JSON escape (``\\u0073``, hex in either case; ``\\/``,
  ``\\"``, ``\\\\``);
- cut short: a piece of 8 characters or more at the end of a body (the read cap cut it)
  or at its start.

A secret shorter than 8 characters is scrubbed only where it stands as a whole token: not
next to an ASCII letter, digit or underscore (a one-letter test secret does not eat every
such letter of a message).

A stream URL carries an access token (as its last path segment, or as a query parameter),
so URLs are masked before they reach a log line or a message.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import json
import re
from collections.abc import Iterable, Iterator

import httpx

from ._httpx_internals import set_body

__all__ = ["REDACTED", "Redactor", "keep_body", "mask_stream_url", "mask_tokens", "with_body"]

REDACTED = "[redacted]"
_REDACTED_BYTES = REDACTED.encode()
# A secret this long is scrubbed wherever it stands, and so is a piece this long cut at the
# edge of a body; a shorter secret only as a whole token.
_MIN_SECRET_LENGTH = 8

# Declared charsets that leave the byte order (or a BOM) to the body.
_AMBIGUOUS = frozenset({"utf-8-sig", "utf-16", "utf-32"})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# JSON's two-character escapes of characters a header value may hold.
_SHORT_ESCAPES = {"/": "/", '"': '"', "\\": "\\"}
# Characters that continue a word: a short secret next to one is not a token of its own.
# NUL too: beside it, the letter belongs to a wider encoding's text (UTF-16 read as UTF-8).
_WORD_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_\x00"

# A ws:// or wss:// URL (any case) up to the next blank, quote or bracket.
_WS_URL = re.compile(r"(?i)\bwss?://[^\s\"'<>\\]+")
# A JSON Web Token (the shape of ASAPP's stream tokens) wherever it stands.
_JWT = re.compile(r"\beyJ[\w-]{4,}\.[\w-]+\.[\w-]*")
_MASK = "***"

# One way of writing a character: a sequence of positions, each the characters that may
# stand there ("u", then "7", then "fF" for the hex digit f in either case).
_Form = tuple[str, ...]


# What a kept response's extensions hold: what describes the answer, nothing of the wire.
_ANSWER_EXTENSIONS = frozenset({"http_version", "reason_phrase"})


def keep_body(response: httpx.Response, content: bytes) -> None:
    """Make ``content`` (decoded) the body of ``response``, and detach it from the wire.

    The SDK reads and decodes bodies itself (bounded), then hands the result to httpx as
    ``response.read()`` would (``set_body``), so ``response.content``,
    ``.text`` and ``.json()`` work on errors' responses as on any other. Its stream becomes
    that content (as for a response built in memory), so that it no longer reaches the
    connection and the request as sent (credentials included); of its extensions it keeps
    what describes the answer (HTTP version, reason phrase), not the network stream; the
    redirect httpx prepares from a Location (``next_request``) is dropped, as redirects
    are never followed.
    """
    set_body(response, content)
    response.stream = httpx.ByteStream(content)
    response.next_request = None
    extensions = response.extensions
    if extensions.keys() - _ANSWER_EXTENSIONS:
        response.extensions = {
            name: value for name, value in extensions.items() if name in _ANSWER_EXTENSIONS
        }


def with_body(response: httpx.Response, content: bytes) -> httpx.Response:
    """A copy of ``response`` (read, detached) whose body is ``content``."""
    copy = httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(content),
        request=response.request,
        extensions=response.extensions,
        default_encoding=response.default_encoding,
    )
    set_body(copy, content)
    copy.is_stream_consumed = copy.is_closed = True
    with contextlib.suppress(RuntimeError):  # unset on an answer built in memory
        copy.elapsed = response.elapsed
    return copy


class Redactor:
    """Scrubs the API secret from what the SDK keeps of an answer and from its messages."""

    def __init__(self, secret: str) -> None:
        self._secret = secret
        self._whole_token = len(secret) < _MIN_SECRET_LENGTH
        self._plain = secret.encode()
        # Written plainly, even cut at an edge, the secret shows its first or last 8 characters.
        self._first = self._plain[:_MIN_SECRET_LENGTH]
        self._last = self._plain[-_MIN_SECRET_LENGTH:]

    def text(self, value: str) -> str:
        """``value`` with the secret, plain or JSON-escaped, replaced by ``[redacted]``."""
        if not (self._whole_token or self._secret in value or "\\" in value):
            return value
        return _text_pattern(self._secret).sub(REDACTED, value)

    def response(self, response: httpx.Response) -> None:
        """Scrub ``response`` (read, detached: see keep_body) in place: its headers, reason
        phrase and body."""
        content = self._scrubbed_answer(response)
        if content is not response.content:
            keep_body(response, content)

    def scrubbed(self, response: httpx.Response) -> httpx.Response | None:
        """Scrub the headers and reason phrase of ``response`` in place; a copy of it whose
        body holds no secret, or None if its body holds none."""
        content = self._scrubbed_answer(response)
        return None if content is response.content else with_body(response, content)

    def _scrubbed_answer(self, response: httpx.Response) -> bytes:
        """Scrub the headers and reason phrase of ``response`` in place; its body with the
        secret replaced (the body itself if it holds none)."""
        reason = response.extensions.get("reason_phrase")
        written = [value for _, value in response.headers.raw]
        if isinstance(reason, bytes):
            written.append(reason)
        # The headers and the reason phrase, looked at all at once.
        received = b"\n".join(written)
        if self._may_hold(received, None, edges=False):
            self.headers(response)
        # Scrubbing writes no "charset": without one in the answer as received, none is declared.
        declared = _charset(response) if b"charset" in received.lower() else None
        return self.content(response.content, declared)

    def content(self, content: bytes, charset: str | None = None) -> bytes:
        """The body ``content`` with every form of the secret replaced, and any piece of
        it cut at either edge (``content`` itself if none), in UTF-8, UTF-16, UTF-32 and
        ``charset``."""
        return self._scrubbed(content, _codec_name(charset), edges=True)

    def _value(self, value: bytes) -> bytes:
        """A header value or reason phrase (text, never cut) with the secret replaced."""
        return self._scrubbed(value, None, edges=False)

    def _scrubbed(self, content: bytes, declared: str | None, *, edges: bool) -> bytes:
        if not self._may_hold(content, declared, edges=edges):
            return content
        scrubbed = content
        for patterns in self._patterns(content, declared):
            scrubbed = patterns.scrub(scrubbed, edges=edges)
        return content if scrubbed == content else scrubbed

    def headers(self, response: httpx.Response) -> None:
        """Scrub the secret from the headers and the reason phrase of ``response``, in place."""
        response.headers = self._scrubbed_headers(response.headers)
        reason = response.extensions.get("reason_phrase")
        if isinstance(reason, bytes):
            response.extensions["reason_phrase"] = self._value(reason)

    def request(self, request: httpx.Request) -> None:
        """Scrub the secret from a kept request's headers (its credential header among
        them), in place."""
        request.headers = self._scrubbed_headers(request.headers)

    def _scrubbed_headers(self, headers: httpx.Headers) -> httpx.Headers:
        """``headers`` itself, each value that holds the secret scrubbed in it; a new one
        when such a header comes more than once (setting it would merge them)."""
        raw = headers.raw
        plain = self._plain
        # The credential header itself; the secret in the others, looked for in all at once.
        changed = {name: _REDACTED_BYTES for name, value in raw if value == plain}
        others = b"\n".join([value for _, value in raw if value != plain])
        if self._may_hold(others, None, edges=False):
            for name, value in raw:
                scrubbed = self._value(value)
                if scrubbed is not value:
                    changed[name] = scrubbed
        if not changed:
            return headers
        names = [name.lower() for name, _ in raw]
        if any(names.count(name.lower()) > 1 for name in changed):
            return httpx.Headers([(name, self._value(value)) for name, value in raw])
        # Only ASCII was replaced: each value decodes as the original did.
        ascii_only = all(name.isascii() and value.isascii() for name, value in changed.items())
        encoding = "ascii" if ascii_only else headers.encoding
        for name, value in changed.items():
            headers[name.decode(encoding)] = value.decode(encoding)
        return headers

    def exception_chain(self, error: BaseException) -> None:
        """Scrub the text arguments of ``error`` and of its causes and contexts, in place
        (a protocol error may quote the answer's bytes)."""
        for link in _chain(error):
            args = tuple(self.text(arg) if isinstance(arg, str) else arg for arg in link.args)
            if args != link.args:
                link.args = args

    def _may_hold(self, content: bytes, declared: str | None, *, edges: bool) -> bool:
        """Whether ``content`` may hold the secret (or, with ``edges``, a piece cut at an
        edge). Written other than plainly in UTF-8 it needs a backslash (a JSON escape),
        NULs (UTF-16 or UTF-32) or a charset of its own; plainly, it shows whole, or cut
        at an edge its first or last 8 characters."""
        if not content:
            return False
        if self._whole_token or declared not in (None, "utf-8"):
            return True
        if b"\\" in content or b"\x00" in content:
            return True
        if edges:
            return self._first in content or self._last in content
        return self._plain in content

    def _patterns(self, content: bytes, declared: str | None) -> Iterator[_EncodedPatterns]:
        seen: set[bytes] = set()
        for encoding in dict.fromkeys(self._encodings(content, declared)):
            patterns = _encoded_patterns(self._secret, encoding)
            # A charset that writes it as another does (ASCII as UTF-8) is not searched again.
            if patterns is not None and patterns.key not in seen:
                seen.add(patterns.key)
                yield patterns

    def _encodings(self, content: bytes, declared: str | None) -> list[str]:
        explicit = [] if declared is None or declared in _AMBIGUOUS else [declared]
        if self._whole_token:
            # Matched by chance across encodings: searched only as a reader of it decodes it.
            return [*(explicit or ["utf-8"]), _detected(content)]
        # A match in any encoding is a reader's view of the secret. Written in UTF-16, the
        # secret (ASCII) has NULs; in UTF-32, pairs of them.
        encodings = ["utf-8", *explicit]
        if b"\x00" in content:
            encodings += ["utf-16-le", "utf-16-be"]
            if b"\x00\x00" in content:
                encodings += ["utf-32-le", "utf-32-be"]
        return encodings


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        link = pending.pop()
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        pending += [link.__cause__, link.__context__]


def _charset(response: httpx.Response) -> str | None:
    # httpx parses the Content-Type as an e-mail header: only when a charset is there.
    content_type = response.headers.get("content-type")
    return response.charset_encoding if content_type and "charset" in content_type.lower() else None


def _detected(content: bytes) -> str:
    """The encoding a JSON reader finds (RFC 4627: a BOM, else where the first NULs are)."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return encoding
    return json.detect_encoding(content)


def _codec_name(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


# --- the patterns, built once per secret (and encoding) --------------------------------------


def _forms(character: str) -> list[_Form]:
    """Each way a reader's decoder turns back into ``character`` (printable ASCII, as
    credentials are): itself, its JSON ``\\u`` escape, its short JSON escape."""
    hex_digits = f"{ord(character):04x}"
    escape = (
        "\\",
        "u",
        *(digit + digit.upper() if digit.isalpha() else digit for digit in hex_digits),
    )
    forms: list[_Form] = [(character,), escape]
    if character in _SHORT_ESCAPES:
        forms.append(("\\", _SHORT_ESCAPES[character]))
    return forms


def _either(alternatives: Iterable[str]) -> str:
    unique = sorted(set(alternatives), key=lambda item: (len(item), item))
    if len(unique) == 1:
        return unique[0]
    return "(?:" + "|".join(unique) + ")"


@functools.lru_cache(maxsize=8)
def _text_pattern(secret: str) -> re.Pattern[str]:
    def position(choices: str) -> str:
        return _either(re.escape(choice) for choice in choices)

    core = "".join(
        _either("".join(position(choices) for choices in form) for form in _forms(character))
        for character in secret
    )
    if len(secret) < _MIN_SECRET_LENGTH:
        word = f"[{re.escape(_WORD_CHARACTERS)}]"
        core = f"(?<!{word}){core}(?!{word})"
    return re.compile(core)


class _EncodedPatterns:
    """The secret's patterns in one encoding: whole, and cut at the end or the start."""

    def __init__(self, secret: str, encoding: str) -> None:
        self._encoding = encoding
        self._replacement = REDACTED.encode(encoding)
        characters = [self._character(character) for character in secret]
        core = b"".join(characters)
        if len(secret) < _MIN_SECRET_LENGTH:
            word = self._any_of(_WORD_CHARACTERS)
            core = b"(?<!" + word + b")" + core + b"(?!" + word + b")"
        self._whole = re.compile(core)
        # Tells encodings apart that write the secret the same way (ASCII and UTF-8).
        self.key = core
        self._cut_end: re.Pattern[bytes] | None = None
        self._cut_start: re.Pattern[bytes] | None = None
        if len(secret) > _MIN_SECRET_LENGTH:
            # Beside a cut piece, part of the next (or previous) character's writing may stand.
            widths = [self._width(form) for character in secret for form in _forms(character)]
            part = b"(?s:.{0,%d})" % (max(widths) - 1)
            # How far from the end a cut piece may start: the widest writing of the secret.
            self._tail = sum(max(self._width(form) for form in _forms(char)) for char in secret)
            self._cut_end = re.compile(self._prefix(characters) + part + rb"\Z")
            self._cut_start = re.compile(part + self._suffix(characters))

    def scrub(self, content: bytes, *, edges: bool) -> bytes:
        content = self._whole.sub(self._replacement, content)
        if not edges or self._cut_end is None or self._cut_start is None:
            return content
        cut = self._cut_end.search(content, max(0, len(content) - self._tail))
        if cut is not None:
            content = content[: cut.start()] + self._replacement
        cut = self._cut_start.match(content)
        if cut is not None:
            content = self._replacement + content[cut.end() :]
        return content

    def _any_of(self, characters: str) -> bytes:
        encoded = sorted({re.escape(character.encode(self._encoding)) for character in characters})
        return encoded[0] if len(encoded) == 1 else b"(?:" + b"|".join(encoded) + b")"

    def _character(self, character: str) -> bytes:
        forms = (b"".join(map(self._any_of, form)) for form in _forms(character))
        return b"(?:" + b"|".join(forms) + b")"

    def _width(self, form: _Form) -> int:
        return sum(max(len(char.encode(self._encoding)) for char in choices) for choices in form)

    @staticmethod
    def _prefix(characters: list[bytes]) -> bytes:
        """The first 8 characters of the secret, or more."""
        rest = b""
        for character in reversed(characters[_MIN_SECRET_LENGTH:]):
            rest = b"(?:" + character + rest + b")?"
        return b"".join(characters[:_MIN_SECRET_LENGTH]) + rest

    @staticmethod
    def _suffix(characters: list[bytes]) -> bytes:
        """The last 8 characters of the secret, or more."""
        first_kept = len(characters) - _MIN_SECRET_LENGTH
        rest = b""
        for character in characters[:first_kept]:
            rest = b"(?:" + rest + character + b")?"
        return rest + b"".join(characters[first_kept:])


@functools.lru_cache(maxsize=32)
def _encoded_patterns(secret: str, encoding: str) -> _EncodedPatterns | None:
    """The patterns of ``secret`` in ``encoding``; None if it cannot write the secret."""
    try:
        return _EncodedPatterns(secret, encoding)
    except (UnicodeError, LookupError):  # a charset that cannot write it shows no secret
        return None


# --- stream-URL tokens -----------------------------------------------------------------------


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
