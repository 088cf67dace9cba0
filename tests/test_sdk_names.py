"""sdk-names.yaml, the one table of the SDK's names for the specs (scripts/sdk_names.py).

Whatever the table does not name gets the generator's snake_case name; an entry for what a
spec does not have, or a name taken twice, stops the generation naming the operation and
the property. Its list of the names the SDK's own code takes is held to the clients.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import asapp_mg_autotranscribe as sdk
from asapp_mg_autotranscribe import _generated

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = REPO_ROOT / "scripts"
NAMES = yaml.safe_load((REPO_ROOT / "sdk-names.yaml").read_text(encoding="utf-8"))


def _load_script(name: str) -> ModuleType:
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(SCRIPTS))


sdk_names = _load_script("sdk_names")


def _document(body: dict[str, Any], *, parameters: list[dict[str, Any]] | None = None) -> Any:
    """A spec with one POST operation, ``doThing``, of this request body."""
    operation: dict[str, Any] = {
        "operationId": "doThing",
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "OK"}},
    }
    if parameters:
        operation["parameters"] = parameters
    return {"openapi": "3.0.0", "paths": {"/things/{thingId}": {"post": operation}}}


BODY = {
    "type": "object",
    "required": ["thingId", "kind"],
    "properties": {
        "kind": {"type": "string", "enum": ["a", "b"]},
        "settings": {
            "type": "object",
            "properties": {"colorMode": {"type": "string"}, "maxItems": {"type": "integer"}},
        },
        "owner": {"type": "object", "properties": {"displayName": {"type": "string"}}},
        "thingId": {"type": "string"},
    },
}


def _names(entry: dict[str, Any] | None = None, **spec: Any) -> dict[str, Any]:
    return {
        "reserved": NAMES["reserved"],
        "test.yaml": {**spec, **({"doThing": entry} if entry is not None else {})},
    }


def _arguments(result: Any) -> list[tuple[str, str, bool]]:
    (operation,) = result.operations
    return [(a.name, a.path, a.required) for a in operation.arguments]


def test_unnamed_properties_get_the_generator_s_snake_case_names() -> None:
    result = sdk_names.resolve(_document(BODY), "test.yaml", _names())
    (operation,) = result.operations
    assert (operation.operation_id, operation.method, operation.retry_safe) == (
        "doThing",
        "do_thing",
        False,
    )
    assert _arguments(result) == [
        ("kind", "kind", True),
        ("thing_id", "thingId", True),
        ("settings", "settings", False),
        ("owner", "owner", False),
    ]


def test_a_star_object_gives_its_properties_and_named_ones_come_first_in_table_order() -> None:
    entry = {
        "method": "make_thing",
        "arguments": {"owner": "owner_info", "settings": "*", "settings.maxItems": "limit"},
        "types": {"settings": "ThingSettings", "kind": "ThingKind", "owner": "Owner"},
        "required": ["limit"],
    }
    result = sdk_names.resolve(_document(BODY), "test.yaml", _names(entry))
    (operation,) = result.operations
    assert operation.method == "make_thing"
    assert operation.flattened == ["settings"]
    assert _arguments(result) == [
        ("kind", "kind", True),
        ("limit", "settings.maxItems", True),
        ("thing_id", "thingId", True),
        ("owner_info", "owner", False),
        ("color_mode", "settings.colorMode", False),
    ]
    assert operation.types == {"settings": "ThingSettings", "kind": "ThingKind", "owner": "Owner"}


def test_parameters_are_arguments_path_first_query_last() -> None:
    parameters = [
        {"name": "pageSize", "in": "query", "schema": {"type": "integer"}},
        {"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}},
    ]
    body = {"type": "object", "properties": {"note": {"type": "string"}}}
    entry = {"arguments": {"thingId": "id"}}
    result = sdk_names.resolve(_document(body, parameters=parameters), "test.yaml", _names(entry))
    assert [(a.name, a.location) for a in result.operations[0].arguments] == [
        ("id", "path"),
        ("note", "body"),
        ("page_size", "query"),
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"arguments": {"settings.colour": "colour"}},
            "test.yaml: doThing: arguments: settings.colour is not a property",
        ),
        (
            {"arguments": {"kind": "*"}},
            'test.yaml: doThing: arguments: kind is "\\*" and not an object',
        ),
        (
            {"arguments": {"owner": "kind"}},
            "test.yaml: doThing: two arguments named kind: kind and owner",
        ),
        (
            {"arguments": {"owner": "timeout"}},
            "test.yaml: doThing: the argument timeout .owner. would take the name of a "
            "per-request option",
        ),
        ({"required": ["colour"]}, "test.yaml: doThing: required: no argument colour"),
        (
            {"types": {"thingId": "ThingId"}},
            "test.yaml: doThing: types: thingId is not an enum, an object argument",
        ),
        (
            {"types": {"kind": "Kind", "owner": "Kind"}},
            "test.yaml: doThing: types: Kind given twice",
        ),
        ({"answer": "nowhere"}, "test.yaml: doThing: answer: module:NAME"),
    ],
)
def test_an_entry_that_does_not_fit_the_spec_stops_the_generation(
    entry: dict[str, Any], message: str
) -> None:
    with pytest.raises(sdk_names.NamingError, match=message):
        sdk_names.resolve(_document(BODY), "test.yaml", _names(entry))


def test_operations_not_in_the_spec_or_left_out_stop_the_generation() -> None:
    with pytest.raises(sdk_names.NamingError, match="operations: undo is not an operation"):
        sdk_names.resolve(_document(BODY), "test.yaml", _names(operations=["undo"]))
    with pytest.raises(sdk_names.NamingError, match=r"test\.yaml: undo is not an operation"):
        sdk_names.resolve(_document(BODY), "test.yaml", {"test.yaml": {"undo": {}}})


def test_method_names_are_checked_across_specs_and_against_the_clients() -> None:
    first = sdk_names.resolve(_document(BODY), "test.yaml", _names({"method": "get_x"}))
    second = sdk_names.resolve(_document(BODY), "other.yaml", {"other.yaml": {}})
    second.operations[0].method = "get_x"
    with pytest.raises(
        sdk_names.NamingError, match=r"other\.yaml: doThing: the method get_x is also"
    ):
        sdk_names.check_across_specs([first, second], NAMES)
    own = sdk_names.resolve(_document(BODY), "test.yaml", _names({"method": "close"}))
    with pytest.raises(sdk_names.NamingError, match="the method close would take the name"):
        sdk_names.check_across_specs([own], NAMES)


def test_a_spec_without_methods_has_no_operations() -> None:
    result = sdk_names.resolve(_document(BODY), "test.yaml", _names(methods=False))
    assert (result.methods, result.operations) == (False, [])


# --- the table's list of the SDK's own names, held to the clients -----------------------------


def test_the_reserved_arguments_are_the_per_request_options() -> None:
    assert set(NAMES["reserved"]["arguments"]) == set(sdk.RequestOptions.__optional_keys__)


@pytest.mark.parametrize("client_class", [sdk.AutoTranscribeClient, sdk.AsyncAutoTranscribeClient])
def test_the_reserved_methods_are_the_clients_own_public_attributes(client_class: type) -> None:
    generated = {
        name
        for mixin in (_generated.SyncMethods, _generated.AsyncMethods)
        for name, _ in inspect.getmembers(mixin)
        if not name.startswith("_")
    }
    own = {
        name
        for name, _ in inspect.getmembers(client_class)
        if not name.startswith("_") and name not in generated
    }
    assert own == set(NAMES["reserved"]["methods"])


# --- what a regeneration may not take away from callers -------------------------------------


def _last_generation(entry: dict[str, Any] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = sdk_names.resolve(_document(BODY), "test.yaml", _names(entry)).as_data()
    return data


def test_nothing_taken_away_is_no_breaking_change() -> None:
    body = {**BODY, "properties": {**BODY["properties"], "extra": {"type": "boolean"}}}
    new = sdk_names.resolve(_document(body), "test.yaml", _names())
    assert sdk_names.breaking_changes(_last_generation(), new) == []


def test_a_gone_argument_a_required_one_and_a_gone_method_are_breaking_changes() -> None:
    body = {
        **BODY,
        "required": ["thingId", "kind", "tenant"],
        "properties": {
            "kind": BODY["properties"]["kind"],
            "thingId": BODY["properties"]["thingId"],
            "owner": BODY["properties"]["owner"],
            "tenant": {"type": "string"},
        },
    }
    new = sdk_names.resolve(_document(body), "test.yaml", _names({"method": "make"}))
    assert sdk_names.breaking_changes(_last_generation(), new) == [
        "test.yaml: doThing: the method do_thing() is now make()",
        "test.yaml: doThing: settings is gone from the request (removed or renamed): make() "
        "loses its argument settings",
        "test.yaml: doThing: tenant is now required: every call of make() must give tenant",
    ]
    empty = sdk_names.resolve({"openapi": "3.0.0", "paths": {}}, "test.yaml", {})
    assert sdk_names.breaking_changes(_last_generation(), empty) == [
        "test.yaml: doThing: the operation is gone: the clients lose do_thing()"
    ]


def test_a_renamed_property_named_in_the_table_is_no_breaking_change() -> None:
    body = {**BODY, "properties": {**BODY["properties"]}}
    body["properties"]["ownerInfo"] = body["properties"].pop("owner")
    new = sdk_names.resolve(
        _document(body), "test.yaml", _names({"arguments": {"ownerInfo": "owner"}})
    )
    assert sdk_names.breaking_changes(_last_generation(), new) == []


def test_enums_of_the_same_values_may_share_a_public_name() -> None:
    def spec_names(spec: str, values: list[str], types: dict[str, str]) -> Any:
        body = {**BODY, "properties": {**BODY["properties"], "kind": {"enum": values}}}
        entry = {"types": types, "method": spec.replace(".yaml", "_thing")}
        return sdk_names.resolve(_document(body), spec, {spec: {"doThing": entry}})

    same = [
        spec_names("a.yaml", ["a", "b"], {"kind": "Kind"}),
        spec_names("b.yaml", ["b", "a"], {"kind": "Kind"}),
    ]
    sdk_names.check_across_specs(same, NAMES)
    other = [same[0], spec_names("b.yaml", ["a", "c"], {"kind": "Kind"})]
    with pytest.raises(
        sdk_names.NamingError,
        match=r"b\.yaml: doThing: the type Kind .kind. is also a\.yaml: doThing: kind, and only",
    ):
        sdk_names.check_across_specs(other, NAMES)
    objects = [spec_names("a.yaml", ["a"], {"owner": "Kind"}), same[1]]
    with pytest.raises(sdk_names.NamingError, match="only enums of the same values may share"):
        sdk_names.check_across_specs(objects, NAMES)
