"""A searchable pop-up list: filter chips, pickers and the command palette all choose this way.

Long vocabularies (250 countries, 120 clusters, 60k companies) are unusable as plain menus; typing a few
letters is the fastest way to pick, so every choice pops up with a search field on top.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from magia_desk.ui.tasks import TaskRunner

Choice = tuple[Any, str]  # (value, text shown)


class AsyncSearch(QObject):
    """Debounced search on a worker: `results` carries the answer to the latest text only."""

    results = Signal(object)  # list of whatever `search` returns

    def __init__(self, tasks: TaskRunner, search: Callable[[str], list[Any]], delay_ms: int = 120,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._search = search
        self._text = ""
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._fire)

    def request(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def request_now(self, text: str) -> None:
        self._text = text
        self._timer.stop()
        self._fire()

    def _fire(self) -> None:
        self._generation += 1
        text, search = self._text, self._search
        self._tasks.run(lambda: search(text), partial(self._deliver, self._generation), owner=self)

    def _deliver(self, generation: int, found: list[Any]) -> None:
        if generation == self._generation:
            self.results.emit(found)


class ChoicePopup(QFrame):
    """A search field over a list; Enter or a click chooses, Esc closes."""

    chosen = Signal(object, str)  # value, text

    def __init__(
        self,
        parent: QWidget,
        *,
        options: Sequence[Choice] = (),
        search: AsyncSearch | None = None,
        any_text: str | None = None,
        free_text: bool = False,
        placeholder: str | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._options = list(options)
        self._search = search
        self._any_text = any_text
        self._free_text = free_text
        self.filter = QLineEdit(self)
        placeholder = placeholder if placeholder is not None else self.tr("Type to search")
        self.filter.setPlaceholderText(placeholder)
        self.filter.setAccessibleName(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Choices"))
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.resize(300, 320)
        self.filter.textChanged.connect(self._refilter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._choose)
        self.list.itemClicked.connect(self._choose)
        if search is not None:
            search.results.connect(self._fill_found)
        self._refilter("")

    def open_below(self, anchor: QWidget) -> None:
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height() + 2)))
        self.show()
        self.filter.setFocus()

    def _refilter(self, text: str) -> None:
        if self._search is not None:
            self._search.request(text)
            if not text.strip():
                self._fill([])
            return
        needle = text.strip().casefold()
        self._fill([c for c in self._options if needle in c[1].casefold()] if needle else self._options)

    def _fill_found(self, found: list[Choice]) -> None:
        self._fill(found)

    def _fill(self, choices: Sequence[Choice]) -> None:
        self.list.clear()
        self._values: list[Any] = []  # by row, in Python (see RecordTableModel.cell_text on None item data)
        text = self.filter.text().strip()
        if self._any_text and not text:
            self._add(None, self._any_text)
        if self._free_text and text:
            self._add(text, self.tr("Use “{text}”").format(text=text))
        for value, shown in choices:
            self._add(value, shown)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _add(self, value: Any, shown: str) -> None:
        self.list.addItem(QListWidgetItem(shown))
        self._values.append(value)

    def _choose(self, item: QListWidgetItem) -> None:
        value = self._values[self.list.row(item)]
        text = item.text()
        if self._free_text and value == self.filter.text().strip():
            text = str(value)
        self.chosen.emit(value, text)
        self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down/Enter typed in the search field move and choose in the list.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.list.currentRow() + {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                                                Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[key]
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.currentItem() is not None:
                self._choose(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)
