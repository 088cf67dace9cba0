"""What the overlay spells out about answers, held against the vendored specs.

The requests come from the spec through the generator; two facts about answers are still
written in the overlay, and each is checked here, naming the operation and the property:

1. the answer properties the SDK requires although the spec marks none required
   (``Answer.required`` of each Answer that sdk-names.yaml gives an operation) are in the
   operation's 200 schema;
2. every documented error answer of every operation the SDK calls is ASAPP's error shape
   (``error.requestId``, ``error.message``, ``error.code``), which the SDK reads.
"""

from __future__ import annotations

import copy
import functools
import importlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from asapp_mg_autotranscribe import _generated
from asapp_mg_autotranscribe._endpoint import Answer

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC_DIR = REPO_ROOT / "api-specs"
ERROR_FIELDS = ("requestId", "message", "code")

Documents = Mapping[str, dict[str, Any]]


@functools.cache
def _loaded_documents() -> dict[str, dict[str, Any]]:
    return {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted(SPEC_DIR.glob("*.yaml"))
    }


def documents() -> dict[str, dict[str, Any]]:
    """Every vendored spec by file name (a deep copy: a test may change it)."""
    return copy.deepcopy(_loaded_documents())


def _resolve(document: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _operation(docs: Documents, operation_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    for document in docs.values():
        for path_item in (document.get("paths") or {}).values():
            for operation in path_item.values():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    return document, operation
    raise LookupError(f"{operation_id}: the SDK calls this operation, and no spec has it")


def _properties(document: dict[str, Any], schema: Any) -> dict[str, Any]:
    schema = _resolve(document, schema)
    if not isinstance(schema, dict):
        return {}
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or ():
        properties.update(_properties(document, part))
    return properties


def _json_schema(document: dict[str, Any], holder: Any) -> Any:
    holder = _resolve(document, holder)
    if not isinstance(holder, dict):
        return None
    media = (holder.get("content") or {}).get("application/json")
    return None if media is None else _resolve(document, media.get("schema"))


def overlay_answers() -> dict[str, Answer[Any, Any]]:
    """Each Answer sdk-names.yaml gives an operation, by operationId."""
    names = yaml.safe_load((REPO_ROOT / "sdk-names.yaml").read_text(encoding="utf-8"))
    answers = {}
    for spec, entry in names.items():
        if not spec.endswith(".yaml"):
            continue
        for operation_id, operation in entry.items():
            if isinstance(operation, dict) and "answer" in operation:
                module, _, name = operation["answer"].partition(":")
                package = importlib.import_module(f"asapp_mg_autotranscribe.{module}")
                answers[operation_id] = getattr(package, name)
    return answers


def required_answer_problems(
    docs: Documents, operation_id: str, answer: Answer[Any, Any]
) -> list[str]:
    """Each path of ``answer.required`` that the operation's 200 schema does not have."""
    document, operation = _operation(docs, operation_id)
    node = _json_schema(document, (operation.get("responses") or {}).get("200"))
    problems = []
    for path in answer.required:
        current, parts = node, path.split(".")
        for depth, part in enumerate(parts):
            properties = _properties(document, current)
            if part not in properties:
                problems.append(
                    f"{operation_id}: {path} is required by the SDK in the 200 answer "
                    f"(Answer.required), and the spec's 200 schema has no "
                    f"{'.'.join(parts[: depth + 1])}"
                )
                break
            current = properties[part]
    return problems


def error_shape_problems(docs: Documents, operation_id: str) -> list[str]:
    """Each documented error answer of the operation that is not ASAPP's error shape."""
    document, operation = _operation(docs, operation_id)
    problems = []
    for status, answer in (operation.get("responses") or {}).items():
        if str(status).startswith("2"):
            continue
        where = f"{operation_id}: the documented {status} answer"
        schema = _json_schema(document, answer)
        if schema is None:
            problems.append(
                f"{where} has no JSON body (ASAPP's error shape: error.requestId, "
                "error.message, error.code)"
            )
            continue
        properties = _properties(document, schema)
        if "error" not in properties:
            problems.append(f"{where} has no property error (ASAPP's error shape)")
            continue
        fields = _properties(document, properties["error"])
        for name in ERROR_FIELDS:
            field = _resolve(document, fields.get(name))
            if not isinstance(field, dict):
                problems.append(f"{where} has no error.{name} (ASAPP's error shape)")
            elif field.get("type") != "string":
                problems.append(
                    f"{where} has error.{name} of type {field.get('type')!r}, not 'string'"
                )
    return problems


ANSWERS = overlay_answers()
OPERATION_IDS = sorted(_generated.operations())


def test_every_operation_the_clients_call_has_its_answer_here() -> None:
    assert set(ANSWERS) <= set(OPERATION_IDS)
    assert {"getTwilioMediaStreams", "startStreaming", "stopStreaming"} <= set(ANSWERS)


@pytest.mark.parametrize("operation_id", sorted(ANSWERS))
def test_every_answer_path_the_sdk_requires_is_in_the_spec(operation_id: str) -> None:
    problems = required_answer_problems(documents(), operation_id, ANSWERS[operation_id])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_every_documented_error_is_asapp_s_error_shape(operation_id: str) -> None:
    problems = error_shape_problems(documents(), operation_id)
    assert not problems, "\n".join(problems)


# --- each check fails on a spec changed the way that would break the SDK --------------------

MG = "mg-autotranscribe.yaml"
START = ("/mg-autotranscribe/v1/start-streaming", "post")
STOP = ("/mg-autotranscribe/v1/stop-streaming", "post")


def _answer_schema(docs: Documents, where: tuple[str, str], status: str) -> dict[str, Any]:
    operation = docs[MG]["paths"][where[0]][where[1]]
    schema: dict[str, Any] = operation["responses"][status]["content"]["application/json"]["schema"]
    return schema


def test_a_renamed_answer_property_the_sdk_requires_fails() -> None:
    docs = documents()
    customer = _answer_schema(docs, START, "200")["properties"]["autotranscribeResponse"][
        "properties"
    ]["customer"]["properties"]
    customer["streamUuid"] = customer.pop("streamId")
    assert required_answer_problems(docs, "startStreaming", ANSWERS["startStreaming"]) == [
        "startStreaming: autotranscribeResponse.customer.streamId is required by the SDK in "
        "the 200 answer (Answer.required), and the spec's 200 schema has no "
        "autotranscribeResponse.customer.streamId"
    ]


def test_an_error_answer_not_in_asapp_s_error_shape_fails() -> None:
    docs = documents()
    stop = docs[MG]["paths"][STOP[0]][STOP[1]]["responses"]
    del _answer_schema(docs, STOP, "503")["properties"]["error"]["properties"]["code"]
    error = _answer_schema(docs, STOP, "429")["properties"]["error"]
    error["properties"]["requestId"]["type"] = "integer"
    stop["410"] = {"description": "Gone"}
    assert error_shape_problems(docs, "stopStreaming") == [
        "stopStreaming: the documented 429 answer has error.requestId of type 'integer', "
        "not 'string'",
        "stopStreaming: the documented 503 answer has no error.code (ASAPP's error shape)",
        "stopStreaming: the documented 410 answer has no JSON body (ASAPP's error shape: "
        "error.requestId, error.message, error.code)",
    ]


def test_an_operation_missing_from_the_specs_fails() -> None:
    docs = documents()
    docs[MG]["paths"][STOP[0]][STOP[1]]["operationId"] = "endStreaming"
    with pytest.raises(LookupError, match=r"^stopStreaming: the SDK calls this operation"):
        _operation(docs, "stopStreaming")


def test_references_are_followed() -> None:
    """A spec that names its schemas in components (``$ref``) is read the same."""
    docs = documents()
    document = docs[MG]
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    media = document["paths"][START[0]][START[1]]["responses"]["200"]["content"]["application/json"]
    schemas["Start"] = {"allOf": [media.pop("schema")]}
    media["schema"] = {"$ref": "#/components/schemas/Start"}
    assert required_answer_problems(docs, "startStreaming", ANSWERS["startStreaming"]) == []
    del schemas["Start"]["allOf"][0]["properties"]["isOk"]
    assert required_answer_problems(docs, "startStreaming", ANSWERS["startStreaming"]) == [
        "startStreaming: isOk is required by the SDK in the 200 answer (Answer.required), "
        "and the spec's 200 schema has no isOk"
    ]
