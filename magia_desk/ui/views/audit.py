"""The Audit screen: every change in the log (who, when, which record, what), newest first, filtered.

A paged QTableView: the filter and the count run on a worker (services/audit.py does the filtering in SQL),
then one page of entries is fetched; "Newer"/"Older" move between pages. Double-click opens the record.
"""

from __future__ import annotations

import contextlib
import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.audit import AuditEntry, AuditFilter, audit_rows, audit_seqs, audit_tables, count_audit
from magia_desk.services.i18n import field_label
from magia_desk.services.officers import list_officers
from magia_desk.ui.context import AppContext
from magia_desk.ui.labels import number

PAGE = 200
COLUMNS = (QT_TRANSLATE_NOOP("AuditModel", "Time"), QT_TRANSLATE_NOOP("AuditModel", "Officer"),
           QT_TRANSLATE_NOOP("AuditModel", "Kind"), QT_TRANSLATE_NOOP("AuditModel", "Record"),
           QT_TRANSLATE_NOOP("AuditModel", "Operation"), QT_TRANSLATE_NOOP("AuditModel", "Field"),
           QT_TRANSLATE_NOOP("AuditModel", "Change"))
OPERATIONS = ("create", "update", "delete", "restore", "merge", "erase")
# How the log's operations and tables read in the Operation and Kind columns (and the filters).
OPERATION_WORDS = {
    "create": QT_TRANSLATE_NOOP("AuditModel", "create"), "update": QT_TRANSLATE_NOOP("AuditModel", "update"),
    "delete": QT_TRANSLATE_NOOP("AuditModel", "delete"), "restore": QT_TRANSLATE_NOOP("AuditModel", "restore"),
    "merge": QT_TRANSLATE_NOOP("AuditModel", "merge"), "erase": QT_TRANSLATE_NOOP("AuditModel", "erase"),
}
TABLE_WORDS = {
    "officer": QT_TRANSLATE_NOOP("AuditModel", "Officer"),
    "organization": QT_TRANSLATE_NOOP("AuditModel", "Organization"),
    "holding": QT_TRANSLATE_NOOP("AuditModel", "Holding"),
    "membership": QT_TRANSLATE_NOOP("AuditModel", "Membership"),
    "market_interest": QT_TRANSLATE_NOOP("AuditModel", "Market interest"),
    "contact": QT_TRANSLATE_NOOP("AuditModel", "Contact"),
    "action": QT_TRANSLATE_NOOP("AuditModel", "Action"),
    "mission": QT_TRANSLATE_NOOP("AuditModel", "Mission"),
    "participation": QT_TRANSLATE_NOOP("AuditModel", "Participation"),
    "itinerary_item": QT_TRANSLATE_NOOP("AuditModel", "Itinerary item"),
    "meeting": QT_TRANSLATE_NOOP("AuditModel", "Meeting"),
    "meeting_attendee": QT_TRANSLATE_NOOP("AuditModel", "Meeting attendee"),
    "agreement": QT_TRANSLATE_NOOP("AuditModel", "Agreement"),
    "agreement_party": QT_TRANSLATE_NOOP("AuditModel", "Agreement party"),
    "agreement_stage_change": QT_TRANSLATE_NOOP("AuditModel", "Agreement stage change"),
    "task": QT_TRANSLATE_NOOP("AuditModel", "Task"),
    "note": QT_TRANSLATE_NOOP("AuditModel", "Note"),
    "document": QT_TRANSLATE_NOOP("AuditModel", "Document"),
    "reporting_period": QT_TRANSLATE_NOOP("AuditModel", "Reporting period"),
    "kpi_target": QT_TRANSLATE_NOOP("AuditModel", "KPI target"),
    "external_ref": QT_TRANSLATE_NOOP("AuditModel", "External reference"),
}
# Tables whose records have a screen (AppContext.open_record kinds).
OPENABLE = {"organization", "contact", "action", "agreement", "task", "meeting"}

Index = QModelIndex | QPersistentModelIndex


def _translated(text: str) -> str:
    return QCoreApplication.translate("AuditModel", text)


def operation_word(op: str) -> str:
    return _translated(OPERATION_WORDS[op]) if op in OPERATION_WORDS else op


def table_word(table: str) -> str:
    """'organization' -> 'Organization'; a table this list does not know reads as its name."""
    return _translated(TABLE_WORDS[table]) if table in TABLE_WORDS else table.replace("_", " ").capitalize()


def moment(at: datetime, seconds: bool = False) -> str:
    """A logged time in local time, with the month names of the user's locale: '14 May 2024 09:30'."""
    local = at.astimezone()
    clock = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return f"{QLocale().toString(QDate(local.year, local.month, local.day), 'dd MMM yyyy')} {clock}"


def short(value: Any, limit: int = 60) -> str:
    """A value as one short line: lists and dicts as JSON, long text cut."""
    if value is None:
        return "∅"
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        # Timestamps are logged as UTC ISO strings: shown in local time, like the Time column.
        with contextlib.suppress(ValueError):
            return moment(datetime.fromisoformat(value))
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def change_text(entry: AuditEntry) -> str:
    if entry.op == "create" and entry.field is None:
        return QCoreApplication.translate("AuditModel", "new record")
    if entry.field is None:
        return ""
    return f"{short(entry.old_value)} → {short(entry.new_value)}"


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translated(COLUMNS[section])
        return None

    def cell_text(self, row: int, column: int) -> str:
        entry = self.entries[row]
        return [
            moment(entry.at, seconds=True),
            entry.officer or "—",
            table_word(entry.table),
            entry.record_label,
            operation_word(entry.op),
            field_label(entry.field),  # 'vat_number' -> 'VAT number' / 'N° de TVA'...
            change_text(entry),
        ][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(COLUMNS) - 1:
            entry = self.entries[index.row()]
            return self.tr("Before: {old}\nAfter: {new}").format(old=short(entry.old_value, 2000),
                                                                 new=short(entry.new_value, 2000))
        return None


class AuditScreen(QWidget):
    record_kind = None  # not a list of records: New/Delete do not apply

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offset = 0
        self.total = 0
        self.loading = False
        self._generation = 0  # answers to an older query are dropped

        self.search = QLineEdit(placeholderText=self.tr("Search values, fields and record names…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the changes"))
        self.officer = QComboBox()
        self.table_filter = QComboBox()
        self.op = QComboBox()
        self.op.addItem(self.tr("Any operation"), None)
        for op in OPERATIONS:
            word = operation_word(op)
            self.op.addItem(word[:1].upper() + word[1:], op)
        self.officer.setToolTip(self.tr("Only the changes made by this officer"))
        self.officer.setAccessibleName(self.tr("Officer"))
        self.table_filter.setToolTip(self.tr("Only the changes to this kind of record"))
        self.table_filter.setAccessibleName(self.tr("Kind of record"))
        self.op.setToolTip(self.tr("Only the changes of this kind"))
        self.op.setAccessibleName(self.tr("Operation"))
        self.count = QLabel("")
        self.count.setAccessibleName(self.tr("Number of changes shown"))
        self.newer = QPushButton("◀ " + self.tr("Newer"))
        self.newer.setToolTip(self.tr("The previous page: newer changes"))
        self.older = QPushButton(self.tr("Older") + " ▶")
        self.older.setToolTip(self.tr("The next page: older changes"))
        self.newer.clicked.connect(lambda: self._page(-PAGE))
        self.older.clicked.connect(lambda: self._page(PAGE))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for combo in (self.officer, self.table_filter, self.op):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(14)  # "Any officer" and most names show whole
            bar.addWidget(combo)
        pager = QHBoxLayout()
        pager.addWidget(self.count, 1)
        pager.addWidget(self.newer)
        pager.addWidget(self.older)

        self.model = AuditModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Changes"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 140, 100, 300, 80, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(self._open)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(pager)

        # Typing waits for a pause before querying (each key would otherwise start a query).
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.officer, self.table_filter, self.op):
            combo.currentIndexChanged.connect(self.reload)
        ctx.operations.data_changed.connect(lambda _kinds: self._refresh_choices())
        self._refresh_choices()

    # ---- window protocol -------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---- filters ---------------------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        return AuditFilter(officer_id=self.officer.currentData(), table=self.table_filter.currentData(),
                           op=self.op.currentData(), text=self.search.text())

    def _refresh_choices(self) -> None:
        """Officers and tables come from the store; refilled after changes, keeping the choice."""
        store = self.ctx.store

        def work() -> tuple[list[tuple[str, str]], list[str]]:
            return [(o.id, o.name) for o in list_officers(store)], audit_tables(store)

        self.ctx.tasks.run(work, self._fill_choices, owner=self)

    def _fill_choices(self, choices: tuple[list[tuple[str, str]], list[str]]) -> None:
        officers, tables = choices
        for combo, anything, items in ((self.officer, self.tr("Any officer"), officers),
                                       (self.table_filter, self.tr("Any record"), [(t, table_word(t))
                                                                                   for t in tables])):
            chosen = combo.currentData()
            combo.blockSignals(True)  # refilling is not a change of filter
            combo.clear()
            combo.addItem(anything, None)
            for value, label in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        self.reload()

    # ---- loading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.offset = 0
        self._load()

    def _page(self, step: int) -> None:
        self.offset = max(0, min(self.offset + step, max(0, self.total - 1) // PAGE * PAGE))
        self._load()

    def _load(self) -> None:
        store, flt, offset = self.ctx.store, self.current_filter(), self.offset
        self._generation += 1
        generation = self._generation
        self.loading = True

        def work() -> tuple[int, list[AuditEntry]]:
            return count_audit(store, flt), audit_rows(store, audit_seqs(store, flt, offset=offset, limit=PAGE))

        self.ctx.tasks.run(work, lambda result: self._loaded(generation, result), owner=self)

    def _loaded(self, generation: int, result: tuple[int, list[AuditEntry]]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.total, entries = result
        self.model.set_entries(entries)
        if self.total == 0:
            self.count.setText(self.tr("No changes match.") if self._filtered()
                               else self.tr("No changes recorded yet."))
        else:
            last = self.offset + len(entries)
            self.count.setText(self.tr("{first}–{last} of %Ln changes", "", self.total).format(
                first=number(self.offset + 1), last=number(last)))
        self.newer.setEnabled(self.offset > 0)
        self.older.setEnabled(self.offset + PAGE < self.total)

    def _filtered(self) -> bool:
        flt = self.current_filter()
        return bool(flt.officer_id or flt.table or flt.op or flt.text.strip())

    def _open(self, index: QModelIndex) -> None:
        entry = self.model.entries[index.row()]
        if entry.table in OPENABLE and entry.op != "erase":
            self.ctx.open_record(entry.table, entry.record_id)
