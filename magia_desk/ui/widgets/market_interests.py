"""An organization's target markets: one line per country with its status and needs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from magia_desk.ui.labels import MARKET_STATUS_CHOICES, NEED_CHOICES
from magia_desk.ui.widgets.pickers import ChoiceCombo, CountryCombo
from magia_desk.ui.widgets.tag_input import TagInput


class _MarketLine(QWidget):
    def __init__(self, owner: MarketInterestsEditor) -> None:
        super().__init__(owner)
        self.country = CountryCombo(self)
        self.country.setAccessibleName(self.tr("Target market country"))
        self.country.setToolTip(self.tr("The country this organization wants to sell in or work with"))
        self.status = ChoiceCombo(MARKET_STATUS_CHOICES, parent=self)
        self.status.setAccessibleName(self.tr("Market status"))
        self.status.setToolTip(self.tr("How far the organization is on this market"))
        self.needs = TagInput(vocabulary={text: value for value, text in NEED_CHOICES},
                              placeholder=self.tr("Needs: type, Enter"), parent=self)
        self.needs.setAccessibleName(self.tr("Needs on this market"))
        self.needs.setToolTip(self.tr("What the organization needs there (find a distributor, regulatory "
                                      "approval...)"))
        remove = self.remove = QToolButton(self)
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this market"))
        remove.setAccessibleName(self.tr("Remove this market"))
        remove.clicked.connect(lambda: owner.remove_line(self))
        # Country and status on one line, needs under them: the pane stays narrow beside the list.
        self.country.setMinimumContentsLength(6)
        self.status.setMinimumContentsLength(5)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.country, 3)
        top.addWidget(self.status, 2)
        top.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.needs)
        for widget in (self.country, self.status, self.needs):
            widget.changed.connect(owner.changed)

    def value(self) -> dict[str, Any]:
        return {"country": self.country.value(), "status": self.status.value(), "needs": self.needs.value()}

    def set_value(self, value: dict[str, Any]) -> None:
        self.country.set_value(value.get("country"))
        self.status.set_value(value.get("status"))
        self.needs.set_value(value.get("needs") or [])


class MarketInterestsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[_MarketLine] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.add_button = QPushButton(self.tr("Add a target market"), self)
        self.add_button.setToolTip(self.tr("Record a country this organization is interested in"))
        self.add_button.setAccessibleName(self.tr("Add a target market"))
        self.add_button.clicked.connect(self._add_clicked)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def value(self) -> list[dict[str, Any]]:
        return [line.value() for line in self._lines]

    def set_value(self, interests: Sequence[dict[str, Any]] | None) -> None:
        for line in self._lines:
            line.hide()  # out of the tab chain at once; deleted when the event loop gets there
            line.deleteLater()
        self._lines = []
        for interest in interests or ():
            self.add_line(interest)

    def add_line(self, value: dict[str, Any] | None = None) -> _MarketLine:
        line = _MarketLine(self)
        line.set_value(value or {})
        self._lines.append(line)
        self._layout.insertWidget(self._layout.count() - 1, line)
        return line

    def remove_line(self, line: _MarketLine) -> None:
        self._lines.remove(line)
        line.hide()
        line.deleteLater()
        self.changed.emit()

    def _add_clicked(self) -> None:
        line = self.add_line()
        line.country.setFocus()
        self.changed.emit()
