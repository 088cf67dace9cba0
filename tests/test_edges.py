"""Edges of the core: a deadline spent by an oversleeping wait, pools after a fork, answers
of operations the spec documents no body for, secrets echoed in headers."""

from __future__ import annotations

import io
import pickle
from typing import Any

import attrs
import httpx
import pytest
from doubles import API_ID, API_SECRET, STREAM_URL, Clock, error_body

from asapp_mg_autotranscribe import (
    NOT_GIVEN,
    APIStatusError,
    APITimeoutError,
    AutoTranscribeClient,
    ConfigurationError,
    InvalidRequestError,
    InvalidResponseError,
    StreamUrlCache,
)
from asapp_mg_autotranscribe._base_client import _renew_pools_in_child
from asapp_mg_autotranscribe._cli import main
from asapp_mg_autotranscribe._gen.mg_autotranscribe_client import api as media_gateway_api


def test_a_wait_that_oversleeps_the_deadline_ends_the_call_before_another_attempt(
    stopped_monotonic: Clock,
) -> None:
    # The clock moves only in the wait: the 0.1 s wait fits in the 0.3 s deadline, and
    # waking 0.3 s late spends it, however long the first attempt took on this machine.
    asked: list[float] = []

    def oversleep(delay: float) -> None:
        asked.append(delay)
        stopped_monotonic.now += delay + 0.3

    script = [
        httpx.Response(503, json=error_body(503), headers={"retry-after": "0.1"}),
        httpx.Response(200, json={"streamingUrl": STREAM_URL}),
    ]
    transport = httpx.MockTransport(lambda request: script.pop(0))
    with httpx.Client(transport=transport) as http:
        client = AutoTranscribeClient(
            api_id=API_ID, api_secret=API_SECRET, http_client=http, sleep=oversleep, deadline=0.3
        )
        with pytest.raises(APITimeoutError, match=r"deadline of the call passed \(2 attempts\)"):
            client.get_twilio_media_stream_url()
    assert asked == [0.1]
    assert len(script) == 1


def test_after_a_fork_only_open_pools_of_the_sdk_are_renewed() -> None:
    with AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, environment={}) as open_client:
        closed = AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, environment={})
        closed.close()
        before_open, before_closed = open_client._pool.http, closed._pool.http
        _renew_pools_in_child()
        assert open_client._pool.http is not before_open
        assert closed._pool.http is before_closed
        before_open.close()


def test_not_given_survives_a_pickle_as_itself() -> None:
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError


def test_a_closed_stdout_ends_the_command_quietly() -> None:
    err = io.StringIO()
    code = main(
        ["twiml", "--url", "wss://h/p/t"],
        environment={"ASAPP_API_ID": "i", "ASAPP_API_SECRET": "s"},
        stdout=ClosedPipe(),
        stderr=err,
    )
    assert (code, err.getvalue()) == (1, "")


def _as_if(monkeypatch: pytest.MonkeyPatch, operation_id: str, **changes: Any) -> None:
    """The operation ``operation_id`` of the generated registry, as if the spec said
    ``changes`` of it."""
    real = media_gateway_api.OPERATIONS[operation_id]
    monkeypatch.setitem(media_gateway_api.OPERATIONS, operation_id, attrs.evolve(real, **changes))


@pytest.fixture
def no_documented_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stream-URL operation as if the spec documented no answer body at all."""
    _as_if(monkeypatch, "getTwilioMediaStreams", response_models={})


@pytest.mark.usefixtures("no_documented_bodies")
def test_an_answer_the_spec_documents_no_body_for_is_refused_or_given_as_status(
    make_api: Any,
) -> None:
    api = make_api(httpx.Response(200, json={"streamingUrl": STREAM_URL}))
    with pytest.raises(InvalidResponseError, match="documents no body for status 200"):
        api.call("get_twilio_media_stream_url")
    api.script.steps = [httpx.Response(418, json=error_body(418))]
    with pytest.raises(APIStatusError) as caught:
        api.call("get_twilio_media_stream_url")
    assert (caught.value.status_code, caught.value.request_id) == (418, None)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"clock": "monotonic"}, "clock must be a function"),
        ({"deadline": -1}, "deadline must be a number of seconds"),
        ({"refresh_after": True}, "refresh_after must be seconds"),
    ],
)
def test_a_cache_checks_its_settings(settings: dict[str, Any], message: str) -> None:
    with (
        AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, environment={}) as client,
        pytest.raises(ConfigurationError, match=message),
    ):
        StreamUrlCache(client, **settings)


def test_a_body_for_an_operation_the_spec_gives_no_json_body_is_refused(
    make_api: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_if(monkeypatch, "stopStreaming", request_model=None)
    api = make_api()
    with pytest.raises(InvalidRequestError, match="stopStreaming: the spec documents no JSON body"):
        api.call("stop_streaming", namespace="twilio", guid="CA5b040e075515c424391012acc5a870cf")
    assert api.script.requests == []
