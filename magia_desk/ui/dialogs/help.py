"""Help ▸ Keyboard shortcuts and Help ▸ About."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk import __version__

# Keys that are not menu actions but work everywhere.
FIXED_KEYS = (
    ("Enter", "Save the record being edited (in a one-line field)"),
    ("Esc", "Close a dialog or pop-up"),
    ("Tab / Shift+Tab", "Next / previous field"),
    ("↑ ↓ in a list", "Show the next / previous record"),
)


class ShortcutsDialog(QDialog):
    """Lists the shortcuts of the menus themselves, so that it can never disagree with them."""

    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        rows = [
            (" or ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()),
             action.text().replace("&", ""))
            for action in actions
            if action.shortcuts()
        ]
        rows.extend(FIXED_KEYS)
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels(["Keys", "What they do"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setAccessibleName("Keyboard shortcuts")
        for row, (keys, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 520)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About MAGIA Desk",
        f"<h3>MAGIA Desk {__version__}</h3>"
        "<p>A desktop CRM for the internationalization officers of EU cluster partnerships: companies, "
        "contacts, actions, missions and agreements, and the numbers the EU report asks for.</p>"
        "<p>Works offline; your data stays in one file on this computer.</p>"
        "<p>Licence: EUPL-1.2</p>",
    )
