"""The Missions screen through its real widgets: the mission's facts, delegation, itinerary, the meetings
planner by day with its clash in red, and the calendar export through the file dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from magia_desk.services import actions as acts
from magia_desk.services import meetings as mtg
from magia_desk.services import missions as ms
from magia_desk.services.officers import create_officer
from magia_desk.storage.store import Store
from magia_desk.ui.views.meetings_planner import CLASH_RED
from magia_desk.ui.views.missions import MissionsScreen
from tests.ui.conftest import OpenWindow, add_company, add_contact


@pytest.fixture
def trip(store: Store) -> dict[str, str]:
    ids = {"sme": add_company(store, "Cardio SAS", country="FR"),
           "dist": add_company(store, "Shanghai MedDist", country="CN", city="Shanghai")}
    ids["claire"] = add_contact(store, "Claire", "Dubois", organization_id=ids["sme"])
    ids["zhang"] = add_contact(store, "伟", "张", organization_id=ids["dist"])
    ids["officer"] = create_officer(store, "Marie Laurent", email="marie@lyonbiopole.com")
    ids["mission"] = ms.create_mission(store, {
        "type": "fact_finding_mission", "title": "Shanghai medtech mission", "start_date": "2019-05-13",
        "end_date": "2019-05-17", "destination_country": "CN", "destination_cities": ["Shanghai", "Suzhou"]})
    ms.add_delegates(store, ids["mission"], [(ids["sme"], ids["claire"])])
    ms.add_itinerary_item(store, ids["mission"], {"kind": "flight", "title": "LYS-PVG", "starts_at": "2019-05-13 09:00",
                                                  "place": "Lyon airport"})
    ids["first"] = mtg.create_meeting(store, ids["mission"], {
        "organization_id": ids["dist"], "starts_at": "2019-05-14 10:00", "ends_at": "2019-05-14 11:30",
        "place": "Pudong", "topic": "Distribution"}, met=[ids["zhang"]], delegation_contacts=[ids["claire"]],
        follow_ups=[mtg.FollowUp("Send price list")])
    ids["second"] = mtg.create_meeting(store, ids["mission"], {
        "starts_at": "2019-05-14 11:00", "ends_at": "2019-05-14 12:00", "topic": "Hospital visit"},
        delegation_contacts=[ids["claire"]])
    ids["calm"] = mtg.create_meeting(store, ids["mission"], {
        "starts_at": "2019-05-15 09:00", "topic": "Wrap-up"}, delegation_officers=[ids["officer"]])
    return ids


def _missions(window, qtbot: QtBot) -> MissionsScreen:  # type: ignore[no-untyped-def]
    screen = window.show_screen("missions")
    qtbot.waitUntil(lambda: screen.detail is not None and not screen.busy, timeout=5000)
    return screen


def test_planner_shows_days_and_the_clash_in_red(store: Store, trip: dict[str, str], open_window: OpenWindow,
                                                 qtbot: QtBot) -> None:
    acts.create_action(store, {"type": "webinar", "title": "Not a mission", "start_date": "2019-01-01"})
    screen = _missions(open_window(), qtbot)
    assert screen.list.count() == 1  # only missions and trade shows
    assert screen.heading.text() == "Shanghai medtech mission"
    facts = screen.facts.text()
    assert "China" in facts and "Shanghai, Suzhou" in facts and "Asia/Shanghai" in facts
    assert screen.delegation_table.rowCount() == 1
    assert screen.delegation_table.item(0, 1).text() == "Claire Dubois"
    assert screen.itinerary_table.item(0, 2).text() == "LYS-PVG"

    planner = screen.planner
    assert [planner.day_bar.tabText(i) for i in range(planner.day_bar.count())] == ["Tue 14 May (2)",
                                                                                  "Wed 15 May (1)"]
    assert planner.day_bar.currentIndex() == 0  # opens on the day with the clash
    assert planner.day_bar.tabTextColor(0) == CLASH_RED
    table = planner.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["⚠ 10:00–11:30", "⚠ 11:00–12:00"]
    assert table.item(0, 1).text() == "Shanghai MedDist"
    assert "伟" in table.item(0, 2).text()
    assert table.item(0, 3).text() == "Claire Dubois"
    assert "Send price list" in table.item(0, 7).text()
    assert planner.clash_rows() == [0, 1]
    assert table.item(0, 1).foreground().color() == CLASH_RED
    assert "Claire Dubois is in two meetings at once" in table.item(1, 4).toolTip()
    assert planner.clash_label.isVisible()
    assert "Claire Dubois is in two meetings at once" in planner.clash_label.text()
    assert "⚠ 1" in screen.tabs.tabText(0)

    planner.day_bar.setCurrentIndex(1)
    assert planner.clash_rows() == []
    assert table.item(0, 5).text() == "Wrap-up"
    assert table.item(0, 3).text() == "Marie Laurent"

    # Moving the second meeting away clears the clash (the screen follows data changes).
    screen.ctx.operations.perform(lambda: mtg.update_meeting(store, trip["second"], {"starts_at": "2019-05-14 11:30"}),
                                  {"meeting"})
    qtbot.waitUntil(lambda: not screen.busy and screen.detail is not None and not screen.detail.clashes)
    assert not planner.clash_label.isVisible()
    assert screen.tabs.tabText(0) == "Meetings planner (3)"


def test_export_ics_through_the_file_dialog(store: Store, trip: dict[str, str], open_window: OpenWindow,
                                           qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    screen = _missions(open_window(), qtbot)
    target = tmp_path / "trip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Calendar (*.ics)"))
    offered: list[Path] = []
    monkeypatch.setattr(screen, "_offer_open", offered.append)
    screen.export_ics()
    qtbot.waitUntil(lambda: bool(offered), timeout=5000)
    assert offered[0] == tmp_path / "trip.ics"
    calendar = Calendar.from_ical(offered[0].read_bytes())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert any("Shanghai MedDist" in s for s in summaries)
    assert any("LYS-PVG" in s for s in summaries)


def test_plan_a_meeting_that_clashes_then_delete_and_undo(store: Store, trip: dict[str, str],
                                                          open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    screen = _missions(window, qtbot)
    planner = screen.planner
    planner.day_bar.setCurrentIndex(1)  # Wed 15 May
    dialog = screen.new_meeting(planner.current_day())
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.starts.text().startswith("2019-05-15")
    dialog.organization.pick(trip["dist"], "Shanghai MedDist")
    assert dialog.met.count() == 1  # the organization's people, to tick
    dialog.met.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.starts.setText("2019-05-15 09:30")
    dialog.ends.setText("10:15")  # the day is taken from the start
    dialog.topic.setText("Samples")
    officer_row = next(i for i in range(dialog.present.count()) if "Marie Laurent" in dialog.present.item(i).text())
    dialog.present.item(officer_row).setCheckState(Qt.CheckState.Checked)
    dialog.follow_up.setText("Ship samples")
    dialog.save()
    assert dialog.saved_id is not None
    saved = mtg.get_meeting(store, dialog.saved_id)
    assert (saved.starts_at.hour, saved.ends_at.hour, saved.ends_at.minute) == (9, 10, 15)  # type: ignore[union-attr]
    assert [p.contact_id for p in saved.met] == [trip["zhang"]]
    assert [t.title for t in saved.follow_ups] == ["Ship samples"]

    # The officer is now in two meetings at once: the planner shows it.
    qtbot.waitUntil(lambda: not screen.busy and screen.detail is not None and len(screen.detail.clashes) == 2)
    assert any("Marie Laurent" in c.message for c in screen.detail.clashes)
    planner.day_bar.setCurrentIndex(1)
    assert planner.clash_rows() == [0, 1]

    planner.table.selectRow(1)
    qtbot.mouseClick(planner.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy and len(screen.detail.clashes) == 1)  # type: ignore[union-attr]
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not screen.busy and len(screen.detail.clashes) == 2)  # type: ignore[union-attr]
