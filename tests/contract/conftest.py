"""Prism mock servers of the spec for the contract tests, started and stopped by the session.

``prism_static`` answers with the spec's examples, ``prism_dynamic`` with random bodies
generated from its schemas; both run with ``--errors``, so a request that violates the spec
is answered with an error (and an ``sl-violations`` header) instead of a mock response.
Each runs in its own process group on a free 127.0.0.1 port; the group is killed at the end
of the session, and the kernel kills Prism should pytest itself die (PR_SET_PDEATHSIG).
A missing Prism fails the tests that need it: install it with ``make contract``.
"""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from spec_document import CONVERSATIONS_SPEC_PATH, REPO_ROOT, SPEC_PATH

from .support import MockServer

sys.path.insert(0, str(REPO_ROOT / "scripts"))
from prism_mock import PrismError, prism_mock  # found through the path above

DYNAMIC_OUTCOMES = pytest.StashKey[Counter[tuple[str, str, str]]]()


@contextlib.contextmanager
def run_prism(log_path: Path, *extra_args: str, spec: Path = SPEC_PATH) -> Iterator[MockServer]:
    """Run ``prism mock --errors`` on a spec until the block ends."""
    try:
        with prism_mock(log_path, *extra_args, spec=spec) as base_url:
            yield MockServer(base_url=base_url, log_path=log_path)
    except PrismError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def prism_static(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """Prism answering with the spec's examples (``Prefer: code=NNN`` picks a status)."""
    with run_prism(tmp_path_factory.mktemp("prism") / "static.log") as server:
        yield server


@pytest.fixture(scope="session")
def prism_dynamic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """Prism answering with random bodies generated from the spec's schemas."""
    with run_prism(tmp_path_factory.mktemp("prism") / "dynamic.log", "--dynamic") as server:
        yield server


@pytest.fixture(scope="session")
def prism_conversations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """Prism on ASAPP's Conversations spec, answering with its examples."""
    log = tmp_path_factory.mktemp("prism") / "conversations.log"
    with run_prism(log, spec=CONVERSATIONS_SPEC_PATH) as server:
        yield server


@pytest.fixture(scope="session")
def prism_conversations_dynamic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    """Prism on ASAPP's Conversations spec, answering with bodies generated from its schemas."""
    log = tmp_path_factory.mktemp("prism") / "conversations-dynamic.log"
    with run_prism(log, "--dynamic", spec=CONVERSATIONS_SPEC_PATH) as server:
        yield server


@pytest.fixture(scope="session")
def dynamic_outcomes(pytestconfig: pytest.Config) -> Counter[tuple[str, str, str]]:
    """(client, SDK call, outcome class) counts of the dynamic-mode test, printed at the end."""
    return pytestconfig.stash.setdefault(DYNAMIC_OUTCOMES, Counter())


@pytest.fixture
def anyio_backend() -> str:
    """anyio-marked tests run on asyncio."""
    return "asyncio"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print how the dynamic-mode calls ended, per client, SDK call and outcome."""
    outcomes = terminalreporter.config.stash.get(DYNAMIC_OUTCOMES, None)
    if not outcomes:
        return
    terminalreporter.section("Prism --dynamic: outcomes of the SDK calls")
    for (client, call, outcome), count in sorted(outcomes.items()):
        terminalreporter.write_line(f"{client:5} {call:34} {outcome:24} {count:4}")
