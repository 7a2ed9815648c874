"""The workbook as LibreOffice reads it: every sheet's values match the store, text is never a formula."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from magia_desk.domain.enums import INDICATOR_LABELS
from magia_desk.services.common import Cancelled
from magia_desk.services.reports import export_report
from magia_desk.services.reports.content import gather
from magia_desk.services.reports.xlsx import write_xlsx
from magia_desk.storage.store import open_store
from tests.services.reports.report_fixtures import ACTION_TITLE, NAMES, sheets_as_csv


@pytest.fixture(scope="module")
def workbook(report_store: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, object]:
    folder = tmp_path_factory.mktemp("xlsx")
    with open_store(report_store) as store:
        content = gather(store, period_name="RP1")
    path = write_xlsx(content, folder / "rp1.xlsx")
    return path, sheets_as_csv(path, folder / "csv"), content


def test_one_sheet_per_table_plus_cover(workbook) -> None:
    path, sheets, _ = workbook
    assert set(sheets) == {"Cover", "KPI summary", "Activities", "Missions", "Agreements", "Beneficiary SMEs"}
    wb = openpyxl.load_workbook(path)
    for name in ("KPI summary", "Activities", "Beneficiary SMEs"):
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws["A1"].font.bold
    # Dates are dates, numbers are numbers.
    activities = wb["Activities"]
    assert activities.cell(row=2, column=3).is_date
    assert isinstance(activities.cell(row=2, column=6).value, int)


def test_values_match_the_store(workbook) -> None:
    _, sheets, content = workbook
    kpi = sheets["KPI summary"]
    assert kpi[0][:4] == ["Indicator", "Partner cluster", "Target", "Achieved in period"]
    totals = {row[0]: row for row in kpi[1:] if row[1] == "All partner clusters"}
    for line in content.kpi_lines:
        if line.cluster is None:
            assert int(totals[INDICATOR_LABELS[line.indicator]][3]) == line.achieved
    annex = sheets["Beneficiary SMEs"]
    assert len(annex) - 1 == len(content.annex.rows)
    assert [row[0] for row in annex[1:]] == [row[0] for row in content.annex.rows]
    assert [int(row[4]) for row in annex[1:]] == [row[4] for row in content.annex.rows]
    activities = sheets["Activities"]
    assert activities[-1][0] == "Total"
    assert int(activities[-1][5]) == sum(row[5] for row in content.activities.rows)
    assert activities[1][2] == content.activities.rows[0][2].strftime("%d/%m/%Y")  # English as written in Europe
    assert len(sheets["Agreements"]) - 1 == len(content.agreements.rows)


def test_injection_and_markup_come_out_literally(workbook) -> None:
    path, sheets, _ = workbook
    annex_names = [row[0] for row in sheets["Beneficiary SMEs"]]
    for name in NAMES:
        assert name in annex_names
    assert ACTION_TITLE in [row[1] for row in sheets["Activities"]]
    ws = openpyxl.load_workbook(path)["Beneficiary SMEs"]
    cells = [row[0] for row in ws.iter_rows(min_row=2)]
    risky = next(c for c in cells if c.value == NAMES[0])
    assert risky.data_type == "s" and risky.quotePrefix


def test_cancel_leaves_no_file(report_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    with open_store(report_store) as store, pytest.raises(Cancelled):
        export_report(store, "xlsx", target, period_name="RP1", progress=lambda d, t: d < 700)
    assert list(tmp_path.iterdir()) == []
