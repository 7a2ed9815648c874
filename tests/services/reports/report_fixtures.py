"""A demo store plus hand-made records for the injection and CJK cases; LibreOffice and poppler helpers."""

from __future__ import annotations

import csv
import shutil
import subprocess
import uuid
from datetime import date
from pathlib import Path

import pytest

from magia_desk.services import actions, organizations, participations
from magia_desk.services.demo import generate_demo
from magia_desk.services.reports.content import partners
from magia_desk.storage.store import open_store

INJECTION = '=HYPERLINK("http://x","y")'
MARKUP = "<b>Bold</b> & Co"
ENTITY = "Entity &amp; SME"
CHINESE = "张伟医疗器械有限公司"
GREEK = "Σοφία Ιατρική ΑΕ"
NAMES = (INJECTION, MARKUP, ENTITY, CHINESE, GREEK)
ACTION_TITLE = "@cmd -1+1 webinar <i>x</i>"


def build_store(path: Path) -> Path:
    """Demo partnership (scale 1) and five SMEs with hard names at a webinar of BioWin in RP1."""
    with open_store(path) as store:
        generate_demo(store)
        clusters = dict((name, cid) for cid, name in partners(store))
        biowin = clusters["BioWin"]
        ids = [organizations.create_organization(
            store, {"kind": "sme", "name": name, "country": "BE", "size_class": "micro"}, member_of=[biowin])
            for name in NAMES]
        action = actions.create_action(store, {
            "type": "webinar", "title": ACTION_TITLE, "start_date": date(2018, 5, 15), "online": True,
            "organiser_id": biowin, "portal_activity_type": "conferences", "declared_audience": 5,
        })
        participations.add_participants(store, action, [(i, None, "attendee") for i in ids])
    return path


@pytest.fixture(scope="module")
def report_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("report-store") / "magia.sqlite")


def sheets_as_csv(xlsx: Path, out: Path, *, as_shown: bool = False) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as csv rows, as LibreOffice reads it (formulas would be evaluated).

    Numbers come out as plain values ('2980'), or with `as_shown` as the cell's format shows them ('2 980')."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out.mkdir(parents=True, exist_ok=True)
    profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation={profile}", "--convert-to",
         f'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,{str(as_shown).lower()},false,false,-1',
         "--outdir", str(out), str(xlsx)],
        check=True, capture_output=True, timeout=120,
    )
    result = {}
    for file in out.glob(f"{xlsx.stem}-*.csv"):
        with file.open(encoding="utf-8", newline="") as handle:
            result[file.stem[len(xlsx.stem) + 1:]] = list(csv.reader(handle))
    return result


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
