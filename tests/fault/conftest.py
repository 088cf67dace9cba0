"""Fixtures of the fault suite: a TLS server with a CA of the tests' own, a recording proxy,
and DEBUG log capture for every test (the ``server``, ``refusing_url``, ``debug_logs`` and
``no_network_settings`` fixtures themselves are in tests/conftest.py)."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from .fake_asapp import FakeAsapp
from .recording_proxy import RecordingProxy


@pytest.fixture(autouse=True)
def debug_logs(debug_logs: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """tests/conftest.py's ``debug_logs`` for every fault test: no DEBUG record holds the secret."""
    return debug_logs


@pytest.fixture(scope="session")
def certificate_authority() -> trustme.CA:
    """A CA of the tests' own, which nothing trusts unless told to."""
    return trustme.CA()


@pytest.fixture
def tls_server(certificate_authority: trustme.CA) -> Iterator[FakeAsapp]:
    """A fake ASAPP server speaking TLS (``https://127.0.0.1:<port>``), its certificate
    issued by ``certificate_authority``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate_authority.issue_cert("127.0.0.1").configure_cert(context)
    with FakeAsapp(tls=context) as fake:
        yield fake


@pytest.fixture
def ca_file(certificate_authority: trustme.CA, tmp_path: Path) -> Path:
    """The tests' CA certificate, as a PEM file."""
    path = tmp_path / "ca.pem"
    certificate_authority.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    """A recording proxy on 127.0.0.1, stopped (and its threads joined) after the test."""
    with RecordingProxy() as recording:
        yield recording
