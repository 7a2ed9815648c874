"""My tasks through its real widgets: the groups, ticking a task done (and undoing it), the overdue badge on the
navigation rail, opening the record a task is about, and a new task with Ctrl+N."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from magia_desk.services import agreements as agr
from magia_desk.services import tasks as task_service
from magia_desk.services.officers import create_officer
from magia_desk.storage.store import Store
from magia_desk.ui.main_window import MainWindow
from magia_desk.ui.views.tasks import TasksScreen
from tests.ui.conftest import OpenWindow, add_company

TODAY = date.today()


def _setup(store: Store) -> dict[str, str]:
    me = create_officer(store, "Anna Rossi")
    other = create_officer(store, "Marc Dupont")
    store.officer_id = me
    acme = add_company(store, "Acme Biotech", country="IT")
    mou = agr.create_agreement(store, {"type": "mou", "title": "MoU Acme", "party_ids": [acme]})
    ids = {
        "late": task_service.create_task(store, {"title": "Call Acme back", "due_date": TODAY - timedelta(days=3),
                                                 "record_type": "organization", "record_id": acme}),
        "week": task_service.create_task(store, {"title": "Send the draft", "due_date": TODAY,
                                                 "record_type": "agreement", "record_id": mou}),
        "later": task_service.create_task(store, {"title": "Plan the mission", "due_date": TODAY + timedelta(days=30)}),
        "undated": task_service.create_task(store, {"title": "Read the report"}),
    }
    task_service.create_task(store, {"title": "Not mine", "due_date": TODAY - timedelta(days=1), "owner_id": other})
    return {**ids, "me": me, "acme": acme, "mou": mou}


def _tasks(window: MainWindow, qtbot: QtBot) -> TasksScreen:
    screen = window.show_screen("tasks")
    assert isinstance(screen, TasksScreen)
    qtbot.waitUntil(lambda: screen.loaded and window.tasks.idle)
    return screen


def _titles(screen: TasksScreen, group: str) -> list[str]:
    return [item.text(0) for item in screen.task_items(group)]


def _badge(window: MainWindow) -> object:
    row = [s.key for s in window.specs].index("tasks")
    return window.navigation_delegate.counts.get(row)


def test_groups_complete_undo_and_badge(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _setup(store)
    window = open_window()
    screen = _tasks(window, qtbot)
    assert screen.group_titles() == ["Overdue  (1)", "Due this week  (1)", "Later  (1)", "No date  (1)"]
    assert _titles(screen, "overdue") == ["Call Acme back"]  # another officer's task is not here
    assert _titles(screen, "due_this_week") == ["Send the draft"]
    assert screen.task_items("due_this_week")[0].text(2) == "Agreement: MoU Acme"
    assert screen.count_label.text() == "4 open tasks, 1 overdue"
    qtbot.waitUntil(lambda: _badge(window) == 1)

    screen.task_items("overdue")[0].setCheckState(0, Qt.CheckState.Checked)  # what a click on the box does
    assert task_service.get_task(store, ids["late"]).done
    qtbot.waitUntil(lambda: screen.loaded and "Overdue  (1)" not in screen.group_titles())
    qtbot.waitUntil(lambda: not _badge(window))
    window.undo_stack.undo()
    assert not task_service.get_task(store, ids["late"]).done
    qtbot.waitUntil(lambda: screen.loaded and _titles(screen, "overdue") == ["Call Acme back"])
    qtbot.waitUntil(lambda: _badge(window) == 1)


def test_double_click_opens_the_linked_record(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _setup(store)
    window = open_window()
    screen = _tasks(window, qtbot)
    item = screen.task_items("due_this_week")[0]
    screen.tree.itemActivated.emit(item, 0)
    agreements = window.current_screen()
    assert agreements is window.screens["agreements"]
    qtbot.waitUntil(lambda: agreements.editor.record_id == ids["mou"])  # type: ignore[attr-defined]


def test_new_task_with_ctrl_n(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _setup(store)
    window = open_window()
    screen = _tasks(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.owner.value() == ids["me"]
    dialog.title.setText("Book the flights")
    dialog.due.set_value(TODAY + timedelta(days=1))
    dialog.record.pick(f"organization:{ids['acme']}", "Acme Biotech")
    dialog.accept()
    assert not dialog.isVisible()
    task = task_service.get_task(store, dialog.created_id or "")
    assert (task.title, task.record_type, task.record_id, task.owner_id) == (
        "Book the flights", "organization", ids["acme"], ids["me"])
    qtbot.waitUntil(lambda: screen.loaded and "Book the flights" in
                    _titles(screen, "due_this_week") + _titles(screen, "later"))


def test_a_task_without_title_is_refused_in_the_dialog(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    _setup(store)
    window = open_window()
    screen = _tasks(window, qtbot)
    screen.create_new()
    screen.dialog.accept()
    assert screen.dialog.isVisible()
    assert "title" in screen.dialog.error.text().lower()
    screen.dialog.reject()
