"""The PDF is valid, shows every indicator with its value, prints names literally and in their script."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from magia_desk.domain.enums import INDICATOR_LABELS
from magia_desk.services.reports.content import gather
from magia_desk.services.reports.pdf import write_pdf
from magia_desk.services.reports.xlsx import write_xlsx
from magia_desk.storage.store import open_store
from tests.services.reports.report_fixtures import CHINESE, GREEK, MARKUP, NAMES, pdf_text, sheets_as_csv


@pytest.fixture(scope="module")
def pdf(report_store: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, object]:
    folder = tmp_path_factory.mktemp("pdf")
    with open_store(report_store) as store:
        content = gather(store, period_name="RP1")
    path = write_pdf(content, folder / "rp1.pdf")
    return path, pdf_text(path), content


def test_qpdf_check_passes(pdf) -> None:
    path, _, _ = pdf
    checked = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _figure(value: int) -> str:
    return f"{value:,}"


def test_every_indicator_with_its_value(pdf) -> None:
    _, text, content = pdf
    for line in content.kpi_lines:
        if line.cluster is not None:
            continue
        label = INDICATOR_LABELS[line.indicator]
        row = re.search(rf"^\s*{re.escape(label)}\s+All partner clusters\s+(\S+)\s+(\S+)\s+(\S+)", text, re.M)
        assert row, label
        assert row.group(2) == _figure(line.achieved), label
        assert row.group(3) == _figure(line.cumulative or 0), label


def test_names_print_literally_and_in_their_script(pdf) -> None:
    _, text, _ = pdf
    flat = re.sub(r"\s+", " ", text)
    for name in NAMES:
        assert name in flat or name.replace(" ", "") in flat.replace(" ", ""), name
    assert MARKUP in flat and CHINESE in text and GREEK in flat
    assert re.search(r"Page 1 of \d+", text) and "RP1 (1 Nov 2017 to 30 Apr 2019)" in text


def test_pdf_and_xlsx_show_the_same_numbers(pdf, tmp_path: Path) -> None:
    _, text, content = pdf
    sheets = sheets_as_csv(write_xlsx(content, tmp_path / "rp1.xlsx"), tmp_path / "csv")
    for row in sheets["KPI summary"][1:]:
        if row[1] != "All partner clusters":
            continue
        found = re.search(rf"^\s*{re.escape(row[0])}\s+All partner clusters\s+\S+\s+(\S+)", text, re.M)
        assert found and found.group(1).replace(",", "") == row[3]
    assert f"{len(content.annex.rows):,} rows" in text
    assert len(sheets["Beneficiary SMEs"]) - 1 == len(content.annex.rows)
