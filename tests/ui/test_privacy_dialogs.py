"""Privacy from the GUI: erasure through the dialog, subject access export, retention review, passphrase prompt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from magia_desk.services.contacts import get_contact
from magia_desk.storage.store import Store, open_store
from magia_desk.ui.dialogs import privacy
from magia_desk.ui.dialogs.passphrase import PassphraseDialog
from magia_desk.ui.dialogs.privacy import PrivacyDialog, RetentionDialog, export_subject_access
from tests.ui.conftest import OpenWindow, add_company, add_contact


def test_erase_through_the_dialog_leaves_no_name(store: Store, open_window: OpenWindow, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    acme = add_company(store, "Acme Biotech")
    person = add_contact(store, "Marta", "Kowalska", organization_id=acme, email="marta@example.eu")
    window = open_window()
    asked: list[str] = []
    monkeypatch.setattr(privacy, "confirm_erasure", lambda _parent, name: asked.append(name) or True)
    dialog = PrivacyDialog(window.ctx, person, window)
    qtbot.addWidget(dialog)
    assert "Marta Kowalska" in dialog.windowTitle()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert asked == ["Marta Kowalska"]  # the confirmation names the person
    qtbot.waitUntil(lambda: window.ctx.tasks.idle, timeout=10_000)
    contact = get_contact(store, person)
    assert contact.erased_at is not None
    values = " ".join(str(v) for v in vars(contact).values())
    assert "Marta" not in values and "Kowalska" not in values and "marta@" not in values
    assert contact.organization_id == acme  # the link stays: counts per organization do not move


def test_cancelled_erasure_changes_nothing(store: Store, open_window: OpenWindow, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    person = add_contact(store, "Marta", "Kowalska")
    window = open_window()
    monkeypatch.setattr(privacy, "confirm_erasure", lambda _parent, _name: False)
    dialog = PrivacyDialog(window.ctx, person, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.tasks.idle)
    assert get_contact(store, person).last_name == "Kowalska"


def test_subject_access_export_writes_both_files(store: Store, open_window: OpenWindow, qtbot: QtBot,
                                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    person = add_contact(store, "Marta", "Kowalska")
    window = open_window()
    offered: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **_kw: offered.append(args[2]) or QMessageBox.No)
    export_subject_access(window.ctx, window, person, tmp_path / "marta")
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert "Kowalska" in (tmp_path / "marta.txt").read_text(encoding="utf-8")
    assert (tmp_path / "marta.json").exists()
    assert "marta.txt" in offered[0]


def test_retention_review_lists_stale_contacts(store: Store, open_window: OpenWindow, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    person = add_contact(store, "Marta", "Kowalska")
    window = open_window()
    real = privacy.stale_contacts
    monkeypatch.setattr(privacy, "stale_contacts", lambda s, years: real(s, years, today=date(2040, 1, 1)))
    dialog = RetentionDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 0).text() == "Marta Kowalska"
    assert dialog.count.text() == "1 contact to review"
    dialog.years.setValue(20)  # in 2040 she was active 14 years ago
    qtbot.waitUntil(lambda: dialog.count.text() == "Nobody to review.", timeout=5000)
    assert person


def test_passphrase_dialog_refuses_a_wrong_one_then_opens(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "secret" / "magia.sqlite"
    with open_store(path, passphrase="x") as created:
        add_contact(created, "Marta", "Kowalska")
    dialog = PassphraseDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.field.echoMode() == dialog.field.EchoMode.Password
    qtbot.keyClicks(dialog.field, "wrong")
    dialog.try_open()
    assert dialog.store is None and dialog.error.isVisibleTo(dialog)
    assert "does not open" in dialog.error.text()
    assert dialog.field.text() == ""
    qtbot.keyClicks(dialog.field, "x")
    dialog.try_open()
    assert dialog.store is not None
    try:
        assert dialog.result() == dialog.DialogCode.Accepted
        assert dialog.store.passphrase == "x"
    finally:
        dialog.store.close()
