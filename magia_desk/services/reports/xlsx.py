"""The periodic report as an Excel workbook: a cover sheet, then one sheet per table.

Every sheet is written in openpyxl's write-only mode (rows stream to the file, so a 50k-row annex costs
little memory) through `services.spreadsheet`: risky text never becomes a formula, dates are date cells,
numbers are numbers. Totals are written as values, not SUM formulas: a file nobody recalculates (a viewer,
a CSV conversion) shows the right figure too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from magia_desk.domain.enums import INDICATOR_LABELS
from magia_desk.services.common import Progress, report
from magia_desk.services.reports.content import ReportContent, Table
from magia_desk.services.reports.files import replace_atomically
from magia_desk.services.spreadsheet import cell_value, header_cells, set_column_widths, width_for

TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
LABEL_FONT = Font(bold=True, color="5A6470")
TOTAL_FONT = Font(bold=True)
PERCENT_FORMAT = "0.0%"
LEFT = Alignment(horizontal="left")
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


def _table_sheet(wb: Workbook, title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]],
                 totals: Sequence[int] = (), formats: dict[int, str] | None = None,
                 progress: Progress | None = None, base: int = 0, total_steps: int = 0) -> None:
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
    # Only columns with a number format need cell objects; the others go out as plain values (fast path).
    for index, row in enumerate(rows):
        if formats:
            ws.append([_styled(ws, v, number_format=formats.get(i)) if i in formats and v is not None
                       else cell_value(ws, v) for i, v in enumerate(row)])
        else:
            ws.append([cell_value(ws, v) for v in row])
        if progress is not None and index % CHUNK == CHUNK - 1:
            report(progress, base, total_steps)
    if totals and rows:
        line: list[Any] = [_styled(ws, "Total", TOTAL_FONT)] + [None] * (len(columns) - 1)
        for column in totals:
            line[column] = _styled(ws, sum(int(r[column] or 0) for r in rows), TOTAL_FONT)
        ws.append(line)


def _print_setup(ws: Any, *, landscape: bool) -> None:
    """Printed (or converted to PDF) a sheet fits the page width: no column cut off onto another page."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1" if landscape else None


def _cover(wb: Workbook, content: ReportContent) -> None:
    ws = wb.create_sheet("Cover")
    _print_setup(ws, landscape=False)
    set_column_widths(ws, [42, 70])
    ws.append([_styled(ws, "MAGIA periodic report", TITLE_FONT)])
    ws.append([])
    pairs: list[tuple[str, Any]] = [
        ("Partnership", content.partnership),
        ("Period", content.period.name or "Custom range"),
        ("From", content.period.start),
        ("To", content.period.end),
        ("Partner cluster", content.partner_cluster or "All partner clusters"),
        ("Exported on", content.exported_at.replace(microsecond=0)),
        ("Exported by", content.officer or ""),
    ]
    for label, value in pairs:
        cell = _styled(ws, value, number_format=None)
        if not isinstance(cell, Cell) and cell is not None:
            cell = WriteOnlyCell(ws, value=cell)
        if cell is not None:
            cell.alignment = LEFT  # dates and text in one column, aligned alike
        ws.append([_styled(ws, label, LABEL_FONT), cell])
    ws.append([])
    ws.append([_styled(ws, "Contents", LABEL_FONT)])
    for table in content.tables:
        count = len(table.rows)
        ws.append([cell_value(ws, table.title), cell_value(ws, f"{count:,} {'row' if count == 1 else 'rows'}")])


def kpi_rows(content: ReportContent) -> list[list[Any]]:
    """Indicator, partner cluster, target, achieved in period, cumulative, % of target (a fraction)."""
    return [
        [INDICATOR_LABELS[line.indicator], line.cluster or "All partner clusters", line.target, line.achieved,
         line.cumulative, None if line.pct is None else round(line.pct / 100.0, 4)]
        for line in content.kpi_lines
    ]


KPI_COLUMNS = ["Indicator", "Partner cluster", "Target", "Achieved in period", "Cumulative", "% of target"]


def sheet_title(table: Table) -> str:
    # Excel allows 31 characters and no []:*?/\ in a sheet name.
    return {"activities": "Activities", "missions": "Missions", "agreements": "Agreements",
            "annex": "Beneficiary SMEs"}.get(table.key, table.title[:31])


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
    _cover(wb, content)
    report(progress, 1, steps)
    _table_sheet(wb, "KPI summary", KPI_COLUMNS, kpi_rows(content), formats={5: PERCENT_FORMAT})
    report(progress, 2, steps)
    for number, table in enumerate(content.tables, start=3):
        _table_sheet(wb, sheet_title(table), table.columns, table.rows, table.totals, progress=progress,
                     base=number - 1, total_steps=steps)
        report(progress, number, steps)

