"""What a change of ASAPP's spec does to the SDK, after ``make regenerate`` alone.

The promise: what the spec says reaches the SDK through the generator, with no edit of the
hand-written overlay; a caller who does not use what the spec gained sends the same bytes;
and a change that would take something away from callers stops the regeneration, naming
the operation and the property.

Each case works on a copy of the project (no .venv, .git, node_modules or caches; the
copy's .venv is a link to this one): its ``api-specs/mg-autotranscribe.yaml`` is edited,
``make regenerate`` runs in it once (the ``-o`` keeps make from rebuilding the shared
.venv), and what changed is checked; Python runs in the copy with PYTHONPATH on its
``overlays``. Calls go through httpx.MockTransport.

- additive (one copy): a new request property (in autotranscribeParams, and at the top),
  a new enum value, a new operation (a POST with a body and a path parameter), a new
  answer property and a new documented status: new keyword arguments and a new method of
  both clients and their ``with_raw_response``, typed (``mypy --strict`` sees them), the
  new value taken; only the spec, generated/ and api.md changed; every call of
  tests/wire_requests.json sends the same bytes as before;
- breaking (a copy each): a removed property, a renamed one (named by sdk-names.yaml, or
  not), a newly required one: ``make regenerate`` stops, naming the operation and the
  property, and nothing is generated;
- and scripts/spec_diff.py (which ``make regenerate`` runs first) marks each change.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.contract

REPO_ROOT = Path(__file__).resolve().parents[1]
PYTHON = str(REPO_ROOT / ".venv" / "bin" / "python")
SPEC = Path("api-specs") / "mg-autotranscribe.yaml"
START = ("/mg-autotranscribe/v1/start-streaming", "post")
STOP = ("/mg-autotranscribe/v1/stop-streaming", "post")
STREAM_URL = ("/mg-autotranscribe/v1/twilio-media-stream-url", "get")
PAUSE = "/mg-autotranscribe/v1/calls/{callId}/pause"

REGENERATE_TIMEOUT = 120.0
PYTHON_TIMEOUT = 60.0
MYPY_TIMEOUT = 300.0

_NOT_COPIED = (
    ".venv",
    ".git",
    "node_modules",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    ".coverage",
    "__pycache__",
    "dist",
    "build",
)


def _run(
    command: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"{command} did not finish within {timeout:.0f} s: {expired.output!r}")


def _env_for(root: Path) -> dict[str, str]:
    """An environment importing ``root``'s SDK (before the editable install's)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTEST_", "COV_", "ASAPP_", "CONTRACT_", "ACCEPT_BREAKING"))
    }
    env["PYTHONPATH"] = str(root / "overlays")
    return env


def _tree_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (what is not copied left out), by path."""
    digests = {}
    for directory, subdirectories, files in os.walk(folder):
        subdirectories[:] = [name for name in subdirectories if name not in _NOT_COPIED]
        for name in files:
            path = Path(directory, name)
            if (
                name not in _NOT_COPIED
                and not name.startswith(".coverage")
                and not path.is_symlink()
            ):
                digests[str(path.relative_to(folder))] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
    return digests


@dataclass(frozen=True)
class Copy:
    """A copy of the project, its spec edited, after one ``make regenerate``."""

    root: Path
    regenerate: subprocess.CompletedProcess[str]

    def changed(self) -> set[str]:
        """The files that differ from this project's (added or gone too)."""
        before, after = _tree_digest(REPO_ROOT), _tree_digest(self.root)
        return {
            path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
        }

    def python(self, code: str) -> Any:
        """Run the probe ``code`` (after PRELUDE) in the copy; what it printed last, as JSON."""
        script = PRELUDE.format(root=str(self.root)) + textwrap.dedent(code)
        result = _run([PYTHON, "-c", script], self.root, PYTHON_TIMEOUT, _env_for(self.root))
        assert result.returncode == 0, result.stderr[-4000:]
        return json.loads(result.stdout.strip().splitlines()[-1])


def _copy_project(
    tmp_path_factory: pytest.TempPathFactory, name: str, edit: Callable[[dict[str, Any]], None]
) -> Copy:
    root = tmp_path_factory.mktemp(name) / "project"
    shutil.copytree(REPO_ROOT, root, ignore=shutil.ignore_patterns(*_NOT_COPIED), symlinks=True)
    (root / ".venv").symlink_to(REPO_ROOT / ".venv", target_is_directory=True)
    spec: dict[str, Any] = yaml.safe_load((root / SPEC).read_text(encoding="utf-8"))
    edit(spec)
    (root / SPEC).write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    regenerate = _run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", "regenerate"],
        root,
        REGENERATE_TIMEOUT,
        _env_for(root),
    )
    return Copy(root, regenerate)


def _operation(spec: dict[str, Any], where: tuple[str, str]) -> dict[str, Any]:
    operation: dict[str, Any] = spec["paths"][where[0]][where[1]]
    return operation


def _request(spec: dict[str, Any], where: tuple[str, str]) -> dict[str, Any]:
    schema: dict[str, Any] = _operation(spec, where)["requestBody"]["content"]["application/json"][
        "schema"
    ]
    return schema


def _answer(spec: dict[str, Any], where: tuple[str, str], status: str) -> dict[str, Any]:
    schema: dict[str, Any] = _operation(spec, where)["responses"][status]["content"][
        "application/json"
    ]["schema"]
    return schema


PRELUDE = """
import asyncio
import inspect
import json
import typing
from pathlib import Path

import httpx

import asapp_mg_autotranscribe as sdk

ROOT = Path({root!r}).resolve()
assert Path(sdk.__file__).resolve().is_relative_to(ROOT), sdk.__file__

SID = "CA5b040e075515c424391012acc5a870cf"
PARTIES = {{"customer_id": "TT9833237", "agent_id": "RE223444211993"}}
STATUS = {{"code": 1000, "description": "OK"}}
START_OK = {{
    "isOk": True,
    "autotranscribeResponse": {{
        "customer": {{"streamId": "5ce2b755", "status": STATUS, "region": "us-east-1"}},
        "agent": {{"streamId": "cf31116", "status": STATUS}},
    }},
}}
SUMMARY = {{"totalAudioBytes": 1, "audioDurationMs": 2, "streamingSeconds": 3, "transcripts": 4}}
STOP_OK = {{
    "isOk": True,
    "autotranscribeResponse": {{
        who: {{"streamId": "s", "status": STATUS, "summary": SUMMARY}}
        for who in ("customer", "agent")
    }},
}}
ANSWERS = {{
    "/mg-autotranscribe/v1/start-streaming": START_OK,
    "/mg-autotranscribe/v1/stop-streaming": STOP_OK,
    "/mg-autotranscribe/v1/twilio-media-stream-url": {{
        "streamingUrl": "wss://ws.example.test/t", "expiresInSeconds": 300
    }},
}}


def documented_ok(request):
    path = request.url.path
    if path.endswith("/pause"):
        return httpx.Response(200, json={{"isOk": True, "pausedUntil": "later"}})
    return httpx.Response(200, json=ANSWERS.get(path, {{"items": []}}))


def call(kind, answer, method, *args, raw=False, **kwargs):
    \"\"\"(the outcome or the ASAPPError raised, the requests sent) of one call.\"\"\"
    sent = []

    def handler(request):
        request.read()
        sent.append(request)
        return answer(request)

    settings = {{"api_id": "probe-id", "api_secret": "probe-secret", "environment": {{}},
                "max_retries": 0}}
    if kind == "sync":
        with httpx.Client(transport=httpx.MockTransport(handler)) as http, \\
                sdk.AutoTranscribeClient(http_client=http, **settings) as client:
            target = client.with_raw_response if raw else client
            try:
                return getattr(target, method)(*args, **kwargs), sent
            except sdk.ASAPPError as error:
                return error, sent

    async def run():
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http, \\
                sdk.AsyncAutoTranscribeClient(http_client=http, **settings) as client:
            target = client.with_raw_response if raw else client
            try:
                return await getattr(target, method)(*args, **kwargs), sent
            except sdk.ASAPPError as error:
                return error, sent

    return asyncio.run(run())


def sent_bodies(requests):
    return [json.loads(request.content) for request in requests]
"""


# --- additive ----------------------------------------------------------------------------------


def _with_status(spec: dict[str, Any], where: tuple[str, str], status: int, text: str) -> None:
    """Document ``status`` for the operation, as ASAPP documents its errors (a copy of
    the operation's 404 answer), before ``default``."""
    responses = _operation(spec, where)["responses"]
    answer = yaml.safe_load(
        yaml.safe_dump(responses["404"]).replace("404", str(status)).replace("Not Found", text)
    )
    default = responses.pop("default")
    responses[str(status)] = answer
    responses["default"] = default


def _add_to_the_spec(spec: dict[str, Any]) -> None:
    start = _request(spec, START)["properties"]
    start["autotranscribeParams"]["properties"]["profanityFilter"] = {
        "description": "Whether profanity is masked in transcripts",
        "type": "boolean",
        "default": False,
    }
    start["callCenterId"] = {"description": "The call centre taking the call", "type": "string"}
    for where in (START, STOP):
        _request(spec, where)["properties"]["namespace"]["enum"].append("zoom")
    customer = _answer(spec, START, "200")["properties"]["autotranscribeResponse"]["properties"][
        "customer"
    ]
    customer["properties"]["region"] = {"type": "string", "description": "The gateway's region"}
    _answer(spec, STREAM_URL, "200")["properties"]["expiresInSeconds"] = {"type": "integer"}
    _with_status(spec, STOP, 410, "Gone")
    stop = _operation(spec, STOP)
    spec["paths"][PAUSE] = {
        "post": {
            "tags": stop["tags"],
            "operationId": "pauseStreaming",
            "summary": "Pause streaming",
            "description": "Pauses the transcription of a call for a while.",
            "parameters": [
                {
                    "name": "callId",
                    "in": "path",
                    "required": True,
                    "description": "The call to pause",
                    "schema": {"type": "string"},
                }
            ],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["reason"],
                            "properties": {
                                "reason": {"type": "string", "enum": ["hold", "transfer"]},
                                "resumeAfterSeconds": {"type": "integer"},
                            },
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "Paused",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "isOk": {"type": "boolean"},
                                    "pausedUntil": {"type": "string"},
                                },
                            }
                        }
                    },
                },
                "404": stop["responses"]["404"],
                "default": stop["responses"]["default"],
            },
        }
    }


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> Copy:
    """A copy whose spec gained request properties, an enum value, an operation, an answer
    property and a status."""
    copy = _copy_project(tmp_path_factory, "added", _add_to_the_spec)
    assert copy.regenerate.returncode == 0, copy.regenerate.stderr[-4000:]
    return copy


def test_only_the_spec_the_generated_code_and_api_md_change(added: Copy) -> None:
    changed = added.changed()
    package = "generated/mg_autotranscribe_client/"
    assert {str(SPEC), "api.md"} < changed
    assert {path for path in changed if not path.startswith(package)} == {str(SPEC), "api.md"}
    assert {
        f"{package}api/__init__.py",
        f"{package}api/auto_transcribe_media_gateway/pause_streaming.py",
        f"{package}models/start_streaming_request_autotranscribe_params.py",
        f"{package}models/start_streaming_request_namespace.py",
        f"{package}models/pause_streaming_body.py",
    } < changed
    # The new status answers with ASAPP's error shape: the shared model of it, no new one.
    assert not [path for path in changed if "410" in path]
    registry = (added.root / f"{package}api/__init__.py").read_text(encoding="utf-8")
    assert '"410": "error_response:ErrorResponse"' in registry
    api_md = (added.root / "api.md").read_text(encoding="utf-8")
    for text in (
        "profanity_filter",
        "call_center_id",
        "### `pause_streaming`",
        "410 `APIStatusError`",
    ):
        assert text in api_md, text


def test_a_new_request_property_is_a_keyword_argument_of_every_method(added: Copy) -> None:
    observed = added.python(
        """
        observed = {"signatures": {}, "calls": {}}
        for owner in (sdk.AutoTranscribeClient, sdk.AsyncAutoTranscribeClient, sdk.RawResponses,
                      sdk.AsyncRawResponses):
            parameters = inspect.signature(owner.start_streaming).parameters
            observed["signatures"][owner.__name__] = [
                [name, str(parameters[name].annotation), repr(parameters[name].default)]
                for name in ("profanity_filter", "call_center_id")
            ]
        observed["settings"] = sorted(sdk.TranscriptionSettings.__annotations__)
        for kind in ("sync", "async"):
            for raw in (False, True):
                for name, kwargs in {
                    "given": {"profanity_filter": True, "call_center_id": "cc-7"},
                    "wrong": {"profanity_filter": "yes"},
                }.items():
                    outcome, requests = call(kind, documented_ok, "start_streaming", raw=raw,
                                             namespace="twilio", guid=SID, **PARTIES, **kwargs)
                    observed["calls"][f"{name} {kind} raw={raw}"] = [
                        type(outcome).__name__, str(outcome) if name == "wrong" else "",
                        sent_bodies(requests)]
        print(json.dumps(observed))
        """
    )
    expected = [
        ["profanity_filter", "bool | None", "None"],
        ["call_center_id", "str | None", "None"],
    ]
    assert set(observed["signatures"]) == {
        "AutoTranscribeClient",
        "AsyncAutoTranscribeClient",
        "RawResponses",
        "AsyncRawResponses",
    }
    assert all(signature == expected for signature in observed["signatures"].values())
    # A new property of autotranscribeParams is a transcription setting, so the Twilio
    # helper takes it too.
    assert "profanity_filter" in observed["settings"]
    base = {
        "namespace": "twilio",
        "guid": "CA5b040e075515c424391012acc5a870cf",
        "customerId": "TT9833237",
        "agentId": "RE223444211993",
    }
    for kind in ("sync", "async"):
        for raw in (False, True):
            result, _, bodies = observed["calls"][f"given {kind} raw={raw}"]
            assert result == ("RawResponse" if raw else "StreamingResult")
            assert bodies == [
                {**base, "autotranscribeParams": {"profanityFilter": True}, "callCenterId": "cc-7"}
            ]
            error, text, bodies = observed["calls"][f"wrong {kind} raw={raw}"]
            assert (error, bodies) == ("InvalidRequestError", [])
            assert "autotranscribeParams.profanityFilter: expected a boolean" in text


def test_a_new_enum_value_is_taken(added: Copy) -> None:
    observed = added.python(
        """
        from asapp_mg_autotranscribe._cli import _parser

        observed = {"alias": sorted(typing.get_args(sdk.Namespace))}
        for kind in ("sync", "async"):
            for method, kwargs in (("start_streaming", PARTIES), ("stop_streaming", {})):
                outcome, requests = call(kind, documented_ok, method, namespace="zoom",
                                         guid="z-1", **kwargs)
                namespace = sent_bodies(requests)[0]["namespace"]
                observed[f"{method} {kind}"] = [outcome.is_ok, namespace]
        arguments = _parser().parse_args(["stop", "--namespace", "zoom", "--guid", "z-1"])
        observed["cli"] = arguments.namespace
        print(json.dumps(observed))
        """
    )
    assert observed.pop("alias") == [
        "amazonconnect",
        "genesysaudiohook",
        "siprec",
        "twilio",
        "zoom",
    ]
    assert observed.pop("cli") == "zoom"
    assert observed == {
        f"{method} {kind}": [True, "zoom"]
        for method in ("start_streaming", "stop_streaming")
        for kind in ("sync", "async")
    }


def test_a_new_operation_is_a_method_returning_its_generated_model(added: Copy) -> None:
    observed = added.python(
        """
        observed = {}
        for owner in (sdk.AutoTranscribeClient, sdk.AsyncAutoTranscribeClient, sdk.RawResponses,
                      sdk.AsyncRawResponses):
            parameters = inspect.signature(owner.pause_streaming).parameters
            observed[owner.__name__] = [
                [name, str(parameter.annotation), repr(parameter.default)]
                for name, parameter in list(parameters.items())[1:4]
            ]
        for kind in ("sync", "async"):
            for raw in (False, True):
                outcome, requests = call(kind, documented_ok, "pause_streaming", raw=raw,
                                         call_id="CA 1/2", reason="hold", resume_after_seconds=30)
                model = outcome.model if raw else outcome
                (request,) = requests
                observed[f"{kind} raw={raw}"] = [
                    type(model).__name__, model.paused_until, request.method,
                    request.url.raw_path.decode(), sent_bodies(requests)[0],
                ]
        operation = sdk._generated.operations()["pauseStreaming"]
        observed["registry"] = [operation.http_method, operation.path, operation.retry_safe,
                                list(operation.path_parameters)]
        print(json.dumps(observed))
        """
    )
    for owner in (
        "AutoTranscribeClient",
        "AsyncAutoTranscribeClient",
        "RawResponses",
        "AsyncRawResponses",
    ):
        assert observed.pop(owner) == [
            ["call_id", "str", "<class 'inspect._empty'>"],
            ["reason", "PauseStreamingBodyReason", "<class 'inspect._empty'>"],
            ["resume_after_seconds", "int | None", "None"],
        ]
    assert observed.pop("registry") == ["POST", PAUSE, False, ["callId"]]
    for key, seen in observed.items():
        assert seen == [
            "PauseStreamingResponse200",
            "later",
            "POST",
            "/mg-autotranscribe/v1/calls/CA%201%2F2/pause",
            {"reason": "hold", "resumeAfterSeconds": 30},
        ], key


def test_a_new_answer_property_and_a_new_status_are_read(added: Copy) -> None:
    observed = added.python(
        """
        def gone(request):
            body = {"error": {"requestId": "req-410", "code": "410-01", "message": "It failed"}}
            return httpx.Response(410, json=body)

        observed = {}
        for kind in ("sync", "async"):
            started, _ = call(kind, documented_ok, "start_streaming", namespace="twilio",
                              guid=SID, **PARTIES)
            raw, _ = call(kind, documented_ok, "get_twilio_media_stream_url", raw=True)
            error, _ = call(kind, gone, "stop_streaming", namespace="twilio", guid=SID)
            observed[kind] = [
                started.model.autotranscribe_response.customer.region,
                raw.model.expires_in_seconds,
                type(error).__name__, error.status_code, error.request_id, error.code,
            ]
        print(json.dumps(observed))
        """
    )
    for kind in ("sync", "async"):
        assert observed[kind] == ["us-east-1", 300, "APIStatusError", 410, "req-410", "410-01"]


def test_callers_who_do_not_use_what_was_added_send_the_same_bytes(added: Copy) -> None:
    observed = added.python(
        """
        import sys
        sys.path.insert(0, str(ROOT / "tests"))
        import test_wire

        print(json.dumps({
            f"{name} ({kind})": test_wire.sent(kind, name)
            for name in test_wire.WIRE_CALLS for kind in ("sync", "async")
        }))
        """
    )
    recorded = json.loads((REPO_ROOT / "tests" / "wire_requests.json").read_text(encoding="utf-8"))
    assert len(observed) == 2 * len(recorded)
    for key, request in observed.items():
        assert request == recorded[key.rsplit(" (", 1)[0]], key


USER_CODE = """
from asapp_mg_autotranscribe import AutoTranscribeClient


def use(client: AutoTranscribeClient) -> None:
    client.start_streaming(namespace="zoom", guid="g", customer_id="c", agent_id="a",
                           profanity_filter=True, call_center_id="cc")
    paused = client.pause_streaming(call_id="c", reason="hold")
    reveal_type(paused)
    client.start_streaming(namespace="twilio", guid="g", customer_id="c", agent_id="a",
                           profanity_filter="yes")
    client.pause_streaming(call_id="c", reason="lunch")
"""


def test_mypy_sees_the_new_arguments_and_method(added: Copy) -> None:
    (added.root / "user_code.py").write_text(USER_CODE, encoding="utf-8")
    cache = added.root / ".mypy_cache"
    if (REPO_ROOT / ".mypy_cache").is_dir():
        shutil.copytree(REPO_ROOT / ".mypy_cache", cache)
    result = _run(
        [PYTHON, "-m", "mypy", "--strict", "--cache-dir", str(cache), "user_code.py"],
        added.root,
        MYPY_TIMEOUT,
        {**_env_for(added.root), "MYPYPATH": str(added.root / "overlays")},
    )
    lines = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if ": " in line]
    assert any(
        "Revealed type is" in line and "PauseStreamingResponse200" in line for line in lines
    ), lines
    errors = [line for line in lines if line.startswith("error")]
    assert len(errors) == 2, result.stdout
    assert 'Argument "profanity_filter"' in errors[0]
    assert '"bool | None"' in errors[0]
    assert 'Argument "reason"' in errors[1]
    assert "\"Literal['lunch']\"" in errors[1]


# --- breaking ---------------------------------------------------------------------------------


def _remove_a_property(spec: dict[str, Any]) -> None:
    params = _request(spec, START)["properties"]["autotranscribeParams"]
    del params["properties"]["audioRecordingAllowed"]
    del params["example"]["audioRecordingAllowed"]


def _rename_a_property(spec: dict[str, Any]) -> None:
    request = _request(spec, START)
    request["properties"]["customerRef"] = request["properties"].pop("customerId")
    request["required"] = ["namespace", "guid", "customerRef", "agentId"]


def _rename_a_named_property(spec: dict[str, Any]) -> None:
    twilio = _request(spec, START)["properties"]["twilioParams"]
    twilio["properties"]["tracks"] = twilio["properties"].pop("trackMap")


def _require_a_property(spec: dict[str, Any]) -> None:
    stop = _request(spec, STOP)
    stop["properties"]["tenantId"] = {"description": "The tenant of the call", "type": "string"}
    stop["required"] = ["tenantId"]


BREAKING = {
    "removed": (
        _remove_a_property,
        [
            "BREAKING  mg-autotranscribe.yaml: startStreaming: "
            "autotranscribeParams.audioRecordingAllowed is gone from the request (removed or "
            "renamed): start_streaming() loses its argument audio_recording_allowed"
        ],
    ),
    "renamed": (
        _rename_a_property,
        [
            "BREAKING  mg-autotranscribe.yaml: startStreaming: customerId is gone from the "
            "request (removed or renamed): start_streaming() loses its argument customer_id",
            "BREAKING  mg-autotranscribe.yaml: startStreaming: customerRef is now required: "
            "every call of start_streaming() must give customer_ref",
        ],
    ),
    "renamed-named": (
        _rename_a_named_property,
        [
            "sdk-names.yaml: mg-autotranscribe.yaml: startStreaming: arguments: "
            "twilioParams.trackMap is not a property of its request body nor one of its "
            "parameters"
        ],
    ),
    "required": (
        _require_a_property,
        [
            "BREAKING  mg-autotranscribe.yaml: stopStreaming: tenantId is now required: every "
            "call of stop_streaming() must give tenant_id"
        ],
    ),
}


@pytest.mark.parametrize("case", list(BREAKING))
def test_a_change_that_takes_from_callers_stops_the_regeneration(
    tmp_path_factory: pytest.TempPathFactory, case: str
) -> None:
    edit, messages = BREAKING[case]
    copy = _copy_project(tmp_path_factory, case, edit)
    assert copy.regenerate.returncode != 0, copy.regenerate.stdout
    for message in messages:
        assert message in copy.regenerate.stderr, copy.regenerate.stderr
    assert copy.changed() == {str(SPEC)}, "nothing may be generated"


# --- what `make regenerate` prints of each change ----------------------------------------------


def _change_summary(copy: Copy) -> list[str]:
    result = _run(
        [
            *(PYTHON, "scripts/spec_diff.py", str(REPO_ROOT / SPEC), str(SPEC)),
            *("--config", "generator-config.yaml", "--names", "sdk-names.yaml"),
        ],
        copy.root,
        PYTHON_TIMEOUT,
    )
    return [line for line in result.stdout.splitlines() if not line.startswith("NOTE")]


def test_the_change_summary_marks_each_change(added: Copy) -> None:
    assert _change_summary(added) == [
        "ADDITIVE  startStreaming: request property autotranscribeParams.profanityFilter added, "
        "optional (boolean)",
        "ADDITIVE  startStreaming: request property callCenterId added, optional (string)",
        "ADDITIVE  startStreaming: request property namespace: enum value 'zoom' added",
        "ADDITIVE  startStreaming: 200 answer property autotranscribeResponse.customer.region "
        "added (string)",
        "ADDITIVE  stopStreaming: request property namespace: enum value 'zoom' added",
        "ADDITIVE  stopStreaming: documented status 410 added",
        "ADDITIVE  getTwilioMediaStreams: 200 answer property expiresInSeconds added (integer)",
        "ADDITIVE  pauseStreaming: operation added (POST /mg-autotranscribe/v1/calls/{callId}/"
        "pause); method pause_streaming() of both clients and their with_raw_response",
        "changes for SDK users: 0 breaking, 8 additive",
    ]
