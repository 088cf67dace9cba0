"""The fixtures the receiver's tests share: the example receiver served by uvicorn, and a
real redis-server for the example's fleet mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fleet.servers import RedisServer

from .samples import SECRET
from .servers import UvicornProcess

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def served_example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UvicornProcess]:
    """examples/transcripts_fastapi.py in a uvicorn process, its secret ``SECRET``."""
    log_path = tmp_path_factory.mktemp("example") / "output.log"
    process = UvicornProcess(
        "transcripts_fastapi:create_app",
        log_path,
        {"TRANSCRIPT_WEBHOOK_SECRET": SECRET},
        app_dir=EXAMPLES,
    )
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A redis-server on 127.0.0.1 (no persistence), stopped after the module."""
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    try:
        yield server
    finally:
        server.stop()
