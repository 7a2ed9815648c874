"""Encryption at rest from the GUI: encrypt a plain store, decrypt an encrypted one, change its passphrase.

`open_encryption_dialog(parent, ctx)` shows the store's state and asks what the chosen operation needs. The work
is services.backup's (encrypt_store, decrypt_store, change_passphrase: each checks the result before putting it
in place and keeps the store as it was among the backups); a passphrase change first takes a backup of the open
store, which change_passphrase then re-keys with the new passphrase, so that no copy opens with the old one.

Those services convert a *closed* store, and every screen of the running app points at the open one. So the
dialog releases the store (`ctx.extras["release_store"]`, by default: wait for the workers, close the store),
converts on a worker with a progress bar, and restarts the app on the converted file
(`ctx.extras["restart_app"](store_path)`, by default: the same program and arguments started again with
QProcess.startDetached, then this process exits; an encrypted store then asks its passphrase at start).
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.backup import (
    ConversionResult,
    backup_store,
    change_passphrase,
    decrypt_store,
    encrypt_store,
    store_is_encrypted,
)
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error

MIN_LENGTH = 8
ENCRYPT, DECRYPT, CHANGE = "encrypt", "decrypt", "change"
_ERROR_STYLE = "color: #b3261e;"  # the theme's error red, as in the passphrase prompt


def passphrase_strength(text: str) -> int:
    """0 (empty) to 4 (strong): a rough estimate of the bits an attacker must guess, repeats discounted."""
    if not text:
        return 0
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() and c.isascii() for c in text) else 0
    pool += 40 if any(not c.isascii() for c in text) else 0
    effective = min(len(text), 2 * len(set(text)))  # "aaaaaaaaaaaa" is not twelve characters of secret
    bits = effective * math.log2(max(pool, 2))
    return 1 if bits < 45 else 2 if bits < 65 else 3 if bits < 85 else 4


def restart_command(store_path: Path) -> tuple[str, list[str]]:
    """How to start this app again on `store_path` with the arguments it was given (frozen build or Python)."""
    arguments = sys.argv[1:]
    if "--db" not in arguments and not any(a.startswith("--db=") for a in arguments):
        arguments = ["--db", str(store_path), *arguments]
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return sys.executable, ["-m", "magia_desk", *arguments]


def restart_application(store_path: Path) -> None:
    program, arguments = restart_command(store_path)
    QProcess.startDetached(program, arguments)
    # exit(), not quit(): quit() closes the windows first, and closing would write to the closed store.
    QApplication.exit(0)


class EncryptionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(ctx.store.path)
        self.encrypted = store_is_encrypted(self.path)
        self.busy = False
        self.released = False  # the store was closed for the conversion: only a restart reopens it
        self.result_: ConversionResult | None = None
        self.setWindowTitle(self.tr("Encryption"))
        self.setMinimumWidth(520)
        self.setModal(True)

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setToolTip(str(self.path))
        if self.encrypted:
            self.state.setText(self.tr("<b>This store is encrypted.</b> A stolen laptop yields no readable data."))
        else:
            self.state.setText(self.tr("<b>This store is not encrypted.</b> Anyone who gets the file (a lost or "
                                       "stolen laptop) can read every name and email in it."))
        self.place = QLabel(str(self.path))
        self.place.setWordWrap(True)
        self.place.setEnabled(False)  # greyed: a detail

        self.change_choice = QRadioButton(self.tr("Change the passphrase"))
        self.decrypt_choice = QRadioButton(self.tr("Decrypt: keep the store as a plain file"))
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.change_choice)
        self.choices.addButton(self.decrypt_choice)
        self.change_choice.setChecked(True)
        self.choices.buttonToggled.connect(lambda *_args: self._update())

        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("New passphrase again"))
        self.strength = QLabel()
        self.show_text = QCheckBox(self.tr("&Show passphrases"))
        self.show_text.toggled.connect(self._show_passphrases)
        for field in (self.current, self.new, self.again):
            field.textChanged.connect(lambda _text: self._update())
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Current passphrase:"), self.current)
        self.form.addRow(self.tr("&New passphrase:"), self.new)
        self.form.addRow(self.tr("&Repeat it:"), self.again)
        self.form.addRow("", self.strength)
        self.form.addRow("", self.show_text)

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the conversion reports no steps: a busy bar
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button: QPushButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.place)
        if self.encrypted:
            layout.addWidget(self.change_choice)
            layout.addWidget(self.decrypt_choice)
        else:
            self.change_choice.hide()
            self.decrypt_choice.hide()
        layout.addLayout(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update()

    # ---- the form --------------------------------------------------------------------------------------------

    @property
    def operation(self) -> str:
        if not self.encrypted:
            return ENCRYPT
        return DECRYPT if self.decrypt_choice.isChecked() else CHANGE

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def _show_passphrases(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.current, self.new, self.again):
            field.setEchoMode(mode)

    def _update(self) -> None:
        operation = self.operation
        asks_new = operation in (ENCRYPT, CHANGE)
        self._set_row_visible(self.current, operation != ENCRYPT)
        for field in (self.new, self.again, self.strength):
            self._set_row_visible(field, asks_new)
        self.start_button.setText({
            ENCRYPT: self.tr("&Encrypt"), DECRYPT: self.tr("&Decrypt"), CHANGE: self.tr("C&hange passphrase"),
        }[operation])
        if asks_new:
            self.warning.setText(self.tr(
                "If the passphrase is lost, the data cannot be recovered: nobody can open the store without it, "
                "not even with its backups. Keep it in a password manager or another safe place."))
        else:
            self.warning.setText(self.tr(
                "The store will be a plain file again: anyone who gets it can read it. Its encrypted backups "
                "stay encrypted and still need this passphrase."))
        self.warning.setStyleSheet(_ERROR_STYLE if asks_new else "")
        self.strength.setText(self._strength_text(passphrase_strength(self.new.text())))
        self.status.setText(self.tr("MAGIA Desk restarts when it is done. The store as it was is kept among the "
                                    "backups."))
        self.start_button.setEnabled(not self.busy and self.problem() is None)

    def _strength_text(self, level: int) -> str:
        if level == 0:
            return self.tr("Use several words or a long mix of letters, digits and signs.")
        names = {1: self.tr("weak"), 2: self.tr("fair"), 3: self.tr("good"), 4: self.tr("strong")}
        return self.tr("Strength: {level}").format(level=names[level])

    def problem(self) -> str | None:
        """Why the operation cannot start yet (None: it can)."""
        operation = self.operation
        if operation != ENCRYPT and not self.current.text():
            return self.tr("Enter the current passphrase.")
        if operation == DECRYPT:
            return None
        if len(self.new.text()) < MIN_LENGTH:
            return self.tr("The new passphrase needs at least {count} characters.").format(count=MIN_LENGTH)
        if self.new.text() != self.again.text():
            return self.tr("The two new passphrases differ.")
        if operation == CHANGE and self.new.text() == self.current.text():
            return self.tr("The new passphrase is the current one.")
        return None

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ---- the work --------------------------------------------------------------------------------------------

    def start(self) -> None:
        problem = self.problem()
        if problem is not None or self.busy:
            if problem:
                self._refuse(problem)
            return
        operation, current, new = self.operation, self.current.text(), self.new.text()
        if operation != ENCRYPT and current != self.ctx.store.passphrase:
            self._refuse(self.tr("This is not the current passphrase. Check Caps Lock and the keyboard layout."))
            self.current.clear()
            self.current.setFocus()
            return
        self.error.hide()
        self.busy = True
        for widget in (self.current, self.new, self.again, self.change_choice, self.decrypt_choice,
                       self.show_text, self.buttons):
            widget.setEnabled(False)
        self.progress.show()
        if operation == CHANGE:
            # A backup first: change_passphrase re-keys it with the new passphrase (no copy opens with the old).
            self.status.setText(self.tr("Backing up the store…"))
            store = self.ctx.store
            self.ctx.tasks.run(lambda: backup_store(store), lambda _path: self._convert(operation, current, new),
                               on_error=self._failed, owner=self, label=self.tr("Backing up the store"))
        else:
            self._convert(operation, current, new)

    def _convert(self, operation: str, current: str, new: str) -> None:
        self.status.setText({
            ENCRYPT: self.tr("Encrypting the store… Do not turn the computer off."),
            DECRYPT: self.tr("Decrypting the store…"),
            CHANGE: self.tr("Changing the passphrase… Do not turn the computer off."),
        }[operation])
        release: Callable[[], None] = self.ctx.extras.get("release_store") or self._release
        release()
        self.released = True
        path = self.path
        work: dict[str, Callable[[], ConversionResult]] = {
            ENCRYPT: lambda: encrypt_store(path, new),
            DECRYPT: lambda: decrypt_store(path, current),
            CHANGE: lambda: change_passphrase(path, current, new),
        }
        self.ctx.tasks.run(work[operation], self._done, on_error=self._failed, owner=self,
                           label=self.tr("Converting the store"))

    def _release(self) -> None:
        """Close the store for the conversion; this modal dialog stays up (see reject) until the app restarts."""
        self.ctx.tasks.shutdown()
        self.ctx.store.close()

    def reject(self) -> None:
        """Esc and the close button wait while a conversion runs: it ends in a restart, never half-way."""
        if not self.busy:
            super().reject()

    def _done(self, result: ConversionResult) -> None:
        self.result_ = result
        self.progress.hide()
        text = {
            ENCRYPT: self.tr("The store is now encrypted."),
            DECRYPT: self.tr("The store is now a plain file."),
            CHANGE: self.tr("The store has a new passphrase."),
        }[self.operation]
        if result.kept:
            text += "\n\n" + self.tr("The store as it was is kept in {path}.").format(path=result.kept)
        if result.backups_converted:
            text += "\n\n" + self.tr("%Ln backup(s) now use the new passphrase.", "", len(result.backups_converted))
        if self.operation == DECRYPT and result.backups_left:
            text += "\n\n" + self.tr("%Ln backup(s) stay encrypted: restoring one needs this passphrase.", "",
                                     len(result.backups_left))
        text += "\n\n" + self.tr("MAGIA Desk restarts now.")
        if self.operation != DECRYPT:
            text += " " + self.tr("Enter the new passphrase to open the store.")
        QMessageBox.information(self, self.tr("Encryption"), text)
        self._restart()

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        show_error(self, exc, self.tr("Converting the store"))
        if self.released:
            QMessageBox.information(self, self.tr("Encryption"),
                                    self.tr("The store was left as it was. MAGIA Desk restarts now."))
            self._restart()
            return
        self.busy = False  # failed before the store was released (the backup): nothing changed, try again
        for widget in (self.current, self.new, self.again, self.change_choice, self.decrypt_choice,
                       self.show_text, self.buttons):
            widget.setEnabled(True)
        self._update()

    def _restart(self) -> None:
        restart: Callable[[Path], Any] = self.ctx.extras.get("restart_app") or restart_application
        self.accept()
        restart(self.path)


def open_encryption_dialog(parent: QWidget, ctx: AppContext) -> None:
    """Show the store's encryption state and convert it (the app restarts on the converted store)."""
    dialog = EncryptionDialog(ctx, parent)  # the parent keeps it alive while it is open
    dialog.open()
