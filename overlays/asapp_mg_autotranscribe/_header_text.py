"""What may travel in an HTTP header as it is: shared by the client's credentials and the
transcript webhook's secret (neither imports the other's modules)."""

from __future__ import annotations

from ._exceptions import ConfigurationError

__all__ = ["check_header_text", "is_header_name"]

# RFC 9110 token characters: what a header name may be made of.
_TOKEN_CHARS = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)


def check_header_text(name: str, value: str, *, hint: str = "") -> None:
    """ConfigurationError unless ``value`` can travel in a header as it is: printable
    ASCII, no whitespace around it. The message never quotes it: it may be a secret."""
    if any(not (" " <= char <= "~") for char in value):
        raise ConfigurationError(f"{name} contains a control or non-ASCII character{hint}")
    if value != value.strip():
        raise ConfigurationError(f"{name} has leading or trailing whitespace{hint}")


def is_header_name(name: str) -> bool:
    """Whether ``name`` is an HTTP header name (one or more RFC 9110 token characters)."""
    return bool(name) and set(name) <= _TOKEN_CHARS
