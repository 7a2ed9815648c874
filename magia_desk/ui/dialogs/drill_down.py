"""The records behind a dashboard number, with "Export to xlsx…".

The rows come from the KPI engine's drill_down (the same SELECT as the figure), loaded off the GUI thread;
the dialog states how many there are, so that the officer sees the list matches the number clicked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.kpi import DrillRow
from magia_desk.services.spreadsheet import (
    cell_value,
    header_cells,
    set_column_widths,
    width_for,
)
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import country_label, day, label, number

HEADERS = (QT_TRANSLATE_NOOP("DrillDownDialog", "Record"), QT_TRANSLATE_NOOP("DrillDownDialog", "Kind"),
           QT_TRANSLATE_NOOP("DrillDownDialog", "Country"), QT_TRANSLATE_NOOP("DrillDownDialog", "Date"),
           QT_TRANSLATE_NOOP("DrillDownDialog", "Detail"), QT_TRANSLATE_NOOP("DrillDownDialog", "Counts for"))
RECORD_KINDS = {"organization": QT_TRANSLATE_NOOP("DrillDownDialog", "Organization"),
                "action": QT_TRANSLATE_NOOP("DrillDownDialog", "Action"),
                "participation": QT_TRANSLATE_NOOP("DrillDownDialog", "Participation"),
                "agreement": QT_TRANSLATE_NOOP("DrillDownDialog", "Agreement"),
                "meeting": QT_TRANSLATE_NOOP("DrillDownDialog", "Meeting")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DrillDownDialog", text)


def headers() -> list[str]:
    return [_tr(text) for text in HEADERS]


def record_kind(record_type: str) -> str:
    text = RECORD_KINDS.get(record_type)
    return _tr(text) if text else record_type


def write_drill_xlsx(path: Path, title: str, rows: Sequence[DrillRow]) -> None:
    """The list as a one-sheet workbook, in the words of the screen; text through services.spreadsheet's safe
    cells (no formulas)."""
    names = headers()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=QCoreApplication.translate("DrillDownDialog", "Records"))
    set_column_widths(sheet, [
        width_for(names[0], (r.label for r in rows[:200])), 14.0, 10.0, 12.0,
        width_for(names[4], (r.detail for r in rows[:200])), 11.0,
    ])
    sheet.append([cell_value(sheet, title)])
    sheet.append(header_cells(sheet, names))
    for row in rows:
        sheet.append([cell_value(sheet, v) for v in (
            row.label, record_kind(row.record_type), row.country, row.date,
            label(row.detail) if row.detail else None, row.amount)])
    workbook.save(path)


class DrillDownDialog(QDialog):
    """Non-modal list of records; `load(work)` runs the engine's drill_down on a worker."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = title
        self.rows: list[DrillRow] = []
        self.loaded = False
        self.setWindowTitle(title)
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.heading = QLabel(title, self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.count_label = QLabel(self.tr("Loading the records…"), self)
        self.count_label.setProperty("role", "muted")
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels(headers())
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Records behind the number"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(self._open_record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export to xlsx…"), self)
        self.export_button.setEnabled(False)
        self.export_button.setToolTip(self.tr("Save this list as an Excel workbook"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_with_prompt)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def load(self, work: Callable[[], list[DrillRow]]) -> None:
        self.ctx.tasks.run(work, self.set_rows, owner=self, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("The records could not be listed."))
        show_error(self, exc, self.tr("Listing the records behind the number"))

    def set_rows(self, rows: list[DrillRow]) -> None:
        self.rows = rows
        self.model.setRowCount(0)
        self.table.setSortingEnabled(False)
        for row in rows:
            when = QStandardItem(day(row.date))
            when.setData(row.date.isoformat() if row.date else "", Qt.ItemDataRole.UserRole)
            amount = QStandardItem(number(row.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name = QStandardItem(row.label)
            name.setToolTip(row.label)
            name.setData((row.record_type, row.id), Qt.ItemDataRole.UserRole)
            self.model.appendRow([
                name, QStandardItem(record_kind(row.record_type)),
                QStandardItem(country_label(row.country)), when,
                QStandardItem(label(row.detail) if row.detail else ""), amount,
            ])
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        total = sum(r.amount for r in rows)
        if total != len(rows):
            text = self.tr("%Ln records, counting {total}", "", len(rows)).format(total=number(total))
        else:
            text = self.tr("%Ln records", "", len(rows))
        self.count_label.setText(text if rows else self.tr("No records behind this number."))
        self.export_button.setEnabled(bool(rows))
        self.loaded = True

    def _open_record(self, index: object) -> None:
        item = self.model.item(index.row(), 0)  # type: ignore[attr-defined]
        kind, record_id = item.data(Qt.ItemDataRole.UserRole)
        self.ctx.open_record(kind, record_id)

    def export_with_prompt(self) -> None:
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.title).strip() or "records"
        suggested = f"{safe}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to xlsx"), suggested,
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            write_drill_xlsx(path, self.title, self.rows)
        except OSError as exc:
            show_error(self, exc, self.tr("Saving {file}").format(file=path.name))
            return
        self.ctx.notify(self.tr("Saved %Ln records to {path}", "", len(self.rows)).format(path=path))
