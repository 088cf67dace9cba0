"""get_conversation_messages against Prism serving ASAPP's published Conversations spec:
examples, every documented status, bodies generated from the schemas, no credentials."""

from __future__ import annotations

import asyncio
import json

import pytest
from doubles import CONTRACT_RESPONSE_ERRORS
from spec_document import CONVERSATIONS_SPEC_PATH, error_responses, status_of

from asapp_mg_autotranscribe import APIStatusError, AuthenticationError, ConversationMessage

from .support import CALL_SID, MockServer, PreferCode, Recorder, async_client, sync_client

pytestmark = pytest.mark.contract

OPERATION = "getMessagesByExternalId"
STATUSES = [
    key for operation, key in error_responses(CONVERSATIONS_SPEC_PATH) if operation == OPERATION
]


def _check_messages(messages: object, body: bytes) -> None:
    assert isinstance(messages, list)
    assert all(isinstance(message, ConversationMessage) for message in messages)
    assert [message.to_dict() for message in messages] == json.loads(body).get("items", [])
    for message in messages:
        assert message.created_timestamp.tzinfo is not None
        assert message.client_timestamp.tzinfo is not None
        assert isinstance(message.sender.role, str)


def test_the_example_comes_back_as_messages(prism_conversations: MockServer) -> None:
    recorder = Recorder()
    with sync_client(prism_conversations.base_url, recorder) as client:
        messages = client.get_conversation_messages(external_id=CALL_SID)
    assert recorder.violations() == []
    (exchange,) = recorder.exchanges
    assert exchange.status_code == 200
    assert exchange.path == "/conversation/v1/conversation/messages"
    assert messages
    _check_messages(messages, exchange.body)


@pytest.mark.parametrize("response_key", STATUSES)
@pytest.mark.parametrize("kind", ["sync", "async"])
def test_every_documented_status_raises_its_class(
    prism_conversations: MockServer, kind: str, response_key: str
) -> None:
    status = status_of(response_key)
    recorder, prefer = Recorder(), PreferCode(status)
    error: APIStatusError | None = None
    if kind == "sync":
        with sync_client(prism_conversations.base_url, recorder, prefer=prefer) as client:
            try:
                client.get_conversation_messages(external_id=CALL_SID)
            except APIStatusError as raised:
                error = raised
    else:

        async def run() -> APIStatusError | None:
            async with async_client(
                prism_conversations.base_url, recorder, prefer=prefer
            ) as client:
                try:
                    await client.get_conversation_messages(external_id=CALL_SID)
                except APIStatusError as raised:
                    return raised
            return None

        error = asyncio.run(run())
    assert type(error) is CONTRACT_RESPONSE_ERRORS[response_key]
    assert error is not None
    body = json.loads(recorder.exchanges[-1].body)
    assert (error.status_code, error.request_id, error.code) == (
        status,
        body["error"]["requestId"],
        body["error"]["code"],
    )


def test_bodies_generated_from_the_schemas_parse(prism_conversations_dynamic: MockServer) -> None:
    recorder = Recorder()
    with sync_client(prism_conversations_dynamic.base_url, recorder) as client:
        for _ in range(60):
            messages = client.get_conversation_messages(external_id=CALL_SID)
            _check_messages(messages, recorder.exchanges[-1].body)

    async def run() -> None:
        async with async_client(prism_conversations_dynamic.base_url, recorder) as client:
            results = await asyncio.gather(
                *(client.get_conversation_messages(external_id=CALL_SID) for _ in range(20))
            )
        assert all(isinstance(result, list) for result in results)

    asyncio.run(run())
    assert recorder.violations() == []


def test_without_credentials_prism_answers_401(prism_conversations: MockServer) -> None:
    recorder = Recorder()
    with (
        sync_client(prism_conversations.base_url, recorder, strip_credentials=True) as client,
        pytest.raises(AuthenticationError),
    ):
        client.get_conversation_messages(external_id=CALL_SID)
