"""What a new version of a vendored OpenAPI document changes for the SDK's users.

Prints one line per change, marked ADDITIVE (what callers do keeps working) or BREAKING
(callers, or the SDK itself, may have to change), naming the operation and the property:

- operations: added ADDITIVE; removed, or moved to another method or path, BREAKING;
- request properties and parameters: added optional ADDITIVE; added required, removed,
  newly required or of another type BREAKING (no longer required: ADDITIVE);
- answer properties: added ADDITIVE; removed or of another type BREAKING;
- enum values: added ADDITIVE, removed BREAKING;
- documented statuses: added ADDITIVE, removed BREAKING.

``$ref``s are followed and ``allOf`` parts merged, so a schema written inline and the
same one in ``components`` compare equal; descriptions and examples are not compared.
Properties inside arrays are named ``items[].text``. Given the generator configuration
of NEW (``--config``), it also prints the notes of scripts/prepare_spec.py (an
operation's own schema that differs from the component of the same name). An empty OLD
file stands for a spec new to the project.

Given sdk-names.yaml (``--names``, with the spec's file name in api-specs/), an operation
added is named with what it becomes: the method of both clients it is generated as, or why
it is not (an operation the table does not keep, a spec whose operations are no methods).

Usage: ``python scripts/spec_diff.py OLD NEW [--config CONFIG] [--names NAMES --spec FILE]``;
exit status 0 whatever changed, 2 for a file that is not an OpenAPI document.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from prepare_spec import SpecPreparationError, prepare, without_operations
from sdk_names import NamingError, kept_operation_ids, resolve

__all__ = ["ADDITIVE", "BREAKING", "Change", "compare", "main", "preparation_notes"]

ADDITIVE = "ADDITIVE"
BREAKING = "BREAKING"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Change:
    """One change for SDK users: ADDITIVE or BREAKING, and what it is."""

    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.kind}  {self.text}"


@dataclass(frozen=True)
class _Field:
    """What the comparison looks at in one property's schema."""

    type: str
    required: bool
    enum: tuple[str, ...] | None


class _Document:
    """An OpenAPI document, read for comparison."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any, chain: tuple[str, ...] = ()) -> tuple[Any, tuple[str, ...]]:
        """``node`` with its ``$ref``s followed, and the references followed so far
        (None instead of the node where a reference comes round again)."""
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in chain or not ref.startswith("#/"):
                return None, chain
            chain = (*chain, ref)
            node = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                node = node.get(part) if isinstance(node, Mapping) else None
        return node, chain

    def operations(self) -> dict[str, tuple[str, Mapping[str, Any]]]:
        """Each operation by operationId (else ``METHOD path``), with ``METHOD path``."""
        found = {}
        for path, path_item in (self.document.get("paths") or {}).items():
            for method in _METHODS:
                operation = path_item.get(method)
                if isinstance(operation, Mapping):
                    where = f"{method.upper()} {path}"
                    found[operation.get("operationId") or where] = (where, operation)
        return found

    def json_schema(self, holder: Any) -> tuple[Any, tuple[str, ...]] | None:
        """The application/json schema of a request body or an answer, or None."""
        holder, chain = self.resolve(holder)
        if not isinstance(holder, Mapping):
            return None
        media = (holder.get("content") or {}).get("application/json")
        if not isinstance(media, Mapping) or "schema" not in media:
            return None
        return self.resolve(media["schema"], chain)

    def _parts(
        self, schema: Any, chain: tuple[str, ...]
    ) -> Iterator[tuple[Mapping[str, Any], tuple[str, ...]]]:
        """The schema and its ``allOf``/``anyOf``/``oneOf`` parts, each resolved."""
        schema, chain = self.resolve(schema, chain)
        if not isinstance(schema, Mapping):
            return
        yield schema, chain
        for key in ("allOf", "anyOf", "oneOf"):
            for part in schema.get(key) or ():
                yield from self._parts(part, chain)

    def field(self, schema: Any, *, required: bool) -> _Field:
        """The type, requiredness and enum of a property's schema."""
        types: set[str] = set()
        formats: set[str] = set()
        enum: tuple[str, ...] | None = None
        nullable = False
        # A reference that comes round again still has a type (only walking stops there).
        for part, _ in self._parts(schema, ()):
            if isinstance(part.get("type"), str):
                types.add(part["type"])
            elif "properties" in part:
                types.add("object")
            if isinstance(part.get("format"), str):
                formats.add(part["format"])
            if isinstance(part.get("enum"), list):
                enum = tuple(str(value) for value in part["enum"])
            nullable = nullable or part.get("nullable") is True
        shown = " | ".join(sorted(types)) or "any type"
        if formats:
            shown += f" ({', '.join(sorted(formats))})"
        if nullable:
            shown += " or null"
        return _Field(shown, required, enum)

    def fields(self, schema: Any, chain: tuple[str, ...] = ()) -> dict[str, _Field]:
        """Every property under ``schema`` by its path (``a.b``, ``items[].text``)."""
        found: dict[str, _Field] = {}

        def walk(node: Any, chain: tuple[str, ...], prefix: str) -> None:
            parts = list(self._parts(node, chain))
            required = {name for part, _ in parts for name in part.get("required") or ()}
            for part, part_chain in parts:
                for name, sub in (part.get("properties") or {}).items():
                    path = prefix + name
                    found[path] = self.field(sub, required=name in required)
                    walk(sub, part_chain, path + ".")
                if isinstance(part.get("items"), Mapping):
                    path = prefix[:-1] + "[]" if prefix else "[]"
                    found[path] = self.field(part["items"], required=False)
                    walk(part["items"], part_chain, path + ".")

        walk(schema, chain, "")
        return found

    def parameters(self, operation: Mapping[str, Any], path_item: Any) -> dict[str, _Field]:
        """The operation's parameters (and its path's), by ``in`` and name."""
        found = {}
        for holder in (path_item, operation):
            for parameter in (holder or {}).get("parameters") or ():
                parameter, _ = self.resolve(parameter)
                if isinstance(parameter, Mapping) and "name" in parameter:
                    found[f"{parameter.get('in', 'query')} parameter {parameter['name']}"] = (
                        self.field(
                            parameter.get("schema"), required=bool(parameter.get("required"))
                        )
                    )
        return found


def _parent(path: str) -> str:
    if path.endswith("[]"):
        return path[:-2]
    return path.rpartition(".")[0]


def _enum_changes(where: str, old: _Field, new: _Field, *, request: bool) -> Iterator[Change]:
    if old.enum == new.enum:
        return
    if old.enum is None or new.enum is None:
        limited = new.enum is not None
        # A request limited to listed values refuses others; an answer so limited is only
        # better described.
        kind = BREAKING if limited == request else ADDITIVE
        values = ", ".join(map(repr, new.enum or old.enum or ()))
        yield Change(kind, f"{where}: {'now' if limited else 'no longer'} limited to {values}")
        return
    added = [value for value in new.enum if value not in old.enum]
    removed = [value for value in old.enum if value not in new.enum]
    if added:
        yield Change(ADDITIVE, f"{where}: enum value {', '.join(map(repr, added))} added")
    if removed:
        yield Change(BREAKING, f"{where}: enum value {', '.join(map(repr, removed))} removed")


def _field_changes(
    label: str, old: Mapping[str, _Field], new: Mapping[str, _Field], *, request: bool
) -> Iterator[Change]:
    """The changes between two sets of properties; only the outermost of those added or
    removed is named (what is inside comes and goes with it)."""
    for path, field in new.items():
        if path in old:
            continue
        if _parent(path) in new and _parent(path) not in old:
            continue
        if request and field.required:
            yield Change(BREAKING, f"{label} {path} added, required ({field.type})")
        else:
            optional = ", optional" if request else ""
            yield Change(ADDITIVE, f"{label} {path} added{optional} ({field.type})")
    for path in old:
        if path not in new and not (_parent(path) in old and _parent(path) not in new):
            yield Change(BREAKING, f"{label} {path} removed")
    for path, before in old.items():
        after = new.get(path)
        if after is None:
            continue
        where = f"{label} {path}"
        if before.type != after.type:
            yield Change(BREAKING, f"{where}: type changed from {before.type} to {after.type}")
        if before.required != after.required:
            if request:
                yield Change(
                    BREAKING if after.required else ADDITIVE,
                    f"{where}: {'now' if after.required else 'no longer'} required",
                )
            else:
                yield Change(
                    ADDITIVE if after.required else BREAKING,
                    f"{where}: {'now' if after.required else 'no longer'} always present",
                )
        yield from _enum_changes(where, before, after, request=request)


def _operation_changes(
    name: str,
    old: _Document,
    old_operation: Mapping[str, Any],
    new: _Document,
    new_operation: Mapping[str, Any],
    path_items: tuple[Any, Any],
) -> Iterator[Change]:
    yield from _field_changes(
        f"{name}:",
        old.parameters(old_operation, path_items[0]),
        new.parameters(new_operation, path_items[1]),
        request=True,
    )
    old_body = old.json_schema(old_operation.get("requestBody"))
    new_body = new.json_schema(new_operation.get("requestBody"))
    if old_body is None and new_body is not None:
        body, _ = new.resolve(new_operation.get("requestBody"))
        required = isinstance(body, Mapping) and body.get("required") is True
        yield Change(
            BREAKING if required else ADDITIVE,
            f"{name}: JSON request body added{', required' if required else ' (optional)'}",
        )
    elif old_body is not None and new_body is None:
        yield Change(BREAKING, f"{name}: JSON request body removed")
    elif old_body is not None and new_body is not None:
        yield from _field_changes(
            f"{name}: request property",
            old.fields(*old_body),
            new.fields(*new_body),
            request=True,
        )

    old_answers = {str(key): value for key, value in (old_operation.get("responses") or {}).items()}
    new_answers = {str(key): value for key, value in (new_operation.get("responses") or {}).items()}
    for status in new_answers:
        if status not in old_answers:
            yield Change(ADDITIVE, f"{name}: documented status {status} added")
    for status in old_answers:
        if status not in new_answers:
            yield Change(BREAKING, f"{name}: documented status {status} removed")
    for status, old_answer in old_answers.items():
        if status not in new_answers:
            continue
        old_schema = old.json_schema(old_answer)
        new_schema = new.json_schema(new_answers[status])
        if old_schema is None and new_schema is not None:
            yield Change(ADDITIVE, f"{name}: the {status} answer now has a JSON body")
        elif old_schema is not None and new_schema is None:
            yield Change(BREAKING, f"{name}: the {status} answer no longer has a JSON body")
        elif old_schema is not None and new_schema is not None:
            yield from _field_changes(
                f"{name}: {status} answer property",
                old.fields(*old_schema),
                new.fields(*new_schema),
                request=False,
            )


def compare(
    old_document: Mapping[str, Any],
    new_document: Mapping[str, Any],
    names: tuple[str, Mapping[str, Any]] | None = None,
) -> list[Change]:
    """What ``new_document`` changes for SDK users, against ``old_document``; ``names``,
    (the spec's file name, sdk-names.yaml), says what an added operation becomes."""
    old, new = _Document(old_document), _Document(new_document)
    old_operations, new_operations = old.operations(), new.operations()
    changes: list[Change] = []
    for name, (where, new_operation) in new_operations.items():
        if name not in old_operations:
            becomes = "" if names is None else f"; {_what_it_becomes(new_document, name, names)}"
            changes.append(Change(ADDITIVE, f"{name}: operation added ({where}){becomes}"))
            continue
        old_where, old_operation = old_operations[name]
        if old_where != where:
            changes.append(Change(BREAKING, f"{name}: moved from {old_where} to {where}"))
        path_items = (
            (old_document.get("paths") or {}).get(old_where.split(" ", 1)[1]),
            (new_document.get("paths") or {}).get(where.split(" ", 1)[1]),
        )
        changes += _operation_changes(name, old, old_operation, new, new_operation, path_items)
    for name, (where, _) in old_operations.items():
        if name not in new_operations:
            changes.append(Change(BREAKING, f"{name}: operation removed ({where})"))
    return changes


def _what_it_becomes(
    document: Mapping[str, Any], operation_id: str, names: tuple[str, Mapping[str, Any]]
) -> str:
    spec_file, table = names
    try:
        keep = kept_operation_ids(table, spec_file)
        if keep is not None and operation_id not in keep:
            return "not generated (sdk-names.yaml does not keep it)"
        resolved = resolve(without_operations(dict(document), keep), spec_file, table)
    except NamingError as error:
        return f"the generation will stop: {error}"
    if not resolved.methods:
        return "no method (sdk-names.yaml: the spec's operations are not the client's to call)"
    method = next(op.method for op in resolved.operations if op.operation_id == operation_id)
    return f"method {method}() of both clients and their with_raw_response"


def preparation_notes(document: Mapping[str, Any], config: Mapping[str, Any]) -> list[str]:
    """What scripts/prepare_spec.py says of the document when it is generated."""
    try:
        return prepare(dict(document), config.get("class_overrides") or {}).notes
    except SpecPreparationError as error:
        return [f"the generation will stop: {error}"]


def _load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if document is None:
        return {}
    if not isinstance(document, dict):
        raise ValueError(f"{path} is not an OpenAPI document (not a mapping)")
    return document


def main(argv: list[str] | None = None) -> int:
    """Command line: OLD NEW [--config CONFIG]."""
    parser = argparse.ArgumentParser(
        prog="spec_diff.py", description="What NEW changes for SDK users, against OLD."
    )
    parser.add_argument("old", type=Path, help="the spec as it was (an empty file: none)")
    parser.add_argument("new", type=Path, help="the spec as it is now")
    parser.add_argument("--config", type=Path, help="NEW's generator configuration (for notes)")
    parser.add_argument(
        "--names", type=Path, help="sdk-names.yaml (what an added operation becomes)"
    )
    parser.add_argument("--spec", help="NEW's file name in api-specs/ (its entry in --names)")
    args = parser.parse_args(argv)
    try:
        old, new = _load(args.old), _load(args.new)
        config = _load(args.config) if args.config else {}
        table = _load(args.names) if args.names else None
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"spec_diff.py: {error}", file=sys.stderr)
        return 2
    names = (args.spec or args.new.name, table) if table is not None else None
    changes = compare(old, new, names)
    for change in changes:
        print(change)
    breaking = sum(change.kind == BREAKING for change in changes)
    if changes:
        print(f"changes for SDK users: {breaking} breaking, {len(changes) - breaking} additive")
    else:
        print("no changes for SDK users")
    for note in preparation_notes(new, config):
        print(f"NOTE      {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
