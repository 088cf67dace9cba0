"""The SDK and api-specs/mg-autotranscribe.yaml agree, checked offline with openapi-core.

- every request the SDK builds (both clients, each argument variant, and argument sets drawn
  by hypothesis) passes openapi-core's request validation, credentials included;
- every example in the document fits the schema it belongs to;
- every documented response, built from the document's examples and fed to the SDK through
  httpx.MockTransport, becomes the documented result or error class, with the example's
  requestId and code.

The document is the one ``spec_document`` reads: the project's own, so that a copy of the
project checks its own copy (or the file ``CONTRACT_SPEC`` names).
"""

from __future__ import annotations

import asyncio
import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from doubles import CALL_SID, CONTRACT_RESPONSE_ERRORS
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.exceptions import InvalidRequestBody, SecurityValidationError
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from spec_document import (
    DocumentedExample,
    documented_examples,
    example_of,
    load_spec,
    method_and_path,
    operations,
    request_example,
    response_schema,
    responses,
    status_of,
)
from werkzeug.datastructures import Headers, ImmutableMultiDict

from asapp_mg_autotranscribe import (
    APIStatusError,
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    InternalServerError,
    InvalidRequestError,
    ParticipantStream,
    RateLimitError,
    StreamingResult,
)

# Hypothesis caches what it finds in local modules, from collection on, in .hypothesis/ of the
# working directory; there that folder breaks every later collection (the project's
# norecursedirs replaces pytest's defaults, and filterwarnings = error). Keep it in /tmp.

API_ID = "spec-api-id"
API_SECRET = "spec-api-secret"
OPERATION_IDS = ("getTwilioMediaStreams", "startStreaming", "stopStreaming")


# --- the document ---------------------------------------------------------------------------


@functools.cache
def openapi() -> OpenAPI:
    """openapi-core's view of the document (which also checks the document itself)."""
    return OpenAPI.from_dict(load_spec())


# --- openapi-core adapters ------------------------------------------------------------------


class OpenAPIRequest:
    """An httpx.Request as openapi-core's Request protocol."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return f"{self._request.url.scheme}://{self._request.url.netloc.decode('ascii')}"

    @property
    def path(self) -> str:
        return self._request.url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        return self._request.content or None

    @property
    def content_type(self) -> str:
        content_type: str = self._request.headers.get("content-type", "")
        return content_type.lower()


@dataclass(frozen=True)
class OpenAPIResponse:
    """A status and JSON body as openapi-core's Response protocol."""

    status_code: int
    data: bytes
    content_type: str = "application/json"
    headers: Mapping[str, str] = field(default_factory=dict)


# --- driving the SDK through a MockTransport ------------------------------------------------


def ok_body(operation_id: str) -> dict[str, Any]:
    """The document's 200 example of an operation."""
    body: dict[str, Any] = example_of(response_schema(operation_id, "200"))
    return body


def operation_of(request: httpx.Request) -> str:
    """The operationId a request was sent for."""
    for operation_id in operations():
        if (request.method, request.url.path) == method_and_path(operation_id):
            return operation_id
    raise AssertionError(f"{request.method} {request.url.path} is not in the document")


@dataclass
class Transport:
    """Keeps a copy of each request (the SDK redacts the secret once a call ends) and answers
    with ``answer``, by default the operation's documented 200 example."""

    answer: Callable[[httpx.Request], httpx.Response] | None = None
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(
            httpx.Request(
                request.method, request.url, headers=request.headers, content=request.content
            )
        )
        if self.answer is not None:
            return self.answer(request)
        return httpx.Response(200, json=ok_body(operation_of(request)))


def call_sdk(kind: str, method: str, kwargs: Mapping[str, Any], transport: Transport) -> Any:
    """Call ``method`` on the sync or async client (default base URL, no retries) with
    ``transport``; return its result or the exception it raised."""
    settings_: dict[str, Any] = {
        "api_id": API_ID,
        "api_secret": API_SECRET,
        "environment": {},
        "max_retries": 0,
    }
    if kind == "sync":
        with (
            httpx.Client(transport=httpx.MockTransport(transport)) as http,
            AutoTranscribeClient(http_client=http, **settings_) as client,
        ):
            try:
                return getattr(client, method)(**kwargs)
            except Exception as error:  # noqa: BLE001 (returned for the test to inspect)
                return error

    async def run() -> Any:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(transport)) as http,
            AsyncAutoTranscribeClient(http_client=http, **settings_) as client,
        ):
            try:
                return await getattr(client, method)(**kwargs)
            except Exception as error:  # noqa: BLE001 (returned for the test to inspect)
                return error

    return asyncio.run(run())


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Each test that takes it runs once per client."""
    return str(request.param)


# --- 1. every request the SDK builds is valid -----------------------------------------------

ARN = "arn:aws:kinesisvideo:us-east-1:123456789012:stream/call-1/1600000000000"
FRAGMENT = "91343852333181432392682062607743920146264440555"
PARTIES = {"customer_id": "TT9833237", "agent_id": "RE223444211993"}


def _start(namespace: str = "twilio", **options: Any) -> tuple[str, dict[str, Any]]:
    guid = CALL_SID if namespace == "twilio" else "00010012861620453498"
    return "start_streaming", {"namespace": namespace, "guid": guid, **PARTIES, **options}


REQUEST_VARIANTS: dict[str, tuple[str, dict[str, Any]]] = {
    "stream-url": ("get_twilio_media_stream_url", {}),
    **{f"start-minimal-{ns}": _start(ns) for ns in ("siprec", "twilio", "amazonconnect")},
    "start-minimal-genesysaudiohook": _start("genesysaudiohook"),
    "start-language": _start(language="es-US"),
    "start-recording-allowed": _start(audio_recording_allowed=True),
    "start-recording-refused": _start(audio_recording_allowed=False),
    "start-detailed-unredacted": _start(detailed_token=True, redaction_output="unredacted"),
    "start-not-detailed": _start(detailed_token=False),
    **{
        f"start-redaction-{output}": _start(redaction_output=output)
        for output in ("redacted", "unredacted", "redacted_and_unredacted")
    },
    **{
        f"start-twilio-{inbound}-{outbound}": _start(
            twilio_track_map={"inbound": inbound, "outbound": outbound}
        )
        for inbound in ("customer", "agent")
        for outbound in ("customer", "agent")
    },
    "start-twilio-inbound-only": _start(twilio_track_map={"inbound": "agent"}),
    "start-twilio-outbound-only": _start(twilio_track_map={"outbound": "customer"}),
    "start-twilio-empty-map": _start(twilio_track_map={}),
    **{
        f"start-siprec-{order}": _start("siprec", siprec_media_line_order=order)
        for order in ("CUSTOMER_FIRST", "AGENT_FIRST")
    },
    "start-amazonconnect-now": _start(
        "amazonconnect", amazon_connect={"stream_arn": ARN, "start_selector_type": "NOW"}
    ),
    "start-amazonconnect-fragment": _start(
        "amazonconnect",
        amazon_connect={
            "stream_arn": ARN,
            "start_selector_type": "FRAGMENT_NUMBER",
            "after_fragment_number": FRAGMENT,
        },
    ),
    "start-amazonconnect-arn-only": _start("amazonconnect", amazon_connect={"stream_arn": ARN}),
    "start-everything": _start(
        language="en-US",
        detailed_token=True,
        audio_recording_allowed=True,
        redaction_output="unredacted",
        twilio_track_map={"inbound": "agent", "outbound": "customer"},
        siprec_media_line_order="AGENT_FIRST",
        amazon_connect={"stream_arn": ARN, "start_selector_type": "NOW"},
    ),
    "start-twilio-transcription": ("start_twilio_transcription", {"call_sid": CALL_SID, **PARTIES}),
    "start-twilio-transcription-swapped": (
        "start_twilio_transcription",
        {
            "call_sid": CALL_SID,
            **PARTIES,
            "inbound": "agent",
            "outbound": "customer",
            "language": "fr-CA",
            "detailed_token": True,
            "audio_recording_allowed": False,
            "redaction_output": "unredacted",
        },
    ),
    **{
        f"stop-{ns}": (
            "stop_streaming",
            {"namespace": ns, "guid": CALL_SID if ns == "twilio" else "00010012861620453498"},
        )
        for ns in ("siprec", "twilio", "amazonconnect", "genesysaudiohook")
    },
    "stop-twilio-transcription": ("stop_twilio_transcription", {"call_sid": CALL_SID}),
}


def _without_none(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def expected_body(method: str, kwargs: Mapping[str, Any]) -> dict[str, Any] | None:
    """The JSON body the contract implies for a call: None arguments and empty groups left
    out, snake_case names in the document's camelCase."""
    if method == "get_twilio_media_stream_url":
        return None
    if method == "stop_twilio_transcription":
        return {"namespace": "twilio", "guid": kwargs["call_sid"]}
    if method == "stop_streaming":
        return {"namespace": kwargs["namespace"], "guid": kwargs["guid"]}
    if method == "start_twilio_transcription":
        kwargs = {
            "namespace": "twilio",
            "guid": kwargs["call_sid"],
            "twilio_track_map": {
                "inbound": kwargs.get("inbound", "customer"),
                "outbound": kwargs.get("outbound", "agent"),
            },
            **{k: v for k, v in kwargs.items() if k not in ("call_sid", "inbound", "outbound")},
        }
    body: dict[str, Any] = {
        "namespace": kwargs["namespace"],
        "guid": kwargs["guid"],
        "customerId": kwargs["customer_id"],
        "agentId": kwargs["agent_id"],
    }
    amazon = kwargs.get("amazon_connect") or {}
    groups = {
        "autotranscribeParams": {
            "language": kwargs.get("language"),
            "detailedToken": kwargs.get("detailed_token"),
            "audioRecordingAllowed": kwargs.get("audio_recording_allowed"),
            "redactionOutput": kwargs.get("redaction_output"),
        },
        "siprecParams": {"mediaLineOrder": kwargs.get("siprec_media_line_order")},
        "amazonConnectParams": {
            "streamArn": amazon.get("stream_arn"),
            "startSelectorType": amazon.get("start_selector_type"),
            "afterFragmentNumber": amazon.get("after_fragment_number"),
        },
    }
    track_map = _without_none(kwargs.get("twilio_track_map") or {})
    if track_map:
        body["twilioParams"] = {"trackMap": track_map}
    for name, values in groups.items():
        if _without_none(values):
            body[name] = _without_none(values)
    return body


def check_sent(method: str, kwargs: Mapping[str, Any], sent: httpx.Request) -> None:
    """``sent`` is valid by the document and carries exactly the contract's body."""
    openapi().validate_request(OpenAPIRequest(sent))
    assert sent.headers["asapp-api-id"] == API_ID
    assert sent.headers["asapp-api-secret"] == API_SECRET
    expected = expected_body(method, kwargs)
    if expected is None:
        assert sent.content == b""
    else:
        assert sent.headers["content-type"] == "application/json"
        assert json.loads(sent.content) == expected


@pytest.mark.parametrize(("method", "kwargs"), REQUEST_VARIANTS.values(), ids=REQUEST_VARIANTS)
def test_every_request_the_sdk_builds_is_valid(
    kind: str, method: str, kwargs: dict[str, Any]
) -> None:
    transport = Transport()
    outcome = call_sdk(kind, method, kwargs, transport)
    assert not isinstance(outcome, Exception), outcome
    assert len(transport.requests) == 1
    check_sent(method, kwargs, transport.requests[0])


def test_every_operation_is_exercised() -> None:
    transport = Transport()
    for method, kwargs in REQUEST_VARIANTS.values():
        call_sdk("sync", method, kwargs, transport)
    assert {operation_of(request) for request in transport.requests} == set(operations())
    assert set(operations()) == set(OPERATION_IDS)


# The documented request examples (a SIPREC call), as SDK calls.
DOCUMENTED_GUID = "0867617078-0032318833-2221801472-0002236962"


@pytest.mark.parametrize(
    ("operation_id", "method", "kwargs"),
    [
        (
            "startStreaming",
            "start_streaming",
            {
                "namespace": "siprec",
                "guid": DOCUMENTED_GUID,
                "customer_id": "customerId",
                "agent_id": "agentId",
                "language": "en-US",
                "siprec_media_line_order": "CUSTOMER_FIRST",
            },
        ),
        ("stopStreaming", "stop_streaming", {"namespace": "siprec", "guid": DOCUMENTED_GUID}),
    ],
    ids=["startStreaming", "stopStreaming"],
)
def test_the_documented_request_example_is_what_the_sdk_sends(
    kind: str, operation_id: str, method: str, kwargs: dict[str, Any]
) -> None:
    transport = Transport()
    call_sdk(kind, method, kwargs, transport)
    assert json.loads(transport.requests[0].content) == request_example(operation_id)


def _with_body(request: httpx.Request, body: Mapping[str, Any]) -> httpx.Request:
    headers = {k: v for k, v in request.headers.items() if k != "content-length"}
    return httpx.Request(request.method, request.url, headers=headers, json=body)


def test_the_request_check_can_fail() -> None:
    """openapi-core rejects what the document forbids, so the checks above can fail."""
    transport = Transport()
    call_sdk("sync", *REQUEST_VARIANTS["start-minimal-twilio"], transport)
    sent = transport.requests[0]
    body = json.loads(sent.content)
    without_agent = {key: value for key, value in body.items() if key != "agentId"}
    bad_namespaces = {**body, "namespace": "not-a-namespace"}
    for bad in (without_agent, bad_namespaces):
        with pytest.raises(InvalidRequestBody, match=r"agentId|not-a-namespace"):
            openapi().validate_request(OpenAPIRequest(_with_body(sent, bad)))
    no_secret = _with_body(sent, body)
    del no_secret.headers["asapp-api-secret"]
    with pytest.raises(SecurityValidationError):
        openapi().validate_request(OpenAPIRequest(no_secret))


def _enum(*path: str) -> list[str]:
    node: Any = operations()["startStreaming"]["requestBody"]["content"]["application/json"]
    node = node["schema"]
    for name in path:
        node = node["properties"][name]
    values: list[str] = node["enum"]
    return values


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


_ids = st.text(min_size=1, max_size=40).filter(str.strip)
# A Twilio guid is a Call SID (any other is refused with namespace twilio): both kinds.
_guids = _ids | st.from_regex(r"CA[0-9a-fA-F]{32}", fullmatch=True)
_participants = st.sampled_from(_enum("twilioParams", "trackMap", "inbound"))

START_ARGUMENTS = st.fixed_dictionaries(
    {
        "namespace": st.sampled_from(_enum("namespace")),
        "guid": _guids,
        "customer_id": _ids,
        "agent_id": _ids,
        "language": _maybe(st.text(max_size=12).filter(str.strip)),
        "detailed_token": _maybe(st.booleans()),
        "audio_recording_allowed": _maybe(st.booleans()),
        "redaction_output": _maybe(
            st.sampled_from(_enum("autotranscribeParams", "redactionOutput"))
        ),
        "twilio_track_map": _maybe(
            st.fixed_dictionaries(
                {}, optional={"inbound": _participants, "outbound": _participants}
            )
        ),
        "siprec_media_line_order": _maybe(st.sampled_from(_enum("siprecParams", "mediaLineOrder"))),
        "amazon_connect": _maybe(
            st.fixed_dictionaries(
                {},
                optional={
                    "stream_arn": _ids,
                    "start_selector_type": st.sampled_from(
                        _enum("amazonConnectParams", "startSelectorType")
                    ),
                    "after_fragment_number": st.from_regex(r"[0-9]{1,47}", fullmatch=True),
                },
            )
        ),
    }
)


def _is_call_sid(guid: str) -> bool:
    return re.fullmatch(r"CA[0-9a-fA-F]{32}", guid) is not None


def _refused_locally(kwargs: Mapping[str, Any]) -> bool:
    """The rules the SDK checks before sending (the request rules README states)."""
    if kwargs["namespace"] == "twilio" and not _is_call_sid(kwargs["guid"]):
        return True
    amazon = kwargs["amazon_connect"] or {}
    fragment_missing = (
        amazon.get("start_selector_type") == "FRAGMENT_NUMBER"
        and amazon.get("after_fragment_number") is None
    )
    detailed_redacted = kwargs["detailed_token"] is True and kwargs["redaction_output"] != (
        "unredacted"
    )
    return fragment_missing or detailed_redacted


@settings(max_examples=150, deadline=None, database=None)
@given(kwargs=START_ARGUMENTS)
def test_any_start_streaming_request_is_valid(kwargs: dict[str, Any]) -> None:
    transport = Transport()
    outcome = call_sdk("sync", "start_streaming", kwargs, transport)
    if _refused_locally(kwargs):
        assert isinstance(outcome, InvalidRequestError)
        assert transport.requests == []
        return
    assert not isinstance(outcome, Exception), outcome
    check_sent("start_streaming", kwargs, transport.requests[0])


@settings(max_examples=50, deadline=None, database=None)
@given(namespace=st.sampled_from(_enum("namespace")), guid=_guids)
def test_any_stop_streaming_request_is_valid(namespace: str, guid: str) -> None:
    transport = Transport()
    kwargs = {"namespace": namespace, "guid": guid}
    outcome = call_sdk("sync", "stop_streaming", kwargs, transport)
    if namespace == "twilio" and not _is_call_sid(guid):
        assert isinstance(outcome, InvalidRequestError)
        assert transport.requests == []
        return
    assert not isinstance(outcome, Exception), outcome
    check_sent("stop_streaming", kwargs, transport.requests[0])


# --- 2. every example fits its schema -------------------------------------------------------

EXAMPLES = documented_examples()


def test_the_document_has_examples_everywhere_the_sdk_needs_them() -> None:
    places = {example.where for example in EXAMPLES}
    for operation_id, key in responses():
        prefix = f"{operation_id}:{key}:application/json:schema"
        assert any(place.startswith(prefix) for place in places), prefix
    for operation_id in ("startStreaming", "stopStreaming"):
        assert request_example(operation_id), operation_id


@pytest.mark.parametrize("documented", EXAMPLES, ids=[example.where for example in EXAMPLES])
def test_every_example_fits_its_schema(documented: DocumentedExample) -> None:
    validator = OAS30Validator(documented.schema, format_checker=oas30_format_checker)
    errors = [error.message for error in validator.iter_errors(documented.example)]
    assert errors == []


def test_the_example_check_can_fail() -> None:
    schema = response_schema("stopStreaming", "200")
    body = ok_body("stopStreaming")
    body["autotranscribeResponse"]["agent"]["summary"]["transcripts"] = "two"
    validator = OAS30Validator(schema, format_checker=oas30_format_checker)
    assert [error.message for error in validator.iter_errors(body)] == [
        "'two' is not of type 'integer'"
    ]


# --- 3. every documented response parses into the documented outcome ------------------------

RESPONSE_IDS = [f"{operation_id}-{key}" for operation_id, key in responses()]
SDK_CALL_OF: dict[str, tuple[str, dict[str, Any]]] = {
    "getTwilioMediaStreams": REQUEST_VARIANTS["stream-url"],
    "startStreaming": REQUEST_VARIANTS["start-everything"],
    "stopStreaming": REQUEST_VARIANTS["stop-twilio-transcription"],
}


def _participant_as_documented(participant: ParticipantStream, body: Mapping[str, Any]) -> None:
    assert participant.stream_id == body["streamId"]
    assert participant.status.code == body["status"]["code"]
    assert participant.status.description == body["status"]["description"]
    summary = body.get("summary")
    if summary is None:
        assert participant.summary is None
        return
    assert participant.summary is not None
    assert participant.summary.total_audio_bytes == summary["totalAudioBytes"]
    assert participant.summary.audio_duration_ms == summary["audioDurationMs"]
    assert participant.summary.streaming_seconds == summary["streamingSeconds"]
    assert participant.summary.transcripts == summary["transcripts"]


def assert_documented_result(operation_id: str, outcome: object, body: Mapping[str, Any]) -> None:
    """The result README promises for a complete 200 body."""
    if operation_id == "getTwilioMediaStreams":
        assert outcome == body["streamingUrl"]
        return
    assert isinstance(outcome, StreamingResult), outcome
    assert outcome.is_ok is body["isOk"]
    assert outcome.error_message == body.get("errorMessage")
    assert outcome.to_dict() == body
    per_participant = body["autotranscribeResponse"]
    assert outcome.customer is not None
    assert outcome.agent is not None
    _participant_as_documented(outcome.customer, per_participant["customer"])
    _participant_as_documented(outcome.agent, per_participant["agent"])


def _respond(status: int, body: object) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, json=body)


@pytest.mark.parametrize(("operation_id", "response_key"), responses(), ids=RESPONSE_IDS)
def test_every_documented_response_gives_the_documented_outcome(
    kind: str, operation_id: str, response_key: str
) -> None:
    status = status_of(response_key)
    body = example_of(response_schema(operation_id, response_key))
    method, kwargs = SDK_CALL_OF[operation_id]
    transport = Transport(_respond(status, body))
    outcome = call_sdk(kind, method, kwargs, transport)

    # The example is a response the document allows for the request the SDK sent.
    answer = OpenAPIResponse(status, json.dumps(body).encode())
    openapi().validate_response(OpenAPIRequest(transport.requests[0]), answer)

    if response_key == "200":
        assert_documented_result(operation_id, outcome, body)
        if isinstance(outcome, StreamingResult):
            summaries = [who.summary for who in (outcome.customer, outcome.agent) if who]
            assert len(summaries) == 2
            assert (None in summaries) is (operation_id == "startStreaming")
        return
    error = body["error"]
    assert re.fullmatch(rf"{status}-\d\d", error["code"]), error["code"]
    # A status the contract does not list (one the spec gains) is its nearest class.
    assert type(outcome) is CONTRACT_RESPONSE_ERRORS.get(
        response_key, InternalServerError if status >= 500 else APIStatusError
    )
    assert outcome.status_code == status
    assert outcome.request_id == error["requestId"]
    assert outcome.code == error["code"]
    assert outcome.message == error["message"]
    assert outcome.body == body
    if isinstance(outcome, RateLimitError):
        assert outcome.retry_after is None


@pytest.mark.parametrize("status", [500, 501, 502, 504, 599])
def test_the_default_response_stands_for_any_5xx(kind: str, status: int) -> None:
    body = example_of(response_schema("stopStreaming", "default"))
    transport = Transport(_respond(status, body))
    outcome = call_sdk(kind, *SDK_CALL_OF["stopStreaming"], transport)
    assert type(outcome) is InternalServerError
    assert (outcome.status_code, outcome.code) == (status, body["error"]["code"])
