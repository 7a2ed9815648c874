"""A small dialog asking for one date (signed-on when a card reaches signed, a corrected stage date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


class DatePrompt(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, label: str, default: date,
                 latest: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        message = QLabel(text, self)
        message.setWordWrap(True)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        self.editor.setDate(QDate(default.year, default.month, default.day))
        if latest is not None:
            self.editor.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        self.editor.setAccessibleName(label)
        form = QFormLayout()
        form.addRow(label, self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def value(self) -> date:
        chosen = self.editor.date()
        return date(chosen.year(), chosen.month(), chosen.day())


def ask_date(parent: QWidget | None, title: str, text: str, label: str, default: date,
             latest: date | None = None) -> date | None:
    """The chosen date, or None when the user cancelled (tests monkeypatch this function)."""
    dialog = DatePrompt(parent, title, text, label, default, latest)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
