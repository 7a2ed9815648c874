"""What the periodic report holds, gathered once and shared by the xlsx and the PDF writers.

Both writers print the same `ReportContent`, so the workbook and the PDF of a period cannot disagree. The
KPI figures come from the KPI engine (the same numbers as `magia-desk kpi`), the Beneficiary SMEs annex is
`drill_down("smes_reached")`, i.e. exactly the records behind that figure. Tables are plain rows of Python
values (str, int, date); the writers decide how to show them.

Titles, column names and vocabulary values are gathered in the report's `language` (services.i18n), which
need not be the GUI's; numbers and dates stay values, so a French and an English report hold the same figures
and each writer formats them for the language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, or_, select

from magia_desk.domain.enums import Indicator
from magia_desk.services.common import Progress, report
from magia_desk.services.i18n import (
    DEFAULT_LANGUAGE,
    N_,
    country_label,
    document_language,
    format_date,
    format_number,
    label,
    translate,
    translate_plural,
    translator,
)
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

# The KPI summary's columns, the same in the workbook and the PDF.
KPI_COLUMNS = [N_("Indicator"), N_("Partner cluster"), N_("Target"), N_("Achieved in period"), N_("Cumulative"),
               N_("% of target")]


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
    # The language of every heading and label; the writers format numbers and dates for it too.
    language: str = DEFAULT_LANGUAGE

    @property
    def tables(self) -> list[Table]:
        return [self.activities, self.missions, self.agreements, self.annex]

    @property
    def period_text(self) -> str:
        """'RP1 (1 Nov 2017 to 30 Apr 2019)', '1 nov. 2017 au 30 avr. 2019' for a range without a name."""
        span = translate("{start} to {end}", self.language).format(
            start=format_date(self.period.start, self.language), end=format_date(self.period.end, self.language))
        return f"{self.period.name} ({span})" if self.period.name else span

    def tr(self, text: str) -> str:
        return translate(text, self.language)


def rows_text(count: int, language: str) -> str:
    """'1 row', '1,234 rows', '1 234 lignes'."""
    return translate_plural("{count} row", "{count} rows", count, language).format(
        count=format_number(count, language=language))


def _countries(codes: Sequence[str] | None, language: str) -> str:
    return ", ".join(country_label(c, language) for c in codes or [])






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


def _activities(session: Any, period: Period, cluster_id: str | None, language: str) -> Table:
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
    tr = translator(language)
    online = tr("Online")
    rows = []
    for action, organiser in session.execute(statement).all():
        kind = label(action.portal_activity_type or action.type, language)
        if action.online:
            place = online
        else:
            place = ", ".join(p for p in (action.city, country_label(action.country, language)) if p)
        audience = max(int(counted.get(action.id, 0)), int(action.declared_audience or 0))
        rows.append([
            kind, action.title, action.start_date, place,
            "; ".join(label(a, language) for a in action.audience_types or []),
            audience, _countries(action.countries_addressed, language), organiser or "",
            label(action.portal_status, language),
        ])
    return Table("activities", tr("Dissemination and communication activities"),
                 [tr("Activity type"), tr("Title"), tr("Date"), tr("Place"), tr("Audience types"),
                  tr("Audience size"), tr("Countries addressed"), tr("Organising partner"), tr("Status")],
                 rows, totals=(5,))


def _missions(session: Any, period: Period, cluster_id: str | None, language: str) -> Table:
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
                                            country_label(mission.destination_country, language)) if p)
        rows.append([
            destination or action.title, action.title, action.start_date, action.end_date or action.start_date,
            "; ".join(smes[action.id]), "; ".join(sorted(officers[action.id])),
            int(meetings.get(action.id, 0)), len(agreements[action.id]), "; ".join(agreements[action.id]),
        ])
    tr = translator(language)
    return Table("missions", tr("Missions"),
                 [tr("Destination"), tr("Mission"), tr("From"), tr("To"), tr("Delegation SMEs"),
                  tr("Delegation officers"), tr("Meetings held"), tr("Agreements"), tr("Agreements resulting")],
                 rows, totals=(6, 7))


def _agreements(session: Any, period: Period, cluster_id: str | None, language: str) -> Table:
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
            parties[agreement_id].append(f"{name} ({country_label(country, language)})" if country else name)
    rows = [
        [label(a.type, language), a.title, "; ".join(parties[a.id]), label(a.stage, language), a.signed_on]
        for a in found
    ]
    tr = translator(language)
    return Table("agreements", tr("Agreements"),
                 [tr("Type"), tr("Title"), tr("Parties (country)"), tr("Stage"), tr("Signed on")], rows)


def _annex(store: Store, session: Any, period: Period, cluster_id: str | None,
           names: dict[str, str], language: str) -> Table:
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
        rows.append([name, country_label(country, language), label(size, language),
                     "; ".join(sorted(clusters[oid])), int(attended.get(oid, 0))])
    rows.sort(key=lambda r: (str(r[0]).casefold(), r[1]))
    tr = translator(language)
    return Table("annex", tr("Beneficiary SMEs (annex)"),
                 [tr("Name"), tr("Country"), tr("Size class"), tr("Partner cluster"), tr("Actions attended")], rows)


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
    language: str = DEFAULT_LANGUAGE,
) -> ReportContent:
    """Everything the report shows for `period` (or a named period, or start..end), optionally for one
    partner cluster, worded in `language` (en, fr, it, de; ValueError for another).
    `progress(done, total)` returning False raises Cancelled."""
    language = document_language(language, "Reports")
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
        activities = _activities(session, period, partner_cluster_id, language)
        report(progress, 3, steps)
        missions = _missions(session, period, partner_cluster_id, language)
        report(progress, 4, steps)
        agreements = _agreements(session, period, partner_cluster_id, language)
        report(progress, 5, steps)
        annex = _annex(store, session, period, partner_cluster_id, names, language)
    report(progress, 6, steps)
    partner_names = [n for _, n in all_partners]
    return ReportContent(
        partnership=" · ".join(partner_names) or translate("MAGIA partnership", language),
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
        language=language,
    )
