"""The checks of values shared by the clients, the caches, the receiver and the collectors:
one rule and one message for a span of seconds, and one for a count; whether a str is text;
whether a callable is to be awaited."""

from __future__ import annotations

import inspect
import math

from ._constants import MAX_SECONDS
from ._exceptions import ASAPPError, ConfigurationError

__all__ = ["check_positive_int", "check_seconds", "is_async_callable", "is_unicode"]


def check_seconds(
    name: str,
    value: object,
    *,
    error: type[ASAPPError] = ConfigurationError,
    at_most: float = MAX_SECONDS,
) -> float:
    """``value`` as a float number of seconds above 0 and at most ``at_most``, else
    ``error`` naming ``name``."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not 0 < value <= at_most
    ):
        shown = "None (no bound)" if value is None else repr(value)
        days = at_most / MAX_SECONDS
        span = "a day" if days == 1 else f"{days:g} days"
        raise error(
            f"{name} must be a number of seconds above 0 and at most {at_most:g} ({span}), "
            f"got {shown}"
        )
    return float(value)


def check_positive_int(name: str, value: object, *, unit: str | None = None) -> int:
    """``value`` if it is a positive int (``unit`` names what it counts), else
    ConfigurationError naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        of = f" ({unit})" if unit else ""
        raise ConfigurationError(f"{name} must be a positive int{of}, not {value!r}")
    return value


def is_unicode(text: str) -> bool:
    """Whether ``text`` can be encoded as UTF-8 (it holds no lone surrogate)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_async_callable(function: object) -> bool:
    """Whether calling ``function`` gives an awaitable: an async function, or an object whose
    class has an async ``__call__``."""
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(
        type(function).__call__
    )
