"""`magia-desk report xlsx|pdf`: usage, files written, KPI figures equal to `magia-desk kpi --json`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from magia_desk.cli.main import run_cli
from magia_desk.settings import Settings
from tests.services.reports.report_fixtures import pdf_text, report_store, sheets_as_csv

__all__ = ["report_store"]

LABELS = {"smes_reached": "SMEs reached", "clusters_engaged": "Clusters engaged", "missions": "Missions",
          "participants": "Participants", "audience_reached": "Audience reached",
          "agreements_signed": "Agreements signed", "letters_of_intent": "Letters of intent",
          "b2b_meetings": "B2B meetings", "cluster_meetings": "Cluster meetings"}


def _kpi_json(db: Path, capsys: pytest.CaptureFixture[str], *period: str) -> dict:
    assert run_cli(["--db", str(db), "kpi", *period, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["indicators"]


@pytest.mark.parametrize("period", [("--period", "RP1"), ("--from", "2018-01-01", "--to", "2018-12-31")])
def test_report_figures_equal_kpi_json(report_store: Path, tmp_path: Path, capsys, period) -> None:
    expected = _kpi_json(report_store, capsys, *period)
    xlsx, pdf = tmp_path / "r.xlsx", tmp_path / "r.pdf"
    assert run_cli(["--db", str(report_store), "report", "xlsx", *period, "--out", str(xlsx)]) == 0
    assert run_cli(["--db", str(report_store), "report", "pdf", *period, "--out", str(pdf)]) == 0
    capsys.readouterr()
    totals = {row[0]: row for row in sheets_as_csv(xlsx, tmp_path / "csv")["KPI summary"]
              if row[1] == "All partner clusters"}
    text = pdf_text(pdf)
    for key, label in LABELS.items():
        assert int(totals[label][3]) == expected[key], key
        found = re.search(rf"^\s*{re.escape(label)}\s+All partner clusters\s+\S+\s+(\S+)", text, re.M)
        assert found and int(found.group(1).replace(",", "")) == expected[key], key
    assert int(totals["Actions held"][3]) == expected["actions_held"]["total"]


def test_one_partner_and_unknown_names(report_store: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "b.xlsx"
    assert run_cli(["--db", str(report_store), "report", "xlsx", "--period", "rp1", "--partner", "biowin",
                    "--out", str(out)]) == 0
    assert out.exists()
    assert run_cli(["--db", str(report_store), "report", "pdf", "--period", "RP9",
                    "--out", str(tmp_path / "x.pdf")]) == 1
    assert "RP9" in capsys.readouterr().err
    assert run_cli(["--db", str(report_store), "report", "pdf", "--period", "RP1", "--partner", "Nobody",
                    "--out", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("argv", [
    ["report", "pdf", "--out", "x.pdf"],
    ["report", "pdf", "--period", "RP1", "--from", "2018-01-01", "--to", "2018-02-01", "--out", "x.pdf"],
    ["report", "doc", "--period", "RP1", "--out", "x.doc"],
    ["report", "pdf", "--from", "2018-01-01", "--out", "x.pdf"],
])
def test_wrong_usage_exits_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run_cli(argv)
    assert exited.value.code == 2


def test_report_in_french_and_german(report_store: Path, tmp_path: Path, capsys) -> None:
    expected = _kpi_json(report_store, capsys, "--period", "RP1")
    xlsx, pdf = tmp_path / "r-fr.xlsx", tmp_path / "r-de.pdf"
    assert run_cli(["--db", str(report_store), "report", "xlsx", "--period", "RP1", "--language", "fr",
                    "--out", str(xlsx)]) == 0
    assert run_cli(["--db", str(report_store), "report", "pdf", "--period", "RP1", "--language", "de",
                    "--out", str(pdf)]) == 0
    sheets = sheets_as_csv(xlsx, tmp_path / "csv")
    assert sheets["Synthèse des KPI"][0][:4] == ["Indicateur", "Cluster partenaire", "Objectif",
                                                 "Réalisé sur la période"]
    totals = {row[0]: row for row in sheets["Synthèse des KPI"] if row[1] == "Tous les clusters partenaires"}
    assert int(totals["PME touchées"][3]) == expected["smes_reached"]
    assert int(totals["Public touché"][3]) == expected["audience_reached"]
    text = pdf_text(pdf)
    found = re.search(r"^\s*Erreichtes Publikum\s+Alle Partnercluster\s+\S+\s+(\S+)", text, re.M)
    assert found and found.group(1) == f"{expected['audience_reached']:,}".replace(",", ".")
    assert re.search(r"Seite 1 von \d+", text)


def test_language_is_one_of_four(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        run_cli(["report", "pdf", "--period", "RP1", "--language", "es", "--out", "x.pdf"])
    assert exited.value.code == 2
    assert "fr" in capsys.readouterr().err


def test_without_language_the_report_speaks_the_language_chosen_in_the_app(report_store: Path, tmp_path: Path) -> None:
    settings = Settings.load()
    settings.language = "it"
    settings.save()
    pdf = tmp_path / "r.pdf"
    assert run_cli(["--db", str(report_store), "report", "pdf", "--period", "RP1", "--out", str(pdf)]) == 0
    assert re.search(r"Pagina 1 di \d+", pdf_text(pdf))
