"""The mission briefing PDF: a sound file (qpdf), the meetings, Chinese names and typed markup in its text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from magia_desk.services import meetings, missions
from magia_desk.services.briefing import export_briefing
from magia_desk.services.contacts import create_contact
from magia_desk.services.officers import create_officer
from magia_desk.services.organizations import create_organization, update_organization
from magia_desk.storage.store import Store


def _mission(store: Store) -> str:
    cluster = create_organization(store, {"kind": "cluster", "name": "Life Sciences Nord", "country": "DE",
                                          "is_consortium_partner": True})
    sme = create_organization(store, {"kind": "sme", "name": "Kiel Diagnostics GmbH", "country": "DE"})
    distributor = create_organization(store, {
        "kind": "distributor", "name": "上海医疗器械有限公司", "country": "CN", "city": "Shanghai",
        "website": "shmed.cn", "sectors": "imaging; diagnostics", "certifications": "NMPA",
        "notes": "Partner of R&amp;D labs; wants <b>exclusive</b> rights & CE marking"})
    hospital = create_organization(store, {"kind": "hospital", "name": "Ruijin Hospital", "country": "CN"})
    update_organization(store, hospital, {"city": "Shanghai"})
    zhang = create_contact(store, {"first_name": "伟", "last_name": "张", "job_title": "General Manager",
                                   "organization_id": distributor, "email": "zhang.wei@shmed.cn"})
    li = create_contact(store, {"first_name": "Na", "last_name": "Li", "job_title": "Head of Cardiology",
                                "organization_id": hospital})
    jurgen = create_contact(store, {"first_name": "Jürgen", "last_name": "Weiß", "job_title": "CEO",
                                    "organization_id": sme})
    officer = create_officer(store, "Sophie Brandt", cluster)
    mission_id = missions.create_mission(store, {
        "type": "fact_finding_mission", "title": "Shanghai diagnostics mission", "start_date": "2019-05-13",
        "end_date": "2019-05-16", "organiser_id": cluster, "destination_country": "CN",
        "destination_cities": "Shanghai", "description": "Meet distributors & hospitals."})
    missions.add_delegates(store, mission_id, [(sme, jurgen)])
    missions.add_itinerary_item(store, mission_id, {"kind": "flight", "title": "HAM-FRA-PVG LH728",
                                                    "starts_at": "2019-05-13 07:40", "ends_at": "2019-05-14 07:00"})
    missions.add_itinerary_item(store, mission_id, {"kind": "hotel", "title": "Hotel Jin Jiang",
                                                    "starts_at": "2019-05-14 09:00", "place": "59 Maoming Rd"})
    meetings.create_meeting(store, mission_id, {
        "organization_id": distributor, "starts_at": "2019-05-14 10:00", "ends_at": "2019-05-14 11:30",
        "place": "Pudong office", "topic": "Pricing <b> & terms"}, met=[zhang], delegation_contacts=[jurgen],
        delegation_officers=[officer], follow_ups=[meetings.FollowUp("Send the price list")])
    meetings.create_meeting(store, mission_id, {
        "organization_id": hospital, "starts_at": "2019-05-15 14:00", "topic": "Clinical evaluation"},
        met=[li], delegation_contacts=[jurgen])
    meetings.create_meeting(store, mission_id, {"topic": "Consulate briefing"})
    return mission_id


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_briefing_pdf_is_sound_and_shows_the_meetings(store: Store, tmp_path: Path) -> None:
    mission_id = _mission(store)
    pdf = export_briefing(store, mission_id, tmp_path / "briefing.pdf")
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = _text(pdf)
    flat = " ".join(text.split())
    assert "Shanghai diagnostics mission" in flat and "13–16 May 2019" in flat
    assert "Asia/Shanghai (UTC+8)" in flat
    # Delegation on the cover, officers included.
    assert "Kiel Diagnostics GmbH" in flat and "Jürgen Weiß" in flat and "Sophie Brandt" in flat
    # Per day, in time order, with every meeting and its people.
    assert re.search(r"Tuesday 14 May 2019.*10:00–11:30.*上海医疗器械有限公司.*Wednesday 15 May 2019.*14:00.*"
                     r"Ruijin Hospital", flat)
    assert "张伟" in flat and "General Manager" in flat
    assert "Na Li" in flat and "Head of Cardiology" in flat
    assert "imaging, diagnostics" in flat and "shmed.cn" in flat
    assert "Send the price list" in flat
    assert "Meetings not yet scheduled" in flat and "Consulate briefing" in flat
    # What users type prints as typed, never read as markup.
    assert "Pricing <b> & terms" in flat
    assert "Partner of R&amp;D labs; wants <b>exclusive</b> rights & CE marking" in flat
    pages = re.findall(r"Page (\d+) of (\d+)", text)
    assert pages and pages[0] == ("1", pages[0][1]) and len(pages) == int(pages[0][1])


def test_briefing_embeds_its_fonts(store: Store, tmp_path: Path) -> None:
    pdf = export_briefing(store, _mission(store), tmp_path / "briefing.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("yes" in row for row in rows)  # every font embedded (no Latin-1 base fonts)
    assert any("WenQuanYi" in line or "CJK" in line for line in fonts.splitlines())
