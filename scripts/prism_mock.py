"""Run a local server (a Prism mock of OpenAPI documents, or any other) on a free
127.0.0.1 port, for as long as a block; or, as a script, ``make mock``'s Prism in the
foreground.

Used by ``make mock``, ``make demo`` and the tests. Prism comes from ``mock/node_modules``
(``npm ci --prefix mock``, which the Makefile runs). It runs with ``--errors``: a request
that violates the spec is answered with an error and an ``sl-violations`` header instead
of a mock response. Each server runs in its own process group, which is terminated (then
killed) when the block ends; on Linux the kernel also kills it should our process die first.

Usage: ``python scripts/prism_mock.py [--port PORT] [SPEC ...]`` serves the documents
(by default ASAPP's two vendored specs) on ``http://127.0.0.1:PORT`` until Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import ctypes
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "ASAPP_SPECS",
    "PRISM_BIN",
    "REPO_ROOT",
    "SPEC_PATH",
    "MergeError",
    "PrismError",
    "ServerError",
    "free_port",
    "local_server",
    "merged_document",
    "prism_mock",
    "wait_until_listening",
]

REPO_ROOT = Path(__file__).resolve().parent.parent
PRISM_BIN = REPO_ROOT / "mock" / "node_modules" / ".bin" / "prism"
SPEC_PATH = REPO_ROOT / "api-specs" / "mg-autotranscribe.yaml"
# ASAPP's published documents, vendored unchanged: what a mock of "the API" serves.
ASAPP_SPECS = (SPEC_PATH, REPO_ROOT / "api-specs" / "conversations.yaml")
DEFAULT_PORT = 4010

STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
_PR_SET_PDEATHSIG = 1


class ServerError(RuntimeError):
    """A local server did not start, or would not stop."""


class PrismError(ServerError):
    """Prism is not installed, did not start, or would not stop."""


class MergeError(ValueError):
    """Two OpenAPI documents cannot be served as one: they disagree on a path or a component."""


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


# Prism serves one document per process. ASAPP's documents are served as one merged
# document by one Prism rather than as two Prisms behind a path-routing proxy: they share
# no path, the components they both define (security schemes, error responses) are the
# same, and their operations name their own security once pushed down from the top
# level, so the merge is exact. Prism then checks and answers each request as it would
# for its own document, with no proxy of ours in between to alter a request or an answer,
# and one Node process instead of two. Documents that disagree raise MergeError instead
# of being served half-right.
_MERGED_KEYS = frozenset({"openapi", "info", "servers", "tags", "security", "paths", "components"})
_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def merged_document(specs: Sequence[Path]) -> dict[str, Any]:
    """One OpenAPI document serving every path of ``specs``, each operation as its own
    document states it (its security included); raises MergeError where they disagree."""
    documents = [(spec.name, _load(spec)) for spec in specs]
    if not documents:
        raise MergeError("no document to serve")
    first_name, first = documents[0]
    merged: dict[str, Any] = {
        "openapi": first["openapi"],
        "info": {
            "title": " + ".join(document["info"]["title"] for _, document in documents),
            "version": " + ".join(str(document["info"]["version"]) for _, document in documents),
        },
        "servers": [],
        "tags": [],
        "paths": {},
        "components": {},
    }
    for name, document in documents:
        if str(document["openapi"]).split(".")[:2] != str(first["openapi"]).split(".")[:2]:
            raise MergeError(
                f"{name} is OpenAPI {document['openapi']}, {first_name} is {first['openapi']}"
            )
        for key in sorted(set(document) - _MERGED_KEYS):
            if key in merged and merged[key] != document[key]:
                raise MergeError(f"{name} and another document differ on their top-level {key!r}")
            merged.setdefault(key, document[key])
        merged["servers"] += [s for s in document.get("servers", []) if s not in merged["servers"]]
        known_tags = {tag["name"] for tag in merged["tags"]}
        merged["tags"] += [tag for tag in document.get("tags", []) if tag["name"] not in known_tags]
        for path, path_item in document.get("paths", {}).items():
            if path in merged["paths"]:
                raise MergeError(f"{name} and another document both define the path {path}")
            merged["paths"][path] = _with_security(path_item, document.get("security"))
        for section, entries in document.get("components", {}).items():
            kept = merged["components"].setdefault(section, {})
            for entry, value in entries.items():
                if entry in kept and kept[entry] != value:
                    where = f"components/{section}/{entry}"
                    raise MergeError(f"{name} and another document define {where} differently")
                kept[entry] = value
    if not merged["tags"]:
        del merged["tags"]
    return merged


def _load(spec: Path) -> dict[str, Any]:
    with spec.open(encoding="utf-8") as stream:
        document = yaml.safe_load(stream)
    if not isinstance(document, dict) or "openapi" not in document:
        raise MergeError(f"{spec} is not an OpenAPI document")
    return document


def _with_security(path_item: dict[str, Any], security: object) -> dict[str, Any]:
    """The path item with the document's top-level security on each operation without its own."""
    path_item = copy.deepcopy(path_item)
    if security is not None:
        for method, operation in path_item.items():
            if method in _HTTP_METHODS and isinstance(operation, dict):
                operation.setdefault("security", copy.deepcopy(security))
    return path_item


def _write_merged(specs: Sequence[Path], folder: Path) -> Path:
    target = folder / "merged-openapi.yaml"
    target.write_text(
        yaml.safe_dump(merged_document(specs), sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return target


@contextlib.contextmanager
def local_server(
    command: list[str],
    port: int,
    log_path: Path,
    *,
    name: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Iterator[str]:
    """Run ``command`` (in ``cwd``), a server that listens on 127.0.0.1:``port``, until the
    block ends; yield its base URL. Its output goes to ``log_path``; ``name`` is for messages."""
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=cwd,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
    try:
        wait_until_listening(process, port, log_path, name)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process, name)


def _die_with_parent() -> None:
    """In the child, before exec: ask the kernel for SIGKILL when our process dies."""
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def wait_until_listening(
    process: subprocess.Popen[bytes], port: int, log_path: Path, name: str
) -> None:
    """Return once ``process`` accepts connections on 127.0.0.1:``port``; raise ServerError
    if it exits first or is not listening within STARTUP_TIMEOUT (its log in the message)."""
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


def main(argv: list[str] | None = None) -> int:
    """``make mock``: serve the documents with Prism in the foreground until Ctrl-C."""
    parser = argparse.ArgumentParser(description="Serve OpenAPI documents with one Prism mock.")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="on 127.0.0.1")
    parser.add_argument("specs", nargs="*", type=Path, default=list(ASAPP_SPECS))
    arguments = parser.parse_args(argv)
    if not PRISM_BIN.is_file():
        print(f"Prism is not installed ({PRISM_BIN} is missing): run `make mock`", file=sys.stderr)
        return 1
    # Ctrl-C (even when started with it ignored, as a shell's background job is) and a TERM
    # (`kill`, make being stopped) end the script: Prism is stopped, the merged document removed.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    with tempfile.TemporaryDirectory(prefix="prism-mock-") as folder:
        try:
            spec = _write_merged(arguments.specs, Path(folder))
        except (MergeError, OSError, yaml.YAMLError) as error:
            print(f"cannot serve {', '.join(map(str, arguments.specs))}: {error}", file=sys.stderr)
            return 1
        names = ", ".join(str(path) for path in arguments.specs)
        print(f"Serving {names} at http://127.0.0.1:{arguments.port} (Ctrl-C stops it)", flush=True)
        command = [str(PRISM_BIN), "mock", "-h", "127.0.0.1", "-p", str(arguments.port)]
        process = subprocess.Popen(
            [*command, "--errors", str(spec)],
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        try:
            return process.wait()
        except KeyboardInterrupt:
            return 130
        finally:
            _stop(process, "Prism")


def _exit_on_signal(signal_number: int, _frame: object) -> None:
    sys.exit(128 + signal_number)


if __name__ == "__main__":
    sys.exit(main())
