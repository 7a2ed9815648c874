"""Translations reach the screens: column titles in the context they were marked in, the report's own language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator
from pytestqt.qtbot import QtBot

from magia_desk.services import i18n
from magia_desk.services.organizations import OrganizationFilter
from magia_desk.storage.store import Store
from magia_desk.ui.models.record_table import Column, RecordSource, RecordTableModel
from magia_desk.ui.tasks import TaskRunner
from magia_desk.ui.views import reports as reports_view


class Bracketing(QTranslator):
    """Shows which context each text was looked up in."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[{context}] {source}"


class Screen(QObject):
    columns = (Column("name", "Name", str, sort="name"), Column("city", "City", str, help="Where they are."))


def test_column_titles_are_translated_in_the_context_of_the_class_defining_them(store: Store, qtbot: QtBot,
                                                                                  qapp: Any) -> None:
    class LaterScreen(Screen):  # inherits the columns: their titles were marked in Screen's context
        pass

    translator = Bracketing()
    QCoreApplication.installTranslator(translator)
    tasks = TaskRunner()
    try:
        source = RecordSource(ids=lambda *_a: [], count=lambda *_a: 0, rows=lambda *_a: [])
        model = RecordTableModel(store, tasks, source, Screen.columns, OrganizationFilter(), parent=LaterScreen())
        assert model.headerData(0, Qt.Orientation.Horizontal) == "[Screen] Name"
        assert model.column_title(1) == "[Screen] City"
        tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip == "[Screen] Where they are. [RecordTableModel] This column cannot be sorted."
    finally:
        QCoreApplication.removeTranslator(translator)
        tasks.shutdown()


def test_the_report_is_written_in_the_chosen_language_which_is_remembered(
        store: Store, qtbot: QtBot, open_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: dict[str, Any] = {}

    def fake_export(_store: Store, _fmt: str, path: str, _period: Any, **options: Any) -> Path:
        asked.update(options)
        Path(path).write_bytes(b"")
        return Path(path)

    monkeypatch.setattr(reports_view, "export_report", fake_export)
    screen = open_window().show_screen("reports")
    assert screen.language.currentData() == i18n.current_language()
    screen.language.setCurrentIndex(screen.language.findData("de"))
    assert screen.ctx.settings.value(reports_view.LANGUAGE_KEY) == "de"
    screen.export(str(tmp_path / "report.xlsx"))
    qtbot.waitUntil(lambda: screen.handle is None, timeout=10_000)
    assert asked["language"] == "de"
