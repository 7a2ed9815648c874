"""The Companies screen through its real widgets: search, paging, sort, filters, editor, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from magia_desk.services import organizations as orgs
from magia_desk.storage.bulk import bulk_create
from magia_desk.storage.models import Organization
from magia_desk.storage.store import Store
from magia_desk.ui.models.record_table import PAGE_SIZE
from tests.ui.conftest import OpenWindow, add_company, companies, names, wait_loaded


def _three(store: Store) -> dict[str, str]:
    return {
        "acme": add_company(store, "Acme Biotech", country="IT", city="Torino", employees=8),
        "biowin": add_company(store, "BioWin Labs", country="BE", city="Liège", employees=300,
                              turnover_meur=80),
        "cardio": add_company(store, "Cardio Devices", country="DE", city="Hamburg", employees=40,
                              turnover_meur=5),
    }


def test_empty_store_says_what_to_do(open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    screen = companies(window, qtbot)
    assert screen.list_pages.currentIndex() == 1
    assert screen.empty_title.text() == "No companies yet"
    assert "import a workbook" in screen.empty_detail.text()
    assert screen.empty_button.text() == "New company"


def test_search_as_you_type_narrows_the_table(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    _three(store)
    window = open_window()
    screen = companies(window, qtbot)
    assert screen.model.rowCount() == 3
    qtbot.keyClicks(screen.search, "bio")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and not screen.model.busy)
    assert sorted(names(screen)) == ["Acme Biotech", "BioWin Labs"]
    assert screen.count_label.text() == "2 of 3 companies"
    qtbot.keyClicks(screen.search, "w")
    qtbot.waitUntil(lambda: names(screen) == ["BioWin Labs"])
    qtbot.keyClicks(screen.search, "zzz")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0 and screen.list_pages.currentIndex() == 1)
    assert screen.empty_title.text() == "No companies match"
    qtbot.mouseClick(screen.empty_button, Qt.MouseButton.LeftButton)  # "Clear search and filters"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    assert screen.search.text() == ""


def test_stale_answers_are_dropped(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    _three(store)
    window = open_window()
    screen = companies(window, qtbot)
    for text in ("a", "ac", "car", "cardio"):  # four queries in flight; only the last may land
        screen.model.set_query(orgs.OrganizationFilter(text=text))
    wait_loaded(qtbot, screen)
    assert names(screen) == ["Cardio Devices"]


def test_lazy_paging(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    rows = [{"kind": "sme", "name": f"Company {n:05d}", "country": "IT"} for n in range(2500)]
    with store.session() as session:
        bulk_create(session, Organization, rows)
    window = open_window()
    screen = companies(window, qtbot)
    model = screen.model
    assert model.rowCount() == PAGE_SIZE
    assert model.total == 2500
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE and not model.busy)
    assert names(screen)[2 * PAGE_SIZE - 1] == f"Company {2 * PAGE_SIZE - 1:05d}"
    screen.table.scrollToBottom()  # the view asks for more when it reaches the end
    qtbot.waitUntil(lambda: model.rowCount() > 2 * PAGE_SIZE)
    assert screen.count_label.text().startswith("2,500 companies") or screen.count_label.text().startswith("2500")


def test_sort_by_clicking_a_column_header(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    _three(store)
    window = open_window()
    screen = companies(window, qtbot)
    header = screen.table.horizontalHeader()
    column = next(i for i, c in enumerate(screen.columns) if c.key == "employees")
    position = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: screen.model.sort_key == "employees" and not screen.model.busy)
    first = names(screen, "employees")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: screen.model.descending and not screen.model.busy)
    assert [first, names(screen, "employees")] == [["8", "40", "300"], ["300", "40", "8"]]


def test_filters_narrow_in_the_database(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _three(store)
    cluster = orgs.create_organization(store, {"kind": "cluster", "name": "BioPmed", "country": "IT",
                                               "is_consortium_partner": True})
    orgs.set_memberships(store, ids["acme"], [cluster])
    window = open_window()
    screen = companies(window, qtbot)
    chips = screen.filters.chips
    chips["kind"].set_value("cluster")
    qtbot.waitUntil(lambda: names(screen) == ["BioPmed"])
    assert chips["kind"].text().startswith("Kind: Cluster")
    screen.filters.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)
    chips["member_of"].set_value(cluster)
    qtbot.waitUntil(lambda: names(screen) == ["Acme Biotech"])
    chips["member_of"].set_value(None)
    chips["country"].set_value("DE")
    qtbot.waitUntil(lambda: names(screen) == ["Cardio Devices"])
    chips["country"].set_value(None)
    chips["size_class"].set_value("medium")  # 300 staff, EUR 80 m: large; 40 staff, EUR 5 m: small
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0 and not screen.model.busy)
    chips["size_class"].set_value("small")
    qtbot.waitUntil(lambda: names(screen) == ["Cardio Devices"])
    chips["size_class"].set_value(None)
    chips["consortium_partner"].set_value(True)
    qtbot.waitUntil(lambda: names(screen) == ["BioPmed"])
    assert screen.count_label.text() == "1 of 4 companies"


def test_size_column_shows_a_badge_with_provisional(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    _three(store)
    window = open_window()
    screen = companies(window, qtbot)
    column = next(i for i, c in enumerate(screen.columns) if c.key == "size_class")
    badges = {screen.model.cell_text(r, 0): screen.model.cell_badge(r, column) for r in range(screen.model.rowCount())}
    assert badges == {"Acme Biotech": ("micro", "micro", "provisional"), "BioWin Labs": ("large", "large", ""),
                      "Cardio Devices": ("small", "small", "")}


def test_create_a_company_through_the_editor(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    screen = companies(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = screen.editor
    assert editor.is_new
    fields = editor.form.fields
    assert fields["name"].widget.hasFocus()
    qtbot.keyClicks(fields["name"].widget, "Nuova Medical Srl")
    fields["kind"].widget.set_value("sme")
    country = fields["country"].widget
    country.lineEdit().clear()
    qtbot.keyClicks(country.lineEdit(), "Italy")
    qtbot.keyClicks(fields["city"].widget, "Torino")
    qtbot.keyClicks(fields["email"].widget, "info@nuova.example.com")
    qtbot.keyClicks(fields["employees"].widget, "35")
    qtbot.keyClicks(fields["turnover_meur"].widget, "4,5")
    assert editor.size_badge.badge.text() == "small"
    sectors = fields["sectors"].widget
    qtbot.keyClicks(sectors.editor, "Medical devices")
    qtbot.keyClick(sectors.editor, Qt.Key.Key_Return)
    assert sectors.value() == ["Medical devices"]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    found = orgs.organization_ids(store, orgs.OrganizationFilter(text="Nuova"))
    assert len(found) == 1
    record = orgs.get_organization(store, found[0]).record
    assert (record.name, record.country, record.city, record.employees, record.turnover_meur, record.size_class,
            record.sectors) == ("Nuova Medical Srl", "IT", "Torino", 35, 4.5, "small", ["Medical devices"])
    qtbot.waitUntil(lambda: screen.model.row_of(found[0]) is not None and screen.table.currentIndex().isValid())
    assert screen.model.id_at(screen.table.currentIndex().row()) == found[0]
    window.undo_stack.undo()  # undo the creation
    assert orgs.count_organizations(store) == 0


def test_invalid_email_marks_the_field_and_writes_nothing(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    window = open_window()
    screen = companies(window, qtbot)
    screen.create_new()
    fields = screen.editor.form.fields
    qtbot.keyClicks(fields["name"].widget, "Broken Mail Ltd")
    qtbot.keyClicks(fields["email"].widget, "not-an-email")
    qtbot.keyClick(fields["email"].widget, Qt.Key.Key_Return)  # Enter saves
    assert screen.editor.form.invalid_fields == ["email"]
    assert fields["email"].error.isVisibleTo(screen.editor)
    assert "not a valid email address" in fields["email"].error.text()
    assert fields["email"].widget.hasFocus()
    assert orgs.count_organizations(store) == 0
    fields["email"].widget.clear()
    qtbot.keyClicks(fields["email"].widget, "hello@broken.example.com")
    qtbot.keyClick(fields["email"].widget, Qt.Key.Key_Return)
    assert screen.editor.form.invalid_fields == []
    assert orgs.count_organizations(store) == 1


def test_edit_save_and_undo(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _three(store)
    window = open_window()
    screen = companies(window, qtbot)
    screen.show_record(ids["cardio"])
    editor = screen.editor
    assert editor.record_id == ids["cardio"]
    city = editor.form.fields["city"].widget
    city.clear()
    qtbot.keyClicks(city, "Kiel")
    assert editor.save_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert orgs.get_organization(store, ids["cardio"]).record.city == "Kiel"
    qtbot.waitUntil(lambda: "Kiel" in names(screen, "city"))
    assert not editor.save_button.isEnabled()
    window.act_undo.trigger()
    assert orgs.get_organization(store, ids["cardio"]).record.city == "Hamburg"
    qtbot.waitUntil(lambda: editor.form.fields["city"].widget.text() == "Hamburg")
    window.act_redo.trigger()
    assert orgs.get_organization(store, ids["cardio"]).record.city == "Kiel"


def test_memberships_and_markets_are_saved(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _three(store)
    cluster = orgs.create_organization(store, {"kind": "cluster", "name": "Lyonbiopole", "country": "FR"})
    window = open_window()
    screen = companies(window, qtbot)
    screen.show_record(ids["acme"])
    form = screen.editor.form
    clusters = form.fields["member_of"].widget
    qtbot.keyClicks(clusters.editor, "Lyonbiopole")
    qtbot.keyClick(clusters.editor, Qt.Key.Key_Return)
    markets = form.fields["market_interests"].widget
    qtbot.mouseClick(markets.add_button, Qt.MouseButton.LeftButton)
    line = markets._lines[0]
    qtbot.keyClicks(line.country.lineEdit(), "China")
    line.status.set_value("exploring")
    qtbot.keyClicks(line.needs.editor, "Find a distributor")
    qtbot.keyClick(line.needs.editor, Qt.Key.Key_Return)
    assert screen.editor.save()
    detail = orgs.get_organization(store, ids["acme"])
    assert detail.member_of == [(cluster, "Lyonbiopole")]
    assert [(m.country, m.status, m.needs) for m in detail.market_interests] == [
        ("CN", "exploring", ["find_distributor"])
    ]


def test_delete_then_undo_restores(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    ids = _three(store)
    window = open_window()
    screen = companies(window, qtbot)
    screen.show_record(ids["biowin"])
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert orgs.count_organizations(store) == 2
    qtbot.waitUntil(lambda: sorted(names(screen)) == ["Acme Biotech", "Cardio Devices"])
    assert window.messages.undo_button.isVisibleTo(window)
    assert "Deleted company BioWin Labs" in window.messages.label.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert orgs.count_organizations(store) == 3
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)


def test_contacts_of_a_company_open_in_the_contacts_screen(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    from tests.ui.conftest import add_contact

    ids = _three(store)
    person = add_contact(store, "Giulia", "Bianchi", organization_id=ids["acme"], job_title="CEO")
    window = open_window()
    screen = companies(window, qtbot)
    screen.show_record(ids["acme"])
    contacts_list = screen.editor.contacts
    assert contacts_list.item(0).text() == "Giulia Bianchi  —  CEO"
    contacts_list.itemActivated.emit(contacts_list.item(0))
    people_screen = window.current_screen()
    assert people_screen is window.screens["contacts"]
    assert people_screen.editor.record_id == person


def test_tab_follows_the_eye_through_the_record(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    acme = add_company(store, "Acme Biotech")
    orgs.set_market_interests(store, acme, [{"country": "CN", "status": "exploring", "needs": []}])
    window = open_window()
    screen = companies(window, qtbot)
    screen.show_record(acme)
    fields = screen.editor.form.fields
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Tab)
    assert fields["name"].widget.hasFocus()  # from the list straight into the record
    fields["member_of"].widget.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    market = fields["market_interests"].widget._lines[0]
    assert market.country.hasFocus()  # a line added after the window was built is reached where it shows
    fields["notes"].widget.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert screen.editor.delete_button.hasFocus()
    qtbot.keyClick(screen.editor.delete_button, Qt.Key.Key_Tab)
    assert screen.search.hasFocus()  # and round to the search, never stuck inside the pane
