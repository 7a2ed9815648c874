"""Importing a 50k-row organizations sheet, against the time python-calamine alone takes to read it.

Goal: plan + apply into an empty store in at most 2.5x the calamine read time.

    .venv/bin/python benchmarks/bench_import.py [--rows N] [--profile]

The workbook (realistic names, countries, websites, VAT numbers, figures, sectors) is generated with openpyxl's
write-only mode into ./bench-data and reused; each run imports it into a fresh store in a temporary folder and
prints the time of each step (read, clean + match, write), then the ratio against the goal.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
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
    total = done - start
    ratio = total / read
    print(f"plan (read, clean, match):  {planned - start:6.2f} s")
    print(f"apply (write, one transaction): {done - planned:6.2f} s "
          f"({summary.sheets['Organizations'].created:,} created)")
    print(f"import total: {total:.2f} s = {ratio:.2f}x the calamine read (goal <= {GOAL_RATIO}x): "
          f"{'OK' if ratio <= GOAL_RATIO else 'OVER'}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
