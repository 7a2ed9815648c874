"""The periodic report as an Excel workbook: a cover sheet, then one sheet per table.

Every sheet is written in openpyxl's write-only mode (rows stream to the file, so a 50k-row annex costs
little memory) through `services.spreadsheet`: risky text never becomes a formula, dates are date cells,
numbers are numbers. Totals are written as values, not SUM formulas: a file nobody recalculates (a viewer,
a CSV conversion) shows the right figure too.

Sheet names, headings and labels are in the report's language. Numbers and dates stay numbers and dates; their
number formats carry the language's locale tag ([$-40C] for French...), so LibreOffice shows 1 234,5 and
15/05/2018 in a French report whatever the reader's own settings (Excel takes separators from the system).
Only integers of four digits or more get a format: smaller ones read the same in every language, and leaving
them plain keeps a 50k-row annex fast.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from magia_desk.services.common import Progress, report
from magia_desk.services.i18n import (
    N_,
    indicator_label,
    short_date_pattern,
    translate,
)
from magia_desk.services.reports.content import KPI_COLUMNS, ReportContent, Table, rows_text
from magia_desk.services.reports.files import replace_atomically
from magia_desk.services.spreadsheet import cell_value, header_cells, set_column_widths, width_for

TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
LABEL_FONT = Font(bold=True, color="5A6470")
TOTAL_FONT = Font(bold=True)
LEFT = Alignment(horizontal="left")
# Windows locale ids: the tag that makes a number format show the language's separators and month names.
LOCALE_TAGS = {"en": "[$-809]", "fr": "[$-40C]", "it": "[$-410]", "de": "[$-407]"}


@dataclass(frozen=True)
class NumberFormats:
    """The number formats of one report language."""

    integer: str
    decimal: str
    percent: str
    day: str
    moment: str

    @classmethod
    def of(cls, language: str) -> NumberFormats:
        tag = LOCALE_TAGS.get(language, "")
        day = short_date_pattern(language).replace("M", "m")
        return cls(f"{tag}#,##0", f"{tag}#,##0.0", f"{tag}0.0%", f"{tag}{day}", f"{tag}{day} hh:mm")
# Rows between two progress reports (and cancel checks) on large sheets.
CHUNK = 2000


def _styled(ws: Any, value: object, font: Font | None = None, number_format: str | None = None) -> Any:
    cell = cell_value(ws, value)
    if font is None and number_format is None:
        return cell
    if not isinstance(cell, Cell):
        cell = WriteOnlyCell(ws, value=cell)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _localised(ws: Any, formats: NumberFormats) -> Callable[[object], Any]:
    """`cell_value` with the language's formats for dates, decimals and integers of four digits or more."""

    def convert(value: object) -> Any:
        kind = type(value)
        if kind is str or value is None:
            return cell_value(ws, value)
        if isinstance(value, int) and kind is int:
            return value if -1000 < value < 1000 else _styled(ws, value, number_format=formats.integer)
        if kind is float:
            return _styled(ws, value, number_format=formats.decimal)
        if isinstance(value, datetime):
            return _styled(ws, value.replace(tzinfo=None), number_format=formats.moment)
        if isinstance(value, date):
            return _styled(ws, value, number_format=formats.day)
        return cell_value(ws, value)

    return convert


def _table_sheet(wb: Workbook, title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                 number_formats: NumberFormats, total_label: str, totals: Sequence[int] = (),
                 formats: dict[int, str] | None = None, progress: Progress | None = None, base: int = 0,
                 total_steps: int = 0) -> None:
    ws = wb.create_sheet(title)
    _print_setup(ws, landscape=True)
    # Widths, frozen header and filter must be set before the first row is streamed out.
    samples = rows[:200]
    # At most 45 characters a column: long titles and country lists are cut on screen, not the table on paper.
    set_column_widths(ws, [min(45.0, width_for(name, (r[i] for r in samples))) for i, name in enumerate(columns)])
    ws.freeze_panes = "A2"
    last = get_column_letter(max(1, len(columns)))
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    ws.append(header_cells(ws, columns))
    formats = formats or {}
    convert = _localised(ws, number_formats)
    # Only columns with a number format of their own need cell objects in every row (fast path for the rest).
    for index, row in enumerate(rows):
        if formats:
            ws.append([_styled(ws, v, number_format=formats.get(i)) if i in formats and v is not None
                       else convert(v) for i, v in enumerate(row)])
        else:
            ws.append([convert(v) for v in row])
        if progress is not None and index % CHUNK == CHUNK - 1:
            report(progress, base, total_steps)
    if totals and rows:
        line: list[Any] = [_styled(ws, total_label, TOTAL_FONT)] + [None] * (len(columns) - 1)
        for column in totals:
            line[column] = _styled(ws, sum(int(r[column] or 0) for r in rows), TOTAL_FONT,
                                   number_format=number_formats.integer)
        ws.append(line)


def _print_setup(ws: Any, *, landscape: bool) -> None:
    """Printed (or converted to PDF) a sheet fits the page width: no column cut off onto another page."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1" if landscape else None


def _cover(wb: Workbook, content: ReportContent, number_formats: NumberFormats) -> None:
    tr = content.tr
    ws = wb.create_sheet(sheet_name(tr("Cover")))
    _print_setup(ws, landscape=False)
    set_column_widths(ws, [42, 70])
    ws.append([_styled(ws, tr("MAGIA periodic report"), TITLE_FONT)])
    ws.append([])
    pairs: list[tuple[str, Any, str | None]] = [
        (tr("Partnership"), content.partnership, None),
        (tr("Period"), content.period.name or tr("Custom range"), None),
        (tr("From"), content.period.start, number_formats.day),
        (tr("To"), content.period.end, number_formats.day),
        (tr("Partner cluster"), content.partner_cluster or tr("All partner clusters"), None),
        (tr("Exported on"), content.exported_at.replace(microsecond=0, tzinfo=None), number_formats.moment),
        (tr("Exported by"), content.officer or "", None),
    ]
    for label, value, number_format in pairs:
        cell = _styled(ws, value, number_format=number_format)
        if not isinstance(cell, Cell) and cell is not None:
            cell = WriteOnlyCell(ws, value=cell)
        if cell is not None:
            cell.alignment = LEFT  # dates and text in one column, aligned alike
        ws.append([_styled(ws, label, LABEL_FONT), cell])
    ws.append([])
    ws.append([_styled(ws, tr("Contents"), LABEL_FONT)])
    for table in content.tables:
        ws.append([cell_value(ws, table.title), cell_value(ws, rows_text(len(table.rows), content.language))])


def kpi_rows(content: ReportContent) -> list[list[Any]]:
    """Indicator, partner cluster, target, achieved in period, cumulative, % of target (a fraction)."""
    everyone = content.tr("All partner clusters")
    return [
        [indicator_label(line.indicator, content.language), line.cluster or everyone, line.target, line.achieved,
         line.cumulative, None if line.pct is None else round(line.pct / 100.0, 4)]
        for line in content.kpi_lines
    ]


SHEET_TITLES = {"activities": N_("Activities"), "missions": N_("Missions"), "agreements": N_("Agreements"),
                "annex": N_("Beneficiary SMEs")}


def sheet_name(text: str) -> str:
    # Excel allows 31 characters and no []:*?/\ in a sheet name.
    return "".join(" " if ch in "[]:*?/\\" else ch for ch in text)[:31].strip()


def sheet_title(table: Table, language: str = "en") -> str:
    key = SHEET_TITLES.get(table.key)
    return sheet_name(translate(key, language) if key else table.title)


def write_xlsx(content: ReportContent, path: str | Path, progress: Progress | None = None) -> Path:
    """Write the workbook to `path`, whole or not at all; progress(done, total) False cancels."""
    steps = 3 + len(content.tables)
    wb = Workbook(write_only=True)
    try:
        _fill(wb, content, progress, steps)
    except BaseException:
        # Streamed sheets hold open temporary files: close them, or they warn when garbage-collected.
        for ws in wb.worksheets:
            with contextlib.suppress(Exception):
                ws.close()
        raise
    target = replace_atomically(path, wb.save)
    report(progress, steps, steps)
    return target


def _fill(wb: Workbook, content: ReportContent, progress: Progress | None, steps: int) -> None:
    tr = content.tr
    number_formats = NumberFormats.of(content.language)
    total = tr("Total")
    _cover(wb, content, number_formats)
    report(progress, 1, steps)
    _table_sheet(wb, sheet_name(tr("KPI summary")), [tr(c) for c in KPI_COLUMNS], kpi_rows(content), number_formats,
                 total, formats={5: number_formats.percent})
    report(progress, 2, steps)
    for number, table in enumerate(content.tables, start=3):
        _table_sheet(wb, sheet_title(table, content.language), table.columns, table.rows, number_formats, total,
                     table.totals, progress=progress, base=number - 1, total_steps=steps)
        report(progress, number, steps)

