"""One attempt on the wire: the attempt's clock, redirects held back, and bounded bodies.

- **The clock.** An attempt has an end (its timeout, or what is left of the call's
  deadline), ATTEMPT_ENDS_AT while it runs. The sync client's own pool reads and writes
  through a network backend that never lets a socket operation wait past that end
  (``_clock_bound``), so a server that trickles headers,
  floods ``100 Continue`` or stalls mid-body is cut off on time; the async client bounds
  the attempt with the event loop's timeout. Bodies also check the end at every chunk
  (the only bound left for a sync ``http_client`` of your own, beside httpx's per-read
  timeout).
- **Bounded bodies.** Bodies are read raw and decoded here, with the output of every
  decoding layer bounded, so that a small compressed body cannot expand past the
  response cap in memory (httpx's own decoders expand each chunk whole).
"""

from __future__ import annotations

import time
import zlib
from contextvars import ContextVar
from typing import Any

import httpx

from ._constants import MAX_CONTENT_ENCODINGS

__all__ = [
    "ATTEMPT_ENDS_AT",
    "BoundedBody",
    "ahold_location",
    "hold_location",
    "restore_location",
]

ATTEMPT_ENDS_AT: ContextVar[float | None] = ContextVar("asapp_attempt_ends_at", default=None)
"""The monotonic time at which the current attempt must end (None outside an attempt)."""

# The encodings the SDK asks for, and decodes itself.
ACCEPT_ENCODING = "gzip, deflate"
# The most one zlib call may output at once.
_PIECE = 64 * 1024


# --- redirects -------------------------------------------------------------------------------

_HELD_LOCATION = "asapp.location"


def hold_location(response: httpx.Response) -> None:
    """Take a redirect's Location out of httpx's hands until the SDK reads the answer.

    Even when it does not follow a redirect, httpx prepares the request it would send (with
    the credential headers, to wherever Location points) and gives up with an exception of
    its own on a Location it cannot parse. Without a Location it does neither; the SDK puts
    the header back (restore_location) and raises the redirect's status error.
    """
    if 300 <= response.status_code < 400 and "location" in response.headers:
        response.extensions[_HELD_LOCATION] = response.headers["location"]
        del response.headers["location"]


async def ahold_location(response: httpx.Response) -> None:
    """hold_location, as an async hook."""
    hold_location(response)


def restore_location(response: httpx.Response) -> None:
    """Put back the Location that hold_location took out."""
    location = response.extensions.pop(_HELD_LOCATION, None)
    if location is not None:
        response.headers["location"] = location


# --- bounded bodies --------------------------------------------------------------------------


class _Inflater:
    """One gzip or deflate layer."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._zlib: Any = None
        self._head = b""

    def decompress(self, data: bytes) -> bytes:
        if self._zlib is None:
            self._head += data
            if len(self._head) < 2:
                return b""
            data, self._head = self._head, b""
            self._zlib = zlib.decompressobj(self._window_bits(data))
        if self._zlib.eof:
            return b""
        return bytes(self._zlib.decompress(data, _PIECE))

    @property
    def unconsumed(self) -> bytes:
        return b"" if self._zlib is None or self._zlib.eof else bytes(self._zlib.unconsumed_tail)

    def flush(self) -> bytes:
        """The last of the output; zlib.error if the compressed stream did not end."""
        if self._zlib is None:
            raise zlib.error(f"{self._encoding} body too short")
        out = bytes(self._zlib.flush())
        if not self._zlib.eof:
            raise zlib.error(f"the {self._encoding} stream ends early")
        return out

    def _window_bits(self, head: bytes) -> int:
        if self._encoding == "gzip":
            return 16 + zlib.MAX_WBITS
        # "deflate" is zlib-wrapped by the standard, raw deflate by some servers.
        zlib_header = head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
        return zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS


class BoundedBody:
    """Collects a response body, decoded, up to ``limit`` bytes and within the attempt.

    Feed it the raw chunks; ``feed`` returns False once reading can stop (the cap was
    passed, or the body cannot be decoded). Every decoding layer is bounded too, to twice
    the cap: no legitimate body comes near that before its last layer.
    """

    def __init__(self, response: httpx.Response, *, limit: int, ends_at: float | None) -> None:
        self._request = response.request
        self._limit = limit
        self._ends_at = ends_at
        self._chunks: list[bytes] = []
        self._size = 0
        self.truncated = False
        # Why the body could not be decoded, or None.
        self.undecodable: str | None = None
        self._layers: list[_Inflater] = []
        self._layer_sizes: list[int] = []
        if "content-encoding" not in response.headers:
            return
        encodings = [
            value.strip().lower()
            for value in response.headers.get_list("content-encoding", split_commas=True)
        ]
        encodings = [value for value in encodings if value and value != "identity"]
        if len(encodings) > MAX_CONTENT_ENCODINGS:
            self.undecodable = f"{len(encodings)} content encodings stacked"
        elif any(value not in ("gzip", "deflate") for value in encodings):
            self.undecodable = f"unsupported content encoding {', '.join(encodings)!r}"
        else:
            # The last encoding listed was applied last: it is undone first.
            self._layers = [_Inflater(value) for value in reversed(encodings)]
            self._layer_sizes = [0] * len(self._layers)

    def feed(self, raw: bytes) -> bool:
        """Take the next raw chunk; False when no more needs to be read."""
        self.check_time()
        if self.undecodable is not None:
            return False
        try:
            return self._push(0, raw)
        except zlib.error as error:
            self.undecodable = f"the body does not decode: {error}"
            return False

    def finish(self) -> None:
        """After the last chunk: flush the decoding layers."""
        if self.undecodable is not None or self.truncated:
            return
        try:
            for index, layer in enumerate(self._layers):
                if not self._pass_on(index, layer.flush()):
                    return
        except zlib.error as error:
            self.undecodable = f"the body does not decode: {error}"

    def take_read(self, content: bytes) -> None:
        """Take a body httpx has already read and decoded (an answer built in memory, as
        httpx.MockTransport returns): only the cap applies."""
        self.undecodable = None
        self._keep(content)

    def check_time(self) -> None:
        """Raise httpx.ReadTimeout if the attempt has run out of time."""
        if self._ends_at is not None and time.monotonic() >= self._ends_at:
            raise httpx.ReadTimeout("the response did not arrive in time", request=self._request)

    @property
    def content(self) -> bytes:
        """The decoded body read so far (empty if it could not be decoded)."""
        return b"" if self.undecodable is not None else b"".join(self._chunks)

    def _push(self, index: int, data: bytes) -> bool:
        if index == len(self._layers):
            return self._keep(data)
        layer = self._layers[index]
        while True:
            out = layer.decompress(data)
            data = layer.unconsumed
            if out and not self._pass_on(index, out):
                return False
            if not data and len(out) < _PIECE:
                return True

    def _pass_on(self, index: int, out: bytes) -> bool:
        self._layer_sizes[index] += len(out)
        if self._layer_sizes[index] > 2 * self._limit:
            self.truncated = True
            return False
        return self._push(index + 1, out)

    def _keep(self, data: bytes) -> bool:
        room = self._limit - self._size
        if len(data) > room:
            self._chunks.append(data[:room])
            self._size = self._limit
            self.truncated = True
            return False
        self._chunks.append(data)
        self._size += len(data)
        return True
