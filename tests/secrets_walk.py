"""Where a secret can be reached from an object the SDK hands out: one generic walk.

From the root, the walk follows every reference an object holds, whatever its class:

- attributes (``__dict__``, and ``__slots__`` along the MRO) and attrs fields;
- the items of containers: dict keys and values (any Mapping), lists, tuples, deques (any
  Sequence), sets; the target of a weak reference;
- an exception's args, ``__cause__``, ``__context__`` and notes.

It reads what each object shows: its ``str()`` and ``repr()`` where its class writes its
own, and the pickle of the root and of every exception met. It does not enter functions,
classes, modules, frames, tracebacks, code or generators, and stops at a fixed depth.

Every text and every bytes-like value met (bytes, bytearray, memoryview) is searched for the
secret as a reader would find it: as text; as UTF-8, UTF-16-LE or UTF-16-BE bytes (at either
alignment); and with JSON escapes undone (``\\u0073``, ``\\/``, ``\\"``, ``\\\\``).
"""

from __future__ import annotations

import pickle
import re
import types
import weakref
from collections.abc import Iterator, Mapping, Sequence, Set
from typing import Any

import attrs
from doubles import API_SECRET

__all__ = ["MAX_DEPTH", "SecretForms", "assert_secret_unreachable", "secret_paths"]

MAX_DEPTH = 40
# More objects than any answer, error or request holds: reaching it means the walk has
# wandered into something it should not (an event loop, a pool), which is a failure too.
_MAX_OBJECTS = 200_000

# What is not entered: code and the machinery around it.
_NOT_ENTERED = (
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.MethodWrapperType,
    types.WrapperDescriptorType,
    types.MethodDescriptorType,
    types.ClassMethodDescriptorType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
    types.FrameType,
    types.TracebackType,
    types.CodeType,
    types.GeneratorType,
    types.CoroutineType,
    types.AsyncGeneratorType,
)
_SCALARS = (type(None), bool, int, float, complex)
_BYTES = (bytes, bytearray, memoryview)
_JSON_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|[\"\\/bfnrt])")
_SHORT_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r"}
_SHORT_ESCAPES["t"] = "\t"


class SecretForms:
    """Finds one secret in a text or in bytes, however they write it."""

    def __init__(self, secret: str) -> None:
        self.secret = secret

    def in_text(self, text: str) -> bool:
        """Whether ``text`` holds the secret, plain or JSON-escaped."""
        return self.secret in text or ("\\" in text and self.secret in _unescaped(text))

    def in_bytes(self, data: bytes) -> bool:
        """Whether ``data`` holds the secret in UTF-8 or UTF-16 (either order or alignment),
        plain or JSON-escaped."""
        decodings = [("utf-8", 0), ("utf-16-le", 0), ("utf-16-le", 1)]
        decodings += [("utf-16-be", 0), ("utf-16-be", 1)]
        return any(
            self.in_text(data[offset:].decode(encoding, "replace"))
            for encoding, offset in decodings
        )


def _unescaped(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        escape = match.group(1)
        return chr(int(escape[1:], 16)) if escape[0] == "u" else _SHORT_ESCAPES[escape]

    return _JSON_ESCAPE.sub(one, text)


def secret_paths(root: object, secret: str = API_SECRET, *, name: str = "root") -> list[str]:
    """Every path from ``root`` at which ``secret`` shows; [] if none."""
    walk = _Walk(SecretForms(secret))
    walk.visit(root, name, 0)
    if not isinstance(root, BaseException):  # an exception's pickle is read as it is met
        walk.visit(_pickled(root), f"{name} (pickled)", 0)
    return walk.found


def assert_secret_unreachable(root: object, secret: str = API_SECRET) -> None:
    """Fail, naming each place, if ``secret`` can be reached from ``root``."""
    found = secret_paths(root, secret)
    assert not found, f"the secret is reachable at: {found}"


class _Walk:
    def __init__(self, forms: SecretForms) -> None:
        self.forms = forms
        self.found: list[str] = []
        self.seen: set[int] = set()
        # Objects met, kept alive so that their ids stay theirs while the walk runs.
        self.kept: list[object] = []

    def visit(self, value: object, path: str, depth: int) -> None:
        if isinstance(value, str):
            if self.forms.in_text(value):
                self.found.append(path)
            return
        if isinstance(value, _BYTES):
            if self.forms.in_bytes(bytes(value)):
                self.found.append(path)
            return
        if isinstance(value, (*_SCALARS, *_NOT_ENTERED)) or depth >= MAX_DEPTH:
            return
        if id(value) in self.seen:
            return
        self.seen.add(id(value))
        self.kept.append(value)
        assert len(self.seen) <= _MAX_OBJECTS, f"the walk met too many objects (at {path})"
        for step, child in _children(value):
            self.visit(child, f"{path}{step}", depth + 1)


def _children(value: object) -> Iterator[tuple[str, object]]:
    """(step, child) for every reference ``value`` holds, and what it shows."""
    if isinstance(value, Mapping):
        for key, item in list(value.items()):
            yield f"[{_short(key)}].key", key
            yield f"[{_short(key)}]", item
    elif isinstance(value, Sequence | Set):
        for index, item in enumerate(list(value)):
            yield f"[{index}]", item
    elif isinstance(value, weakref.ref):
        yield "()", value()
    cls = type(value)
    if isinstance(value, BaseException):
        yield " (str)", _shown(str, value)
        yield " (repr)", _shown(repr, value)
        yield ".args", value.args
        yield ".__cause__", value.__cause__
        yield ".__context__", value.__context__
        yield " (pickled)", _pickled(value)
    elif cls.__module__ != "builtins":
        if cls.__str__ is not object.__str__:
            yield " (str)", _shown(str, value)
        if cls.__repr__ is not object.__repr__:
            yield " (repr)", _shown(repr, value)
    yield from _attributes(value)


def _attributes(value: object) -> Iterator[tuple[str, object]]:
    names = set(getattr(value, "__dict__", None) or ())
    for cls in type(value).__mro__:
        slots = cls.__dict__.get("__slots__", ())
        names.update([slots] if isinstance(slots, str) else slots)
    if attrs.has(type(value)):
        names.update(field.name for field in attrs.fields(type(value)))
    for name in sorted(names - {"__weakref__", "__dict__", "__traceback__"}):
        try:
            child = object.__getattribute__(value, name)
        except AttributeError:  # a slot never set
            continue
        yield f".{name}", child


def _short(key: object) -> str:
    shown = repr(key)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _shown(render: Any, value: object) -> str:
    try:
        return str(render(value))
    except Exception as exc:  # noqa: BLE001 - what cannot be shown shows nothing
        return f"<{type(exc).__name__}>"


def _pickled(value: object) -> bytes:
    try:
        return pickle.dumps(value)
    except Exception:  # noqa: BLE001 - what cannot be pickled cannot leak through pickle
        return b""
