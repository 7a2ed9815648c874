"""The passphrase prompt for an encrypted store, shown at start before the window.

`ask_passphrase_and_open(path)` is what app.py calls when `store_is_encrypted(path)`: it asks until the
passphrase opens the store (a wrong one is said plainly, in the dialog, and the field is cleared) or the user
cancels (None). Opening happens in the dialog, so that the user is told at once and can try again.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from magia_desk.domain.errors import MagiaError
from magia_desk.storage.store import PassphraseError, Store, open_store


class PassphraseDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.store: Store | None = None
        self.setWindowTitle(self.tr("Encrypted store"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("<b>{name}</b> is encrypted. Enter its passphrase to open it.").format(
            name=html.escape(self.path.name)))
        intro.setWordWrap(True)
        intro.setToolTip(str(self.path))
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password, placeholderText=self.tr("Passphrase"))
        self.field.textChanged.connect(lambda _text: self._update())
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "field-error")  # the theme's error colour, readable in light and dark
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.field.text()))

    def try_open(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            return
        # The key derivation takes a moment: a wait cursor rather than a worker, since nothing else can happen yet.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.store = open_store(self.path, passphrase=passphrase, defer_checks=True)
        except PassphraseError:
            self._refuse(self.tr("This passphrase does not open the store. Check Caps Lock and the keyboard "
                                 "layout, then try again."))
            return
        except (MagiaError, OSError) as exc:
            self._refuse(self.tr("The store cannot be opened: {reason}").format(reason=exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.field.clear()
        self.field.setFocus()
        self.adjustSize()  # room for the message's wrapped lines


def ask_passphrase_and_open(path: Path, parent: QWidget | None = None) -> Store | None:
    """The opened store, or None when the user cancelled."""
    dialog = PassphraseDialog(Path(path), parent)
    dialog.exec()
    return dialog.store
