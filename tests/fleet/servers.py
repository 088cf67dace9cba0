"""Real Redis servers for the fleet tests: one ``redis-server`` on 127.0.0.1, or a 3-primary
Redis Cluster on loopback. Free ports, no persistence, every wait bounded, stopped after.

``make redis`` installs the server (Debian's ``redis-server`` and ``redis-tools``, Redis 7 or
later); these helpers fail, saying so, when it is missing.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import redis

__all__ = [
    "BOUND",
    "RedisCluster",
    "RedisServer",
    "redis_binaries",
    "wait_until",
    "wait_until_async",
]

BOUND = 20.0  # the longest any wait for a server's state may last
_POLL = 0.02
_MIN_VERSION = (7, 0)


def wait_until(condition: object, what: str, bound: float = BOUND) -> None:
    """Poll ``condition()`` until it is true; fail naming ``what`` after ``bound`` seconds."""
    assert callable(condition)
    ends_at = time.monotonic() + bound
    while not condition():
        if time.monotonic() > ends_at:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(_POLL)


async def wait_until_async(condition: object, what: str, bound: float = BOUND) -> None:
    """``wait_until`` inside an event loop: the loop's other tasks run while it polls."""
    assert callable(condition)
    ends_at = time.monotonic() + bound
    while not condition():
        if time.monotonic() > ends_at:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(_POLL)


def redis_binaries() -> tuple[str, str]:
    """The paths of redis-server and redis-cli, checked to be Redis 7 or later."""
    server, cli = shutil.which("redis-server"), shutil.which("redis-cli")
    if server is None or cli is None:
        raise AssertionError(
            "redis-server and redis-cli are needed (Redis 7 or later): run `make redis`, or "
            "install Debian's redis-server and redis-tools packages"
        )
    version = subprocess.run(
        [server, "--version"], capture_output=True, text=True, timeout=BOUND, check=True
    ).stdout
    found = re.search(r"v=(\d+)\.(\d+)", version)
    assert found, f"unreadable redis-server version: {version!r}"
    assert (int(found[1]), int(found[2])) >= _MIN_VERSION, f"Redis 7 or later needed: {version}"
    return server, cli


def _free_port(*, with_bus: bool = False) -> int:
    """A port free on 127.0.0.1 now (and its Cluster bus port, 10000 above it)."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port: int = sock.getsockname()[1]
        if not with_bus:
            return port
        if port + 10000 < 65536:
            try:
                with socket.socket() as bus:
                    bus.bind(("127.0.0.1", port + 10000))
            except OSError:
                continue
            return port


class RedisServer:
    """A redis-server process on 127.0.0.1; ``start()`` returns once it answers PING."""

    def __init__(self, directory: Path, *extra: str, cluster: bool = False) -> None:
        self.directory = directory
        self.extra = extra
        self.cluster = cluster
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None
        directory.mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def client(self, **kwargs: object) -> redis.Redis:
        """A plain client of the test's own (short timeouts, no retries)."""
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5, retry=None, **kwargs)

    def start(self, port: int | None = None) -> RedisServer:
        """Start on ``port`` (default: a free one, tried again if another process takes it)."""
        server, _ = redis_binaries()
        for _attempt in range(5):
            self.port = port or _free_port(with_bus=self.cluster)
            arguments = [
                server,
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
                "--dir", str(self.directory),
                "--daemonize", "no",
                "--loglevel", "warning",
                "--logfile", str(self.directory / f"redis-{self.port}.log"),
            ]  # fmt: skip
            if self.cluster:
                arguments += [
                    "--cluster-enabled", "yes",
                    "--cluster-config-file", f"nodes-{self.port}.conf",
                    "--cluster-node-timeout", "5000",
                ]  # fmt: skip
            self.process = subprocess.Popen([*arguments, *self.extra])
            if self._answers():
                return self
            self.stop()
            if port is not None:
                break
        raise AssertionError(f"redis-server did not start; see {self.directory}")

    def _answers(self) -> bool:
        assert self.process is not None
        ends_at = time.monotonic() + BOUND
        probe = redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1, retry=None)
        try:
            while time.monotonic() < ends_at and self.process.poll() is None:
                try:
                    if probe.ping():
                        return True
                except redis.RedisError:
                    time.sleep(_POLL)
            return False
        finally:
            probe.close()

    def pause(self) -> None:
        """SIGSTOP: the server holds every connection and answers nothing."""
        self._signal(signal.SIGSTOP)

    def resume(self) -> None:
        """SIGCONT: it answers again, what it was sent meanwhile included."""
        self._signal(signal.SIGCONT)

    def kill(self) -> None:
        """SIGKILL, and reap it: its port refuses connections."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(BOUND)

    def _signal(self, number: int) -> None:
        assert self.process is not None
        os.kill(self.process.pid, number)

    def stop(self) -> None:
        """Stop it (a stopped one is continued first), and reap it."""
        process = self.process
        if process is None or process.poll() is not None:
            return
        os.kill(process.pid, signal.SIGCONT)
        process.terminate()
        try:
            process.wait(BOUND)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(BOUND)


class RedisCluster:
    """Three redis-server primaries on loopback joined into one Cluster (no replicas)."""

    def __init__(self, directory: Path) -> None:
        self.nodes = [RedisServer(directory / f"node{n}", cluster=True) for n in range(3)]

    def start(self) -> RedisCluster:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        _, cli = redis_binaries()
        for node in self.nodes:
            node.start()
        subprocess.run(
            [
                cli,
                "--cluster",
                "create",
                *(f"127.0.0.1:{node.port}" for node in self.nodes),
                "--cluster-replicas",
                "0",
                "--cluster-yes",
            ],
            check=True,
            capture_output=True,
            timeout=BOUND,
        )
        for node in self.nodes:
            wait_until(lambda node=node: _cluster_ok(node), f"cluster_state:ok on {node.port}")

    @property
    def startup(self) -> tuple[str, int]:
        return "127.0.0.1", self.nodes[0].port

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()


def _cluster_ok(node: RedisServer) -> bool:
    client = node.client()
    try:
        info = client.execute_command("CLUSTER INFO")
        return bool(info.get("cluster_state") == "ok")
    finally:
        client.close()
