"""The spill: transcript events Redis could not take, kept in this process's memory, oldest
first and bounded in bytes, until the collector's writer gets them into Redis.

A webhook that answered 204 promised ASAPP the event was kept (ASAPP never sends it again),
so an event Redis cannot take now waits here rather than being refused.
"""

from __future__ import annotations

import collections
import threading

import attrs

from .._logging import logger

__all__ = ["PendingEvent", "Spill"]


@attrs.frozen
class PendingEvent:
    """One event as the collector writes it: its call, its digest (its identity) and its JSON."""

    call_id: str
    digest: str
    payload: str = attrs.field(repr=False)

    @property
    def size(self) -> int:
        """What it weighs in the spill: its JSON in UTF-8."""
        return len(self.payload.encode("utf-8", "surrogatepass"))


class Spill:
    """Pending events, oldest first; past ``max_bytes`` the oldest are dropped (ERROR naming
    the call and the count, never the text), the newest always kept. Thread-safe."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._events: collections.deque[tuple[PendingEvent, int]] = collections.deque()
        self._digests: set[str] = set()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._events)

    def put(self, event: PendingEvent) -> bool:
        """Keep ``event``, after the others; False if it is spilled already."""
        size = event.size
        dropped: collections.Counter[str] = collections.Counter()
        with self._lock:
            if event.digest in self._digests:
                return False
            self._events.append((event, size))
            self._digests.add(event.digest)
            self._bytes += size
            while self._bytes > self.max_bytes and len(self._events) > 1:
                oldest, oldest_size = self._events.popleft()
                self._digests.discard(oldest.digest)
                self._bytes -= oldest_size
                dropped[oldest.call_id] += 1
        for call_id, count in dropped.items():
            logger.error(
                "transcript spill over max_spill_bytes (%d): dropped %d of call %r's events "
                "that Redis had not taken (the oldest spilled)",
                self.max_bytes,
                count,
                call_id,
            )
        return True

    def first(self) -> PendingEvent | None:
        """The oldest spilled event, or None."""
        with self._lock:
            return self._events[0][0] if self._events else None

    def remove(self, event: PendingEvent) -> None:
        """Forget ``event`` once written, unless the bound dropped it meanwhile."""
        with self._lock:
            if self._events and self._events[0][0] is event:
                _, size = self._events.popleft()
                self._digests.discard(event.digest)
                self._bytes -= size

    def clear(self) -> int:
        """Forget every spilled event; how many there were."""
        with self._lock:
            count = len(self._events)
            self._events.clear()
            self._digests.clear()
            self._bytes = 0
            return count
