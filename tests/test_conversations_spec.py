"""The SDK and ASAPP's published Conversations spec agree, offline (openapi-core).

The SDK wraps one of its operations, getMessagesByExternalId (the after-call transcript).
Every example of that operation fits its schema, save the known upstream defects listed
below; the other operations' examples that do not fit are listed too, so that a new defect,
or one ASAPP fixed, shows here.
"""

from __future__ import annotations

import asyncio
import functools
import json
from typing import Any

import httpx
import pytest
from doubles import CALL_SID, CONTRACT_RESPONSE_ERRORS
from openapi_core import OpenAPI
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from spec_document import (
    CONVERSATIONS_SPEC_PATH,
    documented_examples,
    example_of,
    load_spec,
    response_schema,
    responses,
    status_of,
)
from test_spec_contract import OpenAPIRequest, OpenAPIResponse

from asapp_mg_autotranscribe import AsyncAutoTranscribeClient, AutoTranscribeClient

OPERATION = "getMessagesByExternalId"

# Published examples that do not fit their own schemas: (where, the first error).
KNOWN_UPSTREAM_DEFECTS = {
    ("getConversations:externalId", "{'externalId': 'id-111'} is not of type 'string'"),
    ("getMessagesByExternalId:externalId", "{'externalId': 'id-111'} is not of type 'string'"),
    ("createMessage:request:application/json:schema", "123 is not of type 'string'"),
    (
        "createBatchMessages:request:application/json:schema.messages[items]",
        "123 is not of type 'string'",
    ),
    ("postAuthenticate:request:application/json:schema", "'auth' is a required property"),
    ("components.Message", "123 is not of type 'string'"),
    ("components.BatchMessages.messages[items]", "123 is not of type 'string'"),
    ("components.AuthObject", "'auth' is a required property"),
}
# Of those, the one on the wrapped operation: a parameter's example written as an object.
# The SDK sends the parameter as the schema says (a string); nothing reads the example.
WRAPPED_OPERATION_DEFECTS = {"getMessagesByExternalId:externalId"}

EXAMPLES = documented_examples(CONVERSATIONS_SPEC_PATH)


def _first_error(schema: dict[str, Any], example: object) -> str | None:
    validator = OAS30Validator(schema, format_checker=oas30_format_checker)
    errors = [error.message for error in validator.iter_errors(example)]
    return errors[0] if errors else None


def test_the_examples_that_do_not_fit_are_exactly_the_known_upstream_defects() -> None:
    misfits = set()
    for documented in EXAMPLES:
        error = _first_error(dict(documented.schema), documented.example)
        if error is not None:
            misfits.add((documented.where, error))
    assert misfits == KNOWN_UPSTREAM_DEFECTS


@pytest.mark.parametrize(
    "documented",
    [example for example in EXAMPLES if example.where.startswith(f"{OPERATION}:")],
    ids=lambda example: example.where,
)
def test_every_example_of_the_wrapped_operation_fits(documented: Any) -> None:
    if documented.where in WRAPPED_OPERATION_DEFECTS:
        assert _first_error(dict(documented.schema), documented.example) is not None
        return
    assert _first_error(dict(documented.schema), documented.example) is None


@functools.cache
def _openapi() -> OpenAPI:
    return OpenAPI.from_dict(load_spec(CONVERSATIONS_SPEC_PATH))


def _call(kind: str, answer: httpx.Response) -> tuple[httpx.Request, Any]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(httpx.Request(request.method, request.url, headers=request.headers))
        return httpx.Response(answer.status_code, content=answer.content, request=request)

    settings: dict[str, Any] = {
        "api_id": "conversations-id",
        "api_secret": "conversations-secret",
        "environment": {},
        "max_retries": 0,
    }
    outcome: Any
    if kind == "sync":
        with httpx.Client(transport=httpx.MockTransport(handler)) as http:
            client = AutoTranscribeClient(http_client=http, **settings)
            try:
                outcome = client.get_conversation_messages(external_id=CALL_SID)
            except Exception as error:  # noqa: BLE001 (returned for the test to inspect)
                outcome = error
    else:

        async def run() -> Any:
            async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
                client = AsyncAutoTranscribeClient(http_client=http, **settings)
                try:
                    return await client.get_conversation_messages(external_id=CALL_SID)
                except Exception as error:  # noqa: BLE001
                    return error

        outcome = asyncio.run(run())
    return seen[0], outcome


WRAPPED_RESPONSES = [
    key for operation, key in responses(CONVERSATIONS_SPEC_PATH) if operation == OPERATION
]


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("response_key", WRAPPED_RESPONSES)
def test_every_documented_answer_gives_the_documented_outcome(kind: str, response_key: str) -> None:
    status = status_of(response_key)
    body = example_of(response_schema(OPERATION, response_key, CONVERSATIONS_SPEC_PATH))
    request, outcome = _call(kind, httpx.Response(status, json=body))
    spec = _openapi()
    # The SDK's request is one the spec allows, credentials included ...
    spec.validate_request(OpenAPIRequest(request))
    # ... and the example is an answer the spec allows to it.
    spec.validate_response(
        OpenAPIRequest(request), OpenAPIResponse(status, json.dumps(body).encode())
    )
    if response_key == "200":
        assert [message.to_dict() for message in outcome] == body["items"]
        for message in outcome:
            assert message.created_timestamp.tzinfo is not None
            assert message.sender.role in ("agent", "customer", "system")
        return
    assert type(outcome) is CONTRACT_RESPONSE_ERRORS[response_key]
    assert (outcome.status_code, outcome.request_id, outcome.code) == (
        status,
        body["error"]["requestId"],
        body["error"]["code"],
    )
