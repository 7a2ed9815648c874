"""A main window over the test's fresh store, and helpers to wait for the lists' worker queries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from magia_desk.services import contacts as people
from magia_desk.services import organizations as orgs
from magia_desk.storage.store import Store
from magia_desk.ui.app import application
from magia_desk.ui.main_window import MainWindow
from magia_desk.ui.views.list_screen import ListScreen

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def open_window(store: Store, qtbot: QtBot) -> Iterator[OpenWindow]:
    """Opens the main window on the test's store (call it after putting the test's data in)."""
    opened: list[MainWindow] = []

    def open_() -> MainWindow:
        application([])  # name, style and palette as in the app
        main = MainWindow(store)
        main.show()
        main.activateWindow()
        qtbot.waitUntil(main.isActiveWindow)  # shortcuts only reach the active window
        opened.append(main)
        return main

    yield open_
    for main in opened:
        for screen in main.screens.values():
            editor = getattr(screen, "editor", None)
            if editor is not None:
                editor.clear()  # a test may end on invalid edits: closing would ask whether to drop them
        if main.isVisible():
            main.close()  # saves the layout and waits for the workers before the store closes
        main.tasks.shutdown()
        main.deleteLater()
    # Delete the windows now, while the event loop exists (else Qt warns when Python exits).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def wait_loaded(qtbot: QtBot, screen: ListScreen) -> None:
    """Until the list's last query has been answered (results arrive through the event loop)."""
    qtbot.waitUntil(lambda: screen.model.has_loaded and not screen.model.busy and screen.ctx.tasks.idle,
                    timeout=5000)


def names(screen: ListScreen, column: str = "name") -> list[str]:
    index = next(i for i, c in enumerate(screen.columns) if c.key == column)
    return [screen.model.cell_text(row, index) for row in range(screen.model.rowCount())]


def companies(window: MainWindow, qtbot: QtBot) -> ListScreen:
    screen = window.show_screen("companies")
    wait_loaded(qtbot, screen)  # type: ignore[arg-type]
    return screen  # type: ignore[return-value]


def contacts(window: MainWindow, qtbot: QtBot) -> ListScreen:
    screen = window.show_screen("contacts")
    wait_loaded(qtbot, screen)  # type: ignore[arg-type]
    return screen  # type: ignore[return-value]


def add_company(store: Store, name: str, **fields: Any) -> str:
    return orgs.create_organization(store, {"kind": "sme", "name": name, **fields})


def add_contact(store: Store, first: str, last: str, **fields: Any) -> str:
    return people.create_contact(store, {"first_name": first, "last_name": last, **fields})
