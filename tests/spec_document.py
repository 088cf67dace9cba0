"""The vendored OpenAPI documents as the tests read them: operations, responses, examples.

By default the document is ``api-specs/mg-autotranscribe.yaml``, or the file named by the
``CONTRACT_SPEC`` environment variable (to try the suites against an edited copy); each
function also takes another one (``CONVERSATIONS_SPEC_PATH``).
"""

from __future__ import annotations

import copy
import functools
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = Path(
    os.environ.get("CONTRACT_SPEC") or REPO_ROOT / "api-specs" / "mg-autotranscribe.yaml"
)
CONVERSATIONS_SPEC_PATH = REPO_ROOT / "api-specs" / "conversations.yaml"


@functools.cache
def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """An OpenAPI document, parsed."""
    with path.open(encoding="utf-8") as stream:
        spec = yaml.safe_load(stream)
    assert isinstance(spec, dict), f"{path} is not a mapping"
    return spec


def operations(path: Path = SPEC_PATH) -> dict[str, dict[str, Any]]:
    """Each operation object of the document by operationId."""
    return {
        operation["operationId"]: operation
        for path_item in load_spec(path)["paths"].values()
        for operation in path_item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def method_and_path(operation_id: str, path: Path = SPEC_PATH) -> tuple[str, str]:
    """The HTTP method (upper case) and path of an operation."""
    for url_path, path_item in load_spec(path)["paths"].items():
        for method, operation in path_item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return method.upper(), url_path
    raise LookupError(operation_id)


def responses(path: Path = SPEC_PATH) -> list[tuple[str, str]]:
    """(operationId, response key) of every documented response, 200 and ``default`` too."""
    return [
        (operation_id, key)
        for operation_id, operation in operations(path).items()
        for key in operation["responses"]
    ]


def error_responses(path: Path = SPEC_PATH) -> list[tuple[str, str]]:
    """(operationId, response key) of every documented non-200 response, ``default`` too."""
    return [(operation_id, key) for operation_id, key in responses(path) if key != "200"]


def status_of(response_key: str) -> int:
    """The HTTP status a response key stands for: ``default`` is 500 (as its description says)."""
    return 500 if response_key == "default" else int(response_key)


def response_schema(operation_id: str, response_key: str, path: Path = SPEC_PATH) -> dict[str, Any]:
    """The application/json schema of one documented response."""
    response = operations(path)[operation_id]["responses"][response_key]
    schema = response["content"]["application/json"]["schema"]
    assert isinstance(schema, dict)
    return schema


@dataclass(frozen=True)
class DocumentedExample:
    """One example of the document and the schema it must fit."""

    where: str
    schema: Mapping[str, Any]
    example: Any


def _schema_examples(where: str, schema: Mapping[str, Any]) -> Iterator[DocumentedExample]:
    if "example" in schema:
        yield DocumentedExample(where, schema, schema["example"])
    for name, prop in schema.get("properties", {}).items():
        yield from _schema_examples(f"{where}.{name}", prop)
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), Mapping):
            yield from _schema_examples(f"{where}[{key}]", schema[key])
    for key in ("allOf", "anyOf", "oneOf"):
        for index, part in enumerate(schema.get(key, [])):
            yield from _schema_examples(f"{where}[{key}{index}]", part)


def _media_examples(where: str, content: Mapping[str, Any]) -> Iterator[DocumentedExample]:
    for media_type, media in content.items():
        schema = media.get("schema", {})
        here = f"{where}:{media_type}"
        if "example" in media:
            yield DocumentedExample(here, schema, media["example"])
        for name, named in media.get("examples", {}).items():
            yield DocumentedExample(f"{here}#{name}", schema, named["value"])
        yield from _schema_examples(f"{here}:schema", schema)


def documented_examples(path: Path = SPEC_PATH) -> list[DocumentedExample]:
    """Every example of the document: schema, media-type, named and parameter examples."""
    found: list[DocumentedExample] = []
    for operation_id, operation in operations(path).items():
        body = operation.get("requestBody", {}).get("content", {})
        found += _media_examples(f"{operation_id}:request", body)
        for parameter in operation.get("parameters", []):
            where = f"{operation_id}:{parameter['name']}"
            if "example" in parameter:
                found.append(DocumentedExample(where, parameter["schema"], parameter["example"]))
            found += _schema_examples(where, parameter["schema"])
        for key, response in operation["responses"].items():
            found += _media_examples(f"{operation_id}:{key}", response.get("content", {}))
    for name, schema in load_spec(path).get("components", {}).get("schemas", {}).items():
        found += _schema_examples(f"components.{name}", schema)
    return found


def example_of(schema: Mapping[str, Any]) -> Any:
    """The example a schema documents, as Prism's static mock builds it: the schema's own
    ``example``, else an object built from its properties' examples, and for a property
    with none a placeholder of its type (``"string"``, ``0``, ``true``)."""
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        return {name: example_of(prop) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        return [example_of(schema.get("items", {}))]
    if "enum" in schema:
        return schema["enum"][0]
    placeholders = {"string": "string", "integer": 0, "number": 0, "boolean": True}
    if kind in placeholders:
        return placeholders[kind]
    raise LookupError(f"no example in schema {dict(schema)!r}")


def request_example(operation_id: str) -> Any:
    """The documented example of an operation's JSON request body (of the media type, else
    of its schema)."""
    media = operations()[operation_id]["requestBody"]["content"]["application/json"]
    return copy.deepcopy(media["example"] if "example" in media else media["schema"]["example"])
