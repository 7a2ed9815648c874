"""Properties over random workbooks: the importer answers with Problems, never an exception; a refused or
cancelled import leaves the store exactly as it was; importing a valid file twice changes nothing the second time.
"""

from __future__ import annotations

import csv
import itertools
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from magia_desk.services.common import Cancelled
from magia_desk.services.exchange import ImportRefused, Problem, apply_import, plan_import
from magia_desk.services.exchange.schema import SHEET_BY_NAME, SHEET_ORDER
from magia_desk.storage.store import Store

from .conftest import change_count, live_counts

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
_names = itertools.count()

# Text officers type, broken and not: accents, CJK, formula-like, separators, near-valid values.
TRICKY = ["", " ", "sme", "SME ", "Large Company", "cluster", "IT", "Italy", "Narnia", "yes", "x", "no", "maybe",
          "2024-02-30", "2024-05-01", "01/02/2023", "r1", "r2", "r3", "a1", "c1", "r1; r2", ";;", "=1+1",
          "=HYPERLINK(\"x\")", "+39 011 123", "@home", "-1", "1e400", "nan", "北京", "Zoë", "ß", "a@b.co", "bad@",
          "webinar", "trade show", "attendee", "RP1", "smes_reached", "signed", "mou", "\u00a0padded\u00a0"]
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=24)
cell = st.one_of(st.none(), st.sampled_from(TRICKY), text, st.integers(-3, 10**7),
                 st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9),
                 st.dates(date(1900, 1, 1), date(2100, 12, 31)), st.booleans(),
                 st.datetimes(datetime(2000, 1, 1), datetime(2030, 1, 1)))


@st.composite
def sheet_tables(draw: st.DrawFn) -> tuple[str, list[str], list[list[Any]]]:
    sheet = draw(st.sampled_from(SHEET_ORDER))
    names = SHEET_BY_NAME[sheet].names
    columns = draw(st.lists(st.sampled_from([*names, "Unknown", "NAME", "first-name"]), min_size=1, max_size=9))
    # Mostly keep the required columns, so that rows get past the header check and exercise the cleaning.
    if draw(st.booleans()):
        columns = list(dict.fromkeys([*SHEET_BY_NAME[sheet].required, *columns]))
    rows = draw(st.lists(st.lists(cell, min_size=len(columns), max_size=len(columns)), max_size=8))
    return sheet, columns, rows


def _write(tmp_path: Path, tables: list[tuple[str, list[str], list[list[Any]]]], as_csv: bool) -> Path:
    path = tmp_path / f"random-{next(_names)}.{'csv' if as_csv else 'xlsx'}"
    if as_csv:
        _, columns, rows = tables[0]
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter=";").writerows([columns, *[[("" if v is None else v) for v in r]
                                                                    for r in rows]])
        return path
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for index, (sheet, columns, rows) in enumerate(tables):
        ws = wb.create_sheet(sheet if index == 0 or sheet not in wb.sheetnames else f"{sheet} {index}")
        ws.append(columns)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


@SETTINGS
@given(tables=st.lists(sheet_tables(), min_size=1, max_size=3, unique_by=lambda t: t[0]), as_csv=st.booleans())
def test_random_workbooks_get_problems_never_exceptions_and_no_partial_import(
        store: Store, tmp_path: Path, tables: list[tuple[str, list[str], list[list[Any]]]], as_csv: bool) -> None:
    path = _write(tmp_path, tables, as_csv)
    before, counts = change_count(store), live_counts(store)
    plan = plan_import(store, path)
    assert all(isinstance(p, Problem) and isinstance(p.message, str) and str(p) for p in plan.problems)
    if plan.problems:
        with pytest.raises(ImportRefused):
            apply_import(store, plan)
        assert change_count(store) == before and live_counts(store) == counts
        return
    summary = apply_import(store, plan)
    assert sum(c.rows for c in summary.sheets.values()) == sum(len(rows) for rows in plan.rows.values())


valid_org = st.fixed_dictionaries({
    "name": st.text(st.characters(whitelist_categories=("L", "N", "Zs")), min_size=1, max_size=30).filter(str.strip),
    "kind": st.sampled_from(["sme", "SME", "research", "Large company", "cluster"]),
    "country": st.sampled_from(["IT", "Belgium", "fr", "China", "DE"]),
    "employees": st.one_of(st.none(), st.integers(0, 5000)),
    "turnover_meur": st.one_of(st.none(), st.floats(0, 900, allow_nan=False).map(lambda v: round(v, 3))),
    "sectors": st.sampled_from([None, "medtech", "medtech; AI", "ai;MEDTECH"]),
    "is_consortium_partner": st.sampled_from([None, "yes", "no", "x", True]),
    "website": st.sampled_from([None, "www.example.org", "https://acme.example.com"]),
})


@SETTINGS
@given(orgs=st.lists(valid_org, min_size=1, max_size=25), stop_after=st.integers(1, 12))
def test_cancel_at_any_point_writes_nothing_and_a_second_import_changes_nothing(
        store: Store, tmp_path: Path, orgs: list[dict[str, Any]], stop_after: int) -> None:
    columns = sorted(orgs[0])
    table = ("Organizations", ["ref", *columns], [[f"ref-{next(_names)}", *(org[c] for c in columns)] for org in orgs])
    path = _write(tmp_path, [table], as_csv=False)
    plan = plan_import(store, path)
    assert plan.problems == []
    before, counts = change_count(store), live_counts(store)
    calls = itertools.count(1)
    try:
        apply_import(store, plan, progress=lambda done, total: next(calls) < stop_after)
    except Cancelled:
        assert change_count(store) == before and live_counts(store) == counts
        apply_import(store, plan)
    after = change_count(store)
    again = apply_import(store, plan_import(store, path))
    assert change_count(store) == after
    assert again.sheets["Organizations"].unchanged + again.sheets["Organizations"].skipped == len(orgs)
