"""Filter chips under a list's search box: "Kind", "Country: Italy ✕", and Clear filters.

A chip shows its name while unset and "Name: value" once set; clicking it opens a searchable pop-up.
The bar only collects values; the screen turns them into the services' filter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from magia_desk.ui.widgets.choice_popup import AsyncSearch, Choice, ChoicePopup

Options = Sequence[Choice] | Callable[[], Sequence[Choice]]


class FilterChip(QToolButton):
    changed = Signal()

    def __init__(
        self,
        key: str,
        name: str,
        options: Options = (),
        *,
        search: AsyncSearch | None = None,
        free_text: bool = False,
        tooltip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.name = name
        self._options = options
        self._search = search
        self._free_text = free_text
        self.value: Any = None
        self.value_text = ""
        self.setProperty("role", "chip")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # {name_lower} suits English and French; languages that capitalise nouns use {name}.
        names = {"name": name, "name_lower": name.lower()}
        self.setToolTip(tooltip or self.tr("Show only the rows with this {name_lower}").format(**names))
        self.setAccessibleName(self.tr("Filter by {name_lower}").format(**names))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(self.open_popup)
        self._show()

    def options(self) -> list[Choice]:
        return list(self._options() if callable(self._options) else self._options)

    def open_popup(self) -> ChoicePopup:
        popup = ChoicePopup(
            self,
            options=[] if self._search else self.options(),
            search=self._search,
            any_text=self.tr("Any {name_lower}").format(name=self.name, name_lower=self.name.lower()),
            free_text=self._free_text,
            placeholder=self.tr("Find a {name_lower}").format(name=self.name, name_lower=self.name.lower()),
        )
        popup.chosen.connect(self.set_value)
        popup.open_below(self)
        return popup

    def set_value(self, value: Any, text: str | None = None) -> None:
        if text is None:
            text = next((shown for v, shown in self.options() if v == value), str(value) if value is not None else "")
        if value == self.value and text == self.value_text:
            return
        self.value = value
        self.value_text = text if value is not None else ""
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        active = self.value is not None
        shown = self.tr("{name}: {value}").format(name=self.name, value=self.value_text) if active else self.name
        self.setText(f"{shown}  ✕" if active else f"{shown}  ▾")
        self.setProperty("active", "true" if active else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: Any) -> None:
        # A click on the ✕ end of an active chip clears it instead of opening the list.
        if self.value is not None and event.position().x() > self.width() - 22:
            self.set_value(None)
            event.accept()
            return
        super().mousePressEvent(event)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: dict[str, FilterChip] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("Show every row again"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        self._layout.addWidget(self.clear_button)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add_choice(
        self,
        key: str,
        name: str,
        options: Options = (),
        *,
        search: AsyncSearch | None = None,
        free_text: bool = False,
        tooltip: str = "",
    ) -> FilterChip:
        """A chip choosing one value from `options` (a list, or a function called when it opens)."""
        chip = FilterChip(key, name, options, search=search, free_text=free_text, tooltip=tooltip, parent=self)
        chip.changed.connect(self._on_change)
        self._layout.insertWidget(self._layout.indexOf(self.clear_button), chip)
        self.chips[key] = chip
        return chip

    def values(self) -> dict[str, Any]:
        return {key: chip.value for key, chip in self.chips.items() if chip.value is not None}

    def clear(self) -> None:
        for chip in self.chips.values():
            chip.blockSignals(True)
            chip.set_value(None)
            chip.blockSignals(False)
        self._on_change()

    def _on_change(self) -> None:
        self.clear_button.setVisible(bool(self.values()))
        self.changed.emit()
