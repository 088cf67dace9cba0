"""Client settings: arguments, else environment variables, else defaults; checked once."""

from __future__ import annotations

import ipaddress
import math
import os
import re
from collections.abc import Mapping

import attrs
import httpx

from ._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_TIMEOUT,
    ENV_API_HOST,
    ENV_API_ID,
    ENV_API_SECRET,
)
from ._exceptions import ConfigurationError

__all__ = ["NOT_GIVEN", "ClientConfig", "NotGiven", "TimeoutTypes", "resolve_config"]


# The "user:password@" of a URL, wherever it stands in a text.
_USERINFO = re.compile(r"(?<=://)[^/@\s]*@")


class NotGiven:
    """The type of ``NOT_GIVEN``: an argument left out, as opposed to one passed as None."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = NotGiven()

TimeoutTypes = float | httpx.Timeout


@attrs.frozen
class ClientConfig:
    """Validated settings shared by the sync and async clients."""

    api_id: str
    api_secret: str = attrs.field(repr=False)
    base_url: httpx.URL
    timeout: httpx.Timeout
    attempt_deadline: float | None
    max_retries: int


def resolve_config(
    *,
    api_id: str | None,
    api_secret: str | None,
    base_url: str | httpx.URL | None,
    timeout: TimeoutTypes | NotGiven,
    max_retries: int,
    environment: Mapping[str, str] | None,
) -> ClientConfig:
    """Combine arguments, the environment and defaults; raise ConfigurationError if unusable."""
    env = os.environ if environment is None else environment
    http_timeout, attempt_deadline = _resolve_timeout(timeout)
    return ClientConfig(
        api_id=_credential("api_id", api_id, env, ENV_API_ID),
        api_secret=_credential("api_secret", api_secret, env, ENV_API_SECRET),
        base_url=_base_url(base_url if base_url is not None else env.get(ENV_API_HOST)),
        timeout=http_timeout,
        attempt_deadline=attempt_deadline,
        max_retries=_max_retries(max_retries),
    )


def _credential(name: str, value: str | None, env: Mapping[str, str], variable: str) -> str:
    if value is None:
        value = env.get(variable)
    if not value:
        raise ConfigurationError(
            f"no {name}: pass {name}=... or set the {variable} environment variable"
        )
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a str, not {type(value).__name__}")
    # The value itself never goes into the message: it may be the secret.
    if any(not (" " <= char <= "~") for char in value):
        raise ConfigurationError(
            f"{name} contains a control or non-ASCII character (from {variable}?)"
        )
    if value != value.strip():
        raise ConfigurationError(f"{name} has leading or trailing whitespace (from {variable}?)")
    return value


def _base_url(value: str | httpx.URL | None) -> httpx.URL:
    if value is None or value == "":
        value = DEFAULT_BASE_URL
    shown = _without_userinfo(str(value))
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        reason = _without_userinfo(str(exc))
        raise ConfigurationError(f"base_url {shown!r} is not a URL: {reason}") from None
    if url.userinfo:
        raise ConfigurationError("base_url must not carry credentials; pass api_id and api_secret")
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
    if url.query or url.fragment:
        raise ConfigurationError(f"base_url {shown!r} must not have a query or fragment")
    return url.copy_with(raw_path=url.raw_path.rstrip(b"/"))


def _without_userinfo(text: str) -> str:
    """``text`` with any ``user:password@`` of a URL in it replaced by ``***@``."""
    return _USERINFO.sub("***@", text)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _resolve_timeout(timeout: TimeoutTypes | NotGiven) -> tuple[httpx.Timeout, float | None]:
    if isinstance(timeout, NotGiven):
        return DEFAULT_TIMEOUT, DEFAULT_TIMEOUT.read
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            seconds = getattr(timeout, phase)
            if seconds is not None:
                _check_seconds(f"timeout.{phase}", seconds)
        return timeout, timeout.read
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise ConfigurationError(
            "timeout must be seconds (a float) or an httpx.Timeout; "
            f"got {type(timeout).__name__} (None would mean waiting forever)"
        )
    _check_seconds("timeout", timeout)
    seconds = float(timeout)
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or seconds)), seconds


def _check_seconds(name: str, seconds: float) -> None:
    if not (isinstance(seconds, int | float) and math.isfinite(seconds) and seconds > 0):
        raise ConfigurationError(f"{name} must be a positive number of seconds, got {seconds!r}")


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, got {value!r}")
    return value
