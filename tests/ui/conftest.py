"""A main window over the test's fresh store, and helpers to wait for the lists' worker queries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from magia_desk.services import contacts as people
from magia_desk.services import organizations as orgs
from magia_desk.storage.store import Store
from magia_desk.ui.app import application
from magia_desk.ui.main_window import MainWindow
from magia_desk.ui.views.list_screen import ListScreen

OpenWindow = Callable[[], MainWindow]


@pytest.fixture(autouse=True)
def unanswered_message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Offscreen, a message box nobody answers hangs the suite: answer it instead, and fail the test when it was
    the box of an unexpected error (a test that expects a box patches QMessageBox itself)."""
    shown: list[str] = []
    crashes: list[str] = []

    def answer(default: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: Any, title: str, text: str, *_args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
            shown.append(f"{title}: {text}")
            return default
        return box

    def execute(box: QMessageBox) -> int:
        shown.append(box.text())
        if box.icon() == QMessageBox.Icon.Critical:
            crashes.append(f"{box.text()}\n{box.detailedText()}")
        return int(QMessageBox.StandardButton.Cancel)

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, answer(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "exec", execute)
    yield shown
    assert not crashes, "an unexpected error was shown:\n" + "\n".join(crashes)


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
