"""Every SDK call, many times, against Prism answering with random bodies drawn from the
spec's schemas (``--dynamic``): each call ends in the result the contract derives from the
body Prism sent, or in a documented error class of the contract, never in another exception.

Prism fills in every property of a schema, so no 200 body may end in InvalidResponseError.
One call in four asks for a documented error status (``Prefer: code=NNN``, cycling through
the operation's statuses), so random error bodies are mapped too. Outcomes are counted per
client, SDK call and outcome class, and printed at the end of the run.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Iterator

import pytest
from spec_document import error_responses, status_of

from asapp_mg_autotranscribe import (
    APIStatusError,
    ASAPPError,
    InvalidResponseError,
    StreamingNotOkError,
)

from .support import (
    SDK_CALLS,
    MockServer,
    PreferCode,
    Recorder,
    SdkCall,
    async_client,
    error_class,
    expected_outcome,
    expected_result,
    plain,
    sync_client,
)

pytestmark = pytest.mark.contract

SYNC_CALLS_PER_SDK_CALL = 200
ASYNC_CALLS_PER_SDK_CALL = 40
# Every fourth call asks for an error status.
ERROR_EVERY = 4
CALL_IDS = [call.name for call in SDK_CALLS]

# The classes README lets a call to a mock of the spec end in.
CONTRACT_ERRORS = (APIStatusError, InvalidResponseError, StreamingNotOkError)


def _statuses(operation_id: str) -> Iterator[int]:
    """The operation's documented error statuses, round and round."""
    return itertools.cycle(
        status_of(key) for op_id, key in error_responses() if op_id == operation_id
    )


def _check(call: SdkCall, outcome: object, recorder: Recorder, asked: int | None) -> str:
    """Check one call's outcome against the answer Prism sent; return the outcome's name."""
    exchange = recorder.exchanges[-1]
    assert recorder.violations() == [], recorder.violations()
    if asked is not None:
        assert exchange.status_code == asked
        assert isinstance(outcome, APIStatusError), (outcome, exchange.body)
        assert type(outcome) is error_class(asked)
        assert outcome.status_code == asked
        body = outcome.body
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict):
            for key, attribute in (("requestId", outcome.request_id), ("code", outcome.code)):
                value = error.get(key)
                assert attribute == (value if isinstance(value, str) and value else None)
        return type(outcome).__name__
    assert exchange.status_code == 200
    expected = expected_outcome(call.operation_id, json.loads(exchange.body))
    # Prism --dynamic fills in every property the schema has, so a body the SDK cannot read
    # means the SDK expects a field the spec does not have (or names it differently).
    assert expected is not InvalidResponseError, f"unreadable 200 body: {exchange.body!r}"
    if isinstance(expected, type):
        assert type(outcome) is expected, (outcome, exchange.body)
        if isinstance(outcome, StreamingNotOkError):
            assert plain(outcome.result) == expected_result(
                call.operation_id, json.loads(exchange.body)
            )
        return expected.__name__
    assert plain(outcome) == expected, exchange.body
    return "result"


def test_sync_calls_end_in_a_result_or_a_contract_error(
    prism_dynamic: MockServer, dynamic_outcomes: Counter[tuple[str, str, str]]
) -> None:
    prefer = PreferCode()
    recorder = Recorder()
    seen: Counter[str] = Counter()
    with sync_client(prism_dynamic.base_url, recorder, prefer=prefer) as client:
        for call in SDK_CALLS:
            statuses = _statuses(call.operation_id)
            for index in range(SYNC_CALLS_PER_SDK_CALL):
                prefer.code = next(statuses) if index % ERROR_EVERY == ERROR_EVERY - 1 else None
                try:
                    outcome: object = call.sync(client)
                except CONTRACT_ERRORS as error:
                    outcome = error
                except ASAPPError as error:  # a typed error, but not one this call may raise
                    pytest.fail(f"{call.name}: unexpected {error!r}")
                name = _check(call, outcome, recorder, prefer.code)
                dynamic_outcomes["sync", call.name, name] += 1
                seen[call.operation_id] += 1
    assert len(recorder.exchanges) == SYNC_CALLS_PER_SDK_CALL * len(SDK_CALLS)
    assert min(seen.values()) >= 200
    # Random bodies must have driven every kind of 200 outcome somewhere.
    names = {name for (_, _, name) in dynamic_outcomes}
    assert {"result", "StreamingNotOkError"} <= names


@pytest.mark.anyio
async def test_async_calls_end_in_a_result_or_a_contract_error(
    prism_dynamic: MockServer, dynamic_outcomes: Counter[tuple[str, str, str]]
) -> None:
    prefer = PreferCode()
    recorder = Recorder()
    async with async_client(prism_dynamic.base_url, recorder, prefer=prefer) as client:
        for call in SDK_CALLS:
            statuses = _statuses(call.operation_id)
            for index in range(ASYNC_CALLS_PER_SDK_CALL):
                prefer.code = next(statuses) if index % ERROR_EVERY == ERROR_EVERY - 1 else None
                try:
                    outcome: object = await call.aio(client)
                except CONTRACT_ERRORS as error:
                    outcome = error
                name = _check(call, outcome, recorder, prefer.code)
                dynamic_outcomes["async", call.name, name] += 1
    assert len(recorder.exchanges) == ASYNC_CALLS_PER_SDK_CALL * len(SDK_CALLS)
