"""The Organizations sheet is cleaned column by column, over chunks of rows, for speed; it must give exactly what
clean_organization gives row by row: the same values (types and order included), links, refs, labels, and the
same problems (sheet, row, column, value, message) in the same order.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from magia_desk.domain.contact_rules import normalise_website, split_list
from magia_desk.domain.errors import RecordInvalid, ValidationError
from magia_desk.domain.records import clean_organization
from magia_desk.services.exchange.cleaning import ORGANIZATION_RULES, _cell, _website, as_text, clean_sheet
from magia_desk.services.exchange.plan import PlannedRow, Problem
from magia_desk.services.exchange.reader import SheetRows
from magia_desk.services.exchange.schema import ORGANIZATIONS, SHEET_BY_NAME

SPEC = SHEET_BY_NAME[ORGANIZATIONS]
REQUIRED = ("name", "kind", "country")
REPEATED = ("kind", "country", "region", "city", "sectors", "certifications", "is_consortium_partner")
SINGLE = ("name", "vat_number", "website", "employees", "turnover_meur", "balance_sheet_meur", "notes")

# Cells as a workbook or a hand-made sheet may give them: good, bad, blank, padded, typed or not.
CELLS: dict[str, list[Any]] = {
    "ref": [None, "o1", "  o2 ", 12, 12.0, 3.5, True, "Réf-1"],
    "name": [None, "", "   ", "Acme", " Acme  Medical ", "北京生物科技有限公司", "Société Générale d'Imagerie",
             "x" * 300, "y" * 301, 42, 42.0, True, datetime(2024, 1, 2, 3, 4), date(2024, 1, 2), "Acme\tMed\nical",
             -0.0],
    "kind": [None, "sme", "SME", " Cluster ", "spaceship", "large company", 1, True, "", "hospital"],
    "country": [None, "IT", "it", "Italy", "Narnia", "Belgique", "  fr ", "UK", 33, "", "China", "Österreich"],
    "region": [None, "Piemonte", "r" * 201, "", "  Île-de-France  ", 5.5],
    "city": [None, "Torino", "Liège", "c" * 201, 1000, "  São   Paulo "],
    "website": [None, "", "biowin.org", "https://www.biowin.org/about", "HTTPS://WWW.BIOWIN.ORG", "http://a.b.co:8080/x",
                "??", "not a site", "www.com", "https://", "bücher.de", "a.com\n/x", "  spaced.org  ",
                "httpſ://example.com", "https://-bad-.com", "WWW.Example.COM", 12, 3.5, True, "http://localhost",
                "a" * 64 + ".com", "a" * 63 + ".com", "https//a.com"],
    "vat_number": [None, "IT123", "it 111 222", "v" * 51, "v" * 50, 12345678901, 1.5, "  FR  99 ", ""],
    "employees": [None, 0, -0.0, 0.0, 1, 1.0, True, False, 5, 5.0, -1, -1.0, 2.5, "12", " 12 ", "1 200", "1,0", "many",
                  "", math.nan, math.inf, -3, 10**6, datetime(2024, 1, 1), "  "],
    "turnover_meur": [None, 0, 0.0, -0.0, 3.5, "3,5", " 3.5 ", "1e3", "abc", -1, -1.0, "-1", 1e7, 1e7 + 1, math.nan,
                      math.inf, True, 7, 7.0, "", datetime(2024, 1, 1)],
    "balance_sheet_meur": [None, 0.0, -0.0, 2.25, "2,25", "x", -5.5, 12, 12.0],
    "sectors": [None, "medtech", "medtech; AI", "a;;b; A ;c", "", 3, "Medtech;medtech"],
    "certifications": [None, "ISO 13485", "CE/MDR; ISO 13485", ";", True],
    "member_of": [None, "o1", "o1; o2", " o1 ;; O1 ", 7, ""],
    "is_consortium_partner": [None, "yes", "no", "YES", "oui", "maybe", True, False, 1, 0, "", 2],
    "notes": [None, "", "   ", "Met at MEDICA", "  trailing  ", 12, 12.5, True, datetime(2024, 5, 6, 7, 8, 9)],
}
# Columns of numbers all of one type, where equal cells share one cleaning.
NUMBERS: dict[str, list[Any]] = {
    "floats": [1.0, 5.0, 7.0, -1.0, 2.5, math.nan, math.inf, None],
    "ints": [1, 5, 7, -1, -3, None, 10**20],
    "mixed": [1, 1.0, True, -1, -1.0, 2, 2.0, None],
}


def _same(value: Any) -> Any:
    """A value with its types spelled out (1 is not 1.0, -0.0 is not 0.0), dicts in their order."""
    if isinstance(value, dict):
        return ("dict", [(key, _same(item)) for key, item in value.items()])
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_same(item) for item in value])
    return (type(value).__name__, repr(value))


def _rows(planned: list[PlannedRow]) -> list[Any]:
    return [(p.sheet, p.row, p.ref, _same(p.label), _same(p.values), _same(p.links)) for p in planned]


def _problems(problems: list[Problem]) -> list[Any]:
    return [(p.sheet, p.row, p.column, _same(p.value), str(p.message), type(p.message).__name__,
             getattr(p.message, "template", None), _same(getattr(p.message, "params", None))) for p in problems]


def _row_by_row(sheet: SheetRows) -> tuple[list[PlannedRow], list[Problem]]:
    """clean_organization on each row: the repeated columns, then the others (how the importer cleaned rows)."""
    present = set(sheet.columns)
    planned: list[PlannedRow] = []
    problems: list[Problem] = []
    for row, raw in sheet.rows:
        ref = as_text(raw.get("ref"))
        if ref is None and "ref" in present:
            problems.append(Problem(ORGANIZATIONS, row, "ref", None, "is required"))
        for column in REQUIRED:
            if column in present and raw.get(column) is None:
                problems.append(Problem(ORGANIZATIONS, row, column, None, "is required"))
        values: dict[str, Any] = {}
        for columns in (REPEATED, SINGLE):
            data = {c: _cell(c, raw[c]) for c in columns if c in raw and not (raw[c] is None and c in REQUIRED)}
            try:
                values |= clean_organization(data, partial=True)
            except RecordInvalid as exc:
                problems += [Problem(ORGANIZATIONS, row, e.field, as_text(raw[e.field]), e.message) for e in exc.errors]
                failed = {e.field for e in exc.errors}
                values |= clean_organization({k: v for k, v in data.items() if k not in failed}, partial=True)
        links = {"member_of": split_list(as_text(raw.get("member_of")))} if "member_of" in present else {}
        label = values.get("name") or as_text(raw.get("name")) or ref or f"row {row}"
        planned.append(PlannedRow(ORGANIZATIONS, row, ref, str(label), values, links))
    return planned, problems


def _assert_same(sheet: SheetRows) -> None:
    expected, expected_problems = _row_by_row(sheet)
    problems: list[Problem] = [Problem("Contacts", 9, None, None, "already there")]
    planned = clean_sheet(sheet, problems)
    assert problems[0].sheet == "Contacts"
    assert _rows(planned) == _rows(expected)
    assert _problems(problems[1:]) == _problems(expected_problems)


def _random_rows(seed: int, count: int, columns: list[str], drop: float = 0.0,
                 pools: dict[str, list[Any]] = CELLS) -> list[tuple[int, dict[str, Any]]]:
    rnd = random.Random(seed)
    return [(number, {c: rnd.choice(pools[c]) for c in columns if not (drop and rnd.random() < drop)})
            for number in range(2, count + 2)]


@pytest.mark.parametrize("column", [rule[0] for rule in ORGANIZATION_RULES])
def test_each_column_rule_is_the_one_clean_organization_applies(column: str) -> None:
    rule, args = next((rule, args) for name, rule, args, _ in ORGANIZATION_RULES if name == column)
    for cell in CELLS[column] + ["  ", "\u00a0x\u00a0", "é" * 301]:
        value = _cell(column, cell)
        try:
            expected: Any = ("ok", _same(clean_organization({column: value}, partial=True)[column]))
        except RecordInvalid as exc:
            expected = ("refused", exc.errors[0].field, str(exc.errors[0].message), exc.errors[0].template)
        try:
            got: Any = ("ok", _same(rule(value, *args)))
        except ValidationError as exc:
            got = ("refused", exc.field, str(exc.message), exc.template)
        assert got == expected, (column, cell)


WEB_TEXT = st.text(st.sampled_from("aAzZ09-._/:?#@ \t\nwWhHtTpPsS\u017fé"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.one_of(WEB_TEXT, st.builds(lambda scheme, rest: scheme + rest,
                                     st.sampled_from(["http://", "HTTPS://", "https://www.", "Http://", "www."]),
                                     WEB_TEXT)))
def test_website_shortcut_is_normalise_website(text: str) -> None:
    try:
        expected: Any = normalise_website(text)
    except ValidationError as exc:
        expected = str(exc.message)
    try:
        got: Any = _website(text)
    except ValidationError as exc:
        got = str(exc.message)
    assert got == expected


def test_hand_made_rows_give_the_same_values_and_problems() -> None:
    rows: list[dict[str, Any]] = [
        {"ref": "h1", "name": "Good Co", "kind": "sme", "country": "IT", "employees": "many", "turnover_meur": -2.0,
         "balance_sheet_meur": "x", "website": "??", "vat_number": "v" * 60},
        {"ref": None, "name": None, "kind": None, "country": None},
        {"ref": "h3", "name": "  Spaced   Name  ", "kind": "SME", "country": "Italy", "employees": "12",
         "turnover_meur": "3,5"},
        {"ref": "h4", "name": "北京生物科技有限公司", "kind": "distributor", "country": "China", "notes": "  x  "},
        {"ref": "h5", "name": "Ünïcödé GmbH", "kind": "spaceship", "country": "Narnia", "website": "https://bücher.de"},
        {"ref": "h6", "name": "   ", "kind": "sme", "country": "IT", "is_consortium_partner": "maybe",
         "sectors": "a;;b"},
        {"ref": "h7", "name": 12.0, "kind": "sme", "country": "FR", "employees": -0.0, "turnover_meur": -0.0},
    ]
    _assert_same(SheetRows(SPEC, ORGANIZATIONS, 1, SPEC.names, [(n + 2, row) for n, row in enumerate(rows)]))


@pytest.mark.parametrize("seed", range(4))
def test_random_rows_give_the_same_values_and_problems(seed: int) -> None:
    rnd = random.Random(seed)
    columns = list(SPEC.names)
    if seed % 2:
        rnd.shuffle(columns)
        columns = columns[:rnd.randint(3, len(columns))]
    header = columns[:-2] if seed == 2 else columns  # rows with cells in columns the header does not name
    rows = _random_rows(seed, 1500, columns, drop=0.15 if seed >= 2 else 0.0)  # more than one chunk
    _assert_same(SheetRows(SPEC, ORGANIZATIONS, 1, header, rows))


@pytest.mark.parametrize("kind", NUMBERS)
def test_columns_of_numbers_give_the_same_values_and_problems(kind: str) -> None:
    columns = ["employees", "turnover_meur", "balance_sheet_meur"]
    pools = dict.fromkeys(columns, NUMBERS[kind])
    rows = [(number, {"ref": f"r{number}", "name": "N", "kind": "sme", "country": "IT", **raw})
            for number, raw in _random_rows(len(kind), 1200, columns, pools=pools)]
    _assert_same(SheetRows(SPEC, ORGANIZATIONS, 1, ["ref", "name", "kind", "country", *columns], rows))


def test_empty_sheets_and_rows() -> None:
    _assert_same(SheetRows(SPEC, ORGANIZATIONS, 1, SPEC.names, []))
    _assert_same(SheetRows(SPEC, ORGANIZATIONS, 1, SPEC.names, [(2, {})]))
