"""The Actions screen through its real widgets: filters and search, the editor, and adding participants in bulk
(ticking from a searchable list, pasting emails and names), removing them with undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from magia_desk.services import actions as acts
from magia_desk.services import organizations as orgs
from magia_desk.services.participations import participant_rows
from magia_desk.storage.store import Store
from magia_desk.ui.dialogs.add_participants import AddParticipantsDialog
from magia_desk.ui.views.actions import ActionsScreen
from magia_desk.ui.widgets.participations import ActionsTakenPart
from tests.ui.conftest import OpenWindow, add_company, add_contact, names, wait_loaded


def _data(store: Store) -> dict[str, str]:
    ids = {"biowin": orgs.create_organization(store, {"kind": "cluster", "name": "BioWin", "country": "BE",
                                                      "is_consortium_partner": True}),
           "lyon": orgs.create_organization(store, {"kind": "cluster", "name": "Lyonbiopole", "country": "FR",
                                                    "is_consortium_partner": True})}
    ids["webinar"] = acts.create_action(store, {"type": "webinar", "title": "Webinar on MDR",
                                                "start_date": "2019-03-05",
                                                "online": True, "organiser_id": ids["biowin"], "declared_audience": 40})
    ids["training"] = acts.create_action(store, {"type": "training", "title": "Training in Lyon",
                                                 "start_date": "2019-06-10", "city": "Lyon", "country": "FR",
                                                 "organiser_id": ids["lyon"]})
    ids["old"] = acts.create_action(store, {"type": "conference", "title": "Conference 2018",
                                            "start_date": "2018-09-01", "city": "Bruxelles", "country": "BE",
                                            "organiser_id": ids["biowin"]})
    ids["acme"] = add_company(store, "Acme Biotech", country="IT")
    ids["cardio"] = add_company(store, "Cardio Devices", country="DE")
    ids["hans"] = add_contact(store, "Hans", "Müller", email="hans@cardio.de", organization_id=ids["cardio"])
    ids["wang"] = add_contact(store, "Wei", "Wang", email="wang.wei@shmed.cn")
    return ids


def _actions(window, qtbot: QtBot) -> ActionsScreen:  # type: ignore[no-untyped-def]
    screen = window.show_screen("actions")
    wait_loaded(qtbot, screen)
    return screen


def test_list_filters_and_search(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    _data(store)
    screen = _actions(open_window(), qtbot)
    assert names(screen, "title") == ["Training in Lyon", "Webinar on MDR", "Conference 2018"]  # newest first
    assert screen.count_label.text() == "3 actions"
    audience = next(i for i, c in enumerate(screen.columns) if c.key == "audience")
    assert screen.model.index(1, audience).data() == "40"  # declared 40 > 0 participants

    screen.filters.chips["year"].set_value(2019)
    qtbot.waitUntil(lambda: names(screen, "title") == ["Training in Lyon", "Webinar on MDR"])
    screen.filters.chips["online"].set_value(True)
    qtbot.waitUntil(lambda: names(screen, "title") == ["Webinar on MDR"])
    assert screen.count_label.text() == "1 of 3 actions"
    screen.filters.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3 and not screen.model.busy)
    screen.filters.chips["type"].set_value("conference")
    qtbot.waitUntil(lambda: names(screen, "title") == ["Conference 2018"])
    screen.filters.clear()
    qtbot.keyClicks(screen.search, "lyon")
    qtbot.waitUntil(lambda: names(screen, "title") == ["Training in Lyon"])


def test_editor_saves_portal_fields(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _data(store)
    screen = _actions(open_window(), qtbot)
    screen.show_record(ids["webinar"])
    editor = screen.editor
    assert editor.record_id == ids["webinar"]
    assert editor.mapped_label.text() == "type maps to: Education and training events"
    assert editor.portal_activity.value() is None  # no override yet
    editor.form.fields["portal_status"].put("ongoing")
    editor.form.fields["audience_types"].put(["industry", "research_communities"])
    editor.form.fields["work_package"].put("WP4")
    editor.form.fields["portal_activity_type"].put("conferences")
    assert editor.save()
    action = acts.get_action(store, ids["webinar"])
    assert (action.portal_status, action.work_package, action.portal_activity_type) == ("ongoing", "WP4",
                                                                                          "conferences")
    assert action.audience_types == ["industry", "research_communities"]


def test_add_participants_by_ticking_and_pasting(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _data(store)
    window = open_window()
    screen = _actions(window, qtbot)
    screen.show_record(ids["training"])
    panel = screen.editor.participants
    assert panel.action_id == ids["training"]
    assert panel.table.rowCount() == 0

    dialog = AddParticipantsDialog(screen.ctx, ids["training"], panel)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.searching and dialog.results.count() > 0)
    qtbot.keyClicks(dialog.search, "acme")
    qtbot.waitUntil(lambda: not dialog.searching and dialog.results.count() == 1)
    dialog.tick("Acme Biotech")
    dialog.search.clear()  # the tick is kept while the list changes
    qtbot.keyClicks(dialog.search, "hans")
    qtbot.waitUntil(lambda: not dialog.searching and any("Hans" in dialog.results.item(i).text()
                                                         for i in range(dialog.results.count())))
    dialog.tick("Hans Müller")
    assert len(dialog.chosen()) == 2

    dialog.tabs.setCurrentIndex(1)
    dialog.paste.setPlainText("wang.wei@shmed.cn; nobody@nowhere.org")
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.matches.count() == 2)
    texts = [dialog.matches.item(i).text() for i in range(dialog.matches.count())]
    assert any("Wei Wang" in t or "Wang" in t for t in texts if "→" in t)
    assert any("no match" in t for t in texts)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Add 3"
    dialog.role.set_value("speaker")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    rows = participant_rows(store, ids["training"])
    assert sorted((r.organization or "", r.contact or "", r.role) for r in rows) == [
        ("", "Wei Wang", "speaker"), ("Acme Biotech", "", "speaker"), ("Cardio Devices", "Hans Müller", "speaker"),
    ]
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3)
    assert panel.count_label.text().startswith("3 participants")
    assert screen.editor.tabs.tabText(1) == "Participants (3)"

    # Remove one, then undo.
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3)

    # Every action a company took part in (the widget for the company pane).
    part = ActionsTakenPart(screen.ctx, "organization", ids["cardio"])
    qtbot.addWidget(part)
    qtbot.waitUntil(lambda: not part.busy)
    assert [r.title for r in part.rows] == ["Training in Lyon"]
    assert part.table.item(0, 1).text().startswith("Training in Lyon")


def test_new_action_with_ctrl_n_then_delete_and_undo(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    _data(store)
    window = open_window()
    screen = _actions(window, qtbot)
    screen.create_new()
    editor = screen.editor
    assert editor.is_new
    editor.form.fields["type"].put("trade_show")
    editor.form.fields["title"].put("MEDICA 2019")
    editor.form.fields["start_date"].put(date(2019, 11, 18))
    editor.form.fields["country"].put("DE")
    assert editor.save()
    qtbot.waitUntil(lambda: "MEDICA 2019" in names(screen, "title") and not screen.model.busy)
    new_id = editor.record_id
    assert new_id is not None and acts.get_action(store, new_id).type == "trade_show"
    assert editor.participants.capture_button.isVisibleTo(editor.participants)  # a trade show: capture mode
    screen.delete_ids([new_id])
    qtbot.waitUntil(lambda: "MEDICA 2019" not in names(screen, "title"))
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "MEDICA 2019" in names(screen, "title"))
