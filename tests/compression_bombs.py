"""Compressed bodies that decode to far more than they weigh, built without compressing it all.

A run of zeros is compressed one MiB at a time with a full flush after each: every flush
leaves the compressor as it started, so each MiB compresses to the same bytes and a
gigabyte of zeros is one segment repeated. Only the checksum needs a pass over the data.
"""

from __future__ import annotations

import functools
import gzip
import struct
import zlib

__all__ = ["MIB", "encode", "gzip_zeros", "zlib_zeros"]

MIB = 1024 * 1024
_ZEROS = bytes(MIB)


@functools.cache
def _raw_deflate_zeros(mebibytes: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    segment = compressor.compress(_ZEROS) + compressor.flush(zlib.Z_FULL_FLUSH)
    return segment * mebibytes + compressor.flush(zlib.Z_FINISH)


@functools.cache
def gzip_zeros(mebibytes: int) -> bytes:
    """A gzip member (``Content-Encoding: gzip``) of ``mebibytes`` MiB of zeros."""
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(_ZEROS, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    size = mebibytes * MIB % 2**32
    return header + _raw_deflate_zeros(mebibytes) + struct.pack("<II", crc, size)


@functools.cache
def zlib_zeros(mebibytes: int) -> bytes:
    """A zlib stream (``Content-Encoding: deflate``) of ``mebibytes`` MiB of zeros."""
    adler = 1
    for _ in range(mebibytes):
        adler = zlib.adler32(_ZEROS, adler)
    return b"\x78\xda" + _raw_deflate_zeros(mebibytes) + struct.pack(">I", adler)


def encode(data: bytes, content_encoding: str) -> bytes:
    """``data`` encoded as the ``Content-Encoding`` header says (codings applied in order)."""
    for coding in (part.strip() for part in content_encoding.split(",")):
        if coding == "gzip":
            data = gzip.compress(data, mtime=0)
        elif coding == "deflate":
            data = zlib.compress(data)
        elif coding == "br":
            import brotli  # type: ignore[import-not-found]

            data = brotli.compress(data)
        elif coding not in ("identity", ""):
            raise ValueError(f"no encoder for {coding!r}")
    return data
