"""Shared by the benchmark scripts: where generated data is cached, and timing helpers."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

# Generated stores are big (hundreds of MB): kept out of the repository, reused between runs.
DATA_DIR = Path(os.environ.get("MAGIA_BENCH_DIR", Path(__file__).resolve().parents[1] / "bench-data"))


def data_path(name: str) -> Path:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    return DATA_DIR / name


def timed(func: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """(median, best) wall time in seconds over `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]
