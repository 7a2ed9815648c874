"""Importing a 50k-row organizations sheet, against the time python-calamine alone takes to read it.

Goal: plan + apply into an empty store in at most 2.5x the calamine read time.

    .venv/bin/python benchmarks/bench_import.py [--rows N] [--profile]

The workbook (realistic names, countries, websites, VAT numbers, figures, sectors) is generated with openpyxl's
write-only mode into ./bench-data and reused; each run imports it into a fresh store in a temporary folder and
prints the time of each step (read, clean + match, write), then the ratio against the goal.

It also prints the floor the goal has to be read against: the rows the import wrote (records, full-text index,
import refs, change log) written again into an empty store with plain sqlite3 from ready Python tuples, no
cleaning, matching or bookkeeping at all. read + floor is the least any import into this store can take.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from benchmarks.common import data_path
from magia_desk.services.exchange.importer import apply_import, plan_import
from magia_desk.services.exchange.schema import SHEET_BY_NAME
from magia_desk.storage.search import fts_fill_sql
from magia_desk.storage.store import open_store

GOAL_RATIO = 2.5
SYLLABLES = ("bio", "med", "nova", "gen", "tech", "vita", "cura", "lab", "neo", "sano", "thera", "cell", "onco",
             "derm", "cardi", "neuro", "ortho", "pharm", "diag", "lumi", "axo", "zen", "quant", "synth", "immu")
WORDS = ("Devices", "Diagnostics", "Therapeutics", "Imaging", "Robotics", "Solutions", "Systems", "Labs",
         "Medical", "Health", "Pharma", "Bioscience", "Instruments", "Analytics", "Care")
FORMS = {"IT": "S.r.l.", "FR": "SAS", "DE": "GmbH", "BE": "SA", "NL": "B.V.", "ES": "S.L.", "CN": "Co., Ltd.",
         "US": "Inc."}
COUNTRIES = ("IT", "IT", "IT", "FR", "FR", "DE", "DE", "BE", "BE", "NL", "ES", "US", "CN")
REGIONS = {"IT": "Piemonte", "FR": "Auvergne-Rhône-Alpes", "DE": "Hamburg", "BE": "Wallonie"}
SECTORS = ("medtech", "diagnostics", "digital health", "biotech", "pharma", "AI", "imaging", "nutrition")


def generate(path: Path, rows: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    spec = SHEET_BY_NAME["Organizations"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Organizations")
    ws.append(spec.names)
    for index in range(rows):
        country = rnd.choice(COUNTRIES)
        stem = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 3))).capitalize()
        name = f"{stem} {rnd.choice(WORDS)} {FORMS.get(country, '')}".strip()
        employees = rnd.choice([None, rnd.randint(1, 9), rnd.randint(10, 49), rnd.randint(50, 400)])
        ws.append([
            f"B{index:06d}", name, rnd.choice(["sme", "sme", "sme", "large_company", "research", "hospital"]),
            country, REGIONS.get(country), rnd.choice(["Torino", "Lyon", "Hamburg", "Liège", "Milano", None]),
            f"https://www.{stem.lower()}{index}.example.com", f"{country}{rnd.randint(10**9, 10**10 - 1)}",
            employees, round(rnd.uniform(0.1, 60), 2) if employees else None,
            round(rnd.uniform(0.1, 50), 2) if employees and rnd.random() < 0.5 else None,
            "; ".join(rnd.sample(SECTORS, rnd.randint(1, 3))), rnd.choice([None, "ISO 13485", "CE/MDR; ISO 13485"]),
            None, "no", rnd.choice([None, "Met at MEDICA", "Member since 2019", None]),
        ])
    wb.save(path)


def read_with_calamine(path: Path) -> int:
    with CalamineWorkbook.from_path(str(path)) as workbook:
        return len(workbook.get_sheet_by_name("Organizations").to_python())


# What the import writes, as (label, table, rows of it); refs and their change rows apart, to see their share.
FLOOR_PARTS = (
    ("records", "organization", ""),
    ("import refs", "external_ref", ""),
    ("change log", "change", "WHERE table_name <> 'external_ref'"),
    ("refs' change log", "change", "WHERE table_name = 'external_ref'"),
)


def write_floor(imported: Path, empty: Path) -> dict[str, float]:
    """Seconds plain sqlite3 takes to write the imported rows again into `empty` (a new store), step by step."""
    with sqlite3.connect(imported) as source:
        rows = {label: source.execute(f"SELECT * FROM {table} {where}").fetchall()
                for label, table, where in FLOOR_PARTS}
    target = sqlite3.connect(empty, isolation_level=None)
    target.execute("PRAGMA synchronous=NORMAL")
    target.execute("PRAGMA cache_size=-65536")  # as the store sets it
    times: dict[str, float] = {}
    mark = time.perf_counter()

    def lap(label: str) -> None:
        nonlocal mark
        now = time.perf_counter()
        times[label], mark = now - mark, now

    target.execute("BEGIN")
    target.execute("DROP TRIGGER organization_fts_insert")  # indexed in one statement below, as bulk_create does
    for label, table, _ in FLOOR_PARTS:
        for first in range(0, len(rows[label]), 1000):
            page = rows[label][first:first + 1000]
            row_marks = "(" + ", ".join("?" * len(page[0])) + ")"
            target.execute(f"INSERT INTO {table} VALUES " + ", ".join([row_marks] * len(page)),
                           [value for row in page for value in row])
        lap(label)
        if table == "organization":
            target.execute(fts_fill_sql(table))
            lap("full-text index")
    target.execute("COMMIT")
    lap("commit")
    target.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions of the import")
    args = parser.parse_args()
    path = data_path(f"organizations-{args.rows}.xlsx")
    if not path.exists():
        start = time.perf_counter()
        generate(path, args.rows)
        print(f"generated {path} in {time.perf_counter() - start:.1f} s")
    read_times = []
    for _ in range(3):
        start = time.perf_counter()
        count = read_with_calamine(path)
        read_times.append(time.perf_counter() - start)
    read = min(read_times)
    print(f"python-calamine read of {count - 1:,} rows: {read:.2f} s (best of 3)")
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.sqlite") as store:
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        start = time.perf_counter()
        plan = plan_import(store, path)
        planned = time.perf_counter()
        if plan.problems:
            print(f"unexpected problems: {plan.problems[:5]}")
            return 1
        summary = apply_import(store, plan)
        done = time.perf_counter()
        if profiler:
            profiler.disable()
        store.close()
        with open_store(Path(tmp) / "empty.sqlite"):
            pass
        floor = write_floor(Path(tmp) / "bench.sqlite", Path(tmp) / "empty.sqlite")
    total = done - start
    ratio = total / read
    print(f"plan (read, clean, match):  {planned - start:6.2f} s")
    print(f"apply (write, one transaction): {done - planned:6.2f} s "
          f"({summary.sheets['Organizations'].created:,} created)")
    print(f"import total: {total:.2f} s = {ratio:.2f}x the calamine read (goal <= {GOAL_RATIO}x): "
          f"{'OK' if ratio <= GOAL_RATIO else 'OVER'}")
    floor_total = sum(floor.values())
    print(f"floor: the same rows written by plain sqlite3, nothing else: {floor_total:.2f} s "
          f"({', '.join(f'{name} {seconds:.2f}' for name, seconds in floor.items())})")
    refs = floor["import refs"] + floor["refs' change log"]
    print(f"read + floor: {(read + floor_total) / read:.2f}x the calamine read; without the import refs "
          f"{(read + floor_total - refs) / read:.2f}x, and without the full-text index too "
          f"{(read + floor_total - refs - floor['full-text index']) / read:.2f}x")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
