"""examples/transcripts_fastapi.py: ASAPP's messages into the collector, the transcript
out, in order; driven through httpx's ASGI transport and as its docstring runs it."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from doubles import load_example

from asapp_mg_autotranscribe import ConfigurationError, TranscriptCollector

from .samples import CALL_SID, DOCUMENTED, PRIVATE_TEXT, SECRET, documented_examples
from .servers import UvicornProcess

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "transcripts_fastapi.py"
HOOK = "/asapp/transcripts/"  # the slash kept: the URL the README gave before

pytestmark = pytest.mark.anyio


@pytest.fixture(scope="module")
def example() -> ModuleType:
    return load_example(EXAMPLE)


def _utterance(name: str) -> dict[str, Any]:
    documented = DOCUMENTED[name]
    return {
        "role": documented["role"],
        "speaker_id": documented["sender_external_id"],
        "start_ms": documented["start_ms"],
        "end_ms": documented["end_ms"],
        "text": documented["text"],
    }


async def test_messages_in_transcript_out_in_order(example: ModuleType) -> None:
    collector = TranscriptCollector()
    app = example.create_app({"TRANSCRIPT_WEBHOOK_SECRET": SECRET}, collector)
    headers = {"X-Transcript-Token": SECRET}
    examples = documented_examples()
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        for name in ("agent", "customer", "agent"):  # out of order, and one sent twice
            response = await client.post(HOOK, json=examples[name], headers=headers)
            assert response.status_code == 204
        expected = [_utterance("customer"), _utterance("agent")]
        listed = await client.get(f"/calls/{CALL_SID}/transcript")
        assert listed.status_code == 200
        assert listed.json() == expected
        forgotten = await client.delete(f"/calls/{CALL_SID}/transcript")
        assert forgotten.json() == expected
        assert (await client.get(f"/calls/{CALL_SID}/transcript")).json() == []
    assert collector.call_ids() == []


async def test_the_secret_is_required(example: ModuleType) -> None:
    app = example.create_app({"TRANSCRIPT_WEBHOOK_SECRET": SECRET})
    message = documented_examples()["customer"]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        for headers in ({}, {"X-Transcript-Token": "wrong"}):
            response = await client.post(HOOK, json=message, headers=headers)
            assert response.status_code == 401
        assert (await client.get(f"/calls/{CALL_SID}/transcript")).json() == []


@pytest.mark.parametrize("path", [HOOK.rstrip("/"), HOOK])
async def test_the_webhook_path_is_answered_with_or_without_the_slash_never_redirected(
    example: ModuleType, path: str
) -> None:
    collector = TranscriptCollector()
    app = example.create_app({"TRANSCRIPT_WEBHOOK_SECRET": SECRET}, collector)
    message = documented_examples()["customer"]
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as client:
        delivered = await client.post(path, json=message, headers={"X-Transcript-Token": SECRET})
        # A secret in the query is in the wrong place for this app: refused, never redirected
        # (a redirect's Location would repeat it).
        in_query = await client.post(path + f"?X-Transcript-Token={SECRET}", json=message)
        other_methods = [
            (await client.request(method, path + f"?token={SECRET}")).status_code
            for method in ("GET", "PUT", "DELETE", "HEAD")
        ]
    assert delivered.status_code == 204
    assert in_query.status_code == 401
    assert "location" not in in_query.headers
    assert other_methods == [405] * 4
    assert [event.to_dict() for event in collector.events(CALL_SID)] == [message]


def test_without_the_secret_variable_the_app_is_not_built(example: ModuleType) -> None:
    with pytest.raises(ConfigurationError, match="secret_name is given but secret is None"):
        example.create_app({})


def test_the_secret_is_read_from_the_environment(example: ModuleType, monkeypatch: Any) -> None:
    monkeypatch.setenv("TRANSCRIPT_WEBHOOK_SECRET", SECRET)
    assert example.create_app() is not None
    monkeypatch.delenv("TRANSCRIPT_WEBHOOK_SECRET")
    with pytest.raises(ConfigurationError):
        example.create_app()


def test_the_example_runs_as_its_docstring_says(served_example: UvicornProcess) -> None:
    message = documented_examples()["customer"]
    message["autotranscribeResponse"]["utterance"] = [{"text": PRIVATE_TEXT}]
    with httpx.Client(base_url=served_example.base_url, timeout=10.0) as client:
        response = client.post(
            HOOK, content=json.dumps(message), headers={"X-Transcript-Token": SECRET}
        )
        assert response.status_code == 204
        listed = client.get(f"/calls/{CALL_SID}/transcript").json()
    assert [utterance["text"] for utterance in listed] == [PRIVATE_TEXT]
    log = served_example.log_text()
    assert '"POST /asapp/transcripts/ HTTP/1.1" 204' in log
    assert SECRET not in log
    assert PRIVATE_TEXT not in log
