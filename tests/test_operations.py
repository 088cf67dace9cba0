"""An operation of the generated registry as the clients call it: its path parameters
filled in (also when it sends a body), its query parameters, its retry rule."""

from __future__ import annotations

import inspect
import json
from typing import Any, Unpack

import attrs
import httpx
import pytest
from doubles import STOP_OK, Api, Script

from asapp_mg_autotranscribe import (
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    InvalidRequestError,
    _generated,
)
from asapp_mg_autotranscribe._endpoint import Answer, PreparedCall, RequestParts, returns_model
from asapp_mg_autotranscribe._media_gateway._answers import STOP_STREAMING
from asapp_mg_autotranscribe._methods import async_method, sync_method
from asapp_mg_autotranscribe._options import RequestOptions

# stopStreaming as if its path named the call: a POST with a body and a path parameter.
STOP_CALL = attrs.evolve(
    _generated.operations()["stopStreaming"],
    operation_id="stopCall",
    path="/mg-autotranscribe/v1/calls/{callId}/stop",
    path_parameters=("callId",),
    query_parameters=("reason",),
)


def stop_call(
    *, call_id: str, guid: str, reason: str | None = None, **options: Unpack[RequestOptions]
) -> RequestParts:
    """Stop a call named in the path."""
    return RequestParts(
        STOP_CALL,
        body={"namespace": "twilio", "guid": guid},
        path={"callId": call_id},
        query={"reason": reason},
        options=options,
    )


build_stop_call = stop_call


class SyncClient(AutoTranscribeClient):
    stop_call = sync_method(stop_call, STOP_STREAMING)
    # An operation sdk-names.yaml gives no Answer: the method returns the generated model.
    stop_call_model = sync_method(build_stop_call, Answer(returns_model))


class AsyncClient(AsyncAutoTranscribeClient):
    stop_call = async_method(stop_call, STOP_STREAMING)
    stop_call_model = async_method(build_stop_call, Answer(returns_model))


@pytest.fixture
def api(kind: str) -> Any:
    script = Script(httpx.Response(200, json=STOP_OK))
    made = Api(kind, script)
    made.client = (SyncClient if kind == "sync" else AsyncClient)(
        http_client=made.http, api_id="i", api_secret="s", environment={}, max_retries=0
    )
    yield made
    made.close()


def test_a_path_parameter_is_filled_in_beside_a_body(api: Any) -> None:
    api.call("stop_call", call_id="CA 1/2?#", guid="g", reason="hold")
    (request,) = api.script.requests
    assert request.url.raw_path == b"/mg-autotranscribe/v1/calls/CA%201%2F2%3F%23/stop?reason=hold"
    assert json.loads(request.content) == {"namespace": "twilio", "guid": "g"}


def test_a_query_parameter_left_out_is_not_sent(api: Any) -> None:
    api.call("stop_call", call_id="CA1", guid="g")
    (request,) = api.script.requests
    assert request.url.raw_path == b"/mg-autotranscribe/v1/calls/CA1/stop"


@pytest.mark.parametrize("call_id", ["", None])
def test_an_empty_path_parameter_is_refused_before_sending(api: Any, call_id: Any) -> None:
    with pytest.raises(InvalidRequestError, match="stopCall: the path parameter callId"):
        api.call("stop_call", call_id=call_id, guid="g")
    assert api.script.requests == []


def test_the_registry_says_which_requests_may_be_repeated() -> None:
    operations = _generated.operations()
    assert {name: op.retry_safe for name, op in operations.items()} == {
        "getTwilioMediaStreams": True,
        "startStreaming": False,
        "stopStreaming": False,
        "getMessagesByExternalId": True,
    }
    call = PreparedCall(RequestParts(operations["startStreaming"]), STOP_STREAMING)
    assert not call.idempotent


def test_without_an_answer_of_the_sdk_a_method_returns_the_generated_model(api: Any) -> None:
    model = api.call("stop_call_model", call_id="CA1", guid="g")
    assert type(model).__name__ == "StopStreamingResponse"
    assert model.to_dict() == STOP_OK


def test_the_registry_names_the_argument_behind_each_property() -> None:
    operations = _generated.operations()
    names = operations["startStreaming"].argument_names
    assert names["autotranscribeParams.detailedToken"] == "detailed_token"
    assert names["amazonConnectParams.streamArn"] == "amazon_connect['stream_arn']"
    assert operations["getMessagesByExternalId"].argument_names == {"externalId": "external_id"}
    options = set(RequestOptions.__optional_keys__)
    for method_name, operation_id in (
        ("start_streaming", "startStreaming"),
        ("stop_streaming", "stopStreaming"),
        ("get_conversation_messages", "getMessagesByExternalId"),
    ):
        method = getattr(AutoTranscribeClient, method_name)
        arguments = set(list(inspect.signature(method).parameters)[1:]) - options
        named = {
            name for name in operations[operation_id].argument_names.values() if "[" not in name
        }
        assert named == arguments, method_name
