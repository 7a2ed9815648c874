"""Small hand-built stores for the KPI tests, random ones, and a plain-Python reference of domain.md's
indicators that the SQL engine is checked against.

    with build(store) as b:
        biopmed = b.org("BioPmed", kind="cluster", partner=True)
        acme = b.org("Acme", member_of=[biopmed])
        webinar = b.action("Webinar", date(2019, 5, 1), organiser=biopmed)
        b.take_part(webinar, org=acme)
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from magia_desk.domain.countries import EUROPEAN
from magia_desk.services.kpi import AGREEMENT_ROUTE
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    Contact,
    KpiTarget,
    Meeting,
    Membership,
    Mission,
    Organization,
    Participation,
    ReportingPeriod,
)
from magia_desk.storage.store import Store

GONE = datetime(2024, 1, 1, tzinfo=UTC)


class Builder:
    """Adds records through the ORM in one session; every method returns the new record's id."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _add(self, record: Any, deleted: bool) -> str:
        if deleted:
            record.deleted_at = GONE
        self.session.add(record)
        self.session.flush()
        return str(record.id)

    def org(
        self,
        name: str,
        *,
        kind: str = "sme",
        country: str | None = "IT",
        partner: bool = False,
        member_of: Iterable[str] = (),
        deleted: bool = False,
    ) -> str:
        org_id = self._add(
            Organization(kind=kind, name=name, country=country, is_consortium_partner=partner), deleted
        )
        for cluster_id in member_of:
            self.member(org_id, cluster_id)
        return org_id

    def member(self, org_id: str, cluster_id: str, *, deleted: bool = False) -> str:
        return self._add(Membership(organization_id=org_id, cluster_id=cluster_id), deleted)

    def contact(self, name: str, org: str | None = None, *, country: str | None = None, deleted: bool = False) -> str:
        return self._add(Contact(first_name=name, last_name="Tester", organization_id=org, country=country), deleted)

    def action(
        self,
        title: str,
        start: date,
        *,
        type: str = "webinar",
        organiser: str | None = None,
        country: str | None = None,
        declared: int | None = None,
        end: date | None = None,
        deleted: bool = False,
    ) -> str:
        return self._add(
            Action(type=type, title=title, start_date=start, end_date=end, organiser_id=organiser, country=country,
                   declared_audience=declared),
            deleted,
        )

    def mission(self, title: str, start: date, *, type: str = "fact_finding_mission", organiser: str | None = None,
                country: str | None = "CN", deleted: bool = False) -> str:
        action_id = self.action(title, start, type=type, organiser=organiser, country=country)
        return self._add(Mission(id=action_id, destination_country=country), deleted)

    def take_part(
        self,
        action: str,
        *,
        org: str | None = None,
        contact: str | None = None,
        role: str = "attendee",
        deleted: bool = False,
    ) -> str:
        return self._add(Participation(action_id=action, organization_id=org, contact_id=contact, role=role), deleted)

    def agreement(
        self,
        title: str,
        *,
        type: str = "collaboration_agreement",
        stage: str = "signed",
        signed_on: date | None = None,
        parties: Sequence[str] = (),
        partner_cluster: str | None = None,
        deleted: bool = False,
    ) -> str:
        agreement_id = self._add(
            Agreement(type=type, title=title, stage=stage, signed_on=signed_on, partner_cluster_id=partner_cluster),
            deleted,
        )
        for party in parties:
            self.party(agreement_id, party)
        return agreement_id

    def party(self, agreement: str, org: str, *, deleted: bool = False) -> str:
        return self._add(AgreementParty(agreement_id=agreement, organization_id=org), deleted)

    def meeting(self, mission: str, org: str | None, starts_at: datetime | None, *, deleted: bool = False) -> str:
        return self._add(Meeting(mission_id=mission, organization_id=org, starts_at=starts_at, topic="Deal"), deleted)

    def period(self, name: str, start: date, end: date, *, deleted: bool = False) -> str:
        return self._add(ReportingPeriod(name=name, start=start, end=end), deleted)

    def target(self, indicator: str, value: float, *, period: str | None = None, cluster: str | None = None,
               deleted: bool = False) -> str:
        return self._add(
            KpiTarget(indicator=indicator, period_id=period, partner_cluster_id=cluster, target=value), deleted
        )


@contextmanager
def build(store: Store) -> Iterator[Builder]:
    with store.session() as session:
        yield Builder(session)


def delete(store: Store, model: type[Any], record_id: str) -> None:
    """Soft delete any record, as the services do."""
    with store.session() as session:
        session.get(model, record_id).deleted_at = GONE


# ---- random stores --------------------------------------------------------------------------------------


def random_store(store: Store, seed: int, start: date, end: date) -> None:
    """A small store whose every choice is random: kinds, countries, dates around the period bounds, roles,
    stages, who is deleted. For comparing the engine with `reference` on cases nobody thought of."""
    rng = random.Random(seed)
    span = (end - start).days

    def day() -> date:
        return start + timedelta(days=rng.choice([-3, -1, 0, 1, span // 2, span - 1, span, span + 1, span + 4]))

    def gone(share: float = 0.15) -> bool:
        return rng.random() < share

    kinds = ["sme"] * 6 + ["cluster"] * 3 + ["large_company", "research", "distributor", "investor", "hospital"]
    countries = ["IT", "BE", "FR", "DE", "GB", "CH", "NO", "US", "CN", "TR", None]
    with build(store) as b:
        partners = [b.org(f"Partner {seed}-{i}", kind="cluster", partner=True, deleted=gone(0.1)) for i in range(3)]
        orgs = []
        for i in range(rng.randint(6, 14)):
            org_id = b.org(f"Org {seed}-{i}", kind=rng.choice(kinds), country=rng.choice(countries), deleted=gone())
            orgs.append(org_id)
            for cluster in rng.sample(partners + orgs[:2], rng.choice([0, 1, 1, 2])):
                b.member(org_id, cluster, deleted=gone(0.2))
        people = [b.contact(f"P{seed}-{i}", rng.choice([*orgs, None]), country=rng.choice(countries), deleted=gone())
                  for i in range(rng.randint(2, 8))]
        organisers = [*partners, None, rng.choice(orgs)]
        actions = []
        for i in range(rng.randint(2, 6)):
            kind = rng.choice(["webinar", "training", "conference", "fact_finding_mission", "trade_show"])
            actions.append(b.action(f"A{seed}-{i}", day(), type=kind, organiser=rng.choice(organisers),
                                    country=rng.choice(countries), declared=rng.choice([None, 0, 2, 5, 40]),
                                    deleted=gone(0.1)))
        for _ in range(rng.randint(5, 25)):
            shape = rng.random()
            org = rng.choice(orgs) if shape < 0.75 else None
            person = rng.choice(people) if 0.4 < shape < 0.97 else None
            role = rng.choice(["attendee", "attendee", "speaker", "delegate", "organiser"])
            b.take_part(rng.choice(actions), org=org, contact=person, role=role, deleted=gone(0.1))
        for i in range(rng.randint(1, 4)):
            parties = rng.sample([*orgs, *partners], rng.randint(0, 3))
            agreement = b.agreement(
                f"G{seed}-{i}", type=rng.choice(["mou", "letter_of_intent", "distribution"]),
                stage=rng.choice(["signed", "active", "expired", "draft", "dropped"]),
                signed_on=rng.choice([day(), None]), partner_cluster=rng.choice([*partners, None, orgs[0]]),
                deleted=gone(0.1),
            )
            for party in parties:
                b.party(agreement, party, deleted=gone(0.15))
        for i in range(rng.randint(0, 2)):
            mission = b.mission(f"M{seed}-{i}", day(), organiser=rng.choice(organisers), deleted=gone(0.1))
            for _ in range(rng.randint(1, 5)):
                at = datetime.combine(day(), datetime.min.time()) + timedelta(minutes=rng.choice([0, 600, 1439]))
                b.meeting(mission, rng.choice([*orgs, *partners]), rng.choice([at, at, None]), deleted=gone())


# ---- the indicators written out plainly, from domain.md ------------------------------------------------------


@dataclass
class Reference:
    values: dict[str, int]
    # indicator -> dimension -> key -> set of record ids (audience: action ids with amounts in `amounts`)
    cells: dict[str, dict[str, dict[str | None, set[str]]]]
    records: dict[str, set[str]]
    amounts: dict[str, int]


def _all(session: Session, model: type[Any]) -> dict[str, Any]:
    return {row.id: row for row in session.scalars(select(model))}


def reference(store: Store, start: date, end: date) -> Reference:
    """Every indicator, breakdown and list computed in Python over all rows, one rule of domain.md a line."""
    with store.read() as s:
        orgs, contacts, actions = _all(s, Organization), _all(s, Contact), _all(s, Action)
        parts, agreements, parties = _all(s, Participation), _all(s, Agreement), _all(s, AgreementParty)
        missions, meetings, memberships = _all(s, Mission), _all(s, Meeting), _all(s, Membership)

    def live(record: Any) -> bool:
        return record is not None and record.deleted_at is None

    partners = {o.id for o in orgs.values() if live(o) and o.kind == "cluster" and o.is_consortium_partner}

    def partner(org_id: str | None) -> str | None:
        return org_id if org_id in partners else None

    in_period = {a.id: a for a in actions.values() if live(a) and start <= a.start_date <= end}

    def participant_live(p: Participation) -> bool:
        if p.organization_id is not None:
            return live(orgs[p.organization_id])
        return p.contact_id is not None and live(contacts[p.contact_id])

    counted = [p for p in parts.values() if live(p) and p.action_id in in_period and participant_live(p)]

    def reached(p: Participation) -> str | None:  # a contact alone counts for the contact's organization
        return p.organization_id or contacts[p.contact_id].organization_id

    def is_sme(org_id: str | None) -> bool:
        o = orgs.get(org_id) if org_id else None
        return live(o) and o.kind == "sme" and o.country in EUROPEAN

    def is_engaged_cluster(org_id: str | None) -> bool:
        o = orgs.get(org_id) if org_id else None
        return live(o) and o.kind == "cluster" and not o.is_consortium_partner

    signed = {g.id: g for g in agreements.values()
              if live(g) and g.stage in ("signed", "active", "expired") and g.signed_on and start <= g.signed_on <= end}

    cells: dict[str, dict[str, dict[str | None, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    records: dict[str, set[str]] = defaultdict(set)

    def add(indicator: str, rid: str, keys: dict[str, Iterable[str | None]]) -> None:
        records[indicator].add(rid)
        for dim, dim_keys in keys.items():
            for key in dim_keys:
                cells[indicator][dim][key].add(rid)

    def action_keys(a: Action) -> dict[str, list[str | None]]:
        return {"cluster": [partner(a.organiser_id)], "country": [a.country], "type": [a.type]}

    def sme_clusters(org_id: str) -> list[str | None]:
        found = {m.cluster_id for m in memberships.values()
                 if live(m) and m.organization_id == org_id and m.cluster_id in partners}
        return sorted(found) or [None]

    for p in counted:
        org_id, a = reached(p), in_period[p.action_id]
        if p.role != "organiser" and is_sme(org_id):
            add("smes_reached", org_id, {"cluster": sme_clusters(org_id), "country": [orgs[org_id].country],
                                         "type": [a.type]})
        if is_engaged_cluster(org_id):
            add("clusters_engaged", org_id, {"cluster": [partner(a.organiser_id)], "country": [orgs[org_id].country],
                                             "type": [a.type]})
        reached_org = orgs.get(org_id) if org_id else None
        person = contacts.get(p.contact_id) if p.contact_id else None
        country = (reached_org.country if reached_org else None) or (person.country if person else None)
        add("participants", p.id, action_keys(a) | {"country": [country]})
    for party in parties.values():
        if live(party) and party.agreement_id in signed and is_sme(party.organization_id):
            org_id = party.organization_id
            add("smes_reached", org_id, {"cluster": sme_clusters(org_id), "country": [orgs[org_id].country],
                                         "type": [AGREEMENT_ROUTE]})
    amounts: dict[str, int] = {}
    for a in in_period.values():
        add("actions_held", a.id, action_keys(a))
        if a.type in ("fact_finding_mission", "trade_show"):
            add("missions", a.id, action_keys(a))
        amounts[a.id] = max(sum(1 for p in counted if p.action_id == a.id), a.declared_audience or 0)
        add("audience_reached", a.id, action_keys(a))
    for g in signed.values():
        sides = [party.organization_id for party in parties.values() if live(party) and party.agreement_id == g.id]
        clusters = sorted({c for c in [g.partner_cluster_id, *sides] if c in partners}) or [None]
        others = {orgs[o].country for o in sides if live(orgs[o]) and not orgs[o].is_consortium_partner}
        name = "letters_of_intent" if g.type == "letter_of_intent" else "agreements_signed"
        add(name, g.id, {"cluster": clusters, "country": sorted(others, key=str) or [None]})
    for m in meetings.values():
        mission, a = missions.get(m.mission_id), actions.get(m.mission_id)
        if not (live(m) and live(mission) and live(a) and m.starts_at and start <= m.starts_at.date() <= end):
            continue
        met = orgs.get(m.organization_id) if m.organization_id else None
        keys = {"cluster": [partner(a.organiser_id)], "country": [met.country if met else None], "type": [a.type]}
        if live(met) and met.kind in ("sme", "large_company", "distributor", "investor"):
            add("b2b_meetings", m.id, keys)
        elif is_engaged_cluster(m.organization_id):
            add("cluster_meetings", m.id, keys)

    names = ["smes_reached", "clusters_engaged", "actions_held", "missions", "participants", "audience_reached",
             "agreements_signed", "letters_of_intent", "b2b_meetings", "cluster_meetings"]
    values = {name: len(records[name]) for name in names}
    values["audience_reached"] = sum(amounts.values())
    return Reference(values, cells, records, amounts)
