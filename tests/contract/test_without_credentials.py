"""Without both credential headers the mock answers 401, and the SDK maps it to
AuthenticationError with the 401 example's requestId and code.

The SDK refuses to be built without credentials, so its requests lose them on the way out
(a request event hook on the http_client it is given); raw requests show the same by hand.
"""

from __future__ import annotations

import httpx
import pytest
from spec_document import method_and_path, operations

from asapp_mg_autotranscribe import AuthenticationError, AutoTranscribeClient, ConfigurationError

from .support import (
    API_ID,
    API_ID_HEADER,
    API_SECRET,
    API_SECRET_HEADER,
    HTTP_TIMEOUT,
    SDK_CALLS,
    VIOLATIONS_HEADER,
    MockServer,
    Recorder,
    SdkCall,
    async_client,
    error_example,
    sync_client,
)

pytestmark = pytest.mark.contract

CALL_IDS = [call.name for call in SDK_CALLS]


def _check_unauthenticated(error: AuthenticationError, call: SdkCall, recorder: Recorder) -> None:
    example = error_example(call.operation_id, "401")
    assert error.status_code == 401
    assert error.request_id == example["requestId"]
    assert error.code == example["code"]
    assert error.message == example["message"]
    [exchange] = recorder.exchanges
    assert API_ID_HEADER not in exchange.headers
    assert API_SECRET_HEADER not in exchange.headers
    # Prism flags the missing security scheme: the request, not the SDK's parsing, failed.
    assert "security" in exchange.response_headers[VIOLATIONS_HEADER]


@pytest.mark.parametrize("call", SDK_CALLS, ids=CALL_IDS)
def test_sync_call_without_credentials_raises_authentication_error(
    prism_static: MockServer, call: SdkCall
) -> None:
    recorder = Recorder()
    with (
        sync_client(prism_static.base_url, recorder, strip_credentials=True) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        call.sync(client)
    _check_unauthenticated(raised.value, call, recorder)


@pytest.mark.anyio
@pytest.mark.parametrize("call", SDK_CALLS, ids=CALL_IDS)
async def test_async_call_without_credentials_raises_authentication_error(
    prism_static: MockServer, call: SdkCall
) -> None:
    recorder = Recorder()
    async with async_client(prism_static.base_url, recorder, strip_credentials=True) as client:
        with pytest.raises(AuthenticationError) as raised:
            await call.aio(client)
    _check_unauthenticated(raised.value, call, recorder)


BODIES = {
    "getTwilioMediaStreams": None,
    "startStreaming": {
        "namespace": "twilio",
        "guid": "CA5b040e075515c424391012acc5a870cf",
        "customerId": "TT9833237",
        "agentId": "RE223444211993",
    },
    "stopStreaming": {"namespace": "twilio", "guid": "CA5b040e075515c424391012acc5a870cf"},
}
CREDENTIAL_SETS = {
    "none": {},
    "id-only": {API_ID_HEADER: API_ID},
    "secret-only": {API_SECRET_HEADER: API_SECRET},
}


def _request(base_url: str, operation_id: str, headers: dict[str, str]) -> httpx.Response:
    method, path = method_and_path(operation_id)
    with httpx.Client(base_url=base_url, timeout=HTTP_TIMEOUT) as http:
        return http.request(method, path, json=BODIES[operation_id], headers=headers)


@pytest.mark.parametrize("credentials", CREDENTIAL_SETS.values(), ids=CREDENTIAL_SETS)
@pytest.mark.parametrize("operation_id", BODIES)
def test_raw_request_without_both_credentials_is_answered_401(
    prism_static: MockServer, operation_id: str, credentials: dict[str, str]
) -> None:
    response = _request(prism_static.base_url, operation_id, credentials)
    assert response.status_code == 401, response.text
    assert VIOLATIONS_HEADER in response.headers
    assert response.json() == {"error": error_example(operation_id, "401")}


@pytest.mark.parametrize("operation_id", BODIES)
def test_raw_request_with_both_credentials_is_answered_200(
    prism_static: MockServer, operation_id: str
) -> None:
    """The control for the test above: the same request, credentials added, passes."""
    credentials = {API_ID_HEADER: API_ID, API_SECRET_HEADER: API_SECRET}
    response = _request(prism_static.base_url, operation_id, credentials)
    assert response.status_code == 200, response.text
    assert VIOLATIONS_HEADER not in response.headers
    assert set(operations()) == set(BODIES)


def test_sdk_refuses_to_be_built_without_credentials(prism_static: MockServer) -> None:
    """Why the tests above strip the headers in a hook: the SDK fails before any request."""
    with pytest.raises(ConfigurationError, match="ASAPP_API_SECRET"):
        AutoTranscribeClient(api_id=API_ID, environment={}, base_url=prism_static.base_url)
