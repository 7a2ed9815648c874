"""Ctrl+K: find any record or command by name (ui.md: keyboard first).

Commands are the window's menu actions, matched at once; records are found through the screens' own
services on a worker, so a slow search never blocks typing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.ui.tasks import TaskRunner
from magia_desk.ui.widgets.choice_popup import AsyncSearch


@dataclass(frozen=True)
class RecordHit:
    kind: str  # the store table ("organization")
    kind_label: str  # as people say it ("Company")
    record_id: str
    name: str
    detail: str


ENTRY_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # muted text after the name
SIDE_ROLE = Qt.ItemDataRole.UserRole + 2  # right-aligned: the record's kind, or the command's shortcut


class PaletteDelegate(QStyledItemDelegate):
    """Name, then its detail in a muted colour, and the kind or shortcut on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.height() + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(ink)
        muted.setAlphaF(0.65)
        rect = option.rect.adjusted(8, 0, -8, 0)
        metrics = option.fontMetrics
        side = index.data(SIDE_ROLE) or ""
        side_width = metrics.horizontalAdvance(side) + 12 if side else 0
        name = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "", Qt.TextElideMode.ElideRight,
                                  rect.width() - side_width)
        painter.save()
        painter.setPen(ink)
        align = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.drawText(rect, align, name)
        used = metrics.horizontalAdvance(name) + 12
        detail = index.data(DETAIL_ROLE) or ""
        if detail and used < rect.width() - side_width:
            painter.setPen(muted)
            room = rect.width() - side_width - used
            painter.drawText(rect.adjusted(used, 0, 0, 0), align,
                             metrics.elidedText(detail, Qt.TextElideMode.ElideRight, room))
        if side:
            painter.setPen(muted)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), side)
        painter.restore()


class CommandPalette(QDialog):
    def __init__(
        self,
        parent: QWidget,
        tasks: TaskRunner,
        actions: Sequence[QAction],
        find_records: Callable[[str], list[RecordHit]],
        open_record: Callable[[str, str], None],
    ) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(self.tr("Go to"))
        self.setModal(True)
        self._actions = [a for a in actions if a.text() and a.isEnabled() and a.isVisible()]
        self._open_record = open_record
        self._hits: list[RecordHit] = []
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Find a company, a contact or a command…"))
        self.query.setAccessibleName(self.tr("Find a record or a command"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching records and commands"))
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(PaletteDelegate(self.results))
        hint = QLabel(self.tr("↑↓ to move   Enter to open   Esc to close"), self)
        hint.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)
        self.resize(600, 420)
        self._search = AsyncSearch(tasks, find_records, parent=self)
        self._search.results.connect(self._records_found)
        self.query.textChanged.connect(self._typed)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._activate)
        self._fill()

    def open_over(self, window: QWidget) -> None:
        geometry = window.geometry()
        self.move(geometry.x() + (geometry.width() - self.width()) // 2, geometry.y() + 80)
        self.show()
        self.query.setFocus()

    # ---- matching --------------------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        if text.strip():
            self._search.request(text.strip())
        else:
            self._hits = []
        self._fill()

    def _records_found(self, hits: list[RecordHit]) -> None:
        self._hits = hits
        self._fill()

    def _matching_actions(self, text: str) -> list[QAction]:
        words = text.casefold().split()
        return [a for a in self._actions if all(w in a.text().replace("&", "").casefold() for w in words)]

    def _fill(self) -> None:
        self.results.clear()
        text = self.query.text().strip()
        for hit in self._hits:
            item = QListWidgetItem(hit.name)
            item.setData(ENTRY_ROLE, hit)
            item.setData(DETAIL_ROLE, hit.detail)
            item.setData(SIDE_ROLE, hit.kind_label)
            item.setToolTip(self.tr("Open this {kind_lower}").format(kind=hit.kind_label,
                                                                     kind_lower=hit.kind_label.lower()))
            self.results.addItem(item)
        for action in self._matching_actions(text):
            item = QListWidgetItem(action.text().replace("&", "").rstrip("…"))
            item.setData(ENTRY_ROLE, action)
            item.setData(DETAIL_ROLE, action.toolTip() if action.toolTip() != action.text() else "")
            item.setData(SIDE_ROLE, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                         or self.tr("Command"))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    # ---- choosing --------------------------------------------------------------------------------------------

    def _activate(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        self.accept()
        if isinstance(entry, RecordHit):
            self._open_record(entry.kind, entry.record_id)
        elif isinstance(entry, QAction):
            entry.trigger()

    def activate_current(self) -> None:
        if self.results.currentItem() is not None:
            self._activate(self.results.currentItem())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate_current()
                return True
        return super().eventFilter(watched, event)
