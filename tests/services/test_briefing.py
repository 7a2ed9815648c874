"""The mission briefing PDF: a sound file (qpdf), the meetings, Chinese names and typed markup in its text, in
English, French and German."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from magia_desk.services import i18n, meetings, missions
from magia_desk.services.briefing import briefing_pdf, export_briefing
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
        delegation_officers=[officer], follow_ups=[meetings.FollowUp("Send the price list", date(2019, 5, 20))])
    meetings.create_meeting(store, mission_id, {
        "organization_id": hospital, "starts_at": "2019-05-15 14:00", "topic": "Clinical evaluation"},
        met=[li], delegation_contacts=[jurgen])
    meetings.create_meeting(store, mission_id, {"topic": "Consulate briefing"})
    return mission_id


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


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
    assert "Send the price list (due 20 May 2019)" in flat
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


def _checked(pdf: Path) -> tuple[str, str]:
    """qpdf finds the file sound; its text as laid out, and the same text on one line."""
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = _text(pdf)
    return text, " ".join(text.split())


def _pages(text: str, pattern: str) -> list[tuple[str, str]]:
    """Every footer's (page, total): one per page, numbered from 1, all with the same total."""
    found = re.findall(pattern, text)
    assert found and len(found) == int(found[0][1])
    assert [page for page, _ in found] == [str(n) for n in range(1, len(found) + 1)]
    return found


def _title(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Title:"))


def test_briefing_in_french(store: Store, tmp_path: Path) -> None:
    pdf = export_briefing(store, _mission(store), tmp_path / "dossier.pdf", language="fr")
    text, flat = _checked(pdf)
    assert "DOSSIER DE MISSION" in flat and "Mission exploratoire · 13–16 mai 2019" in flat
    assert "Destination Shanghai (Chine)" in flat and "Dates 13–16 mai 2019" in flat
    assert "Horaires Toutes les heures sont en heure locale : Asia/Shanghai (UTC+8)" in flat
    assert "Organisé par Life Sciences Nord" in flat
    assert "Programme 3 réunions, 4 points au programme sur 3 jours" in flat
    assert "Délégation Organisation Personne Fonction Pays" in flat
    assert "Kiel Diagnostics GmbH Jürgen Weiß CEO Allemagne" in flat
    assert "Sophie Brandt Chargé(e) de mission" in flat
    assert "Les jours en un coup d'œil Jour Réunions Programme" in flat
    # Day titles and the overnight flight's arrival day as French writes them; the time stays on one line.
    assert re.search(r"Lundi 13 mai 2019.*Heure Quoi Où 07:40 – mar\. 07:00 Vol HAM-FRA-PVG LH728", flat)
    assert re.search(r"Mardi 14 mai 2019 Shanghai diagnostics mission · horaires : Asia/Shanghai \(UTC\+8\).*"
                     r"10:00–11:30 Réunion 上海医疗器械有限公司 — Pricing <b> &.* avec 张伟.*"
                     r"Mercredi 15 mai 2019.*14:00 Réunion Ruijin Hospital — Clinical evaluation avec Na Li", flat)
    assert "Organisation Distributeur Implantation Shanghai, Chine Site web shmed.cn" in flat.replace("https://", "")
    assert "Secteurs imaging, diagnostics Certifications NMPA" in flat
    assert "Suivi Send the price list (échéance le 20 mai 2019)" in flat
    assert "PERSONNES RENCONTRÉES DÉLÉGATION PRÉSENTE" in flat
    assert "Organisation Hôpital" in flat
    assert "Réunions pas encore planifiées Consulate briefing" in flat
    assert "Aucun contact enregistré." in flat and "Personne n'a encore été désigné." in flat
    # Names, titles and notes as typed, never translated.
    assert "Head of Cardiology" in flat and "Partner of R&amp;D labs; wants <b>exclusive</b> rights" in flat
    assert _pages(text, r"Page (\d+) sur (\d+)")[0] == ("1", "5")
    assert "MAGIA Desk · Dossier de mission · Shanghai diagnostics mission" in flat
    assert _title(pdf) == "Dossier de mission : Shanghai diagnostics mission"
    for english in ("Meeting", "Delegation", "Organised", "Page 1 of", "Tuesday", "May 2019", "Officer", "China"):
        assert english not in flat, english


def test_briefing_in_german(store: Store, tmp_path: Path) -> None:
    pdf = export_briefing(store, _mission(store), tmp_path / "briefing-de.pdf", language="de")
    text, flat = _checked(pdf)
    assert "MISSIONS-BRIEFING" in flat and "Sondierungsreise · 13.–16. Mai 2019" in flat
    assert "Reiseziel Shanghai (China) Zeitraum 13.–16. Mai 2019" in flat
    assert "Programm 3 Termine, 4 Programmpunkte, verteilt auf 3 Tage" in flat
    assert "Kiel Diagnostics GmbH Jürgen Weiß CEO Deutschland" in flat
    assert "Die Tage im Überblick Tag Termine Programm Montag, 13. Mai 2019 0 07:40 HAM-FRA-PVG LH728" in flat
    assert "07:40 – Di. 07:00 Flug HAM-FRA-PVG LH728" in flat
    assert re.search(r"Dienstag, 14\. Mai 2019 Shanghai diagnostics mission · Uhrzeiten: Asia/Shanghai \(UTC\+8\) "
                     r"Uhrzeit Was Wo 09:00 Hotel Hotel Jin Jiang 59 Maoming Rd 10:00–11:30 Termin", flat)
    assert "Organisation Vertriebspartner Standort Shanghai, China" in flat
    assert "Zertifizierungen NMPA" in flat and "Folgeaufgabe Send the price list (fällig am 20.05.2019)" in flat
    assert "GESPRÄCHSPARTNER ANWESENDE DELEGATION" in flat and "General Manager, 上海医疗器械有限公司" in flat
    assert "Sophie Brandt Referent(in), Life Sciences Nord" in flat
    assert "Mittwoch, 15. Mai 2019" in flat and "Organisation Krankenhaus" in flat
    assert "Noch nicht geplante Termine Consulate briefing" in flat
    assert "Kein Kontakt erfasst." in flat and "Noch niemand zugeteilt." in flat
    assert _pages(text, r"Seite (\d+) von (\d+)")[0] == ("1", "5")
    assert _title(pdf) == "Missions-Briefing: Shanghai diagnostics mission"


def test_briefing_follows_the_current_language(store: Store, tmp_path: Path) -> None:
    mission_id = _mission(store)
    i18n.set_language("it")
    current = tmp_path / "current.pdf"
    current.write_bytes(briefing_pdf(store, mission_id))
    italian = export_briefing(store, mission_id, tmp_path / "it.pdf", "it")
    assert _text(current) == _text(italian)
    assert re.search(r"Pagina 1 di 5", _text(current)) and "Martedì 14 maggio 2019" in _text(current)
    assert "Tuesday 14 May 2019" in _text(export_briefing(store, mission_id, tmp_path / "en.pdf", "en"))
    with pytest.raises(ValueError, match="not 'es'"):
        briefing_pdf(store, mission_id, "es")


def test_mission_without_zone_or_delegation(store: Store, tmp_path: Path) -> None:
    mission_id = missions.create_mission(store, {"type": "trade_show", "title": "MEDICA 2019",
                                                 "start_date": "2019-11-18", "end_date": "2019-12-02"})
    missions.update_mission(store, mission_id, {"timezone": ""})
    missions.add_itinerary_item(store, mission_id, {"kind": "other", "title": "Stand build-up",
                                                    "starts_at": "2019-11-17 15:00"})
    meetings.create_meeting(store, mission_id, {"starts_at": "2019-11-18 10:00"})  # no organization, no topic
    _, flat = _checked(export_briefing(store, mission_id, tmp_path / "medica.pdf", language="fr"))
    assert "18 novembre – 2 décembre 2019" in flat
    assert "Toutes les heures sont en heure locale : heure locale (aucun fuseau horaire défini)" in flat
    assert "Aucune délégation enregistrée pour l'instant." in flat
    assert "Programme 1 réunion, 2 points au programme sur 2 jours" in flat
    assert "Dimanche 17 novembre 2019" in flat and "15:00 Autre Stand build-up" in flat
    assert "Lundi 18 novembre 2019" in flat and "10:00 Réunion Réunion" in flat and "10:00 · Réunion" in flat
    _, german = _checked(export_briefing(store, mission_id, tmp_path / "medica-de.pdf", language="de"))
    assert "18. November – 2. Dezember 2019" in german and "15:00 Sonstige Stand build-up" in german
