"""The package as users see it: the contract's names, docstrings, and the built wheel."""

from __future__ import annotations

import inspect
import subprocess
import sys
import venv
import zipfile
from email.parser import HeaderParser
from pathlib import Path

import pytest

import asapp_mg_autotranscribe as sdk

ROOT = Path(__file__).resolve().parent.parent

CONTRACT_NAMES = [
    "AutoTranscribeClient",
    "AsyncAutoTranscribeClient",
    "StreamUrlCache",
    "AsyncStreamUrlCache",
    "ASAPPError",
    "ConfigurationError",
    "InvalidRequestError",
    "ClientClosedError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "RequestTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "ServiceUnavailableError",
    "InternalServerError",
    "InvalidResponseError",
    "StreamingNotOkError",
]


def test_contract_names_are_exported() -> None:
    assert set(CONTRACT_NAMES) <= set(sdk.__all__)
    for name in sdk.__all__:
        assert hasattr(sdk, name), name


def test_every_public_name_and_method_has_a_docstring() -> None:
    for name in sdk.__all__:
        value = getattr(sdk, name)
        if not (inspect.isclass(value) or inspect.isfunction(value)):
            continue
        assert inspect.getdoc(value), name
        if inspect.isclass(value):
            for member_name, member in vars(value).items():
                if member_name.startswith("_") or not callable(member):
                    continue
                assert inspect.getdoc(member), f"{name}.{member_name}"


@pytest.mark.parametrize("client_class", [sdk.AutoTranscribeClient, sdk.AsyncAutoTranscribeClient])
def test_signatures_match_the_contract(client_class: type) -> None:
    init = inspect.signature(client_class.__init__).parameters
    for name in ("api_id", "api_secret", "base_url", "timeout", "max_retries", "http_client"):
        assert init[name].kind is inspect.Parameter.KEYWORD_ONLY
    assert init["max_retries"].default == 2
    assert init["deadline"].default is None
    start = inspect.signature(client_class.start_streaming).parameters  # type: ignore[attr-defined]
    assert list(start)[1:] == [
        "namespace",
        "guid",
        "customer_id",
        "agent_id",
        "language",
        "detailed_token",
        "audio_recording_allowed",
        "redaction_output",
        "twilio_track_map",
        "siprec_media_line_order",
        "amazon_connect",
        *PER_REQUEST_OPTIONS,
    ]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in list(start.values())[1:])
    for name in ("language", "twilio_track_map", "extra_body"):
        assert start[name].default is None
    for name in ("timeout", "max_retries", "deadline"):
        assert start[name].default is sdk.NOT_GIVEN


PER_REQUEST_OPTIONS = [
    "timeout",
    "max_retries",
    "deadline",
    "extra_headers",
    "extra_query",
    "extra_body",
]


@pytest.mark.parametrize("client_class", [sdk.AutoTranscribeClient, sdk.AsyncAutoTranscribeClient])
@pytest.mark.parametrize(
    "method",
    [
        "get_twilio_media_stream_url",
        "start_streaming",
        "stop_streaming",
        "start_twilio_transcription",
        "stop_twilio_transcription",
        "get_conversation_messages",
    ],
)
def test_every_method_takes_the_per_request_options(client_class: type, method: str) -> None:
    for owner in (
        client_class,
        sdk.RawResponses if client_class is sdk.AutoTranscribeClient else sdk.AsyncRawResponses,
    ):
        parameters = inspect.signature(getattr(owner, method)).parameters
        assert list(parameters)[-6:] == PER_REQUEST_OPTIONS, (owner, method)
        assert all(
            parameters[name].kind is inspect.Parameter.KEYWORD_ONLY for name in PER_REQUEST_OPTIONS
        )
        assert inspect.getdoc(getattr(owner, method))


# Half of the 1,749,908 bytes the wheel unpacked to when the generated packages were
# installed at the top level and the whole Conversations API was generated.
WHEEL_BYTES_BUDGET = 874_954


def test_the_wheel_installs_one_package_and_imports_in_a_fresh_venv(tmp_path: Path) -> None:
    # The source distribution, then the wheel built from it (as pip builds from an sdist).
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("asapp_mg_autotranscribe-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata_name,) = [name for name in names if name.endswith(".dist-info/METADATA")]
        metadata = HeaderParser().parsestr(archive.read(metadata_name).decode())
        unpacked = sum(info.file_size for info in archive.infolist())
    assert unpacked <= WHEEL_BYTES_BUDGET, unpacked
    # The version is written once, in _version.py; the wheel must carry that one.
    assert metadata["Name"] == "asapp-mg-autotranscribe"
    assert metadata["Version"] == sdk.__version__
    for required in (
        "asapp_mg_autotranscribe/__init__.py",
        "asapp_mg_autotranscribe/py.typed",
        "asapp_mg_autotranscribe/_transcripts/_webhook.py",
        "asapp_mg_autotranscribe/_gen/mg_autotranscribe_client/api/__init__.py",
        "asapp_mg_autotranscribe/_gen/conversations_client/api/__init__.py",
        "asapp_mg_autotranscribe/_gen/transcript_webhook_client/models/transcript_event.py",
    ):
        assert required in names
    top_level = {name.split("/")[0] for name in names if ".dist-info/" not in name}
    assert top_level == {"asapp_mg_autotranscribe"}
    # Of the Conversations API, only the operation the SDK calls is generated.
    conversations = "asapp_mg_autotranscribe/_gen/conversations_client/api/conversations/"
    assert {name for name in names if name.startswith(conversations)} == {
        conversations + "__init__.py",
        conversations + "get_messages_by_external_id.py",
    }

    # Installed as a user would: a fresh venv, the wheel, its declared dependencies.
    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = str(target / "bin" / "python")
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    result = subprocess.run(
        [python, "-I", "-c", INSTALLED_PROBE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        sdk.__version__,
        "asapp_mg_autotranscribe",
        "wss://h/p/t",
        "True",
        "customer",
        "agent",
        "400",
        "['asapp_mg_autotranscribe']",
    ]


# Every step of the flow in the installed wheel (its three generated packages), over
# httpx.MockTransport.
INSTALLED_PROBE = """
import importlib.metadata
import importlib.resources as resources
import importlib.util
import json
import httpx
import asapp_mg_autotranscribe as sdk

assert "site-packages" in sdk.__file__, sdk.__file__
assert resources.files(sdk).joinpath("py.typed").is_file()
participant = {"streamId": "s", "status": {"code": 1000, "description": "OK"}}
answers = {
    "/mg-autotranscribe/v1/twilio-media-stream-url": {"streamingUrl": "wss://h/p/t"},
    "/mg-autotranscribe/v1/start-streaming": {
        "isOk": True, "autotranscribeResponse": {"customer": participant, "agent": participant}
    },
    "/conversation/v1/conversation/messages": {"items": [{
        "text": "hi", "sender": {"role": "customer"}, "messageId": "m",
        "createdTimestamp": "2021-11-23T12:13:16Z", "clientTimestamp": "2021-11-23T12:13:14Z",
    }]},
}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answers[request.url.path]))
with httpx.Client(transport=transport) as http:
    client = sdk.AutoTranscribeClient(api_id="i", api_secret="s", http_client=http)
    url = client.get_twilio_media_stream_url()
    started = client.start_twilio_transcription(
        "CA5b040e075515c424391012acc5a870cf", customer_id="c", agent_id="a"
    )
    (message,) = client.get_conversation_messages(external_id="CA5b040e075515c424391012acc5a870cf")
event = sdk.parse_transcript_event(json.dumps({
    "type": "transcript", "externalConversationId": "x", "streamId": "s",
    "sender": {"externalId": "a", "role": "agent"},
    "autotranscribeResponse": {"start": 400, "end": 900, "utterance": [{"text": "hello"}]},
}))
# What the distribution put on sys.path: its files' top-level folders (the scripts and the
# metadata aside).
installed = importlib.metadata.files("asapp-mg-autotranscribe")
top_level = sorted({
    file.parts[0] for file in installed
    if not file.parts[0].endswith(".dist-info") and file.parts[0] != ".." and len(file.parts) > 1
})
for generated in ("mg_autotranscribe_client", "conversations_client", "transcript_webhook_client"):
    assert importlib.util.find_spec(generated) is None, generated
print(sdk.__version__, sdk.AutoTranscribeClient.__module__, url, started.is_ok,
      message.sender.role, event.role, event.start_ms, str(top_level).replace(" ", ""))
"""
