"""The ``redis`` argument (a redis-py client or a URL), the keys' names, and which failures
of Redis pass (down, stalled, out of memory, a replica) as opposed to a value not ours."""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from typing import Any

import attrs
import redis as redis_py
import redis.asyncio as redis_asyncio
import redis.asyncio.cluster as redis_asyncio_cluster
import redis.asyncio.retry as redis_asyncio_retry
import redis.backoff as redis_backoff
import redis.cluster as redis_cluster
import redis.exceptions as redis_errors
import redis.retry as redis_retry

from .._exceptions import ConfigurationError
from .._logging import logger

__all__ = [
    "REDIS_FAILURES",
    "URL_SOCKET_TIMEOUT",
    "Outage",
    "RedisConnection",
    "account_tag",
    "call_tag",
    "check_prefix",
    "connect",
    "is_passing",
    "text",
]

REDIS_FAILURES = (redis_errors.RedisError, OSError)
"""What a Redis call raises when Redis cannot do it (down, stalled, refusing, not ours)."""

URL_SOCKET_TIMEOUT = 1.0
"""Socket and connect timeout of a client built from a URL (it makes no retries)."""

_SYNC_CLIENTS = (redis_py.Redis, redis_cluster.RedisCluster)
_ASYNC_CLIENTS = (redis_asyncio.Redis, redis_asyncio_cluster.RedisCluster)
_URL_SCHEMES = ("redis://", "rediss://", "unix://")
# Printable ASCII but the space and the braces: a brace would start or end a Cluster hash tag.
_PREFIX = re.compile(r"[!-z|~]{1,200}")


@attrs.frozen
class RedisConnection:
    """A checked redis-py client, its connections' socket timeout, and whether the SDK built
    it (from a URL: then the SDK closes it)."""

    client: Any
    socket_timeout: float
    owned: bool


def connect(value: object, *, asynchronous: bool) -> RedisConnection:
    """The ``redis`` argument as a client: a URL gets a client of the SDK's own (1 s socket and
    connect timeouts, no retries); a given client is kept as configured, unless its connections
    would wait without a socket timeout (ConfigurationError)."""
    if isinstance(value, str):
        return RedisConnection(_client_from_url(value, asynchronous), URL_SOCKET_TIMEOUT, True)
    kinds = _ASYNC_CLIENTS if asynchronous else _SYNC_CLIENTS
    if not isinstance(value, kinds):
        wanted = " or ".join(f"{kind.__module__}.{kind.__name__}" for kind in kinds)
        raise ConfigurationError(
            f"redis must be a redis:// (rediss://, unix://) URL or a {wanted}, "
            f"not {type(value).__name__}"
        )
    timeouts = [connection.socket_timeout for connection in _sample_connections(value)]
    if not timeouts or any(timeout is None for timeout in timeouts):
        raise ConfigurationError(
            "the given Redis client has no socket timeout: each command could wait forever and "
            "hold a webhook's answer; build it with socket_timeout= (seconds), or pass a URL"
        )
    return RedisConnection(value, float(max(timeouts)), False)


def _client_from_url(url: str, asynchronous: bool) -> Any:
    if not url.lower().startswith(_URL_SCHEMES):
        raise ConfigurationError("redis URL must start with redis://, rediss:// or unix://")
    path = urllib.parse.urlsplit(url).path
    if not url.lower().startswith("unix://") and not re.fullmatch(r"/?\d*", path):
        # redis-py would take such a path for database 0.
        raise ConfigurationError("redis URL's path must be a database number (/0)")
    if asynchronous:
        retry: Any = redis_asyncio_retry.Retry(redis_backoff.NoBackoff(), 0)
        factory: Any = redis_asyncio.Redis.from_url
    else:
        retry = redis_retry.Retry(redis_backoff.NoBackoff(), 0)
        factory = redis_py.Redis.from_url
    try:
        return factory(
            url,
            socket_timeout=URL_SOCKET_TIMEOUT,
            socket_connect_timeout=URL_SOCKET_TIMEOUT,
            retry=retry,
        )
    except (ValueError, TypeError) as error:
        # The URL is not repeated: it may carry a password.
        raise ConfigurationError(f"redis URL is malformed ({type(error).__name__})") from None


def _sample_connections(client: Any) -> list[Any]:
    """A connection object (not connected) of each pool the client would use, as it makes them."""
    if isinstance(client, redis_cluster.RedisCluster):
        nodes = client.get_nodes()  # type: ignore[no-untyped-call]
        pools = [node.redis_connection.connection_pool for node in nodes]
        return [pool.connection_class(**pool.connection_kwargs) for pool in pools]
    if isinstance(client, redis_asyncio_cluster.RedisCluster):
        nodes = client.nodes_manager.startup_nodes.values()
        return [node.connection_class(**node.connection_kwargs) for node in nodes]
    pool = client.connection_pool
    return [pool.connection_class(**pool.connection_kwargs)]


def check_prefix(prefix: object) -> str:
    """``prefix`` if it is printable ASCII without spaces or braces, else ConfigurationError."""
    if not isinstance(prefix, str) or not _PREFIX.fullmatch(prefix):
        raise ConfigurationError(
            "prefix must be 1 to 200 printable ASCII characters without spaces or braces "
            f"(a brace would break the keys' Cluster hash tag), not {prefix!r}"
        )
    return prefix


def call_tag(call_id: str) -> str:
    """The Cluster hash tag of a call's keys: its id in hex inside one pair of braces, so no id
    can end the tag early, and two ids never share a tag."""
    return "{call:" + call_id.encode("utf-8", "surrogatepass").hex() + "}"


def account_tag(*parts: str) -> str:
    """The hash tag of one ASAPP account's keys: a digest of ``parts`` (never a secret)."""
    digest = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return "{" + digest[:32] + "}"


# The replies of a Redis that cannot take a command now but will: loading, busy with a script,
# a primary that lost its replicas, a Cluster reconfiguring.
_PASSING_REPLIES = ("LOADING", "BUSY", "MASTERDOWN", "NOREPLICAS", "CLUSTERDOWN", "TRYAGAIN")


def is_passing(error: BaseException) -> bool:
    """Whether ``error`` says Redis cannot take a command now (down, stalled, out of memory,
    read-only, reconfiguring), rather than that a value is not what the SDK wrote."""
    if isinstance(
        error,
        redis_errors.ConnectionError
        | redis_errors.TimeoutError
        | redis_errors.OutOfMemoryError
        | redis_errors.ReadOnlyError
        | redis_errors.ClusterError
        | redis_errors.RedisClusterException
        | OSError,
    ):
        return True
    return isinstance(error, redis_errors.ResponseError) and str(error).startswith(_PASSING_REPLIES)


def text(value: object) -> str:
    """A reply as text, whether the client decodes responses or not."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    return str(value)


class Outage:
    """One WARNING when Redis first fails, one INFO when it answers again; ``failed_at`` is
    the clock's reading at the latest failure (None while Redis answers)."""

    def __init__(self, what_happens: str) -> None:
        self._what_happens = what_happens
        self.failed_at: float | None = None

    def failed(self, now: float, error: BaseException) -> None:
        """Record a failure; the first of an outage is logged at WARNING."""
        if self.failed_at is None:
            logger.warning(
                "Redis cannot be used (%s); %s until it answers",
                type(error).__name__,
                self._what_happens,
            )
        self.failed_at = now

    def answered(self) -> None:
        """Record that Redis answered; the end of an outage is logged at INFO."""
        if self.failed_at is not None:
            logger.info("Redis answers again")
            self.failed_at = None
