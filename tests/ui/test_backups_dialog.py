"""The Backups dialog: it lists the store's backups and "Back up now" adds one (made on a worker)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from magia_desk.services.backup import backup_store, list_backups
from magia_desk.storage.models import Organization
from magia_desk.storage.store import Store, open_store
from magia_desk.ui.dialogs.backups import BackupsDialog
from tests.ui.conftest import OpenWindow, add_company


def test_lists_backups_and_backs_up_now(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    add_company(store, "Acme Biotech")
    made = backup_store(store)
    window = open_window()
    dialog = BackupsDialog(store, window.tasks, window)
    qtbot.addWidget(dialog)
    before = len(list_backups(store.path))
    assert dialog.table.rowCount() == before >= 1
    assert made in [info.path for info in dialog.backups]
    row = next(r for r, info in enumerate(dialog.backups) if info.path == made)
    assert dialog.table.item(row, 1).text() == "Manual"
    assert dialog.table.item(row, 2).text().endswith(("KB", "MB", "bytes"))
    assert not dialog.restore_button.isEnabled()  # nothing selected yet

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert not dialog.backup_button.isEnabled()  # busy while the worker copies
    qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1 and not dialog.busy, timeout=10_000)
    assert len(list_backups(store.path)) == before + 1
    assert dialog.status.text().startswith("Backed up to ")
    assert dialog.restore_button.isEnabled()  # the new backup is selected


def test_restore_replaces_the_store_and_quits(store: Store, open_window: OpenWindow, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    add_company(store, "Acme Biotech")
    made = backup_store(store)
    add_company(store, "Made after the backup")
    window = open_window()
    dialog = BackupsDialog(store, window.tasks, window)
    qtbot.addWidget(dialog)
    told: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda _info: True)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _text: told.append(title))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    dialog.table.selectRow(next(r for r, info in enumerate(dialog.backups) if info.path == made))
    dialog.restore_selected()
    assert told == ["Backup restored"] and exits == [0]
    with open_store(store.path) as reopened, reopened.read() as session:
        names = set(session.scalars(select(Organization.name)))
    assert names == {"Acme Biotech"}
    assert any(info.kind == "restore" for info in list_backups(store.path))  # what it replaced is kept
