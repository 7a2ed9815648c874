"""Safe cells, header styling and column widths for every workbook the app writes (exchange, reports).

Text that a spreadsheet could read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
return, OWASP's "CSV injection" list) is written as a string cell *and* flagged with quotePrefix: the
string type stops evaluation when the file is opened, the quote prefix keeps it text when an officer edits
the cell and presses Enter. Characters XML cannot hold are dropped rather than failing the whole export.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", start_color="1F4E79", end_color="1F4E79")
HEADER_ALIGNMENT = Alignment(vertical="center")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MIN_WIDTH = 8.0
MAX_WIDTH = 60.0


def safe_text(value: object) -> str:
    """The text of a value with the characters an xlsx file cannot hold removed."""
    return ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def _protect(cell: Cell | WriteOnlyCell, text: str) -> None:
    cell.value = text
    if looks_like_formula(text):
        # openpyxl typed it as a formula ('f') on assignment: force a plain string and mark it quoted.
        cell.data_type = "s"
        cell.quotePrefix = True


def cell_value(ws: Any, value: object) -> Any:
    """A value ready for `ws.append` in write-only mode: risky text and dates become styled cells.

    Plain numbers and harmless text are returned as they are: creating a cell object for each of 50k rows
    would double the export time for nothing.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value.replace(tzinfo=None))
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    text = safe_text(value)
    if looks_like_formula(text):
        cell = WriteOnlyCell(ws, value=None)
        _protect(cell, text)
        return cell
    return text


def set_cell(cell: Cell, value: object) -> None:
    """Put a value in a normal-mode cell with the same rules as `cell_value`."""
    if value is None or isinstance(value, bool | int | float):
        cell.value = ("yes" if value else "no") if isinstance(value, bool) else value
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        _protect(cell, safe_text(value))


def header_cells(ws: Any, names: Sequence[str]) -> list[WriteOnlyCell]:
    """Bold white-on-blue header cells for a write-only sheet."""
    cells = []
    for name in names:
        cell = WriteOnlyCell(ws, value=safe_text(name))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        cells.append(cell)
    return cells


def style_header_row(ws: Worksheet, row: int = 1) -> None:
    """Bold, filled header row and frozen panes below it (normal-mode sheet)."""
    for cell in ws[row]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
    ws.freeze_panes = ws.cell(row=row + 1, column=1)


def width_for(header: str, samples: Iterable[object] = ()) -> float:
    """A column width that shows the header and typical values, within sensible bounds."""
    longest = len(header) + 2
    for value in samples:
        text = value.isoformat() if isinstance(value, date) else str(value if value is not None else "")
        longest = max(longest, min(len(text), int(MAX_WIDTH)) + 2)
    return max(MIN_WIDTH, min(MAX_WIDTH, float(longest)))


def set_column_widths(ws: Any, widths: Sequence[float]) -> None:
    """Widths in characters, first column first (works in write-only mode before the first row)."""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
