"""One OpenTelemetry span per call (the otel extra), with nothing secret on it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from doubles import API_SECRET, CALL_SID, START_OK, STREAM_URL, error_body
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from asapp_mg_autotranscribe import ConflictError

_EXPORTER = InMemorySpanExporter()


@pytest.fixture(scope="module", autouse=True)
def _provider() -> None:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(_EXPORTER))
    trace.set_tracer_provider(provider)


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    _EXPORTER.clear()
    yield _EXPORTER
    _EXPORTER.clear()


def test_a_call_is_one_span_with_its_outcome(make_api: Any, spans: InMemorySpanExporter) -> None:
    api = make_api(
        httpx.Response(503, json=error_body(503)),
        httpx.Response(200, json={"streamingUrl": STREAM_URL}),
    )
    api.call("get_twilio_media_stream_url")
    (span,) = spans.get_finished_spans()
    assert span.name == "asapp getTwilioMediaStreams"
    assert span.kind is trace.SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "asapp.operation": "getTwilioMediaStreams",
        "http.request.method": "GET",
        "http.response.status_code": 200,
        "asapp.retries": 1,
    }
    assert span.status.status_code is trace.StatusCode.UNSET


def test_a_failed_call_s_span_names_the_error(make_api: Any, spans: InMemorySpanExporter) -> None:
    api = make_api(httpx.Response(409, json=error_body(409)))
    with pytest.raises(ConflictError):
        api.call("start_twilio_transcription", CALL_SID, customer_id="C", agent_id="A")
    (span,) = spans.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "ConflictError"
    assert attributes["http.response.status_code"] == 409
    assert span.status.status_code is trace.StatusCode.ERROR


def test_no_span_holds_a_secret_a_url_or_a_body(make_api: Any, spans: InMemorySpanExporter) -> None:
    api = make_api(
        httpx.Response(200, json={"streamingUrl": STREAM_URL}), httpx.Response(200, json=START_OK)
    )
    api.call("get_twilio_media_stream_url")
    api.call("start_twilio_transcription", CALL_SID, customer_id="TT9833237", agent_id="A")
    text = " ".join(
        f"{span.name} {dict(span.attributes or {})} {span.events} {span.status}"
        for span in spans.get_finished_spans()
    )
    for secret in (API_SECRET, STREAM_URL, "eyJhbGciOi", CALL_SID, "TT9833237", "https://"):
        assert secret not in text


NO_OTEL = """
import sys
sys.modules["opentelemetry"] = None  # as if the otel extra were not installed
import httpx
import asapp_mg_autotranscribe as sdk
transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"streamingUrl": "wss://x/t"}))
with httpx.Client(transport=transport) as http:
    client = sdk.AutoTranscribeClient(api_id="i", api_secret="s", http_client=http)
    assert client.get_twilio_media_stream_url() == "wss://x/t"
assert "opentelemetry.trace" not in sys.modules
"""


def test_without_opentelemetry_calls_work_untraced() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", NO_OTEL], capture_output=True, text=True, timeout=60, check=False
    )
    assert probe.returncode == 0, probe.stderr
