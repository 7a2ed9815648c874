"""Keyboard: shortcuts for the frequent actions, the overlay that lists them, the menus' new entries."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from magia_desk.storage.store import Store
from magia_desk.ui.widgets.shortcut_overlay import ShortcutOverlay, shortcut_rows
from tests.ui.conftest import OpenWindow


def keys_of(window: QMainWindow) -> dict[str, str]:
    """Command text -> its first shortcut, over every action of the window."""
    return {action.text().replace("&", ""): action.shortcut().toString() for action in window.actions()
            if not action.shortcut().isEmpty()}


def test_frequent_actions_have_their_shortcuts(store: Store, open_window: OpenWindow) -> None:
    window = open_window()
    keys = keys_of(window)
    assert keys["New"] == "Ctrl+N"
    assert keys["Find"] == "Ctrl+F"
    assert keys["Save"] == "Ctrl+S"
    assert keys["Go to anything…"] == "Ctrl+K"
    assert keys["Settings…"] == "Ctrl+,"
    assert keys["Import workbook…"] == "Ctrl+I"
    assert keys["Keyboard shortcuts"] == "F1"
    assert [keys[spec.display_title] for spec in window.specs[:8]] == [f"Ctrl+{n}" for n in range(1, 9)]
    assert window.act_delete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert QKeySequence("Ctrl+/") in window.act_shortcuts.shortcuts()


def test_the_overlay_lists_every_shortcut_of_the_window(store: Store, open_window: OpenWindow) -> None:
    window = open_window()
    listed = {row.text: row.keys for row in shortcut_rows(window)}
    expected = {
        action.text().replace("&", "").rstrip("…"): tuple(k.toString(QKeySequence.SequenceFormat.NativeText)
                                                          for k in action.shortcuts())
        for action in [*window.actions(), window.act_delete] if action.shortcuts()
    }
    assert listed == expected
    groups = {row.group for row in shortcut_rows(window)}
    assert {"File", "Edit", "View", "Help"} <= groups


def test_the_overlay_cannot_go_stale(store: Store, open_window: OpenWindow) -> None:
    window = open_window()
    extra = QAction("Frobnicate the widgets", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.tools_menu.addAction(extra)
    row = next(row for row in shortcut_rows(window) if row.text == "Frobnicate the widgets")
    assert row.group == "Tools" and row.keys == ("Ctrl+Alt+J",)


def test_f1_shows_the_overlay_over_the_window_and_esc_closes_it(store: Store, open_window: OpenWindow,
                                                               qtbot: QtBot) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    overlay = window.overlay
    assert isinstance(overlay, ShortcutOverlay) and overlay.isVisible()
    assert overlay.geometry() == window.rect()  # over the whole window
    texts = [w.text() for w in overlay.card.findChildren(QWidget) if hasattr(w, "text")]
    assert "Import workbook" in texts and "Ctrl+I" in texts and "Keyboard shortcuts" in texts
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.overlay is None)
    window.act_shortcuts.trigger()
    assert window.overlay is not None and window.overlay.isVisible()
    window.act_shortcuts.trigger()  # F1 again closes it
    qtbot.waitUntil(lambda: window.overlay is None)


def test_main_controls_have_accessible_names(store: Store, open_window: OpenWindow) -> None:
    window = open_window()
    assert window.navigation.accessibleName() == "Screens"
    assert window.menuBar().accessibleName()
    assert [m.accessibleName() for m in (window.file_menu, window.edit_menu, window.view_menu, window.tools_menu,
                                         window.help_menu)] == ["File", "Edit", "View", "Tools", "Help"]
    assert all(not window.navigation.item(i).icon().isNull() for i in range(window.navigation.count()))


class Recorder(QWidget):
    made: list[tuple[Any, Any]] = []

    def __init__(self, ctx: Any, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        Recorder.made.append((ctx, parent))

    def open(self) -> None:
        self.show()


@pytest.mark.parametrize(("module", "name", "action"), [
    ("magia_desk.ui.dialogs.import_wizard", "ImportWizard", "act_import"),
    ("magia_desk.ui.dialogs.duplicates", "DuplicatesDialog", "act_duplicates"),
])
def test_menu_entries_open_the_other_dialogs(store: Store, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch,
                                             module: str, name: str, action: str) -> None:
    fake = types.ModuleType(module)
    setattr(fake, name, type(name, (Recorder,), {}))
    monkeypatch.setitem(sys.modules, module, fake)
    Recorder.made.clear()
    window = open_window()
    getattr(window, action).trigger()
    assert Recorder.made == [(window.ctx, window)]
