"""TranscriptCollector: each call's transcript events in order, bounded, shared by threads."""

from __future__ import annotations

import bisect
import collections
import itertools
import threading

from .._exceptions import ConfigurationError
from .._logging import logger
from ._event import TranscriptEvent

__all__ = ["TranscriptCollector"]

# An event as a call holds it: sorted by (start_ms, arrival number); the number is unique,
# so the event itself is never compared.
_Entry = tuple[int, int, TranscriptEvent]


class _Call:
    """One call's events: sorted, in the order they were added, and by identity."""

    __slots__ = ("added", "entries", "seen")

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self.added: collections.deque[_Entry] = collections.deque()
        self.seen: set[TranscriptEvent] = set()

    def add(self, entry: _Entry) -> None:
        bisect.insort(self.entries, entry)
        self.added.append(entry)
        self.seen.add(entry[2])

    def drop_earliest_added(self) -> _Entry:
        entry = self.added.popleft()
        del self.entries[bisect.bisect_left(self.entries, entry)]
        self.seen.discard(entry[2])
        return entry


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
        events = collector.pop(call_sid)          # when the call has ended
        transcript = "\\n".join(f"{e.role}: {e.text}" for e in events)

    It is bounded: past ``max_calls`` calls the oldest call (the one first seen longest
    ago) is dropped, and past ``max_events_per_call`` events in one call that call's
    earliest-added events are dropped, each with a WARNING on the
    ``asapp_mg_autotranscribe`` logger naming the call (never the text). ``pop`` the calls
    you are done with. Every method is thread-safe; ``add`` does not block for long (a
    lock held for a sorted insert), so it may be called on an event loop.
    """

    __slots__ = ("_calls", "_lock", "_max_calls", "_max_events_per_call", "_numbers")

    def __init__(self, max_calls: int = 10_000, max_events_per_call: int = 1_000) -> None:
        self._max_calls = _positive("max_calls", max_calls)
        self._max_events_per_call = _positive("max_events_per_call", max_events_per_call)
        self._lock = threading.Lock()
        # Calls in the order they were first seen: the first is the oldest.
        self._calls: collections.OrderedDict[str, _Call] = collections.OrderedDict()
        self._numbers = itertools.count()

    def add(self, event: TranscriptEvent) -> bool:
        """Keep ``event`` with its call's; False if it was already kept (nothing changes)."""
        if not isinstance(event, TranscriptEvent):
            raise TypeError(f"add() takes a TranscriptEvent, not {type(event).__name__}")
        call_id = event.external_conversation_id
        hash(event)  # its identity, worked out before the lock is taken
        dropped_call: tuple[str, _Call] | None = None
        dropped_event: _Entry | None = None
        with self._lock:
            call = self._calls.get(call_id)
            if call is None:
                call = self._calls[call_id] = _Call()
                if len(self._calls) > self._max_calls:
                    dropped_call = self._calls.popitem(last=False)
            elif event in call.seen:
                return False
            call.add((event.start_ms, next(self._numbers), event))
            if len(call.entries) > self._max_events_per_call:
                dropped_event = call.drop_earliest_added()
        if dropped_call is not None:
            logger.warning(
                "transcript collector: more than %d calls; dropped the oldest, call %r, "
                "and its %d events",
                self._max_calls,
                dropped_call[0],
                len(dropped_call[1].entries),
            )
        if dropped_event is not None:
            logger.warning(
                "transcript collector: call %r has more than %d events; dropped its "
                "earliest-added one (start %d ms)",
                call_id,
                self._max_events_per_call,
                dropped_event[0],
            )
        return True

    def events(self, external_conversation_id: str) -> list[TranscriptEvent]:
        """The call's events ordered by ``start_ms`` (ties: as added); ``[]`` if unknown."""
        with self._lock:
            call = self._calls.get(external_conversation_id)
            return [entry[2] for entry in call.entries] if call is not None else []

    def pop(self, external_conversation_id: str) -> list[TranscriptEvent]:
        """The call's events, as ``events`` lists them, and the call forgotten; ``[]`` if
        unknown. An event of the call that arrives later starts it anew."""
        with self._lock:
            call = self._calls.pop(external_conversation_id, None)
        return [entry[2] for entry in call.entries] if call is not None else []

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
            f"max_events_per_call={self._max_events_per_call}, calls={len(self)})"
        )


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"{name} must be a positive int, not {value!r}")
    return value
