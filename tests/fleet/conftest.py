"""Fixtures of the fleet tests: real Redis servers (tests/fleet/servers.py) of their own, a
Redis Cluster, and clients (the shared ``redis_server`` is in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import redis.cluster

from fleet.servers import RedisCluster, RedisServer


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server of the test's own, to stop, kill or misconfigure."""
    server = RedisServer(tmp_path / "redis").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def shared_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisCluster]:
    """A 3-primary Redis Cluster on loopback."""
    cluster = RedisCluster(tmp_path_factory.mktemp("cluster")).start()
    yield cluster
    cluster.stop()


@pytest.fixture
def redis_cluster(shared_cluster: RedisCluster) -> RedisCluster:
    """The shared Cluster, every primary emptied."""
    for node in shared_cluster.nodes:
        client = node.client()
        client.flushall()
        client.close()
    return shared_cluster


@pytest.fixture
def cluster_client(redis_cluster: RedisCluster) -> Iterator[redis.cluster.RedisCluster]:
    """A RedisCluster client with a socket timeout, closed after the test."""
    host, port = redis_cluster.startup
    client = redis.cluster.RedisCluster(host=host, port=port, socket_timeout=2)
    yield client
    client.close()


@pytest.fixture
def plain_client(redis_server: RedisServer) -> Iterator[redis.Redis]:
    """The test's own client of the shared server (to look at and tamper with its keys)."""
    client = redis_server.client()
    yield client
    client.close()
