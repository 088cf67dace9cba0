"""Per-request options: ``timeout``, ``max_retries``, ``deadline`` and the ``extra_*`` ones.

Every operation method takes them as keyword arguments (typed by RequestOptions); an
option not given means the client's setting. They are checked here, before anything is
sent, and raise InvalidRequestError (a TypeError for a keyword no method knows, as
Python would for a misspelt argument).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from typing import Any, TypedDict

import attrs
import httpx

from ._checks import is_unicode
from ._config import ClientConfig, NotGiven, TimeoutTypes, checked_settings
from ._constants import API_ID_HEADER, API_SECRET_HEADER, MAX_REQUEST_BODY_DEPTH
from ._exceptions import InvalidRequestError
from ._header_text import is_header_name

__all__ = ["CallSettings", "QueryValue", "RequestOptions", "deep_merge", "resolve_options"]

QueryValue = str | int | float | bool

_CREDENTIAL_HEADERS = frozenset({API_ID_HEADER, API_SECRET_HEADER})
# Headers that belong to the HTTP connection, each with why extra_headers may not set it.
_FRAMING = "the HTTP client frames the body itself"
_HOP_BY_HOP = "it is about the connection, which the HTTP client manages"
_CONNECTION_HEADERS = {
    "host": "the credentials go to base_url's host only (change base_url instead)",
    "content-length": _FRAMING,
    "transfer-encoding": _FRAMING,
    "connection": _HOP_BY_HOP,
    "keep-alive": _HOP_BY_HOP,
    "proxy-connection": _HOP_BY_HOP,
    "te": _HOP_BY_HOP,
    "trailer": _HOP_BY_HOP,
    "upgrade": _HOP_BY_HOP,
}


class RequestOptions(TypedDict, total=False):
    """The per-request options every operation method takes (all keyword-only).

    - ``timeout``: seconds, or an httpx.Timeout, for each attempt (None is refused).
    - ``max_retries``: how many more attempts after the first.
    - ``deadline``: seconds for the whole call (attempts and waits); None for no bound.
    - ``extra_headers``: more headers (not the credential ones).
    - ``extra_query``: more query parameters.
    - ``extra_body``: deep-merged into the JSON body by the wire (camelCase) names.
    """

    timeout: TimeoutTypes | NotGiven
    max_retries: int | NotGiven
    deadline: float | NotGiven | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, QueryValue] | None
    extra_body: Mapping[str, object] | None


_OPTION_NAMES = RequestOptions.__optional_keys__
# The options that override one of the client's settings for the call.
_CLIENT_SETTINGS = ("timeout", "max_retries", "deadline")


@attrs.frozen(slots=False)
class CallSettings:
    """The settings one call runs with: the client's, with the call's options applied."""

    timeout: httpx.Timeout
    attempt_timeout: float
    max_retries: int
    deadline: float | None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, QueryValue] | None = None
    extra_body: Mapping[str, object] | None = None

    @classmethod
    def of(cls, config: ClientConfig) -> CallSettings:
        """A call with no options: the client's settings."""
        return cls(config.timeout, config.attempt_timeout, config.max_retries, config.deadline)

    def phase_timeouts(self, left: float | None) -> dict[str, float]:
        """httpx's per-phase timeouts of an attempt with ``left`` seconds to go (None: a
        whole attempt's time)."""
        if left is None:
            return dict(self._full_attempt)
        return {phase: min(seconds, left) for phase, seconds in self._full_attempt.items()}

    @functools.cached_property
    def _full_attempt(self) -> dict[str, float]:
        # A phase left unbounded (None) is bounded by the attempt as a whole.
        return {
            phase: self.attempt_timeout if seconds is None else min(seconds, self.attempt_timeout)
            for phase, seconds in self.timeout.as_dict().items()
        }


def resolve_options(options: Mapping[str, Any], client_settings: CallSettings) -> CallSettings:
    """``client_settings`` with the call's ``options`` applied, each checked."""
    if not options:
        return client_settings
    unknown = options.keys() - _OPTION_NAMES
    if unknown:
        raise TypeError(f"got an unexpected keyword argument {sorted(unknown)[0]!r}")
    changes = checked_settings(
        InvalidRequestError, **{name: options[name] for name in _CLIENT_SETTINGS if name in options}
    )
    if options.get("extra_headers") is not None:
        changes["extra_headers"] = _extra_headers(options["extra_headers"])
    if options.get("extra_query") is not None:
        changes["extra_query"] = _extra_query(options["extra_query"])
    if options.get("extra_body") is not None:
        changes["extra_body"] = _extra_body(options["extra_body"])
    return attrs.evolve(client_settings, **changes) if changes else client_settings


def _extra_headers(headers: object) -> Mapping[str, str]:
    if not isinstance(headers, Mapping):
        raise InvalidRequestError(f"extra_headers must be a mapping, not {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not is_header_name(name):
            raise InvalidRequestError(f"extra_headers has an invalid header name {name!r}")
        if name.lower() in _CREDENTIAL_HEADERS:
            raise InvalidRequestError(
                f"extra_headers may not set {name}: the credentials come from the client "
                "(use client.with_options(api_id=..., api_secret=...))"
            )
        if name.lower() in _CONNECTION_HEADERS:
            raise InvalidRequestError(
                f"extra_headers may not set {name}: {_CONNECTION_HEADERS[name.lower()]}"
            )
        if not isinstance(value, str) or any(char < " " and char != "\t" for char in value):
            raise InvalidRequestError(
                f"extra_headers[{name!r}] must be a str without control characters"
            )
        if not value.isascii():
            raise InvalidRequestError(f"extra_headers[{name!r}] must be ASCII")
    return headers


def _extra_query(query: object) -> Mapping[str, QueryValue]:
    if not isinstance(query, Mapping):
        raise InvalidRequestError(f"extra_query must be a mapping, not {type(query).__name__}")
    for name, value in query.items():
        if not isinstance(name, str) or not name:
            raise InvalidRequestError(f"extra_query has an invalid parameter name {name!r}")
        if not isinstance(value, str | int | float | bool):
            raise InvalidRequestError(
                f"extra_query[{name!r}] must be a str, int, float or bool, "
                f"not {type(value).__name__}"
            )
        if not is_unicode(name) or (isinstance(value, str) and not is_unicode(value)):
            raise InvalidRequestError(
                f"extra_query[{name!r}] is not valid Unicode (a lone surrogate)"
            )
    return query


def _extra_body(body: object) -> dict[str, Any]:
    """``body`` as plain JSON values (dicts, lists, str, int, float, bool, None), each
    checked: str keys, valid Unicode, finite numbers, at most MAX_REQUEST_BODY_DEPTH
    levels (so a cycle is refused too). Walked without recursion: no depth can crash it."""
    if not isinstance(body, Mapping):
        raise InvalidRequestError(f"extra_body must be a mapping, not {type(body).__name__}")
    copy: dict[str, Any] = {}
    # (what to copy, where to, its name in messages, its level)
    pending: list[tuple[Mapping[Any, Any] | list[Any] | tuple[Any, ...], Any, str, int]] = [
        (body, copy, "extra_body", 1)
    ]
    while pending:
        source, target, where, level = pending.pop()
        if level > MAX_REQUEST_BODY_DEPTH:
            raise InvalidRequestError(
                f"extra_body is nested deeper than {MAX_REQUEST_BODY_DEPTH} levels (at {where})"
            )
        is_object = isinstance(source, Mapping)
        items = source.items() if isinstance(source, Mapping) else enumerate(source)
        for key, value in items:
            if is_object:
                _check_key(key, where)
            path = f"{where}[{key!r}]"
            if isinstance(value, Mapping):
                target[key] = {}
                pending.append((value, target[key], path, level + 1))
            elif isinstance(value, list | tuple):
                target[key] = [None] * len(value)
                pending.append((value, target[key], path, level + 1))
            else:
                target[key] = _json_scalar(value, path)
    return copy


def _check_key(key: object, where: str) -> None:
    if not isinstance(key, str):
        raise InvalidRequestError(f"extra_body keys must be str, got {key!r} in {where}")
    if not is_unicode(key):
        raise InvalidRequestError(f"{where} has a key that is not valid Unicode: {key!r}")


def _json_scalar(value: object, where: str) -> object:
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InvalidRequestError(
                f"{where} is {value!r}: JSON has no NaN or Infinity (send it as a string?)"
            )
        return value
    if isinstance(value, str):
        if not is_unicode(value):
            raise InvalidRequestError(f"{where} is not valid Unicode (a lone surrogate)")
        return value
    raise InvalidRequestError(f"{where} is not JSON: {type(value).__name__}")


def deep_merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` merged in: objects merge key by key, any other value of
    ``extra`` replaces the one in ``base`` (neither argument is changed). ``extra`` is
    an extra_body as checked here (plain JSON values, its depth bounded)."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict):
            current = merged.get(key)
            merged[key] = deep_merge(current if isinstance(current, Mapping) else {}, value)
        else:
            merged[key] = value
    return merged
