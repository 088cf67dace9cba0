"""TranscriptCollector.follow: a call's stored events, then each new one as it is added, until
the call is popped or dropped or nothing comes; many followers, from threads, never in the
way of add. Each test waits for the state it needs (a queue, a join), never for time."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from asapp_mg_autotranscribe import ConfigurationError, TranscriptCollector, TranscriptEvent

from .test_collector import event

WAIT = 30.0  # the bound on any wait of a test: reached only by a broken collector
_END = object()


class Follower:
    """``collector.follow(call_id)`` consumed in a thread, each event put on a queue."""

    def __init__(self, collector: TranscriptCollector, call_id: str, **options: Any) -> None:
        self.got: queue.Queue[Any] = queue.Queue()
        self._events = collector.follow(call_id, **options)
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for each in self._events:
                self.got.put(each)
        finally:
            self.got.put(_END)

    def next(self, count: int = 1) -> list[TranscriptEvent]:
        """The next ``count`` events it got, waited for."""
        got = [self.got.get(timeout=WAIT) for _ in range(count)]
        assert _END not in got
        return got

    def rest(self) -> list[TranscriptEvent]:
        """Every event it gets until it ends, waited for."""
        self._thread.join(timeout=WAIT)
        assert not self._thread.is_alive(), "the follower did not end"
        rest = []
        while (item := self.got.get(timeout=WAIT)) is not _END:
            rest.append(item)
        return rest


def test_the_stored_events_in_start_order_then_new_ones_in_arrival_order() -> None:
    collector = TranscriptCollector()
    for start in (300, 100, 200):
        collector.add(event(start))
    follower = Follower(collector, event().external_conversation_id)
    assert [each.start_ms for each in follower.next(3)] == [100, 200, 300]
    later = [event(start) for start in (50, 900, 400)]
    for each in later:
        collector.add(each)
        assert follower.next() == [each]
    collector.add(later[0])  # a duplicate is not news
    last = event(1000)
    collector.add(last)
    assert follower.next() == [last]
    collector.pop(last.external_conversation_id)
    assert follower.rest() == []


def test_events_added_before_the_pop_are_still_handed_out() -> None:
    collector = TranscriptCollector()
    first = event(1)
    collector.add(first)
    follower = Follower(collector, first.external_conversation_id)
    assert follower.next() == [first]
    tail = [event(2), event(3)]
    for each in tail:
        collector.add(each)
    popped = collector.pop(first.external_conversation_id)
    assert follower.rest() == tail
    assert popped == [first, *tail]
    assert [each.to_dict() for each in tail] == [each.to_dict() for each in popped[1:]]


def test_a_call_not_seen_yet_is_waited_for() -> None:
    collector = TranscriptCollector()
    follower = Follower(collector, "CA-later")
    collector.add(event(1, call="CA-other"))
    first = event(5, call="CA-later")
    collector.add(first)
    assert follower.next() == [first]
    collector.pop("CA-later")
    assert follower.rest() == []


def test_it_ends_when_nothing_comes_within_the_idle_timeout() -> None:
    collector = TranscriptCollector()
    assert list(collector.follow("CA-never", idle_timeout=0.01)) == []
    kept = event(1)
    collector.add(kept)
    assert list(collector.follow(kept.external_conversation_id, idle_timeout=0.01)) == [kept]


def test_it_ends_when_the_call_is_dropped_by_a_bound() -> None:
    collector = TranscriptCollector(max_calls=1)
    first = event(1, call="CA-first")
    collector.add(first)
    follower = Follower(collector, "CA-first")
    assert follower.next() == [first]
    collector.add(event(1, call="CA-second"))
    assert follower.rest() == []


def test_a_call_started_anew_after_a_pop_is_a_new_follow() -> None:
    collector = TranscriptCollector()
    collector.add(event(1))
    follower = Follower(collector, event().external_conversation_id)
    follower.next()
    collector.pop(event().external_conversation_id)
    assert follower.rest() == []
    collector.add(event(2))
    assert list(collector.follow(event().external_conversation_id, idle_timeout=0.01)) == [event(2)]


def test_a_follower_left_behind_holds_its_place_not_the_events() -> None:
    collector = TranscriptCollector(max_events_per_call=5)
    collector.add(event(0))
    events: Iterator[TranscriptEvent] = collector.follow(
        event().external_conversation_id, idle_timeout=0.01
    )
    assert next(events) == event(0)
    # Suspended at its yield: add is not held up, and what the collector drops is gone.
    added = threading.Thread(target=lambda: [collector.add(event(n)) for n in range(1, 101)])
    added.start()
    added.join(timeout=WAIT)
    assert not added.is_alive()
    assert [each.start_ms for each in events] == [96, 97, 98, 99, 100]


def test_a_waiting_follower_does_not_hold_up_add() -> None:
    collector = TranscriptCollector()
    followers = [Follower(collector, f"CA-{n}") for n in range(4)]
    done = threading.Event()

    def add_many() -> None:
        for n in range(200):
            collector.add(event(n, call=f"CA-{n % 4}"))
        done.set()

    adder = threading.Thread(target=add_many)
    adder.start()
    adder.join(timeout=WAIT)
    assert done.is_set()
    for n, follower in enumerate(followers):
        got = follower.next(50)
        assert {each.start_ms for each in got} == set(range(n, 200, 4))
        collector.pop(f"CA-{n}")
        assert follower.rest() == []


def test_many_followers_from_threads_each_get_every_event_once() -> None:
    collector = TranscriptCollector()
    call = event().external_conversation_id
    collector.add(event(-1))
    followers = [Follower(collector, call) for _ in range(6)]
    for follower in followers:
        assert follower.next() == [event(-1)]
    barrier = threading.Barrier(3)

    def add(offset: int) -> None:
        barrier.wait(timeout=WAIT)
        for n in range(offset, 300, 3):
            collector.add(event(n))

    adders = [threading.Thread(target=add, args=(offset,)) for offset in range(3)]
    for adder in adders:
        adder.start()
    for adder in adders:
        adder.join(timeout=WAIT)
    collector.pop(call)
    for follower in followers:
        got = follower.rest()
        assert sorted(each.start_ms for each in got) == list(range(300))
        # Arrival order: each adder's events in the order it added them.
        for offset in range(3):
            mine = [each.start_ms for each in got if each.start_ms % 3 == offset]
            assert mine == list(range(offset, 300, 3))


@pytest.mark.parametrize("value", [0, -1.0, float("nan"), float("inf"), 86_401, True, "5", None])
def test_a_bad_idle_timeout_is_a_configuration_error_at_once(value: Any) -> None:
    expected = r"idle_timeout must be a number of seconds above 0 and at most 86400 \(a day\)"
    with pytest.raises(ConfigurationError, match=expected):
        TranscriptCollector().follow("CA-x", idle_timeout=value)
