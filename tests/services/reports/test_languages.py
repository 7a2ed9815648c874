"""Reports in French, Italian and German: translated headings and labels, numbers and dates written as the
language writes them, and the same figures as the English report."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from magia_desk.domain.enums import Indicator
from magia_desk.services.i18n import format_number, indicator_label
from magia_desk.services.reports import export_report
from magia_desk.services.reports.content import ReportContent, Table, gather
from magia_desk.storage.store import open_store
from tests.services.reports.report_fixtures import pdf_text, sheets_as_csv

SHEETS = {
    "fr": {"Page de garde", "Synthèse des KPI", "Activités", "Missions", "Accords", "PME bénéficiaires"},
    "de": {"Deckblatt", "KPI-Übersicht", "Aktivitäten", "Missionen", "Vereinbarungen", "Begünstigte KMU"},
    "it": {"Copertina", "Sintesi dei KPI", "Attività", "Missioni", "Accordi", "PMI beneficiarie"},
}
EVERYONE = {"en": "All partner clusters", "fr": "Tous les clusters partenaires", "de": "Alle Partnercluster",
            "it": "Tutti i cluster partner"}


def _spaces(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.fixture(scope="module")
def contents(report_store: Path) -> dict[str, ReportContent]:
    with open_store(report_store) as store:
        return {language: gather(store, period_name="RP1", language=language) for language in ("en", "fr", "de")}


def _values(table: Table) -> list[list[object]]:
    """What does not depend on the language: numbers and dates."""
    return [[v for v in row if isinstance(v, int | float | date)] for row in table.rows]


def test_same_figures_in_every_language(contents: dict[str, ReportContent]) -> None:
    english = contents["en"]
    for language in ("fr", "de"):
        content = contents[language]
        assert content.language == language
        assert content.kpi_lines == english.kpi_lines
        assert content.smes_per_cluster == english.smes_per_cluster
        for ours, theirs in zip(content.tables, english.tables, strict=True):
            assert len(ours.columns) == len(theirs.columns) and ours.totals == theirs.totals
            assert _values(ours) == _values(theirs)
            assert ours.columns != theirs.columns


def test_headings_and_vocabulary_are_translated(contents: dict[str, ReportContent]) -> None:
    french, german = contents["fr"], contents["de"]
    assert french.activities.title == "Activités de diffusion et de communication"
    assert german.annex.columns == ["Name", "Land", "Größenklasse", "Partnercluster", "Besuchte Maßnahmen"]
    assert "Réalisée" in {row[8] for row in french.activities.rows}
    assert "Durchgeführt" in {row[8] for row in german.activities.rows}
    assert {row[1] for row in german.annex.rows} >= {"Belgien"}
    assert "Signé" in {row[3] for row in french.agreements.rows}
    assert french.period_text == "RP1 (du 1er nov. 2017 au 30 avr. 2019)"
    assert german.period_text == "RP1 (01.11.2017 bis 30.04.2019)"


def test_unknown_language_is_refused(report_store: Path) -> None:
    with open_store(report_store) as store, pytest.raises(ValueError, match="en, fr, it or de"):
        gather(store, period_name="RP1", language="es")


@pytest.mark.parametrize(("language", "group", "day"), [("fr", " ", "%d/%m/%Y"), ("de", ".", "%d.%m.%Y"),
                                                       ("it", ".", "%d/%m/%Y")])
def test_workbook_in_the_language(report_store: Path, contents: dict[str, ReportContent], tmp_path: Path,
                                  language: str, group: str, day: str) -> None:
    path = tmp_path / f"rp1-{language}.xlsx"
    with open_store(report_store) as store:
        export_report(store, "xlsx", path, period_name="RP1", language=language)
    shown = sheets_as_csv(path, tmp_path / "shown", as_shown=True)
    plain = sheets_as_csv(path, tmp_path / "plain")
    english = contents["en"]
    assert set(shown) == SHEETS[language]
    kpi_sheet = next(name for name in SHEETS[language] if "KPI" in name)
    assert shown[kpi_sheet][0][0] == {"fr": "Indicateur", "de": "Indikator", "it": "Indicatore"}[language]
    totals = {row[0]: row for row in plain[kpi_sheet] if row[1] == EVERYONE[language]}
    for line in english.kpi_lines:
        if line.cluster is None:
            # The number is a number: the same value as in English, whatever the language.
            assert int(totals[indicator_label(line.indicator, language)][3]) == line.achieved
    activities_sheet = {"fr": "Activités", "de": "Aktivitäten", "it": "Attività"}[language]
    activities = shown[activities_sheet]
    # Dates and totals as the language writes them (LibreOffice honours the format's locale tag).
    assert activities[1][2] == english.activities.rows[0][2].strftime(day)
    total = english.activities.total(5)
    assert total >= 1000
    assert _spaces(activities[-1][5]) == f"{total:,}".replace(",", group)
    assert activities[-1][0] == {"fr": "Total", "de": "Summe", "it": "Totale"}[language]
    assert int(plain[activities_sheet][-1][5]) == total


def test_pdf_in_german(report_store: Path, contents: dict[str, ReportContent], tmp_path: Path) -> None:
    path = tmp_path / "rp1-de.pdf"
    with open_store(report_store) as store:
        export_report(store, "pdf", path, period_name="RP1", language="de")
    text = pdf_text(path)
    for heading in ("Periodischer Bericht MAGIA", "KPI-Übersicht", "Verbreitungs- und Kommunikationsaktivitäten",
                    "Begünstigte KMU (Anhang)", "Erreicht im Vergleich zum Ziel", "RP1 (01.11.2017 bis 30.04.2019)"):
        assert heading in text, heading
    assert re.search(r"Seite 1 von \d+", text)
    assert "Page 1 of" not in text and "All partner clusters" not in text
    english = contents["en"]
    for line in english.kpi_lines:
        if line.cluster is not None:
            continue
        # A long German name wraps in its cell: its first word starts the row, the rest may follow below.
        first, _, rest = indicator_label(line.indicator, "de").partition(" ")
        label = rf"{re.escape(first)}(?:\s+{re.escape(rest)})?" if rest else re.escape(first)
        row = re.search(rf"^\s*{label}\s+Alle Partnercluster\s+(\S+)\s+(\S+)\s+(\S+)", text, re.M)
        assert row, label
        assert row.group(2) == format_number(line.achieved, language="de"), label
        assert int(row.group(2).replace(".", "")) == line.achieved
    audience = next(line for line in english.kpi_lines
                    if line.cluster is None and line.indicator == Indicator.AUDIENCE_REACHED)
    assert audience.achieved >= 1000 and f"{audience.achieved:,}".replace(",", ".") in text
    assert f"{len(english.annex.rows)} Zeilen" in text


def test_pdf_in_french(report_store: Path, contents: dict[str, ReportContent], tmp_path: Path) -> None:
    path = tmp_path / "rp1-fr.pdf"
    with open_store(report_store) as store:
        export_report(store, "pdf", path, period_name="RP1", language="fr")
    text = _spaces(pdf_text(path))
    for heading in ("Rapport périodique MAGIA", "Synthèse des KPI", "PME bénéficiaires (annexe)",
                    "RP1 (du 1er nov. 2017 au 30 avr. 2019)", "Tous les clusters partenaires"):
        assert heading in text, heading
    assert re.search(r"Page 1 sur \d+", text)
    total = contents["en"].activities.total(5)
    assert f"{total:,}".replace(",", " ") in text
    smes = next(line for line in contents["en"].kpi_lines if line.cluster is None
                and line.indicator == Indicator.SMES_REACHED)
    assert f"{smes.pct:.1f} %".replace(".", ",") in text  # '155,6 %'
