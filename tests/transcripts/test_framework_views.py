"""The README's Django and Flask views over verify_transcript_request, run as written, and
asapp_mg_autotranscribe.testing, which gives them ASAPP's requests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from asapp_mg_autotranscribe import (
    ConfigurationError,
    InvalidTranscriptEventError,
    parse_transcript_event,
)
from asapp_mg_autotranscribe.testing import transcript_event_body, transcript_request_headers

from .samples import DOCUMENTED, PRIVATE_TEXT, SECRET, SECRET_NAME, documented_examples

README = Path(__file__).resolve().parents[2] / "README.md"
HOOK = "/asapp/transcripts"


def readme_block(marker: str) -> str:
    """The README's one Python block that holds ``marker``."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    found = [block for block in blocks if marker in block]
    assert len(found) == 1, f"{len(found)} README blocks hold {marker!r}"
    return found[0]


def run_block(marker: str, name: str) -> ModuleType:
    module = ModuleType(name)
    exec(compile(readme_block(marker), f"README.md ({name})", "exec"), module.__dict__)
    return module


@pytest.fixture
def secret_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRANSCRIPT_WEBHOOK_SECRET", SECRET)


@pytest.fixture(scope="module")
def django_view() -> ModuleType:
    from django.conf import settings

    if not settings.configured:
        settings.configure(ALLOWED_HOSTS=["testserver"], DEFAULT_CHARSET="utf-8")
    return run_block("from django.http import HttpResponse", "django_views")


@pytest.fixture(scope="module")
def flask_view() -> ModuleType:
    return run_block("from flask import Flask, request", "flask_views")


def _django_post(view: ModuleType, content: bytes, headers: dict[str, str]) -> Any:
    from django.test import RequestFactory

    request = RequestFactory().post(
        HOOK, data=content, content_type="application/json", headers=headers
    )
    return view.asapp_transcripts(request)


def test_the_django_view(django_view: ModuleType, secret_in_environment: None) -> None:
    headers = transcript_request_headers(SECRET, SECRET_NAME)
    headers.pop("Content-Type")
    sent = transcript_event_body(text=PRIVATE_TEXT)
    assert _django_post(django_view, sent, headers).status_code == 204
    assert _django_post(django_view, sent, {SECRET_NAME: "wrong"}).status_code == 401
    assert _django_post(django_view, sent, {}).status_code == 401
    refused = _django_post(django_view, b"[]", headers)
    assert refused.status_code == 400
    assert refused.content.startswith(b"not a transcript event: ")
    events = django_view.collector.pop(DOCUMENTED["customer"]["external_conversation_id"])
    assert [event.text for event in events] == [PRIVATE_TEXT]
    from django.test import RequestFactory

    assert django_view.asapp_transcripts(RequestFactory().get(HOOK)).status_code == 405


def test_the_flask_view(flask_view: ModuleType, secret_in_environment: None) -> None:
    client = flask_view.app.test_client()
    headers = transcript_request_headers(SECRET, SECRET_NAME)
    sent = transcript_event_body(start_ms=7)
    assert client.post(HOOK, data=sent, headers=headers).status_code == 204
    assert client.post(HOOK, data=sent, headers={SECRET_NAME: "wrong"}).status_code == 401
    twice = [(SECRET_NAME, SECRET), (SECRET_NAME, SECRET)]
    assert client.post(HOOK, data=sent, headers=twice).status_code == 401
    refused = client.post(HOOK, data=b"{}", headers=headers)
    assert refused.status_code == 400
    assert refused.text.startswith("not a transcript event: ")
    too_large = client.post(HOOK, data=b" " * (256 * 1024 + 1), headers=headers)
    assert too_large.status_code == 413
    events = flask_view.collector.pop(DOCUMENTED["customer"]["external_conversation_id"])
    assert [event.start_ms for event in events] == [7]


def test_the_default_body_is_asapps_documented_example() -> None:
    assert json.loads(transcript_event_body()) == documented_examples()["customer"]


def test_each_field_is_named_after_the_event_property_that_reads_it() -> None:
    fields: dict[str, Any] = {
        "external_conversation_id": "CA00000000000000000000000000000001",
        "stream_id": "stream-9",
        "role": "a-new-role",
        "sender_external_id": "agent-7",
        "start_ms": 12,
        "end_ms": 3400,
        "text": "héllo wörld",
    }
    event = parse_transcript_event(transcript_event_body(**fields))
    assert {name: getattr(event, name) for name in fields} == fields


@pytest.mark.parametrize(
    ("fields", "message_part"),
    [
        ({"start_ms": "400"}, "start_ms must be an int, not str"),
        ({"end_ms": True}, "end_ms must be an int, not bool"),
        ({"text": None}, "text must be a str, not NoneType"),
    ],
)
def test_a_field_of_another_type_is_a_type_error(fields: dict[str, Any], message_part: str) -> None:
    with pytest.raises(TypeError, match=message_part):
        transcript_event_body(**fields)


def test_a_lone_surrogate_is_not_a_message() -> None:
    with pytest.raises(InvalidTranscriptEventError, match="text holds a lone surrogate"):
        transcript_event_body(text="\ud800")


def test_an_unknown_field_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument 'speaker'"):
        transcript_event_body(speaker="agent")  # type: ignore[call-arg]


def test_the_headers_carry_the_secret_and_refuse_what_a_receiver_would() -> None:
    assert transcript_request_headers(SECRET, SECRET_NAME) == {
        "Content-Type": "application/json",
        SECRET_NAME: SECRET,
    }
    for secret, name in (("line\nbreak", SECRET_NAME), (SECRET, "X Token"), (None, SECRET_NAME)):
        with pytest.raises(ConfigurationError) as raised:
            transcript_request_headers(secret, name)  # type: ignore[arg-type]
        assert "line\nbreak" not in str(raised.value)
