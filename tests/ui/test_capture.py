"""Trade-show capture mode through its real widgets: type a few letters, pick the suggested company with the
keyboard, fill the person, Enter saves and clears; and vCards imported from the dialog (file dialog faked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from magia_desk.services import missions as ms
from magia_desk.services import organizations as orgs
from magia_desk.services.participations import participant_rows
from magia_desk.storage.models import Contact, Organization
from magia_desk.storage.store import Store
from magia_desk.ui.dialogs.capture import CaptureDialog
from tests.ui.conftest import OpenWindow, add_company, add_contact

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lefèvre;François;;;\r\nFN:François Lefèvre\r\nORG:Cardio SAS\r\n"
    "EMAIL:francois.lefevre@cardio.fr\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nN:张;伟;;;\r\nFN:张伟\r\nORG:上海医疗器械有限公司\r\n"
    "EMAIL;TYPE=work:zhang.wei@shmed.cn\r\nEND:VCARD\r\n"
)


@pytest.fixture
def show(store: Store) -> dict[str, str]:
    ids = {"cardio": add_company(store, "Cardio SAS", country="FR", city="Lyon"),
           "cardiomed": add_company(store, "Cardiomed GmbH", country="DE")}
    ids["known"] = add_contact(store, "Ana", "Silva", email="ana@cardio.fr", organization_id=ids["cardio"])
    ids["show"] = ms.create_mission(store, {"type": "trade_show", "title": "CMEF Shanghai 2019",
                                            "start_date": "2019-05-14", "destination_country": "CN"})
    return ids


def _dialog(window, show: dict[str, str], qtbot: QtBot) -> CaptureDialog:  # type: ignore[no-untyped-def]
    screen = window.show_screen("missions")
    qtbot.waitUntil(lambda: screen.detail is not None and not screen.busy, timeout=5000)
    assert screen.capture_button.isVisibleTo(screen)  # a trade show
    screen.capture_button.click()
    dialog = CaptureDialog._open[show["show"]]
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _organizations(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(o.name for o in session.query(Organization).filter(Organization.deleted_at.is_(None)))


def test_type_pick_the_match_fill_the_person_enter(store: Store, show: dict[str, str], open_window: OpenWindow,
                                                   qtbot: QtBot) -> None:
    dialog = _dialog(open_window(), show, qtbot)
    assert QApplication.focusWidget() is dialog.company  # ready for the first lead
    assert dialog.count_label.text() == "0 leads captured"

    qtbot.keyClicks(dialog.company, "cardio s")
    popup = dialog.company.suggestions.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data().startswith("Cardio SAS")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.company.chosen_id == show["cardio"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first_name)  # on to the person

    qtbot.keyClicks(dialog.first_name, "Luc")
    qtbot.keyClicks(dialog.last_name, "Martin")
    qtbot.keyClicks(dialog.email, "luc.martin@cardio.fr")
    qtbot.keyClicks(dialog.note, "Wants a distributor in China")
    qtbot.keyClicks(dialog.follow_up, "Send the brochure")
    qtbot.keyClick(dialog.follow_up, Qt.Key.Key_Return)

    # Saved, cleared for the next lead, counted.
    assert dialog.captured == 1
    assert dialog.count_label.text() == "1 lead captured"
    assert dialog.company.text() == dialog.first_name.text() == dialog.email.text() == dialog.note.text() == ""
    assert QApplication.focusWidget() is dialog.company
    assert "Luc Martin" in dialog.message.text()
    result = dialog.last_result
    assert result is not None and not result.organization_created and result.contact_created
    assert result.organization_id == show["cardio"]
    assert _organizations(store) == ["Cardio SAS", "Cardiomed GmbH"]  # no duplicate company
    rows = participant_rows(store, show["show"])
    assert [(r.organization, r.contact) for r in rows] == [("Cardio SAS", "Luc Martin")]
    assert result.task_id is not None and result.note_id is not None

    # A second lead, typed as a new company: Enter in the company field saves it, and the count goes on.
    qtbot.keyClicks(dialog.company, "Nordic Implants")
    dialog.company.suggestions.popup().hide()
    qtbot.keyClick(dialog.company, Qt.Key.Key_Return)
    assert dialog.captured == 2
    assert dialog.last_result is not None and dialog.last_result.organization_created
    assert orgs.count_organizations(store) == 3


def test_errors_keep_the_lead(store: Store, show: dict[str, str], open_window: OpenWindow, qtbot: QtBot) -> None:
    dialog = _dialog(open_window(), show, qtbot)
    qtbot.keyClicks(dialog.company, "Acme")
    dialog.company.suggestions.popup().hide()
    qtbot.keyClicks(dialog.first_name, "Jo")
    qtbot.keyClicks(dialog.email, "not an email")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.captured == 0
    assert "email" in dialog.message.text().lower()
    assert dialog.company.text() == "Acme" and dialog.email.text() == "not an email"  # nothing lost


def test_vcard_import_from_the_dialog(store: Store, show: dict[str, str], open_window: OpenWindow, qtbot: QtBot,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = tmp_path / "leads.vcf"
    first.write_bytes(CARDS.encode("utf-8"))
    second = tmp_path / "known.vcf"
    second.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Silva;Ana;;;\r\nEMAIL:ana@cardio.fr\r\nEND:VCARD\r\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *_a, **_k: ([str(first), str(second)], "vCards (*.vcf *.vcard)"))
    dialog = _dialog(open_window(), show, qtbot)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10000)
    result = dialog.import_result
    assert result is not None
    assert (result.cards, result.contacts_created, result.contacts_matched) == (3, 2, 1)
    assert result.organizations_created == 1  # the Chinese company; Cardio SAS was matched
    assert dialog.captured == 3
    assert dialog.count_label.text() == "3 leads captured"
    assert dialog.import_button.isEnabled()
    assert "3 cards" in dialog.message.text()
    with store.read() as session:
        people = {(c.first_name, c.last_name) for c in session.query(Contact)}
    assert {("François", "Lefèvre"), ("伟", "张"), ("Ana", "Silva")} <= people
    assert "上海医疗器械有限公司" in _organizations(store)
    linked = {r.contact for r in participant_rows(store, show["show"])}
    assert {"François Lefèvre", "Ana Silva"} <= linked and len(linked) == 3
