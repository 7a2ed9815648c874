"""Hybrid logical clock (Kulkarni et al.), the order of every change across laptops (see sync.md)."""

from __future__ import annotations

import time
from dataclasses import dataclass

# A clock further ahead of our wall time than this is a laptop with a wrong date: clamp it.
MAX_DRIFT_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Timestamp:
    millis: int
    counter: int
    site_id: str

    def encode(self) -> str:
        """Sortable text: comparing encodings compares (millis, counter, site_id)."""
        return f"{self.millis:013d}-{self.counter:05d}-{self.site_id}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        millis, counter, site = text.split("-", 2)
        return cls(int(millis), int(counter), site)


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, site_id: str, last: Timestamp | None = None, now=wall_millis) -> None:
        self.site_id = site_id
        self._now = now
        self._millis = last.millis if last else 0
        self._counter = last.counter if last else 0

    def tick(self) -> Timestamp:
        """A local change."""
        previous = self._millis
        self._millis = max(previous, self._now())
        self._counter = self._counter + 1 if self._millis == previous else 0
        return Timestamp(self._millis, self._counter, self.site_id)

    def receive(self, remote: Timestamp) -> tuple[Timestamp, bool]:
        """Merge a remote clock. Returns the new local clock and whether the remote one was clamped."""
        now = self._now()
        remote_millis, clamped = remote.millis, False
        if remote_millis > now + MAX_DRIFT_MS:
            remote_millis, clamped = now + MAX_DRIFT_MS, True
        previous = self._millis
        self._millis = max(previous, remote_millis, now)
        if self._millis == previous == remote_millis:
            self._counter = max(self._counter, remote.counter) + 1
        elif self._millis == previous:
            self._counter += 1
        elif self._millis == remote_millis:
            self._counter = remote.counter + 1
        else:
            self._counter = 0
        return Timestamp(self._millis, self._counter, self.site_id), clamped
