"""The requests the SDK sends, byte for byte: each call of WIRE_CALLS, on both clients (and
through ``with_raw_response``), sends exactly the request recorded in wire_requests.json
(method, URL, content type and body bytes).

The record holds what the SDK sent when it was written; a change to how requests are
built must leave it unchanged for every call in the table. ``python tests/test_wire.py``
rewrites it (for a change that is meant to change the wire: review the diff).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from doubles import CALL_SID, START_OK, STOP_OK, STREAM_URL, Api, Script

RECORD = Path(__file__).with_name("wire_requests.json")

PARTIES = {"customer_id": "TT9833237", "agent_id": "RE223444211993"}
ARN = "arn:aws:kinesisvideo:us-east-1:123456789012:stream/call-1/1600000000000"
EVERYTHING: dict[str, Any] = {
    "language": "es-US",
    "detailed_token": True,
    "audio_recording_allowed": False,
    "redaction_output": "unredacted",
    "twilio_track_map": {"inbound": "agent", "outbound": "customer"},
    "siprec_media_line_order": "AGENT_FIRST",
    "amazon_connect": {
        "stream_arn": ARN,
        "start_selector_type": "FRAGMENT_NUMBER",
        "after_fragment_number": "913438",
    },
}
NAMESPACES = ("siprec", "twilio", "amazonconnect", "genesysaudiohook")


def _guid(namespace: str, other: str) -> str:
    """A guid for ``namespace``: with ``twilio`` it is a Call SID, else ``other``."""
    return CALL_SID if namespace == "twilio" else other


SETTINGS = ("language", "detailed_token", "audio_recording_allowed", "redaction_output")
# The argument of each platform's own parameters.
PLATFORM_ARGUMENTS = {
    "twilio": "twilio_track_map",
    "siprec": "siprec_media_line_order",
    "amazonconnect": "amazon_connect",
}

# name -> (method, positional arguments, keyword arguments)
WIRE_CALLS: dict[str, tuple[str, tuple[Any, ...], dict[str, Any]]] = {
    "stream-url": ("get_twilio_media_stream_url", (), {}),
    "stream-url-extra-query": (
        "get_twilio_media_stream_url",
        (),
        {"extra_query": {"region": "us-east", "n": 2}},
    ),
    **{
        f"start-{namespace}": (
            "start_streaming",
            (),
            {"namespace": namespace, "guid": _guid(namespace, "0867617078-0032318833"), **PARTIES},
        )
        for namespace in NAMESPACES
    },
    **{
        f"start-only-{name}": (
            "start_streaming",
            (),
            {"namespace": "twilio", "guid": CALL_SID, **PARTIES, name: value},
        )
        for name, value in EVERYTHING.items()
        if name != "detailed_token"
    },
    "start-detailed-token": (
        "start_streaming",
        (),
        {
            "namespace": "twilio",
            "guid": CALL_SID,
            **PARTIES,
            "detailed_token": True,
            "redaction_output": "unredacted",
        },
    ),
    **{
        f"start-{namespace}-every-setting": (
            "start_streaming",
            (),
            {
                "namespace": namespace,
                "guid": _guid(namespace, "1"),
                **PARTIES,
                **{name: EVERYTHING[name] for name in (*SETTINGS, platform)},
            },
        )
        for namespace, platform in PLATFORM_ARGUMENTS.items()
    },
    "start-falsy-values": (
        "start_streaming",
        (),
        {
            "namespace": "siprec",
            "guid": "1",
            **PARTIES,
            "detailed_token": False,
            "audio_recording_allowed": False,
        },
    ),
    "start-partial-groups": (
        "start_streaming",
        (),
        {
            "namespace": "twilio",
            "guid": CALL_SID,
            **PARTIES,
            "twilio_track_map": {"outbound": "customer", "inbound": None},
            "amazon_connect": {},
            "language": None,
        },
    ),
    "start-amazon-now": (
        "start_streaming",
        (),
        {
            "namespace": "amazonconnect",
            "guid": "1",
            **PARTIES,
            "amazon_connect": {"stream_arn": ARN, "start_selector_type": "NOW"},
        },
    ),
    "start-unicode": (
        "start_streaming",
        (),
        {"namespace": "siprec", "guid": "ünïcødé-✓", "customer_id": "Zoë", "agent_id": "代理"},
    ),
    "start-extra-body": (
        "start_streaming",
        (),
        {
            "namespace": "twilio",
            "guid": CALL_SID,
            **PARTIES,
            "language": "en-US",
            "extra_body": {
                "autotranscribeParams": {"language": "fr-CA", "profanityFilter": True},
                "callCenterId": "cc-7",
            },
        },
    ),
    "start-twilio-transcription": ("start_twilio_transcription", (CALL_SID,), PARTIES),
    "start-twilio-transcription-settings": (
        "start_twilio_transcription",
        (CALL_SID,),
        {
            **PARTIES,
            "inbound": "agent",
            "outbound": "customer",
            "language": "fr-CA",
            "detailed_token": True,
            "audio_recording_allowed": True,
            "redaction_output": "unredacted",
        },
    ),
    **{
        f"stop-{namespace}": (
            "stop_streaming",
            (),
            {"namespace": namespace, "guid": _guid(namespace, "0001")},
        )
        for namespace in NAMESPACES
    },
    "stop-extra-body": (
        "stop_streaming",
        (),
        {"namespace": "twilio", "guid": CALL_SID, "extra_body": {"reason": "hold"}},
    ),
    "stop-twilio-transcription": ("stop_twilio_transcription", (CALL_SID,), {}),
    "conversation-messages": ("get_conversation_messages", (), {"external_id": CALL_SID}),
    "conversation-messages-escaped": (
        "get_conversation_messages",
        (),
        {"external_id": "a b&c=d/é?#"},
    ),
}


def _answer(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.endswith("/start-streaming"):
        return httpx.Response(200, json=START_OK)
    if path.endswith("/stop-streaming"):
        return httpx.Response(200, json=STOP_OK)
    if path.endswith("/twilio-media-stream-url"):
        return httpx.Response(200, json={"streamingUrl": STREAM_URL})
    return httpx.Response(200, json={"items": []})


def sent(kind: str, name: str, *, raw: bool = False) -> list[str]:
    """What ``name`` of WIRE_CALLS sends on the ``kind`` client: method, URL, content type
    and body (as text, the bytes being UTF-8)."""
    method, args, kwargs = WIRE_CALLS[name]
    api = Api(kind, Script(_answer), max_retries=0)
    try:
        if raw:
            api.call_raw(method, *args, **kwargs)
        else:
            api.call(method, *args, **kwargs)
    finally:
        api.close()
    (request,) = api.script.requests
    return [
        request.method,
        str(request.url),
        request.headers.get("content-type", ""),
        request.content.decode("utf-8"),
    ]


@pytest.mark.parametrize("name", list(WIRE_CALLS))
def test_each_call_sends_the_recorded_request(kind: str, name: str) -> None:
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    assert sent(kind, name) == recorded[name]


@pytest.mark.parametrize(
    "name", ["stream-url", "start-amazonconnect-every-setting", "conversation-messages"]
)
def test_the_raw_response_methods_send_the_same(kind: str, name: str) -> None:
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    assert sent(kind, name, raw=True) == recorded[name]


def test_the_record_has_every_call_and_no_other() -> None:
    assert list(json.loads(RECORD.read_text(encoding="utf-8"))) == list(WIRE_CALLS)


def _record() -> None:
    record = {name: sent("sync", name) for name in WIRE_CALLS}
    RECORD.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _record()
