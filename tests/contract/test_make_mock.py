"""``make mock``'s command: both of ASAPP's specs on one base URL, in the foreground, until
Ctrl-C or a TERM, which stop Prism and remove the merged document."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from spec_document import REPO_ROOT

from .support import API_ID, API_ID_HEADER, API_SECRET, API_SECRET_HEADER, CALL_SID, HTTP_TIMEOUT

sys.path.insert(0, str(REPO_ROOT / "scripts"))
from prism_mock import STOP_TIMEOUT, free_port, wait_until_listening  # found through the path above

pytestmark = pytest.mark.contract

# One operation of each spec, and the status its example answers with.
ONE_OPERATION_OF_EACH_SPEC = [
    ("GET", "/mg-autotranscribe/v1/twilio-media-stream-url", {}),
    ("GET", "/conversation/v1/conversation/messages", {"externalId": CALL_SID}),
]


@pytest.fixture
def mock_command(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str, Path]]:
    """The script ``make mock`` runs, on a free port, its temporary files in a folder of the
    test's; the process, its base URL and that folder. Killed if the test left it running."""
    port = free_port()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    log_path = tmp_path / "mock.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(REPO_ROOT / "scripts" / "prism_mock.py"), "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "TMPDIR": str(scratch)},
            start_new_session=True,
        )
    try:
        wait_until_listening(process, port, log_path, "make mock")
        yield process, f"http://127.0.0.1:{port}", scratch
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=STOP_TIMEOUT)


@pytest.mark.parametrize(("stop", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_one_base_url_serves_both_specs_until_stopped(
    mock_command: tuple[subprocess.Popen[bytes], str, Path], stop: signal.Signals, status: int
) -> None:
    process, base_url, scratch = mock_command
    credentials = {API_ID_HEADER: API_ID, API_SECRET_HEADER: API_SECRET}
    with httpx.Client(base_url=base_url, headers=credentials, timeout=HTTP_TIMEOUT) as http:
        for method, path, query in ONE_OPERATION_OF_EACH_SPEC:
            response = http.request(method, path, params=query)
            assert response.status_code == 200, (path, response.text)
            assert "sl-violations" not in response.headers
    assert [entry.name for entry in scratch.iterdir()] != []  # the merged document
    os.kill(process.pid, stop)
    assert process.wait(timeout=STOP_TIMEOUT * 3) == status
    assert list(scratch.iterdir()) == []
    with pytest.raises(ConnectionRefusedError):  # Prism was stopped before the script ended
        socket.create_connection(("127.0.0.1", httpx.URL(base_url).port), HTTP_TIMEOUT).close()
