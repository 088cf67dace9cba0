"""What the spec says only in prose (``_request_rules``), checked on the body as it will be
sent: from the method's arguments, from ``extra_body``, or both merged, for every method,
helper and raw twin, sync and async. Nothing is sent when a rule is broken; a message names
each property as the caller gave it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from doubles import CALL_SID, START_OK, STOP_OK
from spec_document import operations, request_example

from asapp_mg_autotranscribe import InvalidRequestError
from asapp_mg_autotranscribe._endpoint import PreparedCall
from asapp_mg_autotranscribe._generated import stop_streaming
from asapp_mg_autotranscribe._media_gateway._answers import START_STREAMING, STOP_STREAMING
from asapp_mg_autotranscribe._media_gateway._twilio import (
    start_twilio_transcription,
    stop_twilio_transcription,
)
from asapp_mg_autotranscribe._request_rules import RULES, check_request_body

START = {"namespace": "twilio", "guid": CALL_SID, "customer_id": "C1", "agent_id": "A1"}
STOP = {"namespace": "twilio", "guid": CALL_SID}
NOT_A_SID = "call-42"
SID_RULE = r"must be a Twilio Call SID \('CA' and 32 hex digits\) when "

REFUSED: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    # method, positional arguments, keyword arguments, the message
    (
        "start_streaming",
        (),
        {**START, "guid": NOT_A_SID},
        f"^guid {SID_RULE}namespace is 'twilio'; got 'call-42'$",
    ),
    ("stop_streaming", (), {**STOP, "guid": NOT_A_SID}, f"^guid {SID_RULE}namespace is"),
    ("stop_streaming", (), {**STOP, "guid": "CA" + "0" * 33}, "got 'CA0000"),
    ("stop_streaming", (), {**STOP, "guid": "CA" + "0" * 60}, "got 62 characters$"),
    (
        "start_twilio_transcription",
        (NOT_A_SID,),
        {"customer_id": "C1", "agent_id": "A1"},
        f"^call_sid {SID_RULE}namespace is 'twilio'",
    ),
    ("stop_twilio_transcription", (" " + CALL_SID,), {}, f"^call_sid {SID_RULE}"),
    # extra_body replacing the guid, or the namespace, of a call whose arguments pass.
    (
        "start_streaming",
        (),
        {**START, "extra_body": {"guid": NOT_A_SID}},
        rf"^extra_body\['guid'\] {SID_RULE}namespace is 'twilio'",
    ),
    (
        "start_streaming",
        (),
        {**START, "namespace": "siprec", "guid": NOT_A_SID, "extra_body": {"namespace": "twilio"}},
        rf"^guid {SID_RULE}extra_body\['namespace'\] is 'twilio'",
    ),
    ("stop_streaming", (), {**STOP, "extra_body": {"guid": NOT_A_SID}}, r"extra_body\['guid'\]"),
    (
        "stop_streaming",
        (),
        {"namespace": "amazonconnect", "guid": "x", "extra_body": {"namespace": "twilio"}},
        rf"^guid {SID_RULE}extra_body\['namespace'\]",
    ),
    (
        "start_twilio_transcription",
        (CALL_SID,),
        {"customer_id": "C1", "agent_id": "A1", "extra_body": {"guid": NOT_A_SID}},
        rf"^extra_body\['guid'\] {SID_RULE}namespace is 'twilio'",
    ),
    (
        "stop_twilio_transcription",
        (CALL_SID,),
        {"extra_body": {"guid": NOT_A_SID}},
        rf"^extra_body\['guid'\] {SID_RULE}",
    ),
    # Blank ids.
    ("start_streaming", (), {**START, "guid": ""}, "^guid must not be empty$"),
    ("start_twilio_transcription", ("",), {"customer_id": "C", "agent_id": "A"}, "^call_sid must"),
    ("stop_twilio_transcription", (" ",), {}, "^call_sid must not be empty$"),
    (
        "start_streaming",
        (),
        {**START, "extra_body": {"customerId": " "}},
        r"^extra_body\['customerId'\] must not be empty$",
    ),
    (
        "start_streaming",
        (),
        {**START, "extra_body": {"autotranscribeParams": {"language": ""}}},
        r"^extra_body\['autotranscribeParams'\]\['language'\] must not be empty$",
    ),
    (
        "start_streaming",
        (),
        {**START, "extra_body": {"amazonConnectParams": {"streamArn": "\t"}}},
        r"^extra_body\['amazonConnectParams'\]\['streamArn'\] must not be empty$",
    ),
    (
        "start_streaming",
        (),
        {**START, "amazon_connect": {"after_fragment_number": " "}},
        r"^amazon_connect\['after_fragment_number'\] must not be empty$",
    ),
    (
        "stop_streaming",
        (),
        {"namespace": "siprec", "guid": "123", "extra_body": {"guid": ""}},
        r"^extra_body\['guid'\] must not be empty$",
    ),
    # The combinations the API refuses.
    (
        "start_streaming",
        (),
        {**START, "extra_body": {"autotranscribeParams": {"detailedToken": True}}},
        r"^extra_body\['autotranscribeParams'\]\['detailedToken'\]=True needs "
        r"redaction_output='unredacted': .* \(redaction_output is not given\)$",
    ),
    (
        "start_streaming",
        (),
        {
            **START,
            "detailed_token": True,
            "redaction_output": "unredacted",
            "extra_body": {"autotranscribeParams": {"redactionOutput": "redacted"}},
        },
        r"^detailed_token=True needs extra_body\['autotranscribeParams'\]\['redactionOutput'\]="
        r"'unredacted': .* \(extra_body\['autotranscribeParams'\]\['redactionOutput'\] is "
        r"'redacted'\)$",
    ),
    (
        "start_twilio_transcription",
        (CALL_SID,),
        {"customer_id": "C", "agent_id": "A", "detailed_token": True},
        "^detailed_token=True needs redaction_output='unredacted'",
    ),
    (
        "start_streaming",
        (),
        {
            **START,
            "namespace": "amazonconnect",
            "guid": "12345",
            "extra_body": {"amazonConnectParams": {"startSelectorType": "FRAGMENT_NUMBER"}},
        },
        r"^amazon_connect\['after_fragment_number'\] is required when "
        r"extra_body\['amazonConnectParams'\]\['startSelectorType'\]='FRAGMENT_NUMBER'$",
    ),
]


@pytest.mark.parametrize("raw", [False, True], ids=["plain", "raw"])
@pytest.mark.parametrize(
    ("method", "args", "kwargs", "message"),
    REFUSED,
    ids=[f"{case[0]}-{number}" for number, case in enumerate(REFUSED)],
)
def test_a_broken_rule_is_refused_before_sending(
    make_api: Any, raw: bool, method: str, args: tuple[Any, ...], kwargs: Any, message: str
) -> None:
    api = make_api(httpx.Response(200, json=START_OK))
    call = api.call_raw if raw else api.call
    with pytest.raises(InvalidRequestError, match=message):
        call(method, *args, **kwargs)
    assert api.script.requests == []


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "answer"),
    [
        ("start_streaming", (), {**START, "guid": "CA" + CALL_SID[2:].upper()}, START_OK),
        ("stop_streaming", (), {"namespace": "siprec", "guid": NOT_A_SID}, STOP_OK),
        # The body is judged as sent: extra_body may also mend what the arguments alone break.
        (
            "start_streaming",
            (),
            {
                **START,
                "detailed_token": True,
                "extra_body": {"autotranscribeParams": {"redactionOutput": "unredacted"}},
            },
            START_OK,
        ),
        (
            "stop_twilio_transcription",
            (CALL_SID,),
            {"extra_body": {"guid": "CA" + "f" * 32}},
            STOP_OK,
        ),
        (
            "start_streaming",
            (),
            {
                **START,
                "namespace": "siprec",
                "guid": NOT_A_SID,
                "extra_body": {"guid": CALL_SID, "namespace": "twilio"},
            },
            START_OK,
        ),
    ],
)
def test_a_body_that_keeps_the_rules_is_sent(
    make_api: Any, method: str, args: tuple[Any, ...], kwargs: Any, answer: Any
) -> None:
    api = make_api(httpx.Response(200, json=answer))
    api.call(method, *args, **kwargs)
    assert len(api.script.requests) == 1


def _property(schema: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any] | None:
    for key in path:
        properties = schema.get("properties") or {}
        if key not in properties:
            return None
        schema = properties[key]
    return schema


def test_every_rule_reads_properties_of_its_operation_s_request_in_the_spec() -> None:
    documented = operations()
    for operation_id, rules in RULES.items():
        schema = documented[operation_id]["requestBody"]["content"]["application/json"]["schema"]
        for rule in rules:
            for path in rule.paths:
                assert _property(schema, path) is not None, (operation_id, rule, path)


@pytest.mark.parametrize("operation_id", sorted(RULES))
def test_the_spec_s_own_request_examples_keep_every_rule(operation_id: str) -> None:
    example = request_example(operation_id)
    check_request_body(operation_id, example, extra_body=None, argument_names={})


def test_the_twilio_helpers_name_the_properties_by_their_own_arguments() -> None:
    # The registry's names, with the helper's own where it renames the builder's arguments.
    start = PreparedCall(
        start_twilio_transcription(CALL_SID, customer_id="C1", agent_id="A1"), START_STREAMING
    )
    assert {
        path: start.argument_names[path]
        for path in (
            "guid",
            "customerId",
            "twilioParams.trackMap.inbound",
            "twilioParams.trackMap.outbound",
            "autotranscribeParams.detailedToken",
        )
    } == {
        "guid": "call_sid",
        "customerId": "customer_id",
        "twilioParams.trackMap.inbound": "inbound",
        "twilioParams.trackMap.outbound": "outbound",
        "autotranscribeParams.detailedToken": "detailed_token",
    }
    stop = PreparedCall(stop_twilio_transcription(CALL_SID), STOP_STREAMING)
    assert stop.argument_names == {"namespace": "namespace", "guid": "call_sid"}
    # The builder's own call keeps the registry's names.
    assert PreparedCall(stop_streaming(**STOP), STOP_STREAMING).argument_names == {
        "namespace": "namespace",
        "guid": "guid",
    }
