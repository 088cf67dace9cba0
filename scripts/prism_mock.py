"""Run a local server (a Prism mock of an OpenAPI document, or any other) on a free
127.0.0.1 port, for as long as a block.

Used by ``make demo`` and by the contract tests. Prism comes from ``mock/node_modules``
(``npm ci --prefix mock``, which the Makefile runs). It runs with ``--errors``: a request
that violates the spec is answered with an error and an ``sl-violations`` header instead
of a mock response. Each server runs in its own process group, which is terminated (then
killed) when the block ends; on Linux the kernel also kills it should our process die first.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "PRISM_BIN",
    "REPO_ROOT",
    "SPEC_PATH",
    "PrismError",
    "ServerError",
    "free_port",
    "local_server",
    "prism_mock",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
PRISM_BIN = REPO_ROOT / "mock" / "node_modules" / ".bin" / "prism"
SPEC_PATH = REPO_ROOT / "api-specs" / "mg-autotranscribe.yaml"

STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
_PR_SET_PDEATHSIG = 1


class ServerError(RuntimeError):
    """A local server did not start, or would not stop."""


class PrismError(ServerError):
    """Prism is not installed, did not start, or would not stop."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def prism_mock(log_path: Path, *extra_args: str, spec: Path = SPEC_PATH) -> Iterator[str]:
    """Serve ``spec`` with ``prism mock --errors`` until the block ends; yield its base URL.

    ``extra_args`` go to ``prism mock`` (``--dynamic`` for bodies generated from the
    schemas instead of the examples). Prism's output goes to ``log_path``.
    """
    if not PRISM_BIN.is_file():
        raise PrismError(f"Prism is not installed ({PRISM_BIN} is missing): run `make mock`")
    port = free_port()
    command = [str(PRISM_BIN), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors"]
    try:
        with local_server([*command, *extra_args, str(spec)], port, log_path, name="Prism") as url:
            yield url
    except ServerError as error:
        raise PrismError(str(error)) from None


@contextlib.contextmanager
def local_server(
    command: list[str],
    port: int,
    log_path: Path,
    *,
    name: str,
    env: dict[str, str] | None = None,
) -> Iterator[str]:
    """Run ``command``, a server that listens on 127.0.0.1:``port``, until the block ends;
    yield its base URL. Its output goes to ``log_path``; ``name`` is for messages."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
    try:
        _wait_until_listening(process, port, log_path, name)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process, name)


def _die_with_parent() -> None:
    """In the child, before exec: ask the kernel for SIGKILL when our process dies."""
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _wait_until_listening(
    process: subprocess.Popen[bytes], port: int, log_path: Path, name: str
) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(
                f"{name} exited with status {process.returncode} before listening; its log:\n"
                + log_path.read_text(errors="replace")
            )
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.1)
    raise ServerError(
        f"{name} did not listen on 127.0.0.1:{port} within {STARTUP_TIMEOUT:.0f} s; its log:\n"
        + log_path.read_text(errors="replace")
    )


def _stop(process: subprocess.Popen[bytes], name: str) -> None:
    """Terminate the server's whole process group, then kill it if it lingers."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            continue
        # The leader is gone; make sure no child of it is left in the group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        return
    raise ServerError(f"{name} (pid {process.pid}) survived SIGKILL")
