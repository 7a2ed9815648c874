"""The duplicate-decisions table as a model: one line per matched row, the choices held as plain values.

A re-imported exchange workbook matches every row, so the table may hold thousands of lines: no widget per
line. The choices show as painted drop-downs and a real combo box exists only while a cell is edited.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from magia_desk.services.exchange.plan import NEW, SKIP, Decision, PlannedRow
from magia_desk.ui.dialogs.import_wizard.common import PROBLEM_COLOUR, in_user_language, sheet_label

AnyIndex = QModelIndex | QPersistentModelIndex
UPDATE = "update"
SHEET, ROW, INCOMING, STORED, SCORE, WHY, DECISION = range(7)
LONG_TEXT = 30  # longer texts may be cut in their column: their tooltip gives them whole
Choice = tuple[str, Any, str]  # what a drop-down offers: label, value, tooltip


class DecisionsModel(QAbstractTableModel):
    """Matched rows, the stored record chosen for each (a candidate's position) and the decision taken."""

    changed = Signal()  # a choice changed (edited, or several at once)

    def __init__(self, headers: list[str], decision_labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.decision_labels = decision_labels  # UPDATE, NEW, SKIP -> what the drop-down shows
        self.rows: list[PlannedRow] = []
        self.records: list[int] = []  # per row: the position of the chosen candidate
        self.choices: list[str] = []  # per row: UPDATE, NEW or SKIP
        self.clashes: dict[int, int] = {}

    # Filling and choosing ---------------------------------------------------------------------------------------

    def load(self, rows: list[PlannedRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.records = [0] * len(rows)
        self.choices = [NEW] * len(rows)
        for index in range(len(rows)):
            self._suggest(index)
        self.clashes = self.find_clashes()
        self.endResetModel()
        self.changed.emit()

    def _suggest(self, index: int) -> None:
        row = self.rows[index]
        if row.default in (NEW, SKIP):
            self.choices[index] = row.default
        else:
            ids = [candidate.record_id for candidate in row.candidates]
            self.records[index] = ids.index(row.default) if row.default in ids else 0
            self.choices[index] = UPDATE

    def apply(self, indexes: list[int] | range, decision: str | None) -> None:
        """One decision (None: the suggested one) for several rows, checked once at the end."""
        for index in indexes:
            if decision is None:
                self._suggest(index)
            else:
                self.choices[index] = decision
        self.refresh()

    def refresh(self) -> None:
        """Look for clashes again and repaint: after choices changed behind the model's back, or in bulk."""
        self.clashes = self.find_clashes()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))
        self.changed.emit()

    def candidate(self, index: int) -> Any:
        row = self.rows[index]
        return row.candidates[min(self.records[index], len(row.candidates) - 1)]

    def decision(self, index: int) -> Decision:
        choice = self.choices[index]
        return self.candidate(index).record_id if choice == UPDATE else choice

    def find_clashes(self) -> dict[int, int]:
        """Row index -> the earlier row index updating the same stored record (two rows cannot be one record)."""
        claimed: dict[tuple[str, str], int] = {}
        clashes: dict[int, int] = {}
        for index, row in enumerate(self.rows):
            decision = self.decision(index)
            if decision in (NEW, SKIP):
                continue
            first = claimed.setdefault((row.sheet, decision), index)
            if first != index:
                clashes[index] = first
        return clashes

    def offers(self, index: AnyIndex) -> tuple[list[Choice], int]:
        """What the cell's drop-down lists, and the position of the current choice."""
        line = index.row()
        if index.column() == STORED:
            offered = [(c.label, c.record_id, in_user_language(c.why)) for c in self.rows[line].candidates]
            return offered, min(self.records[line], len(offered) - 1)
        offered = [(label, value, "") for value, label in self.decision_labels.items()]
        return offered, [value for _label, value, _tip in offered].index(self.choices[line])

    # QAbstractTableModel ----------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and (index.column() == DECISION
                                or (index.column() == STORED and len(self.rows[index.row()].candidates) > 1)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.candidate(line).record_id if column == STORED else self.choices[line]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROW, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == INCOMING and line in self.clashes:
            return PROBLEM_COLOUR
        return None

    def text(self, line: int, column: int) -> str:
        row = self.rows[line]
        if column == SHEET:
            return sheet_label(row.sheet)
        if column == ROW:
            return str(row.row)
        if column == INCOMING:
            return row.label
        if column == STORED:
            return self.candidate(line).label
        if column == SCORE:
            return f"{self.candidate(line).score:.0f}%"
        if column == WHY:
            return in_user_language(self.candidate(line).why)
        return self.decision_labels[self.choices[line]]

    def tooltip(self, line: int, column: int) -> str:
        if column in (INCOMING, WHY):  # why the proposed choice was proposed
            return in_user_language(self.rows[line].why)
        if column == DECISION:
            return ""
        text = self.text(line, column)
        return text if len(text) > LONG_TEXT else ""

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        line = index.row()
        if index.column() == STORED:
            ids = [candidate.record_id for candidate in self.rows[line].candidates]
            if value not in ids:
                return False
            self.records[line] = ids.index(value)
        elif value in self.decision_labels:
            self.choices[line] = value
        else:
            return False
        self.refresh()  # a choice may start or end a clash anywhere in the table
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Editable cells look like drop-downs; the combo box itself exists only while the cell is edited."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_list = False  # the next editor opens its list at once (the cell was clicked)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        if not (index.flags() & Qt.ItemFlag.ItemIsEditable):
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(1, 1, -1, -1)
        box.palette = option.palette
        box.fontMetrics = option.fontMetrics
        box.state = QStyle.StateFlag.State_Enabled | (option.state & QStyle.StateFlag.State_MouseOver)
        box.frame = True
        field = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, box,
                                     QStyle.SubControl.SC_ComboBoxEditField, widget)
        box.currentText = option.fontMetrics.elidedText(str(index.data() or ""), Qt.TextElideMode.ElideRight,
                                                        field.width())
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        model = index.model()
        assert isinstance(model, DecisionsModel)
        editor = QComboBox(parent)
        for label, value, tip in model.offers(index)[0]:
            editor.addItem(label, value)
            if tip:
                editor.setItemData(editor.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        # A pick (from the list, a letter typed, an arrow key) is the answer: keep it and give the table back.
        editor.activated.connect(lambda _position: self._picked(editor))
        if self.open_list:
            QTimer.singleShot(0, editor, editor.showPopup)  # once the editor is placed over the cell
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        model = index.model()
        if isinstance(editor, QComboBox) and isinstance(model, DecisionsModel):
            editor.setCurrentIndex(model.offers(index)[1])

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox) and editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _picked(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ChoiceTable(QTableView):
    """A click on a drop-down cell opens its list at once; F2 or a typed letter change it from the keyboard.

    (Opening editors when the current cell changes would trap arrow keys in a combo box while moving down.)
    """

    def __init__(self, delegate: ChoiceDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice_delegate = delegate
        self.setItemDelegate(delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self._pressed = QPersistentModelIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = QPersistentModelIndex(self.indexAt(event.position().toPoint()))
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseReleaseEvent(event)
        clicked = (event.button() == Qt.MouseButton.LeftButton
                   and event.modifiers() == Qt.KeyboardModifier.NoModifier
                   and index.isValid() and QPersistentModelIndex(index) == self._pressed)
        if clicked and index.flags() & Qt.ItemFlag.ItemIsEditable and self.state() != self.State.EditingState:
            self.choice_delegate.open_list = True
            try:
                self.edit(index)
            finally:
                self.choice_delegate.open_list = False
