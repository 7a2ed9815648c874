"""The Reports screen: preview of the chosen period, export with progress off the GUI thread, cancel."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from magia_desk.domain.enums import INDICATOR_LABELS
from magia_desk.services.kpi import compute_kpis, resolve_period
from magia_desk.services.periods import create_period
from magia_desk.storage.store import Store
from magia_desk.ui.views.reports import ReportsScreen


def _screen(store: Store, qtbot: QtBot, open_window) -> ReportsScreen:
    screen = open_window().show_screen("reports")
    assert isinstance(screen, ReportsScreen)
    qtbot.waitUntil(lambda: "cover, KPI summary" in screen.summary.text(), timeout=10_000)
    return screen


def test_preview_and_export(store: Store, qtbot: QtBot, open_window, tmp_path: Path) -> None:
    create_period(store, "RP1", "2018-01-01", "2018-12-31")
    screen = _screen(store, qtbot, open_window)
    assert screen.period.currentText().startswith("RP1")
    assert "Beneficiary SMEs (annex): 0" in screen.summary.text()
    expected = compute_kpis(store, resolve_period(store, name="RP1"))
    labels = [screen.preview.item(r, 0).text() for r in range(screen.preview.rowCount())]
    assert labels == [INDICATOR_LABELS[i] for i in expected.figures]
    target = tmp_path / "rp1.xlsx"
    screen.export(str(target))
    qtbot.waitUntil(lambda: screen.open_button.isVisible(), timeout=20_000)
    assert target.exists() and screen.written == target
    screen.format.setCurrentIndex(screen.format.findData("pdf"))
    screen.export(str(tmp_path / "rp1.pdf"))
    screen.cancel()
    qtbot.waitUntil(lambda: screen.handle is None, timeout=20_000)
    assert not (tmp_path / "rp1.pdf").exists() or screen.written == tmp_path / "rp1.pdf"


def test_custom_range_refuses_end_before_start(store: Store, qtbot: QtBot, open_window) -> None:
    screen = _screen(store, qtbot, open_window)
    screen.period.setCurrentIndex(screen.period.findData("custom"))
    screen.start.setDate(screen.end.date().addDays(1))
    assert not screen.export_button.isEnabled()
