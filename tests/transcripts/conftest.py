"""The fixtures the receiver's tests share: the example receiver served by uvicorn (the
redis-server for the example's fleet mode is tests/conftest.py's ``redis_server``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
