"""The Agreements screen through its real widgets: the board's drag and drop, the signed-on prompt, the list's
filters, letters of intent in bulk through their dialog, expiry warnings and correcting a stage's date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from magia_desk.services import agreements as agr
from magia_desk.services import organizations as orgs
from magia_desk.services.officers import create_officer
from magia_desk.storage.store import Store
from magia_desk.ui.dialogs import agreement_editor, date_prompt
from magia_desk.ui.main_window import MainWindow
from magia_desk.ui.views.agreement_board import StageColumn, agreement_mime
from magia_desk.ui.views.agreements import AgreementsScreen
from tests.ui.conftest import OpenWindow, names, wait_loaded

TODAY = date.today()


@pytest.fixture
def world(store: Store) -> dict[str, str]:
    cluster = orgs.create_organization(store, {"kind": "cluster", "name": "BioWin", "country": "BE",
                                               "is_consortium_partner": True})
    other = orgs.create_organization(store, {"kind": "cluster", "name": "Lyonbiopole", "country": "FR"})
    officer = create_officer(store, "Anna Rossi", partner_cluster_id=cluster)
    store.officer_id = officer
    acme = orgs.create_organization(store, {"kind": "sme", "name": "Acme Biotech", "country": "IT"},
                                    member_of=[cluster])
    bio = orgs.create_organization(store, {"kind": "sme", "name": "BioLab", "country": "DE"}, member_of=[cluster])
    cardio = orgs.create_organization(store, {"kind": "sme", "name": "Cardio Devices", "country": "US"},
                                      member_of=[other])
    return {"cluster": cluster, "officer": officer, "acme": acme, "bio": bio, "cardio": cardio}


def _screen(window: MainWindow, qtbot: QtBot) -> AgreementsScreen:
    screen = window.show_screen("agreements")
    assert isinstance(screen, AgreementsScreen)
    wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: screen.board.loaded and screen.ctx.tasks.idle)
    return screen


def _drop(column: StageColumn, agreement_id: str) -> QDropEvent:
    mime = agreement_mime(agreement_id)
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    column.dropEvent(event)
    return event


def _stages(screen: AgreementsScreen) -> dict[str, list[str]]:
    return {stage: [card.card.title for card in column.cards] for stage, column in screen.board.columns.items()}


def test_dragging_a_card_changes_the_stage_and_records_history(
        store: Store, world: dict[str, str], open_window: OpenWindow, qtbot: QtBot) -> None:
    mou = agr.create_agreement(store, {"type": "mou", "title": "MoU Acme", "party_ids": [world["acme"]]},
                               stage_on=TODAY - timedelta(days=20))
    window = open_window()
    screen = _screen(window, qtbot)
    assert screen.showing_board
    assert _stages(screen)["identified"] == ["MoU Acme"]
    card = screen.board.card(mou)
    assert card is not None and "Acme Biotech" in card.findChildren(type(screen.count_label))[2].text()

    _drop(screen.board.columns["negotiating"], mou)
    qtbot.waitUntil(lambda: _stages(screen)["negotiating"] == ["MoU Acme"])
    assert _stages(screen)["identified"] == []
    history = agr.stage_history(store, mou)
    assert [(h.stage, h.changed_on, h.officer_name) for h in history] == [
        ("identified", TODAY - timedelta(days=20), "Anna Rossi"), ("negotiating", TODAY, "Anna Rossi")]
    # Dropping a card on its own column changes nothing.
    _drop(screen.board.columns["negotiating"], mou)
    assert len(agr.stage_history(store, mou)) == 2


def test_dropping_on_signed_asks_for_the_signed_on_date(
        store: Store, world: dict[str, str], open_window: OpenWindow, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    mou = agr.create_agreement(store, {"type": "mou", "title": "MoU BioLab", "party_ids": [world["bio"]]},
                               stage_on=TODAY - timedelta(days=40))
    asked: list[date] = []
    answers: list[date | None] = [None, TODAY - timedelta(days=10)]

    def fake_ask(_parent: object, _title: str, text: str, _label: str, default: date, latest: date | None = None
                 ) -> date | None:
        assert "MoU BioLab" in text and latest == TODAY
        asked.append(default)
        return answers.pop(0)

    monkeypatch.setattr(date_prompt, "ask_date", fake_ask)
    window = open_window()
    screen = _screen(window, qtbot)
    _drop(screen.board.columns["signed"], mou)  # cancelled: nothing changes
    assert asked == [TODAY]
    assert agr.get_agreement(store, mou).record.stage == "identified"
    _drop(screen.board.columns["signed"], mou)
    qtbot.waitUntil(lambda: _stages(screen)["signed"] == ["MoU BioLab"])
    detail = agr.get_agreement(store, mou)
    assert detail.record.signed_on == TODAY - timedelta(days=10)
    # The stage was reached on the day it was signed.
    assert [(h.stage, h.changed_on) for h in detail.history][-1] == ("signed", TODAY - timedelta(days=10))
    # Moving on to active needs no question: the agreement has its signed-on date.
    _drop(screen.board.columns["active"], mou)
    qtbot.waitUntil(lambda: _stages(screen)["active"] == ["MoU BioLab"])
    assert len(asked) == 2


def test_list_view_filters_and_sorts(store: Store, world: dict[str, str], open_window: OpenWindow,
                                     qtbot: QtBot) -> None:
    agr.create_agreement(store, {"type": "mou", "title": "MoU Acme", "party_ids": [world["acme"]]})
    agr.create_agreement(store, {"type": "distribution", "title": "Distribution Cardio", "stage": "signed",
                                 "signed_on": date(2024, 5, 2), "party_ids": [world["cardio"]]})
    agr.create_agreement(store, {"type": "mou", "title": "MoU BioLab", "stage": "negotiating",
                                 "party_ids": [world["bio"], world["cardio"]]})
    window = open_window()
    screen = _screen(window, qtbot)
    qtbot.mouseClick(screen.list_button, Qt.MouseButton.LeftButton)
    assert not screen.showing_board and screen.views.currentWidget() is screen.list_pages
    assert sorted(names(screen, "title")) == ["Distribution Cardio", "MoU Acme", "MoU BioLab"]

    screen.filters.chips["type"].set_value("mou")
    wait_loaded(qtbot, screen)
    assert sorted(names(screen, "title")) == ["MoU Acme", "MoU BioLab"]
    assert screen.count_label.text() == "2 of 3 agreements"
    screen.filters.chips["country"].set_value("US")  # a party from the United States
    wait_loaded(qtbot, screen)
    assert names(screen, "title") == ["MoU BioLab"]
    screen.filters.clear()
    screen.filters.chips["signed_year"].set_value(2024)
    wait_loaded(qtbot, screen)
    assert names(screen, "title") == ["Distribution Cardio"]
    screen.filters.clear()
    qtbot.keyClicks(screen.search, "biolab")
    qtbot.waitUntil(lambda: names(screen, "title") == ["MoU BioLab"] and not screen.model.busy)
    # The board shows the same search.
    qtbot.waitUntil(lambda: _stages(screen)["negotiating"] == ["MoU BioLab"] and not _stages(screen)["identified"])
    screen.search.clear()
    screen.apply_query()  # at once, rather than after the typing pause
    wait_loaded(qtbot, screen)
    stage_column = [c.key for c in screen.columns].index("stage")
    screen.table.horizontalHeader().setSortIndicator(stage_column, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, screen)
    assert names(screen, "stage") == ["Identified", "Negotiating", "Signed"]  # pipeline order


def test_letters_of_intent_for_many_smes(store: Store, world: dict[str, str], open_window: OpenWindow,
                                         qtbot: QtBot) -> None:
    window = open_window()
    screen = _screen(window, qtbot)
    dialog = screen.open_letters_of_intent()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.smes.count() == 3
    dialog.member_of.set_value(world["cluster"])  # only the members of BioWin
    qtbot.waitUntil(lambda: dialog.loaded and dialog.smes.count() == 2)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    assert ok.text() == "Create 2 letters"
    dialog.template.setText("LoI {organization} ({country})")
    dialog.signed_on.set_value(date(2025, 3, 12))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert len(dialog.created) == 2
    rows = agr.agreement_rows(store, dialog.created)
    assert sorted(r.title for r in rows) == ["LoI Acme Biotech (Italy)", "LoI BioLab (Germany)"]
    assert {(r.type, r.stage, r.signed_on, r.partner_cluster_id) for r in rows} == {
        ("letter_of_intent", "signed", date(2025, 3, 12), world["cluster"])}
    qtbot.waitUntil(lambda: len(_stages(screen)["signed"]) == 2)
    window.undo_stack.undo()  # all the letters go at once
    assert agr.count_agreements(store) == 0


def test_expiry_warning_on_banner_card_and_pane(store: Store, world: dict[str, str], open_window: OpenWindow,
                                                qtbot: QtBot) -> None:
    soon = agr.create_agreement(store, {"type": "partnership_agreement", "title": "Partnership Acme",
                                        "stage": "active", "signed_on": TODAY - timedelta(days=300),
                                        "expires_on": TODAY + timedelta(days=20), "party_ids": [world["acme"]]})
    agr.create_agreement(store, {"type": "mou", "title": "MoU far away", "stage": "active",
                                 "signed_on": TODAY - timedelta(days=30), "expires_on": TODAY + timedelta(days=400)})
    window = open_window()
    screen = _screen(window, qtbot)
    qtbot.waitUntil(lambda: screen.banner.isVisible())
    assert "1 active agreement expires within 60 days" in screen.banner.text()
    assert "Partnership Acme" in screen.banner.text() and "in 20 days" in screen.banner.text()
    assert "MoU far away" not in screen.banner.text()
    card, far = screen.board.card(soon), screen.board.card(
        next(c.agreement_id for c in screen.board.columns["active"].cards if c.agreement_id != soon))
    assert card is not None and card.badge is not None and "expires" in card.badge.text()
    assert far is not None and far.badge is None
    screen.banner.linkActivated.emit(soon)  # a click on the name in the banner
    editor = screen.editor
    assert editor is not None and editor.record_id == soon
    assert editor.expiry.isVisibleTo(editor) and "Expires in 20 days" in editor.expiry.text()


def test_pane_edits_parties_and_corrects_a_stage_date(
        store: Store, world: dict[str, str], open_window: OpenWindow, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    mou = agr.create_agreement(store, {"type": "mou", "title": "MoU Acme", "party_ids": [world["acme"]]},
                               stage_on=TODAY - timedelta(days=60))
    agr.change_stage(store, mou, "contacted")
    window = open_window()
    screen = _screen(window, qtbot)
    screen.board.columns["contacted"].cards[0].clicked.emit(mou)  # what a click on the card does
    editor = screen.editor
    assert editor is not None and editor.record_id == mou
    assert editor.form.fields["owner_id"].get() == world["officer"]
    assert editor.form.fields["partner_cluster_id"].get() == world["cluster"]
    editor.parties.add(world["bio"], "BioLab", "DE")
    assert editor.dirty
    assert editor.save()
    assert [p.name for p in agr.get_agreement(store, mou).parties] == ["Acme Biotech", "BioLab"]

    assert editor.history.topLevelItemCount() == 2
    monkeypatch.setattr(agreement_editor, "ask_date", lambda *_a, **_k: TODAY - timedelta(days=30))
    editor.correct_date(editor.history.topLevelItem(1))
    assert [h.changed_on for h in agr.stage_history(store, mou)] == [TODAY - timedelta(days=60),
                                                                   TODAY - timedelta(days=30)]
    qtbot.waitUntil(lambda: editor.history.topLevelItem(1).data(0, agreement_editor.CHANGE_ROLE)[1]
                    == TODAY - timedelta(days=30))
    window.undo_stack.undo()
    assert agr.stage_history(store, mou)[1].changed_on == TODAY
