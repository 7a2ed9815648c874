"""The Dashboard through its real widgets on the demo store: tiles, periods, drill-down, xlsx export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from magia_desk.domain.enums import Indicator
from magia_desk.services import periods
from magia_desk.services.demo.generator import generate_demo
from magia_desk.services.kpi import DrillRow, Period, compute_kpis, resolve_period
from magia_desk.storage.store import Store, open_store
from magia_desk.ui.app import application
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.drill_down import DrillDownDialog, write_drill_xlsx
from magia_desk.ui.labels import number
from magia_desk.ui.tasks import Operations, TaskRunner
from magia_desk.ui.views.dashboard import DashboardScreen


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo partnership (seed 1, scale 1), built once for the module: the tests only read it."""
    with open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite") as store:
        generate_demo(store, seed=1, scale=1)
        yield store


@pytest.fixture
def screen(demo_store: Store, qtbot: QtBot, tmp_path: Path) -> Iterator[DashboardScreen]:
    application([])
    tasks = TaskRunner()
    ctx = AppContext(store=demo_store, tasks=tasks, operations=Operations(), undo_stack=QUndoStack(),
                     settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    widget = DashboardScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    wait_computed(qtbot, widget)
    yield widget
    for dialog in list(widget.drill_dialogs):
        dialog.close()
    tasks.shutdown()


def wait_computed(qtbot: QtBot, screen: DashboardScreen) -> None:
    qtbot.waitUntil(lambda: not screen.busy and screen.ctx.tasks.idle and screen.data is not None, timeout=15000)


def period_id(store: Store, name: str) -> str:
    return next(p.id for p in periods.list_periods(store) if p.name == name)


def wait_dialog(qtbot: QtBot, screen: DashboardScreen) -> DrillDownDialog:
    qtbot.waitUntil(lambda: bool(screen.drill_dialogs) and screen.drill_dialogs[-1].loaded, timeout=10000)
    return screen.drill_dialogs[-1]


def test_tiles_show_the_engines_numbers_for_rp1(demo_store: Store, screen: DashboardScreen, qtbot: QtBot) -> None:
    screen.select_period(f"period:{period_id(demo_store, 'RP1')}")
    wait_computed(qtbot, screen)
    expected = compute_kpis(demo_store, resolve_period(demo_store, "RP1"), by="cluster", cumulative=True)
    assert screen.data is not None and screen.data.result.period.name == "RP1"
    assert expected.value(Indicator.SMES_REACHED) > 100  # the demo store is not trivially empty
    for indicator, tile in screen.tiles.tiles.items():
        figure = expected[indicator]
        assert tile.figure == figure
        assert tile.value_label.text() == number(figure.value)
        if figure.target is None:
            assert tile.target_label.text() == "No target"
        else:
            assert f"of {number(figure.target)} target" in tile.target_label.text()
            assert number(figure.pct_of_target, 1) in tile.target_label.text()
        assert tile.cumulative_label.text().startswith(f"Cumulative {number(figure.cumulative)}")
    smes = expected[Indicator.SMES_REACHED]
    assert smes.pct_of_target is not None and smes.pct_of_target >= 90
    assert screen.tiles.tiles[Indicator.SMES_REACHED].colour == "#1e8e3e"  # green: on track
    assert screen.tiles.tiles[Indicator.CLUSTER_MEETINGS].colour == "#9aa0a6"  # grey: no target
    assert "RP1" in screen.period_caption.text()


def test_changing_the_period_recomputes(demo_store: Store, screen: DashboardScreen, qtbot: QtBot) -> None:
    screen.select_period("project")
    wait_computed(qtbot, screen)
    whole = screen.project
    expected = compute_kpis(demo_store, Period(whole.start, whole.end), by="cluster", cumulative=True)
    assert screen.tiles.tiles[Indicator.SMES_REACHED].value_label.text() == number(expected.value("smes_reached"))
    assert screen.tiles.tiles[Indicator.ACTIONS_HELD].figure.value == expected.value("actions_held")
    assert screen.charts["cumulative"].chart().series()  # the month-by-month line is drawn
    # Two choices in quick succession: only the last answer may land.
    screen.select_period(f"period:{period_id(demo_store, 'RP1')}")
    screen.select_period(f"period:{period_id(demo_store, 'RP2')}")
    wait_computed(qtbot, screen)
    assert screen.data is not None and screen.data.result.period.name == "RP2"
    rp2 = compute_kpis(demo_store, resolve_period(demo_store, "RP2"))
    assert screen.tiles.tiles[Indicator.SMES_REACHED].figure.value == rp2.value("smes_reached")


def test_a_custom_range_ending_before_it_starts_is_refused(screen: DashboardScreen, qtbot: QtBot) -> None:
    screen.select_period("custom")
    assert screen.custom_box.isVisible()
    generation = screen.generation
    screen.custom_start.setDate(screen.custom_end.date().addDays(5))
    screen.recompute()
    assert screen.custom_error.text() == "The end is before the start"
    assert screen.generation == generation  # nothing computed


def test_clicking_a_tile_lists_as_many_records_as_the_figure(screen: DashboardScreen, qtbot: QtBot) -> None:
    wait_computed(qtbot, screen)
    for indicator in (Indicator.SMES_REACHED, Indicator.PARTICIPANTS, Indicator.ACTIONS_HELD):
        tile = screen.tiles.tiles[indicator]
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        dialog = wait_dialog(qtbot, screen)
        assert dialog.model.rowCount() == tile.figure.value
        assert dialog.count_label.text().startswith(number(tile.figure.value))
        dialog.close()
        qtbot.waitUntil(lambda: not screen.drill_dialogs)


def test_clicking_a_bar_lists_the_records_of_that_bar(screen: DashboardScreen, qtbot: QtBot) -> None:
    assert screen.data is not None
    cells = screen.data.result[Indicator.ACTIONS_HELD].breakdowns["type"]
    chart = screen.charts["types"]
    chart.bar_sets[0].clicked.emit(0)  # what a click on the first bar emits
    dialog = wait_dialog(qtbot, screen)
    first_type = sorted(cells.items(), key=lambda kv: (-kv[1], str(kv[0])))[0]
    assert dialog.model.rowCount() == first_type[1]


def test_drill_down_exports_to_xlsx(screen: DashboardScreen, qtbot: QtBot, tmp_path: Path) -> None:
    figure = screen.tiles.tiles[Indicator.SMES_REACHED].figure
    qtbot.mouseClick(screen.tiles.tiles[Indicator.SMES_REACHED], Qt.MouseButton.LeftButton)
    dialog = wait_dialog(qtbot, screen)
    assert dialog.export_button.isEnabled()
    target = tmp_path / "smes.xlsx"
    dialog.export_to(target)
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1] == ("Record", "Kind", "Country", "Date", "Detail", "Counts for")
    assert len(rows) == 2 + figure.value
    assert {row[0] for row in rows[2:]} == {r.label for r in dialog.rows}
    assert all(row[1] == "Organization" and row[5] == 1 for row in rows[2:])


def test_exported_text_never_becomes_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "risky.xlsx"
    write_drill_xlsx(path, "=title", [DrillRow("1", "organization", "=HYPERLINK(\"x\")", "IT", None, "+1")])
    sheet = load_workbook(path).active
    assert sheet["A1"].data_type == "s" and sheet["A1"].value == "=title"
    assert sheet["A3"].data_type == "s" and sheet["A3"].value == '=HYPERLINK("x")'


def test_the_partner_picker_restricts_every_figure(demo_store: Store, screen: DashboardScreen, qtbot: QtBot) -> None:
    screen.select_period(f"period:{period_id(demo_store, 'RP1')}")
    screen.partner_picker.setCurrentIndex(1)
    screen.partner_picker.activated.emit(1)  # what choosing it with the mouse or keyboard emits
    wait_computed(qtbot, screen)
    partner = screen.partner_picker.currentData()
    expected = compute_kpis(demo_store, resolve_period(demo_store, "RP1"), partner, by="cluster", cumulative=True)
    assert partner is not None and screen.data is not None and screen.data.result.partner_cluster_id == partner
    for indicator, tile in screen.tiles.tiles.items():
        assert tile.figure.value == expected.value(indicator)
    assert screen.partner_picker.currentText() in screen.period_caption.text()


def test_an_empty_store_shows_zeros_and_says_what_to_do(store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    application([])
    tasks = TaskRunner()
    ctx = AppContext(store=store, tasks=tasks, operations=Operations(), undo_stack=QUndoStack(),
                     settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    widget = DashboardScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    wait_computed(qtbot, widget)
    assert widget.period_picker.currentData() == "project"
    assert all(tile.value_label.text() == "0" for tile in widget.tiles.tiles.values())
    assert "No reporting periods yet" in widget.period_caption.text()
    assert "Nothing to show" in widget.charts["types"].chart().title() or "No actions" in \
        widget.charts["types"].chart().title()
    tasks.shutdown()
