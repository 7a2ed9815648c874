"""Figures from the record SELECTs of `queries`: values, breakdowns, cumulative values, targets, drill-down.

Every number here is an aggregate over `queries.facts(...)`: COUNT of its `rid`s or SUM of its `amount`s,
restricted to one partner cluster by keeping the `rid`s that the cluster breakdown of the same indicator
files under that cluster. Lists are the rows of `queries.listing(...)`, the same SELECT (participants apart,
see queries). Statements are built once and cached; periods, clusters and keys are bound parameters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, String, bindparam, case, distinct, func, literal, select
from sqlalchemy.orm import Session

from magia_desk.domain.enums import Indicator, parse_enum
from magia_desk.domain.errors import N_, Message, NotFoundError, Term, ValidationError
from magia_desk.domain.records import parse_date
from magia_desk.services.kpi import queries
from magia_desk.services.kpi.drill import display_rows
from magia_desk.services.kpi.queries import Facts, Scope
from magia_desk.services.kpi.types import (
    APPLICABLE,
    DIMENSIONS,
    Dimension,
    DrillRow,
    Figure,
    Key,
    KpiResult,
    Period,
)
from magia_desk.storage.models import Action, KpiTarget, Organization, ReportingPeriod
from magia_desk.storage.store import Store


def parse_dimension(value: str | None) -> Dimension | None:
    if value is None:
        return None
    if value not in DIMENSIONS:
        raise ValidationError("by", N_("'{text}' is not one of: {allowed}"), value, text=value,
                              allowed=", ".join(DIMENSIONS))
    return value  # type: ignore[return-value]


# ---- periods ----------------------------------------------------------------------------------------------


def _period_by_name(session: Session, name: str) -> ReportingPeriod | None:
    wanted = name.strip().casefold()
    rows = session.scalars(select(ReportingPeriod).where(ReportingPeriod.deleted_at.is_(None))).all()
    return next((row for row in rows if row.name.strip().casefold() == wanted), None)


def resolve_period(
    store: Store, name: str | None = None, start: date | str | None = None, end: date | str | None = None
) -> Period:
    """A stored reporting period by name (case ignored), or the range [start, end].

    A range that is exactly a stored period's gets its name and id, so its targets apply.
    Raises NotFoundError for an unknown name, ValidationError for a bad or incomplete range.
    """
    if name is not None and (start is not None or end is not None):
        raise ValidationError("period", N_("give a reporting period name or a start and end date, not both"))
    with store.read() as session:
        if name is not None:
            found = _period_by_name(session, name)
            if found is None:
                known = session.scalars(
                    select(ReportingPeriod.name)
                    .where(ReportingPeriod.deleted_at.is_(None))
                    .order_by(ReportingPeriod.start)
                ).all()
                listed = ", ".join(known) if known else Message(N_("none is defined yet"))
                raise NotFoundError(Message(N_("No reporting period named '{name}' (known periods: {listed})"),
                                            name=name, listed=listed))
            return Period(found.start, found.end, found.name, found.id)
        first = parse_date(start, "start")
        last = parse_date(end, "end")
        if first is None:
            raise ValidationError("start", N_("is required"))
        if last is None:
            raise ValidationError("end", N_("is required"))
        if first > last:
            raise ValidationError("end", N_("{end} is before the start {start}"), last, end=last.isoformat(),
                                  start=first.isoformat())
        same = session.scalars(
            select(ReportingPeriod)
            .where(ReportingPeriod.deleted_at.is_(None), ReportingPeriod.start == first, ReportingPeriod.end == last)
            .order_by(ReportingPeriod.name)
        ).first()
        return Period(first, last, same.name if same else None, same.id if same else None)


def project_start(session: Session) -> date | None:
    """The earliest live reporting period's start, or without periods the earliest live action's start."""
    first = session.scalar(select(func.min(ReportingPeriod.start)).where(ReportingPeriod.deleted_at.is_(None)))
    if first is None:
        first = session.scalar(select(func.min(Action.start_date)).where(Action.deleted_at.is_(None)))
    return first


def cumulative_period(session: Session, period: Period) -> Period:
    start = project_start(session)
    start = period.start if start is None or start > period.start else start
    return Period(start, period.end, f"project start to {period.label}")


# ---- aggregates over the record SELECTs --------------------------------------------------------------------

# The partner cluster to keep, and the breakdown key to list, are parameters too (see queries.START).
CLUSTER = bindparam("kpi_cluster", type_=String)
KEY = bindparam("kpi_key", type_=String)


def _params(scope: Scope, partner_cluster_id: str | None = None, key: Key = None) -> dict[str, Any]:
    return scope.params() | {CLUSTER.key: partner_cluster_id, KEY.key: key}


def _restricted(indicator: Indicator, dim: Dimension | None, in_cluster: bool) -> tuple[Facts, Any]:
    """facts(dim) as a subquery; with `in_cluster`, only the records that the cluster breakdown of the same
    indicator files under the partner cluster CLUSTER."""
    found = queries.facts(indicator, dim)
    rows = found.select.subquery("facts")
    if not in_cluster:
        return found, rows
    if dim == "cluster":
        return found, select(rows).where(rows.c.key == CLUSTER).subquery("facts_in_cluster")
    clustered = queries.facts(indicator, "cluster").select.subquery("cluster_facts")
    ids = select(clustered.c.rid).where(clustered.c.key == CLUSTER)
    return found, select(rows).where(rows.c.rid.in_(ids)).subquery("facts_in_cluster")


def _aggregate(found: Facts, rows: Any) -> Any:
    if found.measure == "sum":
        return func.coalesce(func.sum(rows.c.amount), 0)
    return func.count(rows.c.rid) if found.unique else func.count(distinct(rows.c.rid))


@cache
def _value_statement(indicator: Indicator, in_cluster: bool) -> Select[Any]:
    found, rows = _restricted(indicator, None, in_cluster)
    return select(_aggregate(found, rows))


@cache
def _breakdown_statement(indicator: Indicator, dim: Dimension, in_cluster: bool) -> Select[Any]:
    found, rows = _restricted(indicator, dim, in_cluster)
    return select(rows.c.key, _aggregate(found, rows)).group_by(rows.c.key)


def figure_value(session: Session, indicator: Indicator, scope: Scope, partner_cluster_id: str | None = None) -> int:
    statement = _value_statement(indicator, partner_cluster_id is not None)
    return int(session.scalar(statement, _params(scope, partner_cluster_id)) or 0)


def breakdown(
    session: Session, indicator: Indicator, scope: Scope, dim: Dimension, partner_cluster_id: str | None = None
) -> dict[Key, int]:
    statement = _breakdown_statement(indicator, dim, partner_cluster_id is not None)
    result = session.execute(statement, _params(scope, partner_cluster_id)).all()
    # Cells of 0 (an action nobody attended, under its organiser) are left out, as for counted figures.
    return {key: int(value) for key, value in sorted(result, key=lambda r: (r[0] is None, str(r[0]))) if value}


@cache
def _participants_and_audience_statement(in_cluster: bool) -> Select[int, int]:
    rows = queries.per_action("cluster" if in_cluster else None).subquery("per_action")
    statement = select(func.coalesce(func.sum(rows.c.net), 0), func.coalesce(func.sum(rows.c.amount), 0))
    return statement.where(rows.c.key == CLUSTER) if in_cluster else statement


def _participants_and_audience(session: Session, scope: Scope, partner_cluster_id: str | None) -> tuple[int, int]:
    """Both sums from one pass over the per-action rows (they share it: the costliest part of the figures)."""
    statement = _participants_and_audience_statement(partner_cluster_id is not None)
    net, amount = session.execute(statement, _params(scope, partner_cluster_id)).one()
    return int(net), int(amount)


@cache
def _meetings_statement(in_cluster: bool) -> Select[int, int]:
    rows = queries.classified_meetings("cluster" if in_cluster else None)
    statement = select(
        func.count(case((rows.c.met == queries.B2B, rows.c.rid))),
        func.count(case((rows.c.met == queries.CLUSTER, rows.c.rid))),
    )
    return statement.where(rows.c.key == CLUSTER) if in_cluster else statement


def _meetings(session: Session, scope: Scope, partner_cluster_id: str | None) -> tuple[int, int]:
    """b2b_meetings and cluster_meetings from one pass over the meetings of the period (their common rows)."""
    statement = _meetings_statement(partner_cluster_id is not None)
    b2b, clusters = session.execute(statement, _params(scope, partner_cluster_id)).one()
    return int(b2b), int(clusters)


def _values(
    session: Session, scope: Scope, partner_cluster_id: str | None, indicators: Iterable[Indicator]
) -> dict[Indicator, int]:
    """The figures; pairs that share their rows are counted in one pass over them."""
    wanted = list(indicators)
    values: dict[Indicator, int] = {}
    if Indicator.PARTICIPANTS in wanted and Indicator.AUDIENCE_REACHED in wanted:
        values[Indicator.PARTICIPANTS], values[Indicator.AUDIENCE_REACHED] = _participants_and_audience(
            session, scope, partner_cluster_id
        )
    if Indicator.B2B_MEETINGS in wanted and Indicator.CLUSTER_MEETINGS in wanted:
        values[Indicator.B2B_MEETINGS], values[Indicator.CLUSTER_MEETINGS] = _meetings(
            session, scope, partner_cluster_id
        )
    for indicator in wanted:
        if indicator not in values:
            values[indicator] = figure_value(session, indicator, scope, partner_cluster_id)
    return values


# ---- targets ----------------------------------------------------------------------------------------------


def _targets(session: Session, period: Period) -> dict[tuple[str, str | None, str | None], float]:
    """(indicator, period id or None, partner cluster id or None) -> target, for live targets of live
    periods: this period's and the whole project's."""
    live_periods = select(ReportingPeriod.id).where(ReportingPeriod.deleted_at.is_(None))
    which: ColumnElement[bool] = KpiTarget.period_id.is_(None)
    if period.id is not None:
        which = which | (KpiTarget.period_id == period.id)
    rows = session.execute(
        select(KpiTarget.indicator, KpiTarget.period_id, KpiTarget.partner_cluster_id, KpiTarget.target).where(
            KpiTarget.deleted_at.is_(None), which, KpiTarget.period_id.is_(None) | KpiTarget.period_id.in_(live_periods)
        )
    ).all()
    return {(indicator, period_id, cluster): float(target) for indicator, period_id, cluster, target in rows}


def _cluster_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = session.execute(select(Organization.id, Organization.name).where(Organization.id.in_(wanted))).all()
    return {row[0]: row[1] for row in rows}


# ---- the public entry points ------------------------------------------------------------------------------


def compute_kpis(
    store: Store,
    period: Period,
    partner_cluster_id: str | None = None,
    by: Dimension | str | None = None,
    *,
    cumulative: bool = False,
    indicators: Sequence[Indicator | str] | None = None,
) -> KpiResult:
    """Every indicator (or those asked for) for `period`, optionally for one partner cluster only, broken
    down `by` a dimension where it applies, and from the project start to the period end (`cumulative`).

    actions_held is always broken down by type (the EU report shows it so); breakdowns are of the period's
    figures, not of the cumulative ones. Runs in one read transaction, so all figures describe the same state
    of the store.
    """
    dim = parse_dimension(by)
    chosen = [parse_enum(Indicator, i, "indicator") for i in indicators] if indicators else list(Indicator)
    scope = Scope(period.start, period.end)
    with store.read() as session:
        values = _values(session, scope, partner_cluster_id, chosen)
        totals: dict[Indicator, int] = {}
        whole: Period | None = None
        if cumulative:
            whole = cumulative_period(session, period)
            totals = _values(session, Scope(whole.start, whole.end), partner_cluster_id, chosen)
        targets = _targets(session, period)
        compared_period = period.id  # a custom range is compared with the whole-project target
        figures: dict[Indicator, Figure] = {}
        cluster_ids: set[str] = set()
        for indicator in chosen:
            breakdowns: dict[Dimension, dict[Key, int]] = {}
            if indicator == Indicator.ACTIONS_HELD:
                breakdowns["type"] = breakdown(session, indicator, scope, "type", partner_cluster_id)
            if dim is not None and dim in APPLICABLE[indicator]:
                breakdowns[dim] = breakdown(session, indicator, scope, dim, partner_cluster_id)
                if dim == "cluster":
                    cluster_ids.update(k for k in breakdowns[dim] if k)
            per_cluster = {
                cluster: target
                for (name, period_id, cluster), target in targets.items()
                if name == indicator.value and period_id == compared_period and cluster is not None
            }
            cluster_ids.update(per_cluster)
            figures[indicator] = Figure(
                indicator=indicator,
                value=values[indicator],
                target=targets.get((indicator.value, compared_period, partner_cluster_id)),
                project_target=targets.get((indicator.value, None, partner_cluster_id)),
                breakdowns=breakdowns,
                cluster_targets=per_cluster,
                cumulative=totals.get(indicator) if cumulative else None,
            )
        if partner_cluster_id:
            cluster_ids.add(partner_cluster_id)
        names = _cluster_names(session, cluster_ids)
    return KpiResult(period, figures, partner_cluster_id, dim, whole, names)


@cache
def drill_select(indicator: Indicator, by: Dimension | None, in_cluster: bool, key_is_null: bool) -> Select[Any]:
    """(rid, amount) of the records behind a figure (`by` None) or behind its breakdown cell KEY (or the cell
    of records without a key), from the figure's own SELECT; with `in_cluster`, within partner cluster CLUSTER.
    Execute with the parameters of _params()."""
    listed = queries.listing(indicator, by)
    rows = listed.select.subquery("facts")
    if listed.unique:  # one row per record and key already: no GROUP BY (a sort of every row)
        statement = select(rows.c.rid, rows.c.amount)
    else:
        # A record listed under several routes (an SME at two webinars) is one record: amount 1 when counted.
        amount = func.max(rows.c.amount) if listed.measure == "sum" else literal(1)
        statement = select(rows.c.rid, amount.label("amount")).group_by(rows.c.rid)
    if by is not None:
        statement = statement.where(rows.c.key.is_(None) if key_is_null else rows.c.key == KEY)
    if in_cluster:
        clustered = queries.listing(indicator, "cluster").select.subquery("cluster_facts")
        statement = statement.where(rows.c.rid.in_(select(clustered.c.rid).where(clustered.c.key == CLUSTER)))
    return statement


def drill_ids(
    store: Store,
    indicator: Indicator | str,
    period: Period,
    partner_cluster_id: str | None = None,
    by: Dimension | str | None = None,
    key: Key = None,
    *,
    cumulative: bool = False,
) -> list[str]:
    """The ids of the records behind a figure (or behind breakdown cell `key` when `by` is given), in no
    particular order: cheaper than drill_down when only the ids are needed (paged views, exports)."""
    rows = _drill(store, indicator, period, partner_cluster_id, by, key, ids_only=True, cumulative=cumulative)
    return [row.id for row in rows]


def drill_down(
    store: Store,
    indicator: Indicator | str,
    period: Period,
    partner_cluster_id: str | None = None,
    by: Dimension | str | None = None,
    key: Key = None,
    *,
    cumulative: bool = False,
) -> list[DrillRow]:
    """The records behind a figure, with what to show of each; `by` + `key` for one breakdown cell
    (key None is the cell of records without a key). `cumulative` for the cumulative figure.

    The figure is len(rows), except audience_reached whose rows are actions and whose figure is the sum of
    their amounts. participants are listed as participation records (amount 1 each).
    """
    return _drill(store, indicator, period, partner_cluster_id, by, key, cumulative=cumulative)


def _drill(
    store: Store,
    indicator: Indicator | str,
    period: Period,
    partner_cluster_id: str | None,
    by: Dimension | str | None,
    key: Key,
    *,
    ids_only: bool = False,
    cumulative: bool = False,
) -> list[DrillRow]:
    chosen = parse_enum(Indicator, indicator, "indicator")
    dim = parse_dimension(by)
    if dim is not None and dim not in APPLICABLE[chosen]:
        raise ValidationError("by", N_("{indicator} cannot be broken down by {dimension}"), dim,
                              indicator=Term(chosen), dimension=dim)
    with store.read() as session:
        if cumulative:
            period = cumulative_period(session, period)
        statement = drill_select(chosen, dim, partner_cluster_id is not None, key is None)
        params = _params(Scope(period.start, period.end), partner_cluster_id, key)
        return display_rows(session, chosen, statement, params, ids_only=ids_only)
