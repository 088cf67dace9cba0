"""How the API's operations become methods: plain and raw, sync and async.

Each operation is written once, as a function that checks its arguments and returns a
PreparedCall (``_media_gateway._operations``, ``_conversations._operations``). Its
signature and docstring are the method's; the factories here add only the sending:
``return self._send(call)``, awaited for the async client, with ``raw=True`` for
``with_raw_response``. Type checkers see each method with the operation's exact
parameters (a ParamSpec), and ``inspect.signature`` / ``help()`` show them too.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from ._endpoint import PreparedCall
    from ._raw_response import RawResponse

__all__ = ["async_method", "async_raw_method", "sync_method", "sync_raw_method"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_M = TypeVar("_M")


def sync_method(
    operation: Callable[_P, PreparedCall[_R, Any]],
) -> Callable[Concatenate[Any, _P], _R]:
    """The sync client's method for ``operation``."""

    def method(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        result: _R = self._send(operation(*args, **kwargs))
        return result

    return _like(method, operation)


def async_method(
    operation: Callable[_P, PreparedCall[_R, Any]],
) -> Callable[Concatenate[Any, _P], Coroutine[Any, Any, _R]]:
    """The async client's method for ``operation``."""

    async def method(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        result: _R = await self._send(operation(*args, **kwargs))
        return result

    return _like(method, operation)


def sync_raw_method(
    operation: Callable[_P, PreparedCall[_R, _M]],
) -> Callable[Concatenate[Any, _P], RawResponse[_R, _M]]:
    """The method of ``client.with_raw_response`` for ``operation`` (sync client)."""

    def method(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_R, _M]:
        raw: RawResponse[_R, _M] = self._client._send(operation(*args, **kwargs), raw=True)
        return raw

    return _like(method, operation)


def async_raw_method(
    operation: Callable[_P, PreparedCall[_R, _M]],
) -> Callable[Concatenate[Any, _P], Coroutine[Any, Any, RawResponse[_R, _M]]]:
    """The method of ``client.with_raw_response`` for ``operation`` (async client)."""

    async def method(self: Any, /, *args: _P.args, **kwargs: _P.kwargs) -> RawResponse[_R, _M]:
        raw: RawResponse[_R, _M] = await self._client._send(operation(*args, **kwargs), raw=True)
        return raw

    return _like(method, operation)


_MethodT = TypeVar("_MethodT", bound=Callable[..., Any])


def _like(method: _MethodT, operation: Callable[..., Any]) -> _MethodT:
    """Give ``method`` the name, docstring and signature of ``operation`` (with ``self``)."""
    signature = inspect.signature(operation)
    self_parameter = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    method.__name__ = operation.__name__
    method.__qualname__ = operation.__name__
    method.__doc__ = operation.__doc__
    method.__wrapped__ = operation  # type: ignore[attr-defined]
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self_parameter, *signature.parameters.values()],
        return_annotation=inspect.Signature.empty,
    )
    return method
