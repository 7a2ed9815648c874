"""What the periodic report holds, gathered once and shared by the xlsx and the PDF writers.

Both writers print the same `ReportContent`, so the workbook and the PDF of a period cannot disagree. The
KPI figures come from the KPI engine (the same numbers as `magia-desk kpi`), the Beneficiary SMEs annex is
`drill_down("smes_reached")`, i.e. exactly the records behind that figure. Tables are plain rows of Python
values (str, int, date); the writers decide how to show them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, or_, select

from magia_desk.domain.actions import ACTION_TYPE_LABELS, AUDIENCE_LABELS, PORTAL_ACTIVITY_LABELS
from magia_desk.domain.countries import country_name
from magia_desk.domain.enums import ActionType, AudienceType, Indicator, PortalActivityType
from magia_desk.services.common import Progress, report
from magia_desk.services.kpi import KpiResult, Period, compute_kpis, drill_down, resolve_period
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    AgreementStageChange,
    Meeting,
    MeetingAttendee,
    Membership,
    Mission,
    Officer,
    Organization,
    Participation,
)
from magia_desk.storage.store import Store

AGREEMENT_TYPE_LABELS = {"mou": "MoU", "letter_of_intent": "Letter of intent"}


@dataclass(frozen=True)
class Table:
    """One table of the report: a title, column names, rows, and which columns hold numbers/dates."""

    key: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    # Column indexes summed in a totals row (empty: no totals row).
    totals: tuple[int, ...] = ()

    def total(self, column: int) -> int:
        return sum(int(row[column] or 0) for row in self.rows)


@dataclass(frozen=True)
class KpiLine:
    """One indicator in the KPI summary, for one partner cluster (cluster None: the whole partnership)."""

    indicator: Indicator
    cluster: str | None
    target: float | None
    achieved: int
    cumulative: int | None
    pct: float | None


@dataclass(frozen=True)
class ReportContent:
    partnership: str
    partners: list[str]
    period: Period
    partner_cluster: str | None  # its name when the report is for one partner cluster
    exported_at: datetime
    officer: str | None
    kpis: KpiResult
    kpi_lines: list[KpiLine]
    smes_per_cluster: dict[str, int]
    activities: Table
    missions: Table
    agreements: Table
    annex: Table

    @property
    def tables(self) -> list[Table]:
        return [self.activities, self.missions, self.agreements, self.annex]

    @property
    def period_text(self) -> str:
        span = f"{self.period.start.isoformat()} to {self.period.end.isoformat()}"
        return f"{self.period.name} ({span})" if self.period.name else span


def _label(labels: dict[Any, str], enum: type[Any], value: str | None) -> str:
    if not value:
        return ""
    try:
        return labels.get(enum(value), value)
    except ValueError:
        return value


def _countries(codes: Sequence[str] | None) -> str:
    return ", ".join(country_name(c) for c in codes or [])


def partners(store: Store) -> list[tuple[str, str]]:
    """(id, name) of the consortium partners (the partner clusters), by name."""
    with store.read() as session:
        rows = session.execute(
            select(Organization.id, Organization.name)
            .where(Organization.is_consortium_partner.is_(True), Organization.deleted_at.is_(None))
            .order_by(Organization.name)
        ).all()
    return [(r[0], r[1]) for r in rows]


def _officer_name(store: Store) -> str | None:
    if not store.officer_id:
        return None
    with store.read() as session:
        officer = session.get(Officer, store.officer_id)
        return officer.name if officer else None


def _kpi_lines(result: KpiResult, clusters: list[tuple[str, str]], per_cluster: dict[str, KpiResult]) -> list[KpiLine]:
    lines: list[KpiLine] = []
    for indicator, figure in result.figures.items():
        lines.append(KpiLine(indicator, None, figure.target, figure.value, figure.cumulative, figure.pct_of_target))
        for cluster_id, name in clusters:
            if cluster_id not in per_cluster:
                continue
            sub = per_cluster[cluster_id][indicator]
            lines.append(KpiLine(indicator, name, sub.target, sub.value, sub.cumulative, sub.pct_of_target))
    return lines


def _activities(session: Any, period: Period, cluster_id: str | None) -> Table:
    statement = (
        select(Action, Organization.name)
        .outerjoin(Organization, Organization.id == Action.organiser_id)
        .where(Action.deleted_at.is_(None), Action.start_date >= period.start, Action.start_date <= period.end)
        .order_by(Action.start_date, Action.title)
    )
    if cluster_id:
        statement = statement.where(Action.organiser_id == cluster_id)
    counted = dict(session.execute(
        select(Participation.action_id, func.count(Participation.id))
        .where(Participation.deleted_at.is_(None)).group_by(Participation.action_id)
    ).all())
    rows = []
    for action, organiser in session.execute(statement).all():
        kind = _label(PORTAL_ACTIVITY_LABELS, PortalActivityType, action.portal_activity_type)
        if not kind:
            kind = _label(ACTION_TYPE_LABELS, ActionType, action.type)
        place = "Online" if action.online else ", ".join(p for p in (action.city, country_name(action.country)) if p)
        audience = max(int(counted.get(action.id, 0)), int(action.declared_audience or 0))
        rows.append([
            kind, action.title, action.start_date, place,
            "; ".join(_label(AUDIENCE_LABELS, AudienceType, a) for a in action.audience_types or []),
            audience, _countries(action.countries_addressed), organiser or "", action.portal_status or "",
        ])
    return Table("activities", "Dissemination and communication activities",
                 ["Activity type", "Title", "Date", "Place", "Audience types", "Audience size",
                  "Countries addressed", "Organising partner", "Status"], rows, totals=(5,))


def _missions(session: Any, period: Period, cluster_id: str | None) -> Table:
    statement = (
        select(Action, Mission)
        .join(Mission, Mission.id == Action.id)
        .where(Action.deleted_at.is_(None), Action.start_date >= period.start, Action.start_date <= period.end)
        .order_by(Action.start_date, Action.title)
    )
    if cluster_id:
        statement = statement.where(Action.organiser_id == cluster_id)
    found = session.execute(statement).all()
    ids = [a.id for a, _ in found]
    smes: dict[str, list[str]] = defaultdict(list)
    officers: dict[str, set[str]] = defaultdict(set)
    meetings: dict[str, int] = {}
    agreements: dict[str, list[str]] = defaultdict(list)
    if ids:
        for action_id, name in session.execute(
            select(Participation.action_id, Organization.name).distinct()
            .join(Organization, Organization.id == Participation.organization_id)
            .where(Participation.action_id.in_(ids), Participation.role == "delegate",
                   Participation.deleted_at.is_(None), Organization.is_consortium_partner.is_(False))
            .order_by(Organization.name)
        ).all():
            smes[action_id].append(name)
        for mission_id, name in session.execute(
            select(Meeting.mission_id, Officer.name).distinct()
            .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
            .join(Officer, Officer.id == MeetingAttendee.officer_id)
            .where(Meeting.mission_id.in_(ids), Meeting.deleted_at.is_(None), MeetingAttendee.deleted_at.is_(None))
        ).all():
            officers[mission_id].add(name)
        meetings = dict(session.execute(
            select(Meeting.mission_id, func.count(Meeting.id))
            .where(Meeting.mission_id.in_(ids), Meeting.deleted_at.is_(None)).group_by(Meeting.mission_id)
        ).all())
        for action_id, title in session.execute(
            select(Agreement.action_id, Agreement.title)
            .where(Agreement.action_id.in_(ids), Agreement.deleted_at.is_(None)).order_by(Agreement.title)
        ).all():
            agreements[action_id].append(title)
    rows = []
    for action, mission in found:
        destination = ", ".join(p for p in (", ".join(mission.destination_cities or []),
                                            country_name(mission.destination_country)) if p)
        rows.append([
            destination or action.title, action.title, action.start_date, action.end_date or action.start_date,
            "; ".join(smes[action.id]), "; ".join(sorted(officers[action.id])),
            int(meetings.get(action.id, 0)), len(agreements[action.id]), "; ".join(agreements[action.id]),
        ])
    return Table("missions", "Missions",
                 ["Destination", "Mission", "From", "To", "Delegation SMEs", "Delegation officers",
                  "Meetings held", "Agreements", "Agreements resulting"], rows, totals=(6, 7))


def _agreements(session: Any, period: Period, cluster_id: str | None) -> Table:
    """Agreements signed in the period, or whose stage changed in it (work in progress is reported too)."""
    moved = select(AgreementStageChange.agreement_id).where(
        AgreementStageChange.deleted_at.is_(None),
        AgreementStageChange.changed_on >= period.start, AgreementStageChange.changed_on <= period.end,
    )
    statement = (
        select(Agreement)
        .where(Agreement.deleted_at.is_(None),
               or_(Agreement.signed_on.between(period.start, period.end), Agreement.id.in_(moved)))
        .order_by(Agreement.signed_on.is_(None), Agreement.signed_on, Agreement.title)
    )
    if cluster_id:
        statement = statement.where(Agreement.partner_cluster_id == cluster_id)
    found = session.scalars(statement).all()
    parties: dict[str, list[str]] = defaultdict(list)
    if found:
        for agreement_id, name, country in session.execute(
            select(AgreementParty.agreement_id, Organization.name, Organization.country)
            .join(Organization, Organization.id == AgreementParty.organization_id)
            .where(AgreementParty.agreement_id.in_([a.id for a in found]), AgreementParty.deleted_at.is_(None))
            .order_by(Organization.name)
        ).all():
            parties[agreement_id].append(f"{name} ({country_name(country)})" if country else name)
    rows = [
        [AGREEMENT_TYPE_LABELS.get(a.type, a.type.replace("_", " ").capitalize()), a.title,
         "; ".join(parties[a.id]), a.stage.replace("_", " "), a.signed_on]
        for a in found
    ]
    return Table("agreements", "Agreements", ["Type", "Title", "Parties (country)", "Stage", "Signed on"], rows)


def _annex(store: Store, session: Any, period: Period, cluster_id: str | None,
           names: dict[str, str]) -> Table:
    """The SMEs behind smes_reached (drill_down), with their partner clusters and actions attended."""
    drilled = drill_down(store, Indicator.SMES_REACHED, period, cluster_id)
    ids = [row.id for row in drilled]
    orgs: dict[str, tuple[str, str | None, str | None]] = {}
    clusters: dict[str, list[str]] = defaultdict(list)
    attended: dict[str, int] = {}
    # SQLite limits bound parameters; chunks keep a 50k-SME annex working.
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for oid, name, country, size in session.execute(
            select(Organization.id, Organization.name, Organization.country, Organization.size_class)
            .where(Organization.id.in_(chunk))
        ).all():
            orgs[oid] = (name, country, size)
        for oid, cid in session.execute(
            select(Membership.organization_id, Membership.cluster_id)
            .where(Membership.organization_id.in_(chunk), Membership.deleted_at.is_(None))
        ).all():
            if cid in names:
                clusters[oid].append(names[cid])
        attended.update(dict(session.execute(
            select(Participation.organization_id, func.count(func.distinct(Participation.action_id)))
            .join(Action, Action.id == Participation.action_id)
            .where(Participation.organization_id.in_(chunk), Participation.deleted_at.is_(None),
                   Action.deleted_at.is_(None), Action.start_date >= period.start, Action.start_date <= period.end)
            .group_by(Participation.organization_id)
        ).all()))
    rows = []
    for oid in ids:
        name, country, size = orgs.get(oid, ("", None, None))
        rows.append([name, country_name(country), (size or "").capitalize(), "; ".join(sorted(clusters[oid])),
                     int(attended.get(oid, 0))])
    rows.sort(key=lambda r: (str(r[0]).casefold(), r[1]))
    return Table("annex", "Beneficiary SMEs (annex)",
                 ["Name", "Country", "Size class", "Partner cluster", "Actions attended"], rows)


def gather(
    store: Store,
    period: Period | None = None,
    *,
    period_name: str | None = None,
    start: date | str | None = None,
    end: date | str | None = None,
    partner_cluster_id: str | None = None,
    progress: Progress | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> ReportContent:
    """Everything the report shows for `period` (or a named period, or start..end), optionally for one
    partner cluster. `progress(done, total)` returning False raises Cancelled."""
    steps = 7
    report(progress, 0, steps)
    if period is None:
        period = resolve_period(store, name=period_name, start=start, end=end)
    all_partners = partners(store)
    names = dict(all_partners)
    shown = [(cid, n) for cid, n in all_partners if partner_cluster_id in (None, cid)]
    result = compute_kpis(store, period, partner_cluster_id, cumulative=True)
    report(progress, 1, steps)
    per_cluster: dict[str, KpiResult] = {}
    if partner_cluster_id is None:
        for cid, _ in shown:
            per_cluster[cid] = compute_kpis(store, period, cid, cumulative=True)
    report(progress, 2, steps)
    smes_per_cluster = {
        name: per_cluster[cid][Indicator.SMES_REACHED].value if cid in per_cluster else result.value("smes_reached")
        for cid, name in shown
    }
    with store.read() as session:
        activities = _activities(session, period, partner_cluster_id)
        report(progress, 3, steps)
        missions = _missions(session, period, partner_cluster_id)
        report(progress, 4, steps)
        agreements = _agreements(session, period, partner_cluster_id)
        report(progress, 5, steps)
        annex = _annex(store, session, period, partner_cluster_id, names)
    report(progress, 6, steps)
    partner_names = [n for _, n in all_partners]
    return ReportContent(
        partnership=" · ".join(partner_names) or "MAGIA partnership",
        partners=partner_names,
        period=period,
        partner_cluster=names.get(partner_cluster_id) if partner_cluster_id else None,
        exported_at=now(),
        officer=_officer_name(store),
        kpis=result,
        kpi_lines=_kpi_lines(result, shown if partner_cluster_id is None else [], per_cluster),
        smes_per_cluster=smes_per_cluster,
        activities=activities,
        missions=missions,
        agreements=agreements,
        annex=annex,
    )
