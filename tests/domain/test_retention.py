"""Backup rotation (7 daily, 4 weekly), when a daily backup is due, and retention cut-offs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from magia_desk.domain.retention import backups_to_keep, daily_backup_due, retention_cutoff

NOW = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)  # a Tuesday


def kept_days(created: list[datetime], now: datetime = NOW, **limits: int) -> list[date]:
    return sorted(created[i].date() for i in backups_to_keep(created, now, **limits))


def test_sixty_daily_backups_keep_the_last_seven_days_and_four_older_weeks() -> None:
    created = [datetime(2026, 3, 31, 10, tzinfo=UTC) - timedelta(days=d) for d in range(60)]
    # daily: 25..31 March; weekly: the Sundays ending the four weeks before (the two newest weeks' Sundays
    # 29 March and 5 April... are either kept already by the daily rule or not reached yet)
    assert kept_days(created) == [date(2026, 3, 1), date(2026, 3, 8), date(2026, 3, 15), date(2026, 3, 22)] + [
        date(2026, 3, d) for d in range(25, 32)
    ]


def test_the_newest_backup_of_each_day_is_the_one_kept() -> None:
    day = datetime(2026, 3, 30, tzinfo=UTC)
    created = [day + timedelta(hours=h) for h in (8, 12, 18)] + [day - timedelta(days=1, hours=-9)]
    keep = backups_to_keep(created, NOW)
    assert keep == {2, 3}


def test_a_store_used_rarely_keeps_its_backups_however_old() -> None:
    created = [datetime(2025, 1, 5, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC), datetime(2026, 1, 2, tzinfo=UTC)]
    assert backups_to_keep(created, NOW) == {0, 1, 2}


def test_backups_dated_in_the_future_are_kept_and_take_no_slot() -> None:
    future = [NOW + timedelta(days=d) for d in (1, 30)]
    past = [NOW - timedelta(days=d) for d in range(20)]
    keep = backups_to_keep(future + past, NOW)
    assert {0, 1} <= keep
    assert len(keep) == 2 + 7 + 2  # 20 days back: 7 daily, then two older ISO weeks


def test_limits_can_be_changed_and_zero_keeps_nothing() -> None:
    created = [NOW - timedelta(days=d) for d in range(30)]
    assert backups_to_keep(created, NOW, daily=0, weekly=0) == set()
    assert len(backups_to_keep(created, NOW, daily=3, weekly=0)) == 3
    assert backups_to_keep([], NOW) == set()


def test_days_are_the_users_days_not_utc_ones() -> None:
    paris = timezone(timedelta(hours=2))
    now = datetime(2026, 3, 31, 12, tzinfo=paris)
    # 23:30 UTC on 30 March is already 31 March in Paris: the same day as the 09:00 backup there
    late = datetime(2026, 3, 30, 23, 30, tzinfo=UTC)
    morning = datetime(2026, 3, 31, 9, tzinfo=paris)
    assert backups_to_keep([late, morning], now, daily=1, weekly=0) == {1}


def reference(created: list[datetime], now: datetime, daily: int = 7, weekly: int = 4) -> set[int]:
    """The policy written as its definition says, independently of the implementation."""
    future = {i for i, c in enumerate(created) if c > now}
    past = [i for i in range(len(created)) if i not in future]

    def newest(indexes: list[int]) -> int:
        return max(indexes, key=lambda i: created[i])

    days = sorted({created[i].date() for i in past}, reverse=True)[:daily]
    kept_daily = {newest([i for i in past if created[i].date() == d]) for d in days}
    weeks = sorted({created[i].isocalendar()[:2] for i in past}, reverse=True)
    kept_weekly: set[int] = set()
    for week in weeks:
        if len(kept_weekly) == weekly:
            break
        candidate = newest([i for i in past if created[i].isocalendar()[:2] == week])
        if candidate not in kept_daily:
            kept_weekly.add(candidate)
    return future | kept_daily | kept_weekly


def test_every_subset_of_a_calendar_matches_the_definition() -> None:
    # 12 backup times spread over seven weeks, some on the same day or week: all 4096 subsets.
    base = datetime(2026, 3, 31, 11, tzinfo=UTC)
    pool = [base - timedelta(days=d, hours=h) for d, h in
            ((0, 0), (0, 3), (1, 0), (3, 0), (6, 0), (9, 0), (13, 0), (16, 2), (20, 0), (27, 0), (34, 0), (48, 0))]
    for size in range(len(pool) + 1):
        for subset in combinations(pool, size):
            created = list(subset)
            keep = backups_to_keep(created, NOW, daily=3, weekly=2)
            assert keep == reference(created, NOW, daily=3, weekly=2), created


moments = st.lists(
    st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 4, 10)).map(lambda d: d.replace(tzinfo=UTC)),
    max_size=40,
)


@settings(derandomize=True, max_examples=150, deadline=None)
@given(moments, st.integers(0, 10), st.integers(0, 6))
def test_rotation_properties(created: list[datetime], daily: int, weekly: int) -> None:
    keep = backups_to_keep(created, NOW, daily=daily, weekly=weekly)
    past = [i for i, c in enumerate(created) if c <= NOW]
    assert keep == reference(created, NOW, daily, weekly)
    assert len(keep - set(past)) == len(created) - len(past)  # the future is kept
    assert len(keep & set(past)) <= daily + weekly
    if past and daily:  # the newest backup always survives (ties: one of the equal ones)
        assert any(created[i] == max(created[j] for j in past) for i in keep)
    # Stable: rotating what was kept keeps all of it (a second rotation deletes nothing more).
    survivors = [created[i] for i in sorted(keep)]
    assert backups_to_keep(survivors, NOW, daily=daily, weekly=weekly) == set(range(len(survivors)))


def test_a_daily_backup_is_due_once_a_day_and_only_after_changes() -> None:
    yesterday = NOW - timedelta(days=1)
    assert daily_backup_due(None, None, NOW) is False  # nothing ever written
    assert daily_backup_due(None, yesterday, NOW) is True  # never backed up
    assert daily_backup_due(yesterday, NOW - timedelta(hours=1), NOW) is True
    assert daily_backup_due(yesterday, yesterday - timedelta(hours=1), NOW) is False  # unchanged since
    assert daily_backup_due(NOW - timedelta(hours=3), NOW - timedelta(hours=1), NOW) is False  # today's exists
    naive_now = datetime(2026, 3, 31, 12)
    assert daily_backup_due(datetime(2026, 3, 30, 9), datetime(2026, 3, 31, 8), naive_now) is True


@pytest.mark.parametrize(
    ("today", "years", "expected"),
    [(date(2026, 3, 31), 5, date(2021, 3, 31)), (date(2024, 2, 29), 1, date(2023, 2, 28)),
     (date(2024, 2, 29), 4, date(2020, 2, 29)), (date(2026, 1, 1), 0, date(2026, 1, 1))],
)
def test_retention_cutoff(today: date, years: int, expected: date) -> None:
    assert retention_cutoff(today, years) == expected


def test_a_negative_retention_is_refused() -> None:
    with pytest.raises(ValueError):
        retention_cutoff(date(2026, 1, 1), -1)
