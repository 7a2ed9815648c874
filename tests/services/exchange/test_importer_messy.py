"""A messy workbook as officers make them: every problem listed at once with sheet, row, column and value;
once fixed, rows match the store by ref, VAT, web domain, email or similar name, as the defaults say."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from magia_desk.services import contacts, organizations
from magia_desk.services.exchange import NEW, SKIP, ImportRefused, apply_import, plan_import
from magia_desk.storage.models import Contact, Membership, Organization
from magia_desk.storage.store import Store

from .conftest import change_count, libreoffice_resave, live_counts, needs_soffice


@pytest.fixture
def existing(store: Store) -> dict[str, str]:
    create = organizations.create_organization
    ids = {
        "biowin": create(store, {"kind": "cluster", "name": "BioWin", "country": "BE", "is_consortium_partner": True,
                                 "website": "https://www.biowin.org"}),
        "medtech": create(store, {"kind": "sme", "name": "Medtech Lyon SAS", "country": "FR",
                                  "vat_number": "FR99887766554"}),
        "nanotech": create(store, {"kind": "sme", "name": "Nanotech Innovations Torino S.r.l.", "country": "IT"}),
        "imaging": create(store, {"kind": "sme", "name": "Torino Imaging Lab", "country": "IT"}),
    }
    ids["hans"] = contacts.create_contact(store, {"first_name": "Hans", "last_name": "Müller",
                                                  "email": "hans@biowin.org", "organization_id": ids["biowin"]})
    return ids


def messy_workbook(path: Path, *, broken: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Organizations"
    ws.append(["Ref", "Name ", "KIND", "Country", "Web-site", "VAT number", "Employees", "member_of", "Notes"])
    rows: list[list[Any]] = [
        ["o1", "Biowin ASBL", "Cluster", "Belgium", "biowin.org", None, None, None, "=1+1"],
        ["o2", "Medtech-Lyon", "SME", "fr", None, "FR 99887766554", 12, "o1", None],
        [],
        ["o3", "Nanotech Innovation Torino", "sme", "IT"],
        ["o4", "Nanotec Innovazioni Torino", "sme", "Italy"],
        ["o5", "北京生物科技有限公司", "distributor", "China", None, None, 300],
        ["o6", "Société Générale d'Imagerie", "sme", "Narnia" if broken else "France"],
        ["o7", "Studio 1 S.r.l.", "sme", "IT", None, "IT11122233344"],
        ["o8", "Studio 2 S.r.l.", "sme", "IT", None, "it 11122233344" if broken else "IT55566677788"],
        ["o1" if broken else "o12", "Another one", "sme", "IT"],
        ["o9", "Acme Medical", "sme", "IT", None, None, "many" if broken else 40],
        ["o10", "Acme  Medical", "hospital", "IT"],
        ["o11", "Torino Imagin Labs", "SME", "IT", None, None, None, "o2" if broken else "o1"],
    ]
    for row in rows:
        ws.append(row)
    people = wb.create_sheet("Contacts")
    people.append(["ref", "First Name", "Last Name", "Organization", "E-mail", "Phone", "Country"])
    for row in [
        ["c1", "Hans", "Müller", "o1", "HANS@biowin.org", "+32 71 00 00 00", "BE"],
        ["c2", "伟", "张", "o5", "zhang.wei@bjbio.cn", None, "CN"],
        ["c3", "Marie", "Curie", "o6", "marie.curie@" if broken else "marie@sgi.fr", None, None],
        ["c4", "Ann", "Lee", "o99" if broken else "o7", "ann@lee.org"],
        ["c5", "Paul", "Martin", "o2"],
        ["c6", "Pia", "Martin"],
        ["c7", "Pat", "Martin"],
        ["c8", "Bob", "Ray", "Acme Medical" if broken else "o9", "ZHANG.WEI@bjbio.cn" if broken else "bob@ray.org"],
    ]:
        people.append(row)
    people.merge_cells("D6:D8")  # one organization typed once for three people
    people.append([])
    actions = wb.create_sheet("Actions")
    actions.append(["ref", "type", "title", "start_date", "organiser"])
    actions.append(["a1", "Webinar", "Regulatory webinar", date(2024, 5, 2), "o1"])
    actions.append(["a2", "trade show", "Arab Health", "2025-01-27", "o2" if broken else "o1"])
    actions.append(["a3", "conference", "Bad date", "31/02/2024" if broken else "29/02/2024"])
    participations = wb.create_sheet("Participations")
    participations.append(["action", "organization", "contact", "role"])
    participations.append(["a1", "o3", None, "attendee"])
    participations.append(["A-404" if broken else "a2", "o1", None, "speaker"])
    participations.append(["a1", None, "c2", "panelist" if broken else "Speaker"])
    participations.append(["a1", "o3", None, "attendee"])
    wb.save(path)
    return path


EXPECTED_PROBLEMS = [
    ("Organizations", 8, "country", "Narnia"),
    ("Organizations", 10, "vat_number", "it 11122233344"),
    ("Organizations", 11, "ref", "o1"),
    ("Organizations", 12, "employees", "many"),
    ("Organizations", 14, "member_of", "o2"),
    ("Contacts", 4, "email", "marie.curie@"),
    ("Contacts", 5, "organization", "o99"),
    ("Contacts", 9, "organization", "Acme Medical"),
    ("Contacts", 9, "email", "ZHANG.WEI@bjbio.cn"),
    ("Actions", 3, "organiser", "o2"),
    ("Actions", 4, "start_date", "31/02/2024"),
    ("Participations", 3, "action", "A-404"),
    ("Participations", 4, "role", "panelist"),
]


def test_every_problem_is_listed_with_its_place_and_nothing_is_written(
        store: Store, existing: dict[str, str], tmp_path: Path) -> None:
    plan = plan_import(store, messy_workbook(tmp_path / "messy.xlsx"))
    assert [(p.sheet, p.row, p.column, p.value) for p in plan.problems] == EXPECTED_PROBLEMS
    messages = {(p.sheet, p.row, p.column): p.message for p in plan.problems}
    assert "not a known country" in messages[("Organizations", 8, "country")]
    assert messages[("Organizations", 10, "vat_number")] == "same VAT number as row 9"
    assert messages[("Organizations", 11, "ref")].startswith("is already the ref of row 2")
    assert "not a whole number" in messages[("Organizations", 12, "employees")]
    assert messages[("Organizations", 14, "member_of")] == "is not an organization of kind cluster"
    assert "not a valid email" in messages[("Contacts", 4, "email")]
    assert "no organization with this ref or name" in messages[("Contacts", 5, "organization")]
    assert "several organizations in this file" in messages[("Contacts", 9, "organization")]
    assert messages[("Contacts", 9, "email")] == "same email as row 3"
    assert "not a partner cluster" in messages[("Actions", 3, "organiser")]
    assert "not a date" in messages[("Actions", 4, "start_date")]
    assert "no action with this ref" in messages[("Participations", 3, "action")]
    assert "is not one of: attendee" in messages[("Participations", 4, "role")]
    assert str(plan.problems[0]).startswith("Organizations!country 8: Narnia: 'Narnia' is not a known country")
    warnings = [(w.sheet, w.row, w.message) for w in plan.warnings]
    assert ("Organizations", 13, "looks like row 12 (Acme Medical, 100% similar); both are imported") in warnings
    assert ("Participations", 5, "same participation as row 2; skipped") in warnings
    before, counts = change_count(store), live_counts(store)
    with pytest.raises(ImportRefused) as refused:
        apply_import(store, plan)
    assert len(refused.value.problems) == len(EXPECTED_PROBLEMS)
    assert change_count(store) == before and live_counts(store) == counts


@needs_soffice
def test_the_same_workbook_saved_by_libreoffice_gives_the_same_problems(
        store: Store, existing: dict[str, str], tmp_path: Path) -> None:
    resaved = libreoffice_resave(messy_workbook(tmp_path / "messy.xlsx"), tmp_path)
    plan = plan_import(store, resaved)
    assert [(p.sheet, p.row, p.column, p.value) for p in plan.problems] == EXPECTED_PROBLEMS
    assert plan.row("Organizations", 2).values["notes"] == "2"  # the formula's cached value


def test_once_fixed_rows_match_the_store_as_the_defaults_say(
        store: Store, existing: dict[str, str], tmp_path: Path) -> None:
    plan = plan_import(store, messy_workbook(tmp_path / "fixed.xlsx", broken=False))
    assert plan.problems == []
    defaults = {(row.sheet, row.row): (row.default, row.why) for row in plan.matches}
    assert defaults[("Organizations", 2)] == (existing["biowin"], "same web domain")
    assert defaults[("Organizations", 3)] == (existing["medtech"], "same VAT number")
    assert defaults[("Organizations", 5)] == (existing["nanotech"], "similar name (98%)")
    assert defaults[("Organizations", 6)][0] == NEW and "91% similar" in defaults[("Organizations", 6)][1]
    assert defaults[("Organizations", 14)][0] == NEW and "94% similar" in defaults[("Organizations", 14)][1]
    assert defaults[("Contacts", 2)] == (existing["hans"], "same email")
    summary = apply_import(store, plan)
    counts = summary.sheets
    assert (counts["Organizations"].created, counts["Organizations"].updated) == (9, 3)
    assert (counts["Contacts"].created, counts["Contacts"].updated) == (7, 1)
    assert (counts["Participations"].created, counts["Participations"].skipped) == (3, 1)
    decided = {(d.sheet, d.row): (d.decision, d.target_label) for d in summary.decisions}
    assert decided[("Organizations", 5)] == (existing["nanotech"], "Nanotech Innovations Torino S.r.l. (IT)")
    assert decided[("Organizations", 6)] == (NEW, None)
    with store.read() as session:
        biowin = session.get(Organization, existing["biowin"])
        hans = session.get(Contact, existing["hans"])
        martins = session.scalars(select(Contact).where(Contact.last_name == "Martin")).all()
        medtech_member = session.scalars(select(Membership).where(
            Membership.organization_id == existing["medtech"])).one()
        chinese = session.scalars(select(Organization).where(Organization.country == "CN")).one()
    assert (biowin.name, biowin.kind, biowin.website) == ("Biowin ASBL", "cluster", "https://biowin.org")
    assert (hans.phone, hans.country, hans.email) == ("+3271000000", "BE", "HANS@biowin.org")
    assert {c.organization_id for c in martins} == {existing["medtech"]}  # merged cell held for all three
    assert medtech_member.cluster_id == existing["biowin"]
    assert (chinese.name, chinese.employees, chinese.size_class) == ("北京生物科技有限公司", 300, "large")
    before = change_count(store)
    again = apply_import(store, plan_import(store, tmp_path / "fixed.xlsx"))
    assert change_count(store) == before
    assert all(c.created == c.updated == 0 for c in again.sheets.values())


def test_decisions_from_the_wizard_overrule_the_defaults(
        store: Store, existing: dict[str, str], tmp_path: Path) -> None:
    plan = plan_import(store, messy_workbook(tmp_path / "fixed.xlsx", broken=False))
    with pytest.raises(ImportRefused) as refused:  # two rows cannot become one stored record
        apply_import(store, plan, {("Organizations", 6): existing["nanotech"]})
    assert [(p.sheet, p.row, p.message) for p in refused.value.problems] == [
        ("Organizations", 6, "row 5 is taken for the same stored record; choose another or new")]
    with pytest.raises(ImportRefused):
        apply_import(store, plan, {("Organizations", 7): existing["biowin"][:8]})  # not a record
    before = live_counts(store)["organization"]
    summary = apply_import(store, plan, {
        ("Organizations", 14): existing["imaging"],  # the 94% candidate is the same lab after all
        ("Organizations", 3): NEW,  # same VAT, but the officer knows better
        ("Organizations", 13): SKIP,
    })
    assert summary.sheets["Organizations"].skipped == 1
    assert live_counts(store)["organization"] == before + 8
    with store.read() as session:
        assert session.get(Organization, existing["imaging"]).name == "Torino Imagin Labs"
        assert session.get(Organization, existing["medtech"]).name == "Medtech Lyon SAS"
    decided = {(d.sheet, d.row): d for d in summary.decisions}
    assert decided[("Organizations", 14)].why == "chosen in the import"


def test_organizations_named_by_exact_name_and_store_rules(store: Store, existing: dict[str, str],
                                                            tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Actions"
    ws.append(["ref", "type", "title", "start_date", "organiser", "destination_cities"])
    ws.append(["w1", "webinar", "Web", "2024-01-10", " biowin ", "Paris"])
    ws.append(["w2", "webinar", "Web 2", "2024-01-11", "Torino Imaging Lab", None])
    meetings = wb.create_sheet("Meetings")
    meetings.append(["ref", "mission", "organization", "date_time"])
    meetings.append(["m1", "w1", "Medtech Lyon SAS", "2024-01-10 25:00"])
    agreements = wb.create_sheet("Agreements")
    agreements.append(["ref", "type", "title", "stage", "parties", "signed_on"])
    agreements.append(["g1", "mou", "Signed without date", "signed", "BioWin; Nobody Inc", None])
    wb.save(tmp_path / "rules.xlsx")
    plan = plan_import(store, tmp_path / "rules.xlsx")
    assert [(p.sheet, p.row, p.column, p.value) for p in plan.problems] == [
        ("Actions", 2, "destination_cities", "Paris"),
        ("Actions", 3, "organiser", "Torino Imaging Lab"),
        ("Meetings", 2, "date_time", "2024-01-10 25:00"),
        ("Meetings", 2, "mission", "w1"),
        ("Agreements", 2, "parties", "Nobody Inc"),
        ("Agreements", 2, "signed_on", None),
    ]
    assert plan.row("Actions", 2).links["organiser"].record_id == existing["biowin"]
