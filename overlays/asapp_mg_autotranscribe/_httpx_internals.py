"""The two private parts of httpx the SDK relies on, each checked when a client is built: an
httpx that renamed one fails there, with an error naming the versions, never quietly later.

- ``httpx._utils.get_environment_proxies``: how httpx reads ``HTTPS_PROXY``, ``ALL_PROXY``,
  ``NO_PROXY`` ... (``_connections`` applies them to https URLs only). Checked when the
  SDK builds a pool of its own.
- ``httpx.Response._content``: where httpx keeps a body it has read. The SDK reads and
  decodes bodies itself, bounded, and hands the result over there (``set_body``). Checked
  when any client is built.

Everything else the SDK does with httpx and httpcore goes through their public API: the
sync client's clock-bound pool is an httpcore ``ConnectionPool`` built with the SDK's
``network_backend``, given to httpx as its transports (``transport=``, ``mounts=``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._exceptions import ConfigurationError

__all__ = [
    "VERIFIED_HTTPCORE",
    "VERIFIED_HTTPX",
    "check_set_body",
    "environment_proxies",
    "set_body",
]

VERIFIED_HTTPX = "0.28.1"
"""The httpx release the SDK's reliances (and the sync client's deadline) are verified on."""
VERIFIED_HTTPCORE = "1.0.9"
"""The httpcore release the sync client's clock-bound pool is verified on."""


def environment_proxies() -> dict[str, str | None]:
    """httpx's proxies from the environment, by mount pattern (None: a ``NO_PROXY`` host)."""
    try:  # here, not at import: a renamed module fails where a client is built
        from httpx._utils import get_environment_proxies
    except ImportError:
        raise _unsupported("httpx._utils.get_environment_proxies") from None
    proxies: dict[str, str | None] = get_environment_proxies()
    return proxies


def set_body(response: httpx.Response, content: bytes) -> None:
    """Make ``content`` (decoded) the body of ``response``, as ``response.read()`` would, so
    that ``response.content``, ``.text`` and ``.json()`` work on it (a text decoded from an
    earlier body is forgotten)."""
    response._content = content
    response.__dict__.pop("_text", None)


def check_set_body() -> None:
    """ConfigurationError, naming the versions, if ``set_body`` no longer gives a response
    its content."""
    probe = httpx.Response(200, stream=httpx.ByteStream(b""))
    try:
        set_body(probe, b"{}")
        works = probe.content == b"{}"
    except Exception:  # noqa: BLE001 - however it fails, the hook is gone
        works = False
    if not works:
        raise _unsupported("httpx.Response._content")


def _unsupported(hook: str) -> ConfigurationError:
    import httpcore

    # Imported here: _exceptions reaches this module (through _redaction and _transport).
    from ._exceptions import ConfigurationError

    return ConfigurationError(
        f"the installed httpx {httpx.__version__} (httpcore {httpcore.__version__}) lacks "
        f"{hook}, which asapp-mg-autotranscribe relies on; it is verified on httpx "
        f"{VERIFIED_HTTPX} and httpcore {VERIFIED_HTTPCORE}: install "
        f"'httpx=={VERIFIED_HTTPX}' 'httpcore=={VERIFIED_HTTPCORE}'"
    )
