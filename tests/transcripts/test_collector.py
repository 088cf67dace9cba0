"""TranscriptCollector: each call's events in order, once each, within its bounds (counts,
bytes, and the memory they bound), from many threads at once; follow() in
test_collector_follow.py."""

from __future__ import annotations

import json
import logging
import random
import threading
import tracemalloc
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
        "TranscriptCollector(max_calls=10000, max_events_per_call=1000, "
        "max_bytes=268435456, calls=0)"
    )


def test_max_bytes_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        TranscriptCollector(10, 10, 1000)  # type: ignore[misc]


@pytest.mark.parametrize("name", ["max_calls", "max_events_per_call", "max_bytes"])
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


# --- max_bytes ---------------------------------------------------------------------------------


def size(each: TranscriptEvent) -> int:
    """An event's size as the collector counts it: its message as compact UTF-8 JSON."""
    return len(json.dumps(each.to_dict(), separators=(",", ":"), ensure_ascii=False).encode())


def test_events_are_kept_as_received_and_built_anew() -> None:
    collector = TranscriptCollector()
    data = message(start=5, text="héllo")
    data["extra"] = {"z": 1, "a": [1.5, None, True]}
    data = {key: data[key] for key in reversed(list(data))}  # an unusual key order
    added = parse_transcript_event(json.dumps(data, indent=2))
    collector.add(added)
    (kept,) = collector.events(CALL_SID)
    assert kept == added
    assert kept is not added
    assert kept.to_dict() == data
    assert list(kept.to_dict()) == list(data)
    assert collector.pop(CALL_SID)[0].to_dict() == data


def test_within_max_bytes_everything_is_kept(caplog: pytest.LogCaptureFixture) -> None:
    first, second = event(1, call="CA-a", text="é" * 10), event(2, call="CA-b")
    collector = TranscriptCollector(max_bytes=size(first) + size(second))
    with caplog.at_level(logging.DEBUG, logger="asapp_mg_autotranscribe"):
        collector.add(first)
        collector.add(second)
    assert _warnings(caplog) == []
    assert collector.call_ids() == ["CA-a", "CA-b"]


def test_past_max_bytes_the_oldest_calls_events_go_first_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    oldest = [event(start, call="CA-oldest", text="x" * 50) for start in (30, 10, 20)]
    middle = [event(start, call="CA-middle", text="y" * 50) for start in (1, 2)]
    newest = event(0, call="CA-newest", text="z" * 200)
    bound = sum(map(size, oldest + middle))
    collector = TranscriptCollector(max_bytes=bound)
    for each in oldest + middle:
        collector.add(each)
    with caplog.at_level(logging.WARNING, logger="asapp_mg_autotranscribe"):
        collector.add(newest)
    # Enough of the oldest call's earliest-added events to fit, then the next call's.
    count = dropped = 0
    while dropped < size(newest):
        dropped += size(oldest[count])
        count += 1
    assert collector.events("CA-oldest") == sorted(oldest[count:], key=lambda e: e.start_ms)
    assert collector.events("CA-middle") == middle
    assert collector.events("CA-newest") == [newest]
    assert _warnings(caplog) == [
        f"transcript collector: stored events over max_bytes={bound}; dropped {count} "
        f"earliest-added events ({dropped} bytes) of call 'CA-oldest', the oldest"
    ]
    assert "x" * 50 not in caplog.text


def test_a_call_emptied_by_max_bytes_is_forgotten(caplog: pytest.LogCaptureFixture) -> None:
    old = event(1, call="CA-old")
    collector = TranscriptCollector(max_bytes=size(old) + 10)
    collector.add(old)
    with caplog.at_level(logging.WARNING, logger="asapp_mg_autotranscribe"):
        collector.add(event(2, call="CA-new"))
    assert collector.call_ids() == ["CA-new"]
    assert _warnings(caplog)[0].endswith("of call 'CA-old', the oldest, and the call")
    assert collector.add(old) is True  # its identity was forgotten with it


def test_the_newest_event_is_kept_even_alone_over_max_bytes() -> None:
    collector = TranscriptCollector(max_bytes=1000)
    for n in range(3):
        collector.add(event(n, call=f"CA-{n}"))
    huge = event(9, call="CA-1", text="h" * 5000)
    collector.add(huge)
    assert collector.call_ids() == ["CA-1"]
    assert collector.events("CA-1") == [huge]
    smaller = event(10, call="CA-2")
    collector.add(smaller)
    assert collector.call_ids() == ["CA-2"]


def test_a_first_event_over_max_bytes_is_kept_without_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    collector = TranscriptCollector(max_bytes=10)
    with caplog.at_level(logging.WARNING, logger="asapp_mg_autotranscribe"):
        collector.add(event(1))
    assert collector.events(CALL_SID) == [event(1)]
    assert _warnings(caplog) == []


def test_the_newest_event_of_the_oldest_call_is_kept() -> None:
    first = event(1, call="CA-old", text="a" * 300)
    collector = TranscriptCollector(max_bytes=size(first) * 2)
    collector.add(first)
    collector.add(event(1, call="CA-other"))
    newest = event(2, call="CA-old", text="b" * 300)
    collector.add(newest)
    assert collector.events("CA-old") == [newest]
    assert collector.call_ids() == ["CA-old", "CA-other"]


def test_pop_and_the_other_bounds_free_their_bytes() -> None:
    each = [event(n, call=f"CA-{n % 3}") for n in range(6)]
    collector = TranscriptCollector(max_calls=2, max_events_per_call=1, max_bytes=2 * size(each[0]))
    for one in each:  # each bound by count makes room: nothing is dropped for bytes
        collector.add(one)
    assert collector.call_ids() == ["CA-1", "CA-2"]
    collector.pop("CA-1")
    collector.add(event(7, call="CA-3"))
    assert collector.call_ids() == ["CA-2", "CA-3"]


def _traced_growth(fill: Any) -> int:
    """How far Python's allocations grew while ``fill()`` ran and what it kept lives."""
    logging.disable(logging.WARNING)  # the drops' warnings, kept by pytest, are not the collector's
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = fill()
        grown = tracemalloc.get_traced_memory()[0] - before
        del kept
        return grown
    finally:
        tracemalloc.stop()
        logging.disable(logging.NOTSET)


@pytest.mark.parametrize(
    ("text_size", "count"), [(60, 15_000), (64 * 1024, 90)], ids=["asapp-sized", "large"]
)
def test_max_bytes_bounds_memory_not_only_counts(text_size: int, count: int) -> None:
    max_bytes = 2 * 2**20
    bodies = [
        json.dumps(message(call=f"CA-{n // 50}", start=n, text=f"{n:08d}" + "w" * text_size))
        for n in range(count)
    ]
    assert sum(map(len, bodies)) > 2 * max_bytes

    def fill() -> TranscriptCollector:
        collector = TranscriptCollector(max_bytes=max_bytes)
        for each in bodies:
            collector.add(parse_transcript_event(each))
        return collector

    grown = _traced_growth(fill)
    assert grown < 3 * max_bytes, f"{grown / max_bytes:.2f}x max_bytes"
