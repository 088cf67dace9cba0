"""The after-call transcript (getMessagesByExternalId) through both clients."""

from __future__ import annotations

import datetime
import gzip
import json
from typing import Any

import httpx
import pytest
from doubles import CALL_SID, error_body

from asapp_mg_autotranscribe import (
    ConversationMessage,
    InvalidRequestError,
    InvalidResponseError,
    MessageSender,
    NotFoundError,
)

ITEM = {
    "text": "Hello, I would like to upgrade my internet plan to GOLD.",
    "sender": {"role": "customer", "externalId": "123456"},
    "messageId": "01GMXE90AEV7H3J4DPBDKB1R79",
    "createdTimestamp": "2021-11-23T12:13:16.853Z",
    "clientTimestamp": "2021-11-23T12:13:14.555+01:00",
}


def test_messages_are_typed_with_aware_timestamps(make_api: Any) -> None:
    agent = {**ITEM, "sender": {"role": "agent", "externalId": None}, "messageId": "m2"}
    api = make_api(httpx.Response(200, json={"items": [ITEM, agent]}))
    messages = api.call("get_conversation_messages", external_id=CALL_SID)
    request = api.script.requests[0]
    assert request.method == "GET"
    assert request.url.path == "/conversation/v1/conversation/messages"
    assert dict(request.url.params) == {"externalId": CALL_SID}
    assert request.content == b""
    first, second = messages
    assert isinstance(first, ConversationMessage)
    assert isinstance(first.sender, MessageSender)
    assert first.text == ITEM["text"]
    assert first.message_id == ITEM["messageId"]
    assert (first.sender.role, first.sender.external_id) == ("customer", "123456")
    assert first.created_timestamp == datetime.datetime(
        2021, 11, 23, 12, 13, 16, 853000, tzinfo=datetime.UTC
    )
    assert first.client_timestamp.utcoffset() == datetime.timedelta(hours=1)
    assert (second.sender.role, second.sender.external_id) == ("agent", None)
    assert first.to_dict() == ITEM
    assert "GOLD" not in repr(first)


def test_a_role_the_spec_does_not_list_is_kept(make_api: Any) -> None:
    bot = {**ITEM, "sender": {"role": "virtual-agent"}, "extra": {"x": 1}}
    api = make_api(httpx.Response(200, json={"items": [bot]}))
    (message,) = api.call("get_conversation_messages", external_id=CALL_SID)
    assert message.sender.role == "virtual-agent"
    assert message.to_dict()["extra"] == {"x": 1}


def test_an_answer_without_items_is_no_messages(make_api: Any) -> None:
    api = make_api(httpx.Response(200, json={}))
    assert api.call("get_conversation_messages", external_id=CALL_SID) == []


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            {**ITEM, "createdTimestamp": "2021-11-23T12:13:16"},
            "createdTimestamp: expected a date-time with a UTC offset",
        ),
        (
            {**ITEM, "createdTimestamp": "yesterday"},
            "createdTimestamp: expected a date-time string",
        ),
        (
            {k: v for k, v in ITEM.items() if k != "text"},
            "items.0.text|items\\[0\\].text: expected a value",
        ),
        ({**ITEM, "sender": {"externalId": "x"}}, "sender.role: expected a value"),
        ({**ITEM, "text": 5}, "text: expected a string, got an integer"),
    ],
)
def test_a_message_that_does_not_fit_the_spec_is_invalid(
    make_api: Any, item: dict[str, Any], message: str
) -> None:
    api = make_api(httpx.Response(200, json={"items": [item]}))
    with pytest.raises(InvalidResponseError, match=message) as caught:
        api.call("get_conversation_messages", external_id=CALL_SID)
    assert "GOLD" not in str(caught.value)


def test_a_thousand_messages_fit_under_the_cap_and_more_than_eight_mib_do_not(
    make_api: Any,
) -> None:
    long_text = {**ITEM, "text": "word " * 400}
    body = json.dumps({"items": [long_text] * 1000}).encode()
    assert 1024 * 1024 < len(body) < 8 * 1024 * 1024
    api = make_api(httpx.Response(200, content=body))
    assert len(api.call("get_conversation_messages", external_id=CALL_SID)) == 1000
    huge = gzip.compress(json.dumps({"items": [long_text] * 5000}).encode())
    api.script.steps = [
        lambda request: httpx.Response(
            200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(huge)
        )
    ]
    with pytest.raises(InvalidResponseError, match="larger than the 8388608 bytes"):
        api.call("get_conversation_messages", external_id=CALL_SID)


def test_errors_and_retries_are_the_same_as_the_other_operations(make_api: Any) -> None:
    api = make_api(
        httpx.Response(503, json=error_body(503)),
        httpx.Response(404, json=error_body(404, "no such conversation")),
    )
    with pytest.raises(NotFoundError, match="no such conversation") as caught:
        api.call("get_conversation_messages", external_id=CALL_SID)
    assert caught.value.code == "404-01"
    assert len(api.script.requests) == 2


@pytest.mark.parametrize(
    ("external_id", "message"),
    [
        ("", "non-empty str"),
        ("  ", "non-empty str"),
        (42, "non-empty str"),
        ("a\ud800", "lone surrogate"),
    ],
)
def test_a_bad_external_id_is_refused_before_sending(
    make_api: Any, external_id: object, message: str
) -> None:
    api = make_api()
    with pytest.raises(InvalidRequestError, match=message):
        api.call("get_conversation_messages", external_id=external_id)
    assert api.script.requests == []
