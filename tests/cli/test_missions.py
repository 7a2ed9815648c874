"""`magia-desk briefing MISSION --out FILE.pdf` and `magia-desk ics MISSION --out FILE.ics`, with `--language`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

from magia_desk.cli.main import run_cli
from magia_desk.services import meetings, missions
from magia_desk.services.contacts import create_contact
from magia_desk.services.organizations import create_organization
from magia_desk.settings import Settings
from magia_desk.storage.store import open_store


@pytest.fixture
def db(store_path: Path) -> Path:
    with open_store(store_path) as store:
        org = create_organization(store, {"kind": "distributor", "name": "Shanghai MedDist", "country": "CN"})
        zhang = create_contact(store, {"first_name": "伟", "last_name": "张", "organization_id": org})
        mission = missions.create_mission(store, {"type": "fact_finding_mission", "title": "Shanghai mission 2019",
                                                  "start_date": "2019-05-13", "destination_country": "CN"})
        meetings.create_meeting(store, mission, {"organization_id": org, "starts_at": "2019-05-14 10:00"},
                                met=[zhang])
        for year in (2019, 2020):
            missions.create_mission(store, {"type": "trade_show", "title": f"MEDICA {year}",
                                            "start_date": f"{year}-11-18"})
    return store_path


def test_briefing_by_title(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "brief.pdf"
    assert run_cli(["--db", str(db), "briefing", "Shanghai mission 2019", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Shanghai MedDist" in text and "张伟" in text


def test_ics_by_id(db: Path, tmp_path: Path) -> None:
    with open_store(db) as store:
        mission_id = missions.resolve_mission(store, "shanghai")
    out = tmp_path / "trip.ics"
    assert run_cli(["--db", str(db), "ics", mission_id, "--out", str(out)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Meeting: Shanghai MedDist"]


def test_unknown_or_ambiguous_mission_is_refused(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert run_cli(["--db", str(db), "briefing", "MEDICA", "--out", str(out)]) == 1
    assert "names 2 missions" in capsys.readouterr().err
    assert run_cli(["--db", str(db), "ics", "Boston", "--out", str(tmp_path / "x.ics")]) == 1
    assert "No mission with id or title 'Boston'" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit) as usage:
        run_cli(["--db", str(db), "briefing", "MEDICA 2019"])  # --out is required
    assert usage.value.code == 2


def _pdf_text(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def _summaries(ics: Path) -> list[str]:
    return [str(e["summary"]) for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")]


def test_briefing_and_ics_in_a_language(db: Path, tmp_path: Path) -> None:
    pdf, ics = tmp_path / "dossier.pdf", tmp_path / "reise.ics"
    assert run_cli(["--db", str(db), "briefing", "Shanghai mission 2019", "--language", "fr", "--out", str(pdf)]) == 0
    assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0
    text = _pdf_text(pdf)
    assert "DOSSIER DE MISSION" in text and "Lundi 13 mai 2019" in text and "Mardi 14 mai 2019" in text
    assert "Page 1 sur 2" in text and "张伟" in text and "Chine" in text
    assert run_cli(["--db", str(db), "ics", "Shanghai mission 2019", "--language", "de", "--out", str(ics)]) == 0
    assert _summaries(ics) == ["Termin: Shanghai MedDist"]


def test_without_language_the_app_setting_decides(db: Path, tmp_path: Path) -> None:
    english = tmp_path / "en.ics"
    assert run_cli(["--db", str(db), "ics", "Shanghai mission 2019", "--out", str(english)]) == 0
    assert _summaries(english) == ["Meeting: Shanghai MedDist"]  # the system's language here: English
    settings = Settings.load()
    settings.language = "it"
    settings.save()
    pdf, ics = tmp_path / "it.pdf", tmp_path / "it.ics"
    assert run_cli(["--db", str(db), "briefing", "Shanghai mission 2019", "--out", str(pdf)]) == 0
    assert "Pagina 1 di 2" in _pdf_text(pdf) and "Briefing della missione" in _pdf_text(pdf)
    assert run_cli(["--db", str(db), "ics", "Shanghai mission 2019", "--out", str(ics)]) == 0
    assert _summaries(ics) == ["Riunione: Shanghai MedDist"]


@pytest.mark.parametrize("command", ["briefing", "ics"])
def test_language_is_one_of_four(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        run_cli([command, "Shanghai", "--language", "es", "--out", "x"])
    assert usage.value.code == 2
    assert "invalid choice: 'es'" in capsys.readouterr().err
    with pytest.raises(SystemExit) as shown:
        run_cli([command, "--help"])
    assert shown.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "en (English), fr (Français), it (Italiano), de (Deutsch)" in help_text
    assert "(default: the language chosen in the app's Settings, else the system's)" in help_text
