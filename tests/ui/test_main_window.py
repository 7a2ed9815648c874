"""The main window: shortcuts, the palette, remembered layout, refusing a store in use, errors, workers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from magia_desk.domain.errors import MagiaError
from magia_desk.services.common import Cancelled
from magia_desk.storage.store import Store, open_store
from magia_desk.ui import errors
from magia_desk.ui.app import run_gui
from magia_desk.ui.tasks import TaskRunner
from magia_desk.ui.widgets.command_palette import SIDE_ROLE
from tests.ui.conftest import OpenWindow, add_company, add_contact, companies, wait_loaded


def test_shortcuts_switch_screens_and_focus_search(store: Store, open_window: OpenWindow,
                                                   qtbot: QtBot) -> None:
    window = open_window()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[:2] == ["Companies", "Contacts"]  # later screens register after these
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() is window.screens["contacts"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    screen = window.current_screen()
    assert screen is window.screens["companies"]
    window.act_find.trigger()
    assert screen.search.hasFocus()


def test_palette_finds_a_company_and_a_contact(store: Store, open_window: OpenWindow,
                                               qtbot: QtBot) -> None:
    acme = add_company(store, "Acme Biotech", city="Torino", country="IT")
    add_company(store, "Other Labs")
    person = add_contact(store, "Anna", "Acmeson", organization_id=acme)
    window = open_window()
    companies(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.palette
    assert palette.isVisible()
    qtbot.keyClicks(palette.query, "acme")
    qtbot.waitUntil(lambda: palette.results.count() >= 2)
    found = [(palette.results.item(i).text(), palette.results.item(i).data(SIDE_ROLE))
             for i in range(palette.results.count())]
    assert found[:2] == [("Acme Biotech", "Company"), ("Anna Acmeson", "Contact")]
    qtbot.keyClick(palette.query, Qt.Key.Key_Down)
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.current_screen() is window.screens["contacts"]
    assert window.screens["contacts"].editor.record_id == person


def test_palette_runs_commands(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    companies(window, qtbot)
    palette = window.open_palette()
    qtbot.keyClicks(palette.query, "contacts")
    qtbot.waitUntil(lambda: palette.results.count() >= 1)
    assert palette.results.item(0).text().startswith("Contacts")
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    assert window.current_screen() is window.screens["contacts"]


def test_window_layout_is_remembered(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    add_company(store, "Acme Biotech")
    first = open_window()
    screen = companies(first, qtbot)
    width = 760  # above the window's minimum width, within the offscreen screen
    first.resize(width, 587)
    screen.splitter.setSizes([300, 400])
    screen.table.setColumnWidth(0, 333)
    sizes = screen.splitter.sizes()
    first.show_screen("contacts")
    first.close()

    second = open_window()
    assert second.current_screen() is second.screens["contacts"]  # the screen shown last
    assert (second.width(), second.height()) == (width, 587)
    restored = second.show_screen("companies")
    wait_loaded(qtbot, restored)
    assert restored.table.columnWidth(0) == 333
    assert restored.splitter.sizes() == sizes


def test_run_gui_refuses_a_store_in_use(store_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    told: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        told.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", record)
    with open_store(store_path):  # the other window
        size = store_path.stat().st_size
        assert run_gui(["--db", str(store_path)]) == 1
        assert store_path.stat().st_size == size
    assert len(told) == 1
    title, text = told[0]
    assert title == "MAGIA Desk cannot open the store"
    assert "already open in another MAGIA Desk window" in text
    assert "Nothing was changed" in text


def test_run_gui_refuses_a_file_that_is_not_a_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    qtbot: QtBot) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: told.append(text))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database")
    assert run_gui(["--db", str(notes)]) == 1
    assert "not a MAGIA Desk store" in told[0]
    assert notes.read_text() == "not a database"


def test_expected_and_unexpected_errors_are_shown_differently(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: warnings.append(f"{title}|{text}"))
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    errors.show_error(None, MagiaError("The store is read-only"), "Saving the company")
    assert warnings == ["Saving the company|Saving the company did not work.\n\nThe store is read-only"]
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        errors.show_error(None, exc, "Saving the company")
    (box,) = shown
    assert box.text() == "Saving the company failed unexpectedly."
    assert "ZeroDivisionError: boom" in box.detailedText()  # one click away, not first


def test_runner_hands_results_and_errors_to_the_gui_thread(qtbot: QtBot) -> None:
    owner = QWidget()
    runner = TaskRunner(owner)
    import threading

    main_thread = threading.get_ident()
    seen: list[Any] = []
    runner.run(lambda: threading.get_ident(), lambda worker: seen.append((worker != main_thread,
                                                                          threading.get_ident() == main_thread)))
    failures: list[BaseException] = []
    runner.run(lambda: 1 / 0, on_error=failures.append)
    reported: list[BaseException] = []
    runner.error_handler = lambda exc, _label, _owner: reported.append(exc)
    runner.run(lambda: (_ for _ in ()).throw(Cancelled()))  # a cancelled work is not an error
    qtbot.waitUntil(lambda: runner.idle)
    assert seen == [(True, True)]
    assert isinstance(failures[0], ZeroDivisionError)
    assert "ZeroDivisionError" in failures[0].__magia_traceback__  # type: ignore[attr-defined]
    assert reported == []
    runner.shutdown()
    owner.deleteLater()


def test_progress_and_cancel(qtbot: QtBot) -> None:
    owner = QObject()
    runner = TaskRunner(owner)
    import threading

    release = threading.Event()
    results: list[Any] = []

    def work(progress: Callable[[int, int], bool]) -> str:
        progress(1, 4)
        release.wait(5)
        if not progress(2, 4):
            raise Cancelled()
        return "finished"

    handle = runner.run_with_progress(work, results.append, label="Counting")
    assert [h.label for h in runner.background_work] == ["Counting"]
    qtbot.waitUntil(lambda: handle.fraction == 0.25)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: runner.idle)
    assert results == []
    assert runner.background_work == []
    runner.shutdown()
