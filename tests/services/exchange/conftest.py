"""Shared pieces of the exchange tests: a store built with the services, a field-by-field snapshot of a store
for comparing two of them, change counting, and LibreOffice headless as the spreadsheet that opens our files.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from magia_desk.services import (
    actions,
    agreements,
    contacts,
    meetings,
    missions,
    officers,
    organizations,
    participations,
)
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    Change,
    Contact,
    KpiTarget,
    Meeting,
    MeetingAttendee,
    Membership,
    Mission,
    Officer,
    Organization,
    Participation,
    ReportingPeriod,
)
from magia_desk.storage.store import Store

SOFFICE = shutil.which("soffice") or ("/usr/bin/soffice" if Path("/usr/bin/soffice").exists() else None)
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'


def libreoffice_sheets(path: Path, workdir: Path) -> dict[str, list[list[str]]]:
    """Every sheet of a workbook as LibreOffice reads it (cells as displayed, formulas evaluated)."""
    assert SOFFICE is not None
    out = workdir / f"lo-out-{uuid.uuid4().hex[:8]}"
    out.mkdir(parents=True)
    profile = Path("/tmp") / f"lo-{uuid.uuid4().hex}"  # one profile per call: no lock between tests
    try:
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", CSV_ALL_SHEETS,
             "--outdir", str(out), str(path)],
            check=True, capture_output=True, timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    sheets = {}
    for file in out.glob("*.csv"):
        name = file.stem[len(path.stem) + 1:] if file.stem.startswith(path.stem + "-") else file.stem
        with file.open(encoding="utf-8", newline="") as handle:
            sheets[name] = list(csv.reader(handle))
    return sheets


def libreoffice_resave(path: Path, workdir: Path) -> Path:
    """The workbook saved again by LibreOffice (formulas then carry cached values, as Excel files do)."""
    assert SOFFICE is not None
    out = workdir / f"lo-xlsx-{uuid.uuid4().hex[:8]}"
    out.mkdir(parents=True)
    profile = Path("/tmp") / f"lo-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
             "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
            check=True, capture_output=True, timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return out / (path.stem + ".xlsx")


def change_count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Change)) or 0)


def live_counts(store: Store) -> dict[str, int]:
    counts = {}
    with store.read() as session:
        for model in (Organization, Contact, Action, Participation, Meeting, Agreement, ReportingPeriod, KpiTarget,
                      Membership, AgreementParty, MeetingAttendee, Mission, Officer):
            counts[model.__tablename__] = int(session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0)
    return counts


def build_sample_store(store: Store) -> dict[str, str]:
    """A small but complete data set made through the services, with accents, CJK and tricky text."""
    ids: dict[str, str] = {}
    org = organizations.create_organization
    ids["biopmed"] = org(store, {"kind": "cluster", "name": "BioPmed", "country": "IT", "region": "Piemonte",
                                 "city": "Torino", "website": "https://www.biopmed.eu", "is_consortium_partner": True,
                                 "sectors": "life sciences; medtech"})
    ids["biowin"] = org(store, {"kind": "cluster", "name": "BioWin", "country": "BE", "city": "Gosselies",
                                "is_consortium_partner": True, "notes": "Walloon health cluster\nsecond line"})
    ids["sme"] = org(store, {"kind": "sme", "name": "Société Générale d'Imagerie", "country": "FR", "city": "Lyon",
                             "website": "www.sgi-imaging.fr", "vat_number": "FR12345678901", "employees": 42,
                             "turnover_meur": 7.25, "balance_sheet_meur": 3.1, "sectors": "imaging; AI",
                             "certifications": "CE/MDR; ISO 13485"}, member_of=[ids["biopmed"]])
    ids["cn"] = org(store, {"kind": "distributor", "name": "北京生物科技有限公司", "country": "CN", "city": "北京",
                            "employees": 300})
    ids["formula"] = org(store, {"kind": "sme", "name": '=HYPERLINK("http://evil.example")', "country": "DE",
                                 "notes": "+49 stays text", "region": "@Bavaria", "city": "-Munich"},
                         member_of=[ids["biopmed"], ids["biowin"]])
    ids["giulia"] = contacts.create_contact(store, {
        "first_name": "Giulia", "last_name": "Rossi", "organization_id": ids["sme"], "job_title": "CEO",
        "email": "giulia.rossi@sgi-imaging.fr", "phone": "+33 4 78 00 00 00", "languages": "fr; it; en",
        "country": "FR", "gender": "female", "consent_status": "given", "consent_date": date(2024, 3, 1),
        "consent_source": "registration form", "notes": "Met at MEDICA"})
    ids["wei"] = contacts.create_contact(store, {"first_name": "伟", "last_name": "张", "organization_id": ids["cn"],
                                                 "email": "zhang.wei@bjbio.cn", "country": "CN", "languages": "zh"})
    ids["jurgen"] = contacts.create_contact(store, {"first_name": "Jürgen", "last_name": "Müller",
                                                    "job_title": "-director", "country": "DE"})
    ids["webinar"] = actions.create_action(store, {
        "type": "webinar", "title": "MDR in practice", "start_date": date(2024, 4, 10), "online": True,
        "organiser_id": ids["biopmed"], "work_package": "WP3", "audience_types": "industry; research_communities",
        "declared_audience": 45})
    ids["medica"] = missions.create_mission(store, {
        "type": "trade_show", "title": "MEDICA delegation", "start_date": date(2024, 11, 11),
        "end_date": date(2024, 11, 14), "city": "Düsseldorf", "country": "DE", "organiser_id": ids["biowin"],
        "destination_cities": "Düsseldorf; Köln"})
    participations.add_participants(store, ids["webinar"], [(ids["sme"], ids["giulia"], "attendee"),
                                                            (ids["cn"], None, "speaker")])
    participations.add_participants(store, ids["medica"], [(ids["sme"], None, "delegate"),
                                                           (None, ids["jurgen"], "exhibitor")])
    ids["meeting"] = meetings.create_meeting(store, ids["medica"], {
        "organization_id": ids["cn"], "starts_at": datetime(2024, 11, 12, 10, 30), "place": "Hall 12",
        "topic": "Distribution in China", "outcome": "Send samples"}, met=[ids["wei"]])
    ids["officer"] = officers.create_officer(store, "Anna Bianchi", ids["biopmed"])
    ids["loi"] = agreements.create_agreement(store, {
        "type": "letter_of_intent", "title": "LoI SGI–Beijing", "stage": "signed", "signed_on": date(2024, 11, 14),
        "expires_on": date(2026, 11, 14), "owner_id": ids["officer"], "action_id": ids["medica"],
        "party_ids": [ids["sme"], ids["cn"]], "notes": "Signed at the booth"})
    ids["mou"] = agreements.create_agreement(store, {
        "type": "mou", "title": "MoU BioPmed–BioWin", "stage": "negotiating",
        "party_ids": [ids["biopmed"], ids["biowin"]]})
    with store.session() as session:
        rp1 = ReportingPeriod(name="RP1", start=date(2023, 1, 1), end=date(2024, 6, 30))
        rp2 = ReportingPeriod(name="RP2", start=date(2024, 7, 1), end=date(2025, 12, 31))
        session.add_all([rp1, rp2])
        session.flush()
        session.add_all([KpiTarget(indicator="smes_reached", period_id=rp1.id, target=150),
                         KpiTarget(indicator="letters_of_intent", period_id=rp2.id, partner_cluster_id=ids["biowin"],
                                   target=20.5)])
    return ids


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every exchanged field of every live record, links named by their target's name: two stores with the same
    data give equal snapshots whatever their ids."""
    with store.read() as s:
        def live(model: Any) -> list[Any]:
            return list(s.scalars(select(model).where(model.deleted_at.is_(None))))

        orgs = {o.id: o.name for o in live(Organization)}
        people = {c.id: f"{c.first_name} {c.last_name}" for c in live(Contact)}
        acts = {a.id: a.title for a in live(Action)}
        periods = {p.id: p.name for p in live(ReportingPeriod)}
        officers_ = {o.id: o.name for o in live(Officer)}
        member_of: dict[str, list[str]] = {}
        for m in live(Membership):
            member_of.setdefault(m.organization_id, []).append(orgs[m.cluster_id])
        cities = {m.id: m.destination_cities for m in live(Mission)}
        met: dict[str, list[str]] = {}
        for a in live(MeetingAttendee):
            if a.side == "met":
                met.setdefault(a.meeting_id, []).append(people[a.contact_id])
        parties: dict[str, list[str]] = {}
        for p in live(AgreementParty):
            parties.setdefault(p.agreement_id, []).append(orgs[p.organization_id])
        result = {
            "organizations": [(o.name, o.kind, o.country, o.region, o.city, o.website, o.vat_number, o.employees,
                               o.turnover_meur, o.balance_sheet_meur, o.size_class, o.size_provisional,
                               tuple(o.sectors), tuple(o.certifications), o.notes, o.is_consortium_partner,
                               tuple(sorted(member_of.get(o.id, [])))) for o in live(Organization)],
            "contacts": [(c.first_name, c.last_name, orgs.get(c.organization_id), c.job_title, c.email, c.phone,
                          tuple(c.languages), c.country, c.gender, c.consent_status, c.consent_date, c.consent_source,
                          c.notes) for c in live(Contact)],
            "actions": [(a.type, a.title, a.start_date, a.end_date, a.city, a.country, a.online,
                         orgs.get(a.organiser_id), a.work_package, tuple(a.audience_types), a.declared_audience,
                         tuple(cities.get(a.id, []))) for a in live(Action)],
            "participations": [(acts[p.action_id], orgs.get(p.organization_id), people.get(p.contact_id), p.role,
                                p.date) for p in live(Participation)],
            "meetings": [(acts[m.mission_id], orgs.get(m.organization_id), tuple(sorted(met.get(m.id, []))),
                          m.starts_at, m.place, m.topic, m.outcome) for m in live(Meeting)],
            "agreements": [(a.type, a.title, a.stage, tuple(sorted(parties.get(a.id, []))), a.signed_on, a.expires_on,
                            officers_.get(a.owner_id), acts.get(a.action_id), a.notes) for a in live(Agreement)],
            "periods": [(p.name, p.start, p.end) for p in live(ReportingPeriod)],
            "targets": [(t.indicator, periods.get(t.period_id), orgs.get(t.partner_cluster_id), t.target)
                        for t in live(KpiTarget)],
        }
    return {key: sorted(rows, key=repr) for key, rows in result.items()}


@pytest.fixture
def sample(store: Store) -> dict[str, str]:
    return build_sample_store(store)
