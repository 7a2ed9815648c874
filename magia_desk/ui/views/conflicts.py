"""The Conflicts view: concurrent edits that the merge settled by clock, and how to pick the other value.

A tab of the Sync screen. The merge already chose a winner (the later clock); the losing value is kept here
so that the officer can bring it back ("Take theirs" / "Keep mine"), which becomes a new logged change.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.sync import ConflictSide, ConflictView, list_conflicts, resolve_conflict
from magia_desk.ui.context import AppContext

COLUMNS = [
    QT_TRANSLATE_NOOP("ConflictsView", "Record"),
    QT_TRANSLATE_NOOP("ConflictsView", "Field"),
    QT_TRANSLATE_NOOP("ConflictsView", "Mine (this laptop)"),
    QT_TRANSLATE_NOOP("ConflictsView", "Changed here by"),
    QT_TRANSLATE_NOOP("ConflictsView", "Theirs"),
    QT_TRANSLATE_NOOP("ConflictsView", "Changed there by"),
    QT_TRANSLATE_NOOP("ConflictsView", "Now holds"),
]
MINE, THEIRS, HOLDS = 2, 4, 6
# Domain words, not table names (ui.md "Words and numbers").
KIND_WORDS = {
    "organization": QT_TRANSLATE_NOOP("ConflictsView", "company"),
    "contact": QT_TRANSLATE_NOOP("ConflictsView", "contact"),
    "membership": QT_TRANSLATE_NOOP("ConflictsView", "membership"),
    "action": QT_TRANSLATE_NOOP("ConflictsView", "action"),
    "agreement": QT_TRANSLATE_NOOP("ConflictsView", "agreement"),
    "task": QT_TRANSLATE_NOOP("ConflictsView", "task"),
    "officer": QT_TRANSLATE_NOOP("ConflictsView", "officer"),
}


def record_word(table_name: str) -> str:
    word = KIND_WORDS.get(table_name)
    return QCoreApplication.translate("ConflictsView", word) if word else table_name.replace("_", " ")


def value_text(conflict: ConflictView, side: ConflictSide) -> str:
    if conflict.kind == "delete":
        return (QCoreApplication.translate("ConflictsView", "deleted") if side.value is not None
                else QCoreApplication.translate("ConflictsView", "kept (edited)"))
    if side.value is None or side.value == "":
        return QCoreApplication.translate("ConflictsView", "(empty)")
    if isinstance(side.value, bool):
        return QCoreApplication.translate("ConflictsView", "yes") if side.value else QCoreApplication.translate(
            "ConflictsView", "no")
    if isinstance(side.value, list):
        return ", ".join(str(v) for v in side.value)
    return str(side.value)


def when_text(at: datetime | None) -> str:
    if at is None:
        return "?"
    return QLocale().toString(at.astimezone() if at.tzinfo else at, QLocale.FormatType.ShortFormat)


def who_text(side: ConflictSide, local_site: str | None = None) -> str:
    if side.officer_name:
        who = side.officer_name
    elif side.site_id and side.site_id == local_site:
        who = QCoreApplication.translate("ConflictsView", "this laptop")
    elif side.site_id:
        who = QCoreApplication.translate("ConflictsView", "site {site}").format(site=side.site_id[:8])
    else:
        who = QCoreApplication.translate("ConflictsView", "unknown")
    return f"{who}, {when_text(side.at)}"


class ConflictsView(QWidget):
    """Open conflicts (optionally resolved ones too) with the two ways to settle the selected one."""

    count_changed = Signal(int)  # open conflicts, for the tab's title

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[ConflictView] = []
        self.open_count = 0
        self._serial = 0

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.show_resolved = QCheckBox(self.tr("Show &resolved"))
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.show_resolved)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ConflictsView", title) for title in COLUMNS])
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setStyleSheet("QTableWidget { gridline-color: palette(midlight); }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((180, 90, 150, 190, 150, 190)):
            self.table.setColumnWidth(column, width)

        self.keep_mine = QPushButton(self.tr("&Keep mine"))
        self.keep_mine.setToolTip(self.tr("This laptop's value stays (or comes back, as a new change every replica "
                                          "takes)"))
        self.take_theirs = QPushButton(self.tr("&Take theirs"))
        self.take_theirs.setToolTip(self.tr("The other side's value stays (or comes back, as a new change)"))
        self.open_record = QPushButton(self.tr("&Open record"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.take_theirs)
        buttons.addWidget(self.open_record)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.show_resolved.toggled.connect(lambda _on: self.refresh())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._open_selected())
        self.keep_mine.clicked.connect(lambda: self.resolve("local"))
        self.take_theirs.clicked.connect(lambda: self.resolve("remote"))
        self.open_record.clicked.connect(self._open_selected)
        # Conflicts appear after an import or a hub sync, which announce what they changed.
        self.ctx.operations.data_changed.connect(lambda _kinds: self.refresh())
        self._update_buttons()
        self.refresh()

    # ---- loading --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._serial += 1
        serial = self._serial
        with_resolved = self.show_resolved.isChecked()
        store = self.ctx.store
        self.ctx.tasks.run(lambda: list_conflicts(store, include_resolved=with_resolved),
                           lambda found: self._show(serial, found), owner=self)

    def _show(self, serial: int, conflicts: list[ConflictView]) -> None:
        if serial != self._serial:
            return  # an older query answered late
        selected = self.selected()
        self.conflicts = conflicts
        self.open_count = sum(1 for c in conflicts if c.resolved_at is None)
        self.count_changed.emit(self.open_count)
        if not conflicts:
            self.intro.setText(self.tr("No conflicts: every edit made on both sides has been settled. Conflicts "
                                       "appear here when the same field was changed on two laptops before they met."))
        else:
            self.intro.setText(self.tr("%Ln open. The later edit won everywhere; the other value is kept here. Pick "
                                       "the one that is right — your choice travels to every replica.", "",
                                       self.open_count))
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            self._fill_row(row, conflict)
            if selected is not None and conflict.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def _fill_row(self, row: int, conflict: ConflictView) -> None:
        mine, theirs = value_text(conflict, conflict.local), value_text(conflict, conflict.remote)
        if conflict.resolved_at is not None:
            holds = {"local": self.tr("resolved: mine"), "remote": self.tr("resolved: theirs"),
                     "superseded": self.tr("superseded by a later edit")}.get(conflict.resolution or "",
                                                                              self.tr("resolved"))
        else:
            holds = self.tr("mine") if conflict.winner == "local" else self.tr("theirs")
        field = self.tr("record deleted / edited") if conflict.kind == "delete" else conflict.field.replace("_", " ")
        cells: list[Any] = [
            f"{conflict.record_label} ({record_word(conflict.table_name)})",
            field,
            mine,
            who_text(conflict.local, self.ctx.store.site_id),
            theirs,
            who_text(conflict.remote),
            holds,
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(str(text))
            item.setToolTip(html.escape(str(text)))
            if column == (MINE if conflict.winner == "local" else THEIRS) and conflict.resolved_at is None:
                font = item.font()
                font.setBold(True)  # the value the record holds now
                item.setFont(font)
            if conflict.resolved_at is not None:
                item.setForeground(self.palette().placeholderText())
            self.table.setItem(row, column, item)

    # ---- actions --------------------------------------------------------------------------------------

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def _update_buttons(self) -> None:
        conflict = self.selected()
        can_resolve = conflict is not None and conflict.resolved_at is None
        self.keep_mine.setEnabled(can_resolve)
        self.take_theirs.setEnabled(can_resolve)
        self.open_record.setEnabled(conflict is not None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def resolve(self, pick: str) -> None:
        conflict = self.selected()
        if conflict is None or conflict.resolved_at is not None:
            return
        store = self.ctx.store
        self.keep_mine.setEnabled(False)
        self.take_theirs.setEnabled(False)

        def done(_result: None) -> None:
            kept = self.tr("{record}: your value kept.") if pick == "local" else self.tr("{record}: their value kept.")
            self.status.setText(kept.format(record=conflict.record_label))
            self.ctx.operations.changed({conflict.table_name, "sync_conflict"})  # refreshes this view too

        def failed(exc: BaseException) -> None:
            self.status.setText(self.tr("The conflict was not resolved."))
            self._update_buttons()
            self.ctx.tasks.report(exc, self.tr("Resolving a conflict"), self)

        self.ctx.tasks.run(lambda: resolve_conflict(store, conflict.id, pick), done, on_error=failed, owner=self,
                           label=self.tr("Resolving a conflict"))

    def _open_selected(self) -> None:
        conflict = self.selected()
        if conflict is not None and conflict.kind != "delete":
            self.ctx.open_record(conflict.table_name, conflict.record_id)
