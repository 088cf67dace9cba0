"""A proxy on 127.0.0.1 that records every byte its clients send it: an HTTP CONNECT proxy
and a SOCKS5 proxy (no authentication) on the same port.

A tunnel (CONNECT, or SOCKS5's CONNECT) is opened to the address asked for, if it is on
loopback, and carries bytes both ways until either side hangs up; any other address is
recorded in ``tunnels`` and refused, never dialled. Any other request (a plain-http request in
absolute form, ``GET http://host/path``) is recorded and answered 502, never forwarded: a
client that sends one has already shown the proxy everything in it. Every wait is bounded
and ends when the proxy stops, so no thread outlives its test.
"""

from __future__ import annotations

import select
import socket
import struct
import time

from .fake_asapp import BOUND, POLL, LoopbackServer

__all__ = ["RecordingProxy"]

_SOCKS5 = 5
_SOCKS5_REFUSED = b"\x05\x02\x00\x01" + bytes(4) + bytes(2)  # not allowed by ruleset
_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
_BAD_GATEWAY = b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class RecordingProxy(LoopbackServer):
    """The proxy: ``received`` holds every byte clients sent it (tunnelled bytes included),
    ``tunnels`` each address a tunnel was opened to.

    ``with RecordingProxy() as proxy:`` stops it when the block ends.
    """

    def __init__(self) -> None:
        self.received = bytearray()
        self.tunnels: list[tuple[str, int]] = []
        super().__init__("proxy")

    @property
    def url(self) -> str:
        """The proxy as an HTTP proxy (``http://127.0.0.1:<port>``)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def socks_url(self) -> str:
        """The proxy as a SOCKS5 proxy (``socks5://127.0.0.1:<port>``)."""
        return f"socks5://127.0.0.1:{self.port}"

    def _converse(self, conn: socket.socket, number: int) -> None:
        first = self._read(conn, 1)
        if first == bytes([_SOCKS5]):
            address = self._socks5_handshake(conn)
        else:
            address = self._http_connect(conn, first)
        if address is None:
            return
        with self._lock:
            self.tunnels.append(address)
        if address[0] not in _LOOPBACK:  # recorded, never dialled: tests stay on loopback
            conn.sendall(_SOCKS5_REFUSED if first == bytes([_SOCKS5]) else _BAD_GATEWAY)
            return
        with socket.create_connection(address, timeout=BOUND) as upstream:
            if first == bytes([_SOCKS5]):
                conn.sendall(b"\x05\x00\x00\x01" + bytes(4) + bytes(2))
            else:
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            conn.settimeout(BOUND)  # select() does the waiting from here
            self._pump(conn, upstream)

    def _http_connect(self, conn: socket.socket, head: bytes) -> tuple[str, int] | None:
        """The address of a CONNECT; None (after a 502) for any other request."""
        while b"\r\n\r\n" not in head:
            head += self._read(conn, 1)
        method, target, _ = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
        if method != "CONNECT":
            conn.sendall(_BAD_GATEWAY)
            return None
        host, _, port = target.rpartition(":")
        return host, int(port)

    def _socks5_handshake(self, conn: socket.socket) -> tuple[str, int]:
        """SOCKS5's greeting (no authentication) and CONNECT request; the address asked for."""
        (methods,) = self._read(conn, 1)
        self._read(conn, methods)
        conn.sendall(b"\x05\x00")
        version, command, _, address_type = self._read(conn, 4)
        assert (version, command) == (_SOCKS5, 1), "only SOCKS5 CONNECT is supported"
        if address_type == 1:
            host = socket.inet_ntop(socket.AF_INET, self._read(conn, 4))
        elif address_type == 4:
            host = socket.inet_ntop(socket.AF_INET6, self._read(conn, 16))
        else:
            (length,) = self._read(conn, 1)
            host = self._read(conn, length).decode("ascii")
        (port,) = struct.unpack("!H", self._read(conn, 2))
        return host, port

    def _read(self, conn: socket.socket, size: int) -> bytes:
        """Exactly ``size`` bytes, recorded; OSError if the client hangs up or takes too long."""
        data = b""
        deadline = time.monotonic() + BOUND
        while len(data) < size:
            if self._stopping.is_set() or time.monotonic() > deadline:
                raise TimeoutError("the client sent too little")
            try:
                chunk = conn.recv(size - len(data))
            except TimeoutError:
                continue
            if not chunk:
                raise ConnectionAbortedError("the client hung up")
            data += chunk
        self._record(data)
        return data

    def _pump(self, conn: socket.socket, upstream: socket.socket) -> None:
        """Carry bytes both ways until a side hangs up (or the proxy stops, or BOUND passes)."""
        deadline = time.monotonic() + BOUND
        while not self._stopping.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([conn, upstream], [], [], POLL)
            for side in readable:
                data = side.recv(65536)
                if not data:
                    return
                if side is conn:
                    self._record(data)
                    upstream.sendall(data)
                else:
                    conn.sendall(data)

    def _record(self, data: bytes) -> None:
        with self._lock:
            self.received += data
