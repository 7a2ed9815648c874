"""Several organizations at once (an agreement's parties): the chosen ones as a list, a picker to add more."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

from magia_desk.ui.labels import country_label
from magia_desk.ui.tasks import TaskRunner
from magia_desk.ui.widgets.pickers import ChoiceCombo, RecordPicker

ID_ROLE = Qt.ItemDataRole.UserRole


class PartiesField(QWidget):
    """value() is the list of organization ids; set_value takes (id, name, country) triples."""

    changed = Signal()
    open_requested = Signal(str)

    def __init__(self, tasks: TaskRunner, search: Callable[[str], list[tuple[str, str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Parties"))
        self.list.setToolTip(self.tr("Double-click to open the organization; Delete removes it from the parties"))
        self.list.setMaximumHeight(96)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.picker = RecordPicker(tasks, search, self.tr("Type to add a party (any organization, any country)"), self)
        self.picker.setAccessibleName(self.tr("Add a party"))
        # A pick from the suggestions emits changed with chosen_id set; typing emits it without.
        self.picker.changed.connect(self._add_picked)
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected party"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected party"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.setFocusProxy(self.picker)

    def value(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def set_value(self, parties: Sequence[tuple[str, str, str | None]] | None) -> None:
        self.list.clear()
        for party_id, name, country in parties or []:
            self._append(party_id, name, country)

    def add(self, party_id: str, name: str, country: str | None = None) -> None:
        if party_id in self.value():
            return
        self._append(party_id, name, country)
        self.changed.emit()

    def _append(self, party_id: str, name: str, country: str | None) -> None:
        # The flag (or the code) only: a country's full name would crowd out the party's.
        item = QListWidgetItem(f"{name}   {country_label(country).split('  ')[0]}" if country else name)
        item.setToolTip(f"{name}, {country_label(country)}" if country else name)
        item.setData(ID_ROLE, party_id)
        self.list.addItem(item)

    def _add_picked(self) -> None:
        party_id = self.picker.chosen_id
        if party_id:
            self.add(party_id, self.picker.text())
            self.picker.set_value(None)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
            self.changed.emit()

    def keyPressEvent(self, event: object) -> None:  # type: ignore[override]
        if getattr(event, "key", lambda: None)() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class IdCombo(ChoiceCombo):
    """A ChoiceCombo of record ids that keeps every entry's id.

    Under PySide6 the entry added right after the empty one (whose data is None) loses its data in
    ChoiceCombo, so the first officer or cluster of a list could never be chosen; setItemData afterwards works.
    """

    def __init__(self, choices: Sequence[tuple[str, str]], *, empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__([], empty=empty, parent=parent)
        self._fixed = 1 if empty is not None else 0
        self.set_choices(choices)

    def value(self) -> str | None:
        return self.itemData(self.currentIndex()) if self.currentIndex() >= 0 else None

    def set_value(self, value: str | None) -> None:
        index = next((i for i in range(self.count()) if self.itemData(i) == value), 0)
        self.setCurrentIndex(index)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Replace the entries after the empty one, keeping the current value when it is still there."""
        current = self.value()
        self.blockSignals(True)
        while self.count() > self._fixed:
            self.removeItem(self._fixed)
        for value, text in choices:
            self.addItem(text, value)
            self.setItemData(self.count() - 1, value)
        self.set_value(current)
        self.blockSignals(False)
