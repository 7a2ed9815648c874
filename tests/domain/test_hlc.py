"""The hybrid logical clock orders changes across laptops and resists wrong dates."""

from __future__ import annotations

from magia_desk.domain.hlc import MAX_DRIFT_MS, HybridClock, Timestamp


def fixed(now: list[int]):
    return lambda: now[0]


def test_ticks_are_strictly_increasing_even_when_the_wall_clock_stands_still_or_goes_back() -> None:
    now = [1000]
    clock = HybridClock("a", now=fixed(now))
    first, second = clock.tick(), clock.tick()
    now[0] = 500
    third = clock.tick()
    assert first < second < third
    assert third.millis == 1000 and third.counter == 2


def test_encoding_sorts_like_the_timestamps() -> None:
    stamps = [Timestamp(5, 2, "b"), Timestamp(5, 10, "a"), Timestamp(40, 0, "a"), Timestamp(5, 2, "a")]
    assert sorted(stamps) == sorted(stamps, key=lambda t: t.encode())
    assert Timestamp.decode(stamps[0].encode()) == stamps[0]


def test_receiving_moves_past_the_remote_clock() -> None:
    now = [1000]
    clock = HybridClock("a", now=fixed(now))
    stamp, clamped = clock.receive(Timestamp(2000, 7, "b"))
    assert (stamp.millis, stamp.counter, clamped) == (2000, 8, False)
    assert clock.tick() > Timestamp(2000, 7, "b")


def test_a_clock_far_in_the_future_is_clamped() -> None:
    now = [1000]
    clock = HybridClock("a", now=fixed(now))
    stamp, clamped = clock.receive(Timestamp(10**13, 0, "b"))
    assert clamped is True
    assert stamp.millis == 1000 + MAX_DRIFT_MS
