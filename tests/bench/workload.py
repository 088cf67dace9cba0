"""The calls the benchmarks make, written three ways: raw httpx, the generated client, ours.

Each way sends the same requests (``check_same_requests`` proves it against the fake
API) and does the least a caller needs with the answer: raw httpx decodes the JSON,
the generated client builds its attrs models, ours returns its typed results.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from fake_api import START_PATH, STOP_PATH, STREAM_URL_PATH, STREAMING_URL, FakeApi

from asapp_mg_autotranscribe import AsyncAutoTranscribeClient, AutoTranscribeClient
from asapp_mg_autotranscribe._gen.mg_autotranscribe_client.api.auto_transcribe_media_gateway import (  # noqa: E501
    get_twilio_media_streams,
    start_streaming,
    stop_streaming,
)
from asapp_mg_autotranscribe._gen.mg_autotranscribe_client.client import Client as GeneratedClient
from asapp_mg_autotranscribe._gen.mg_autotranscribe_client.models import (
    GetTwilioMediaStreamsResponse,
    StartStreamingRequest,
    StartStreamingRequestTwilioParams,
    StartStreamingRequestTwilioParamsTrackMap,
    StartStreamingResponse,
    StopStreamingRequest,
    StopStreamingResponse,
)

API_ID = "bench-api-id"
API_SECRET = "bench-api-secret"
CALL_SID = "CA5b040e075515c424391012acc5a870cf"
CUSTOMER_ID = "TT9833237"
AGENT_ID = "RE223444211993"
TIMEOUT = httpx.Timeout(30.0, connect=5.0)

# The operations, in the fake API's counter names.
OPERATIONS = ("stream_url", "start_streaming", "stop_streaming")
RAW, GENERATED, OURS, OURS_RAW = "raw httpx", "generated", "ours", "ours, raw response"
VARIANTS = (RAW, GENERATED, OURS, OURS_RAW)

# What every variant sends: the SDK's start_streaming with a Twilio track map.
START_REQUEST: dict[str, Any] = {
    "namespace": "twilio",
    "guid": CALL_SID,
    "customerId": CUSTOMER_ID,
    "agentId": AGENT_ID,
    "twilioParams": {"trackMap": {"inbound": "customer", "outbound": "agent"}},
}
STOP_REQUEST: dict[str, Any] = {"namespace": "twilio", "guid": CALL_SID}
# The same, as the keyword arguments of our clients' methods.
START_ARGUMENTS: dict[str, Any] = {
    "namespace": "twilio",
    "guid": CALL_SID,
    "customer_id": CUSTOMER_ID,
    "agent_id": AGENT_ID,
    "twilio_track_map": {"inbound": "customer", "outbound": "agent"},
}
_CREDENTIAL_HEADERS = {"asapp-api-id": API_ID, "asapp-api-secret": API_SECRET}
_RAW_HEADERS = {**_CREDENTIAL_HEADERS, "accept": "application/json"}

Calls = dict[str, Callable[[], object]]


def sdk_client(base_url: str, http_client: httpx.Client | None = None) -> AutoTranscribeClient:
    """Our sync client, on its own connection pool unless ``http_client`` is given."""
    return AutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        base_url=base_url,
        timeout=TIMEOUT,
        http_client=http_client,
        environment={},
    )


def async_sdk_client(base_url: str, http_client: httpx.AsyncClient) -> AsyncAutoTranscribeClient:
    """Our async client on ``http_client``."""
    return AsyncAutoTranscribeClient(
        api_id=API_ID,
        api_secret=API_SECRET,
        base_url=base_url,
        timeout=TIMEOUT,
        http_client=http_client,
        environment={},
    )


def generated_client(
    base_url: str, transport: httpx.BaseTransport | None = None
) -> GeneratedClient:
    """The generated client, carrying the credential headers; on ``transport``'s pool if given."""
    return GeneratedClient(
        base_url=base_url,
        headers=dict(_CREDENTIAL_HEADERS),
        timeout=TIMEOUT,
        httpx_args={} if transport is None else {"transport": transport},
    )


def raw_calls(http: httpx.Client, base_url: str) -> Calls:
    """The floor: a hand-built request on a plain httpx.Client, the JSON decoded."""
    stream_url_url = base_url + STREAM_URL_PATH
    start_url = base_url + START_PATH
    stop_url = base_url + STOP_PATH

    def call(method: str, url: str, body: dict[str, Any] | None) -> Any:
        response = http.send(http.build_request(method, url, json=body, headers=_RAW_HEADERS))
        if response.status_code != 200:
            raise RuntimeError(f"{method} {url} -> {response.status_code}")
        return response.json()

    return {
        "stream_url": lambda: call("GET", stream_url_url, None)["streamingUrl"],
        "start_streaming": lambda: call("POST", start_url, START_REQUEST),
        "stop_streaming": lambda: call("POST", stop_url, STOP_REQUEST),
    }


def generated_calls(client: GeneratedClient) -> Calls:
    """The generated ``sync_detailed`` functions, the request model built per call."""

    def stream_url() -> object:
        return get_twilio_media_streams.sync_detailed(client=client).parsed

    def start() -> object:
        body = StartStreamingRequest(
            namespace="twilio",
            guid=CALL_SID,
            customer_id=CUSTOMER_ID,
            agent_id=AGENT_ID,
            twilio_params=StartStreamingRequestTwilioParams(
                track_map=StartStreamingRequestTwilioParamsTrackMap(
                    inbound="customer", outbound="agent"
                )
            ),
        )
        return start_streaming.sync_detailed(client=client, body=body).parsed

    def stop() -> object:
        body = StopStreamingRequest(namespace="twilio", guid=CALL_SID)
        return stop_streaming.sync_detailed(client=client, body=body).parsed

    return {"stream_url": stream_url, "start_streaming": start, "stop_streaming": stop}


def sdk_calls(client: AutoTranscribeClient) -> Calls:
    """Our client's three methods."""

    def start() -> object:
        return client.start_streaming(**START_ARGUMENTS)

    def stop() -> object:
        return client.stop_streaming(namespace="twilio", guid=CALL_SID)

    return {
        "stream_url": client.get_twilio_media_stream_url,
        "start_streaming": start,
        "stop_streaming": stop,
    }


def sdk_raw_response_calls(client: AutoTranscribeClient) -> Calls:
    """Our client's three methods through ``with_raw_response``, then ``parse()``: the same
    result as the plain call."""
    raw = client.with_raw_response

    def stream_url() -> object:
        return raw.get_twilio_media_stream_url().parse()

    def start() -> object:
        return raw.start_streaming(**START_ARGUMENTS).parse()

    def stop() -> object:
        return raw.stop_streaming(namespace="twilio", guid=CALL_SID).parse()

    return {"stream_url": stream_url, "start_streaming": start, "stop_streaming": stop}


def raw_async_start(http: httpx.AsyncClient, base_url: str) -> Callable[[], Awaitable[object]]:
    """start_streaming as a hand-built request on a plain httpx.AsyncClient."""
    url = base_url + START_PATH

    async def start() -> object:
        request = http.build_request("POST", url, json=START_REQUEST, headers=_RAW_HEADERS)
        response = await http.send(request)
        if response.status_code != 200:
            raise RuntimeError(f"POST {url} -> {response.status_code}")
        return response.json()

    return start


def sdk_async_start(client: AsyncAutoTranscribeClient) -> Callable[[], Awaitable[object]]:
    """start_streaming through our async client."""

    async def start() -> object:
        return await client.start_streaming(**START_ARGUMENTS)

    return start


def check_same_requests(api: FakeApi, calls_by_variant: dict[str, Calls]) -> None:
    """Make each call once per variant: the same body must reach the server, and each
    variant must read the answer right. Raises AssertionError otherwise."""
    expected_types = {
        "stream_url": GetTwilioMediaStreamsResponse,
        "start_streaming": StartStreamingResponse,
        "stop_streaming": StopStreamingResponse,
    }
    for operation in OPERATIONS:
        bodies = {}
        for variant, calls in calls_by_variant.items():
            api.reset()
            result = calls[operation]()
            stats = api.stats()
            assert stats["counts"][operation] == 1, (variant, operation, stats)
            bodies[variant] = stats["last_bodies"][operation]
            if variant == GENERATED:
                assert isinstance(result, expected_types[operation]), (variant, result)
            elif operation == "stream_url":
                assert result == STREAMING_URL, (variant, result)
            elif variant in (OURS, OURS_RAW):
                assert getattr(result, "is_ok", False), (variant, result)
                has_summary = getattr(getattr(result, "customer", None), "summary", None)
                assert (has_summary is not None) == (operation == "stop_streaming"), result
        first = next(iter(bodies.values()))
        assert all(body == first for body in bodies.values()), (operation, bodies)
