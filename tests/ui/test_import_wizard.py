"""The import wizard through its widgets, on a fresh store: a messy spreadsheet made with openpyxl, column
suggestions and their memory, invalid cells in the preview, duplicate decisions, cancel, the summary."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from magia_desk.domain.errors import N_, Message
from magia_desk.services import contacts as people
from magia_desk.services import organizations as orgs
from magia_desk.services.exchange import apply_import as real_apply_import
from magia_desk.services.exchange.plan import Candidate, ImportPlan, PlannedRow
from magia_desk.storage.models import Contact, Organization
from magia_desk.storage.store import Store
from magia_desk.ui.app import application
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.import_wizard import ImportWizard, import_page
from magia_desk.ui.dialogs.import_wizard.common import PROBLEM_COLOUR, in_user_language
from magia_desk.ui.dialogs.import_wizard.decisions_page import DecisionsPage
from magia_desk.ui.tasks import Operations, TaskRunner

COMPANY_HEADERS = ["Ragione sociale ", "Paese", "Tipo", "Sito web", "Partita IVA", "Città", "Colonna strana"]


@pytest.fixture
def ctx(store: Store, tmp_path: Path) -> Iterator[AppContext]:
    application([])
    tasks = TaskRunner()
    context = AppContext(store=store, tasks=tasks, operations=Operations(), undo_stack=QUndoStack(),
                         settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    yield context
    tasks.shutdown()


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def companies_file(tmp_path: Path, rows: list[list[Any]], name: str = "aziende.xlsx") -> Path:
    """A partner's own spreadsheet: Italian headers, a trailing space, a blank row, accents, Chinese."""
    return workbook(tmp_path / name, {"Foglio1": [COMPANY_HEADERS, *rows]})


GOOD_ROWS: list[list[Any]] = [
    ["Acme Robotics S.p.A.", "Italy", "SME", "www.acme.it", "IT01234567890", "Torino", "x"],
    [None, None, None, None, None, None, None],
    ["  Société Générale de Biotech ", "FR", "large company", "", "", "Lyon", ""],
    ["深圳医疗器械有限公司", "China", "sme", "", "", "深圳", ""],
]


def open_wizard(ctx: AppContext, qtbot: QtBot, path: Path) -> ImportWizard:
    wizard = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.outline is not None, timeout=5000)
    return wizard


def go_next(wizard: ImportWizard, qtbot: QtBot) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), wizard.currentPage().title()
    wizard.next()


def checked(wizard: ImportWizard, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: wizard.preview_page.handle is None and wizard.plan is not None, timeout=10000)


def mapping_of(wizard: ImportWizard, tab: int = 0) -> dict[str, str | None]:
    return wizard.mapping_page.editors[tab].columns()


def test_the_file_page_describes_the_sheets_found(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = open_wizard(ctx, qtbot, companies_file(tmp_path, GOOD_ROWS))
    text = wizard.file_page.status.text()
    assert "Foglio1" in text and "3 row" in text
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.look_at(str(tmp_path / "missing.xlsx"))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "no file" in wizard.file_page.status.text()


def test_columns_are_suggested_from_headers_and_remembered(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = open_wizard(ctx, qtbot, companies_file(tmp_path, GOOD_ROWS))
    go_next(wizard, qtbot)
    editor = wizard.mapping_page.editors[0]
    assert editor.sheet == "Organizations"
    assert mapping_of(wizard) == {
        "Ragione sociale": "name", "Paese": "country", "Tipo": "kind", "Sito web": "website",
        "Partita IVA": "vat_number", "Città": "city", "Colonna strana": None,
    }
    assert [editor.table.item(r, 3).text() for r in (0, 1, 6)] == ["usual header", "usual header", ""]
    # The user sends the odd column to the notes; Next remembers it for these headers.
    combo = editor.table.cellWidget(6, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("notes"))
    assert editor.table.item(6, 3).text() == "your choice"
    go_next(wizard, qtbot)
    checked(wizard, qtbot)
    wizard.close()

    # Next time, the same headers (another file, other rows) come back as chosen.
    again = open_wizard(ctx, qtbot, companies_file(tmp_path, GOOD_ROWS[:1], "other.xlsx"))
    go_next(again, qtbot)
    assert mapping_of(again)["Colonna strana"] == "notes"
    assert again.mapping_page.editors[0].table.item(6, 3).text() == "remembered"


def test_a_required_field_left_unmatched_holds_next_with_a_reason(ctx: AppContext, qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    wizard = open_wizard(ctx, qtbot, companies_file(tmp_path, GOOD_ROWS))
    go_next(wizard, qtbot)
    combo = wizard.mapping_page.editors[0].table.cellWidget(1, 2)
    combo.setCurrentIndex(0)  # Paese: not imported
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "country" in wizard.mapping_page.explanation.text()


def test_invalid_cells_are_highlighted_explained_and_block_next(ctx: AppContext, qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    rows = [*GOOD_ROWS, ["Bad Country Srl", "Atlantis", "sme", "", "", "", ""],
            ["No Kind Srl", "IT", "spaceship", "", "", "", ""]]
    wizard = open_wizard(ctx, qtbot, companies_file(tmp_path, rows))
    go_next(wizard, qtbot)
    go_next(wizard, qtbot)
    checked(wizard, qtbot)
    page = wizard.preview_page
    plan = wizard.plan
    assert plan is not None and not plan.ok
    assert {(p.row, p.column, p.value) for p in plan.problems} == {(6, "country", "Atlantis"), (7, "kind", "spaceship")}
    table = page.sheet_tables["Organizations"]
    rows_shown = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    assert rows_shown == ["2", "4", "5", "6", "7"]  # the blank row 3 is skipped, rows keep their numbers
    country = table.item(rows_shown.index("6"), wizard.workbook.sheets["Organizations"].columns.index("country"))
    assert country.text() == "Atlantis"
    assert country.background().color() == PROBLEM_COLOUR
    problem = next(p for p in plan.problems if p.column == "country")
    assert country.toolTip() == problem.message  # the service's own words
    listed = [[page.problem_table.item(r, c).text() for c in range(5)] for r in range(page.problem_table.rowCount())]
    assert ["Organizations", "6", "country", "Atlantis", problem.message] in listed
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "2 problem" in page.verdict.text() and "must be fixed" in page.verdict.text()
    good = table.item(0, 0)
    assert good.background().color() != PROBLEM_COLOUR


def _store_with_acme(store: Store) -> dict[str, str]:
    acme = orgs.create_organization(store, {"kind": "sme", "name": "ACME Robotics", "country": "IT",
                                            "vat_number": "IT01234567890", "city": "Milano"})
    beta = orgs.create_organization(store, {"kind": "sme", "name": "Société Générale de Biotech", "country": "FR"})
    return {"acme": acme, "beta": beta}


def _to_decisions(wizard: ImportWizard, qtbot: QtBot) -> None:
    go_next(wizard, qtbot)  # mapping
    go_next(wizard, qtbot)  # preview
    checked(wizard, qtbot)
    go_next(wizard, qtbot)  # decisions


def cell(page: DecisionsPage, row: int, column: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.model.index(row, column).data(role)


def count(store: Store, model: type) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0


def test_duplicate_decisions_are_applied_and_summarised(ctx: AppContext, store: Store, qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    ids = _store_with_acme(store)
    changes: list[set[str]] = []
    ctx.operations.data_changed.connect(changes.append)
    wizard = open_wizard(ctx, qtbot, companies_file(tmp_path, GOOD_ROWS))
    _to_decisions(wizard, qtbot)
    page = wizard.decisions_page
    assert [(r.row, r.label) for r in page.rows] == [(2, "Acme Robotics S.p.A."), (4, "Société Générale de Biotech")]
    assert cell(page, 0, page.WHY) == "same VAT number"
    assert cell(page, 0, page.SCORE) == "100%"
    assert page.decisions() == {("Organizations", 2): ids["acme"], ("Organizations", 4): ids["beta"]}
    # Bulk: everything new, then the second row skipped by hand.
    page.set_all("new")
    assert set(page.decisions().values()) == {"new"}
    page.set_all(None)  # back to the suggestions
    second = page.model.index(1, page.DECISION)
    assert page.model.setData(second, "skip")
    go_next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)
    summary = wizard.summary
    assert summary is not None
    counts = summary.sheets["Organizations"]
    assert (counts.created, counts.updated, counts.skipped) == (1, 1, 1)
    table = wizard.import_page.summary_table
    assert [table.item(0, c).text() for c in range(5)] == ["Organizations", "1", "1", "0", "1"]
    assert orgs.get_organization(store, ids["acme"]).record.city == "Torino"  # updated from the file
    assert count(store, Organization) == 3  # Acme, the skipped Société Générale, and the new Chinese company
    assert any("organization" in kinds for kinds in changes)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_two_rows_updating_one_record_hold_the_import(ctx: AppContext, store: Store, qtbot: QtBot,
                                                      tmp_path: Path) -> None:
    _store_with_acme(store)
    wizard = open_wizard(ctx, qtbot, companies_file(tmp_path, GOOD_ROWS))
    _to_decisions(wizard, qtbot)
    page = wizard.decisions_page
    page.rows[1].candidates = list(page.rows[0].candidates)  # the second row pretends to be Acme too
    page._suggest(1)
    page._changed()
    assert page.conflicts() == {1: 0}
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "would both update" in page.explanation.text()
    clash = page.model.index(1, page.INCOMING).data(Qt.ItemDataRole.BackgroundRole)
    assert clash == PROBLEM_COLOUR and page.model.index(0, page.INCOMING).data(Qt.ItemDataRole.BackgroundRole) is None
    # Creating the second one as new ends the clash.
    page.table.selectRow(1)
    page.set_all("new")
    assert page.conflicts() == {} and page.model.index(1, page.INCOMING).data(Qt.ItemDataRole.BackgroundRole) is None
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "1 update, 1 new, 0 skipped" in page.explanation.text()


def matched_plan(count: int) -> ImportPlan:
    """A re-imported workbook: every row found in the store. Row 2 hesitates between two similar names and
    is left new by default; the others update their own record (same ref)."""
    rows = []
    for number in range(2, count + 2):
        same_ref = Candidate(f"org-{number}", f"Company {number} (IT)", "ref", 100.0)
        row = PlannedRow("Organizations", number, f"c{number}", f"Company {number}", {"name": f"Company {number}"},
                         candidates=[same_ref], default=same_ref.record_id, why=same_ref.why)
        rows.append(row)
    similar = [Candidate("org-a", "Acme Robotics (IT)", "name", 93.0),
               Candidate("org-b", "ACME Robotics S.p.A. (IT)", "name", 91.0)]
    rows[0].candidates = similar
    rows[0].default = "new"
    rows[0].why = Message(N_("{record} is only {score}% similar"), record=similar[0].label, score=93)
    return ImportPlan(source=Path("exchange.xlsx"), rows={"Organizations": rows})


def decisions_page_for(ctx: AppContext, qtbot: QtBot, plan: ImportPlan) -> DecisionsPage:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.plan = plan
    wizard.setStartId(wizard.DECISIONS)
    with qtbot.waitExposed(wizard):  # also lets the previous test's wizard be deleted before the theme repolishes
        wizard.show()
    return wizard.decisions_page


def editors(page: DecisionsPage) -> list[QComboBox]:
    return page.findChildren(QComboBox)


def test_thousands_of_matched_rows_build_no_widget_per_row(ctx: AppContext, qtbot: QtBot) -> None:
    page = decisions_page_for(ctx, qtbot, matched_plan(3000))
    assert page.model.rowCount() == 3000
    assert page.grab().width() > 0  # painted: the drop-downs are drawn, not made
    assert editors(page) == []
    assert page.isComplete()
    assert f"{QLocale().toString(2999)} update, 1 new, 0 skipped" in page.explanation.text()
    page.set_all("skip")
    assert set(page.decisions().values()) == {"skip"}
    assert {cell(page, r, page.DECISION) for r in range(3000)} == {"Skip"}
    page.set_all("update")
    chosen = page.decisions()
    assert len(chosen) == 3000 and chosen[("Organizations", 2)] == "org-a"  # the best stored match
    assert all(chosen[("Organizations", n)] == f"org-{n}" for n in range(3, 3002))
    page.set_all(None)  # the suggestions again
    assert page.decisions() == page.owner.plan.default_decisions()  # type: ignore[union-attr]
    # The selected rows only.
    page.table.selectRow(10)
    page.set_all("new")
    assert [r for r, d in enumerate(page.decisions().values()) if d == "new"] == [0, 10]
    assert editors(page) == []


def test_cells_explain_themselves(ctx: AppContext, qtbot: QtBot) -> None:
    page = decisions_page_for(ctx, qtbot, matched_plan(3))
    first, second = page.rows[0], page.rows[1]
    assert [cell(page, 1, c) for c in range(7)] == [
        "Organizations", "3", "Company 3", "Company 3 (IT)", "100%", "same ref as an earlier import",
        "Update existing"]
    assert cell(page, 0, page.INCOMING, Qt.ItemDataRole.ToolTipRole) == in_user_language(first.why)
    assert cell(page, 0, page.WHY, Qt.ItemDataRole.ToolTipRole) == "Acme Robotics (IT) is only 93% similar"
    assert cell(page, 1, page.WHY, Qt.ItemDataRole.ToolTipRole) == in_user_language(second.why)
    assert cell(page, 0, page.DECISION) == "Create new"
    editable = Qt.ItemFlag.ItemIsEditable
    assert page.model.index(0, page.STORED).flags() & editable  # two candidates: a choice
    assert not page.model.index(1, page.STORED).flags() & editable  # one: plain text
    assert not page.model.index(1, page.WHY).flags() & editable


def test_a_click_on_a_decision_opens_its_list_and_the_pick_is_kept(ctx: AppContext, qtbot: QtBot) -> None:
    page = decisions_page_for(ctx, qtbot, matched_plan(3))
    table = page.table
    where = table.visualRect(page.model.index(1, page.DECISION)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    [editor] = editors(page)
    qtbot.waitUntil(editor.view().isVisible)  # the list opens at once
    assert [editor.itemText(i) for i in range(editor.count())] == ["Update existing", "Create new", "Skip"]
    assert editor.currentData() == "update"
    qtbot.keyClick(editor.view(), Qt.Key.Key_Down)
    qtbot.keyClick(editor.view(), Qt.Key.Key_Down)
    qtbot.keyClick(editor.view(), Qt.Key.Key_Return)
    assert page.decisions()[("Organizations", 3)] == "skip"
    assert cell(page, 1, page.DECISION) == "Skip"
    assert table.state() != table.State.EditingState
    assert "1 update, 1 new, 1 skipped" in page.explanation.text()


def test_the_keyboard_changes_a_decision(ctx: AppContext, qtbot: QtBot) -> None:
    page = decisions_page_for(ctx, qtbot, matched_plan(3))
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(2, page.DECISION))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    [editor] = editors(page)
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # Update existing -> Create new, kept at once
    assert page.decisions()[("Organizations", 4)] == "new"
    assert table.state() != table.State.EditingState
    table.setCurrentIndex(page.model.index(1, page.DECISION))
    qtbot.keyClick(table, "s")  # typing a choice's first letter picks it
    assert page.decisions()[("Organizations", 3)] == "skip"


def test_another_stored_record_can_be_chosen(ctx: AppContext, qtbot: QtBot) -> None:
    page = decisions_page_for(ctx, qtbot, matched_plan(3))
    index = page.model.index(0, page.STORED)
    page.table.edit(index)
    [editor] = editors(page)
    assert [editor.itemText(i) for i in range(editor.count())] == ["Acme Robotics (IT)", "ACME Robotics S.p.A. (IT)"]
    assert editor.itemData(1, Qt.ItemDataRole.ToolTipRole) == "similar name (91%)"
    editor.setCurrentIndex(1)
    editor.activated.emit(1)
    assert cell(page, 0, page.STORED) == "ACME Robotics S.p.A. (IT)"
    assert (cell(page, 0, page.SCORE), cell(page, 0, page.WHY)) == ("91%", "similar name (91%)")
    assert page.decisions()[("Organizations", 2)] == "new"  # the record to update, if updated
    page.table.selectRow(0)
    page.set_all("update")
    assert page.decisions()[("Organizations", 2)] == "org-b"


def test_cancel_during_the_import_writes_nothing(ctx: AppContext, store: Store, qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _store_with_acme(store)
    before = count(store, Organization)
    release = threading.Event()

    def held_import(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)  # the real import starts only once the test has pressed Cancel
        return real_apply_import(*args, **kwargs)

    monkeypatch.setattr(import_page, "apply_import", held_import)
    wizard = open_wizard(ctx, qtbot, companies_file(tmp_path, GOOD_ROWS))
    _to_decisions(wizard, qtbot)
    go_next(wizard, qtbot)
    page = wizard.import_page
    assert page.running and page.cancel_button.isVisible()
    page.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not page.running, timeout=10000)
    assert "nothing was written" in page.status.text()
    assert count(store, Organization) == before
    assert orgs.get_organization(store, _only(store, "ACME Robotics")).record.city == "Milano"
    assert not page.done and page.retry_button.isVisible()
    # Trying again imports for real.
    page.retry_button.click()
    qtbot.waitUntil(lambda: page.done, timeout=10000)
    assert count(store, Organization) == before + 1


def _only(store: Store, name: str) -> str:
    with store.read() as session:
        return session.scalars(select(Organization.id).where(Organization.name == name)).one()


def test_closing_the_wizard_mid_import_cancels_it(ctx: AppContext, store: Store, qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    monkeypatch.setattr(import_page, "apply_import",
                        lambda *a, **k: (release.wait(10), real_apply_import(*a, **k))[1])
    wizard = open_wizard(ctx, qtbot, companies_file(tmp_path, GOOD_ROWS))
    _to_decisions(wizard, qtbot)
    go_next(wizard, qtbot)
    wizard.reject()  # the window's Cancel
    assert wizard.isVisible()  # it waits for the work to stop
    release.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10000)
    assert count(store, Organization) == 0


def test_an_exchange_workbook_maps_itself_and_imports_people_with_their_company(
        ctx: AppContext, store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    people.create_contact(store, {"first_name": "Li", "last_name": "Wei", "email": "li.wei@example.cn"})
    path = workbook(tmp_path / "exchange.xlsx", {
        "Organizations": [["ref", "name", "kind", "country"], ["o1", "Torino Medtech ", "sme", "it"]],
        "Contacts": [["ref", "first_name", "last_name", "organization", "email", "consent_date"],
                     ["c1", "Li", "Wei", "o1", "LI.WEI@example.cn", date(2024, 3, 1)],
                     ["c2", "Zoë", "Müller", "Torino Medtech", "zoe@example.eu", "2024-03-02"]],
        "Notes": [["anything"], ["ignored"]],
    })
    wizard = open_wizard(ctx, qtbot, path)
    assert wizard.outline is not None and wizard.outline.is_exchange_workbook
    go_next(wizard, qtbot)
    assert [e.outline.title for e in wizard.mapping_page.editors] == ["Organizations", "Contacts"]
    assert all(c == h for e in wizard.mapping_page.editors for h, c in e.columns().items())
    go_next(wizard, qtbot)
    checked(wizard, qtbot)
    assert wizard.plan is not None and wizard.plan.ok
    go_next(wizard, qtbot)
    page = wizard.decisions_page
    assert [(r.sheet, r.row, r.candidates[0].why) for r in page.rows] == [("Contacts", 2, "same email")]
    go_next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=10000)
    contacts = wizard.summary.sheets["Contacts"]  # type: ignore[union-attr]
    assert (contacts.created, contacts.updated) == (1, 1)
    assert count(store, Contact) == 2


