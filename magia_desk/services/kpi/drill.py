"""What to show of each record behind a figure: joins the (rid, amount) SELECT of engine.drill_select to
the records' tables. Nothing here decides which records count; that is queries.py alone."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from magia_desk.domain.enums import Indicator
from magia_desk.services.kpi.types import DrillRow, RecordType
from magia_desk.storage.models import Action, Agreement, Contact, Meeting, Organization, Participation

RECORD_TYPE: dict[Indicator, RecordType] = {
    Indicator.SMES_REACHED: "organization",
    Indicator.CLUSTERS_ENGAGED: "organization",
    Indicator.ACTIONS_HELD: "action",
    Indicator.MISSIONS: "action",
    Indicator.AUDIENCE_REACHED: "action",
    Indicator.PARTICIPANTS: "participation",
    Indicator.AGREEMENTS_SIGNED: "agreement",
    Indicator.LETTERS_OF_INTENT: "agreement",
    Indicator.B2B_MEETINGS: "meeting",
    Indicator.CLUSTER_MEETINGS: "meeting",
}


def _person(first: str | None, last: str | None) -> str | None:
    name = " ".join(part for part in (first, last) if part)
    return name or None


def _organizations(session: Session, ids: Any, params: dict[str, Any]) -> list[DrillRow]:
    o = Organization
    statement = select(ids.c.rid, ids.c.amount, o.name, o.country, o.kind, o.size_class).join(o, o.id == ids.c.rid)
    return [
        DrillRow(rid, "organization", name, country, None, size or kind, int(amount))
        for rid, amount, name, country, kind, size in session.execute(statement, params).all()
    ]


def _actions(session: Session, ids: Any, params: dict[str, Any]) -> list[DrillRow]:
    a = Action
    statement = select(ids.c.rid, ids.c.amount, a.title, a.country, a.start_date, a.type).join(a, a.id == ids.c.rid)
    return [
        DrillRow(rid, "action", title, country, start, kind, int(amount))
        for rid, amount, title, country, start, kind in session.execute(statement, params).all()
    ]


def _participations(session: Session, ids: Any, params: dict[str, Any]) -> list[DrillRow]:
    p, a, c = Participation, Action, Contact
    named = aliased(Organization, name="named")
    employer = aliased(Organization, name="employer")
    statement = (
        select(ids.c.rid, named.name, named.country, c.first_name, c.last_name, employer.name, employer.country,
               c.country, p.role, a.title, a.start_date)
        .join(p, p.id == ids.c.rid)
        .join(a, a.id == p.action_id)
        .outerjoin(named, named.id == p.organization_id)
        .outerjoin(c, c.id == p.contact_id)
        .outerjoin(employer, employer.id == c.organization_id)
    )
    result = []
    for row in session.execute(statement, params).all():
        rid, org, org_country, first, last, works_for, works_for_country, person_country, role, title, start = row
        person = _person(first, last)
        organization = org or works_for
        label = f"{organization} ({person})" if organization and person else organization or person or "?"
        country = (org_country if org else works_for_country) or person_country
        result.append(DrillRow(rid, "participation", label, country, start, f"{role} at {title}"))
    return result


def _agreements(session: Session, ids: Any, params: dict[str, Any]) -> list[DrillRow]:
    g = Agreement
    statement = select(ids.c.rid, g.title, g.signed_on, g.type, g.stage).join(g, g.id == ids.c.rid)
    return [
        DrillRow(rid, "agreement", title, None, signed, f"{kind}, {stage}")
        for rid, title, signed, kind, stage in session.execute(statement, params).all()
    ]


def _meetings(session: Session, ids: Any, params: dict[str, Any]) -> list[DrillRow]:
    m, o = Meeting, Organization
    statement = (
        select(ids.c.rid, o.name, o.country, m.starts_at, m.topic)
        .join(m, m.id == ids.c.rid)
        .join(o, o.id == m.organization_id)
    )
    return [
        DrillRow(rid, "meeting", name, country, starts.date() if isinstance(starts, datetime) else starts, topic)
        for rid, name, country, starts, topic in session.execute(statement, params).all()
    ]


def display_rows(
    session: Session, indicator: Indicator, statement: Select[Any], params: dict[str, Any], *, ids_only: bool
) -> list[DrillRow]:
    """The rows of `statement` (rid, amount), shown as records of the indicator's kind, sorted for reading."""
    kind = RECORD_TYPE[indicator]
    if ids_only:
        return [DrillRow(rid, kind, rid, amount=int(amount)) for rid, amount in session.execute(statement, params)]
    loader = {
        "organization": _organizations,
        "action": _actions,
        "participation": _participations,
        "agreement": _agreements,
        "meeting": _meetings,
    }[kind]
    shown = loader(session, statement.subquery("drilled"), params)
    shown.sort(key=lambda row: (row.label.casefold(), row.date or date.min, row.id))
    return shown
