"""TranscriptCollector: each call's transcript events in order, bounded in count and in
bytes, shared by threads, and followed live.

A call keeps each event as its message's compact UTF-8 JSON (and a digest of its identity),
not as the parsed event: a few hundred bytes of Python objects per event would otherwise
outweigh the message itself several times, and the bound in bytes would not bound memory.
Events are built anew when they are read.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import threading
import time
from collections.abc import Iterator

from .._checks import check_positive_int, check_seconds
from .._logging import logger
from ._event import TranscriptEvent, event_from_json, stored_form

__all__ = ["TranscriptCollector"]

DEFAULT_MAX_BYTES = 256 * 2**20

# An event as a call holds it: (start_ms, arrival number, the message as compact UTF-8
# JSON, the digest of its identity). Sorted by the first two; the number is unique, so
# nothing after it is ever compared.
_Entry = tuple[int, int, bytes, bytes]


class _Call:
    """One call's events: sorted, in the order they were added, and by identity; their
    size; and, once followed, the condition its followers wait on."""

    __slots__ = ("added", "condition", "entries", "gone", "seen", "size")

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.added: collections.deque[_Entry] = collections.deque()
        self.seen: set[bytes] = set()
        self.size = 0
        self.condition: threading.Condition | None = None
        # Popped or dropped: its followers end once they have read what it still holds.
        self.gone = False

    def add(self, entry: _Entry) -> None:
        bisect.insort(self.entries, entry)
        self.added.append(entry)
        self.seen.add(entry[3])
        self.size += len(entry[2])

    def drop_earliest_added(self) -> _Entry:
        entry = self.added.popleft()
        del self.entries[bisect.bisect_left(self.entries, entry)]
        self.seen.discard(entry[3])
        self.size -= len(entry[2])
        return entry

    def added_after(self, number: int) -> list[_Entry]:
        """The entries added after the one numbered ``number``, in arrival order."""
        newer: list[_Entry] = []
        for entry in reversed(self.added):
            if entry[1] <= number:
                break
            newer.append(entry)
        newer.reverse()
        return newer

    def end(self, *, keep_unread: bool) -> None:
        """Mark the call gone and wake its followers; without ``keep_unread`` it lets go of
        its events (its followers then end at once)."""
        self.gone = True
        if not keep_unread:
            self.entries, self.added, self.seen = [], collections.deque(), set()
        if self.condition is not None:
            self.condition.notify_all()


class TranscriptCollector:
    """The transcript events of each call, in the order the call was spoken.

    ASAPP sends each utterance once, in order, but they may arrive out of order and a
    message may be delivered twice (by a proxy, say). The collector keeps each call's
    events sorted by ``start_ms`` (equal starts: in the order they were added) and keeps
    an event added twice once (events are equal when their messages are the same JSON).
    Give its ``add`` to :class:`TranscriptWebhook` as ``on_event``::

        collector = TranscriptCollector()
        webhook = TranscriptWebhook(collector.add, secret=..., secret_name=...)
        ...
        for event in collector.follow(call_sid):   # live, until the call is popped
            print(event.role, event.text)
        events = collector.pop(call_sid)          # when the call has ended
        transcript = "\\n".join(f"{e.role}: {e.text}" for e in events)

    It is bounded, each bound with a WARNING on the ``asapp_mg_autotranscribe`` logger
    naming the call and the counts (never the text):

    - past ``max_calls`` calls the oldest call (the one first seen longest ago) is dropped;
    - past ``max_events_per_call`` events in one call, that call's earliest-added events;
    - past ``max_bytes`` (keyword-only, default 256 MiB) of stored events, the oldest calls'
      events are dropped first (each call's earliest-added first) until the rest fit. An
      event's size is its message as compact UTF-8 JSON (``to_dict()`` without spaces). The
      event just added is always kept: it alone may pass the bound.

    The collector keeps each event as that JSON, so these bounds bound its memory too (about
    twice ``max_bytes`` when full of ASAPP's few-hundred-byte messages, near it for large
    ones; ``make bench`` measures it); the events that ``events``, ``pop`` and ``follow``
    return are built anew from it. ``pop`` the calls you are done with. Bad bounds raise
    ConfigurationError. Every method is thread-safe; ``add`` holds a lock for a sorted
    insert only (its JSON is worked out before), so it may be called on an event loop, and
    no follower ever makes it wait.
    """

    __slots__ = (
        "_calls",
        "_lock",
        "_max_bytes",
        "_max_calls",
        "_max_events_per_call",
        "_new_call",
        "_numbers",
        "_size",
        "_waiting_for_new_calls",
    )

    def __init__(
        self,
        max_calls: int = 10_000,
        max_events_per_call: int = 1_000,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._max_calls = check_positive_int("max_calls", max_calls)
        self._max_events_per_call = check_positive_int("max_events_per_call", max_events_per_call)
        self._max_bytes = check_positive_int("max_bytes", max_bytes, unit="bytes")
        self._lock = threading.Lock()
        # Calls in the order they were first seen: the first is the oldest.
        self._calls: collections.OrderedDict[str, _Call] = collections.OrderedDict()
        self._numbers = itertools.count()
        self._size = 0
        # Followers of a call not seen yet wait on this, woken when a call is first seen.
        self._new_call = threading.Condition(self._lock)
        self._waiting_for_new_calls = 0

    def add(self, event: TranscriptEvent) -> bool:
        """Keep ``event`` with its call's; False if it was already kept (nothing changes)."""
        if not isinstance(event, TranscriptEvent):
            raise TypeError(f"add() takes a TranscriptEvent, not {type(event).__name__}")
        call_id = event.external_conversation_id
        data, digest = stored_form(event)  # worked out before the lock is taken
        dropped_call: tuple[str, _Call, int] | None = None
        dropped_event: _Entry | None = None
        dropped_for_size: list[tuple[str, int, int, bool]] = []
        with self._lock:
            call = self._calls.get(call_id)
            if call is None:
                call = self._calls[call_id] = _Call()
                if len(self._calls) > self._max_calls:
                    dropped_id, dropped = self._calls.popitem(last=False)
                    dropped_call = (dropped_id, dropped, len(dropped.entries))
                    self._size -= dropped.size
                    dropped.end(keep_unread=False)
                if self._waiting_for_new_calls:
                    self._new_call.notify_all()
            elif digest in call.seen:
                return False
            entry = (event.start_ms, next(self._numbers), data, digest)
            call.add(entry)
            self._size += len(data)
            if len(call.entries) > self._max_events_per_call:
                dropped_event = call.drop_earliest_added()
                self._size -= len(dropped_event[2])
            if self._size > self._max_bytes:
                dropped_for_size = self._drop_oldest_for_size(keep=entry)
            if call.condition is not None:
                call.condition.notify_all()
        if dropped_call is not None:
            logger.warning(
                "transcript collector: more than %d calls; dropped the oldest, call %r, "
                "and its %d events",
                self._max_calls,
                dropped_call[0],
                dropped_call[2],
            )
        if dropped_event is not None:
            logger.warning(
                "transcript collector: call %r has more than %d events; dropped its "
                "earliest-added one (start %d ms)",
                call_id,
                self._max_events_per_call,
                dropped_event[0],
            )
        for dropped_id, count, size, emptied in dropped_for_size:
            logger.warning(
                "transcript collector: stored events over max_bytes=%d; dropped %d "
                "earliest-added events (%d bytes) of call %r, the oldest%s",
                self._max_bytes,
                count,
                size,
                dropped_id,
                ", and the call" if emptied else "",
            )
        return True

    def _drop_oldest_for_size(self, *, keep: _Entry) -> list[tuple[str, int, int, bool]]:
        """Drop the oldest calls' earliest-added events (never ``keep``) until the stored
        size fits; (call id, events dropped, their bytes, whether the call is gone) each."""
        dropped: list[tuple[str, int, int, bool]] = []
        emptied: list[str] = []
        for call_id, call in self._calls.items():
            count = size = 0
            while self._size > self._max_bytes and call.added and call.added[0] is not keep:
                freed = len(call.drop_earliest_added()[2])
                self._size -= freed
                size += freed
                count += 1
            if count:
                dropped.append((call_id, count, size, not call.added))
            if not call.added:
                emptied.append(call_id)
            if self._size <= self._max_bytes:
                break
        for call_id in emptied:
            self._calls.pop(call_id).end(keep_unread=False)
        return dropped

    def events(self, external_conversation_id: str) -> list[TranscriptEvent]:
        """The call's events ordered by ``start_ms`` (ties: as added); ``[]`` if unknown."""
        with self._lock:
            call = self._calls.get(external_conversation_id)
            entries = list(call.entries) if call is not None else []
        return [event_from_json(entry[2]) for entry in entries]

    def pop(self, external_conversation_id: str) -> list[TranscriptEvent]:
        """The call's events, as ``events`` lists them, and the call forgotten; ``[]`` if
        unknown. An event of the call that arrives later starts it anew."""
        with self._lock:
            call = self._calls.pop(external_conversation_id, None)
            if call is None:
                return []
            self._size -= call.size
            entries = call.entries
            call.end(keep_unread=True)
        return [event_from_json(entry[2]) for entry in entries]

    def follow(
        self, external_conversation_id: str, *, idle_timeout: float = 30.0
    ) -> Iterator[TranscriptEvent]:
        """The call's events as they come: those stored (as ``events`` lists them), then
        each new one as it is added, in arrival order.

        It ends when the call is popped (after the events added before the pop) or dropped
        by a bound, or when no event comes for ``idle_timeout`` seconds (it may be called
        before the call's first event, which it then waits for). It waits on a condition
        (no polling), holds only its place in the call, never makes ``add`` wait, and may be
        left unfinished at any point. ConfigurationError unless ``idle_timeout`` is a
        positive number of seconds (at most a day)::

            for event in collector.follow(call_sid, idle_timeout=60.0):
                send_to_the_agent_desktop(event.role, event.text)
        """
        return self._follow(external_conversation_id, check_seconds("idle_timeout", idle_timeout))

    def _follow(self, call_id: str, idle_timeout: float) -> Iterator[TranscriptEvent]:
        call = None
        last = -1  # the arrival number of the last event handed out
        while True:
            with self._lock:
                if call is None:
                    call = self._first_seen(call_id, idle_timeout)
                    if call is None:
                        return
                    batch = list(call.entries)
                    last = call.added[-1][1]  # a call held has an event
                else:
                    batch = self._next_added(call, last, idle_timeout)
                    if not batch:
                        return
                    last = batch[-1][1]
            for entry in batch:
                yield event_from_json(entry[2])

    def _first_seen(self, call_id: str, idle_timeout: float) -> _Call | None:
        """The call (the lock held), waited for up to ``idle_timeout``; None if it never came."""
        deadline = time.monotonic() + idle_timeout
        call = self._calls.get(call_id)
        while call is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            self._waiting_for_new_calls += 1
            try:
                self._new_call.wait(remaining)
            finally:
                self._waiting_for_new_calls -= 1
            call = self._calls.get(call_id)
        return call

    def _next_added(self, call: _Call, last: int, idle_timeout: float) -> list[_Entry]:
        """The call's entries added after ``last`` (the lock held), waited for up to
        ``idle_timeout``; ``[]`` if none came or the call is gone."""
        deadline = time.monotonic() + idle_timeout
        batch = call.added_after(last)
        while not batch and not call.gone:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            if call.condition is None:
                call.condition = threading.Condition(self._lock)
            call.condition.wait(remaining)
            batch = call.added_after(last)
        return batch

    def call_ids(self) -> list[str]:
        """The ids of the calls held, the oldest first."""
        with self._lock:
            return list(self._calls)

    def __len__(self) -> int:
        """How many calls are held."""
        return len(self._calls)

    def __repr__(self) -> str:
        return (
            f"TranscriptCollector(max_calls={self._max_calls}, "
            f"max_events_per_call={self._max_events_per_call}, max_bytes={self._max_bytes}, "
            f"calls={len(self)})"
        )
