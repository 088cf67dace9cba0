"""How the API's operations become methods: plain and raw, sync and async.

Each operation's request is built by one function, which turns the method's keyword
arguments into RequestParts (the generated request builders of each generated package's
``api`` module; the Twilio helpers, ``_media_gateway._twilio``). Its signature and
docstring are the method's; the factories here add the Answer (what the SDK makes of the
2xx answer) and the sending: ``return self._send(call)``, awaited for the async client,
with ``raw=True`` for ``with_raw_response``. Type checkers see each method with the
builder's exact parameters (a ParamSpec; keyword arguments typed by a TypedDict,
``**kw: Unpack[...]``) and the Answer's result, and ``inspect.signature`` / ``help()``
show them too, each keyword argument of such a TypedDict as a keyword-only parameter of
its own.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from ._config import NOT_GIVEN
from ._endpoint import PreparedCall

if TYPE_CHECKING:
    from ._endpoint import Answer, RequestParts
    from ._raw_response import RawResponse

__all__ = ["async_method", "async_raw_method", "sync_method", "sync_raw_method"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_M = TypeVar("_M")


def sync_method(
    build: Callable[_P, RequestParts], answer: Answer[_R, Any]
) -> Callable[Concatenate[Any, _P], _R]:
    """The sync client's method for the request ``build`` makes."""

    def method(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        result: _R = self._send(_prepare(build, answer, args, kwargs))
        return result

    return _like(method, build, answer)


def async_method(
    build: Callable[_P, RequestParts], answer: Answer[_R, Any]
) -> Callable[Concatenate[Any, _P], Coroutine[Any, Any, _R]]:
    """The async client's method for the request ``build`` makes."""

    async def method(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        result: _R = await self._send(_prepare(build, answer, args, kwargs))
        return result

    return _like(method, build, answer)


def sync_raw_method(
    build: Callable[_P, RequestParts], answer: Answer[_R, _M]
) -> Callable[Concatenate[Any, _P], RawResponse[_R, _M]]:
    """The method of ``client.with_raw_response`` (sync client) for the request ``build``
    makes."""

    def method(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_R, _M]:
        call = _prepare(build, answer, args, kwargs)
        raw: RawResponse[_R, _M] = self._client._send(call, raw=True)
        return raw

    return _like(method, build, answer)


def async_raw_method(
    build: Callable[_P, RequestParts], answer: Answer[_R, _M]
) -> Callable[Concatenate[Any, _P], Coroutine[Any, Any, RawResponse[_R, _M]]]:
    """The method of ``client.with_raw_response`` (async client) for the request ``build``
    makes."""

    async def method(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_R, _M]:
        call = _prepare(build, answer, args, kwargs)
        raw: RawResponse[_R, _M] = await self._client._send(call, raw=True)
        return raw

    return _like(method, build, answer)


def _prepare(
    build: Callable[..., RequestParts],
    answer: Answer[_R, _M],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> PreparedCall[_R, _M]:
    if answer.check_arguments is not None:
        answer.check_arguments(kwargs)
    return PreparedCall(build(*args, **kwargs), answer)


_MethodT = TypeVar("_MethodT", bound=Callable[..., Any])


def _like(method: _MethodT, build: Callable[..., Any], answer: Answer[Any, Any]) -> _MethodT:
    """Give ``method`` the name, docstring and signature of ``build`` (with ``self``), and
    its Answer as ``answer`` (what api.md says it returns and raises)."""
    method.__name__ = build.__name__
    method.__qualname__ = build.__name__
    method.__doc__ = build.__doc__
    method.__wrapped__ = build  # type: ignore[attr-defined]
    method.__signature__ = _signature(build)  # type: ignore[attr-defined]
    method.answer = answer  # type: ignore[attr-defined]
    return method


# A per-request option not given means the client's setting; None means "no bound" for
# a deadline and "nothing extra" for the extra_* ones.
_DEFAULTS = {"timeout": NOT_GIVEN, "max_retries": NOT_GIVEN, "deadline": NOT_GIVEN}
_UNPACK = re.compile(r"Unpack\[(\w+)\]")


def _signature(operation: Callable[..., Any]) -> inspect.Signature:
    """``operation``'s signature with ``self`` first and its ``**kw: Unpack[TypedDict]``
    spelt out, one keyword-only parameter per key (None, or NOT_GIVEN, as default)."""
    signature = inspect.signature(operation)
    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)]
    for parameter in signature.parameters.values():
        match = None
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            match = _UNPACK.fullmatch(str(parameter.annotation))
        if match is None:
            parameters.append(parameter)
            continue
        keys = operation.__globals__[match.group(1)].__annotations__
        parameters += [
            inspect.Parameter(
                key,
                inspect.Parameter.KEYWORD_ONLY,
                default=_DEFAULTS.get(key),
                annotation=getattr(annotation, "__forward_arg__", annotation),
            )
            for key, annotation in keys.items()
        ]
    return signature.replace(parameters=parameters, return_annotation=inspect.Signature.empty)
