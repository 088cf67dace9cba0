"""A leader's error, shared with the fleet through Redis as JSON (never pickle).

What crosses: the error's class (by name, one of the SDK's), ``status_code``, ``request_id``,
``code``, ``retry_after`` and the message, scrubbed of stream-URL tokens and bounded. What
comes back is an error of that class whose ``.response`` is a stand-in ``httpx.Response`` of
that status with no body (and the ``retry-after-ms`` header when the leader had a wait).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from .. import _exceptions
from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    ASAPPError,
    InvalidResponseError,
)
from .._redaction import mask_tokens

__all__ = ["decode_error", "encode_error"]

_MAX_MESSAGE = 2000
# The classes an error may come back as: the SDK's own, by name.
_CLASSES: dict[str, type[ASAPPError]] = {
    name: value
    for name, value in vars(_exceptions).items()
    if isinstance(value, type) and issubclass(value, ASAPPError)
}


def encode_error(error: Exception, scrub: Callable[[str], str]) -> str:
    """``error`` as the JSON the fleet shares (the nearest SDK class for any other error);
    ``scrub`` takes secrets out of its texts."""
    cls = next((c for c in type(error).__mro__ if _CLASSES.get(c.__name__) is c), ASAPPError)
    status_code = getattr(error, "status_code", None)
    retry_after = getattr(error, "retry_after", None)
    message = getattr(error, "message", None) if isinstance(error, APIStatusError) else None
    if not isinstance(message, str):
        message = str(error)
    return json.dumps(
        {
            "class": cls.__name__,
            "status_code": status_code if isinstance(status_code, int) else None,
            "request_id": _scrubbed(getattr(error, "request_id", None), scrub),
            "code": _scrubbed(getattr(error, "code", None), scrub),
            "retry_after": retry_after if isinstance(retry_after, int | float) else None,
            "message": mask_tokens(scrub(message))[:_MAX_MESSAGE],
        }
    )


def decode_error(value: str, request_url: str) -> ASAPPError | None:
    """The error ``value`` holds (``request_url``: the stand-in request's URL); None if
    ``value`` is not an error the SDK shared."""
    try:
        fields = json.loads(value)
        cls = _CLASSES[fields["class"]]
        message = fields["message"]
        status_code = fields["status_code"]
        retry_after = fields["retry_after"]
        request_id = _text_or_none(fields["request_id"])
        code = _text_or_none(fields["code"])
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(message, str):
        return None
    request = httpx.Request("GET", request_url)
    if issubclass(cls, APIStatusError):
        if not isinstance(status_code, int) or not 100 <= status_code <= 599:
            return None
        headers = {}
        if isinstance(retry_after, int | float) and not isinstance(retry_after, bool):
            headers["retry-after-ms"] = str(int(retry_after * 1000))
        response = httpx.Response(status_code, headers=headers, request=request)
        return cls(message, response=response, body=None, request_id=request_id, code=code)
    if issubclass(cls, APIConnectionError):
        return cls(message, request=request)
    if issubclass(cls, InvalidResponseError):
        return cls(message, response=None)
    return _plain(cls, message)


def _plain(cls: type[ASAPPError], message: str) -> ASAPPError:
    """An error of ``cls`` holding ``message``, whatever its constructor takes."""
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    return error


def _scrubbed(value: Any, scrub: Callable[[str], str]) -> str | None:
    return scrub(value)[:_MAX_MESSAGE] if isinstance(value, str) else None


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None
