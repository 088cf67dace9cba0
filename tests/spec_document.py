"""The vendored OpenAPI document as the tests read it: operations, responses, examples.

The document is ``api-specs/mg-autotranscribe.yaml``, or the file named by the
``CONTRACT_SPEC`` environment variable (to try the suites against an edited copy).
"""

from __future__ import annotations

import copy
import functools
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = Path(
    os.environ.get("CONTRACT_SPEC") or REPO_ROOT / "api-specs" / "mg-autotranscribe.yaml"
)


@functools.cache
def load_spec() -> dict[str, Any]:
    """The OpenAPI document, parsed."""
    with SPEC_PATH.open(encoding="utf-8") as stream:
        spec = yaml.safe_load(stream)
    assert isinstance(spec, dict), f"{SPEC_PATH} is not a mapping"
    return spec


def operations() -> dict[str, dict[str, Any]]:
    """Each operation object of the document by operationId."""
    return {
        operation["operationId"]: operation
        for path_item in load_spec()["paths"].values()
        for operation in path_item.values()
    }


def method_and_path(operation_id: str) -> tuple[str, str]:
    """The HTTP method (upper case) and path of an operation."""
    for path, path_item in load_spec()["paths"].items():
        for method, operation in path_item.items():
            if operation["operationId"] == operation_id:
                return method.upper(), path
    raise LookupError(operation_id)


def responses() -> list[tuple[str, str]]:
    """(operationId, response key) of every documented response, 200 and ``default`` too."""
    return [
        (operation_id, key)
        for operation_id, operation in operations().items()
        for key in operation["responses"]
    ]


def error_responses() -> list[tuple[str, str]]:
    """(operationId, response key) of every documented non-200 response, ``default`` too."""
    return [(operation_id, key) for operation_id, key in responses() if key != "200"]


def status_of(response_key: str) -> int:
    """The HTTP status a response key stands for: ``default`` is 500 (api-facts.md)."""
    return 500 if response_key == "default" else int(response_key)


def response_schema(operation_id: str, response_key: str) -> dict[str, Any]:
    """The application/json schema of one documented response."""
    response = operations()[operation_id]["responses"][response_key]
    schema = response["content"]["application/json"]["schema"]
    assert isinstance(schema, dict)
    return schema


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
