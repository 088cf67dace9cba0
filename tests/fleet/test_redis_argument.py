"""What the fleet classes accept: the redis argument (a client with a socket timeout, or a
URL), the prefix and the bounds; and that only asapp_mg_autotranscribe.redis loads redis-py."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
import redis
import redis.asyncio
from doubles import API_ID, API_SECRET
from transcripts.samples import message

from asapp_mg_autotranscribe import (
    AsyncAutoTranscribeClient,
    AutoTranscribeClient,
    ConfigurationError,
    TranscriptEvent,
    TranscriptStoreError,
    parse_transcript_event,
)
from asapp_mg_autotranscribe.redis import (
    AsyncRedisStreamUrlCache,
    AsyncRedisTranscriptCollector,
    RedisStreamUrlCache,
    RedisTranscriptCollector,
)
from fleet.servers import RedisServer

URL = "redis://127.0.0.1:1/0"


def event(start: int) -> TranscriptEvent:
    return parse_transcript_event(message(call="CA1", start=start, end=start + 10))


def sync_client() -> AutoTranscribeClient:
    return AutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, environment={})


BUILDERS: dict[str, Callable[..., Any]] = {
    "collector": lambda redis_arg, **kw: RedisTranscriptCollector(redis_arg, **kw),
    "cache": lambda redis_arg, **kw: RedisStreamUrlCache(sync_client(), redis_arg, **kw),
}


@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
@pytest.mark.parametrize(
    "redis_arg",
    [
        "http://127.0.0.1:6379",
        "redis://127.0.0.1:notaport/0",
        "redis://:secret-password@127.0.0.1:6379/notadb",
        "",
        42,
        redis.asyncio.Redis(socket_timeout=1),
    ],
    ids=["scheme", "port", "db", "empty", "int", "async client"],
)
def test_a_malformed_url_or_another_object_is_refused(
    build: Callable[..., Any], redis_arg: Any
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        build(redis_arg)
    assert "secret-password" not in str(raised.value)


@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
def test_a_client_without_a_socket_timeout_is_refused(build: Callable[..., Any]) -> None:
    client = redis.Redis(socket_timeout=None)
    with pytest.raises(ConfigurationError, match="no socket timeout"):
        build(client)
    client.close()


@pytest.mark.parametrize("build", BUILDERS.values(), ids=BUILDERS.keys())
@pytest.mark.parametrize(
    "settings",
    [
        {"prefix": "with space"},
        {"prefix": "{tag}"},
        {"prefix": "a}"},
        {"prefix": ""},
        {"prefix": "é"},
        {"prefix": 3},
    ],
)
def test_a_prefix_with_spaces_or_braces_is_refused(
    build: Callable[..., Any], settings: dict[str, Any]
) -> None:
    with pytest.raises(ConfigurationError, match="prefix"):
        build(URL, **settings)


@pytest.mark.parametrize(
    "settings",
    [
        {"ttl": 0},
        {"ttl": -1.0},
        {"ttl": float("inf")},
        {"ttl": True},
        {"ttl": 1e17},  # past a year: Redis could not set the keys' expiry
        {"max_events_per_call": 0},
        {"max_spill_bytes": -5},
        {"max_spill_bytes": 1.5},
    ],
)
def test_collector_bounds_must_be_positive(settings: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError, match=next(iter(settings))):
        RedisTranscriptCollector(URL, **settings)


@pytest.mark.parametrize(
    "settings",
    [{"lock_timeout": 0}, {"lock_timeout": "30"}, {"lock_timeout": 1e9}, {"refresh_after": 0}],
)
def test_cache_bounds_must_be_positive(settings: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError, match=next(iter(settings))):
        RedisStreamUrlCache(sync_client(), URL, **settings)


def test_bad_arguments_to_the_methods(redis_server: RedisServer) -> None:
    collector = RedisTranscriptCollector(redis_server.url)
    with pytest.raises(TypeError):
        collector.add({"not": "an event"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        collector.events(3)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        list(collector.follow("CA1", idle_timeout=0))
    collector.close()
    collector = RedisTranscriptCollector(redis_server.url)
    with pytest.raises(ConfigurationError, match="timeout"):
        collector.close(timeout=-1)
    assert collector.add(event(1))  # still open: nothing was done
    collector.close()
    month = RedisTranscriptCollector(redis_server.url, ttl=30 * 86_400.0)
    assert month.add(event(2))
    month.close()


@pytest.mark.anyio
async def test_a_bad_close_timeout_leaves_the_async_collector_open(
    redis_server: RedisServer,
) -> None:
    collector = AsyncRedisTranscriptCollector(redis_server.url)
    with pytest.raises(ConfigurationError, match="timeout"):
        await collector.aclose(timeout=0)
    assert await collector.add(event(1))
    await collector.aclose()


@pytest.mark.anyio
async def test_the_async_classes_take_async_clients(redis_server: RedisServer) -> None:
    client = redis.asyncio.Redis(port=redis_server.port, socket_timeout=1)
    collector = AsyncRedisTranscriptCollector(client)
    assert await collector.events("CA1") == []
    await collector.aclose()
    assert await client.ping()  # a given client stays open
    api = AsyncAutoTranscribeClient(api_id=API_ID, api_secret=API_SECRET, environment={})
    with pytest.raises(ConfigurationError, match="no socket timeout"):
        AsyncRedisStreamUrlCache(api, redis.asyncio.Redis(socket_timeout=None))
    with pytest.raises(ConfigurationError):
        AsyncRedisStreamUrlCache(api, redis.Redis(socket_timeout=1))
    cache = AsyncRedisStreamUrlCache(api, client)
    await cache.aclose()
    await client.aclose()
    await api.close()


def test_a_given_client_is_used_as_configured(redis_server: RedisServer) -> None:
    client = redis.Redis(port=redis_server.port, socket_timeout=3, decode_responses=True)
    collector = RedisTranscriptCollector(client, prefix="other:prefix")
    assert collector.events("CA1") == []
    collector.close()
    assert client.ping()
    client.close()


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


def test_importing_the_sdk_does_not_import_redis() -> None:
    done = run_python("import sys, asapp_mg_autotranscribe; print('redis' in sys.modules)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_without_redis_py_the_module_names_the_extra() -> None:
    done = run_python(
        "import sys; sys.modules['redis'] = None; import asapp_mg_autotranscribe.redis"
    )
    assert done.returncode != 0
    assert 'pip install "asapp-mg-autotranscribe[redis]"' in done.stderr
    assert "ImportError" in done.stderr


def test_public_names_say_where_they_live() -> None:
    assert RedisTranscriptCollector.__module__ == "asapp_mg_autotranscribe.redis"
    assert TranscriptStoreError.__module__ == "asapp_mg_autotranscribe"
    assert RedisTranscriptCollector.__doc__
    assert RedisStreamUrlCache.__doc__
