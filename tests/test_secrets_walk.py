"""The secret walk itself: a secret planted deep in each kind of container, object and
encoding is found, and the walk stays out of code, frames and tracebacks."""

from __future__ import annotations

import json
import pickle
import sys
import weakref
from collections import OrderedDict, deque
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import attrs
import httpx
import pytest
from doubles import API_SECRET
from secrets_walk import MAX_DEPTH, SecretForms, assert_secret_unreachable, secret_paths

from asapp_mg_autotranscribe import APIConnectionError, APIStatusError


class Slotted:
    __slots__ = ("held", "unset")

    def __init__(self, held: object) -> None:
        self.held = held


class Plain:
    def __init__(self, held: object) -> None:
        self.held = held


@attrs.frozen
class Frozen:
    _held: object


@attrs.define(slots=False)
class Unslotted:
    held: object


class Shown:
    """Holds nothing, but shows the secret."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._code = [ord(char) for char in text]

    def __repr__(self) -> str:
        return "".join(map(chr, self._code))


class PickledOnlyError(Exception):
    """Holds nothing readable, but pickles as the secret."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (PickledOnlyError, (API_SECRET,))

    def __init__(self, *args: object) -> None:
        super().__init__()


def escaped(text: str) -> str:
    """Every character as a JSON \\u escape."""
    return "".join(f"\\u{ord(char):04X}" for char in text)


# Each way of holding a value: (name, wrap). Each wraps what it is given one level deeper.
HOLDERS: list[tuple[str, Callable[[Any], Any]]] = [
    ("dict value", lambda held: {"k": held}),
    ("dict key", lambda held: {held: 1} if isinstance(held, str | bytes) else {"k": held}),
    ("ordered dict", lambda held: OrderedDict(k=held)),
    ("mapping proxy", lambda held: MappingProxyType({"k": held})),
    ("list", lambda held: [0, held]),
    ("tuple", lambda held: (0, held)),
    ("set", lambda held: {held} if isinstance(held, str | bytes) else [held]),
    ("frozenset", lambda held: frozenset([held]) if isinstance(held, str | bytes) else (held,)),
    ("deque", lambda held: deque([0, held])),
    ("slots", Slotted),
    ("attributes", Plain),
    ("attrs slots", Frozen),
    ("attrs dict", Unslotted),
    ("exception args", lambda held: ValueError("x", held)),
    ("exception cause", lambda held: _with(ValueError("outer"), cause=held)),
    ("exception context", lambda held: _with(ValueError("outer"), context=held)),
    ("exception notes", lambda held: _noted(held)),
]


def _with(error: BaseException, *, cause: object = None, context: object = None) -> BaseException:
    inner = cause if cause is not None else context
    wrapped = inner if isinstance(inner, BaseException) else RuntimeError(inner)
    if cause is not None:
        error.__cause__ = wrapped
    else:
        error.__context__ = wrapped
    return error


def _noted(held: object) -> BaseException:
    error = ValueError("noted")
    error.__notes__ = [held]  # type: ignore[attr-defined]
    return error


SECRET_HOLDERS: list[tuple[str, Callable[[], object]]] = [
    ("text", lambda: f"pre {API_SECRET} post"),
    ("utf-8", lambda: f"<p>{API_SECRET}</p>".encode()),
    ("bytearray", lambda: bytearray(API_SECRET.encode())),
    ("memoryview", lambda: memoryview(API_SECRET.encode())),
    ("utf-16-le", lambda: f"<p>{API_SECRET}</p>".encode("utf-16-le")),
    ("utf-16-be", lambda: f"<p>{API_SECRET}</p>".encode("utf-16-be")),
    ("utf-16 odd", lambda: b"x" + f"{API_SECRET}".encode("utf-16-le")),
    ("utf-16 bom", lambda: f"{API_SECRET}".encode("utf-16")),
    ("json \\u text", lambda: json.dumps({"m": escaped(API_SECRET)}).replace("\\\\", "\\")),
    ("json \\u bytes", lambda: ('{"m": "' + escaped(API_SECRET) + '"}').encode()),
    ("json \\u utf-16", lambda: ('{"m": "' + escaped(API_SECRET) + '"}').encode("utf-16-le")),
    ("headers", lambda: httpx.Headers({"x-echo": API_SECRET})),
    ("url", lambda: httpx.URL(f"https://h.example/p?k={API_SECRET}")),
    ("request", lambda: httpx.Request("GET", "https://h/", headers={"a": API_SECRET})),
    ("weak reference", lambda: weakref.ref(_KEPT_ALIVE)),
    ("shown only", lambda: Shown(API_SECRET)),
    ("pickled only", lambda: PickledOnlyError()),
]
_KEPT_ALIVE = Plain(API_SECRET)


@pytest.mark.parametrize("holder", [name for name, _ in HOLDERS])
@pytest.mark.parametrize("secret_holder", [name for name, _ in SECRET_HOLDERS])
def test_a_secret_planted_deep_is_found(holder: str, secret_holder: str) -> None:
    wrap = dict(HOLDERS)[holder]
    value = dict(SECRET_HOLDERS)[secret_holder]()
    for _ in range(5):
        value = wrap(value)
    assert secret_paths(value), f"{secret_holder} inside five {holder} levels not found"


def test_the_path_names_each_step() -> None:
    error = APIStatusError(
        "teapot",
        response=httpx.Response(418, request=httpx.Request("GET", "https://h/")),
        body={"error": [None, {"detail": API_SECRET}]},
    )
    assert secret_paths(error, name="error") == [
        "error (pickled)",
        "error.body['error'][1]['detail']",
    ]


def test_the_secret_in_a_kept_request_s_header_is_found_in_the_pickle_too() -> None:
    request = httpx.Request("GET", "https://h/", headers={"asapp-api-secret": API_SECRET})
    error = APIConnectionError("refused", request=request)
    paths = secret_paths(error, name="error")
    assert "error.request.headers['asapp-api-secret']" in paths
    assert "error (pickled)" in paths


def test_a_clean_object_has_no_path() -> None:
    request = httpx.Request("GET", "https://h/", headers={"asapp-api-secret": "[redacted]"})
    error = APIStatusError(
        "418", response=httpx.Response(418, content=b"<p>no</p>", request=request), body=None
    )
    assert secret_paths(error) == []
    assert_secret_unreachable(error)
    with pytest.raises(AssertionError, match="reachable"):
        assert_secret_unreachable(APIConnectionError(API_SECRET, request=request))


def _frame_and_traceback() -> tuple[object, object]:
    secret = API_SECRET  # a local of the frame
    try:
        raise ValueError("plain")
    except ValueError as error:
        assert secret
        return sys._getframe(), error.__traceback__


def test_code_classes_modules_frames_and_tracebacks_are_not_entered() -> None:
    secret = API_SECRET

    def closure() -> str:
        return secret

    class Holder:
        held = API_SECRET

    frame, traceback = _frame_and_traceback()
    module = type(sys)("planted")
    module.held = API_SECRET  # type: ignore[attr-defined]

    def generator() -> Any:
        yield secret

    not_entered = [closure, Holder, module, frame, traceback, closure.__code__, generator()]
    assert secret_paths(not_entered) == []


def test_depth_is_bounded_and_cycles_end() -> None:
    deep: object = API_SECRET
    for _ in range(MAX_DEPTH):
        deep = [deep]
    assert secret_paths(deep) == ["root" + "[0]" * MAX_DEPTH, "root (pickled)"]
    # One level deeper, only the pickle (which has no depth) still shows it.
    assert secret_paths([deep]) == ["root (pickled)"]
    cycle: list[object] = []
    cycle.append(cycle)
    cycle.append({"back": cycle})
    assert secret_paths(cycle) == []


@pytest.mark.parametrize(
    "text",
    [
        API_SECRET,
        escaped(API_SECRET),
        escaped(API_SECRET).lower(),
        API_SECRET[:4] + escaped(API_SECRET[4:9]) + API_SECRET[9:],
        json.dumps("a/b" + API_SECRET).replace("/", "\\/"),
    ],
)
def test_the_forms_find_the_secret_plain_and_escaped(text: str) -> None:
    forms = SecretForms(API_SECRET)
    assert forms.in_text(text)
    assert forms.in_bytes(text.encode())
    assert forms.in_bytes(text.encode("utf-16-le"))
    assert forms.in_bytes(text.encode("utf-16-be"))
    assert not forms.in_text(text.replace(API_SECRET[5], "#").replace(escaped(API_SECRET[5]), "#"))


def test_a_secret_with_json_s_short_escapes_is_found() -> None:
    secret = 'a/b"c\\d-long'
    forms = SecretForms(secret)
    assert forms.in_text(json.dumps(secret).replace("/", "\\/"))
    assert forms.in_bytes(pickle.dumps({"x": json.dumps(secret).encode("utf-16-be")}))
