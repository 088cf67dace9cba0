"""The SDK's Literal types are the spec's enums, and the generated models load lazily."""

from __future__ import annotations

import subprocess
import sys
from typing import Any, get_args

import pytest

from asapp_mg_autotranscribe import (
    MediaLineOrder,
    Namespace,
    Participant,
    RedactionOutput,
    StartSelectorType,
)
from mg_autotranscribe_client.models.start_streaming_request_amazon_connect_params_start_selector_type import (  # noqa: E501
    StartStreamingRequestAmazonConnectParamsStartSelectorType,
)
from mg_autotranscribe_client.models.start_streaming_request_autotranscribe_params_redaction_output import (  # noqa: E501
    StartStreamingRequestAutotranscribeParamsRedactionOutput,
)
from mg_autotranscribe_client.models.start_streaming_request_namespace import (
    StartStreamingRequestNamespace,
)
from mg_autotranscribe_client.models.start_streaming_request_siprec_params_media_line_order import (
    StartStreamingRequestSiprecParamsMediaLineOrder,
)
from mg_autotranscribe_client.models.start_streaming_request_twilio_params_track_map_inbound import (  # noqa: E501
    StartStreamingRequestTwilioParamsTrackMapInbound,
)
from mg_autotranscribe_client.models.start_streaming_request_twilio_params_track_map_outbound import (  # noqa: E501
    StartStreamingRequestTwilioParamsTrackMapOutbound,
)


@pytest.mark.parametrize(
    ("ours", "generated"),
    [
        (Namespace, StartStreamingRequestNamespace),
        (RedactionOutput, StartStreamingRequestAutotranscribeParamsRedactionOutput),
        (MediaLineOrder, StartStreamingRequestSiprecParamsMediaLineOrder),
        (Participant, StartStreamingRequestTwilioParamsTrackMapInbound),
        (Participant, StartStreamingRequestTwilioParamsTrackMapOutbound),
        (StartSelectorType, StartStreamingRequestAmazonConnectParamsStartSelectorType),
    ],
)
def test_literal_types_are_the_generated_enums(ours: Any, generated: Any) -> None:
    assert sorted(get_args(ours)) == sorted(get_args(generated))


LAZY_PROBE = """
import sys
import httpx
import asapp_mg_autotranscribe as sdk
assert "mg_autotranscribe_client.models" not in sys.modules, "generated models at import"
assert "asyncio" not in sys.modules, "asyncio at import"
transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"streamingUrl": "wss://x/t"}))
with httpx.Client(transport=transport) as http:
    client = sdk.AutoTranscribeClient(api_id="i", api_secret="s", http_client=http)
    assert client.get_twilio_media_stream_url() == "wss://x/t"
assert "mg_autotranscribe_client.models" in sys.modules
"""


def test_the_generated_models_and_asyncio_load_on_first_use_only() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert probe.returncode == 0, probe.stderr
