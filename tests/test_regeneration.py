"""What a change of a vendored spec does to the SDK, after ``make regenerate`` alone.

The promise: the vendored spec is the single source of truth; a spec change never changes
what the SDK sends, nor silently drops what the API returns; and a change that would break
the SDK fails the normal suite with a message naming the property and the operation.

Each case works on a copy of the project (no .venv, .git, node_modules or caches; the
copy's .venv is a symlink to this one, which scripts/generate.sh puts on PATH): its
``api-specs/mg-autotranscribe.yaml`` is edited, ``scripts/generate.sh generated
mg_autotranscribe_client`` regenerates its client, and Python runs in the copy with
PYTHONPATH on the copy's ``generated`` and ``overlays``. Calls go through
httpx.MockTransport, and the command line to a server on 127.0.0.1.

- additive, answers (its own copy): a response property at depth and one in the GET's
  answer are read and typed through the SDK; every unit test that passes on this project
  passes on the copy;
- additive, requests (one copy): a new optional request property, with a default and
  without, changes no request until a caller sends it with ``extra_body`` (checked
  against its type); a new enum value is taken by the methods and the command line, and
  is in the public Literal alias; a new documented error status gives its error class;
- breaking (one copy): a renamed answer property the SDK requires, a removed request
  property it sends and a newly required request property each fail
  tests/test_sdk_against_spec.py, naming the property and the operation;
- and scripts/spec_diff.py (which ``make regenerate`` runs first) marks each of these
  changes ADDITIVE or BREAKING.
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
SPEC = Path("api-specs") / "mg-autotranscribe.yaml"
PACKAGE = "mg_autotranscribe_client"
START = ("/mg-autotranscribe/v1/start-streaming", "post")
STOP = ("/mg-autotranscribe/v1/stop-streaming", "post")
STREAM_URL = ("/mg-autotranscribe/v1/twilio-media-stream-url", "get")

GENERATE_TIMEOUT = 60.0
PYTHON_TIMEOUT = 60.0
UNIT_TESTS_TIMEOUT = 300.0

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
)


# --- the copy ---------------------------------------------------------------------------------


def _run(
    command: list[str],
    cwd: Path,
    timeout: float,
    env: dict[str, str] | None = None,
    *,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run ``command``; fail the test with its output if it fails (when ``check``) or
    does not finish in time."""
    try:
        result = subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"{command} did not finish within {timeout:.0f} s: {expired.output!r}")
    if check and result.returncode != 0:
        pytest.fail(
            f"{command} exited {result.returncode}\n--- stdout\n{result.stdout[-4000:]}"
            f"\n--- stderr\n{result.stderr[-4000:]}"
        )
    return result


def _env_for(root: Path) -> dict[str, str]:
    """An environment importing ``root``'s packages (before the editable install's)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTEST_", "COV_", "ASAPP_", "CONTRACT_"))
    }
    env["PYTHONPATH"] = os.pathsep.join([str(root / "generated"), str(root / "overlays")])
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
    """A copy of the project, its spec edited and its client regenerated."""

    root: Path

    def python(self, code: str) -> Any:
        """Run the probe ``code`` (after PRELUDE) in the copy; what it printed last, as JSON."""
        return _probe(self.root, code)


def _copy_project(
    tmp_path_factory: pytest.TempPathFactory, name: str, edit: Callable[[dict[str, Any]], None]
) -> Copy:
    root = tmp_path_factory.mktemp(name) / "project"
    shutil.copytree(REPO_ROOT, root, ignore=shutil.ignore_patterns(*_NOT_COPIED), symlinks=True)
    (root / ".venv").symlink_to(REPO_ROOT / ".venv", target_is_directory=True)
    spec: dict[str, Any] = yaml.safe_load((root / SPEC).read_text(encoding="utf-8"))
    edit(spec)
    (root / SPEC).write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    _run(["scripts/generate.sh", "generated", PACKAGE], cwd=root, timeout=GENERATE_TIMEOUT)
    return Copy(root)


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


# --- the probes: Python run in a tree, printing what it observed as JSON ----------------------

PRELUDE = """
import asyncio
import json
import typing
from pathlib import Path

import httpx

import asapp_mg_autotranscribe as sdk
import mg_autotranscribe_client

ROOT = Path({root!r}).resolve()
for module in (sdk, mg_autotranscribe_client):
    assert Path(module.__file__).resolve().is_relative_to(ROOT), module.__file__

SID = "CA5b040e075515c424391012acc5a870cf"
PARTIES = {{"customer_id": "TT9833237", "agent_id": "RE223444211993"}}
STATUS = {{"code": 1000, "description": "OK"}}
START_OK = {{
    "isOk": True,
    "autotranscribeResponse": {{
        "customer": {{"streamId": "5ce2b755", "status": STATUS}},
        "agent": {{"streamId": "cf31116", "status": STATUS}},
    }},
}}
SUMMARY = {{"totalAudioBytes": 1, "audioDurationMs": 2, "streamingSeconds": 3, "transcripts": 4}}
STOP_OK = {{
    "isOk": True,
    "autotranscribeResponse": {{
        who: {{**START_OK["autotranscribeResponse"][who], "summary": SUMMARY}}
        for who in ("customer", "agent")
    }},
}}
URL_OK = {{"streamingUrl": "wss://ws.example.test/twilio-media/token"}}
MESSAGES_OK = {{"items": []}}


def documented_ok(request):
    path = request.url.path
    body = (
        START_OK if path.endswith("/start-streaming")
        else STOP_OK if path.endswith("/stop-streaming")
        else URL_OK if path.endswith("/twilio-media-stream-url")
        else MESSAGES_OK
    )
    return httpx.Response(200, json=body)


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


def hint(model, name):
    return str(typing.get_type_hints(type(model))[name])


def error_of(outcome):
    return {{
        "class": type(outcome).__name__,
        "status": getattr(outcome, "status_code", None),
        "request_id": getattr(outcome, "request_id", None),
        "code": getattr(outcome, "code", None),
        "message": getattr(outcome, "message", None),
        "text": str(outcome),
    }}
"""


def _probe(root: Path, code: str) -> Any:
    script = PRELUDE.format(root=str(root)) + textwrap.dedent(code)
    result = _run(
        [str(REPO_ROOT / ".venv" / "bin" / "python"), "-c", script],
        cwd=root,
        timeout=PYTHON_TIMEOUT,
        env=_env_for(root),
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- additive: answers --------------------------------------------------------------------------


def _add_answer_properties(spec: dict[str, Any]) -> None:
    start = _answer(spec, START, "200")["properties"]["autotranscribeResponse"]
    start["properties"]["customer"]["properties"]["region"] = {
        "type": "string",
        "description": "Region of the media gateway serving the stream",
        "example": "us-east-1",
    }
    _answer(spec, STREAM_URL, "200")["properties"]["expiresInSeconds"] = {
        "type": "integer",
        "description": "Seconds the URL stays valid",
        "example": 300,
    }


@pytest.fixture(scope="module")
def answers_added(tmp_path_factory: pytest.TempPathFactory) -> Copy:
    """A copy whose answers gained optional properties (and nothing else)."""
    return _copy_project(tmp_path_factory, "answers-added", _add_answer_properties)


def test_a_new_answer_property_is_read_and_typed_after_regeneration(answers_added: Copy) -> None:
    observed = answers_added.python(
        """
        def answer(request):
            if request.url.path.endswith("/twilio-media-stream-url"):
                return httpx.Response(200, json={**URL_OK, "expiresInSeconds": 300})
            body = json.loads(json.dumps(START_OK))
            body["autotranscribeResponse"]["customer"]["region"] = "us-east-1"
            return httpx.Response(200, json=body)

        observed = {}
        for kind in ("sync", "async"):
            result, _ = call(kind, answer, "start_streaming", namespace="twilio", guid=SID,
                             **PARTIES)
            customer = result.model.autotranscribe_response.customer
            raw, _ = call(kind, answer, "get_twilio_media_stream_url", raw=True)
            observed[kind] = {
                "region": customer.region,
                "region_type": hint(customer, "region"),
                "unknown": customer.additional_properties,
                "to_dict": result.to_dict(),
                "stream_id": result.customer.stream_id,
                "expires": raw.model.expires_in_seconds,
                "expires_type": hint(raw.model, "expires_in_seconds"),
                "url": raw.parse(),
            }
        print(json.dumps(observed))
        """
    )
    for kind in ("sync", "async"):
        seen = observed[kind]
        assert seen["region"] == "us-east-1", kind
        assert seen["region_type"] == "str | mg_autotranscribe_client.types.Unset", kind
        assert seen["unknown"] == {}, "region is a property of the model, not an unknown one"
        customer = seen["to_dict"]["autotranscribeResponse"]["customer"]
        assert customer["region"] == "us-east-1", kind
        assert seen["stream_id"] == "5ce2b755", kind
        assert seen["expires"] == 300, kind
        assert seen["expires_type"] == "int | mg_autotranscribe_client.types.Unset", kind
        assert seen["url"] == "wss://ws.example.test/twilio-media/token", kind


def test_regeneration_changes_only_the_models_of_those_answers(answers_added: Copy) -> None:
    before, after = _tree_digest(REPO_ROOT), _tree_digest(answers_added.root)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    models = f"generated/{PACKAGE}/models/"
    assert changed == {
        str(SPEC),
        f"{models}start_streaming_response_autotranscribe_response_customer.py",
        f"{models}get_twilio_media_streams_response.py",
    }
    # The components of the same names, which no operation uses, now differ: the change
    # summary that `make regenerate` prints first says so.
    notes = [line for line in _spec_diff_output(answers_added) if line.startswith("NOTE")]
    for component in ("StartStreamingResponse", "GetTwilioMediaStreamsResponse"):
        assert any(f"components/schemas/{component} differs" in note for note in notes), notes


# Loaded into a pytest run (``-p``): writes each test's outcome, and each module that
# does not collect, one JSON line each.
OUTCOME_PLUGIN = """
import json

def _log(nodeid, outcome):
    with open({log!r}, "a", encoding="utf-8") as stream:
        stream.write(json.dumps([nodeid, outcome]) + "\\n")

def pytest_runtest_logreport(report):
    if report.when == "call" or report.outcome != "passed":
        _log(report.nodeid, report.outcome)

def pytest_collectreport(report):
    if report.failed:
        _log(report.nodeid, "failed")
"""


def _unit_test_outcomes(root: Path, log_dir: Path, *tests: str) -> dict[str, str]:
    """Each unit test's outcome (passed, failed, skipped) by node id, run in the project
    at ``root`` on its own packages (the PRELUDE of a probe checks where they come from,
    in the same environment); ``tests`` selects (all of ``tests/`` by default)."""
    _probe(root, "print(json.dumps(mg_autotranscribe_client.__file__))")
    log_dir.mkdir()
    log = log_dir / "outcomes.jsonl"
    (log_dir / "outcome_log.py").write_text(OUTCOME_PLUGIN.format(log=str(log)), "utf-8")
    env = _env_for(root)
    env["PYTHONPATH"] += os.pathsep + str(log_dir)
    result = _run(
        [
            *(str(REPO_ROOT / ".venv" / "bin" / "python"), "-m", "pytest", *(tests or ["tests"])),
            *("-m", "not contract", "-p", "no:cacheprovider", "-p", "outcome_log", "-q"),
            "--continue-on-collection-errors",
        ],
        cwd=root,
        timeout=UNIT_TESTS_TIMEOUT,
        env=env,
        check=False,
    )
    if not log.is_file():
        pytest.fail(f"pytest reported no outcome in {root}:\n{result.stdout[-4000:]}")
    outcomes: dict[str, str] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        nodeid, outcome = json.loads(line)
        if outcomes.get(nodeid) in (None, "passed"):
            outcomes[nodeid] = outcome
    return outcomes


def test_the_unit_tests_pass_on_the_regenerated_client(answers_added: Copy, tmp_path: Path) -> None:
    """Every unit test passes on the copy, as ``make unit`` holds them to on this project."""
    outcomes = _unit_test_outcomes(answers_added.root, tmp_path / "copy")
    assert "passed" in outcomes.values(), "no unit test passed on the regenerated copy"
    not_passed = sorted(
        f"{test}: {outcome}" for test, outcome in outcomes.items() if outcome != "passed"
    )
    assert not not_passed, (
        f"{len(not_passed)} unit tests do not pass on the regenerated copy:\n"
        + "\n".join(not_passed[:40])
    )


# --- additive: requests, enum values, statuses --------------------------------------------------


def _add_request_properties_values_and_statuses(spec: dict[str, Any]) -> None:
    start = _request(spec, START)["properties"]
    start["autotranscribeParams"]["properties"]["profanityFilter"] = {
        "description": "Whether profanity is masked in transcripts",
        "type": "boolean",
        "default": False,
    }
    start["callCenterId"] = {"description": "The call centre taking the call", "type": "string"}
    for where in (START, STOP):
        _request(spec, where)["properties"]["namespace"]["enum"].append("zoom")
    _with_status(spec, STOP, 410, "Gone")
    _with_status(spec, STREAM_URL, 409, "Conflict")


@pytest.fixture(scope="module")
def requests_added(tmp_path_factory: pytest.TempPathFactory) -> Copy:
    """A copy with new optional request properties, a new namespace and new statuses."""
    return _copy_project(
        tmp_path_factory, "requests-added", _add_request_properties_values_and_statuses
    )


# Every kind of call the SDK makes, each with what it sends recorded on both clients.
EVERY_CALL = """
ARN = "arn:aws:kinesisvideo:us-east-1:123456789012:stream/call-1/1600000000000"
EVERYTHING = {
    "language": "es-US", "detailed_token": True, "audio_recording_allowed": False,
    "redaction_output": "unredacted",
    "twilio_track_map": {"inbound": "agent", "outbound": "customer"},
    "siprec_media_line_order": "AGENT_FIRST",
    "amazon_connect": {"stream_arn": ARN, "start_selector_type": "FRAGMENT_NUMBER",
                       "after_fragment_number": "913438"},
}
NAMESPACES = ("siprec", "twilio", "amazonconnect", "genesysaudiohook")
GUIDS = {ns: SID if ns == "twilio" else "0001" for ns in NAMESPACES}  # Twilio's is a Call SID
CALLS = {
    "stream-url": ("get_twilio_media_stream_url", (), {}),
    **{f"start-{ns}": ("start_streaming", (), {"namespace": ns, "guid": GUIDS[ns], **PARTIES})
       for ns in NAMESPACES},
    "start-everything": ("start_streaming", (), {"namespace": "twilio", "guid": SID,
                                                 **PARTIES, **EVERYTHING}),
    "start-redacted": ("start_streaming", (), {"namespace": "siprec", "guid": "0001",
                                               **PARTIES, "redaction_output": "redacted"}),
    "start-extra-body": ("start_streaming", (), {
        "namespace": "twilio", "guid": SID, **PARTIES,
        "extra_body": {"autotranscribeParams": {"language": "fr-CA"}}}),
    "start-twilio-transcription": ("start_twilio_transcription", (SID,), PARTIES),
    "start-twilio-transcription-swapped": ("start_twilio_transcription", (SID,), {
        **PARTIES, "inbound": "agent", "outbound": "customer", "language": "fr-CA",
        "detailed_token": True, "audio_recording_allowed": True,
        "redaction_output": "unredacted"}),
    **{f"stop-{ns}": ("stop_streaming", (), {"namespace": ns, "guid": GUIDS[ns]})
       for ns in NAMESPACES},
    "stop-twilio-transcription": ("stop_twilio_transcription", (SID,), {}),
    "conversation-messages": ("get_conversation_messages", (), {"external_id": SID}),
}
sent = {}
for name, (method, args, kwargs) in CALLS.items():
    for kind in ("sync", "async"):
        outcome, requests = call(kind, documented_ok, method, *args, **kwargs)
        assert not isinstance(outcome, Exception), (name, outcome)
        (request,) = requests
        sent[f"{name} ({kind})"] = [
            request.method, str(request.url), request.headers.get("content-type"),
            request.content.decode("utf-8"),
        ]
print(json.dumps(sent))
"""


def test_a_new_optional_request_property_changes_no_request(requests_added: Copy) -> None:
    before = _probe(REPO_ROOT, EVERY_CALL)
    after = requests_added.python(EVERY_CALL)
    assert len(before) == 2 * 16
    for call, request in before.items():
        assert after[call] == request, call
    assert after == before


def test_a_new_request_property_can_be_sent_with_extra_body(requests_added: Copy) -> None:
    observed = requests_added.python(
        """
        observed = {}
        for kind in ("sync", "async"):
            for name, extra in {
                "profanityFilter": {"autotranscribeParams": {"profanityFilter": True}},
                "callCenterId": {"callCenterId": "cc-7"},
                "profanityFilter wrong": {"autotranscribeParams": {"profanityFilter": "yes"}},
                "callCenterId wrong": {"callCenterId": 7},
            }.items():
                outcome, requests = call(
                    kind, documented_ok, "start_streaming", namespace="twilio", guid=SID,
                    language="en-US", **PARTIES, extra_body=extra)
                observed[f"{name} ({kind})"] = {
                    "sent": [json.loads(request.content) for request in requests],
                    "error": error_of(outcome) if isinstance(outcome, Exception) else None,
                }
        print(json.dumps(observed))
        """
    )
    base = {
        "namespace": "twilio",
        "guid": "CA5b040e075515c424391012acc5a870cf",
        "customerId": "TT9833237",
        "agentId": "RE223444211993",
        "autotranscribeParams": {"language": "en-US"},
    }
    for kind in ("sync", "async"):
        assert observed[f"profanityFilter ({kind})"] == {
            "sent": [
                {**base, "autotranscribeParams": {"language": "en-US", "profanityFilter": True}}
            ],
            "error": None,
        }
        assert observed[f"callCenterId ({kind})"] == {
            "sent": [{**base, "callCenterId": "cc-7"}],
            "error": None,
        }
        for name, path, expected in (
            ("profanityFilter", "autotranscribeParams.profanityFilter", "a boolean"),
            ("callCenterId", "callCenterId", "a string"),
        ):
            wrong = observed[f"{name} wrong ({kind})"]
            assert wrong["sent"] == [], f"{name}: nothing may be sent"
            assert wrong["error"]["class"] == "InvalidRequestError"
            assert f"{path}: expected {expected}" in wrong["error"]["text"]


def test_a_new_enum_value_is_taken_without_an_overlay_edit(requests_added: Copy) -> None:
    observed = requests_added.python(
        """
        import http.server
        import io
        import threading

        from asapp_mg_autotranscribe._cli import main

        observed = {"namespace_alias": sorted(typing.get_args(sdk.Namespace))}
        for kind in ("sync", "async"):
            for method, kwargs in (("start_streaming", PARTIES), ("stop_streaming", {})):
                outcome, requests = call(kind, documented_ok, method, namespace="zoom",
                                         guid="z-1", **kwargs)
                observed[f"{method} ({kind})"] = {
                    "result": repr(outcome) if isinstance(outcome, Exception) else outcome.is_ok,
                    "namespace": [json.loads(r.content)["namespace"] for r in requests],
                }

        received = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                received.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
                stop = self.path.endswith("/stop-streaming")
                body = json.dumps(STOP_OK if stop else START_OK).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = ["--base-url", f"http://127.0.0.1:{server.server_address[1]}", "--max-retries", "0"]
        env = {"ASAPP_API_ID": "probe-id", "ASAPP_API_SECRET": "probe-secret"}
        for command in (
            ["start", "--namespace", "zoom", "--guid", "z-1", "--customer-id", "c",
             "--agent-id", "a"],
            ["stop", "--namespace", "zoom", "--guid", "z-1"],
        ):
            out, err = io.StringIO(), io.StringIO()
            status = main(base + command, environment=env, stdout=out, stderr=err)
            observed[f"cli {command[0]}"] = {"status": status, "stderr": err.getvalue()}
        server.shutdown()
        observed["cli received"] = [body["namespace"] for body in received]
        print(json.dumps(observed))
        """
    )
    assert "zoom" in observed["namespace_alias"]
    assert {"twilio", "siprec", "amazonconnect", "genesysaudiohook"} < set(
        observed["namespace_alias"]
    )
    for kind in ("sync", "async"):
        for method in ("start_streaming", "stop_streaming"):
            assert observed[f"{method} ({kind})"] == {"result": True, "namespace": ["zoom"]}
    for command in ("start", "stop"):
        assert observed[f"cli {command}"] == {"status": 0, "stderr": ""}
    assert observed["cli received"] == ["zoom", "zoom"]


def test_a_new_documented_error_status_gives_its_error_class(requests_added: Copy) -> None:
    observed = requests_added.python(
        """
        from asapp_mg_autotranscribe import _generated

        def error(status, code):
            body = {"error": {"requestId": f"req-{status}", "code": code, "message": "It failed"}}
            return lambda request: httpx.Response(status, json=body)

        observed = {
            "stop statuses": sorted(_generated.endpoint("stopStreaming").response_models),
            "url statuses": sorted(_generated.endpoint("getTwilioMediaStreams").response_models),
        }
        for kind in ("sync", "async"):
            outcome, _ = call(kind, error(410, "410-01"), "stop_streaming", namespace="twilio",
                              guid=SID)
            observed[f"stop 410 ({kind})"] = error_of(outcome)
            outcome, _ = call(kind, error(409, "409-02"), "get_twilio_media_stream_url")
            observed[f"url 409 ({kind})"] = error_of(outcome)
        print(json.dumps(observed))
        """
    )
    assert "410" in observed["stop statuses"]
    assert "409" in observed["url statuses"]
    for kind in ("sync", "async"):
        gone, conflict = observed[f"stop 410 ({kind})"], observed[f"url 409 ({kind})"]
        assert "req-410" in gone.pop("text")
        assert gone == {
            "class": "APIStatusError",
            "status": 410,
            "request_id": "req-410",
            "code": "410-01",
            "message": "It failed",
        }
        assert "req-409" in conflict.pop("text")
        assert conflict == {
            "class": "ConflictError",
            "status": 409,
            "request_id": "req-409",
            "code": "409-02",
            "message": "It failed",
        }


# --- breaking ---------------------------------------------------------------------------------


def _break_the_sdk(spec: dict[str, Any]) -> None:
    answer = _answer(spec, START, "200")["properties"]["autotranscribeResponse"]["properties"]
    for who in ("customer", "agent"):
        participant = answer[who]["properties"]
        participant["streamUuid"] = participant.pop("streamId")
    params = _request(spec, START)["properties"]["autotranscribeParams"]
    del params["properties"]["audioRecordingAllowed"]
    del params["example"]["audioRecordingAllowed"]
    stop = _request(spec, STOP)
    stop["properties"]["tenantId"] = {"description": "The tenant of the call", "type": "string"}
    stop["required"] = ["namespace", "guid", "tenantId"]


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Copy:
    """A copy whose spec breaks the SDK three ways."""
    return _copy_project(tmp_path_factory, "breaking", _break_the_sdk)


@pytest.fixture(scope="module")
def broken_suite(broken: Copy) -> subprocess.CompletedProcess[str]:
    """tests/test_sdk_against_spec.py run in the broken copy."""
    return _run(
        [
            str(REPO_ROOT / ".venv" / "bin" / "python"),
            "-m",
            "pytest",
            "tests/test_sdk_against_spec.py",
            "-p",
            "no:cacheprovider",
            "-q",
            "--tb=short",
        ],
        cwd=broken.root,
        timeout=PYTHON_TIMEOUT,
        env=_env_for(broken.root),
        check=False,
    )


def _assert_reported(suite: subprocess.CompletedProcess[str], *lines: str) -> None:
    assert suite.returncode == 1, f"the suite must fail:\n{suite.stdout[-4000:]}"
    for line in lines:
        assert line in suite.stdout, f"{line!r} not reported:\n{suite.stdout[-6000:]}"


def test_a_renamed_answer_property_the_sdk_needs_fails_the_suite(
    broken_suite: subprocess.CompletedProcess[str],
) -> None:
    _assert_reported(
        broken_suite,
        *(
            f"startStreaming: autotranscribeResponse.{who}.streamId is required by the SDK in "
            f"the 200 answer (Endpoint.required), and the spec's 200 schema has no "
            f"autotranscribeResponse.{who}.streamId"
            for who in ("customer", "agent")
        ),
    )


def test_a_removed_request_property_the_sdk_sends_fails_the_suite(
    broken_suite: subprocess.CompletedProcess[str],
) -> None:
    _assert_reported(
        broken_suite,
        "startStreaming: the SDK sends autotranscribeParams.audioRecordingAllowed "
        "(start_streaming(every argument)), which the spec's request schema does not have",
    )


def test_a_newly_required_request_property_fails_the_suite(
    broken_suite: subprocess.CompletedProcess[str],
) -> None:
    _assert_reported(
        broken_suite,
        *(
            f"stopStreaming: tenantId is required by the spec's request schema, and the SDK's "
            f"{method}(required arguments) call does not send it"
            for method in ("stop_streaming", "stop_twilio_transcription")
        ),
    )


# --- what `make regenerate` prints of each change ----------------------------------------------


def _change_summary(copy: Copy) -> list[str]:
    return [line for line in _spec_diff_output(copy) if not line.startswith("NOTE")]


def _spec_diff_output(copy: Copy) -> list[str]:
    result = _run(
        [
            *(str(REPO_ROOT / ".venv" / "bin" / "python"), "scripts/spec_diff.py"),
            *(str(REPO_ROOT / SPEC), str(SPEC), "--config", "generator-config.yaml"),
        ],
        cwd=copy.root,
        timeout=PYTHON_TIMEOUT,
    )
    return result.stdout.splitlines()


def test_the_change_summary_marks_each_change(
    answers_added: Copy, requests_added: Copy, broken: Copy
) -> None:
    assert _change_summary(answers_added) == [
        "ADDITIVE  startStreaming: 200 answer property autotranscribeResponse.customer.region "
        "added (string)",
        "ADDITIVE  getTwilioMediaStreams: 200 answer property expiresInSeconds added (integer)",
        "changes for SDK users: 0 breaking, 2 additive",
    ]
    assert _change_summary(requests_added) == [
        "ADDITIVE  startStreaming: request property autotranscribeParams.profanityFilter added, "
        "optional (boolean)",
        "ADDITIVE  startStreaming: request property callCenterId added, optional (string)",
        "ADDITIVE  startStreaming: request property namespace: enum value 'zoom' added",
        "ADDITIVE  stopStreaming: request property namespace: enum value 'zoom' added",
        "ADDITIVE  stopStreaming: documented status 410 added",
        "ADDITIVE  getTwilioMediaStreams: documented status 409 added",
        "changes for SDK users: 0 breaking, 6 additive",
    ]
    assert _change_summary(broken) == [
        "BREAKING  startStreaming: request property autotranscribeParams.audioRecordingAllowed "
        "removed",
        *(
            f"ADDITIVE  startStreaming: 200 answer property autotranscribeResponse.{who}."
            "streamUuid added (string)"
            for who in ("customer", "agent")
        ),
        *(
            f"BREAKING  startStreaming: 200 answer property autotranscribeResponse.{who}."
            "streamId removed"
            for who in ("customer", "agent")
        ),
        "BREAKING  stopStreaming: request property tenantId added, required (string)",
        # The SDK always sends these two; the summary cannot know that.
        "BREAKING  stopStreaming: request property namespace: now required",
        "BREAKING  stopStreaming: request property guid: now required",
        "changes for SDK users: 6 breaking, 2 additive",
    ]
