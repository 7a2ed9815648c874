"""Reading an exchange workbook (xlsx, xlsm, xls, ods through python-calamine) or one sheet as csv.

Forgiving about form: headers match whatever their case, spaces, '-' or '_'; blank rows are skipped; text is
trimmed; a value in merged cells counts for every row of the merge; formulas count by their cached value;
dates may be date cells or text. A file of one sheet (csv, or a workbook whose only sheet has another name)
is recognised as organizations or contacts by its headers. Structural problems (a required column missing, a
column twice, an unreadable file) are reported, never raised.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from magia_desk.services.exchange.plan import Problem
from magia_desk.services.exchange.schema import (
    CONTACTS,
    ORGANIZATIONS,
    SHEET_BY_NAME,
    SheetSpec,
    column_lookup,
    header_key,
    sheet_for_title,
)

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
CSV_DELIMITERS = (",", ";", "\t", "|")
IGNORED_SHEETS = frozenset({"notes", "readme", "instructions", "lists"})


@dataclass
class SheetRows:
    spec: SheetSpec
    title: str  # as the file names it
    header_row: int
    columns: list[str]  # the spec's columns present, in file order
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, column -> value)


@dataclass
class WorkbookRows:
    path: Path
    sheets: dict[str, SheetRows] = field(default_factory=dict)  # by the spec's sheet name
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def read_workbook(path: str | Path) -> WorkbookRows:
    source = Path(path)
    result = WorkbookRows(source)
    try:
        grids = _read_csv(source) if source.suffix.lower() in CSV_SUFFIXES else _read_spreadsheet(source, result)
    except Exception as exc:  # any failure of the readers is a problem with the file, reported as such
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        result.problems.append(Problem(source.name, None, None, None, f"cannot be read as a spreadsheet ({detail})"))
        return result
    non_empty = [(title, grid) for title, grid in grids if _header_index(grid) is not None]
    for title, grid in non_empty:
        spec = sheet_for_title(title)
        if spec is None and header_key(title) in IGNORED_SHEETS:
            continue
        if spec is None:
            if len(non_empty) == 1:
                spec = _recognise(grid)
            if spec is None:
                message = ("is not a sheet of the exchange workbook (expected Organizations, Contacts, Actions, "
                           "Participations, Meetings, Agreements, ReportingPeriods or KpiTargets)")
                (result.problems if len(non_empty) == 1 else result.warnings).append(
                    Problem(title, None, None, None, message + ("" if len(non_empty) == 1 else "; ignored")))
                continue
        if spec.name in result.sheets:
            result.problems.append(Problem(title, None, None, None, f"a second {spec.name} sheet; keep one"))
            continue
        result.sheets[spec.name] = _to_rows(spec, title, grid, result)
    if not result.sheets and not result.problems:
        result.problems.append(Problem(source.name, None, None, None, "holds no sheet of the exchange workbook"))
    return result


# ---- files -> grids (lists of rows of cell values, row 1 first) -------------------------------------------


def _read_spreadsheet(path: Path, result: WorkbookRows) -> list[tuple[str, list[list[Any]]]]:
    grids = []
    with CalamineWorkbook.from_path(str(path)) as workbook:
        for name in workbook.sheet_names:
            try:
                sheet = workbook.get_sheet_by_name(name)
                # skip_empty_area=False: row i of the grid is spreadsheet row i + 1, so problems name the real row.
                grid = [list(row) for row in sheet.to_python(skip_empty_area=False)]
                merged = sheet.merged_cell_ranges or []
            except Exception as exc:  # a chart sheet, a damaged sheet: the others may still be fine
                known = sheet_for_title(name) is not None
                (result.problems if known else result.warnings).append(
                    Problem(name, None, None, None, f"cannot be read ({exc}){'' if known else '; ignored'}"))
                continue
            _fill_merged(grid, merged)
            grids.append((name, grid))
    return grids


def _fill_merged(grid: list[list[Any]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """A value typed once over merged rows holds for each of them (e.g. one organization for three people).

    Only the merge's first column is filled: a merge across columns is layout, not several values.
    """
    for (top, left), (bottom, _right) in ranges:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for row in range(top + 1, min(bottom, len(grid) - 1) + 1):
            cells = grid[row]
            if len(cells) <= left:
                cells.extend([""] * (left + 1 - len(cells)))
            if cells[left] in ("", None):
                cells[left] = value


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # what Excel writes as "CSV" on Western European Windows
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # never fails: the 5 bytes cp1252 leaves undefined


def _sniff_delimiter(text: str) -> str:
    """The delimiter among , ; tab | that splits the header line most often (outside quotes)."""
    line = next((candidate for candidate in text.splitlines() if candidate.strip()), "")
    counts = dict.fromkeys(CSV_DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path) -> list[tuple[str, list[list[Any]]]]:
    text = _decode(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    return [(path.stem, [list(row) for row in reader])]


# ---- grid -> rows of named columns ------------------------------------------------------------------------


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _header_index(grid: list[list[Any]]) -> int | None:
    for index, row in enumerate(grid):
        if any(not _blank(v) for v in row):
            return index
    return None


def _recognise(grid: list[list[Any]]) -> SheetSpec | None:
    """Organizations or contacts, from the headers of a lone sheet: the one whose required columns are there."""
    index = _header_index(grid)
    keys = {header_key(v) for v in grid[index]} if index is not None else set()
    best: tuple[int, SheetSpec] | None = None
    for name in (CONTACTS, ORGANIZATIONS):  # contacts first: both have a 'country', only people have names split
        spec = SHEET_BY_NAME[name]
        lookup = column_lookup(spec)
        present = {lookup[k] for k in keys if k in lookup}
        if {c for c in spec.required if c != "ref"} <= present:
            score = len(present)
            if best is None or score > best[0]:
                best = (score, spec)
    return best[1] if best else None


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _to_rows(spec: SheetSpec, title: str, grid: list[list[Any]], result: WorkbookRows) -> SheetRows:
    header_index = _header_index(grid) or 0  # callers pass non-empty grids only
    header_row = header_index + 1
    lookup = column_lookup(spec)
    positions: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for position, cell in enumerate(grid[header_index]):
        if _blank(cell):
            continue
        name = lookup.get(header_key(cell))
        if name is None:
            result.warnings.append(Problem(spec.name, header_row, str(cell).strip(), None,
                                           "unknown column; ignored"))
            continue
        if name in seen:
            result.problems.append(Problem(spec.name, header_row, name, str(cell).strip(),
                                           f"column given twice (also column {seen[name] + 1})"))
            continue
        seen[name] = position
        positions.append((position, name))
    missing = [name for name in spec.required if name not in seen]
    for name in missing:
        result.problems.append(Problem(spec.name, header_row, name, None, "required column is missing"))
    sheet = SheetRows(spec, title, header_row, [name for _, name in positions])
    width = max((p for p, _ in positions), default=-1) + 1
    for index in range(header_index + 1, len(grid)):
        cells = grid[index]
        if len(cells) < width:
            cells = cells + [None] * (width - len(cells))
        values = {name: _clean(cells[position]) for position, name in positions}
        if all(v is None for v in values.values()):
            continue  # a blank row, or one with text only in ignored columns
        sheet.rows.append((index + 1, values))
    return sheet
