"""An API operation as the SDK calls it: the request checked against the spec, the answer
read through the generated models, and ASAPP's error body read for a status error.

Pure code, shared by both clients. The spec's shapes come from the generated code
(``_generated``); what is written here is only what the spec cannot say: which answer
properties the SDK needs although the spec marks none required, and how the generated
model of an answer becomes the public result.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from . import _generated
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

if TYPE_CHECKING:
    from ._generated import GeneratedEndpoint

__all__ = ["AnswerError", "Endpoint", "PreparedCall", "describe_body", "parse_json"]

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


class AnswerError(ValueError):
    """Raised by an endpoint's ``read_result``: the answer fits the spec but not what the
    SDK needs of it (the message says what); it becomes an InvalidResponseError."""


@attrs.frozen
class Endpoint(Generic[_ResultT, _ModelT]):
    """One operation of the API, and how its answer becomes the public result."""

    # The spec's operationId: it names the operation in messages, logs and spans.
    operation_id: str
    # False for requests that change state: they are retried only when certainly not processed.
    idempotent: bool
    # The generated model of the 2xx answer, and the body as received -> the public result.
    read_result: Callable[[_ModelT, dict[str, Any]], _ResultT]
    # Answer properties the SDK needs although the spec marks none required ("a.b" is
    # required, and not null, when "a" is present); held against the spec by
    # tests/test_sdk_against_spec.py.
    required: tuple[str, ...] = ()
    max_response_bytes: int = MAX_RESPONSE_BYTES

    @property
    def generated(self) -> GeneratedEndpoint:
        """The generated endpoint (loaded with the first call)."""
        return _generated.endpoint(self.operation_id)

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
            return self.read_result(self._model_of(response, data), data)
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
        missing = _first_missing(data, self.required)
        if missing is not None:
            raise InvalidResponseError(
                f"{self.operation_id}: response does not have the documented shape: "
                f"{missing} is missing",
                response=response,
            )
        generated = self.generated
        model = _model_for(generated.response_models, response.status_code)
        if model is None:
            raise InvalidResponseError(
                f"{self.operation_id}: the spec documents no body for status "
                f"{response.status_code}",
                response=response,
            )
        try:
            parsed: _ModelT = model.from_dict(data)
        except generated.shape_error as error:
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
        generated = self.generated
        model = _model_for(generated.response_models, status_code)
        if model is None:
            return None, None, None
        try:
            error = model.from_dict(body).error
        except (generated.shape_error, AttributeError):
            return None, None, None
        return (
            _text_or_none(getattr(error, "request_id", None)),
            _text_or_none(getattr(error, "code", None)),
            _text_or_none(getattr(error, "message", None)),
        )


@attrs.frozen
class PreparedCall(Generic[_ResultT, _ModelT]):
    """One call of an operation, its arguments checked and turned into wire names."""

    endpoint: Endpoint[_ResultT, _ModelT]
    # The JSON body in wire (camelCase) names; None for a request without one.
    body: dict[str, Any] | None = None
    # Keyword arguments of the generated request builder (query parameters, ...).
    build_arguments: Mapping[str, Any] = attrs.Factory(dict)
    # The per-request options as the caller gave them (checked when the call is sent).
    options: Mapping[str, Any] = attrs.Factory(dict)
    # The method's argument behind each body property or query parameter it sets, by dotted
    # wire path ("autotranscribeParams.detailedToken": "detailed_token"), for messages.
    argument_names: Mapping[str, str] = attrs.Factory(dict)

    def encoded_body(self, extra_body: Mapping[str, object] | None) -> bytes | None:
        """The JSON body with ``extra_body`` merged in, checked against the spec's request
        model (types, enums, required properties), then against the rules the spec states
        in prose (``_request_rules``), encoded as UTF-8."""
        name = self.endpoint.operation_id
        if self.body is None:
            if extra_body:
                raise InvalidRequestError(f"{name} sends no JSON body: extra_body is refused")
            return None
        body = deep_merge(self.body, extra_body) if extra_body else self.body
        generated = self.endpoint.generated
        if generated.request_body_model is None:
            raise InvalidRequestError(f"{name}: the spec documents no JSON body for it")
        try:
            generated.request_body_model.from_dict(body, strict=True)
        except generated.shape_error as error:
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
        """Method, URL path and query parameters (``extra_query`` added), from the generated
        request builder. ``extra_query`` may add parameters, not replace the method's."""
        generated = self.endpoint.generated
        if generated.request_body_model is None:
            kwargs = generated.build_request(**self.build_arguments)
        else:
            kwargs = {"method": generated.method, "url": generated.path}
        if extra_query:
            params = kwargs.get("params") or {}
            overridden = sorted(extra_query.keys() & params.keys())
            if overridden:
                key = overridden[0]
                raise InvalidRequestError(
                    f"extra_query may not set {key}: it is the method's "
                    f"{self.argument_names.get(key, key)}"
                )
            kwargs["params"] = {**params, **extra_query}
        return kwargs


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
