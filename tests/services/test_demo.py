"""The demo generator: deterministic, refuses a used store, realistic at scale 1 for the whole domain.

The demo is generated once for the module (about two seconds); the CLI run makes the second store of seed 1
that the determinism test compares with.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from sqlalchemy import func, select, text

from magia_desk.cli.main import run_cli
from magia_desk.domain.countries import EUROPEAN
from magia_desk.domain.enums import ActionType
from magia_desk.domain.errors import MagiaError
from magia_desk.domain.records import (
    CONTACT_FIELDS,
    ORGANIZATION_FIELDS,
    clean_contact,
    clean_organization,
    derive_size,
)
from magia_desk.services.common import Cancelled
from magia_desk.services.demo import generate_demo
from magia_desk.services.demo.places import AREA, MOBILE, PARTNER_CITIES, expand, vat_number
from magia_desk.services.organizations import create_organization
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    AgreementStageChange,
    Contact,
    ItineraryItem,
    KpiTarget,
    Meeting,
    MeetingAttendee,
    Membership,
    Mission,
    Note,
    Officer,
    Organization,
    Participation,
    ReportingPeriod,
    Task,
)
from magia_desk.storage.store import Store, open_store

CJK = re.compile(r"[\u4e00-\u9fff]")
EUROPEAN_SQL = ", ".join(f"'{code}'" for code in sorted(EUROPEAN))

# domain.md's two headline indicators over the whole project, straight from the tables: a participation of a
# contact alone counts for the contact's organisation; organisers do not make an SME 'reached'.
SMES_REACHED_SQL = f"""
    SELECT count(DISTINCT o.id) FROM participation p
    JOIN action a ON a.id = p.action_id AND a.deleted_at IS NULL
    LEFT JOIN contact c ON c.id = p.contact_id
    JOIN organization o ON o.id = coalesce(p.organization_id, c.organization_id)
    WHERE p.deleted_at IS NULL AND o.deleted_at IS NULL AND o.kind = 'sme' AND p.role <> 'organiser'
      AND o.country IN ({EUROPEAN_SQL}) AND a.start_date BETWEEN :start AND :end
"""
CLUSTERS_ENGAGED_SQL = """
    SELECT count(DISTINCT o.id) FROM participation p
    JOIN action a ON a.id = p.action_id AND a.deleted_at IS NULL
    LEFT JOIN contact c ON c.id = p.contact_id
    JOIN organization o ON o.id = coalesce(p.organization_id, c.organization_id)
    WHERE p.deleted_at IS NULL AND o.deleted_at IS NULL AND o.kind = 'cluster' AND NOT o.is_consortium_partner
      AND a.start_date BETWEEN :start AND :end
"""
PROJECT = {"start": date(2017, 11, 1), "end": date(2020, 4, 30)}
RP1 = {"start": date(2017, 11, 1), "end": date(2019, 4, 30)}
RP2 = {"start": date(2019, 5, 1), "end": date(2020, 4, 30)}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, dict[str, int]]]:
    with open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite") as store:
        yield store, generate_demo(store, seed=1)


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The CLI's own run, seed 1 (the default): its exit status and its store."""
    path = tmp_path_factory.mktemp("cli") / "cli.sqlite"
    return path, run_cli(["--db", str(path), "demo"])


def scalar(store: Store, sql: str, **params: Any) -> Any:
    with store.read() as session:
        return session.execute(text(sql), params).scalar()


def count(store: Store, model: type, *where: Any) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def org_names(path: Path) -> list[tuple[str, str, str]]:
    with open_store(path) as store, store.read() as session:
        return [(r.id, r.name, r.created_at.isoformat())
                for r in session.scalars(select(Organization).order_by(Organization.id))]


# ---- determinism, refusal, all or nothing ----------------------------------------------------------------------

def test_cli_demo_exits_0(cli_store: tuple[Path, int]) -> None:
    path, status = cli_store
    assert status == 0
    with open_store(path) as store:
        assert count(store, Organization) > 800


def test_same_seed_same_data_other_seed_other_data(
    demo: tuple[Store, dict[str, int]], cli_store: tuple[Path, int], tmp_path: Path
) -> None:
    store, _ = demo
    with store.read() as session:
        first = [(r.id, r.name, r.created_at.isoformat())
                 for r in session.scalars(select(Organization).order_by(Organization.id))]
        contacts = session.execute(select(Contact.id, Contact.email, Contact.phone).order_by(Contact.id)).all()
    assert first == org_names(cli_store[0])  # ids, names and creation times
    with open_store(cli_store[0]) as twin, twin.read() as session:
        assert contacts == session.execute(select(Contact.id, Contact.email, Contact.phone).order_by(Contact.id)).all()
    with open_store(tmp_path / "seed2.sqlite") as other:
        generate_demo(other, seed=2)
    second = org_names(tmp_path / "seed2.sqlite")
    assert {name for _, name, _ in second} != {name for _, name, _ in first}
    assert not {i for i, _, _ in second} & {i for i, _, _ in first}


def test_refuses_a_store_with_organizations(store: Store) -> None:
    create_organization(store, {"kind": "sme", "name": "Real Company S.r.l.", "country": "IT"})
    with pytest.raises(MagiaError, match="already holds 1 organizations"):
        generate_demo(store)
    assert count(store, Organization) == 1
    assert count(store, Contact) == 0


def test_cli_refuses_a_used_store(cli_store: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--db", str(cli_store[0]), "demo"]) == 1
    assert "empty store" in capsys.readouterr().err


def test_cancel_leaves_the_store_empty(store: Store) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 5  # Cancel after a few batches

    with pytest.raises(Cancelled):
        generate_demo(store, progress=progress)
    assert count(store, Organization) == 0
    assert count(store, Officer) == 0
    assert all(0 < done <= total for done, total in calls)


# ---- the whole domain at scale 1 ---------------------------------------------------------------------------------

def test_summary_matches_the_tables(demo: tuple[Store, dict[str, int]]) -> None:
    store, summary = demo
    assert summary["organizations"] == count(store, Organization)
    assert summary["contacts"] == count(store, Contact)
    assert summary["participations"] == count(store, Participation)
    assert summary["letters of intent"] == 57
    assert 500 <= summary["SMEs reached"] <= 600
    assert 100 <= summary["clusters engaged"] <= 130


def test_partner_clusters_members_and_other_organizations(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    with store.read() as session:
        partners = {r.name: r for r in session.scalars(select(Organization).where(Organization.is_consortium_partner))}
        assert set(partners) == {"BioPmed", "BioWin", "Life Sciences Nord", "Lyonbiopole"}
        assert {(p.country, p.city) for p in partners.values()} == {
            ("IT", "Torino"), ("BE", "Gosselies"), ("DE", "Hamburg"), ("FR", "Lyon")}
        assert all(p.kind == "cluster" for p in partners.values())
        for partner in partners.values():
            members = session.execute(
                select(Organization.kind, Organization.country)
                .join(Membership, Membership.organization_id == Organization.id)
                .where(Membership.cluster_id == partner.id)
            ).all()
            smes = [country for kind, country in members if kind == "sme"]
            assert len(smes) == 150 and set(smes) == {partner.country}
            assert sum(kind == "large_company" for kind, _ in members) >= 3
        kinds = Counter(session.scalars(select(Organization.kind)))
        assert 590 <= kinds["sme"] <= 640  # members, plus a few Chinese and US SMEs
        for kind in ("research", "hospital", "public_body", "investor", "distributor", "association"):
            assert kinds[kind] >= 2, kind
        others = session.scalars(select(Organization.country).where(
            Organization.kind == "cluster", Organization.is_consortium_partner.is_(False))).all()
        european = [c for c in others if c in EUROPEAN]
        assert 110 <= len(european) <= 130 and {"NO", "CH", "GB"} <= set(european)
        assert len(set(european)) >= 25
        by_country = Counter(session.scalars(select(Organization.country)))
        assert by_country["CN"] >= 15 and by_country["US"] >= 15
        sizes = Counter(session.execute(select(Organization.size_class, Organization.size_provisional)
                                        .where(Organization.kind == "sme")).all())
        for size in ("micro", "small", "medium"):
            assert sizes[(size, False)] >= 40, size
        assert sum(n for (size, provisional), n in sizes.items() if provisional) >= 30
        assert sizes[(None, False)] >= 5  # no figures at all
        assert session.scalar(select(func.count()).where(Organization.size_class == "large",
                                                         Organization.kind == "large_company")) >= 20
    contacts, organizations = count(store, Contact), count(store, Organization)
    assert 2.6 <= contacts / organizations <= 3.4


def test_every_organization_and_contact_passes_the_domain_rules(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    with store.read() as session:
        organizations = session.scalars(select(Organization)).all()
        contacts = session.scalars(select(Contact)).all()
    for org in organizations:
        fields = {f: getattr(org, f) for f in ORGANIZATION_FIELDS}
        cleaned = clean_organization(fields)
        assert cleaned["email"] == org.email and cleaned["phone"] == org.phone and cleaned["website"] == org.website
        assert derive_size(org.employees, org.turnover_meur, org.balance_sheet_meur) == {
            "size_class": org.size_class, "size_provisional": org.size_provisional}
        if org.phone:
            number = phonenumbers.parse(org.phone)
            assert phonenumbers.is_valid_number(number), (org.name, org.phone)
            assert phonenumbers.region_code_for_number(number) == org.country, (org.name, org.phone)
    for person in contacts:
        cleaned = clean_contact({f: getattr(person, f) for f in CONTACT_FIELDS})
        assert cleaned["email"] == person.email and cleaned["phone"] == person.phone
        assert phonenumbers.is_valid_number(phonenumbers.parse(person.phone)), person.phone
        assert person.languages and all(lang == lang.lower() for lang in person.languages)
        assert (person.consent_date is not None) == (person.consent_status != "unknown")
    consent = Counter(c.consent_status for c in contacts)
    assert consent["given"] > consent["unknown"] > consent["refused"] > 0 and consent["withdrawn"] > 0


def test_names_have_accents_and_chinese_characters(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    with store.read() as session:
        names = session.scalars(select(Organization.name)).all()
        people = session.execute(
            select(Contact.first_name, Contact.last_name, Organization.country)
            .join(Organization, Organization.id == Contact.organization_id)
        ).all()
    assert any(re.search(r"[äöüß]", n) for n in names) and any(re.search(r"[éèêô]", n) for n in names)
    assert any(n.endswith("GmbH") for n in names) and any(n.endswith("S.r.l.") for n in names)
    assert any(n.endswith(" NV") for n in names)  # Flemish-named firms in Wallonia
    assert "上海医疗器械行业协会" in names and sum(bool(CJK.search(n)) for n in names) >= 15
    chinese = [(f, la) for f, la, country in people if country == "CN"]
    assert chinese and all(CJK.search(f) and CJK.search(la) for f, la in chinese)
    european = [f"{f} {la}" for f, la, country in people if country in ("IT", "FR", "BE", "DE")]
    assert sum(bool(re.search(r"[à-öø-ÿ]", n, re.IGNORECASE)) for n in european) >= 100


def test_actions_cover_every_type_in_the_project(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    with store.read() as session:
        actions = session.scalars(select(Action)).all()
    assert 38 <= len(actions) <= 45
    assert {a.type for a in actions} == {t.value for t in ActionType}
    assert all(date(2017, 11, 1) <= a.start_date <= date(2019, 12, 31) for a in actions)
    titles = {a.title for a in actions}
    for expected in ("CEBR Annual Conference 2018, Munich", "CEBR Annual Conference 2019, Athens",
                     "European Cluster Conference 2019, Bucharest",
                     "Intelligent Health Industry International Forum, Zhengzhou"):
        assert expected in titles
    assert any(t.startswith("CMEF Shanghai 2019") for t in titles)
    assert all(a.organiser_id and a.work_package and a.audience_types and a.countries_addressed for a in actions)
    assert {a.portal_status for a in actions} == {"delivered", "ongoing", "postponed"}
    assert any(a.online for a in actions) and any(a.declared_audience for a in actions)


def test_missions_itineraries_and_meetings(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    with store.read() as session:
        missions = session.execute(
            select(Action, Mission).join(Mission, Mission.id == Action.id)
            .where(Action.type == "fact_finding_mission")
        ).all()
        assert {(m.destination_country, m.timezone) for _, m in missions} == {
            ("CN", "Asia/Shanghai"), ("US", "America/New_York")}
        for action, mission in missions:
            meetings = session.scalars(select(Meeting).where(Meeting.mission_id == mission.id)).all()
            assert 10 <= len(meetings) <= 16
            assert all(action.start_date <= m.starts_at.date() <= action.end_date and m.ends_at > m.starts_at
                       for m in meetings)
            kinds = set(session.scalars(select(Organization.kind).where(
                Organization.id.in_([m.organization_id for m in meetings]))))
            assert {"cluster", "sme", "distributor", "investor"} <= kinds
            sides = Counter(session.scalars(select(MeetingAttendee.side).where(
                MeetingAttendee.meeting_id.in_([m.id for m in meetings]))))
            assert sides["met"] >= len(meetings) and sides["delegation"] >= len(meetings)
            items = set(session.scalars(select(ItineraryItem.kind).where(ItineraryItem.mission_id == mission.id)))
            assert {"flight", "hotel", "visit"} <= items
            delegates = session.scalars(select(Participation).where(
                Participation.action_id == action.id, Participation.role == "delegate")).all()
            assert len({d.organization_id for d in delegates}) >= 14  # SMEs and the four partner clusters
            assert all(d.contact_id for d in delegates)
        # A 9:00 meeting in Minneapolis (Central time) is 10:00 in the mission's New York zone.
        minneapolis = session.scalar(select(Meeting.starts_at).where(Meeting.topic.like("Cardiovascular device%")))
        assert minneapolis is not None and minneapolis.hour == 10


def test_agreements_letters_of_intent_and_stage_history(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    with store.read() as session:
        agreements = session.scalars(select(Agreement)).all()
        lois = [a for a in agreements if a.type == "letter_of_intent"]
        assert len(lois) == 57 and {a.stage for a in lois} == {"signed"} and len({a.signed_on for a in lois}) == 1
        assert lois[0].signed_on.year == 2019 and len({a.action_id for a in lois}) == 1
        for loi in lois:
            parties = session.scalars(select(Organization).join(
                AgreementParty, AgreementParty.organization_id == Organization.id).where(
                AgreementParty.agreement_id == loi.id)).all()
            sme = next(p for p in parties if p.kind == "sme")
            partner = next(p for p in parties if p.is_consortium_partner)
            assert len(parties) == 2 and sme.country in EUROPEAN and partner.id == loi.partner_cluster_id
        signed = [a for a in agreements if a.type in ("collaboration_agreement", "mou")
                  and a.stage in ("signed", "active")]
        assert len(signed) == 8
        assert {session.get(Action, a.action_id).type for a in signed} == {"fact_finding_mission"}
        for agreement in signed:
            history = session.scalars(select(AgreementStageChange).where(
                AgreementStageChange.agreement_id == agreement.id).order_by(AgreementStageChange.changed_on)).all()
            stages = [h.stage for h in history]
            assert stages[:5] == ["identified", "contacted", "negotiating", "draft", "signed"]
            assert history[4].changed_on == agreement.signed_on and agreement.owner_id
            countries = set(session.scalars(select(Organization.country).join(
                AgreementParty, AgreementParty.organization_id == Organization.id).where(
                AgreementParty.agreement_id == agreement.id)))
            assert countries & {"CN", "US"}
        assert any(a.stage == "active" and a.expires_on and a.expires_on > date(2020, 12, 31) for a in signed)
        partnership = [a for a in agreements if a.type == "partnership_agreement"]
        assert len(partnership) == 1
        assert count(store, AgreementParty, AgreementParty.agreement_id == partnership[0].id) == 4
        assert {"identified", "negotiating", "dropped"} <= {a.stage for a in agreements}


def test_headline_numbers_by_sql(demo: tuple[Store, dict[str, int]]) -> None:
    store, summary = demo
    smes = scalar(store, SMES_REACHED_SQL, **PROJECT)
    clusters = scalar(store, CLUSTERS_ENGAGED_SQL, **PROJECT)
    assert 500 <= smes <= 600 and 100 <= clusters <= 130
    assert (smes, clusters) == (summary["SMEs reached"], summary["clusters engaged"])
    for period in (RP1, RP2):
        assert scalar(store, SMES_REACHED_SQL, **period) >= 250
        assert scalar(store, CLUSTERS_ENGAGED_SQL, **period) >= 50
    # Chinese and US SMEs take part too, and do not count; nor do SMEs that only hosted (organiser).
    everyone = scalar(store, SMES_REACHED_SQL.replace(f"AND o.country IN ({EUROPEAN_SQL})", ""), **PROJECT)
    assert everyone > smes
    with_hosts = scalar(store, SMES_REACHED_SQL.replace("AND p.role <> 'organiser'", ""), **PROJECT)
    assert with_hosts > smes
    assert count(store, Participation, Participation.organization_id.is_(None)) > 50  # contacts alone


def test_periods_targets_notes_tasks_and_authors(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    with store.read() as session:
        periods = {p.name: (p.start, p.end) for p in session.scalars(select(ReportingPeriod))}
        assert periods == {"RP1": (date(2017, 11, 1), date(2019, 4, 30)),
                           "RP2": (date(2019, 5, 1), date(2020, 4, 30))}
        project = {t.indicator: t.target for t in session.scalars(select(KpiTarget).where(
            KpiTarget.period_id.is_(None), KpiTarget.partner_cluster_id.is_(None)))}
        assert {k: project[k] for k in ("smes_reached", "clusters_engaged", "agreements_signed",
                                        "letters_of_intent", "missions")} == {
            "smes_reached": 500, "clusters_engaged": 100, "agreements_signed": 8, "letters_of_intent": 50,
            "missions": 2}
        assert count(store, KpiTarget, KpiTarget.period_id.is_not(None)) >= 4
        assert count(store, KpiTarget, KpiTarget.partner_cluster_id.is_not(None)) == 4
        assert {n.record_type for n in session.scalars(select(Note))} == {
            "organization", "contact", "action", "agreement"}
        tasks = session.scalars(select(Task)).all()
        assert any(t.done for t in tasks) and any(not t.done and t.due_date < date(2021, 1, 1) for t in tasks)
        officers = {o.id: o for o in session.scalars(select(Officer))}
        assert len(officers) == 4 and all(o.partner_cluster_id for o in officers.values())
        authors = set(session.scalars(select(Organization.changed_by))) | set(
            session.scalars(select(Participation.changed_by)))
        assert authors == set(officers)


def test_created_at_is_fixed_in_the_project_years(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    with store.read() as session:
        for model in (Organization, Contact, Action, Participation, Agreement, Note):
            first, last = session.execute(select(func.min(model.created_at), func.max(model.created_at))).one()
            assert first.year >= 2017 and last < last.replace(year=2022), model.__tablename__


# ---- the building blocks -----------------------------------------------------------------------------------------

def test_phone_templates_make_valid_numbers_of_their_country() -> None:
    import random

    rng = random.Random(7)
    templates = [(c.country, c.phone) for cities in PARTNER_CITIES.values() for c in cities]
    templates += [(country, t) for country, ts in MOBILE.items() for t in ts]
    for country, template in templates:
        for _ in range(40):
            number = phonenumbers.parse(expand(rng, template))
            assert phonenumbers.is_valid_number(number), (template, number)
            assert phonenumbers.region_code_for_number(number) == country
    assert len(AREA) > 50  # cluster cities outside the member regions (checked as numbers are made)


@pytest.mark.parametrize(("country", "pattern"), [
    ("IT", r"IT\d{11}"), ("FR", r"FR\d{11}"), ("BE", r"BE0\d{9}"), ("DE", r"DE\d{9}"), ("CN", r"91[0-9A-Z]{16}")])
def test_vat_numbers_carry_their_check_digits(country: str, pattern: str) -> None:
    import random

    rng = random.Random(3)
    for _ in range(50):
        vat = vat_number(rng, country)
        assert re.fullmatch(pattern, vat), vat
        digits = vat[2:]
        if country == "IT":  # partita IVA: Luhn over 11 digits
            total = sum(int(d) if i % 2 == 0 else (2 * int(d) - 9 if int(d) > 4 else 2 * int(d))
                        for i, d in enumerate(digits))
            assert total % 10 == 0
        elif country == "FR":
            assert int(digits[:2]) == (12 + 3 * (int(digits[2:]) % 97)) % 97
        elif country == "BE":
            assert 97 - int(digits[:8]) % 97 == int(digits[8:])


def test_json_lists_are_stored_as_lists(demo: tuple[Store, dict[str, int]]) -> None:
    store, _ = demo
    raw = scalar(store, "SELECT sectors FROM organization WHERE kind = 'sme' LIMIT 1")
    assert isinstance(json.loads(raw), list)
