"""What the SDK keeps by hand, held against the vendored specs.

The specs in api-specs/ are the single source of truth, and the generated code follows
them; a few facts are still written by hand in the overlay, and each is checked here:

1. the answer properties the SDK requires although the spec marks none required
   (``Endpoint.required``) are in the operation's 200 schema;
2. every property the SDK's operations can put in a request body (each called with every
   optional argument set) is in the spec's request schema, and every query parameter it
   sends is one the spec documents;
3. every property (and query parameter) the spec marks required is in what the SDK's
   minimal call sends, and in what its fullest call sends;
4. the keys of the TypedDicts of nested arguments, camelCased, are the spec's properties;
5. every documented error answer of every operation the SDK wraps is ASAPP's error shape
   (``error.requestId``, ``error.message``, ``error.code``), which the SDK reads.

Every message names the operation and the property. The specs are the project's own
(``api-specs/`` next to this folder), so a copy of the project checks its own copy.
"""

from __future__ import annotations

import copy
import functools
import inspect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from doubles import CALL_SID

from asapp_mg_autotranscribe import (
    AmazonConnectParams,
    AutoTranscribeClient,
    RequestOptions,
    TwilioTrackMap,
)
from asapp_mg_autotranscribe._conversations import _operations as conversations_operations
from asapp_mg_autotranscribe._endpoint import Endpoint, PreparedCall
from asapp_mg_autotranscribe._media_gateway import _operations as media_gateway_operations

SPEC_DIR = Path(__file__).resolve().parents[1] / "api-specs"
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


# --- reading a spec -------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation of a spec, and the document it is in (to resolve ``$ref``s)."""

    operation_id: str
    document: dict[str, Any]
    spec: dict[str, Any]

    def resolve(self, node: Any) -> Any:
        """``node`` with its ``$ref`` (a chain of them) followed, within the document."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            assert ref.startswith("#/"), f"{self.operation_id}: external $ref {ref!r}"
            assert ref not in seen, f"{self.operation_id}: $ref cycle at {ref!r}"
            seen.add(ref)
            node = self.document
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def properties(self, schema: Any) -> tuple[dict[str, Any], set[str]]:
        """An object schema's properties and required names, its ``allOf`` parts merged."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}, set()
        properties = dict(schema.get("properties") or {})
        required = set(schema.get("required") or ())
        for part in schema.get("allOf") or ():
            more, more_required = self.properties(part)
            properties.update(more)
            required |= more_required
        return properties, required

    def json_schema(self, holder: Any) -> Any:
        """The application/json schema of a request body or an answer, or None."""
        holder = self.resolve(holder)
        if not isinstance(holder, dict):
            return None
        media = holder.get("content", {}).get("application/json")
        return None if media is None else self.resolve(media.get("schema"))

    def request_schema(self) -> Any:
        """The JSON schema of the request body, or None."""
        return self.json_schema(self.spec.get("requestBody"))

    def query_parameters(self) -> dict[str, bool]:
        """The query parameters, each with whether it is required."""
        return {
            parameter["name"]: bool(parameter.get("required"))
            for parameter in map(self.resolve, self.spec.get("parameters") or ())
            if parameter.get("in") == "query"
        }

    def responses(self) -> dict[str, Any]:
        """The documented answers, by status key (``"200"``, ``"default"``, ...)."""
        return {str(key): value for key, value in (self.spec.get("responses") or {}).items()}


def find_operation(docs: Documents, operation_id: str) -> Operation:
    """The operation ``operation_id`` in whichever spec has it."""
    for document in docs.values():
        for path_item in (document.get("paths") or {}).values():
            for operation in path_item.values():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    return Operation(operation_id, document, operation)
    raise LookupError(
        f"{operation_id}: the SDK wraps this operation, and no spec in api-specs/ has it"
    )


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# --- what the SDK keeps by hand -------------------------------------------------------------


def sdk_endpoints() -> list[Endpoint[Any, Any]]:
    """Every Endpoint of the SDK (each operation it wraps)."""
    return [
        value
        for module in (media_gateway_operations, conversations_operations)
        for value in vars(module).values()
        if isinstance(value, Endpoint)
    ]


def sdk_operations() -> dict[str, Callable[..., PreparedCall[Any, Any]]]:
    """The operation function behind each method of the client, by method name."""
    modules = {media_gateway_operations.__name__, conversations_operations.__name__}
    return {
        name: member.__wrapped__
        for name, member in vars(AutoTranscribeClient).items()
        if getattr(getattr(member, "__wrapped__", None), "__module__", None) in modules
    }


ARN = "arn:aws:kinesisvideo:us-east-1:123456789012:stream/call-1/1600000000000"
FRAGMENT = "91343852333181432392682062607743920146264440555"

# A value for every key of each TypedDict of nested arguments.
NESTED_VALUES: dict[type, dict[str, Any]] = {
    TwilioTrackMap: {"inbound": "customer", "outbound": "agent"},
    AmazonConnectParams: {
        "stream_arn": ARN,
        "start_selector_type": "FRAGMENT_NUMBER",
        "after_fragment_number": FRAGMENT,
    },
}
# A value for every argument of every operation (the per-request options aside).
ARGUMENT_VALUES: dict[str, Any] = {
    "call_sid": CALL_SID,
    "namespace": "twilio",
    "guid": CALL_SID,
    "customer_id": "TT9833237",
    "agent_id": "RE223444211993",
    "external_id": CALL_SID,
    "inbound": "agent",
    "outbound": "customer",
    "language": "en-US",
    "detailed_token": True,
    "audio_recording_allowed": True,
    "redaction_output": "unredacted",
    "twilio_track_map": NESTED_VALUES[TwilioTrackMap],
    "siprec_media_line_order": "AGENT_FIRST",
    "amazon_connect": NESTED_VALUES[AmazonConnectParams],
}
# Where each TypedDict's keys go in a request: (operationId, wire path).
NESTED_WIRE_PATHS: dict[type, tuple[str, str]] = {
    TwilioTrackMap: ("startStreaming", "twilioParams.trackMap"),
    AmazonConnectParams: ("startStreaming", "amazonConnectParams"),
}


def _arguments(method: str) -> Iterator[inspect.Parameter]:
    """The parameters of a client method, ``self`` and the per-request options left out."""
    signature = inspect.signature(getattr(AutoTranscribeClient, method))
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.name not in RequestOptions.__optional_keys__:
            yield parameter


@dataclass(frozen=True)
class SdkCall:
    """One call of an SDK operation: the minimal one, or with every argument set."""

    method: str
    fullest: bool

    @property
    def name(self) -> str:
        """How messages name the call."""
        return f"{self.method}({'every argument' if self.fullest else 'required arguments'})"

    def prepare(self) -> PreparedCall[Any, Any]:
        """The PreparedCall the operation function returns for this call."""
        positional: list[Any] = []
        keywords: dict[str, Any] = {}
        for parameter in _arguments(self.method):
            if not self.fullest and parameter.default is not inspect.Parameter.empty:
                continue
            value = ARGUMENT_VALUES[parameter.name]
            if parameter.kind is inspect.Parameter.POSITIONAL_ONLY:
                positional.append(value)
            else:
                keywords[parameter.name] = value
        return sdk_operations()[self.method](*positional, **keywords)


SDK_CALLS = [
    SdkCall(method, fullest)
    for method in sdk_operations()
    for fullest in (False, True)
    # A method without optional arguments has only the one call.
    if not fullest or any(p.default is not p.empty for p in _arguments(method))
]


# --- the checks: each returns its problems, one line each -----------------------------------


def required_answer_problems(docs: Documents, endpoint: Endpoint[Any, Any]) -> list[str]:
    """Each path of ``endpoint.required`` that the operation's 200 schema does not have."""
    operation = find_operation(docs, endpoint.operation_id)
    answer = operation.json_schema(operation.responses().get("200"))
    problems = []
    for path in endpoint.required:
        node, parts = answer, path.split(".")
        for depth, part in enumerate(parts):
            properties, _ = operation.properties(node)
            if part not in properties:
                missing = ".".join(parts[: depth + 1])
                problems.append(
                    f"{endpoint.operation_id}: {path} is required by the SDK in the 200 answer "
                    f"(Endpoint.required), and the spec's 200 schema has no {missing}"
                )
                break
            node = properties[part]
    return problems


def _body_and_query(prepared: PreparedCall[Any, Any]) -> tuple[Any, dict[str, Any]]:
    if prepared.body is not None:
        return prepared.body, {}
    return None, dict(prepared.request_kwargs().get("params") or {})


def sent_property_problems(docs: Documents, call: SdkCall) -> list[str]:
    """Each property of the request body (and query parameter) the SDK sends that the
    spec's request does not have."""
    prepared = call.prepare()
    operation = find_operation(docs, prepared.endpoint.operation_id)
    body, query = _body_and_query(prepared)
    problems = [
        f"{operation.operation_id}: the SDK sends the query parameter {name} ({call.name}), "
        "which the spec does not document"
        for name in query
        if name not in operation.query_parameters()
    ]
    schema = operation.request_schema()
    if body is not None and schema is None:
        problems.append(
            f"{operation.operation_id}: the SDK sends a JSON body ({call.name}), and the spec "
            "documents none"
        )
        return problems

    def walk(value: Mapping[str, Any], node: Any, prefix: str) -> None:
        properties, _ = operation.properties(node)
        open_ended = bool(operation.resolve(node).get("additionalProperties"))
        for key, item in value.items():
            path = prefix + key
            if key not in properties:
                if not open_ended:
                    problems.append(
                        f"{operation.operation_id}: the SDK sends {path} ({call.name}), which "
                        "the spec's request schema does not have"
                    )
                continue
            if isinstance(item, Mapping):
                walk(item, properties[key], path + ".")

    if body is not None:
        walk(body, schema, "")
    return problems


def required_request_problems(docs: Documents, call: SdkCall) -> list[str]:
    """Each property (and query parameter) the spec requires that the call does not send:
    at the top, and in every object the call sends."""
    prepared = call.prepare()
    operation = find_operation(docs, prepared.endpoint.operation_id)
    body, query = _body_and_query(prepared)
    problems = [
        f"{operation.operation_id}: the query parameter {name} is required by the spec, and "
        f"the SDK's {call.name} call does not send it"
        for name, required in operation.query_parameters().items()
        if required and name not in query
    ]
    request_body = operation.resolve(operation.spec.get("requestBody")) or {}
    if body is None:
        if request_body.get("required"):
            problems.append(
                f"{operation.operation_id}: the request body is required by the spec, and the "
                f"SDK's {call.name} call sends none"
            )
        return problems

    def walk(value: Mapping[str, Any], node: Any, prefix: str) -> None:
        properties, required = operation.properties(node)
        problems.extend(
            f"{operation.operation_id}: {prefix}{name} is required by the spec's request "
            f"schema, and the SDK's {call.name} call does not send it"
            for name in sorted(required)
            if name not in value
        )
        for key, item in value.items():
            if isinstance(item, Mapping) and key in properties:
                walk(item, properties[key], f"{prefix}{key}.")

    walk(body, operation.request_schema(), "")
    return problems


def typed_dict_problems(docs: Documents, typed_dict: type) -> list[str]:
    """The differences between a TypedDict's keys (camelCased) and the properties of the
    request object they are sent as."""
    operation_id, wire_path = NESTED_WIRE_PATHS[typed_dict]
    operation = find_operation(docs, operation_id)
    node = operation.request_schema()
    for part in wire_path.split("."):
        properties, _ = operation.properties(node)
        if part not in properties:
            return [
                f"{operation_id}: the spec's request schema has no {wire_path}, where "
                f"{typed_dict.__name__} is sent"
            ]
        node = properties[part]
    spec_names = set(operation.properties(node)[0])
    keys = typed_dict.__required_keys__ | typed_dict.__optional_keys__
    sdk_names = {_camel(key): key for key in keys}
    return [
        f"{operation_id}: {wire_path}.{name} is in the spec's request schema, and "
        f"{typed_dict.__name__} has no key {_snake(name)!r}"
        for name in sorted(spec_names - set(sdk_names))
    ] + [
        f"{operation_id}: {typed_dict.__name__}[{sdk_names[name]!r}] is sent as "
        f"{wire_path}.{name}, which the spec's request schema does not have"
        for name in sorted(set(sdk_names) - spec_names)
    ]


def error_shape_problems(docs: Documents, operation_id: str) -> list[str]:
    """Each documented error answer of the operation that is not ASAPP's error shape."""
    operation = find_operation(docs, operation_id)
    problems = []
    for status, answer in operation.responses().items():
        if status.startswith("2"):
            continue
        where = f"{operation_id}: the documented {status} answer"
        schema = operation.json_schema(answer)
        if schema is None:
            problems.append(
                f"{where} has no JSON body (ASAPP's error shape: error.requestId, "
                "error.message, error.code)"
            )
            continue
        properties, _ = operation.properties(schema)
        if "error" not in properties:
            problems.append(f"{where} has no property error (ASAPP's error shape)")
            continue
        fields, _ = operation.properties(properties["error"])
        for name in ERROR_FIELDS:
            field = operation.resolve(fields.get(name))
            if not isinstance(field, dict):
                problems.append(f"{where} has no error.{name} (ASAPP's error shape)")
            elif field.get("type") != "string":
                problems.append(
                    f"{where} has error.{name} of type {field.get('type')!r}, not 'string'"
                )
    return problems


# --- the specs as they are: no problems ------------------------------------------------------

ENDPOINTS = sdk_endpoints()
OPERATION_IDS = sorted({endpoint.operation_id for endpoint in ENDPOINTS})


def test_every_operation_the_sdk_wraps_is_in_a_spec() -> None:
    assert OPERATION_IDS, "no Endpoint found in the SDK's operation modules"
    missing = []
    for operation_id in OPERATION_IDS:
        try:
            find_operation(documents(), operation_id)
        except LookupError as error:
            missing.append(str(error))
    assert not missing, "\n".join(missing)


def test_every_client_method_is_an_operation_of_an_endpoint() -> None:
    wrapped = {call.prepare().endpoint.operation_id for call in SDK_CALLS}
    assert wrapped == set(OPERATION_IDS)


def test_every_argument_has_a_value_here() -> None:
    """The checks below set every argument: a new one needs a value in ARGUMENT_VALUES."""
    missing = [
        f"{method}: argument {parameter.name} has no value in ARGUMENT_VALUES"
        for method in sdk_operations()
        for parameter in _arguments(method)
        if parameter.name not in ARGUMENT_VALUES
    ]
    for typed_dict, values in NESTED_VALUES.items():
        keys = typed_dict.__required_keys__ | typed_dict.__optional_keys__
        missing += [
            f"{typed_dict.__name__}: key {key} has no value in NESTED_VALUES"
            for key in sorted(keys - set(values))
        ]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=[e.operation_id for e in ENDPOINTS])
def test_every_answer_path_the_sdk_requires_is_in_the_spec(endpoint: Endpoint[Any, Any]) -> None:
    problems = required_answer_problems(documents(), endpoint)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("call", SDK_CALLS, ids=[call.name for call in SDK_CALLS])
def test_every_property_the_sdk_sends_is_in_the_spec(call: SdkCall) -> None:
    problems = sent_property_problems(documents(), call)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("call", SDK_CALLS, ids=[call.name for call in SDK_CALLS])
def test_every_property_the_spec_requires_is_sent(call: SdkCall) -> None:
    problems = required_request_problems(documents(), call)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("typed_dict", list(NESTED_WIRE_PATHS), ids=lambda t: t.__name__)
def test_the_typed_dicts_have_the_spec_s_properties(typed_dict: type) -> None:
    problems = typed_dict_problems(documents(), typed_dict)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_every_documented_error_is_asapp_s_error_shape(operation_id: str) -> None:
    problems = error_shape_problems(documents(), operation_id)
    assert not problems, "\n".join(problems)


# --- each check fails on a spec changed the way that would break the SDK --------------------

START = ("/mg-autotranscribe/v1/start-streaming", "post")
STOP = ("/mg-autotranscribe/v1/stop-streaming", "post")
MG = "mg-autotranscribe.yaml"


def _request(docs: Documents, where: tuple[str, str]) -> dict[str, Any]:
    operation = docs[MG]["paths"][where[0]][where[1]]
    schema: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["schema"]
    return schema


def _answer(docs: Documents, where: tuple[str, str], status: str) -> dict[str, Any]:
    operation = docs[MG]["paths"][where[0]][where[1]]
    schema: dict[str, Any] = operation["responses"][status]["content"]["application/json"]["schema"]
    return schema


def _endpoint(operation_id: str) -> Endpoint[Any, Any]:
    return next(e for e in ENDPOINTS if e.operation_id == operation_id)


def test_a_renamed_answer_property_the_sdk_requires_fails() -> None:
    docs = documents()
    customer = _answer(docs, START, "200")["properties"]["autotranscribeResponse"]["properties"][
        "customer"
    ]["properties"]
    customer["streamUuid"] = customer.pop("streamId")
    assert required_answer_problems(docs, _endpoint("startStreaming")) == [
        "startStreaming: autotranscribeResponse.customer.streamId is required by the SDK in "
        "the 200 answer (Endpoint.required), and the spec's 200 schema has no "
        "autotranscribeResponse.customer.streamId"
    ]


def test_a_removed_request_property_the_sdk_sends_fails() -> None:
    docs = documents()
    del _request(docs, START)["properties"]["autotranscribeParams"]["properties"][
        "audioRecordingAllowed"
    ]
    problems = sent_property_problems(docs, SdkCall("start_streaming", fullest=True))
    assert problems == [
        "startStreaming: the SDK sends autotranscribeParams.audioRecordingAllowed "
        "(start_streaming(every argument)), which the spec's request schema does not have"
    ]
    docs = documents()
    get_messages = find_operation(docs, "getMessagesByExternalId").spec
    get_messages["parameters"][0]["name"] = "conversationExternalId"
    call = SdkCall("get_conversation_messages", fullest=False)
    assert sent_property_problems(docs, call) == [
        "getMessagesByExternalId: the SDK sends the query parameter externalId "
        "(get_conversation_messages(required arguments)), which the spec does not document"
    ]


def test_a_newly_required_request_property_fails() -> None:
    docs = documents()
    stop = _request(docs, STOP)
    stop["properties"]["tenantId"] = {"type": "string"}
    stop["required"] = ["namespace", "guid", "tenantId"]
    call = SdkCall("stop_streaming", fullest=False)
    assert required_request_problems(docs, call) == [
        "stopStreaming: tenantId is required by the spec's request schema, and the SDK's "
        "stop_streaming(required arguments) call does not send it"
    ]
    docs = documents()
    _request(docs, START)["properties"]["autotranscribeParams"]["required"] = ["vocabulary"]
    assert required_request_problems(docs, SdkCall("start_streaming", fullest=True)) == [
        "startStreaming: autotranscribeParams.vocabulary is required by the spec's request "
        "schema, and the SDK's start_streaming(every argument) call does not send it"
    ]


def test_a_typed_dict_out_of_step_with_the_spec_fails() -> None:
    docs = documents()
    request = _request(docs, START)["properties"]
    request["twilioParams"]["properties"]["trackMap"]["properties"]["conference"] = {
        "type": "string"
    }
    del request["amazonConnectParams"]["properties"]["afterFragmentNumber"]
    assert typed_dict_problems(docs, TwilioTrackMap) == [
        "startStreaming: twilioParams.trackMap.conference is in the spec's request schema, "
        "and TwilioTrackMap has no key 'conference'"
    ]
    assert typed_dict_problems(docs, AmazonConnectParams) == [
        "startStreaming: AmazonConnectParams['after_fragment_number'] is sent as "
        "amazonConnectParams.afterFragmentNumber, which the spec's request schema does not have"
    ]


def test_an_error_answer_not_in_asapp_s_error_shape_fails() -> None:
    docs = documents()
    stop = docs[MG]["paths"][STOP[0]][STOP[1]]["responses"]
    del _answer(docs, STOP, "503")["properties"]["error"]["properties"]["code"]
    _answer(docs, STOP, "429")["properties"]["error"]["properties"]["requestId"]["type"] = "integer"
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
    with pytest.raises(LookupError, match=r"^stopStreaming: the SDK wraps this operation"):
        find_operation(docs, "stopStreaming")


def test_references_are_followed() -> None:
    """A spec that names its schemas in components (``$ref``) is read the same."""
    docs = documents()
    document = docs[MG]
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    request = _request(docs, START)
    schemas["Params"] = request["properties"].pop("autotranscribeParams")
    request["properties"]["autotranscribeParams"] = {"$ref": "#/components/schemas/Params"}
    media = document["paths"][START[0]][START[1]]["requestBody"]["content"]["application/json"]
    schemas["Start"] = {"allOf": [media.pop("schema")]}
    media["schema"] = {"$ref": "#/components/schemas/Start"}
    call = SdkCall("start_streaming", fullest=True)
    assert sent_property_problems(docs, call) == []
    assert required_request_problems(docs, call) == []
    del schemas["Params"]["properties"]["language"]
    assert sent_property_problems(docs, call) == [
        "startStreaming: the SDK sends autotranscribeParams.language "
        "(start_streaming(every argument)), which the spec's request schema does not have"
    ]
