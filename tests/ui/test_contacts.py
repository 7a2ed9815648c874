"""The Contacts screen: create with a company picked by typing, GDPR consent, filters, validation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from magia_desk.services import contacts as people
from magia_desk.storage.store import Store
from tests.ui.conftest import OpenWindow, add_company, add_contact, contacts, names


def test_create_a_contact_linked_to_a_company_with_consent(
    store: Store, open_window: OpenWindow, qtbot: QtBot
) -> None:
    acme = add_company(store, "Acme Biotech", country="IT", city="Torino")
    add_company(store, "Zeta Pharma", country="FR")
    window = open_window()
    screen = contacts(window, qtbot)
    assert screen.empty_title.text() == "No contacts yet"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fields = screen.editor.form.fields
    qtbot.keyClicks(fields["first_name"].widget, "Chiara")
    qtbot.keyClicks(fields["last_name"].widget, "Esposito")
    picker = fields["organization_id"].widget
    picker.setFocus()
    qtbot.keyClicks(picker, "acm")
    completer = picker.suggestions
    qtbot.waitUntil(lambda: completer.model().rowCount() == 1 and completer.popup().isVisible())
    assert completer.model().index(0, 0).data() == "Acme Biotech  —  Torino, Italy"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert picker.text() == "Acme Biotech"
    assert picker.value() == acme
    qtbot.keyClicks(fields["email"].widget, "chiara@acme.example.com")
    qtbot.keyClicks(fields["phone"].widget, "011 555 1234")
    country = fields["country"].widget
    qtbot.keyClicks(country.lineEdit(), "Italy")
    fields["consent_status"].widget.set_value("given")
    assert fields["consent_date"].widget.value() == date.today()  # filled in when consent is given
    qtbot.keyClicks(fields["consent_source"].widget, "Business card at MEDICA")
    qtbot.keyClick(fields["consent_source"].widget, Qt.Key.Key_Return)
    assert screen.editor.form.invalid_fields == []
    (contact_id,) = people.contact_ids(store, people.ContactFilter(text="Esposito"))
    contact = people.get_contact(store, contact_id)
    assert (contact.organization_id, contact.email, contact.phone, contact.country, contact.consent_status,
            contact.consent_date, contact.consent_source) == (
        acme, "chiara@acme.example.com", "+390115551234", "IT", "given", date.today(), "Business card at MEDICA")
    qtbot.waitUntil(lambda: names(screen) == ["Chiara Esposito"])
    assert names(screen, "organization") == ["Acme Biotech"]


def test_consent_given_without_a_date_is_refused_at_the_date(
    store: Store, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    screen = contacts(window, qtbot)
    screen.create_new()
    fields = screen.editor.form.fields
    qtbot.keyClicks(fields["first_name"].widget, "Jan")
    qtbot.keyClicks(fields["last_name"].widget, "Peeters")
    fields["consent_status"].widget.set_value("given")
    fields["consent_date"].widget.set_value(None)
    assert not screen.editor.save()
    assert screen.editor.form.invalid_fields == ["consent_date"]
    assert "required when consent is given" in fields["consent_date"].error.text()
    assert people.count_contacts(store) == 0


def test_an_unknown_company_typed_by_hand_is_refused_at_the_field(
    store: Store, open_window: OpenWindow, qtbot: QtBot
) -> None:
    window = open_window()
    screen = contacts(window, qtbot)
    screen.create_new()
    fields = screen.editor.form.fields
    qtbot.keyClicks(fields["first_name"].widget, "Jan")
    qtbot.keyClicks(fields["last_name"].widget, "Peeters")
    qtbot.keyClicks(fields["organization_id"].widget, "No Such Company")
    assert not screen.editor.save()
    assert screen.editor.form.invalid_fields == ["organization_id"]
    assert people.count_contacts(store) == 0


def test_contact_filters_and_search(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    acme = add_company(store, "Acme Biotech", country="IT")
    add_contact(store, "Anna", "Rossi", organization_id=acme, country="IT", consent_status="given",
                consent_date="2024-03-01", languages=["it", "en"])
    add_contact(store, "Bernd", "Müller", country="DE", consent_status="refused", languages=["de"])
    add_contact(store, "Claire", "Dubois", country="FR", languages=["fr", "en"])
    window = open_window()
    screen = contacts(window, qtbot)
    assert names(screen) == ["Claire Dubois", "Bernd Müller", "Anna Rossi"]  # by last name
    chips = screen.filters.chips
    chips["consent_status"].set_value("given")
    qtbot.waitUntil(lambda: names(screen) == ["Anna Rossi"])
    chips["consent_status"].set_value(None)
    chips["language"].set_value("en")
    qtbot.waitUntil(lambda: names(screen) == ["Claire Dubois", "Anna Rossi"])
    chips["language"].set_value(None)
    chips["organization_id"].set_value(acme, "Acme Biotech")
    qtbot.waitUntil(lambda: names(screen) == ["Anna Rossi"])
    assert chips["organization_id"].text().startswith("Organization: Acme Biotech")
    screen.create_new()  # a contact created while looking at Acme's people works at Acme
    assert screen.editor.form.fields["organization_id"].widget.value() == acme
    screen.editor.clear()
    screen.filters.clear()
    qtbot.keyClicks(screen.search, "muller")  # diacritics folded by the search index
    qtbot.waitUntil(lambda: names(screen) == ["Bernd Müller"])


def test_edit_a_contact_and_delete_with_undo(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    anna = add_contact(store, "Anna", "Rossi")
    window = open_window()
    screen = contacts(window, qtbot)
    screen.show_record(anna)
    title = screen.editor.form.fields["job_title"].widget
    qtbot.keyClicks(title, "Export manager")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert people.get_contact(store, anna).job_title == "Export manager"
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    assert people.count_contacts(store) == 0
    qtbot.waitUntil(lambda: screen.list_pages.currentIndex() == 1)
    qtbot.mouseClick(window.messages.undo_button, Qt.MouseButton.LeftButton)
    assert people.count_contacts(store) == 1
    qtbot.waitUntil(lambda: names(screen) == ["Anna Rossi"])
