"""The Audit screen shows the change log with officer, record, operation, field and values, and filters it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from magia_desk.services import organizations as orgs
from magia_desk.services.officers import create_officer, switch_officer
from magia_desk.storage.store import Store
from magia_desk.ui.views.audit import COLUMNS, AuditScreen
from tests.ui.conftest import OpenWindow, add_company


def _rows(screen: AuditScreen) -> list[list[str]]:
    model = screen.model
    return [[model.cell_text(r, c) for c in range(len(COLUMNS))] for r in range(model.rowCount())]


def _idle(screen: AuditScreen, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not screen.loading and screen.ctx.tasks.idle, timeout=5000)


def test_shows_create_and_update_with_officer_and_field(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    officer = create_officer(store, "Giulia Rossi")
    switch_officer(store, officer)
    acme = add_company(store, "Acme Biotech", city="Torino")
    orgs.update_organization(store, acme, {"city": "Milano"})
    window = open_window()
    screen = window.show_screen("audit")
    assert isinstance(screen, AuditScreen)
    _idle(screen, qtbot)
    rows = _rows(screen)
    mine = [r for r in rows if r[3] == "Acme Biotech" and r[2] == "Organization"]
    update = next(r for r in mine if r[4] == "update")
    assert update[1] == "Giulia Rossi"
    assert update[5] == "City"  # the field as people call it (services.i18n.field_label)
    assert update[6] == "Torino → Milano"
    create = next(r for r in mine if r[4] == "create")
    assert create[1] == "Giulia Rossi"
    assert rows.index(update) < rows.index(create)  # newest first

    screen.op.setCurrentIndex(screen.op.findData("update"))
    _idle(screen, qtbot)
    assert {r[4] for r in _rows(screen)} == {"update"}
    screen.op.setCurrentIndex(0)
    qtbot.keyClicks(screen.search, "Milano")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert _rows(screen)[0][5] == "City"
    screen.search.setText("no such thing anywhere")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5000)
    assert screen.count.text() == "No changes match."
