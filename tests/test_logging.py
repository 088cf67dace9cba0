"""The package logger: ASAPP_LOG, masked stream URLs, and no secret in any record."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from doubles import API_SECRET, CALL_SID, START_OK, STOP_OK, STREAM_URL, error_body

from asapp_mg_autotranscribe import InternalServerError, setup_logging
from asapp_mg_autotranscribe._redaction import mask_stream_url, mask_tokens


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    """The package's logger (by its documented name) with no handler, as in a process that
    has not called setup_logging; as it was again after the test."""
    package_logger = logging.getLogger("asapp_mg_autotranscribe")
    handlers, level = package_logger.handlers[:], package_logger.level
    package_logger.handlers = []
    yield package_logger
    package_logger.handlers = handlers
    package_logger.setLevel(level)


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_asapp_log_adds_one_stderr_handler(
    clean_logger: logging.Logger, capsys: pytest.CaptureFixture[str], value: str, level: int
) -> None:
    setup_logging({"ASAPP_LOG": value})
    setup_logging({"ASAPP_LOG": value})
    assert len(clean_logger.handlers) == 1
    assert clean_logger.level == level
    clean_logger.log(level, "a record")
    assert capsys.readouterr().err.count("asapp_mg_autotranscribe] a record\n") == 1


@pytest.mark.parametrize("environment", [{}, {"ASAPP_LOG": "verbose"}, {"ASAPP_LOG": ""}])
def test_no_handler_without_asapp_log(
    clean_logger: logging.Logger, environment: dict[str, str]
) -> None:
    setup_logging(environment)
    assert clean_logger.handlers == []


def test_setup_reads_os_environ_by_default(clean_logger: logging.Logger, monkeypatch: Any) -> None:
    monkeypatch.setenv("ASAPP_LOG", "info")
    setup_logging()
    assert len(clean_logger.handlers) == 1


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        (STREAM_URL, "wss://ws.example.test/mg-twilio-autotranscribe/twilio-media/***"),
        ("wss://host/tok", "wss://host/***"),
        ("wss://host", "wss://host"),
        ("WSS://Host/path/tok", "WSS://Host/path/***"),
        ("wss://host/twilio-media?token=eyJabc.def.ghi", "wss://host/***?token=***"),
        ("wss://host/a/tok/?x=1&flag#frag", "wss://host/a/***/?x=***&flag#***"),
        ("not a url", "***"),
    ],
)
def test_mask_stream_url(url: str, masked: str) -> None:
    assert mask_stream_url(url) == masked


STREAM_TOKEN = "eyJhbGciOiJIUzI1NiJ9.tOkEn-5f3a9c"


@pytest.mark.parametrize(
    "url",
    [
        f"wss://ws.example.test/mg-twilio-autotranscribe/twilio-media?token={STREAM_TOKEN}",
        f"wss://ws.example.test/twilio-media?token={STREAM_TOKEN}&v=1",
        f"WSS://ws.example.test/mg-twilio-autotranscribe/twilio-media/{STREAM_TOKEN}",
    ],
    ids=["query", "query-and-more", "upper-case-scheme"],
)
def test_a_stream_url_s_token_is_masked_in_the_records_of_its_call(
    make_api: Any, caplog: pytest.LogCaptureFixture, url: str
) -> None:
    caplog.set_level(logging.DEBUG, logger="asapp_mg_autotranscribe")
    api = make_api(httpx.Response(200, json={"streamingUrl": url}))
    assert api.call("get_twilio_media_stream_url") == url
    assert caplog.records, "nothing logged at DEBUG"
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    logged = "\n".join(formatter.format(record) + repr(record.args) for record in caplog.records)
    assert STREAM_TOKEN not in logged


def test_mask_tokens_masks_every_url_and_token_in_a_text() -> None:
    text = (
        'garbage wss://h/a/SECRETTOKEN more "WSS://h/p?token=abc" then '
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl end"
    )
    masked = mask_tokens(text)
    for secret in ("SECRETTOKEN", "token=abc", "eyJhbGciOiJIUzI1NiJ9"):
        assert secret not in masked
    assert masked.startswith("garbage wss://h/a/*** more")


def test_no_secret_or_token_in_any_log_record_at_debug(
    make_api: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api = make_api(
        httpx.Response(503, json=error_body(503)),
        httpx.Response(200, json={"streamingUrl": STREAM_URL}),
    )
    api.call("get_twilio_media_stream_url")
    api.script.steps = [httpx.Response(200, json=START_OK)]
    api.call("start_twilio_transcription", CALL_SID, customer_id="C1", agent_id="A1")
    api.script.steps = [httpx.Response(200, json=STOP_OK)]
    api.call("stop_twilio_transcription", CALL_SID)
    api.script.steps = [httpx.Response(500, json=error_body(500))]
    with pytest.raises(InternalServerError):
        api.call("stop_twilio_transcription", CALL_SID)
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "retrying in" in text
    assert (
        "got a stream URL: wss://ws.example.test/mg-twilio-autotranscribe/twilio-media/***" in text
    )
    assert "-> 200" in text
    assert API_SECRET not in text
    assert "eyJhbGciOi" not in text
