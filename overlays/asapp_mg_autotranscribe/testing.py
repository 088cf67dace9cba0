"""Helpers for testing your own transcript receiver: the requests ASAPP would send it.

::

    from asapp_mg_autotranscribe.testing import transcript_event_body, transcript_request_headers

    response = test_client.post(
        "/asapp/transcripts",
        content=transcript_event_body(external_conversation_id=call_sid, text="hello"),
        headers=transcript_request_headers(secret, "X-Transcript-Token"),
    )
    assert response.status_code == 204

Nothing here is used by the SDK itself; it imports nothing but the SDK.
"""

from __future__ import annotations

import json

from ._checks import is_unicode
from ._exceptions import ConfigurationError, InvalidTranscriptEventError
from ._transcripts._verify import RequestCheck

__all__ = ["transcript_event_body", "transcript_request_headers"]


def transcript_event_body(
    *,
    external_conversation_id: str = "CA5b040e075515c424391012acc5a870cf",
    stream_id: str = "5ce2b755-3f38-11ed-b755-7aed4b5c38d5",
    role: str = "customer",
    sender_external_id: str = "TT9833237",
    start_ms: int = 400,
    end_ms: int = 3968,
    text: str = "I need help upgrading my streaming package and my PIN number is ####",
) -> bytes:
    """One message of ASAPP's transcript webhook, as the UTF-8 JSON it POSTs.

    Each argument is named after the :class:`~asapp_mg_autotranscribe.TranscriptEvent`
    property that reads it back; the defaults are ASAPP's documented example (a customer
    utterance of call ``CA5b040e075515c424391012acc5a870cf``). TypeError for a value of
    another type (a str where a str is read, an int, not a bool, where an int is read);
    InvalidTranscriptEventError for a str that is not Unicode text (a lone surrogate).
    """
    for name, value in (
        ("external_conversation_id", external_conversation_id),
        ("stream_id", stream_id),
        ("role", role),
        ("sender_external_id", sender_external_id),
        ("text", text),
    ):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")
        if not is_unicode(value):
            raise InvalidTranscriptEventError(
                f"{name} holds a lone surrogate, which is not Unicode text"
            )
    for name, number in (("start_ms", start_ms), ("end_ms", end_ms)):
        if isinstance(number, bool) or not isinstance(number, int):
            raise TypeError(f"{name} must be an int, not {type(number).__name__}")
    message = {
        "type": "transcript",
        "externalConversationId": external_conversation_id,
        "streamId": stream_id,
        "sender": {"externalId": sender_external_id, "role": role},
        "autotranscribeResponse": {
            "message": "transcript",
            "start": start_ms,
            "end": end_ms,
            "utterance": [{"text": text}],
        },
    }
    return json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def transcript_request_headers(secret: str, secret_name: str) -> dict[str, str]:
    """The headers of ASAPP's POST: its JSON content type and ``secret_name: secret``.

    ConfigurationError for a secret or a name a receiver would refuse (as
    :class:`~asapp_mg_autotranscribe.TranscriptWebhook` does), never quoting the secret.
    """
    if not isinstance(secret, str):
        raise ConfigurationError(f"secret must be a str, not {type(secret).__name__}")
    where = "header"  # the secret's place, not a secret
    RequestCheck(secret=secret, secret_name=secret_name, secret_in=where, max_body_bytes=1)
    return {"Content-Type": "application/json", secret_name: secret}
