"""Edit ▸ Settings: language, officer, data folder, backup schedule and encryption, kept for the next start."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from magia_desk.domain.retention import DAILY_KEPT, WEEKLY_KEPT
from magia_desk.services.officers import create_officer, list_officers
from magia_desk.services.organizations import create_organization
from magia_desk.settings import Settings, chosen_data_folder
from magia_desk.storage.store import Store
from magia_desk.ui import app
from magia_desk.ui.dialogs.settings import AddOfficerDialog, SettingsDialog
from magia_desk.ui.preferences import BackupSchedule, backup_schedule, save_backup_schedule, store_path_at_start
from magia_desk.ui.state import ui_settings
from tests.ui.conftest import OpenWindow


def open_settings(window: Any) -> SettingsDialog:
    window.act_settings.trigger()
    (dialog,) = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    return dialog


def test_settings_are_saved_and_kept_for_the_next_start(store: Store, open_window: OpenWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    dialog = open_settings(window)
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.set_folder(tmp_path / "elsewhere")
    dialog.automatic.setChecked(False)
    dialog.daily.setValue(10)
    dialog.weekly.setValue(8)
    dialog.accept()
    assert ui_settings().value("ui/language") == "it"
    assert chosen_data_folder() == tmp_path / "elsewhere"
    assert backup_schedule() == BackupSchedule(automatic=False, daily=10, weekly=8)
    monkeypatch.delenv("MAGIA_DESK_DB")
    assert store_path_at_start(None) == tmp_path / "elsewhere" / "magia.sqlite"  # the next start's store
    assert store_path_at_start("given.sqlite") == Path("given.sqlite")  # --db still wins

    again = open_settings(window)
    assert again.language.currentData() == "it"
    assert again.folder.text() == str(tmp_path / "elsewhere")
    assert (again.automatic.isChecked(), again.daily.value(), again.weekly.value()) == (False, 10, 8)
    again.set_folder(None)
    again.accept()
    assert chosen_data_folder() is None


def test_the_dialog_says_when_changes_apply(store: Store, open_window: OpenWindow) -> None:
    dialog = open_settings(open_window())
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert said.count("Applies the next time MAGIA Desk starts") == 2  # language and data folder
    assert str(store.path) in said
    dialog.reject()


def test_switching_and_adding_officers(store: Store, open_window: OpenWindow, qtbot: Any) -> None:
    cluster = create_organization(store, {"kind": "cluster", "name": "BioWin", "is_consortium_partner": True})
    first = create_officer(store, "Anna Rossi")
    second = create_officer(store, "Bruno Weber")
    store.officer_id = first
    window = open_window()
    dialog = open_settings(window)
    assert [dialog.officer.itemText(i) for i in range(dialog.officer.count())] == ["Anna Rossi", "Bruno Weber"]
    assert dialog.officer.currentData() == first
    dialog.officer.setCurrentIndex(dialog.officer.findData(second))
    dialog.accept()
    assert store.officer_id == second and Settings.load().officer_id == second
    assert "Bruno Weber" in window.store_status.officer_label.text()

    adding = AddOfficerDialog(window.ctx, window)
    qtbot.addWidget(adding)
    assert [adding.cluster.itemText(i) for i in range(adding.cluster.count())] == ["None", "BioWin"]
    adding.name.setText("Céline Lambert")
    adding.cluster.setCurrentIndex(1)
    adding.add()
    assert adding.result() == QDialog.DialogCode.Accepted
    added = next(o for o in list_officers(store) if o.id == adding.officer_id)
    assert (added.name, added.partner_cluster_id) == ("Céline Lambert", cluster)


def test_encryption_button_opens_the_encryption_dialog(store: Store, open_window: OpenWindow,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, Any]] = []
    fake = types.ModuleType("magia_desk.ui.dialogs.encryption")
    fake.open_encryption_dialog = lambda parent, ctx: calls.append((parent, ctx))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "magia_desk.ui.dialogs.encryption", fake)
    window = open_window()
    dialog = open_settings(window)
    dialog.open_encryption()
    assert calls == [(dialog, window.ctx)]
    dialog.reject()


def test_the_daily_backup_follows_the_schedule(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr("magia_desk.services.backup.backup_if_due", lambda s, **kw: calls.append((s, kw)))
    app.daily_backup(store)
    assert calls == [(store, {"daily": DAILY_KEPT, "weekly": WEEKLY_KEPT})]  # the standard rotation
    save_backup_schedule(BackupSchedule(automatic=True, daily=14, weekly=2))
    app.daily_backup(store)
    assert calls[-1] == (store, {"daily": 14, "weekly": 2})
    save_backup_schedule(BackupSchedule(automatic=False))
    calls.clear()
    app.daily_backup(store)
    assert calls == []
