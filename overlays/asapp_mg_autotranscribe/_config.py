"""Client settings: arguments, else environment variables, else defaults; checked once.

The checks of timeouts, retry counts and deadlines (``checked_settings``) are shared with
the per-call options (``_options``), which raise InvalidRequestError where these raise
ConfigurationError.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable, Mapping
from typing import Any

import attrs
import httpx

from ._checks import check_seconds, is_async_callable, is_unicode
from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_API_HOST,
    ENV_API_ID,
    ENV_API_SECRET,
    MAX_PORT,
    MAX_RETRIES_LIMIT,
)
from ._exceptions import ASAPPError, ConfigurationError
from ._header_text import check_header_text

__all__ = [
    "NOT_GIVEN",
    "ClientConfig",
    "NotGiven",
    "TimeoutTypes",
    "check_deadline",
    "check_sleep",
    "checked_settings",
]


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, as opposed to one passed as None
    (``deadline=None`` means "no deadline"; a deadline not given means the client's)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

TimeoutTypes = float | httpx.Timeout


def _check_timeout(value: object, error: type[ASAPPError]) -> tuple[httpx.Timeout, float]:
    """The httpx.Timeout of ``value`` (seconds, or an httpx.Timeout whose phases are all
    bounded) and the bound of one attempt as a whole; ``error`` if unusable."""
    if isinstance(value, httpx.Timeout):
        # The read timeout also bounds each attempt as a whole, so the other phases may
        # be left unbounded (None): the attempt's end bounds them.
        for phase in ("connect", "write", "pool"):
            if getattr(value, phase) is not None:
                check_seconds(f"timeout.{phase}", getattr(value, phase), error=error)
        return value, check_seconds("timeout.read", value.read, error=error)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise error(
            "timeout must be seconds (a float) or an httpx.Timeout; "
            f"got {type(value).__name__} (None would mean waiting forever)"
        )
    seconds = check_seconds("timeout", value, error=error)
    connect = min(seconds, DEFAULT_TIMEOUT.connect or seconds)
    return httpx.Timeout(seconds, connect=connect), seconds


def _check_max_retries(value: object, error: type[ASAPPError]) -> int:
    """``value`` if it is a whole number from 0 to MAX_RETRIES_LIMIT."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RETRIES_LIMIT:
        raise error(
            f"max_retries must be a whole number from 0 to {MAX_RETRIES_LIMIT}, got {value!r}"
        )
    return value


def checked_settings(
    error: type[ASAPPError],
    *,
    timeout: object = NOT_GIVEN,
    max_retries: object = NOT_GIVEN,
    deadline: object = NOT_GIVEN,
) -> dict[str, Any]:
    """The settings given (not NOT_GIVEN), each checked (``error`` if unusable), as changes
    to a ClientConfig or CallSettings: ``timeout`` also sets ``attempt_timeout``."""
    changes: dict[str, Any] = {}
    if not isinstance(timeout, NotGiven):
        changes["timeout"], changes["attempt_timeout"] = _check_timeout(timeout, error)
    if not isinstance(max_retries, NotGiven):
        changes["max_retries"] = _check_max_retries(max_retries, error)
    if not isinstance(deadline, NotGiven):
        changes["deadline"] = check_deadline(deadline, error)
    return changes


def check_deadline(value: object, error: type[ASAPPError]) -> float | None:
    """``value`` in seconds, or None for no deadline."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise error(f"deadline must be seconds (a float) or None, got {type(value).__name__}")
    return check_seconds("deadline", value, error=error)


@attrs.frozen
class ClientConfig:
    """Validated settings of one client (and of each copy made by ``with_options``)."""

    api_id: str
    api_secret: str = attrs.field(repr=False)
    base_url: httpx.URL
    timeout: httpx.Timeout
    # The bound of one attempt as a whole, from the first byte sent to the last one read.
    attempt_timeout: float
    max_retries: int
    deadline: float | None

    @classmethod
    def resolve(
        cls,
        *,
        api_id: str | None,
        api_secret: str | None,
        base_url: str | httpx.URL | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        deadline: float | None,
        environment: Mapping[str, str] | None,
    ) -> ClientConfig:
        """Combine arguments, the environment and defaults; raise ConfigurationError if unusable."""
        env = os.environ if environment is None else environment
        return cls(
            api_id=_credential("api_id", api_id, env, ENV_API_ID),
            api_secret=_credential("api_secret", api_secret, env, ENV_API_SECRET),
            base_url=_base_url(base_url if base_url is not None else env.get(ENV_API_HOST)),
            **checked_settings(
                ConfigurationError,
                timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def evolve(
        self,
        *,
        api_id: str | NotGiven = NOT_GIVEN,
        api_secret: str | NotGiven = NOT_GIVEN,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> ClientConfig:
        """A copy with the given settings changed, each checked as at construction."""
        changes = checked_settings(
            ConfigurationError, timeout=timeout, max_retries=max_retries, deadline=deadline
        )
        if not isinstance(api_id, NotGiven):
            changes["api_id"] = _credential("api_id", api_id, {}, ENV_API_ID)
        if not isinstance(api_secret, NotGiven):
            changes["api_secret"] = _credential("api_secret", api_secret, {}, ENV_API_SECRET)
        if not isinstance(base_url, NotGiven):
            changes["base_url"] = _base_url(base_url)
        return attrs.evolve(self, **changes)


def _credential(name: str, value: object, env: Mapping[str, str], variable: str) -> str:
    if value is None:
        value = env.get(variable)
    if not value:
        raise ConfigurationError(
            f"no {name}: pass {name}=... or set the {variable} environment variable"
        )
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
    check_header_text(name, value, hint=f" (from {variable}?)")
    return value


def check_sleep(sleep: object, *, awaited: bool) -> Callable[[float], Any]:
    """``sleep`` if the client can wait with it: a coroutine function for the async client
    (``awaited``), a plain function for the sync one."""
    if not callable(sleep):
        raise ConfigurationError(f"sleep must be a function, not {type(sleep).__name__}")
    is_async = is_async_callable(sleep)
    if awaited and not is_async:
        raise ConfigurationError(
            "sleep must be an async function (asyncio.sleep, or an `async def`): "
            "the async client awaits it"
        )
    if is_async and not awaited:
        raise ConfigurationError(
            "sleep must be a plain function (time.sleep, or a `def`): the sync client calls "
            "it without awaiting, so an async one would not wait at all"
        )
    return sleep


def _base_url(value: object) -> httpx.URL:
    if value is None or value == "":
        value = DEFAULT_BASE_URL
    if not isinstance(value, str | httpx.URL):
        raise ConfigurationError(f"base_url must be a str or httpx.URL, not {type(value).__name__}")
    shown = str(value)
    if "@" in shown:
        # Not parsed, nor shown: whatever it holds around the "@" may be a password.
        raise ConfigurationError(
            "base_url must not carry credentials (user:password@); pass api_id and api_secret"
        )
    if not is_unicode(shown):
        raise ConfigurationError(
            f"base_url is not valid Unicode (a lone surrogate, or undecodable bytes from "
            f"{ENV_API_HOST}): {shown!r}"
        )
    # An empty query or fragment ("...?", "...#") parses as none, but would take in the
    # operations' paths.
    if "?" in shown or "#" in shown:
        raise ConfigurationError(f"base_url {shown!r} must not have a query or fragment")
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url {shown!r} is not a URL: {exc}") from None
    if url.port is not None and not 0 < url.port <= MAX_PORT:
        raise ConfigurationError(
            f"base_url {shown!r}: the port must be from 1 to {MAX_PORT}, got {url.port}"
        )
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(
            f"base_url {shown!r} must be an absolute https:// URL, "
            f"such as {DEFAULT_BASE_URL!r} (set it with base_url=... or {ENV_API_HOST})"
        )
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"base_url {shown!r} uses plain http to a remote host; the API is served over "
            "https only (plain http is allowed for loopback addresses, such as a local mock)"
        )
    return url.copy_with(raw_path=url.raw_path.rstrip(b"/"))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
