"""The Help menu's two windows, for code that looks for them here.

The shortcuts list is an overlay built from the window's own actions (widgets/shortcut_overlay.py); About is
a dialog with the version and the store's location (dialogs/about.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QWidget

from magia_desk.ui.dialogs.about import AboutDialog
from magia_desk.ui.widgets.shortcut_overlay import ShortcutOverlay, shortcut_rows

__all__ = ["AboutDialog", "ShortcutOverlay", "shortcut_rows", "show_about", "show_shortcuts"]


def show_about(parent: QWidget, store_path: Path | None = None) -> None:
    AboutDialog(store_path, parent).exec()


def show_shortcuts(window: QMainWindow) -> ShortcutOverlay:
    overlay = ShortcutOverlay(window)
    overlay.open()
    return overlay
