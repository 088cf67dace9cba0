"""TranscriptCollector: each call's events in order, once each, within its bounds, from
many threads at once."""

from __future__ import annotations

import json
import logging
import random
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asapp_mg_autotranscribe import (
    ConfigurationError,
    TranscriptCollector,
    TranscriptEvent,
    parse_transcript_event,
)

from .samples import CALL_SID, PRIVATE_TEXT, message


def event(
    start: int = 0, *, call: str = CALL_SID, text: str = PRIVATE_TEXT, **extra: Any
) -> TranscriptEvent:
    data = message(call=call, start=start, end=start + 100, text=text)
    data.update(extra)
    return parse_transcript_event(data)


def _starts(events: list[TranscriptEvent]) -> list[int]:
    return [e.start_ms for e in events]


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "asapp_mg_autotranscribe" and r.levelno == logging.WARNING
    ]


def test_events_are_ordered_by_start_whatever_the_arrival_order() -> None:
    collector = TranscriptCollector()
    starts = [400, 4744, 0, 9000, 1200, 8031]
    for start in starts:
        assert collector.add(event(start)) is True
    assert _starts(collector.events(CALL_SID)) == sorted(starts)


def test_equal_starts_keep_their_arrival_order() -> None:
    collector = TranscriptCollector()
    first, second, third = (event(500, text=f"part {n}") for n in range(3))
    for each in (second, event(100), first, third):
        collector.add(each)
    assert collector.events(CALL_SID) == [event(100), second, first, third]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-5, max_value=5), max_size=30), st.randoms())
def test_any_arrival_order_gives_the_start_order_ties_as_added(
    starts: list[int], shuffle: random.Random
) -> None:
    events = [event(start, text=f"utterance {n}") for n, start in enumerate(starts)]
    shuffle.shuffle(events)
    collector = TranscriptCollector()
    for each in events:
        collector.add(each)
    assert collector.events(CALL_SID) == sorted(events, key=lambda e: e.start_ms)


def test_calls_are_kept_apart() -> None:
    collector = TranscriptCollector()
    collector.add(event(2, call="CA-one"))
    collector.add(event(1, call="CA-two"))
    collector.add(event(1, call="CA-one"))
    assert _starts(collector.events("CA-one")) == [1, 2]
    assert _starts(collector.events("CA-two")) == [1]
    assert collector.call_ids() == ["CA-one", "CA-two"]
    assert len(collector) == 2


def test_an_unknown_call_has_no_events() -> None:
    collector = TranscriptCollector()
    collector.add(event())
    assert collector.events("CA-unknown") == []
    assert collector.pop("CA-unknown") == []
    assert collector.call_ids() == [CALL_SID]


def test_the_same_event_added_twice_is_kept_once() -> None:
    collector = TranscriptCollector()
    assert collector.add(event(400)) is True
    assert collector.add(event(400)) is False
    spaced = parse_transcript_event(json.dumps(message(start=400, end=500), indent=3))
    assert collector.add(spaced) is False
    assert collector.events(CALL_SID) == [event(400)]


def test_events_that_differ_in_anything_are_both_kept() -> None:
    collector = TranscriptCollector()
    collector.add(event(400))
    collector.add(event(400, text="other words"))
    collector.add(event(400, receivedAt="later"))
    assert len(collector.events(CALL_SID)) == 3


def test_events_returns_a_new_list() -> None:
    collector = TranscriptCollector()
    collector.add(event())
    listed = collector.events(CALL_SID)
    listed.clear()
    assert collector.events(CALL_SID) == [event()]


def test_pop_returns_the_events_and_forgets_the_call() -> None:
    collector = TranscriptCollector()
    collector.add(event(2))
    collector.add(event(1))
    assert _starts(collector.pop(CALL_SID)) == [1, 2]
    assert collector.events(CALL_SID) == []
    assert collector.call_ids() == []
    assert collector.add(event(2)) is True  # a late event starts the call anew
    assert _starts(collector.events(CALL_SID)) == [2]


def test_past_max_calls_the_oldest_call_is_dropped_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    collector = TranscriptCollector(max_calls=2)
    collector.add(event(call="CA-first"))
    collector.add(event(1, call="CA-first"))
    collector.add(event(call="CA-second"))
    collector.add(event(2, call="CA-first"))  # still the oldest: first seen first
    with caplog.at_level(logging.WARNING, logger="asapp_mg_autotranscribe"):
        collector.add(event(call="CA-third"))
    assert collector.call_ids() == ["CA-second", "CA-third"]
    assert collector.events("CA-first") == []
    assert _warnings(caplog) == [
        "transcript collector: more than 2 calls; dropped the oldest, call 'CA-first', "
        "and its 3 events"
    ]
    assert PRIVATE_TEXT not in caplog.text


def test_past_max_events_per_call_the_earliest_added_are_dropped_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    collector = TranscriptCollector(max_events_per_call=3)
    for start in (500, 100, 300):
        collector.add(event(start))
    with caplog.at_level(logging.WARNING, logger="asapp_mg_autotranscribe"):
        collector.add(event(200))
        collector.add(event(900))
    assert _starts(collector.events(CALL_SID)) == [200, 300, 900]
    assert _warnings(caplog) == [
        f"transcript collector: call {CALL_SID!r} has more than 3 events; dropped its "
        f"earliest-added one (start {start} ms)"
        for start in (500, 100)
    ]
    assert PRIVATE_TEXT not in caplog.text


def test_a_dropped_event_added_again_is_kept_again() -> None:
    collector = TranscriptCollector(max_events_per_call=1)
    collector.add(event(1))
    collector.add(event(2))
    assert collector.add(event(1)) is True
    assert _starts(collector.events(CALL_SID)) == [1]


def test_no_warning_within_the_bounds(caplog: pytest.LogCaptureFixture) -> None:
    collector = TranscriptCollector(max_calls=2, max_events_per_call=2)
    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        for call in ("CA-a", "CA-b"):
            collector.add(event(1, call=call))
            collector.add(event(2, call=call))
    assert _warnings(caplog) == []


def test_the_defaults() -> None:
    assert repr(TranscriptCollector()) == (
        "TranscriptCollector(max_calls=10000, max_events_per_call=1000, calls=0)"
    )


@pytest.mark.parametrize("name", ["max_calls", "max_events_per_call"])
@pytest.mark.parametrize("value", [0, -1, 2.0, True, "5", None])
def test_bad_bounds_are_a_configuration_error(name: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=f"{name} must be a positive int"):
        TranscriptCollector(**{name: value})


def test_only_events_are_added() -> None:
    with pytest.raises(TypeError, match="add\\(\\) takes a TranscriptEvent, not dict"):
        TranscriptCollector().add(message())  # type: ignore[arg-type]


@pytest.mark.parametrize("max_calls", [6, 100])
def test_concurrent_adds_from_threads_keep_order_bounds_and_uniqueness(max_calls: int) -> None:
    calls = [f"CA-{n}" for n in range(8)]
    per_call = 60
    events = {
        call: [event(start, call=call, text=f"u{start}") for start in range(per_call)]
        for call in calls
    }
    collector = TranscriptCollector(max_calls=max_calls, max_events_per_call=50)
    threads_per_call = 3
    barrier = threading.Barrier(len(calls) * threads_per_call)
    errors: list[Exception] = []

    def add_all(call: str, seed: int) -> None:
        shuffled = list(events[call])
        random.Random(seed).shuffle(shuffled)
        try:
            barrier.wait(timeout=30)
            for each in shuffled:
                collector.add(each)
                collector.events(call)
        except Exception as error:  # noqa: BLE001 (reported below, in the test's thread)
            errors.append(error)

    threads = [
        threading.Thread(target=add_all, args=(call, seed))
        for call in calls
        for seed in range(threads_per_call)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert len(collector.call_ids()) == min(max_calls, len(calls))
    for call in collector.call_ids():
        kept = collector.events(call)
        # A call dropped while its threads still add starts anew, with fewer events.
        assert len(kept) == 50 if max_calls > len(calls) else len(kept) <= 50
        assert len(set(kept)) == len(kept)
        assert _starts(kept) == sorted(_starts(kept))
        assert set(kept) <= set(events[call])


def test_concurrent_adds_of_one_event_keep_it_once() -> None:
    collector = TranscriptCollector()
    copies = [event(7) for _ in range(16)]
    barrier = threading.Barrier(len(copies))
    added: list[bool] = []

    def add(each: TranscriptEvent) -> None:
        barrier.wait(timeout=30)
        added.append(collector.add(each))

    threads = [threading.Thread(target=add, args=(each,)) for each in copies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(added) == [False] * 15 + [True]
    assert collector.events(CALL_SID) == [event(7)]
