"""Issue 3 goals on a scale-100 store (~60k organizations, ~200k contacts):
cold start to a shown main window (< 1.5 s), search keystroke p50/p95 (< 30 ms), peak RSS (< 400 MB).

A keystroke costs what the contacts list does for it: count the matches, fetch the first page of ids and
render its rows. Queries are real surnames and company words from the store, typed one letter at a time.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from benchmarks.common import data_path, percentile
from magia_desk.services import contacts
from magia_desk.services.contacts import ContactFilter
from magia_desk.storage.store import open_store

PAGE = 200


def ensure_store() -> Path:
    path = data_path("scale100.sqlite")
    if not path.exists():
        print("building the scale-100 demo store (a few minutes, once)...", flush=True)
        subprocess.run([sys.executable, "-m", "magia_desk", "--db", str(path), "demo", "--scale", "100"], check=True)
    return path


def cold_start(path: Path, runs: int = 3) -> tuple[float, float]:
    """(median seconds to a shown window, peak RSS MB) of the real app in a fresh process, offscreen."""
    env = dict(os.environ, MAGIA_DESK_EXIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "magia_desk", "--db", str(path)], env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        for line in proc.stdout:
            if "main window shown" in line:
                times.append(time.perf_counter() - start)
                break
        proc.wait(timeout=120)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return sorted(times)[len(times) // 2], peak_mb


def keystrokes(path: Path) -> list[float]:
    with open_store(path) as store:
        with store.read() as session:
            names = [r[0] for r in session.execute(text("SELECT last_name FROM contact WHERE deleted_at IS NULL"))]
        rng = random.Random(7)
        queries = [rng.choice(names) for _ in range(25)]
        timings = []
        for query in queries:
            for length in range(1, min(len(query), 6) + 1):
                flt = ContactFilter(text=query[:length])
                start = time.perf_counter()
                contacts.count_contacts(store, flt)
                ids = contacts.contact_ids(store, flt, limit=PAGE)
                contacts.contact_rows(store, ids[:50])  # the rows on screen
                timings.append(time.perf_counter() - start)
    return timings


def main() -> None:
    path = ensure_store()
    started, peak = cold_start(path)
    print(f"cold start to shown main window: {started * 1000:.0f} ms (goal 1500 ms, ratio {started / 1.5:.2f})")
    print(f"peak RSS of the app: {peak:.0f} MB (goal 400 MB, ratio {peak / 400:.2f})")
    times = keystrokes(path)
    p50, p95 = percentile(times, 50) * 1000, percentile(times, 95) * 1000
    print(f"search keystroke over contacts ({len(times)} keystrokes): p50 {p50:.1f} ms, p95 {p95:.1f} ms "
          f"(goal p95 30 ms, ratio {p95 / 30:.2f})")


if __name__ == "__main__":
    main()
