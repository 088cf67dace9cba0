"""RedisTranscriptCollector and AsyncRedisTranscriptCollector: each call's transcript events,
shared by every process of a fleet through Redis.

A call's keys (one Cluster hash slot): a stream of its events in the order Redis took them,
and the set of their digests (the same event kept once, whichever process got it). Each
change is one Lua script. Reads order the events by ``start_ms``, ties in arrival order.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import os
import threading
import time
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from .._checks import check_positive_int, check_seconds
from .._constants import MAX_STORE_TTL
from .._exceptions import ClientClosedError, InvalidTranscriptEventError, TranscriptStoreError
from .._logging import logger
from .._transcripts._event import TranscriptEvent, parse_transcript_event
from . import _scripts
from ._connection import (
    REDIS_FAILURES,
    Outage,
    RedisConnection,
    call_tag,
    check_prefix,
    connect,
    is_passing,
    text,
)
from ._spill import PendingEvent, Spill

__all__ = ["AsyncRedisTranscriptCollector", "RedisTranscriptCollector"]

DEFAULT_PREFIX = "asapp:transcripts"
DEFAULT_TTL = 86_400.0
DEFAULT_MAX_EVENTS_PER_CALL = 1_000
DEFAULT_MAX_SPILL_BYTES = 64 * 2**20
DEFAULT_IDLE_TIMEOUT = 30.0
DEFAULT_CLOSE_TIMEOUT = 5.0
# How long the writer waits before trying Redis again with the spill.
SPILL_RETRY_INTERVAL = 1.0
# How long a popped call's events stay in Redis for those following it (at most ttl).
_POPPED_GRACE = 60.0
_EVENT_FIELDS = frozenset({"d", "e"})
_POP_FIELDS = frozenset({"popped"})

# Every collector of the process, so that a forked child starts each with an empty spill.
_COLLECTORS: weakref.WeakSet[RedisTranscriptCollector | AsyncRedisTranscriptCollector] = (
    weakref.WeakSet()
)


def _start_afresh_in_child() -> None:
    for collector in list(_COLLECTORS):
        collector._start_afresh()


os.register_at_fork(after_in_child=_start_afresh_in_child)


class _CallStore:
    """What the sync and async collectors share: the checks of their settings, the keys, the
    events as written and as read, and what each Redis answer or failure means."""

    def __init__(
        self, prefix: object, ttl: object, max_events_per_call: object, max_spill_bytes: object
    ) -> None:
        self.prefix = check_prefix(prefix)
        self.ttl = check_seconds("ttl", ttl, at_most=MAX_STORE_TTL)
        self.ttl_ms = max(1, round(self.ttl * 1000))
        self.popped_grace_ms = max(1, round(min(self.ttl, _POPPED_GRACE) * 1000))
        self.max_events_per_call = check_positive_int("max_events_per_call", max_events_per_call)
        self.max_spill_bytes = check_positive_int("max_spill_bytes", max_spill_bytes)
        self.outage = Outage(
            "transcript events are kept in this process's memory (the spill) and written"
        )

    def keys(self, call_id: object) -> list[str]:
        """The call's keys: its events' stream and their digests' set, in one hash slot."""
        if not isinstance(call_id, str):
            raise TypeError(f"a call id is a str, not {type(call_id).__name__}")
        tag = call_tag(call_id)
        return [f"{self.prefix}:{tag}:events", f"{self.prefix}:{tag}:seen"]

    @staticmethod
    def pending(event: object) -> PendingEvent:
        """``event`` as written: its canonical JSON and that JSON's digest (its identity)."""
        if not isinstance(event, TranscriptEvent):
            raise TypeError(f"add() takes a TranscriptEvent, not {type(event).__name__}")
        payload = event._identity()
        return PendingEvent(event.external_conversation_id, _digest(payload), payload)

    def add_args(self, event: PendingEvent) -> list[str | int]:
        return [event.digest, event.payload, self.ttl_ms, self.max_events_per_call]

    def added(self, event: PendingEvent, reply: Any) -> bool:
        """Read the add script's answer: whether the event was new (a bound's drop logged)."""
        kept, dropped = int(reply[0]), int(reply[1])
        if dropped:
            logger.warning(
                "transcript collector: call %r has more than %d events; dropped its %d "
                "earliest-added",
                event.call_id,
                self.max_events_per_call,
                dropped,
            )
        return kept == 1

    def spilled(self, error: BaseException) -> None:
        """Redis could not take an event: one WARNING per outage."""
        self.outage.failed(time.monotonic(), error)

    def spill_kept(self, count: int, error: BaseException) -> None:
        """Redis could not take the spill: it is tried again in a second."""
        self.spilled(error)
        logger.debug(
            "transcript spill: Redis took none of the %d events left (%s); trying again in %g s",
            count,
            type(error).__name__,
            SPILL_RETRY_INTERVAL,
        )

    def refused(self, call_id: str, error: BaseException) -> TranscriptStoreError:
        """The error for a failure of Redis on the call's keys (logged at ERROR when a value
        there is not ours)."""
        if is_passing(error):
            return TranscriptStoreError(
                f"Redis cannot be reached for call {call_id!r} ({type(error).__name__})"
            )
        logger.error(
            "transcript collector: Redis refused call %r (%s); its keys may hold a value the "
            "SDK did not write",
            call_id,
            type(error).__name__,
        )
        return TranscriptStoreError(
            f"Redis refused call {call_id!r}: its keys hold a value the SDK did not write, or "
            f"the command is not allowed ({type(error).__name__})"
        )

    def entries(self, call_id: str, raw: Any) -> list[tuple[str, TranscriptEvent | None]]:
        """A script's stream entries ([id, [field, value, ...]]) as (id, event); a marker of a
        pop as (id, None)."""
        found = []
        for entry_id, fields in raw:
            values = [text(value) for value in fields]
            found.append((text(entry_id), dict(zip(values[::2], values[1::2], strict=True))))
        return [(entry_id, self._event_of(call_id, fields)) for entry_id, fields in found]

    def read_entries(self, call_id: str, reply: Any) -> list[tuple[str, TranscriptEvent | None]]:
        """XREAD's answer for the call's stream (RESP2 or RESP3) as (id, event or None)."""
        streams = reply.values() if isinstance(reply, Mapping) else [item[1] for item in reply]
        found = []
        for stream in streams:
            for entry_id, fields in stream:
                decoded = {text(name): text(value) for name, value in fields.items()}
                found.append((text(entry_id), self._event_of(call_id, decoded)))
        return found

    @staticmethod
    def ordered(entries: list[tuple[str, TranscriptEvent | None]]) -> list[TranscriptEvent]:
        """The events by ``start_ms``, ties in arrival order (markers left out)."""
        events = [event for _, event in entries if event is not None]
        events.sort(key=lambda event: event.start_ms)
        return events

    def _event_of(self, call_id: str, fields: dict[str, str]) -> TranscriptEvent | None:
        if fields.keys() == _POP_FIELDS:
            return None
        if fields.keys() == _EVENT_FIELDS and _digest(fields["e"]) == fields["d"]:
            try:
                event = parse_transcript_event(fields["e"])
            except InvalidTranscriptEventError:
                pass
            else:
                if event.external_conversation_id == call_id:
                    return event
        logger.error(
            "transcript collector: call %r's events in Redis hold a value the SDK did not write",
            call_id,
        )
        raise TranscriptStoreError(
            f"call {call_id!r}'s events in Redis hold a value the SDK did not write"
        )

    @staticmethod
    def idle_timeout(value: object) -> float:
        return check_seconds("idle_timeout", value)

    @staticmethod
    def block_ms(remaining: float, socket_timeout: float) -> int:
        """A blocking read's wait: at most half the socket timeout, so its answer comes in time."""
        return max(1, int(min(remaining, socket_timeout / 2) * 1000))

    def unwritten(self, count: int) -> None:
        if count:
            logger.error(
                "transcript collector closed with %d spilled events Redis did not take; "
                "they are lost",
                count,
            )

    def describe(self, collector: object, spilled: int) -> str:
        return (
            f"{type(collector).__name__}(prefix={self.prefix!r}, ttl={self.ttl:g}, "
            f"max_events_per_call={self.max_events_per_call}, "
            f"max_spill_bytes={self.max_spill_bytes}, spilled={spilled})"
        )


def _register(connection: RedisConnection) -> tuple[Any, Any, Any]:
    """The collector's scripts (add, read, pop) on its client."""
    client = connection.client
    return tuple(
        client.register_script(source)
        for source in (_scripts.ADD_EVENT, _scripts.READ_CALL, _scripts.POP_CALL)
    )


def _digest(payload: str) -> str:
    return hashlib.sha256(payload.encode("utf-8", "surrogateescape")).hexdigest()


class RedisTranscriptCollector:
    """The :class:`TranscriptCollector`'s methods and promises for every process sharing a
    Redis (or a Redis Cluster): any process may ``add`` a call's events, and any reads them
    whole, ordered by ``start_ms`` (ties in arrival order), each kept once.

    ``redis`` is a ``redis.Redis`` or ``redis.cluster.RedisCluster`` (used as configured, but
    it must have a socket timeout), or a URL (``redis://``, ``rediss://``, ``unix://``), for
    which the collector builds a client of its own with 1 s timeouts and no retries.

    - A call's keys expire ``ttl`` seconds after its last event; past ``max_events_per_call``
      its earliest-added events are dropped, with a WARNING. No log line holds a text.
    - ``pop`` is atomic: of two processes popping one call, one gets its events.
    - When Redis cannot take an event (down, stalled, out of memory, read-only), ``add``
      returns within the client's bound and keeps it in this process's spill (one WARNING
      per outage), which a background thread writes to Redis, in order and once, as soon as
      it answers (trying every second). Past ``max_spill_bytes`` the oldest spilled event is
      dropped, with an ERROR. A forked child starts with an empty spill.
    - A value at a call's keys that the SDK did not write: ``TranscriptStoreError`` (ERROR
      logged), as for ``events``/``pop`` when Redis cannot be reached.

    ``collector.add`` is a valid ``on_event`` for :class:`TranscriptWebhook` under WSGI (under
    ASGI use :class:`AsyncRedisTranscriptCollector`)::

        collector = RedisTranscriptCollector("redis://redis.internal:6379/0")
        webhook = TranscriptWebhook(collector.add, secret=..., secret_name=...)
        ...
        events = collector.pop(call_sid)      # from any process, once the call has ended
        collector.close()                     # at shutdown: writes what is still spilled
    """

    def __init__(
        self,
        redis: Any,
        *,
        prefix: str = DEFAULT_PREFIX,
        ttl: float = DEFAULT_TTL,
        max_events_per_call: int = DEFAULT_MAX_EVENTS_PER_CALL,
        max_spill_bytes: int = DEFAULT_MAX_SPILL_BYTES,
    ) -> None:
        self._store = _CallStore(prefix, ttl, max_events_per_call, max_spill_bytes)
        self._connection = connect(redis, asynchronous=False)
        self._add_script, self._read_script, self._pop_script = _register(self._connection)
        self._closed = False
        self._start_afresh()
        _COLLECTORS.add(self)

    def _start_afresh(self) -> None:
        """An empty spill, no writer (in a new collector, and in a forked child)."""
        self._spill = Spill(self._store.max_spill_bytes)
        self._writer: threading.Thread | None = None
        self._writer_lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._stopping = threading.Event()

    def add(self, event: TranscriptEvent) -> bool:
        """Keep ``event`` with its call's: True when kept (or spilled), False when it was
        already kept."""
        self._check_open()
        pending = self._store.pending(event)
        if len(self._spill):
            # Spilled events go first: this one waits behind them, in order.
            return self._put_in_spill(pending)
        try:
            reply = self._add_script(
                keys=self._store.keys(pending.call_id), args=self._store.add_args(pending)
            )
        except REDIS_FAILURES as error:
            if not is_passing(error):
                raise self._store.refused(pending.call_id, error) from None
            self._store.spilled(error)
            return self._put_in_spill(pending)
        return self._store.added(pending, reply)

    def events(self, external_conversation_id: str) -> list[TranscriptEvent]:
        """The call's events ordered by ``start_ms`` (ties: as added); ``[]`` if unknown.
        Raises TranscriptStoreError when Redis cannot be reached."""
        return self._store.ordered(self._read(external_conversation_id)[1])

    def pop(self, external_conversation_id: str) -> list[TranscriptEvent]:
        """The call's events, as ``events`` lists them, and the call forgotten (``[]`` if
        unknown): one step in Redis, so of two processes popping a call one gets them. An
        event of the call added later starts it anew."""
        return self._store.ordered(self._pop(external_conversation_id))

    def follow(
        self, external_conversation_id: str, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    ) -> Iterator[TranscriptEvent]:
        """The call's stored events (ordered as ``events``), then each new one as any process
        adds it (in arrival order), until the call is popped or nothing comes for
        ``idle_timeout`` seconds::

            for event in collector.follow(call_sid):
                print(event.role, event.text)
        """
        idle_timeout = self._store.idle_timeout(idle_timeout)
        call_id = external_conversation_id
        last_id, entries = self._read(call_id)
        yield from self._store.ordered(entries)
        stream = self._store.keys(call_id)[0]
        quiet_until = time.monotonic() + idle_timeout
        while (remaining := quiet_until - time.monotonic()) > 0:
            block_ms = self._store.block_ms(remaining, self._connection.socket_timeout)
            try:
                reply = self._connection.client.xread({stream: last_id}, block=block_ms)
            except REDIS_FAILURES as error:
                raise self._store.refused(call_id, error) from None
            for entry_id, event in self._store.read_entries(call_id, reply or []):
                if event is None:
                    return
                last_id = entry_id
                quiet_until = time.monotonic() + idle_timeout
                yield event

    def close(self, *, timeout: float = DEFAULT_CLOSE_TIMEOUT) -> None:
        """Write the spill once more (for at most ``timeout`` seconds), log an ERROR with the
        count of events that could not be written, and close a Redis client the collector
        built from a URL. Later calls raise ClientClosedError."""
        ends_at = time.monotonic() + check_seconds("timeout", timeout)
        if self._closed:
            return
        self._closed = True
        self._stopping.set()
        writer = self._writer
        if writer is not None:
            writer.join(timeout)
        self._flush(ends_at)
        self._store.unwritten(self._spill.clear())
        if self._connection.owned:
            self._connection.client.close()

    def __enter__(self) -> RedisTranscriptCollector:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return self._store.describe(self, len(self._spill))

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("the transcript collector was closed; create a new one")

    def _read(self, call_id: str) -> tuple[str, list[tuple[str, TranscriptEvent | None]]]:
        """The ID of the call's stream's last entry, and the call's entries."""
        last_id, raw = self._run(self._read_script, call_id, [])
        return text(last_id), self._store.entries(call_id, raw)

    def _pop(self, call_id: str) -> list[tuple[str, TranscriptEvent | None]]:
        raw = self._run(self._pop_script, call_id, [self._store.popped_grace_ms])
        return self._store.entries(call_id, raw)

    def _run(self, script: Any, call_id: str, args: list[int]) -> Any:
        """Run a read or a pop of the call (the spill written first, when it can be)."""
        self._check_open()
        keys = self._store.keys(call_id)
        if len(self._spill):
            self._flush()
        try:
            return script(keys=keys, args=args)
        except REDIS_FAILURES as error:
            raise self._store.refused(call_id, error) from None

    def _put_in_spill(self, pending: PendingEvent) -> bool:
        with self._writer_lock:
            kept = self._spill.put(pending)
            if self._writer is None:
                self._writer = threading.Thread(
                    target=self._write_spill, name="asapp-transcript-spill", daemon=True
                )
                self._writer.start()
        return kept

    def _write_spill(self) -> None:
        while True:
            flushed = self._flush()
            if self._writer_done(flushed):
                return
            self._stopping.wait(SPILL_RETRY_INTERVAL)

    def _writer_done(self, flushed: bool) -> bool:
        """Whether the writer ends: the spill is written (or the collector closing)."""
        with self._writer_lock:
            done = (flushed and not len(self._spill)) or self._stopping.is_set()
            if done:
                self._writer = None
            return done

    def _flush(self, ends_at: float = math.inf) -> bool:
        """Write the spilled events, oldest first, each removed once Redis took it; False if
        Redis failed (or ``ends_at`` passed) before the spill was empty. A flush with an end
        (a closing collector's) waits for another in progress (the writer's) until then."""
        wait = -1.0 if ends_at == math.inf else max(0.0, ends_at - time.monotonic())
        if not self._flush_lock.acquire(timeout=wait):
            return False
        try:
            while (pending := self._spill.first()) is not None and time.monotonic() < ends_at:
                try:
                    reply = self._add_script(
                        keys=self._store.keys(pending.call_id),
                        args=self._store.add_args(pending),
                    )
                except REDIS_FAILURES as error:
                    if is_passing(error):
                        self._store.spill_kept(len(self._spill), error)
                        return False
                    self._store.refused(pending.call_id, error)
                else:
                    self._store.added(pending, reply)
                self._spill.remove(pending)
            self._store.outage.answered()
            return pending is None
        finally:
            self._flush_lock.release()


class AsyncRedisTranscriptCollector:
    """The asyncio twin of :class:`RedisTranscriptCollector`: ``await collector.add(event)``,
    ``await collector.events(id)``, ``await collector.pop(id)``, ``async for event in
    collector.follow(id)``, ``await collector.aclose()``; the spill's writer is a task of the
    event loop. ``redis`` is a ``redis.asyncio.Redis`` or ``redis.asyncio.cluster.RedisCluster``,
    or a URL. Create it in the event loop that uses it. Its ``add`` is a valid ``on_event``
    for :class:`TranscriptWebhook`'s ASGI app::

        collector = AsyncRedisTranscriptCollector(os.environ["ASAPP_REDIS_URL"])
        webhook = TranscriptWebhook(collector.add, secret=..., secret_name=...)
    """

    def __init__(
        self,
        redis: Any,
        *,
        prefix: str = DEFAULT_PREFIX,
        ttl: float = DEFAULT_TTL,
        max_events_per_call: int = DEFAULT_MAX_EVENTS_PER_CALL,
        max_spill_bytes: int = DEFAULT_MAX_SPILL_BYTES,
    ) -> None:
        self._store = _CallStore(prefix, ttl, max_events_per_call, max_spill_bytes)
        self._connection = connect(redis, asynchronous=True)
        self._add_script, self._read_script, self._pop_script = _register(self._connection)
        self._closed = False
        self._start_afresh()
        _COLLECTORS.add(self)

    def _start_afresh(self) -> None:
        """An empty spill, no writer (in a new collector, and in a forked child)."""
        self._spill = Spill(self._store.max_spill_bytes)
        self._writer: asyncio.Task[None] | None = None
        self._flush_lock: asyncio.Lock | None = None
        self._stopping = False

    async def add(self, event: TranscriptEvent) -> bool:
        """Keep ``event`` with its call's: True when kept (or spilled), False when it was
        already kept."""
        self._check_open()
        pending = self._store.pending(event)
        if len(self._spill):
            return self._put_in_spill(pending)
        try:
            reply = await self._add_script(
                keys=self._store.keys(pending.call_id), args=self._store.add_args(pending)
            )
        except REDIS_FAILURES as error:
            if not is_passing(error):
                raise self._store.refused(pending.call_id, error) from None
            self._store.spilled(error)
            return self._put_in_spill(pending)
        return self._store.added(pending, reply)

    async def events(self, external_conversation_id: str) -> list[TranscriptEvent]:
        """The call's events ordered by ``start_ms`` (ties: as added); ``[]`` if unknown."""
        return self._store.ordered((await self._read(external_conversation_id))[1])

    async def pop(self, external_conversation_id: str) -> list[TranscriptEvent]:
        """The call's events, and the call forgotten, in one step (see the sync collector)."""
        return self._store.ordered(await self._pop(external_conversation_id))

    async def follow(
        self, external_conversation_id: str, *, idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    ) -> AsyncIterator[TranscriptEvent]:
        """The call's stored events, then each new one as any process adds it, until the call
        is popped or nothing comes for ``idle_timeout`` seconds (``async for``)."""
        idle_timeout = self._store.idle_timeout(idle_timeout)
        call_id = external_conversation_id
        last_id, entries = await self._read(call_id)
        for stored in self._store.ordered(entries):
            yield stored
        stream = self._store.keys(call_id)[0]
        quiet_until = time.monotonic() + idle_timeout
        while (remaining := quiet_until - time.monotonic()) > 0:
            block_ms = self._store.block_ms(remaining, self._connection.socket_timeout)
            try:
                reply = await self._connection.client.xread({stream: last_id}, block=block_ms)
            except REDIS_FAILURES as error:
                raise self._store.refused(call_id, error) from None
            for entry_id, event in self._store.read_entries(call_id, reply or []):
                if event is None:
                    return
                last_id = entry_id
                quiet_until = time.monotonic() + idle_timeout
                yield event

    async def aclose(self, *, timeout: float = DEFAULT_CLOSE_TIMEOUT) -> None:
        """Write the spill once more (for at most ``timeout`` seconds), log an ERROR with the
        count of events that could not be written, and close a Redis client the collector
        built from a URL. Later calls raise ClientClosedError."""
        ends_at = time.monotonic() + check_seconds("timeout", timeout)
        if self._closed:
            return
        self._closed = True
        self._stopping = True
        writer = self._writer
        if writer is not None:
            writer.cancel()
            await asyncio.gather(writer, return_exceptions=True)
        await self._flush(ends_at)
        self._store.unwritten(self._spill.clear())
        if self._connection.owned:
            await self._connection.client.aclose()

    async def __aenter__(self) -> AsyncRedisTranscriptCollector:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return self._store.describe(self, len(self._spill))

    def _check_open(self) -> None:
        if self._closed:
            raise ClientClosedError("the transcript collector was closed; create a new one")

    async def _read(self, call_id: str) -> tuple[str, list[tuple[str, TranscriptEvent | None]]]:
        """The ID of the call's stream's last entry, and the call's entries."""
        last_id, raw = await self._run(self._read_script, call_id, [])
        return text(last_id), self._store.entries(call_id, raw)

    async def _pop(self, call_id: str) -> list[tuple[str, TranscriptEvent | None]]:
        raw = await self._run(self._pop_script, call_id, [self._store.popped_grace_ms])
        return self._store.entries(call_id, raw)

    async def _run(self, script: Any, call_id: str, args: list[int]) -> Any:
        """Run a read or a pop of the call (the spill written first, when it can be)."""
        self._check_open()
        keys = self._store.keys(call_id)
        if len(self._spill):
            await self._flush()
        try:
            return await script(keys=keys, args=args)
        except REDIS_FAILURES as error:
            raise self._store.refused(call_id, error) from None

    def _put_in_spill(self, pending: PendingEvent) -> bool:
        kept = self._spill.put(pending)
        if self._writer is None:
            self._writer = asyncio.get_running_loop().create_task(self._write_spill())
        return kept

    async def _write_spill(self) -> None:
        done = False
        while not done:
            done = self._writer_done(await self._flush())
            await asyncio.sleep(0 if done else SPILL_RETRY_INTERVAL)

    def _writer_done(self, flushed: bool) -> bool:
        """Whether the writer ends: the spill is written (or the collector closing)."""
        done = (flushed and not len(self._spill)) or self._stopping
        if done:
            self._writer = None
        return done

    async def _flush(self, ends_at: float = math.inf) -> bool:
        """Write the spilled events, oldest first (see the sync collector's)."""
        if self._flush_lock is None:
            self._flush_lock = asyncio.Lock()
        async with self._flush_lock:
            while (pending := self._spill.first()) is not None and time.monotonic() < ends_at:
                try:
                    reply = await self._add_script(
                        keys=self._store.keys(pending.call_id),
                        args=self._store.add_args(pending),
                    )
                except REDIS_FAILURES as error:
                    if is_passing(error):
                        self._store.spill_kept(len(self._spill), error)
                        return False
                    self._store.refused(pending.call_id, error)
                else:
                    self._store.added(pending, reply)
                self._spill.remove(pending)
            self._store.outage.answered()
            return pending is None
