"""Prepare the vendored OpenAPI documents for the generator, in temporary copies.

ASAPP's published documents write each operation's schemas inline in ``paths`` and again
as named ``components`` that no path refers to. Generated as they are, those unused
components become a second set of models, and a readable class name given to an
operation's schema in the generator configuration can collide with one of them. So the
copy given to the generator keeps only what the SDK's operations use:

1. the operations sdk-names.yaml does not keep of the spec (its ``operations`` list) are
   left out of the copy, and so are the components that no kept operation refers to
   (directly or through other components); the vendored file itself is never changed;
2. a ``class_overrides`` name of the generator configuration that is still taken by a
   kept component stops the generation, naming both;
3. where an operation's own (inline) schema and the component of the name the SDK gives
   it differ, the operation's schema is what counts; the change summary
   (scripts/spec_diff.py, run first by ``make regenerate``) says so in a NOTE line;
4. the error answers (a status of 300 or more, or ``default``) that ASAPP writes inline,
   each operation and status with its own copy of one shape, become one shared component
   per shape (``ErrorResponse``; ``ErrorResponse2``... for another shape), referred to
   from each answer: one model instead of one per operation and status. Copies of one
   shape differ only in their descriptions and examples; the shared one keeps what they
   all say alike.

With each copy goes the SDK's names of the spec's operations, arguments and types
(sdk-names.yaml resolved by scripts/sdk_names.py, across every spec), as a template the
generator templates import (``sdk_names.jinja``: ``{% from "sdk_names.jinja" import
SDK %}``). A name the table gives that the spec does not have, or a name taken twice,
stops the generation. So does a spec that would take something away from the callers of
the methods generated last time (generated/PACKAGE/sdk_names.json: the names that
generation was given): a method gone, an argument gone (its property removed or renamed),
an argument now required; each is named, with its operation and property. With
ACCEPT_BREAKING=1 in the environment they are printed and the generation goes on.

Usage: ``python scripts/prepare_spec.py ROOT WORK [PACKAGE ...]``: for each spec of
ROOT/scripts/specs.txt (those of the PACKAGEs given, else all), WORK/PACKAGE.json (the
copy), WORK/PACKAGE.names.jinja and WORK/PACKAGE.sdk_names.json (the names, for the next
generation to compare with).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import pascal_case
from sdk_names import (
    NamingError,
    breaking_changes,
    check_across_specs,
    kept_operation_ids,
    resolve,
)

__all__ = [
    "PreparedSpec",
    "SpecPreparationError",
    "inline_schema_names",
    "names_template",
    "prepare",
    "share_error_schemas",
    "without_operations",
]

_REF_PREFIX = "#/components/"


class SpecPreparationError(Exception):
    """The document cannot be generated as the configuration asks."""


class PreparedSpec:
    """The document to generate from, and the notes for whoever regenerates."""

    def __init__(self, document: dict[str, Any], notes: list[str]) -> None:
        self.document = document
        self.notes = notes


def _references(node: object) -> Iterator[tuple[str, str]]:
    """Every ``$ref`` under ``node`` that points into components, as (section, name)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF_PREFIX):
            section, _, name = ref[len(_REF_PREFIX) :].partition("/")
            yield section, name
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def _used_components(document: dict[str, Any]) -> set[tuple[str, str]]:
    """The components the operations refer to, directly or through other components."""
    components = document.get("components", {})
    used: set[tuple[str, str]] = set()
    pending = list(_references(document.get("paths", {})))
    while pending:
        reference = pending.pop()
        if reference in used:
            continue
        used.add(reference)
        section, name = reference
        pending.extend(_references(components.get(section, {}).get(name, {})))
    return used


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path_item in document.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                yield operation["operationId"], operation


def _json_schema(holder: dict[str, Any]) -> object:
    return holder.get("content", {}).get("application/json", {}).get("schema")


def inline_schema_names(document: dict[str, Any]) -> dict[str, tuple[str, object]]:
    """The class name the generator gives each operation's inline schema (request body and
    JSON answers), with a description of where it is and the schema itself."""
    names: dict[str, tuple[str, object]] = {}
    for operation_id, operation in _operations(document):
        body = _json_schema(operation.get("requestBody", {}))
        if isinstance(body, dict) and "$ref" not in body:
            names[pascal_case(operation_id) + "Body"] = (f"{operation_id} request body", body)
        for status, response in operation.get("responses", {}).items():
            schema = _json_schema(response) if isinstance(response, dict) else None
            if isinstance(schema, dict) and "$ref" not in schema:
                where = f"{operation_id} {status} answer"
                names[pascal_case(operation_id) + "Response" + pascal_case(str(status))] = (
                    where,
                    schema,
                )
    return names


# Keywords that annotate a schema without constraining a value.
_ANNOTATIONS = frozenset({"description", "example", "examples", "title"})
# Keywords whose value is a schema, a list of schemas, or a map of names to schemas.
_SUBSCHEMA = frozenset({"items", "additionalProperties", "not"})
_SUBSCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf"})
_ERROR_SCHEMA_NAME = "ErrorResponse"


def _shape(schema: object) -> object:
    """``schema`` without its annotations, at every depth: what a value must be."""
    if not isinstance(schema, dict):
        return schema
    shape: dict[str, object] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key == "properties" and isinstance(value, dict):
            shape[key] = {name: _shape(item) for name, item in value.items()}
        elif key in _SUBSCHEMA:
            shape[key] = _shape(value)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            shape[key] = [_shape(item) for item in value]
        else:
            shape[key] = value
    return shape


def _common(schemas: list[Any]) -> Any:
    """The schema ``schemas`` (of one shape) share: the first, less the annotations on
    which they differ."""
    first = schemas[0]
    if not isinstance(first, dict):
        return first
    common: dict[str, Any] = {}
    for key, value in first.items():
        if key in _ANNOTATIONS:
            if all(schema.get(key) == value for schema in schemas):
                common[key] = value
        elif key == "properties" and isinstance(value, dict):
            common[key] = {
                name: _common([schema[key][name] for schema in schemas]) for name in value
            }
        elif key in _SUBSCHEMA:
            common[key] = _common([schema[key] for schema in schemas])
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            common[key] = [
                _common([schema[key][index] for schema in schemas]) for index in range(len(value))
            ]
        else:
            common[key] = value
    return common


def _is_error_status(status: object) -> bool:
    text = str(status)
    return text == "default" or text[:1] in "3456789"


def share_error_schemas(document: dict[str, Any]) -> None:
    """Give ``document`` one component per shape of its inline error answers, and refer to
    it from each of them (see the module docstring); a shape only one answer has stays
    inline."""
    by_shape: dict[str, list[dict[str, Any]]] = {}
    for _, operation in _operations(document):
        for status, response in operation.get("responses", {}).items():
            if not _is_error_status(status) or not isinstance(response, dict):
                continue
            media = response.get("content", {}).get("application/json")
            schema = media.get("schema") if isinstance(media, dict) else None
            if isinstance(schema, dict) and "$ref" not in schema:
                key = json.dumps(_shape(schema), sort_keys=True)
                by_shape.setdefault(key, []).append(media)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    taken = {pascal_case(name) for name in schemas}
    number = 1
    for media in by_shape.values():
        if len(media) < 2:
            continue
        name = _ERROR_SCHEMA_NAME
        while name in taken:
            number += 1
            name = f"{_ERROR_SCHEMA_NAME}{number}"
        taken.add(name)
        schemas[name] = _common([item["schema"] for item in media])
        for item in media:
            item["schema"] = {"$ref": f"{_REF_PREFIX}schemas/{name}"}


def without_operations(document: dict[str, Any], keep: list[str] | None) -> dict[str, Any]:
    """A copy of ``document`` with only the operations ``keep`` names (all if None); a path
    left with no operation goes too."""
    copy: dict[str, Any] = json.loads(json.dumps(document))
    if keep is None:
        return copy
    paths = copy.get("paths") or {}
    for path in list(paths):
        path_item = paths[path]
        for method in list(path_item):
            operation = path_item[method]
            if isinstance(operation, dict) and operation.get("operationId") not in keep:
                del path_item[method]
        if not any(isinstance(item, dict) and "operationId" in item for item in path_item.values()):
            del paths[path]
    return copy


def prepare(
    document: dict[str, Any], class_overrides: dict[str, Any], keep: list[str] | None = None
) -> PreparedSpec:
    """The copy to generate from (see the module docstring), with the operations ``keep``
    names (all if None)."""
    document = without_operations(document, keep)
    used = _used_components(document)
    copy = json.loads(json.dumps(document))
    components: dict[str, dict[str, Any]] = copy.get("components", {})
    for section, entries in components.items():
        if section == "securitySchemes" or not isinstance(entries, dict):
            continue
        for name in list(entries):
            if (section, name) not in used:
                del entries[name]
    share_error_schemas(copy)

    kept_schemas = {pascal_case(name): name for name in components.get("schemas", {})}
    inline = inline_schema_names(document)
    original_schemas = document.get("components", {}).get("schemas", {})
    notes: list[str] = []
    for generated_name, override in sorted(class_overrides.items()):
        target = override.get("class_name", generated_name)
        if target in kept_schemas:
            raise SpecPreparationError(
                f"class_overrides renames {generated_name} to {target}, a name the component "
                f"components/schemas/{kept_schemas[target]} already has (an operation uses it); "
                "choose another class_name in the generator configuration"
            )
        if generated_name not in inline:
            continue
        where, schema = inline[generated_name]
        published = original_schemas.get(target)
        if published is not None and published != schema:
            notes.append(
                f"components/schemas/{target} differs from the {where}; the SDK follows the "
                "operation's own schema (no operation refers to the component)"
            )
    return PreparedSpec(copy, notes)


def names_template(data: dict[str, Any]) -> str:
    """A Jinja template defining ``SDK``, the names ``data`` (plain data) holds."""
    # A Python literal of str, bool, None, list and dict is a Jinja expression too.
    return (
        "{# The SDK's names of this spec, from sdk-names.yaml (scripts/prepare_spec.py). #}\n"
        f"{{% set SDK = {data!r} %}}\n"
    )


def _load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def main(argv: list[str]) -> int:
    """Command line: ROOT WORK [PACKAGE ...]."""
    if len(argv) < 2:
        print("usage: prepare_spec.py ROOT WORK [PACKAGE ...]", file=sys.stderr)
        return 2
    root, work = Path(argv[0]), Path(argv[1])
    wanted = set(argv[2:])
    names = _load(root / "sdk-names.yaml") or {}
    entries = [
        line.split()
        for line in (root / "scripts" / "specs.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    resolved = []
    prepared = {}
    spec_file = "sdk-names.yaml"
    try:
        for spec_file, config_file, package in entries:
            document = _load(root / "api-specs" / spec_file)
            config = _load(root / config_file) or {}
            keep = kept_operation_ids(names, spec_file)
            spec_names = resolve(
                without_operations(document, keep),
                spec_file,
                names,
                field_prefix=config.get("field_prefix", "field_"),
            )
            resolved.append(spec_names)
            if not wanted or package in wanted:
                spec = prepare(document, config.get("class_overrides") or {}, keep)
                prepared[package] = (spec, spec_names)
        check_across_specs(resolved, names)
    except SpecPreparationError as error:
        print(f"api-specs/{spec_file}: {error}", file=sys.stderr)
        return 1
    except NamingError as error:
        print(error, file=sys.stderr)
        return 1
    breaking = []
    for package, (_, spec_names) in prepared.items():
        last = root / "generated" / package / "sdk_names.json"
        if last.is_file():
            breaking += breaking_changes(json.loads(last.read_text("utf-8")), spec_names)
    if breaking:
        accepted = os.environ.get("ACCEPT_BREAKING") == "1"
        for line in breaking:
            print(f"BREAKING  {line}", file=sys.stderr)
        if not accepted:
            print(
                "The spec takes this away from the SDK's callers; nothing was generated. "
                "Name the property in sdk-names.yaml if it was renamed, or regenerate with "
                "ACCEPT_BREAKING=1 to take the change (a new major version).",
                file=sys.stderr,
            )
            return 1
    for package, (spec, spec_names) in prepared.items():
        data = spec_names.as_data()
        (work / f"{package}.json").write_text(json.dumps(spec.document, indent=1), "utf-8")
        (work / f"{package}.names.jinja").write_text(names_template(data), "utf-8")
        (work / f"{package}.sdk_names.json").write_text(
            json.dumps(data, indent=1, sort_keys=True) + "\n", "utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
