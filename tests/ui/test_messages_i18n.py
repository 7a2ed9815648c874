"""A French GUI shows the domain's and the services' messages in French: a validation error under the field, a
timeline entry, an import problem in the wizard's preview, a meeting clash, an audit field, a service's refusal in
its editor, a workbook column's explanation in the import wizard. The Qt translator is not needed for these: they
come from the gettext catalogs (services/i18n.py) in the language set."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from magia_desk.domain.errors import N_, ValidationError
from magia_desk.services import agreements as agr
from magia_desk.services import i18n
from magia_desk.services import notes as note_service
from magia_desk.services import organizations as orgs
from magia_desk.services.audit import AuditEntry
from magia_desk.services.meetings import Clash, MeetingDay, MeetingView, PersonView
from magia_desk.services.officers import create_officer
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import Officer, Task
from magia_desk.storage.store import Store
from magia_desk.ui.app import application
from magia_desk.ui.context import AppContext
from magia_desk.ui.tasks import Operations, TaskRunner
from magia_desk.ui.views.agreements import AgreementsScreen
from magia_desk.ui.views.audit import AuditModel
from magia_desk.ui.views.meetings_planner import MeetingsPlanner
from magia_desk.ui.views.tasks import TasksScreen
from magia_desk.ui.widgets.dialog_footer import error_lines
from magia_desk.ui.widgets.timeline import TimelineWidget
from tests.ui.conftest import OpenWindow, add_company, companies, wait_loaded
from tests.ui.test_import_wizard import GOOD_ROWS, checked, companies_file, go_next, open_wizard


@pytest.fixture
def french() -> Iterator[None]:
    i18n.set_language("fr")
    yield
    i18n.set_language("en")


@pytest.fixture
def context(store: Store, tmp_path: Path) -> Iterator[AppContext]:
    application([])
    tasks = TaskRunner()
    yield AppContext(store=store, tasks=tasks, operations=Operations(), undo_stack=QUndoStack(),
                     settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    tasks.shutdown()


@pytest.mark.usefixtures("french")
def test_a_bad_email_is_explained_in_french_under_the_field(store: Store, open_window: OpenWindow,
                                                            qtbot: QtBot) -> None:
    window = open_window()
    i18n.set_language("fr")  # as the language setting does at start-up (the window applied the system's)
    screen = companies(window, qtbot)
    screen.create_new()
    fields = screen.editor.form.fields
    qtbot.keyClicks(fields["name"].widget, "Courrier Casse SARL")
    qtbot.keyClicks(fields["email"].widget, "pas-une-adresse")
    qtbot.keyClick(fields["email"].widget, Qt.Key.Key_Return)  # Enter saves: refused
    assert screen.editor.form.invalid_fields == ["email"]
    shown = fields["email"].error.text()
    assert shown.startswith("⚠ « pas-une-adresse » n'est pas une adresse e-mail valide"), shown
    assert fields["email"].widget.accessibleDescription().startswith("« pas-une-adresse » n'est pas")
    assert orgs.count_organizations(store) == 0


@pytest.mark.usefixtures("french")
def test_the_timeline_reads_in_french(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    acme = add_company(store, "Acme Biotech", country="IT")
    note_service.add_note(store, "organization", acme, "Premier appel", "call", date.today())
    window = open_window()
    i18n.set_language("fr")
    widget = TimelineWidget(window.ctx)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.entries_loaded):
        widget.set_record("organization", acme, "Acme Biotech")
    titles = [widget.list.itemWidget(widget.list.item(i)).findChildren(QLabel)[1].text()
              for i in range(widget.list.count())]
    assert "<b>Appel</b>" in titles and "<b>Créé</b>" in titles, titles
    created = next(e for e in widget.entries if e.title == "Created")  # the service still speaks English
    assert created.title == "Created"
    details = [widget.list.item(i).toolTip() for i in range(widget.list.count())]
    assert "Premier appel" in details  # what people wrote is never translated


@pytest.mark.usefixtures("french")
def test_the_import_preview_explains_problems_in_french(context: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    rows = [*GOOD_ROWS, ["Bad Country Srl", "Atlantis", "sme", "", "", "", ""]]
    wizard = open_wizard(context, qtbot, companies_file(tmp_path, rows))
    go_next(wizard, qtbot)
    go_next(wizard, qtbot)
    checked(wizard, qtbot)
    page = wizard.preview_page
    problem = next(p for p in wizard.plan.problems if p.column == "country")
    assert problem.message.startswith("'Atlantis' is not a known country")  # the plan keeps English (CLI)
    french = "« Atlantis » n'est pas un pays connu (indiquez un code ISO comme IT ou un nom)"
    table = page.sheet_tables["Organizations"]
    rows_shown = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    cell = table.item(rows_shown.index("6"), wizard.workbook.sheets["Organizations"].columns.index("country"))
    assert cell.toolTip() == french
    listed = [page.problem_table.item(r, 4).text() for r in range(page.problem_table.rowCount())]
    assert french in listed


def _meeting(meeting_id: str, what: str, start: datetime, end: datetime, person: PersonView) -> MeetingView:
    return MeetingView(meeting_id, "m", start, end, None, what, None, None, met=[], delegation=[person])


@pytest.mark.usefixtures("french")
def test_meeting_clashes_are_explained_in_french(qtbot: QtBot) -> None:
    claire = PersonView("c1", None, "Claire Dubois")
    first = _meeting("a", "Visite usine", datetime(2024, 5, 14, 10), datetime(2024, 5, 14, 11), claire)
    second = _meeting("b", "Déjeuner", datetime(2024, 5, 14, 10, 30), datetime(2024, 5, 14, 12), claire)
    clash = Clash(claire, first, second, datetime(2024, 5, 14, 10, 30), datetime(2024, 5, 14, 11))
    assert clash.message == ("Claire Dubois is in two meetings at once: Visite usine (Tue 14 May 10:00) and "
                             "Déjeuner (Tue 14 May 10:30) (10:30-11:00)")
    planner = MeetingsPlanner()
    qtbot.addWidget(planner)
    planner.set_meetings([MeetingDay(date(2024, 5, 14), [first, second])], [clash])
    assert planner.clash_label.text() == ("⚠ Claire Dubois a deux rendez-vous en même temps : Visite usine "
                                          "(mar. 14 mai 10:00) et Déjeuner (mar. 14 mai 10:30) (10:30-11:00)")
    assert planner.table.item(0, 0).toolTip().startswith("Claire Dubois a deux rendez-vous")


@pytest.mark.usefixtures("french")
def test_audit_fields_and_footer_lines_read_as_labels(qtbot: QtBot) -> None:
    model = AuditModel()
    model.set_entries([AuditEntry(1, datetime(2024, 5, 14, 10).astimezone(), None, "Anna", "update", "organization",
                                  "o1", "Acme", "vat_number", None, "IT01234567890", "s", "h")])
    assert model.cell_text(0, 5) == "N° de TVA"
    errors = [ValidationError("starts_at", N_("is required")), ValidationError("vat_number", N_("is required"))]
    assert error_lines(errors, {"starts_at": "&Début"}) == "Début : obligatoire\nN° de TVA : obligatoire"


@pytest.mark.usefixtures("french")
def test_a_task_for_a_departed_officer_is_refused_in_french(store: Store, open_window: OpenWindow,
                                                            qtbot: QtBot) -> None:
    store.officer_id = create_officer(store, "Anna Rossi")
    marc = create_officer(store, "Marc Dupont")
    window = open_window()
    i18n.set_language("fr")
    screen = window.show_screen("tasks")
    assert isinstance(screen, TasksScreen)
    qtbot.waitUntil(lambda: screen.loaded and window.tasks.idle)
    screen.create_new()
    dialog = screen.dialog
    dialog.title.setText("Relancer Acme")
    dialog.owner.set_value(marc)
    with store.session() as session:  # Marc leaves while the dialog is open
        officer = session.get(Officer, marc)
        assert officer is not None
        officer.deleted_at = utcnow()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().endswith("le chargé de mission n'existe pas"), dialog.error.text()
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Task)) == 0
    dialog.reject()


@pytest.mark.usefixtures("french")
def test_letters_of_intent_for_a_deleted_sme_are_refused_in_french(store: Store, open_window: OpenWindow,
                                                                   qtbot: QtBot) -> None:
    cluster = orgs.create_organization(store, {"kind": "cluster", "name": "BioWin", "country": "BE",
                                               "is_consortium_partner": True})
    store.officer_id = create_officer(store, "Anna Rossi", partner_cluster_id=cluster)
    acme = add_company(store, "Acme Biotech", country="IT")
    add_company(store, "BioLab", country="DE")
    window = open_window()
    i18n.set_language("fr")
    screen = window.show_screen("agreements")
    assert isinstance(screen, AgreementsScreen)
    wait_loaded(qtbot, screen)
    dialog = screen.open_letters_of_intent()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.smes.count() == 2)
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    dialog.signed_on.set_value(date(2025, 3, 12))
    dialog.partner_cluster.set_value(cluster)
    orgs.delete_organization(store, acme)  # deleted elsewhere while the letters are prepared
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "1 des PME choisies n'existent pas" in dialog.error.text(), dialog.error.text()
    assert agr.count_agreements(store) == 0
    dialog.reject()


@pytest.mark.usefixtures("french")
def test_the_mapping_step_explains_columns_in_french(context: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = open_wizard(context, qtbot, companies_file(tmp_path, GOOD_ROWS))
    go_next(wizard, qtbot)
    combo = wizard.mapping_page.editors[0].table.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    tips = {combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(1, combo.count())}
    assert tips["vat_number"] == "Numéro de TVA ou d'immatriculation ; sert à repérer les doublons."
    assert tips["ref"].startswith("Votre identifiant de l'organisation : n'importe quel texte, unique")
    assert all(tip for tip in tips.values())
    wizard.close()
