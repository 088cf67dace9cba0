"""ASAPP's documented transcript messages, the SDK's schema of them, and test messages.

The documented values are written out here from ASAPP's Twilio guide, not read from the
spec, so that the spec's examples are checked against them.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml
from doubles import CALL_SID

SPEC_PATH = Path(__file__).resolve().parents[2] / "api-specs" / "transcript-webhook.yaml"

# Distinctive, so that a leak into a log line or a message is easy to find.
SECRET = "wh-S3cret-Kq7v2-transcripts"
SECRET_NAME = "X-Transcript-Token"
PRIVATE_TEXT = "my card is 4111 and my PIN is private-Utterance-Zx8"

# ASAPP's two documented messages, as the properties of a TranscriptEvent.
DOCUMENTED = {
    "customer": {
        "external_conversation_id": CALL_SID,
        "stream_id": "5ce2b755-3f38-11ed-b755-7aed4b5c38d5",
        "role": "customer",
        "sender_external_id": "TT9833237",
        "start_ms": 400,
        "end_ms": 3968,
        "text": "I need help upgrading my streaming package and my PIN number is ####",
    },
    "agent": {
        "external_conversation_id": CALL_SID,
        "stream_id": "cf31116-3f38-11ed-9116-7a0a36c763f1",
        "role": "agent",
        "sender_external_id": "RE223444211993",
        "start_ms": 4744,
        "end_ms": 8031,
        "text": "Thank you sir, let me pull up your account.",
    },
}


@functools.cache
def _spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as stream:
        spec: dict[str, Any] = yaml.safe_load(stream)
    return spec


def documented_examples() -> dict[str, dict[str, Any]]:
    """The request body examples of the spec, by name (a fresh copy each call)."""
    operation = _spec()["paths"]["/transcripts"]["post"]
    examples = operation["requestBody"]["content"]["application/json"]["examples"]
    return {name: json.loads(json.dumps(example["value"])) for name, example in examples.items()}


def event_schema() -> dict[str, Any]:
    """The schema of the request body, its ``$ref`` replaced by what they point to."""
    schemas = _spec()["components"]["schemas"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(schemas[node["$ref"].rsplit("/", 1)[1]])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item) for item in node]
        return node

    operation = _spec()["paths"]["/transcripts"]["post"]
    schema: dict[str, Any] = inline(
        operation["requestBody"]["content"]["application/json"]["schema"]
    )
    return schema


def message(
    *,
    call: str = CALL_SID,
    stream_id: str = "5ce2b755-3f38-11ed-b755-7aed4b5c38d5",
    role: str = "customer",
    sender: str = "TT9833237",
    start: int = 400,
    end: int = 3968,
    text: str = PRIVATE_TEXT,
) -> dict[str, Any]:
    """A transcript message in ASAPP's shape."""
    return {
        "type": "transcript",
        "externalConversationId": call,
        "streamId": stream_id,
        "sender": {"externalId": sender, "role": role},
        "autotranscribeResponse": {
            "message": "transcript",
            "start": start,
            "end": end,
            "utterance": [{"text": text}],
        },
    }


def body(**fields: Any) -> bytes:
    """``message(**fields)`` as the UTF-8 JSON ASAPP POSTs."""
    return json.dumps(message(**fields)).encode()
