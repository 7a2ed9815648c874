"""The Encryption dialog: encrypt a real store from the GUI, change its passphrase, decrypt it; the app restarts.

Each test opens the main window on the test's store, drives the dialog as a person would (passphrase twice, the
button), waits for the worker, and then looks at the file itself: encrypted means no plaintext name in its bytes.
The restart is recorded instead of run (ctx.extras["restart_app"]); QMessageBox answers are recorded too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from magia_desk.services import contacts
from magia_desk.services.backup import list_backups, store_is_encrypted
from magia_desk.storage.models import Contact
from magia_desk.storage.store import PassphraseError, Store, open_store
from magia_desk.ui.dialogs.encryption import (
    EncryptionDialog,
    open_encryption_dialog,
    passphrase_strength,
    restart_command,
)
from tests.ui.conftest import OpenWindow

pytest.importorskip("sqlcipher3")

SECRET = "Lefèvre-Dialog73"
EMAIL = "zoe.dialog73@lyonbiopole.example"


def raw_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def names_in(path: Path, passphrase: str | None) -> set[str]:
    with open_store(path, passphrase=passphrase, keep_backup=False) as reopened, reopened.read() as session:
        return set(session.scalars(select(Contact.last_name)))


def run_dialog(window, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fill) -> tuple[EncryptionDialog, list[Path],
                                                                                     list[str]]:
    restarts: list[Path] = []
    told: list[str] = []
    window.ctx.extras["restart_app"] = restarts.append
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    open_encryption_dialog(window, window.ctx)
    dialog = window.findChild(EncryptionDialog)
    assert dialog is not None and dialog.isVisible()
    fill(dialog)
    assert dialog.start_button.isEnabled(), dialog.problem()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(restarts), timeout=60_000)
    return dialog, restarts, told


def test_encrypt_then_change_passphrase_then_decrypt(store: Store, open_window: OpenWindow, qtbot: QtBot,
                                                     monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    contacts.create_contact(store, {"first_name": "Zoë", "last_name": SECRET, "email": EMAIL})
    path = store.path
    assert SECRET.encode() in raw_bytes(path)

    # 1. plain -> encrypted
    window = open_window()

    def encrypt(dialog: EncryptionDialog) -> None:
        assert "not encrypted" in dialog.state.text()
        assert not dialog.current.isVisible() and dialog.new.isVisible()
        assert "cannot be recovered" in dialog.warning.text()
        dialog.new.setText("correct horse battery staple")
        assert not dialog.start_button.isEnabled()  # not repeated yet
        dialog.again.setText("correct horse battery")
        assert dialog.problem() == "The two new passphrases differ."
        dialog.again.setText("correct horse battery staple")
        assert dialog.strength.text() in ("Strength: good", "Strength: strong")

    dialog, restarts, told = run_dialog(window, qtbot, monkeypatch, encrypt)
    assert restarts == [path] and "now encrypted" in told[0]
    assert dialog.result_ is not None and dialog.result_.kept is not None
    assert store_is_encrypted(path)
    data = raw_bytes(path)
    assert SECRET.encode() not in data and EMAIL.encode() not in data and b"SQLite format 3" not in data
    with pytest.raises(PassphraseError):
        open_store(path, passphrase="wrong passphrase", keep_backup=False)
    assert names_in(path, "correct horse battery staple") == {SECRET}
    # The copy kept of the plain store is encrypted too: nothing readable is left beside it.
    assert SECRET.encode() not in dialog.result_.kept.read_bytes()

    # 2. a new passphrase (the app restarted: a new window on the encrypted store)
    with open_store(path, passphrase="correct horse battery staple", keep_backup=False) as encrypted:
        second = _open_on(encrypted, qtbot)
        backups_before = len(list_backups(path))

        def change(dialog: EncryptionDialog) -> None:
            assert "is encrypted" in dialog.state.text() and dialog.change_choice.isChecked()
            dialog.current.setText("not it at all")
            dialog.new.setText("Another-Long-Passphrase-2026!")
            dialog.again.setText("Another-Long-Passphrase-2026!")

        dialog = _refused_then(second, qtbot, monkeypatch, change)
        assert len(list_backups(path)) == backups_before + 1  # a backup of the store as it was, re-keyed
        second.close()
    with pytest.raises(PassphraseError):
        open_store(path, passphrase="correct horse battery staple", keep_backup=False)
    assert names_in(path, "Another-Long-Passphrase-2026!") == {SECRET}
    newest = max(list_backups(path), key=lambda b: b.created)
    assert SECRET.encode() not in newest.path.read_bytes()

    # 3. encrypted -> plain
    with open_store(path, passphrase="Another-Long-Passphrase-2026!", keep_backup=False) as encrypted:
        third = _open_on(encrypted, qtbot)

        def decrypt(dialog: EncryptionDialog) -> None:
            dialog.decrypt_choice.setChecked(True)
            assert not dialog.new.isVisible() and dialog.current.isVisible()
            assert "plain file" in dialog.warning.text()
            dialog.current.setText("Another-Long-Passphrase-2026!")

        _, restarts, told = run_dialog(third, qtbot, monkeypatch, decrypt)
        assert "plain file" in told[0]
        third.close()
    assert not store_is_encrypted(path)
    assert SECRET.encode() in raw_bytes(path)
    assert names_in(path, None) == {SECRET}


def _open_on(store: Store, qtbot: QtBot):
    from magia_desk.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def _refused_then(window, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fill) -> EncryptionDialog:
    """A wrong current passphrase is refused in the dialog; the right one then goes through."""
    restarts: list[Path] = []
    window.ctx.extras["restart_app"] = restarts.append
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    open_encryption_dialog(window, window.ctx)
    dialog = window.findChild(EncryptionDialog)
    fill(dialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "not the current passphrase" in dialog.error.text()
    assert not dialog.busy and dialog.current.text() == ""
    dialog.current.setText("correct horse battery staple")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(restarts), timeout=60_000)
    return dialog


def test_passphrase_rules_and_show_hide(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    dialog = EncryptionDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.new.setText("short")
    dialog.again.setText("short")
    assert "at least 8" in (dialog.problem() or "") and not dialog.start_button.isEnabled()
    assert dialog.new.echoMode() == dialog.new.EchoMode.Password
    dialog.show_text.setChecked(True)
    assert dialog.new.echoMode() == dialog.new.EchoMode.Normal
    assert passphrase_strength("") == 0
    assert passphrase_strength("aaaaaaaaaaaaaaaa") == 1
    assert passphrase_strength("Zx9!kq2#Lm") >= 2
    assert passphrase_strength("four random words make passphrases") == 4


def test_restart_command_starts_the_same_program_on_the_same_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["/usr/bin/magia-desk", "-style", "fusion"])
    program, arguments = restart_command(Path("/data/magia.sqlite"))
    assert program == sys.executable
    assert arguments == ["-m", "magia_desk", "--db", "/data/magia.sqlite", "-style", "fusion"]
    monkeypatch.setattr(sys, "argv", ["magia-desk", "--db", "x.sqlite"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart_command(Path("x.sqlite")) == (sys.executable, ["--db", "x.sqlite"])
