"""Both clients' own pools verify the server's certificate against the CA certificates the
environment names (``SSL_CERT_FILE``, else ``SSL_CERT_DIR``), else certifi's bundle.

The TLS server's certificate comes from a CA of the tests' own, which nothing trusts
unless told to.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from asapp_mg_autotranscribe import APIConnectionError

from .fake_asapp import FakeAsapp, respond
from .sdk_calls import OK_BODIES, call


def test_an_unknown_ca_is_refused(
    kind: str, tls_server: FakeAsapp, no_network_settings: pytest.MonkeyPatch
) -> None:
    tls_server.answer(respond(200, OK_BODIES["stream_url"]))
    error = call(kind, tls_server.base_url, "stream_url", max_retries=0).raised(APIConnectionError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(error)
    assert tls_server.requests == []


def test_the_ca_in_ssl_cert_file_is_trusted(
    kind: str, tls_server: FakeAsapp, no_network_settings: pytest.MonkeyPatch, ca_file: Path
) -> None:
    no_network_settings.setenv("SSL_CERT_FILE", str(ca_file))
    tls_server.answer(respond(200, OK_BODIES["stream_url"]))
    outcome = call(kind, tls_server.base_url, "stream_url", max_retries=0)
    assert outcome.error is None, outcome.error


def test_the_ca_in_ssl_cert_dir_is_trusted(
    kind: str,
    tls_server: FakeAsapp,
    no_network_settings: pytest.MonkeyPatch,
    ca_file: Path,
    tmp_path: Path,
) -> None:
    """OpenSSL looks a CA up in the directory by the hash of its subject (``openssl rehash``)."""
    openssl = shutil.which("openssl")
    assert openssl is not None, "the openssl command is needed to name a CA directory's files"
    subject_hash = subprocess.run(
        [openssl, "x509", "-subject_hash", "-noout", "-in", str(ca_file)],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout.strip()
    directory = tmp_path / "certificates"
    directory.mkdir()
    shutil.copy(ca_file, directory / f"{subject_hash}.0")
    no_network_settings.setenv("SSL_CERT_DIR", str(directory))
    tls_server.answer(respond(200, OK_BODIES["stream_url"]))
    outcome = call(kind, tls_server.base_url, "stream_url", max_retries=0)
    assert outcome.error is None, outcome.error
