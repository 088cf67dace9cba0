"""Where a secret can be reached from an error: one walk, used by every leak test.

"Reachable" means: the error's ``str()`` and ``repr()``, its args and attributes, its
``response`` and ``request``, the response's ``request`` and ``next_request`` (headers,
URL, body), objects of the SDK's own packages met on the way (attributes, attrs fields),
the ``__cause__`` / ``__context__`` chain walked the same way, and ``pickle.dumps`` of
each exception met (traceback frames are not pickled, so they are not looked at).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
from doubles import API_SECRET

__all__ = ["assert_secret_unreachable", "secret_paths"]

# Objects of these packages are walked attribute by attribute; others only as listed below.
_OWN_PACKAGES = ("asapp_mg_autotranscribe",)
_MAX_DEPTH = 12


def secret_paths(root: object, secret: str = API_SECRET) -> list[str]:
    """Every path from ``root`` (named ``error``) at which ``secret`` shows; [] if none."""
    walk = _Walk(secret)
    walk.visit(root, "error", 0)
    return walk.found


def assert_secret_unreachable(root: object, secret: str = API_SECRET) -> None:
    """Fail, naming each place, if ``secret`` can be reached from ``root``."""
    found = secret_paths(root, secret)
    assert not found, f"the secret is reachable from the error at: {found}"


class _Walk:
    def __init__(self, secret: str) -> None:
        self.text = secret
        self.raw = secret.encode()
        self.found: list[str] = []
        self.seen: set[int] = set()

    def visit(self, value: object, path: str, depth: int) -> None:
        if isinstance(value, str):
            if self.text in value:
                self.found.append(path)
            return
        if isinstance(value, bytes | bytearray | memoryview):
            if self.raw in bytes(value):
                self.found.append(path)
            return
        if value is None or isinstance(value, bool | int | float | type) or depth > _MAX_DEPTH:
            return
        if id(value) in self.seen:
            return
        self.seen.add(id(value))
        for name, child in self._children(value):
            self.visit(child, f"{path}{name}", depth + 1)

    def _children(self, value: object) -> Iterator[tuple[str, object]]:
        if isinstance(value, BaseException):
            yield from self._exception(value)
        elif isinstance(value, httpx.Response):
            yield from self._response(value)
        elif isinstance(value, httpx.Request):
            yield ".url", str(value.url)
            yield ".headers", value.headers
            yield ".content", _request_content(value)
        elif isinstance(value, httpx.Headers):
            for name, header in value.raw:
                yield f"[{name.decode('latin-1')!r}]", header
        elif isinstance(value, httpx.URL):
            yield "", str(value)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                yield f"[{key!r}].key", key
                yield f"[{key!r}]", item
        elif isinstance(value, list | tuple | set | frozenset):
            for index, item in enumerate(value):
                yield f"[{index}]", item
        elif type(value).__module__.split(".")[0] in _OWN_PACKAGES:
            yield " (repr)", _safe(repr, value)
            yield " (str)", _safe(str, value)
            yield from _attributes(value)

    def _exception(self, error: BaseException) -> Iterator[tuple[str, object]]:
        yield " (str)", _safe(str, error)
        yield " (repr)", _safe(repr, error)
        yield ".args", error.args
        yield from _attributes(error)
        yield ".request", _readable(error, "request")
        yield ".response", _readable(error, "response")
        yield " (pickled)", _pickled(error)
        yield ".__cause__", error.__cause__
        yield ".__context__", error.__context__

    def _response(self, response: httpx.Response) -> Iterator[tuple[str, object]]:
        yield ".headers", response.headers
        yield ".request", _readable(response, "request")
        yield ".next_request", response.next_request
        yield ".content", _readable(response, "content")


def _attributes(value: object) -> Iterator[tuple[str, object]]:
    names = set(getattr(value, "__dict__", {}))
    for cls in type(value).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names.update([slots] if isinstance(slots, str) else slots)
    for name in sorted(names - {"__weakref__", "__dict__", "__traceback__"}):
        try:
            yield f".{name}", getattr(value, name)
        except Exception:  # noqa: BLE001 - a property that cannot be read holds nothing
            continue


def _readable(value: object, name: str) -> object:
    """``value.name``; None where httpx refuses (no request attached, a body not read)."""
    try:
        return getattr(value, name, None)
    except (RuntimeError, httpx.ResponseNotRead):
        return None


def _request_content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""


def _safe(render: Any, value: object) -> str:
    try:
        return str(render(value))
    except Exception as exc:  # noqa: BLE001 - a failing repr shows nothing
        return f"<{type(exc).__name__}>"


def _pickled(error: BaseException) -> bytes:
    try:
        return pickle.dumps(error)
    except Exception:  # noqa: BLE001 - what cannot be pickled cannot leak through pickle
        return b""
