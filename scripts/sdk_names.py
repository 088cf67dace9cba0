"""The SDK's names for a spec's operations, arguments and types (sdk-names.yaml), resolved.

Each operation the SDK calls becomes a method; its arguments are the request body's
properties (an object named ``"*"`` in the table gives its own properties instead), then
its path and query parameters. Whatever the table does not name gets the generator's
snake_case name (``PythonIdentifier``, as the generated models name their fields).

Resolving fails (NamingError, naming the operation and the property) on an entry for what
the spec does not have, and on a name taken twice: two arguments of a method, an argument
and a per-request option, two methods of the clients (across every spec), a method and
one of the clients' own attributes, two public types.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import PythonIdentifier

__all__ = [
    "Argument",
    "NamingError",
    "OperationNames",
    "SpecNames",
    "breaking_changes",
    "check_across_specs",
    "kept_operation_ids",
    "resolve",
]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# RFC 9110, 9.2.2: a request with one of these methods may be repeated.
_IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})
FLATTENED = "*"


class NamingError(Exception):
    """sdk-names.yaml and a spec do not fit together."""


@dataclass(frozen=True)
class Argument:
    """One keyword argument of a method: where its value goes in the request."""

    name: str
    # "body" (``path`` is the property path in the JSON body), "query" or "path".
    location: str
    path: str
    required: bool

    def as_data(self) -> dict[str, Any]:
        """The argument as plain data (for the templates)."""
        return {
            "name": self.name,
            "in": self.location,
            "path": self.path,
            "required": self.required,
        }


@dataclass
class OperationNames:
    """An operation as a method of the SDK."""

    operation_id: str
    # The name the generator gives the operation (its endpoint module's).
    generator_name: str
    method: str
    http_method: str
    path: str
    # The overlay's Answer ("module", "NAME"), or None: the generated model is returned.
    answer: tuple[str, str] | None
    retry_safe: bool
    arguments: list[Argument] = field(default_factory=list)
    # Body objects whose properties are arguments of their own.
    flattened: list[str] = field(default_factory=list)
    # Public type names by property path.
    types: dict[str, str] = field(default_factory=dict)
    # The values of each named enum, by property path.
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def as_data(self) -> dict[str, Any]:
        """The operation as plain data (for the templates)."""
        return {
            "operation_id": self.operation_id,
            "method": self.method,
            "answer": list(self.answer) if self.answer else None,
            "retry_safe": self.retry_safe,
            "arguments": [argument.as_data() for argument in self.arguments],
            "flattened": list(self.flattened),
            "types": dict(self.types),
        }


@dataclass
class SpecNames:
    """A spec's operations as the SDK names them."""

    spec: str
    # Whether the operations are methods of the clients.
    methods: bool
    operations: list[OperationNames] = field(default_factory=list)

    def as_data(self) -> dict[str, Any]:
        """The spec's names as plain data (for the templates), operations by generator name."""
        return {
            "methods": self.methods,
            "operations": {
                operation.generator_name: operation.as_data() for operation in self.operations
            },
        }


def _entry(names: Mapping[str, Any], spec: str) -> Mapping[str, Any]:
    entry = names.get(spec) or {}
    if not isinstance(entry, Mapping):
        raise NamingError(f"sdk-names.yaml: {spec}: expected a mapping")
    return entry


def kept_operation_ids(names: Mapping[str, Any], spec: str) -> list[str] | None:
    """The operationIds the table keeps of ``spec`` (None: all of them)."""
    kept = _entry(names, spec).get("operations")
    if kept is None:
        return None
    if not isinstance(kept, list) or not all(isinstance(name, str) for name in kept):
        raise NamingError(f"sdk-names.yaml: {spec}: operations must be a list of operationIds")
    return list(kept)


class _Spec:
    """A spec, read for its operations' requests."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            node = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                node = node.get(part, {}) if isinstance(node, Mapping) else {}
        return node

    def object_schema(self, schema: Any) -> tuple[dict[str, Any], set[str]] | None:
        """An object schema's properties and required names (``allOf`` merged), or None
        for a schema that is not an object with properties."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return None
        properties: dict[str, Any] = {}
        required = set(schema.get("required") or ())
        for part in schema.get("allOf") or ():
            merged = self.object_schema(part)
            if merged is not None:
                properties.update(merged[0])
                required |= merged[1]
        properties.update(schema.get("properties") or {})
        if not properties and schema.get("type") != "object":
            return None
        return properties, required

    def is_enum(self, schema: Any) -> bool:
        schema = self.resolve(schema)
        return isinstance(schema, Mapping) and isinstance(schema.get("enum"), list)

    def operations(self) -> Iterator[tuple[str, str, str, Mapping[str, Any], Mapping[str, Any]]]:
        """(operationId, method, path, operation, path item) of each operation."""
        for path, path_item in (self.document.get("paths") or {}).items():
            for method in _METHODS:
                operation = (path_item or {}).get(method)
                if isinstance(operation, Mapping) and "operationId" in operation:
                    yield operation["operationId"], method, path, operation, path_item

    def body_schema(self, operation: Mapping[str, Any]) -> Any:
        body = self.resolve(operation.get("requestBody"))
        if not isinstance(body, Mapping):
            return None
        media = (body.get("content") or {}).get("application/json")
        return None if not isinstance(media, Mapping) else media.get("schema")

    def parameters(
        self, operation: Mapping[str, Any], path_item: Mapping[str, Any]
    ) -> list[Mapping[str, Any]]:
        found: dict[tuple[str, str], Mapping[str, Any]] = {}
        for holder in (path_item, operation):
            for parameter in holder.get("parameters") or ():
                parameter = self.resolve(parameter)
                if isinstance(parameter, Mapping) and "name" in parameter:
                    found[(parameter.get("in", "query"), parameter["name"])] = parameter
        return list(found.values())


@dataclass
class _Candidate:
    argument: Argument
    # Its place in the spec, and the table entry (its own, or its nearest flattened
    # object's) that places it; None when the table does not name it.
    spec_index: int
    table_index: int | None


def _python_name(name: str, field_prefix: str) -> str:
    return str(PythonIdentifier(name, prefix=field_prefix))


def _resolve_operation(
    spec: _Spec,
    spec_file: str,
    operation_id: str,
    http_method: str,
    path: str,
    operation: Mapping[str, Any],
    path_item: Mapping[str, Any],
    entry: Mapping[str, Any],
    reserved_arguments: frozenset[str],
    field_prefix: str,
) -> OperationNames:
    where = f"{spec_file}: {operation_id}"
    arguments_table = dict(entry.get("arguments") or {})
    types_table = dict(entry.get("types") or {})
    required_extra = list(entry.get("required") or ())
    table_order = list(arguments_table)
    used_entries: set[str] = set()
    used_types: set[str] = set()
    flattened: list[str] = []
    candidates: list[_Candidate] = []

    def table_index(prop_path: str) -> int | None:
        parts = prop_path.split(".")
        for depth in range(len(parts), 0, -1):
            key = ".".join(parts[:depth])
            if key in arguments_table:
                return table_order.index(key)
        return None

    def add(argument: Argument) -> None:
        candidates.append(_Candidate(argument, len(candidates), table_index(argument.path)))

    parameters = spec.parameters(operation, path_item)
    for parameter in parameters:
        location = parameter.get("in", "query")
        if location not in ("path", "query"):
            raise NamingError(
                f"{where}: the {location} parameter {parameter['name']} cannot be an argument "
                "(the SDK sends path and query parameters only)"
            )

    def add_parameters(location: str) -> None:
        for parameter in parameters:
            if parameter.get("in", "query") == location:
                name = parameter["name"]
                used_entries.add(name)
                required = location == "path" or bool(parameter.get("required"))
                named = arguments_table.get(name) or _python_name(name, field_prefix)
                add(Argument(named, location, name, required))

    # Path parameters first, then the body's properties, then the query parameters.
    add_parameters("path")

    body = spec.body_schema(operation)
    if body is not None:
        top = spec.object_schema(body)
        if top is None:
            raise NamingError(f"{where}: the JSON request body is not an object")

        def walk(schema: tuple[dict[str, Any], set[str]], prefix: str, required: bool) -> None:
            properties, required_names = schema
            for name, sub in properties.items():
                prop_path = prefix + name
                is_required = required and name in required_names
                named = arguments_table.get(prop_path)
                if prop_path in arguments_table:
                    used_entries.add(prop_path)
                if named == FLATTENED:
                    inner = spec.object_schema(sub)
                    if inner is None:
                        raise NamingError(
                            f'sdk-names.yaml: {where}: arguments: {prop_path} is "*" and not '
                            "an object with properties"
                        )
                    flattened.append(prop_path)
                    walk(inner, prop_path + ".", is_required)
                    continue
                if named is not None and not isinstance(named, str):
                    raise NamingError(f"sdk-names.yaml: {where}: arguments: {prop_path}: a name")
                add(
                    Argument(
                        named or _python_name(name, field_prefix), "body", prop_path, is_required
                    )
                )

        walk(top, "", True)

    add_parameters("query")

    for key in arguments_table:
        if key not in used_entries:
            raise NamingError(
                f"sdk-names.yaml: {where}: arguments: {key} is not a property of its request "
                "body nor one of its parameters"
            )

    by_name: dict[str, Argument] = {}
    for candidate in candidates:
        argument = candidate.argument
        if not argument.name.isidentifier():
            raise NamingError(f"sdk-names.yaml: {where}: {argument.name!r} is not a name")
        if argument.name in reserved_arguments:
            raise NamingError(
                f"{where}: the argument {argument.name} ({argument.path}) would take the name "
                "of a per-request option; name it in sdk-names.yaml"
            )
        if argument.name in by_name:
            raise NamingError(
                f"{where}: two arguments named {argument.name}: {by_name[argument.name].path} "
                f"and {argument.path}; name one of them in sdk-names.yaml"
            )
        by_name[argument.name] = argument
    for name in required_extra:
        if name not in by_name:
            raise NamingError(f"sdk-names.yaml: {where}: required: no argument {name}")
    candidates = [
        _Candidate(
            Argument(
                c.argument.name,
                c.argument.location,
                c.argument.path,
                c.argument.required or c.argument.name in required_extra,
            ),
            c.spec_index,
            c.table_index,
        )
        for c in candidates
    ]
    # The required ones first, in the spec's order; then the ones the table places, in its
    # order; then the others, in the spec's order.
    candidates.sort(
        key=lambda c: (
            not c.argument.required,
            len(table_order) if c.argument.required or c.table_index is None else c.table_index,
            c.spec_index,
        )
    )

    types: dict[str, str] = {}
    enums: dict[str, tuple[str, ...]] = {}
    body_paths = {c.argument.path for c in candidates if c.argument.location == "body"}
    for type_path, type_name in types_table.items():
        if not isinstance(type_name, str) or not type_name.isidentifier():
            raise NamingError(f"sdk-names.yaml: {where}: types: {type_path}: a class name")
        typed = _typed(spec, body, type_path, body_paths, flattened)
        if typed is False:
            raise NamingError(
                f"sdk-names.yaml: {where}: types: {type_path} is not an enum, an object "
                'argument or a "*" object of its request body'
            )
        if type_name in used_types:
            raise NamingError(f"sdk-names.yaml: {where}: types: {type_name} given twice")
        used_types.add(type_name)
        types[type_path] = type_name
        if isinstance(typed, tuple):
            enums[type_path] = typed

    answer = entry.get("answer")
    answer_ref: tuple[str, str] | None = None
    if answer is not None:
        module, _, name = str(answer).partition(":")
        if not module or not name.isidentifier():
            raise NamingError(f"sdk-names.yaml: {where}: answer: module:NAME, not {answer!r}")
        answer_ref = (module, name)

    return OperationNames(
        operation_id=operation_id,
        generator_name=_python_name(operation_id, field_prefix),
        method=str(entry.get("method") or _python_name(operation_id, field_prefix)),
        http_method=http_method.upper(),
        path=path,
        answer=answer_ref,
        retry_safe=http_method in _IDEMPOTENT_METHODS,
        arguments=[c.argument for c in candidates],
        flattened=flattened,
        types=types,
        enums=enums,
    )


def _typed(
    spec: _Spec, body: Any, type_path: str, argument_paths: set[str], flattened: list[str]
) -> tuple[str, ...] | bool:
    """Whether the body property at ``type_path`` has a type to name: an enum (its values),
    an object argument (or one inside it), or a flattened object (True); False if not."""
    if type_path in flattened:
        return True
    node = body
    for part in type_path.split("."):
        schema = spec.object_schema(node)
        if schema is None or part not in schema[0]:
            return False
        node = schema[0][part]
    if not any(type_path == path or type_path.startswith(path + ".") for path in argument_paths):
        return False
    if spec.is_enum(node):
        return tuple(sorted(str(value) for value in spec.resolve(node)["enum"]))
    return spec.object_schema(node) is not None


def resolve(
    document: Mapping[str, Any],
    spec_file: str,
    names: Mapping[str, Any],
    *,
    field_prefix: str = "field_",
) -> SpecNames:
    """The SDK's names of ``document``'s operations (the kept ones)."""
    entry = _entry(names, spec_file)
    reserved = names.get("reserved") or {}
    reserved_arguments = frozenset(reserved.get("arguments") or ())
    methods = entry.get("methods", True)
    if not isinstance(methods, bool):
        raise NamingError(f"sdk-names.yaml: {spec_file}: methods must be true or false")
    spec = _Spec(document)
    known = {operation_id for operation_id, *_ in spec.operations()}
    kept = kept_operation_ids(names, spec_file)
    for operation_id in kept or ():
        if operation_id not in known:
            raise NamingError(
                f"sdk-names.yaml: {spec_file}: operations: {operation_id} is not an operation "
                "of the spec"
            )
    for key in entry:
        if key not in ("operations", "methods") and key not in known:
            raise NamingError(f"sdk-names.yaml: {spec_file}: {key} is not an operation of the spec")
        if kept is not None and key in known and key not in kept:
            raise NamingError(
                f"sdk-names.yaml: {spec_file}: {key} has names, and is not among its operations"
            )
    result = SpecNames(spec_file, methods)
    if not methods:
        return result
    for operation_id, http_method, path, operation, path_item in spec.operations():
        if kept is not None and operation_id not in kept:
            continue
        result.operations.append(
            _resolve_operation(
                spec,
                spec_file,
                operation_id,
                http_method,
                path,
                operation,
                path_item,
                entry.get(operation_id) or {},
                reserved_arguments,
                field_prefix,
            )
        )
    return result


def check_across_specs(specs: list[SpecNames], names: Mapping[str, Any]) -> None:
    """NamingError if two specs' methods share a name, or two public types (but enums of the
    same values, which may share one), or a method takes the name of one of the clients'
    own attributes."""
    reserved_methods = set((names.get("reserved") or {}).get("methods") or ())
    methods: dict[str, str] = {}
    types: dict[str, tuple[str, tuple[str, ...] | None]] = {}
    for spec in specs:
        for operation in spec.operations:
            where = f"{spec.spec}: {operation.operation_id}"
            if operation.method in reserved_methods:
                raise NamingError(
                    f"{where}: the method {operation.method} would take the name of one of the "
                    "clients' own attributes; name it in sdk-names.yaml"
                )
            if operation.method in methods:
                raise NamingError(
                    f"{where}: the method {operation.method} is also {methods[operation.method]}"
                    "; name one of them in sdk-names.yaml"
                )
            methods[operation.method] = where
            for type_path, type_name in operation.types.items():
                values = operation.enums.get(type_path)
                if type_name in types:
                    other, other_values = types[type_name]
                    if values is None or values != other_values:
                        raise NamingError(
                            f"{where}: the type {type_name} ({type_path}) is also {other}, and "
                            "only enums of the same values may share a name"
                        )
                    continue
                types[type_name] = (f"{where}: {type_path}", values)


def breaking_changes(old: Mapping[str, Any], new: SpecNames) -> list[str]:
    """What ``new`` takes away from callers of the methods ``old`` (SpecNames.as_data() of
    the last generation) gave: a method gone, an argument gone, an argument now required.
    One line each, naming the operation and the property."""
    new_operations = {operation.operation_id: operation for operation in new.operations}
    changes = []
    for old_operation in (old.get("operations") or {}).values():
        operation_id = old_operation["operation_id"]
        method = old_operation["method"]
        where = f"{new.spec}: {operation_id}"
        operation = new_operations.get(operation_id)
        if operation is None:
            changes.append(f"{where}: the operation is gone: the clients lose {method}()")
            continue
        if operation.method != method:
            changes.append(f"{where}: the method {method}() is now {operation.method}()")
        arguments = {argument.name: argument for argument in operation.arguments}
        old_arguments = {argument["name"]: argument for argument in old_operation["arguments"]}
        for name, old_argument in old_arguments.items():
            if name not in arguments:
                changes.append(
                    f"{where}: {old_argument['path']} is gone from the request (removed or "
                    f"renamed): {operation.method}() loses its argument {name}"
                )
        for name, argument in arguments.items():
            was = old_arguments.get(name)
            if argument.required and (was is None or not was["required"]):
                changes.append(
                    f"{where}: {argument.path} is now required: every call of "
                    f"{operation.method}() must give {name}"
                )
    return changes
