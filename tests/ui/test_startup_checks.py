"""The integrity check deferred from opening runs on a worker once the window shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from magia_desk.storage import store as store_module
from magia_desk.storage.store import Store
from magia_desk.ui import app


def test_a_damaged_store_is_closed_with_a_message_naming_the_backup(
    store: Store, open_window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    shown: list[str] = []
    monkeypatch.setattr(store_module, "quick_check", lambda *_a: ["database disk image is malformed"])
    monkeypatch.setattr("magia_desk.services.backup.latest_good_backup", lambda *_a: Path("/backups/good.magiabackup"))
    monkeypatch.setattr(app.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    app.start_checks(window)
    qtbot.waitUntil(lambda: bool(shown))
    assert "malformed" in shown[0] and "good.magiabackup" in shown[0]
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_sound_store_makes_its_daily_backup_after_the_check(
    store: Store, open_window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    backed_up: list[Store] = []
    monkeypatch.setattr("magia_desk.services.backup.backup_if_due", lambda s, **_rotation: backed_up.append(s))
    app.start_checks(window)
    qtbot.waitUntil(lambda: bool(backed_up))
    assert backed_up == [store] and window.isVisible()
