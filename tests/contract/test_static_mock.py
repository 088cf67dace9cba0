"""Every SDK call against Prism serving the spec's examples: each request passes Prism's
validation, each 200 example comes back as the documented result, and each documented error
status raises its error class with the example's requestId and code."""

from __future__ import annotations

import pytest
from doubles import CONTRACT_RESPONSE_ERRORS
from spec_document import error_responses, example_of, operations, response_schema, status_of

from asapp_mg_autotranscribe import (
    APIStatusError,
    InternalServerError,
    ParticipantStream,
    RateLimitError,
    ServiceUnavailableError,
    StreamingResult,
)

from .support import (
    REQUEST_ID,
    SDK_CALLS,
    MockServer,
    Recorder,
    SdkCall,
    async_client,
    error_example,
    expected_outcome,
    first_call,
    plain,
    sync_client,
)

pytestmark = pytest.mark.contract

CALL_IDS = [call.name for call in SDK_CALLS]
ERROR_IDS = [f"{operation_id}-{key}" for operation_id, key in error_responses()]


def test_every_operation_of_the_spec_has_an_sdk_call() -> None:
    assert set(operations()) == {call.operation_id for call in SDK_CALLS}


def _check_success(call: SdkCall, outcome: object, recorder: Recorder) -> None:
    assert recorder.violations() == []
    assert [exchange.status_code for exchange in recorder.exchanges] == [200]
    # Prism's static answer is the spec's example; the SDK must give exactly that back.
    example = example_of(response_schema(call.operation_id, "200"))
    expected = expected_outcome(call.operation_id, example)
    assert isinstance(expected, str | dict), expected
    assert plain(outcome) == expected
    if isinstance(outcome, StreamingResult):
        participants = [outcome.customer, outcome.agent]
        assert all(isinstance(who, ParticipantStream) for who in participants)
        summaries = [who.summary for who in participants if who is not None]
        if call.operation_id == "stopStreaming":
            assert None not in summaries
        else:
            assert summaries == [None, None]


@pytest.mark.parametrize("call", SDK_CALLS, ids=CALL_IDS)
def test_sync_call_passes_the_mock(prism_static: MockServer, call: SdkCall) -> None:
    recorder = Recorder()
    with sync_client(prism_static.base_url, recorder) as client:
        outcome = call.sync(client)
    _check_success(call, outcome, recorder)


@pytest.mark.anyio
@pytest.mark.parametrize("call", SDK_CALLS, ids=CALL_IDS)
async def test_async_call_passes_the_mock(prism_static: MockServer, call: SdkCall) -> None:
    recorder = Recorder()
    async with async_client(prism_static.base_url, recorder) as client:
        outcome = await call.aio(client)
    _check_success(call, outcome, recorder)


def _check_error(
    error: APIStatusError, operation_id: str, response_key: str, recorder: Recorder
) -> None:
    status = status_of(response_key)
    example = error_example(operation_id, response_key)
    assert type(error) is CONTRACT_RESPONSE_ERRORS[response_key]
    assert error.status_code == status
    assert error.request_id == REQUEST_ID == example["requestId"]
    assert error.code == f"{status}-01" == example["code"]
    assert error.message == example["message"]
    assert error.body == {"error": example}
    if isinstance(error, RateLimitError):
        assert error.retry_after is None  # Prism sends no Retry-After
    assert recorder.violations() == []
    assert [exchange.status_code for exchange in recorder.exchanges] == [status]


@pytest.mark.parametrize(("operation_id", "response_key"), error_responses(), ids=ERROR_IDS)
def test_sync_error_status_raises_its_class(
    prism_static: MockServer, operation_id: str, response_key: str
) -> None:
    recorder = Recorder()
    prefer = {"Prefer": f"code={status_of(response_key)}"}
    with (
        sync_client(prism_static.base_url, recorder, headers=prefer) as client,
        pytest.raises(APIStatusError) as raised,
    ):
        first_call(operation_id).sync(client)
    _check_error(raised.value, operation_id, response_key, recorder)


@pytest.mark.anyio
@pytest.mark.parametrize(("operation_id", "response_key"), error_responses(), ids=ERROR_IDS)
async def test_async_error_status_raises_its_class(
    prism_static: MockServer, operation_id: str, response_key: str
) -> None:
    recorder = Recorder()
    prefer = {"Prefer": f"code={status_of(response_key)}"}
    async with async_client(prism_static.base_url, recorder, headers=prefer) as client:
        with pytest.raises(APIStatusError) as raised:
            await first_call(operation_id).aio(client)
    _check_error(raised.value, operation_id, response_key, recorder)


def test_default_response_is_what_prism_serves_for_500(prism_static: MockServer) -> None:
    """Prism has no 500 response to pick: it must fall back to ``default`` (500-01)."""
    recorder = Recorder()
    with (
        sync_client(prism_static.base_url, recorder, headers={"Prefer": "code=500"}) as client,
        pytest.raises(InternalServerError) as raised,
    ):
        client.get_twilio_media_stream_url()
    assert raised.value.code == "500-01"
    assert raised.value.message == "Internal server error"


def test_sync_retries_stay_within_the_contract(prism_static: MockServer) -> None:
    """A 503 on stop-streaming is retried (the request was not processed); every retry is a
    valid request too, and the last answer raises."""
    recorder = Recorder()
    sleeps: list[float] = []
    with (
        sync_client(
            prism_static.base_url,
            recorder,
            headers={"Prefer": "code=503"},
            max_retries=2,
            sleep=sleeps.append,
        ) as client,
        pytest.raises(ServiceUnavailableError),
    ):
        client.stop_twilio_transcription("CA" + "0" * 32)
    assert [exchange.status_code for exchange in recorder.exchanges] == [503, 503, 503]
    assert len(sleeps) == 2
    assert recorder.violations() == []


@pytest.mark.anyio
async def test_async_retries_stay_within_the_contract(prism_static: MockServer) -> None:
    """The async twin: a 429 on start-streaming is retried, every retry a valid request."""
    recorder = Recorder()
    sleeps: list[float] = []

    async def sleep(delay: float) -> None:
        sleeps.append(delay)

    async with async_client(
        prism_static.base_url,
        recorder,
        headers={"Prefer": "code=429"},
        max_retries=2,
        sleep=sleep,
    ) as client:
        with pytest.raises(RateLimitError):
            await first_call("startStreaming").aio(client)
    assert [exchange.status_code for exchange in recorder.exchanges] == [429, 429, 429]
    assert len(sleeps) == 2
    assert recorder.violations() == []
