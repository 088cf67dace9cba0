"""The fixtures of the unit tests: each client kind, and Api objects closed after the test.

What the tests share besides fixtures (values, Script, Api) is in doubles.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from doubles import Api, Script, Step


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    """Each test that takes it runs once per client."""
    return str(request.param)


@pytest.fixture
def make_api(kind: str) -> Iterator[Callable[..., Api]]:
    """Build an Api (sync or async) around a Script; closed after the test."""
    made: list[Api] = []

    def make(*steps: Step, **kwargs: Any) -> Api:
        api = Api(kind, Script(*steps), **kwargs)
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


@pytest.fixture
def anyio_backend() -> str:
    """anyio-marked tests run on asyncio."""
    return "asyncio"
