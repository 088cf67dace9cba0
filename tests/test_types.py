"""The SDK's Literal types are the spec's enums, and the generated models load lazily."""

from __future__ import annotations

import subprocess
import sys
from typing import Any, get_args

import pytest
from spec_document import operations

import asapp_mg_autotranscribe as sdk


def _request_enum(operation_id: str, path: str) -> list[str]:
    schema = operations()[operation_id]["requestBody"]["content"]["application/json"]["schema"]
    for part in path.split("."):
        schema = schema["properties"][part]
    values: list[str] = schema["enum"]
    return values


@pytest.mark.parametrize(
    ("alias", "path"),
    [
        ("Namespace", "namespace"),
        ("RedactionOutput", "autotranscribeParams.redactionOutput"),
        ("MediaLineOrder", "siprecParams.mediaLineOrder"),
        ("Participant", "twilioParams.trackMap.inbound"),
        ("Participant", "twilioParams.trackMap.outbound"),
        ("StartSelectorType", "amazonConnectParams.startSelectorType"),
    ],
)
def test_literal_types_are_the_spec_s_enums(alias: str, path: str) -> None:
    ours: Any = getattr(sdk, alias)
    assert sorted(get_args(ours)) == sorted(_request_enum("startStreaming", path))


LAZY_PROBE = """
import sys
import httpx
import asapp_mg_autotranscribe as sdk
MODELS = "asapp_mg_autotranscribe._gen.mg_autotranscribe_client.models"
assert MODELS not in sys.modules, "generated models at import"
assert "asyncio" not in sys.modules, "asyncio at import"
transport = httpx.MockTransport(
    lambda request: httpx.Response(200, json={"streamingUrl": "wss://x/t"})
)
with httpx.Client(transport=transport) as http:
    client = sdk.AutoTranscribeClient(api_id="i", api_secret="s", http_client=http)
    assert client.get_twilio_media_stream_url() == "wss://x/t"
assert MODELS in sys.modules
"""


def test_the_generated_models_and_asyncio_load_on_first_use_only() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert probe.returncode == 0, probe.stderr
