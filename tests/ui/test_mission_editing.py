"""Editing a mission on the Missions screen through real widgets: its destination (country, cities, time zone)
and its itinerary (add through the dialog, delete, undo)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget, QToolButton
from pytestqt.qtbot import QtBot

from magia_desk.services import missions as ms
from magia_desk.storage.store import Store
from magia_desk.ui.dialogs.itinerary_editor import ItineraryDialog
from magia_desk.ui.dialogs.mission_editor import MissionDialog, cities_of
from magia_desk.ui.views.missions import MissionsScreen
from tests.ui.conftest import OpenWindow


@pytest.fixture
def mission(store: Store) -> str:
    mission_id = ms.create_mission(store, {
        "type": "fact_finding_mission", "title": "Shanghai medtech mission", "start_date": "2019-05-13",
        "end_date": "2019-05-17", "destination_country": "CN", "destination_cities": ["Shanghai"]})
    ms.add_itinerary_item(store, mission_id, {"kind": "flight", "title": "LYS-PVG", "starts_at": "2019-05-13 09:00"})
    return mission_id


def _missions(window, qtbot: QtBot) -> MissionsScreen:  # type: ignore[no-untyped-def]
    screen = window.show_screen("missions")
    qtbot.waitUntil(lambda: screen.detail is not None and not screen.busy, timeout=5000)
    return screen


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _save(qtbot: QtBot, dialog) -> None:  # type: ignore[no-untyped-def]
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _type_country(qtbot: QtBot, dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    line = dialog.country.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, name)
    dialog.country.setCurrentIndex(dialog.country.findText(name, Qt.MatchFlag.MatchContains))


def test_edit_the_destination_through_the_dialog(store: Store, mission: str, open_window: OpenWindow,
                                                 qtbot: QtBot) -> None:
    window = open_window()
    screen = _missions(window, qtbot)
    assert cities_of(screen.detail.summary) == ["Shanghai"]  # type: ignore[union-attr]
    qtbot.mouseClick(screen.edit_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChildren(MissionDialog)[-1]
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.cities.value() == ["Shanghai"]
    assert dialog.zone.currentText() == "Asia/Shanghai"

    _type_country(qtbot, dialog, "Japan")
    assert dialog.country.value() == "JP"
    assert dialog.zone.currentText() == "Asia/Tokyo"  # the zone follows the country
    qtbot.keyClicks(dialog.cities.editor, "Tokyo")
    qtbot.keyClick(dialog.cities.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.cities.editor, "Osaka")
    qtbot.keyClick(dialog.cities.editor, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.cities.findChildren(QToolButton)[0], Qt.MouseButton.LeftButton)
    assert dialog.cities.value() == ["Tokyo", "Osaka"]  # the chip's ✕ removed Shanghai
    _save(qtbot, dialog)
    assert dialog.saved and not dialog.isVisible()

    saved = ms.get_mission(store, mission)
    assert (saved.destination_country, saved.timezone) == ("JP", "Asia/Tokyo")
    assert cities_of(saved) == ["Tokyo", "Osaka"]
    qtbot.waitUntil(lambda: not screen.busy and "Japan" in screen.facts.text(), timeout=5000)
    assert "Tokyo, Osaka" in screen.facts.text()

    window.undo_stack.undo()  # the previous destination comes back
    assert ms.get_mission(store, mission).timezone == "Asia/Shanghai"
    qtbot.waitUntil(lambda: not screen.busy and "China" in screen.facts.text(), timeout=5000)


def test_a_bad_time_zone_is_refused_at_the_field(store: Store, mission: str, open_window: OpenWindow,
                                                 qtbot: QtBot) -> None:
    screen = _missions(open_window(), qtbot)
    dialog = screen.edit_mission()
    assert dialog is not None
    qtbot.addWidget(dialog)
    zone_line = dialog.zone.lineEdit()
    assert zone_line is not None
    zone_line.selectAll()
    qtbot.keyClicks(zone_line, "Mars/Olympus")
    _save(qtbot, dialog)
    assert dialog.isVisible() and not dialog.saved
    assert dialog.form.invalid_fields == ["timezone"]
    field = dialog.form.fields["timezone"]
    assert field.error.isVisible() and "not a time zone" in field.error.text()
    assert ms.get_mission(store, mission).timezone == "Asia/Shanghai"  # nothing written
    dialog.reject()


def test_add_an_itinerary_item_then_delete_and_undo(store: Store, mission: str, open_window: OpenWindow,
                                                    qtbot: QtBot) -> None:
    window = open_window()
    screen = _missions(window, qtbot)
    table = screen.itinerary_table
    screen.tabs.setCurrentIndex(2)
    assert not screen.delete_item_button.isEnabled()  # nothing selected
    qtbot.mouseClick(screen.add_item_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChildren(ItineraryDialog)[-1]
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.kind.set_value("hotel")
    qtbot.keyClicks(dialog.title, "Hotel Okura")
    assert dialog.starts.text().startswith("2019-05-13")  # the mission's first day
    dialog.starts.clear()
    qtbot.keyClicks(dialog.starts, "2019-05-13 18:00")
    qtbot.keyClicks(dialog.ends, "23:00")  # a time alone is taken on the start's day
    qtbot.keyClicks(dialog.place, "Huaihai Road")
    qtbot.keyClicks(dialog.notes, "Booked by Marie")
    _save(qtbot, dialog)
    assert dialog.saved_id is not None and not dialog.isVisible()
    qtbot.waitUntil(lambda: not screen.busy and table.rowCount() == 2, timeout=5000)
    assert [_cell(table, r, 2) for r in range(2)] == ["LYS-PVG", "Hotel Okura"]
    assert _cell(table, 1, 0) == "Mon 13 May 18:00–23:00"
    assert _cell(table, 1, 3) == "Huaihai Road"
    assert screen.tabs.tabText(2) == "Itinerary (2)"

    # A bad end is refused at its field.
    bad = screen.new_itinerary_item()
    assert bad is not None
    qtbot.addWidget(bad)
    qtbot.keyClicks(bad.title, "Visit")
    bad.starts.setText("2019-05-14 10:00")
    qtbot.keyClicks(bad.ends, "09:00")
    _save(qtbot, bad)
    assert bad.isVisible() and bad.form.invalid_fields == ["ends_at"]
    bad.reject()

    table.selectRow(1)
    assert screen.delete_item_button.isEnabled()
    qtbot.mouseClick(screen.delete_item_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy and table.rowCount() == 1, timeout=5000)
    assert [i.title for i in ms.itinerary(store, mission)] == ["LYS-PVG"]
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not screen.busy and table.rowCount() == 2, timeout=5000)
    assert [i.title for i in ms.itinerary(store, mission)] == ["LYS-PVG", "Hotel Okura"]


def test_edit_an_itinerary_item(store: Store, mission: str, open_window: OpenWindow, qtbot: QtBot) -> None:
    screen = _missions(open_window(), qtbot)
    screen.itinerary_table.selectRow(0)
    dialog = screen.edit_itinerary_item()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "LYS-PVG" and dialog.kind.value() == "flight"
    qtbot.keyClicks(dialog.place, "Lyon airport")
    _save(qtbot, dialog)
    assert ms.itinerary(store, mission)[0].place == "Lyon airport"
    qtbot.waitUntil(lambda: not screen.busy and _cell(screen.itinerary_table, 0, 3) == "Lyon airport",
                    timeout=5000)
