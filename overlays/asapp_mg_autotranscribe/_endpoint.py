"""An API operation as the SDK calls it: the operation (from the registry the generator
templates write), what the SDK makes of its answer (Answer), and one call (PreparedCall):
the request checked against the spec, the answer read through the generated models, and
ASAPP's error body read for a status error.

Pure code, shared by both clients and by the generated request builders (each generated
package's ``api`` module), which turn a method's keyword arguments into RequestParts.
What is written here is only what the spec cannot say: which answer properties the SDK
needs although the spec marks none required, and how the generated model of an answer
becomes the public result.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, Protocol, Self, TypeVar
from urllib.parse import quote

import attrs
import httpx

from ._constants import MAX_RESPONSE_BYTES
from ._exceptions import (
    APIStatusError,
    InvalidRequestError,
    InvalidResponseError,
    StreamingNotOkError,
    status_error_class,
)
from ._options import QueryValue, deep_merge
from ._redaction import mask_tokens
from ._request_rules import check_request_body

__all__ = [
    "Answer",
    "AnswerError",
    "Model",
    "Operation",
    "PreparedCall",
    "RequestParts",
    "describe_body",
    "object_fields",
    "parse_json",
    "returns_model",
    "without_none",
]

_ResultT = TypeVar("_ResultT")
_ModelT = TypeVar("_ModelT")
_ReadT = TypeVar("_ReadT")

_SNIPPET_CHARS = 200

Scrubbed = Callable[[httpx.Response], "httpx.Response | None"]
"""The answer without the API secret, or None when it holds none."""


def _without_secret(
    read: Callable[[httpx.Response], _ReadT],
    response: httpx.Response,
    scrubbed: Scrubbed,
    operation_id: str,
) -> _ReadT:
    """``read(response)``; if it raises, the error is raised again from the answer without
    the secret (outside the handler: the first error, which may quote it, is not kept as
    its context)."""
    try:
        return read(response)
    except (InvalidResponseError, StreamingNotOkError):
        clean = scrubbed(response)
        if clean is None:
            raise
    read(clean)
    # Only the secret's own characters made the answer unreadable.
    raise InvalidResponseError(
        f"{operation_id}: response is not readable as documented where it holds the API secret",
        response=clean,
    )


class Model(Protocol):
    """A generated model: read from JSON (checked), written back to JSON."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


class AnswerError(ValueError):
    """Raised by an Answer's ``read_result``: the answer fits the spec but not what the SDK
    needs of it (the message says what); it becomes an InvalidResponseError."""


@attrs.frozen(slots=False)
class Operation:
    """An operation of a spec, as the generator templates record it: each generated
    package's ``api`` module holds the registry of its operations (OPERATIONS)."""

    operation_id: str
    http_method: str
    # The path, with a ``{name}`` for each path parameter.
    path: str
    path_parameters: tuple[str, ...]
    query_parameters: tuple[str, ...]
    # "module:Class" in the package's models, loaded on first use.
    request_model: str | None
    # The same for each documented JSON answer, by status pattern ("200", "4XX", "default").
    response_models: Mapping[str, str]
    # Whether the request may be repeated (RFC 9110 idempotent methods); a request that
    # is not is retried only when it was certainly not processed.
    retry_safe: bool
    # The method's argument behind each body property and parameter, by dotted wire path
    # ("autotranscribeParams.detailedToken": "detailed_token"), for messages.
    argument_names: Mapping[str, str]
    # The generated package (its models and types load on first use).
    package: str

    @functools.cached_property
    def shape_error(self) -> type[ValueError]:
        """The package's ShapeError (a ValueError): what its models raise on a value that
        does not fit the spec."""
        error: type[ValueError] = importlib.import_module(f"{self.package}.types").ShapeError
        return error

    @functools.cached_property
    def request_body_model(self) -> type[Model] | None:
        """The model of the JSON request body, or None."""
        return None if self.request_model is None else self._load(self.request_model)

    @functools.cached_property
    def answer_models(self) -> Mapping[str, type[Model]]:
        """The model of each documented JSON answer, by status pattern."""
        return {status: self._load(model) for status, model in self.response_models.items()}

    def _load(self, reference: str) -> type[Model]:
        module, _, name = reference.partition(":")
        model: type[Model] = getattr(
            importlib.import_module(f"{self.package}.models.{module}"), name
        )
        return model


@attrs.frozen
class Answer(Generic[_ResultT, _ModelT]):
    """What the SDK makes of an operation's 2xx answer: its generated model and the body as
    received become the public result."""

    read_result: Callable[[_ModelT, dict[str, Any]], _ResultT]
    # Answer properties the SDK needs although the spec marks none required ("a.b" is
    # required, and not null, when "a" is present); held against the spec by
    # tests/test_answers_against_spec.py.
    required: tuple[str, ...] = ()
    max_response_bytes: int = MAX_RESPONSE_BYTES
    # The checks of the method's keyword arguments the spec cannot express (run before the
    # request is built; InvalidRequestError).
    check_arguments: Callable[[Mapping[str, Any]], None] | None = None
    # The errors read_result raises besides InvalidResponseError (for api.md).
    raises: tuple[type[Exception], ...] = ()


def returns_model(model: _ModelT, body: dict[str, Any]) -> _ModelT:
    """The read_result of an operation the SDK returns the generated model of."""
    return model


_NOTHING: Mapping[str, Any] = MappingProxyType({})


class RequestParts(NamedTuple):
    """A request of an operation, from a method's keyword arguments (the generated request
    builders make them): the JSON body in wire names, the path and query parameters, and
    the per-request options as the caller gave them (checked when the call is sent)."""

    operation: Operation
    body: dict[str, Any] | None = None
    path: Mapping[str, object] = _NOTHING
    query: Mapping[str, object] | None = None
    options: Mapping[str, Any] = _NOTHING
    # A method that calls a request builder under names of its own (the Twilio helpers'
    # ``call_sid`` for the builder's ``guid``): the builder's argument -> the method's.
    renamed: Mapping[str, str] = _NOTHING


def object_fields(argument: str, value: object, keys: type) -> dict[str, Any] | None:
    """The keys of ``value`` (the dict an object's argument takes, typed by the TypedDict
    ``keys``) that are not None; None if none is left. InvalidRequestError for a value
    that is not a dict, or a key ``keys`` does not have."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidRequestError(f"{argument} must be a dict, not {type(value).__name__}")
    allowed = keys.__annotations__
    unknown = [key for key in value if key not in allowed]
    if unknown:
        shown = ", ".join(sorted(map(repr, unknown)))
        raise InvalidRequestError(
            f"{argument} has unknown keys {shown}; allowed: {', '.join(sorted(allowed))}"
        )
    return {key: item for key, item in value.items() if item is not None} or None


def without_none(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` without the properties whose value is None, at every depth: a required
    property the caller left out (None) is left out of the request, and the check against
    the spec names it."""
    return {
        key: without_none(value) if isinstance(value, dict) else value
        for key, value in body.items()
        if value is not None
    }


@attrs.frozen
class PreparedCall(Generic[_ResultT, _ModelT]):
    """One call of an operation: its request, and what the SDK makes of the answer."""

    parts: RequestParts
    answer: Answer[_ResultT, _ModelT]

    @property
    def operation(self) -> Operation:
        """The operation called."""
        return self.parts.operation

    @property
    def operation_id(self) -> str:
        """The spec's operationId: it names the operation in messages, logs and spans."""
        return self.parts.operation.operation_id

    @property
    def idempotent(self) -> bool:
        """Whether the request may be repeated (else only when certainly not processed)."""
        return self.parts.operation.retry_safe

    @property
    def options(self) -> Mapping[str, Any]:
        """The per-request options as the caller gave them."""
        return self.parts.options

    @property
    def argument_names(self) -> Mapping[str, str]:
        """The method's argument behind each body property and parameter, by dotted wire
        path (the registry's names, as the method that was called spells them)."""
        names = self.parts.operation.argument_names
        renamed = self.parts.renamed
        if not renamed:
            return names
        return {path: renamed.get(name, name) for path, name in names.items()}

    @property
    def max_response_bytes(self) -> int:
        """The most of an answer's body the SDK reads."""
        return self.answer.max_response_bytes

    def read_answer(self, response: httpx.Response, *, scrubbed: Scrubbed) -> _ResultT:
        """The public result of a 2xx answer (its body already read); an error is raised
        from ``scrubbed(response)``, when the answer holds the API secret."""
        return _without_secret(self._read_answer, response, scrubbed, self.operation_id)

    def answer_model(self, response: httpx.Response, *, scrubbed: Scrubbed) -> _ModelT:
        """The generated model of a 2xx answer, checked against the spec and ``required``;
        an error is raised from ``scrubbed(response)``, as for read_answer."""
        return _without_secret(self._answer_model, response, scrubbed, self.operation_id)

    def _read_answer(self, response: httpx.Response) -> _ResultT:
        data = self.answer_json(response)
        try:
            return self.answer.read_result(self._model_of(response, data), data)
        except AnswerError as error:
            raise InvalidResponseError(
                f"{self.operation_id}: response does not have the documented shape: {error}",
                response=response,
            ) from None

    def answer_json(self, response: httpx.Response) -> dict[str, Any]:
        """The JSON object of a 2xx answer, as received."""
        try:
            data = parse_json(response.content)
        except ValueError:
            raise InvalidResponseError(
                f"{self.operation_id}: {response.status_code} response is not JSON: "
                + describe_body(response),
                response=response,
            ) from None
        if not isinstance(data, dict):
            raise InvalidResponseError(
                f"{self.operation_id}: {response.status_code} response is not a JSON object: "
                + describe_body(response),
                response=response,
            )
        return data

    def _answer_model(self, response: httpx.Response) -> _ModelT:
        return self._model_of(response, self.answer_json(response))

    def _model_of(self, response: httpx.Response, data: dict[str, Any]) -> _ModelT:
        missing = _first_missing(data, self.answer.required)
        if missing is not None:
            raise InvalidResponseError(
                f"{self.operation_id}: response does not have the documented shape: "
                f"{missing} is missing",
                response=response,
            )
        operation = self.operation
        model = _model_for(operation.answer_models, response.status_code)
        if model is None:
            raise InvalidResponseError(
                f"{self.operation_id}: the spec documents no body for status "
                f"{response.status_code}",
                response=response,
            )
        try:
            parsed: _ModelT = model.from_dict(data)
        except operation.shape_error as error:
            raise InvalidResponseError(
                f"{self.operation_id}: response does not have the documented shape: {error}",
                response=response,
            ) from None
        return parsed

    def status_error(self, response: httpx.Response, *, truncated: bool) -> APIStatusError:
        """The APIStatusError of a non-2xx answer, built from ASAPP's error body when it has
        one (its requestId, code and message); returned, not raised."""
        body: object = None
        request_id = code = message = None
        if not truncated and response.content:
            try:
                body = parse_json(response.content)
            except ValueError:
                body = None
        if isinstance(body, dict):
            request_id, code, message = self._error_details(response.status_code, body)
        if message is not None:
            message = mask_tokens(message)
        else:
            message = "response body is not ASAPP's error shape: " + describe_body(
                response, truncated=truncated
            )
        if body is None and not truncated:
            body = mask_tokens(response.text)
        location = response.headers.get("location")
        if 300 <= response.status_code < 400 and location is not None:
            message = f"redirect to {mask_tokens(location)!r} not followed; {message}"
        cls = status_error_class(response.status_code)
        return cls(message, response=response, body=body, request_id=request_id, code=code)

    def _error_details(
        self, status_code: int, body: dict[str, Any]
    ) -> tuple[str | None, str | None, str | None]:
        """(requestId, code, message) of ASAPP's error body, read through the generated
        model of that status (else the ``default`` one); Nones if it does not fit."""
        operation = self.operation
        model = _model_for(operation.answer_models, status_code)
        if model is None:
            return None, None, None
        try:
            error = model.from_dict(body).error
        except (operation.shape_error, AttributeError):
            return None, None, None
        return (
            _text_or_none(getattr(error, "request_id", None)),
            _text_or_none(getattr(error, "code", None)),
            _text_or_none(getattr(error, "message", None)),
        )

    def encoded_body(self, extra_body: Mapping[str, object] | None) -> bytes | None:
        """The JSON body with ``extra_body`` merged in, checked against the spec's request
        model (types, enums, required properties), then against the rules the spec states
        in prose (``_request_rules``), encoded as UTF-8."""
        name = self.operation_id
        if self.parts.body is None:
            if extra_body:
                raise InvalidRequestError(f"{name} sends no JSON body: extra_body is refused")
            return None
        body = deep_merge(self.parts.body, extra_body) if extra_body else self.parts.body
        operation = self.operation
        model = operation.request_body_model
        if model is None:
            raise InvalidRequestError(f"{name}: the spec documents no JSON body for it")
        try:
            model.from_dict(body, strict=True)
        except operation.shape_error as error:
            raise InvalidRequestError(f"{name}: the request's {error}") from None
        check_request_body(name, body, extra_body=extra_body, argument_names=self.argument_names)
        try:
            return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidRequestError(
                f"{name}: the request body has a string that is not valid Unicode "
                "(a lone surrogate); nothing was sent"
            ) from None

    def request_kwargs(self, extra_query: Mapping[str, QueryValue] | None = None) -> dict[str, Any]:
        """Method, URL path (its parameters filled in) and query parameters (``extra_query``
        added). ``extra_query`` may add parameters, not replace the method's."""
        operation = self.operation
        path = operation.path
        if self.parts.path:
            values = {}
            for name, value in self.parts.path.items():
                if value is None or value == "":
                    raise InvalidRequestError(
                        f"{self.operation_id}: the path parameter {name} must not be empty"
                    )
                values[name] = quote(str(value), safe="")
            path = path.format_map(values)
        query = self.parts.query
        params = {} if query is None else {k: v for k, v in query.items() if v is not None}
        if extra_query:
            overridden = sorted(extra_query.keys() & params.keys())
            if overridden:
                key = overridden[0]
                raise InvalidRequestError(
                    f"extra_query may not set {key}: it is the method's "
                    f"{self.argument_names.get(key, key)}"
                )
            params.update(extra_query)
        return {"method": operation.http_method, "url": path, "params": params or None}


def _model_for(models: Mapping[str, type[Any]], status_code: int) -> type[Any] | None:
    """The documented model for a status: its own, its range's ("4XX"), else for a 2xx the
    200 one and for an error the ``default`` one."""
    for key in (str(status_code), f"{status_code // 100}XX"):
        if key in models:
            return models[key]
    return models.get("200" if 200 <= status_code < 300 else "default")


@functools.cache
def _split(paths: tuple[str, ...]) -> tuple[tuple[tuple[str, ...], str, str], ...]:
    return tuple((tuple(path.split(".")[:-1]), path.rsplit(".", 1)[-1], path) for path in paths)


def _first_missing(data: Mapping[str, Any], required: tuple[str, ...]) -> str | None:
    for parents, last, path in _split(required):
        node: Any = data
        for part in parents:
            node = node.get(part)
            if not isinstance(node, dict):
                break
        else:
            if node.get(last) is None:
                return path
    return None


def parse_json(content: bytes) -> object:
    """``json.loads``; JSON nested deeper than Python can recurse is a ValueError too."""
    try:
        return json.loads(content)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def describe_body(response: httpx.Response, *, truncated: bool = False) -> str:
    """Content type, size and the start of the body, tokens masked, for a message."""
    content_type = response.headers.get("content-type", "no content type").split(";")[0]
    content = response.content
    if not content:
        return f"empty body ({content_type})"
    text = " ".join(content[: _SNIPPET_CHARS * 4].decode("utf-8", "replace").split())
    text = mask_tokens(text)
    if len(text) > _SNIPPET_CHARS:
        text = text[:_SNIPPET_CHARS] + "..."
    size = "larger than the SDK reads, cut short" if truncated else f"{len(content)} bytes"
    return f"{content_type}, {size}: {text!r}"
