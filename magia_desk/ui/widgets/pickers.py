"""Field widgets that pick a value: a vocabulary, a country by name, a date that may be empty, a company.

Each has `value()` and `set_value()` and a `changed` signal, so that the record form treats them alike.
What the user typed that matches nothing is handed to the services as typed: their refusal names the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QDateEdit, QLineEdit, QWidget

from magia_desk.domain.countries import all_countries
from magia_desk.ui.labels import country_label
from magia_desk.ui.tasks import TaskRunner
from magia_desk.ui.widgets.choice_popup import AsyncSearch

VALUE_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoiceCombo(QComboBox):
    """A fixed vocabulary (kind, consent status...). `empty` adds a first "nothing chosen" entry."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], *, empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        # Values live in Python, not as item data: PySide6 6.12 on Python 3.11 hands back None item data
        # without a reference (see RecordTableModel.cell_text), which ends in "deallocating None".
        self._values: list[str | None] = []
        if empty is not None:
            self.addItem(empty)
            self._values.append(None)
        for value, text in choices:
            self.addItem(text)
            self._values.append(value)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str | None:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: str | None) -> None:
        index = self._values.index(value) if value in self._values else 0
        self.setCurrentIndex(index)


_country_model: QStandardItemModel | None = None
_country_codes: list[str | None] = []  # row -> code, in Python (item data would come back as unowned None)


def country_model() -> QStandardItemModel:
    """One shared model of every country (by name, with its flag), for all country pickers."""
    global _country_model
    if _country_model is None:
        _country_model = QStandardItemModel(QApplication.instance())
        _country_model.appendRow(QStandardItem(""))
        _country_codes.append(None)
        for code, _name in all_countries():
            _country_model.appendRow(QStandardItem(country_label(code)))
            _country_codes.append(code)
    return _country_model


class CountryCombo(QComboBox):
    """Countries by name with their flag; type a few letters of the name (or the code) to find one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(country_model())
        self.setMaxVisibleItems(16)
        # Size by a typical name, not by the longest one (South Georgia and the South Sandwich Islands).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Country"))
        self.setAccessibleName(self.tr("Country"))  # a form's label names it better where there is one
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.lineEdit().textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return _country_codes[index]
        return text  # a name or code typed by hand: the services read it or say why not

    def set_value(self, code: str | None) -> None:
        index = _country_codes.index(code) if code in _country_codes else -1
        self.setCurrentIndex(max(index, 0))
        if code and index < 0:
            self.setEditText(code)


class DateField(QDateEdit):
    """A date that may be empty: the minimum date stands for "no date" and shows as a dash."""

    changed = Signal()
    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText("—")
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(self.EMPTY)
        self.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        current = self.date()
        return None if current == self.EMPTY else date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else self.EMPTY)


class RecordPicker(QLineEdit):
    """Type part of a name, pick a record from what the services find (on a worker, as you type).

    `search(text) -> [(id, name, detail)]`. `value()` is the chosen id; text typed and not picked is
    returned as is, so that the services refuse it with a message at this field.
    """

    changed = Signal()

    def __init__(self, tasks: TaskRunner, search: Callable[[str], list[tuple[str, str, str]]],
                 placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)  # a form's label names it better where there is one
        self.setClearButtonEnabled(True)
        self._chosen_id: str | None = None
        self._chosen_name = ""
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(NAME_ROLE)  # the field gets the bare name, the list shows more
        self._completer.setWidget(self)
        self._completer.activated[QModelIndex].connect(self._picked)
        self._search = AsyncSearch(tasks, search, parent=self)
        self._search.results.connect(self._show_found)
        self.textEdited.connect(self._typed)

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        if self._chosen_id and text == self._chosen_name:
            return self._chosen_id
        return text

    def set_value(self, record_id: str | None, name: str = "") -> None:
        self._chosen_id = record_id
        self._chosen_name = name if record_id else ""
        self.setText(self._chosen_name)
        self.setCursorPosition(0)

    @property
    def suggestions(self) -> QCompleter:
        """The list of matches under the field (filled as the user types)."""
        return self._completer

    @property
    def chosen_id(self) -> str | None:
        return self._chosen_id if self.value() == self._chosen_id else None

    def _typed(self, text: str) -> None:
        self.changed.emit()
        if text.strip():
            self._search.request(text)
        else:
            self._completer.popup().hide()

    def _show_found(self, found: list[tuple[str, str, str]]) -> None:
        self._model.clear()
        for record_id, name, detail in found:
            item = QStandardItem(f"{name}  —  {detail}" if detail else name)
            item.setData(record_id, VALUE_ROLE)
            item.setData(name, NAME_ROLE)
            self._model.appendRow(item)
        if found and self.hasFocus():
            self._completer.complete()

    def _picked(self, index: QModelIndex) -> None:
        self._chosen_id = index.data(VALUE_ROLE)
        self._chosen_name = index.data(NAME_ROLE)
        self.setText(self._chosen_name)
        self.changed.emit()

    def pick(self, record_id: str, name: str) -> None:
        """Choose a record as if from the list (tests, presets)."""
        self.set_value(record_id, name)
        self.changed.emit()
