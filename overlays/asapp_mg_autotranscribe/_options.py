"""Per-request options: ``timeout``, ``max_retries``, ``deadline`` and the ``extra_*`` ones.

Every operation method takes them as keyword arguments (typed by RequestOptions); an
option not given means the client's setting. They are checked here, before anything is
sent, and raise InvalidRequestError (a TypeError for a keyword no method knows, as
Python would for a misspelt argument).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypedDict

import attrs
import httpx

from ._config import ClientConfig, NotGiven, TimeoutTypes, checked_settings
from ._constants import API_ID_HEADER, API_SECRET_HEADER
from ._exceptions import InvalidRequestError

__all__ = ["CallSettings", "QueryValue", "RequestOptions", "deep_merge", "resolve_options"]

QueryValue = str | int | float | bool

_CREDENTIAL_HEADERS = frozenset({API_ID_HEADER, API_SECRET_HEADER})
# RFC 9110 token characters: what a header name may be made of.
_TOKEN_CHARS = frozenset(
    "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)


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
        if not isinstance(name, str) or not name or not set(name) <= _TOKEN_CHARS:
            raise InvalidRequestError(f"extra_headers has an invalid header name {name!r}")
        if name.lower() in _CREDENTIAL_HEADERS:
            raise InvalidRequestError(
                f"extra_headers may not set {name}: the credentials come from the client "
                "(use client.with_options(api_id=..., api_secret=...))"
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
    return query


def _extra_body(body: object) -> Mapping[str, object]:
    if not isinstance(body, Mapping):
        raise InvalidRequestError(f"extra_body must be a mapping, not {type(body).__name__}")
    return body


def deep_merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` merged in: objects merge key by key, any other value of
    ``extra`` replaces the one in ``base`` (neither argument is changed)."""
    merged = dict(base)
    for key, value in extra.items():
        if not isinstance(key, str):
            raise InvalidRequestError(f"extra_body keys must be str, got {key!r}")
        current = merged.get(key)
        if isinstance(value, Mapping) and isinstance(current, Mapping):
            merged[key] = deep_merge(current, value)
        elif isinstance(value, Mapping):
            merged[key] = deep_merge({}, value)
        else:
            merged[key] = value
    return merged
