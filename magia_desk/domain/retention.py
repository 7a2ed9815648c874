"""How long things are kept: which automatic backups survive a rotation, when a backup is due, retention cut-offs.

Pure functions on datetimes, no files: `storage.snapshots` applies them to the backups folder, `services.gdpr` to
contacts. Backup times are compared in the time zone of `now` (a naive `now` means every time given is naive
local time), because "one backup a day" is about the user's calendar days, not UTC ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

DAILY_KEPT = 7
WEEKLY_KEPT = 4


def _in_frame(moment: datetime, now: datetime) -> datetime:
    """`moment` seen in the time zone of `now`: a naive `now` is local time, a naive `moment` is in now's zone."""
    if now.tzinfo is None:
        return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=now.tzinfo)
    return moment.astimezone(now.tzinfo)


def backups_to_keep(
    created: Sequence[datetime], now: datetime, *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> set[int]:
    """Indexes (into `created`) of the automatic backups a rotation keeps; the others may be deleted.

    The rule is borg's "prune" (well known, and stable: rotating the kept set again keeps all of it):
    - daily: walking from the newest, the newest backup of each of the last `daily` calendar days that have one;
    - weekly: walking from the newest again, the newest backup of each ISO week, when not already kept by the
      daily rule, until `weekly` more are kept (a week whose newest is already kept adds nothing);
    - a backup dated after `now` (a clock that was wrong) is always kept: we cannot tell how old it is.
    Days that have no backup (laptop off, store not used) do not count, so a store left alone keeps its history.
    """
    local = [_in_frame(moment, now) for moment in created]
    frame_now = _in_frame(now, now)
    keep = {i for i, moment in enumerate(local) if moment > frame_now}
    past = sorted((i for i in range(len(local)) if i not in keep), key=lambda i: local[i], reverse=True)
    for count, period in ((daily, _day), (weekly, _iso_week)):
        kept = 0
        last: tuple[int, ...] | None = None
        for i in past:
            if kept >= count:
                break
            bucket = period(local[i])
            if bucket == last:
                continue  # an older backup of a period already looked at
            last = bucket
            if i not in keep:
                keep.add(i)
                kept += 1
    return keep


def _day(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month, moment.day)


def _iso_week(moment: datetime) -> tuple[int, ...]:
    iso = moment.isocalendar()
    return (iso.year, iso.week)


def daily_backup_due(last_backup: datetime | None, last_change: datetime | None, now: datetime) -> bool:
    """Whether today's automatic backup should be made now.

    Due when the store holds a change that no backup holds yet (`last_change` after `last_backup`) and the
    newest backup is from an earlier calendar day. Nothing written ever (`last_change` None) means nothing to
    lose; an unchanged store makes no new backup, so idle days never push older, different backups out.
    """
    if last_change is None:
        return False
    if last_backup is None:
        return True
    if _in_frame(last_change, now) <= _in_frame(last_backup, now):
        return False
    return _in_frame(last_backup, now).date() < _in_frame(now, now).date()


def retention_cutoff(today: date, years: int) -> date:
    """The day `years` before `today` (29 February falls back to the 28th in a common year)."""
    if years < 0:
        raise ValueError("years must be zero or more")
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)
