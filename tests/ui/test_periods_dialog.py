"""The "Reporting periods and targets" dialog through its widgets, on a fresh store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from magia_desk.domain.enums import Indicator
from magia_desk.services import organizations as orgs
from magia_desk.services import periods
from magia_desk.storage.store import Store
from magia_desk.ui.app import application
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.periods import PeriodsDialog
from magia_desk.ui.tasks import Operations, TaskRunner


@pytest.fixture
def ctx(store: Store, tmp_path: Path) -> Iterator[AppContext]:
    application([])
    tasks = TaskRunner()
    context = AppContext(store=store, tasks=tasks, operations=Operations(), undo_stack=QUndoStack(),
                         settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    yield context
    tasks.shutdown()


@pytest.fixture
def dialog(ctx: AppContext, qtbot: QtBot) -> PeriodsDialog:
    widget = PeriodsDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _fill_period(dialog: PeriodsDialog, qtbot: QtBot, name: str, start: date, end: date) -> None:
    dialog.period_name.clear()
    qtbot.keyClicks(dialog.period_name, name)
    dialog.period_start.setDate(QDate(start.year, start.month, start.day))
    dialog.period_end.setDate(QDate(end.year, end.month, end.day))


def test_creates_a_period_and_announces_it(store: Store, ctx: AppContext, dialog: PeriodsDialog,
                                           qtbot: QtBot) -> None:
    changes: list[set[str]] = []
    ctx.operations.data_changed.connect(changes.append)
    _fill_period(dialog, qtbot, "RP1", date(2024, 1, 1), date(2024, 12, 31))
    qtbot.mouseClick(dialog.save_period_button, Qt.MouseButton.LeftButton)
    saved = periods.list_periods(store)
    assert [(p.name, p.start, p.end) for p in saved] == [("RP1", date(2024, 1, 1), date(2024, 12, 31))]
    assert dialog.periods_table.rowCount() == 1
    assert dialog.periods_table.item(0, 0).text() == "RP1"
    assert {"reporting_period"} in changes
    # Editing the selected period renames it rather than adding one.
    dialog.periods_table.selectRow(0)
    assert dialog.period_name.text() == "RP1"
    dialog.period_name.setText("Period 1")
    qtbot.mouseClick(dialog.save_period_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in periods.list_periods(store)] == ["Period 1"]


def test_refuses_a_period_that_ends_before_it_starts(store: Store, dialog: PeriodsDialog, qtbot: QtBot) -> None:
    _fill_period(dialog, qtbot, "RP9", date(2024, 6, 1), date(2024, 5, 1))
    qtbot.mouseClick(dialog.save_period_button, Qt.MouseButton.LeftButton)
    assert periods.list_periods(store) == []
    assert "before the start" in dialog.period_errors.labels["end"].text()
    assert dialog.period_end.property("invalid") is True
    assert dialog.period_errors.labels["name"].text() == ""
    # A name already taken is refused beside the name.
    periods.create_period(store, "RP1", date(2023, 1, 1), date(2023, 12, 31))
    dialog.reload()
    _fill_period(dialog, qtbot, "rp1", date(2024, 1, 1), date(2024, 2, 1))
    qtbot.mouseClick(dialog.save_period_button, Qt.MouseButton.LeftButton)
    assert "already exists" in dialog.period_errors.labels["name"].text()
    assert dialog.period_errors.labels["end"].text() == ""


def test_creates_edits_and_deletes_a_target(store: Store, ctx: AppContext, qtbot: QtBot) -> None:
    rp1 = periods.create_period(store, "RP1", date(2024, 1, 1), date(2024, 12, 31))
    partner = orgs.create_organization(store, {"kind": "cluster", "name": "BioWin", "country": "BE",
                                               "is_consortium_partner": True})
    dialog = PeriodsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target_indicator.setCurrentIndex(dialog.target_indicator.findData("smes_reached"))
    dialog.target_period.setCurrentIndex(dialog.target_period.findData(rp1))
    dialog.target_cluster.setCurrentIndex(dialog.target_cluster.findData(partner))
    qtbot.keyClicks(dialog.target_value, "abc")
    qtbot.mouseClick(dialog.save_target_button, Qt.MouseButton.LeftButton)
    assert periods.list_targets(store) == []
    assert "not a number" in dialog.target_errors.labels["target"].text()
    dialog.target_value.setText("125")
    qtbot.mouseClick(dialog.save_target_button, Qt.MouseButton.LeftButton)
    [target] = periods.list_targets(store)
    assert (target.indicator, target.target, target.period_id, target.partner_cluster_id) == (
        Indicator.SMES_REACHED, 125.0, rp1, partner)
    assert [dialog.targets_table.item(0, c).text() for c in range(3)] == ["SMEs reached", "RP1", "BioWin"]
    # Moving the selected target to the whole project replaces it (no duplicate left behind).
    dialog.targets_table.selectRow(0)
    dialog.target_period.setCurrentIndex(0)
    dialog.target_value.setText("400")
    qtbot.mouseClick(dialog.save_target_button, Qt.MouseButton.LeftButton)
    [moved] = periods.list_targets(store)
    assert (moved.period_id, moved.target) == (None, 400.0)
    dialog.targets_table.selectRow(0)
    qtbot.mouseClick(dialog.delete_target_button, Qt.MouseButton.LeftButton)
    assert periods.list_targets(store) == []
    assert dialog.targets_table.rowCount() == 0
