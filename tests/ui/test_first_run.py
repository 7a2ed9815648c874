"""The first start: the welcome dialog's answers make the right store; `make run` and benchmarks skip it."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from magia_desk.services.officers import list_officers
from magia_desk.services.organizations import clusters, create_organization
from magia_desk.settings import ENV_TRANSLATIONS, Settings
from magia_desk.storage.store import Store, open_store
from magia_desk.ui import i18n
from magia_desk.ui.app import application, run_gui
from magia_desk.ui.dialogs import first_run
from magia_desk.ui.dialogs.first_run import DEMO, EMPTY, IMPORT, FirstRunChoice, FirstRunDialog
from magia_desk.ui.main_window import MainWindow
from magia_desk.ui.preferences import FIRST_RUN_KEY, first_run_due
from magia_desk.ui.state import ui_settings
from tests.ui.qm_files import compile_qm, english_afterwards

__all__ = ["english_afterwards"]


def test_first_run_is_due_only_without_officer_and_store(tmp_path: Path) -> None:
    ui = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    new = tmp_path / "magia.sqlite"
    assert first_run_due(new, ui)
    settings = Settings.load()
    settings.officer_id = "someone"
    assert not first_run_due(new, ui, settings)  # used here before, with another store
    with open_store(new):
        pass
    assert not first_run_due(new, ui)  # a store is there already
    ui.setValue(FIRST_RUN_KEY, True)
    assert first_run_due(new, ui)  # asked for again


def test_the_dialog_needs_a_name_and_gives_the_answers(qtbot: QtBot) -> None:
    application([])
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()
    dialog.name.setText("  Anna Rossi ")
    assert dialog.start_button.isEnabled()
    assert dialog.cluster.findText("BioWin") >= 0  # the partnership's clusters are suggested
    dialog.cluster.setCurrentText("BioWin")
    dialog.start_buttons[DEMO].setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("system"))
    assert dialog.choice() == FirstRunChoice("system", "Anna Rossi", "BioWin", DEMO)


def test_choosing_a_language_translates_the_dialog_at_once(qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           english_afterwards: None) -> None:
    application([])
    compile_qm(tmp_path, "fr", {"FirstRunDialog": {"Welcome to MAGIA Desk": "Bienvenue dans MAGIA Desk",
                                                   "&Start": "&Commencer"}})
    monkeypatch.setenv(ENV_TRANSLATIONS, str(tmp_path))
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welcome to MAGIA Desk"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.windowTitle() == "Bienvenue dans MAGIA Desk"
    assert dialog.start_button.text() == "&Commencer"


def test_the_officer_joins_their_partner_cluster(store: Store) -> None:
    existing = create_organization(store, {"kind": "cluster", "name": "Lyonbiopole", "is_consortium_partner": True})
    first_run.make_officer(store, FirstRunChoice("en", "Amélie Girard", "lyonbiopole", EMPTY))
    (officer,) = list_officers(store)
    assert officer.partner_cluster_id == existing and store.officer_id == officer.id
    assert Settings.load().officer_id == officer.id
    first_run.make_officer(store, FirstRunChoice("en", "Jörn Petersen", "Life Sciences Nord", EMPTY))
    made = {name: (partner, cid) for cid, name, partner in clusters(store)}
    assert made["Life Sciences Nord"][0] is True  # a new partner cluster, with the partnership's details
    jorn = next(o for o in list_officers(store) if o.name == "Jörn Petersen")
    assert jorn.partner_cluster_id == made["Life Sciences Nord"][1]


# ---- run_gui with the welcome dialog ---------------------------------------------------------------------------

def run_until(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, condition: Callable[[MainWindow], bool]) -> None:
    """app.exec() for a test: wait until the window shows what the test expects, then close it."""

    def exec_(_app: Any = None) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        qtbot.waitUntil(lambda: condition(window) and window.tasks.idle, timeout=10_000)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)


def answer(monkeypatch: pytest.MonkeyPatch, choice: FirstRunChoice | None) -> list[str]:
    asked: list[str] = []

    def ask(language: str = "system") -> FirstRunChoice | None:
        asked.append(language)
        return choice

    monkeypatch.setattr(first_run, "ask_first_run", ask)
    return asked


def fake_demo(monkeypatch: pytest.MonkeyPatch) -> list[Store]:
    made: list[Store] = []

    def generate(store: Store, **_kwargs: Any) -> dict[str, int]:
        made.append(store)
        create_organization(store, {"kind": "cluster", "name": "BioWin", "is_consortium_partner": True})
        create_organization(store, {"kind": "sme", "name": "Demo Labs"})
        return {"organizations": 2}

    monkeypatch.setattr("magia_desk.services.demo.generate_demo", generate)
    return made


def _names(store: Store) -> list[str]:
    from sqlalchemy import select

    from magia_desk.storage.models import Organization

    with store.read() as session:
        return list(session.scalars(select(Organization.name)))


def test_start_empty_makes_an_empty_store_with_the_officer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           qtbot: QtBot, english_afterwards: None) -> None:
    path = tmp_path / "new" / "magia.sqlite"
    asked = answer(monkeypatch, FirstRunChoice("de", "Anna Rossi", "BioPmed", EMPTY))
    run_until(qtbot, monkeypatch, lambda w: w.store.officer_id is not None)
    assert run_gui(["--db", str(path)]) == 0
    assert asked == ["system"]
    with open_store(path) as store:
        (officer,) = list_officers(store)
        assert officer.name == "Anna Rossi"
        assert _names(store) == ["BioPmed"]  # the officer's cluster, nothing else
    assert ui_settings().value(i18n.LANGUAGE_KEY) == "de"
    assert not first_run_due(path, ui_settings())  # never again


def test_start_with_demo_fills_the_store_then_adds_the_officer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               qtbot: QtBot, english_afterwards: None) -> None:
    path = tmp_path / "magia.sqlite"
    answer(monkeypatch, FirstRunChoice("system", "Céline Lambert", "BioWin", DEMO))
    made = fake_demo(monkeypatch)
    run_until(qtbot, monkeypatch, lambda w: w.store.officer_id is not None)
    assert run_gui(["--db", str(path)]) == 0
    assert len(made) == 1
    with open_store(path) as store:
        assert sorted(_names(store)) == ["BioWin", "Demo Labs"]  # the demo's BioWin, not a second one
        (officer,) = list_officers(store)
        assert officer.name == "Céline Lambert"
        assert officer.partner_cluster_id == clusters(store)[0][0]


def test_start_with_an_import_opens_the_import_wizard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      qtbot: QtBot, english_afterwards: None) -> None:
    opened: list[Any] = []

    class ImportWizard:
        def __init__(self, ctx: Any, parent: Any) -> None:
            opened.append((ctx, parent))

        def setAttribute(self, *_args: Any) -> None:
            pass

        def open(self) -> None:
            pass

    fake = types.ModuleType("magia_desk.ui.dialogs.import_wizard")
    fake.ImportWizard = ImportWizard  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "magia_desk.ui.dialogs.import_wizard", fake)
    answer(monkeypatch, FirstRunChoice("system", "Giulia Ferrero", "", IMPORT))
    run_until(qtbot, monkeypatch, lambda _w: bool(opened))
    assert run_gui(["--db", str(tmp_path / "magia.sqlite")]) == 0
    (ctx, parent), = opened
    assert isinstance(parent, MainWindow) and ctx is parent.ctx


def test_quit_on_the_welcome_dialog_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    qtbot: QtBot) -> None:
    answer(monkeypatch, None)
    path = tmp_path / "magia.sqlite"
    assert run_gui(["--db", str(path)]) == 0
    assert not path.exists()


def test_demo_on_first_run_goes_straight_to_the_window(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       qtbot: QtBot) -> None:
    asked = answer(monkeypatch, None)
    made = fake_demo(monkeypatch)
    run_until(qtbot, monkeypatch, lambda _w: bool(made))
    assert run_gui(["--db", str(tmp_path / "magia.sqlite"), "--demo-on-first-run"]) == 0
    assert asked == [] and len(made) == 1
    QCoreApplication.processEvents()


def test_benchmarks_and_existing_stores_skip_the_dialog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        qtbot: QtBot) -> None:
    asked = answer(monkeypatch, None)
    path = tmp_path / "magia.sqlite"
    with open_store(path):
        pass
    run_until(qtbot, monkeypatch, lambda _w: True)
    assert run_gui(["--db", str(path)]) == 0
    monkeypatch.setenv("MAGIA_DESK_EXIT_WHEN_SHOWN", "1")
    assert run_gui(["--db", str(tmp_path / "other.sqlite")]) == 0
    assert asked == []
