"""Help ▸ About: name, version, the store's location with a way to open its folder, versions, licence, icon."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from magia_desk import __version__
from magia_desk.storage.store import Store
from magia_desk.ui.dialogs.about import AboutDialog, versions_text
from magia_desk.ui.icons import app_icon, icon, icon_names
from magia_desk.ui.screens import SCREENS
from tests.ui.conftest import OpenWindow


def test_about_names_the_version_and_the_store(store: Store, open_window: OpenWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.act_about.trigger()
    (dialog,) = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "MAGIA Desk" in said and f"Version {__version__}" in said
    assert str(store.path) in said
    assert "EUPL-1.2" in said and "PySide" in said and "Python" in said
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog.open_folder.click()
    assert [url.toLocalFile() for url in opened] == [str(store.path.parent)]
    assert __version__ in versions_text()
    dialog.reject()


def test_about_without_a_store_cannot_open_a_folder(qtbot: Any) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.open_folder.isEnabled()


def test_icons_exist_for_every_screen_and_render_at_any_size(qtbot: Any) -> None:
    names = set(icon_names())
    assert {spec.icon for spec in SCREENS} <= names
    assert {"app", "new", "search", "save", "delete", "import", "export", "settings", "sync", "reports"} <= names
    for size in (16, 24, 64):
        image = icon("companies").pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size))  # something drawn
    assert not app_icon().isNull()
