"""scripts/spec_diff.py: what a new spec changes for SDK users, each kind of change."""

from __future__ import annotations

import copy
import importlib
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = REPO_ROOT / "scripts"
SPEC_FILES = sorted((REPO_ROOT / "api-specs").glob("*.yaml"))


def _load_spec_diff() -> ModuleType:
    # spec_diff imports prepare_spec from its own folder, as it does when run.
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module("spec_diff")
    finally:
        sys.path.remove(str(SCRIPTS))


spec_diff = _load_spec_diff()


def _error() -> dict[str, Any]:
    return {
        "description": "Bad request",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "error": {
                            "type": "object",
                            "properties": {
                                "requestId": {"type": "string"},
                                "message": {"type": "string"},
                                "code": {"type": "string"},
                            },
                        }
                    },
                }
            }
        },
    }


def base() -> dict[str, Any]:
    """A small document: a POST with an inline request body and answers, and a GET with a
    query parameter whose answer has an array of objects."""
    return {
        "openapi": "3.0.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/start": {
                "post": {
                    "operationId": "start",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["guid"],
                                    "properties": {
                                        "guid": {"type": "string", "description": "The call"},
                                        "namespace": {
                                            "type": "string",
                                            "enum": ["twilio", "siprec"],
                                        },
                                        "params": {
                                            "type": "object",
                                            "properties": {"language": {"type": "string"}},
                                        },
                                    },
                                    "example": {"guid": "1"},
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "isOk": {"type": "boolean"},
                                            "customer": {
                                                "type": "object",
                                                "properties": {
                                                    "streamId": {"type": "string"},
                                                    "role": {
                                                        "type": "string",
                                                        "enum": ["customer", "agent"],
                                                    },
                                                },
                                            },
                                        },
                                    }
                                }
                            },
                        },
                        "400": _error(),
                        "default": _error(),
                    },
                }
            },
            "/messages": {
                "get": {
                    "operationId": "getMessages",
                    "parameters": [
                        {
                            "name": "externalId",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "items": {
                                                "type": "array",
                                                "items": {
                                                    "type": "object",
                                                    "properties": {"text": {"type": "string"}},
                                                },
                                            }
                                        },
                                    }
                                }
                            },
                        }
                    },
                }
            },
        },
    }


def lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [str(change) for change in spec_diff.compare(old, new)]


def _start(document: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"]["/start"]["post"]
    return operation


def _request(document: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _start(document)["requestBody"]["content"]["application/json"][
        "schema"
    ]
    return schema


def _answer(document: dict[str, Any], operation: str = "/start", method: str = "post") -> Any:
    return document["paths"][operation][method]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]


# --- no change ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SPEC_FILES, ids=[path.name for path in SPEC_FILES])
def test_the_committed_specs_against_themselves_change_nothing(path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert spec_diff.compare(document, copy.deepcopy(document)) == []
    assert spec_diff.compare({}, document), "the document has operations"


def test_descriptions_examples_and_order_change_nothing() -> None:
    new = base()
    request = _request(new)
    request["properties"]["guid"]["description"] = "The call's id"
    request["example"] = {"guid": "2", "namespace": "siprec"}
    request["properties"] = dict(reversed(request["properties"].items()))
    _start(new)["summary"] = "Start"
    assert lines(base(), new) == []


def test_a_schema_moved_to_components_changes_nothing() -> None:
    new = base()
    media = _start(new)["requestBody"]["content"]["application/json"]
    params = media["schema"]["properties"].pop("params")
    new["components"] = {"schemas": {"Params": params, "Start": media.pop("schema")}}
    new["components"]["schemas"]["Start"]["properties"]["params"] = {
        "$ref": "#/components/schemas/Params"
    }
    media["schema"] = {"allOf": [{"$ref": "#/components/schemas/Start"}]}
    assert lines(base(), new) == []
    # A change in the referenced component is a change of the operation that uses it.
    new["components"]["schemas"]["Params"]["properties"]["language"]["type"] = "integer"
    assert lines(base(), new) == [
        "BREAKING  start: request property params.language: type changed from string to integer"
    ]


def test_a_reference_cycle_is_followed_once() -> None:
    old = base()
    old["components"] = {
        "schemas": {
            "Node": {
                "type": "object",
                "properties": {"next": {"$ref": "#/components/schemas/Node"}},
            }
        }
    }
    _answer(old)["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Node"]["properties"]["label"] = {"type": "string"}
    assert lines(old, new) == ["ADDITIVE  start: 200 answer property tree.label added (string)"]
    assert spec_diff.compare(old, old) == []


# --- operations ---------------------------------------------------------------------------------


def test_operations_added_removed_and_moved() -> None:
    new = base()
    new["paths"]["/stop"] = {"post": {"operationId": "stop", "responses": {"200": _error()}}}
    del new["paths"]["/messages"]
    assert lines(base(), new) == [
        "ADDITIVE  stop: operation added (POST /stop)",
        "BREAKING  getMessages: operation removed (GET /messages)",
    ]
    moved = base()
    moved["paths"]["/v2/start"] = moved["paths"].pop("/start")
    assert lines(base(), moved) == ["BREAKING  start: moved from POST /start to POST /v2/start"]


def test_an_empty_old_document_is_a_spec_new_to_the_project() -> None:
    assert lines({}, base()) == [
        "ADDITIVE  start: operation added (POST /start)",
        "ADDITIVE  getMessages: operation added (GET /messages)",
    ]


# --- request properties and parameters ----------------------------------------------------------


def test_request_properties_added_optional_are_additive() -> None:
    new = base()
    request = _request(new)["properties"]
    request["params"]["properties"]["profanityFilter"] = {"type": "boolean", "default": False}
    request["callCenterId"] = {"type": "string"}
    request["routing"] = {"type": "object", "required": ["queue"], "properties": {"queue": {}}}
    assert lines(base(), new) == [
        "ADDITIVE  start: request property params.profanityFilter added, optional (boolean)",
        "ADDITIVE  start: request property callCenterId added, optional (string)",
        "ADDITIVE  start: request property routing added, optional (object)",
    ]


def test_request_properties_added_required_removed_or_retyped_are_breaking() -> None:
    new = base()
    request = _request(new)
    request["properties"]["tenantId"] = {"type": "string"}
    request["required"] = ["guid", "tenantId", "namespace"]
    del request["properties"]["params"]
    request["properties"]["guid"] = {"type": "integer", "format": "int64"}
    assert lines(base(), new) == [
        "BREAKING  start: request property tenantId added, required (string)",
        "BREAKING  start: request property params removed",
        "BREAKING  start: request property guid: type changed from string to integer (int64)",
        "BREAKING  start: request property namespace: now required",
    ]
    assert lines(new, base()) == [
        "ADDITIVE  start: request property params added, optional (object)",
        "BREAKING  start: request property tenantId removed",
        "BREAKING  start: request property guid: type changed from integer (int64) to string",
        "ADDITIVE  start: request property namespace: no longer required",
    ]


def test_query_parameters() -> None:
    new = base()
    parameters = new["paths"]["/messages"]["get"]["parameters"]
    parameters.append({"name": "limit", "in": "query", "schema": {"type": "integer"}})
    parameters.append({"name": "tenant", "in": "header", "required": True, "schema": {}})
    assert lines(base(), new) == [
        "ADDITIVE  getMessages: query parameter limit added, optional (integer)",
        "BREAKING  getMessages: header parameter tenant added, required (any type)",
    ]
    parameters[0]["name"] = "conversationId"
    assert lines(base(), new)[0] == (
        "BREAKING  getMessages: query parameter conversationId added, required (string)"
    )
    assert "BREAKING  getMessages: query parameter externalId removed" in lines(base(), new)


def test_a_request_body_added_or_removed() -> None:
    new = base()
    body = _start(new).pop("requestBody")
    assert lines(base(), new) == ["BREAKING  start: JSON request body removed"]
    new["paths"]["/messages"]["get"]["requestBody"] = {**body, "required": False}
    assert lines(base(), new)[-1] == "ADDITIVE  getMessages: JSON request body added (optional)"


# --- answers ------------------------------------------------------------------------------------


def test_answer_properties_added_are_additive_at_any_depth() -> None:
    new = base()
    _answer(new)["properties"]["customer"]["properties"]["region"] = {"type": "string"}
    _answer(new, "/messages", "get")["properties"]["items"]["items"]["properties"]["lang"] = {
        "type": "string"
    }
    _answer(new)["properties"]["expiresInSeconds"] = {"type": "integer"}
    assert lines(base(), new) == [
        "ADDITIVE  start: 200 answer property customer.region added (string)",
        "ADDITIVE  start: 200 answer property expiresInSeconds added (integer)",
        "ADDITIVE  getMessages: 200 answer property items[].lang added (string)",
    ]


def test_answer_properties_removed_or_retyped_are_breaking() -> None:
    new = base()
    customer = _answer(new)["properties"]["customer"]["properties"]
    customer["streamUuid"] = customer.pop("streamId")
    _answer(new)["properties"]["isOk"] = {"type": "string", "nullable": True}
    _answer(new, "/messages", "get")["properties"]["items"]["items"] = {"type": "string"}
    assert lines(base(), new) == [
        "ADDITIVE  start: 200 answer property customer.streamUuid added (string)",
        "BREAKING  start: 200 answer property customer.streamId removed",
        "BREAKING  start: 200 answer property isOk: type changed from boolean to string or null",
        "BREAKING  getMessages: 200 answer property items[].text removed",
        "BREAKING  getMessages: 200 answer property items[]: type changed from object to string",
    ]


def test_answer_properties_that_stop_being_always_present() -> None:
    old = base()
    _answer(old)["required"] = ["isOk"]
    assert lines(old, base()) == [
        "BREAKING  start: 200 answer property isOk: no longer always present"
    ]
    assert lines(base(), old) == ["ADDITIVE  start: 200 answer property isOk: now always present"]


# --- enum values --------------------------------------------------------------------------------


def test_enum_values_added_are_additive_and_removed_breaking() -> None:
    new = base()
    _request(new)["properties"]["namespace"]["enum"] = ["twilio", "zoom"]
    _answer(new)["properties"]["customer"]["properties"]["role"]["enum"].append("system")
    assert lines(base(), new) == [
        "ADDITIVE  start: request property namespace: enum value 'zoom' added",
        "BREAKING  start: request property namespace: enum value 'siprec' removed",
        "ADDITIVE  start: 200 answer property customer.role: enum value 'system' added",
    ]


def test_an_enum_that_appears_or_goes() -> None:
    new = base()
    del _request(new)["properties"]["namespace"]["enum"]
    _request(new)["properties"]["guid"]["enum"] = ["1"]
    assert lines(base(), new) == [
        "BREAKING  start: request property guid: now limited to '1'",
        "ADDITIVE  start: request property namespace: no longer limited to 'twilio', 'siprec'",
    ]
    answer = base()
    del _answer(answer)["properties"]["customer"]["properties"]["role"]["enum"]
    assert lines(base(), answer) == [
        "BREAKING  start: 200 answer property customer.role: no longer limited to "
        "'customer', 'agent'"
    ]


# --- documented statuses ------------------------------------------------------------------------


def test_documented_statuses_added_are_additive_and_removed_breaking() -> None:
    new = base()
    responses = _start(new)["responses"]
    responses["410"] = _error()
    del responses["400"]
    assert lines(base(), new) == [
        "ADDITIVE  start: documented status 410 added",
        "BREAKING  start: documented status 400 removed",
    ]
    del responses["200"]["content"]
    assert lines(base(), new)[-1] == "BREAKING  start: the 200 answer no longer has a JSON body"
    assert lines(new, base())[-1] == "ADDITIVE  start: the 200 answer now has a JSON body"


# --- the command line ---------------------------------------------------------------------------


def _write(path: Path, document: Any) -> Path:
    path.write_text("" if document is None else yaml.safe_dump(document), encoding="utf-8")
    return path


def test_the_command_line_prints_each_change_and_a_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = base()
    _request(new)["properties"]["namespace"]["enum"].append("zoom")
    del _start(new)["responses"]["400"]
    status = spec_diff.main(
        [str(_write(tmp_path / "old.yaml", base())), str(_write(tmp_path / "new.yaml", new))]
    )
    assert status == 0
    assert capsys.readouterr().out.splitlines() == [
        "ADDITIVE  start: request property namespace: enum value 'zoom' added",
        "BREAKING  start: documented status 400 removed",
        "changes for SDK users: 1 breaking, 1 additive",
    ]
    spec_diff.main([str(tmp_path / "new.yaml"), str(tmp_path / "new.yaml")])
    assert capsys.readouterr().out == "no changes for SDK users\n"
    spec_diff.main([str(_write(tmp_path / "empty.yaml", None)), str(tmp_path / "new.yaml")])
    assert capsys.readouterr().out.splitlines()[-1] == (
        "changes for SDK users: 0 breaking, 2 additive"
    )


def test_the_command_line_refuses_what_is_not_a_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_mapping = _write(tmp_path / "list.yaml", ["a"])
    assert spec_diff.main([str(not_a_mapping), str(not_a_mapping)]) == 2
    assert "not an OpenAPI document" in capsys.readouterr().err
    assert spec_diff.main([str(tmp_path / "missing.yaml"), str(not_a_mapping)]) == 2


MG_SPEC = REPO_ROOT / "api-specs" / "mg-autotranscribe.yaml"
MG_CONFIG = REPO_ROOT / "generator-config.yaml"


def test_the_preparation_notes_are_printed(tmp_path: Path) -> None:
    """Run as `make spec-diff` runs it: the vendored spec with an answer property added
    inline, which makes the unused component of the same name differ."""
    document = yaml.safe_load(MG_SPEC.read_text(encoding="utf-8"))
    answer = document["paths"]["/mg-autotranscribe/v1/twilio-media-stream-url"]["get"]["responses"][
        "200"
    ]["content"]["application/json"]["schema"]
    assert "servedFromRegion" not in answer["properties"]
    answer["properties"]["servedFromRegion"] = {"type": "string"}
    new = _write(tmp_path / "mg.yaml", document)
    result = subprocess.run(
        [sys.executable, SCRIPTS / "spec_diff.py", MG_SPEC, new, "--config", MG_CONFIG],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    printed = result.stdout.splitlines()
    assert printed[:2] == [
        "ADDITIVE  getTwilioMediaStreams: 200 answer property servedFromRegion added (string)",
        "changes for SDK users: 0 breaking, 1 additive",
    ]
    assert (
        "NOTE      components/schemas/GetTwilioMediaStreamsResponse differs from the "
        "getTwilioMediaStreams 200 answer; the SDK follows the operation's own schema (no "
        "operation refers to the component)"
    ) in printed[2:]
    assert all(line.startswith("NOTE      ") for line in printed[2:])


def test_a_configuration_the_generation_refuses_is_a_note() -> None:
    document = yaml.safe_load(MG_SPEC.read_text(encoding="utf-8"))
    start = document["paths"]["/mg-autotranscribe/v1/start-streaming"]["post"]
    start["requestBody"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/StartStreamingRequest"
    }
    config = {"class_overrides": {"StopStreamingBody": {"class_name": "StartStreamingRequest"}}}
    (note,) = spec_diff.preparation_notes(document, config)
    assert note.startswith("the generation will stop: class_overrides renames StopStreamingBody")


def test_an_added_operation_is_named_with_what_it_becomes() -> None:
    old = base()
    new = base()
    new["paths"]["/calls/{callId}/pause"] = {
        "post": {"operationId": "pauseCall", "responses": {"200": {"description": "OK"}}}
    }
    added = "ADDITIVE  pauseCall: operation added (POST /calls/{callId}/pause)"
    names: dict[str, Any] = {"test.yaml": {}}
    assert [str(c) for c in spec_diff.compare(old, new, ("test.yaml", names))] == [
        added + "; method pause_call() of both clients and their with_raw_response"
    ]
    names = {"test.yaml": {"pauseCall": {"method": "hold"}}}
    assert [str(c) for c in spec_diff.compare(old, new, ("test.yaml", names))] == [
        added + "; method hold() of both clients and their with_raw_response"
    ]
    names = {"test.yaml": {"operations": ["start"]}}
    assert [str(c) for c in spec_diff.compare(old, new, ("test.yaml", names))] == [
        added + "; not generated (sdk-names.yaml does not keep it)"
    ]
    names = {"test.yaml": {"methods": False}}
    assert [str(c) for c in spec_diff.compare(old, new, ("test.yaml", names))] == [
        added + "; no method (sdk-names.yaml: the spec's operations are not the client's to call)"
    ]
    names = {"test.yaml": {"pauseCall": {"arguments": {"callId": "call"}}}}
    assert [str(c) for c in spec_diff.compare(old, new, ("test.yaml", names))] == [
        added + "; the generation will stop: sdk-names.yaml: test.yaml: pauseCall: arguments: "
        "callId is not a property of its request body nor one of its parameters"
    ]


def _error_answer(description: str, code: str, *, extra: dict[str, Any] | None = None) -> Any:
    answer = _error()
    answer["description"] = description
    schema = answer["content"]["application/json"]["schema"]
    schema["description"] = f"{description} response"
    details = schema["properties"]["error"]
    details["description"] = "Error details"
    details["example"] = {"requestId": "r-1", "code": code, "message": description}
    # A property named like an annotation is a property all the same.
    details["properties"]["description"] = {"type": "string", "description": "What went wrong"}
    details["properties"].update(extra or {})
    return answer


def test_the_error_answers_of_one_shape_share_one_model() -> None:
    prepare_spec = sys.modules["prepare_spec"]
    document = base()
    post = document["paths"]["/start"]["post"]
    post["responses"]["400"] = _error_answer("Bad request", "400-01")
    post["responses"]["401"] = _error_answer("Unauthorized", "401-01")
    post["responses"]["default"] = _error_answer("Internal error", "500-01")
    # Another shape, twice; and a third only once, which stays the operation's own.
    get = document["paths"]["/messages"]["get"]
    retry = {"retryAfter": {"type": "integer"}}
    get["responses"]["429"] = _error_answer("Too many requests", "429-01", extra=retry)
    get["responses"]["503"] = _error_answer("Unavailable", "503-01", extra=retry)
    post["responses"]["409"] = _error_answer("Conflict", "409-01", extra={"at": {"type": "string"}})

    prepared = prepare_spec.prepare(document, {}).document

    def schema(operation: dict[str, Any], status: str) -> Any:
        return operation["responses"][status]["content"]["application/json"]["schema"]

    post, get = prepared["paths"]["/start"]["post"], prepared["paths"]["/messages"]["get"]
    first = {"$ref": "#/components/schemas/ErrorResponse"}
    second = {"$ref": "#/components/schemas/ErrorResponse2"}
    assert [schema(post, status) for status in ("400", "401", "default")] == [first] * 3
    assert [schema(get, status) for status in ("429", "503")] == [second] * 2
    assert "$ref" not in schema(post, "409")
    shared = prepared["components"]["schemas"]["ErrorResponse"]
    # What the copies say alike is kept; their own descriptions and examples are not.
    assert "description" not in shared
    details = shared["properties"]["error"]
    assert "example" not in details
    assert set(details["properties"]) == {"requestId", "message", "code", "description"}
    assert set(
        prepared["components"]["schemas"]["ErrorResponse2"]["properties"]["error"]["properties"]
    ) == {"requestId", "message", "code", "description", "retryAfter"}
    # The document handed in is left as it was.
    assert "$ref" not in schema(document["paths"]["/start"]["post"], "401")
