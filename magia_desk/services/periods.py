"""Reporting periods (the spans the EU report covers) and KPI targets (what was promised).

Deleting a period is soft and leaves its targets alone: they stop applying while the period is deleted
and apply again when it is restored (the KPI engine only reads targets of live periods).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from magia_desk.domain.enums import Indicator, OrgKind, parse_enum
from magia_desk.domain.errors import N_, ValidationError
from magia_desk.domain.records import parse_amount, parse_date
from magia_desk.services.common import load
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import KpiTarget, Organization, ReportingPeriod
from magia_desk.storage.store import Store

NAME_MAX = 50  # the column's width

# ---- reporting periods ------------------------------------------------------------------------------------


def _clean_name(value: object) -> str:
    name = str(value).strip() if value is not None else ""
    if not name:
        raise ValidationError("name", N_("is required"), value)
    if len(name) > NAME_MAX:
        raise ValidationError("name", N_("is longer than {max_length} characters"), value, max_length=NAME_MAX)
    return name


def _clean_date(value: object, field: str) -> date:
    parsed = parse_date(value, field)
    if parsed is None:
        raise ValidationError(field, N_("is required"), value)
    return parsed


def _check_span(start: date, end: date) -> None:
    if start > end:
        raise ValidationError("end", N_("{end} is before the start {start}"), end, end=end.isoformat(),
                              start=start.isoformat())


def _check_unique(session: Session, name: str, except_id: str | None = None) -> None:
    """Names are unique among live periods, case ignored ("rp1" is "RP1" to whoever types it)."""
    rows = session.execute(
        select(ReportingPeriod.id, ReportingPeriod.name).where(ReportingPeriod.deleted_at.is_(None))
    ).all()
    for period_id, existing in rows:
        if period_id != except_id and existing.strip().casefold() == name.casefold():
            raise ValidationError("name", N_("a reporting period named '{name}' already exists"), name,
                                  name=existing)


def list_periods(store: Store) -> list[ReportingPeriod]:
    """Live reporting periods, earliest first."""
    with store.read() as session:
        return list(
            session.scalars(
                select(ReportingPeriod)
                .where(ReportingPeriod.deleted_at.is_(None))
                .order_by(ReportingPeriod.start, ReportingPeriod.end, ReportingPeriod.name)
            )
        )


def get_period(store: Store, period_id: str) -> ReportingPeriod:
    with store.read() as session:
        return load(session, ReportingPeriod, period_id)


def create_period(store: Store, name: object, start: date | str, end: date | str) -> str:
    """A new reporting period; ValidationError naming the field (name, start or end) when refused."""
    clean = _clean_name(name)
    first, last = _clean_date(start, "start"), _clean_date(end, "end")
    _check_span(first, last)
    with store.session() as session:
        _check_unique(session, clean)
        record = ReportingPeriod(name=clean, start=first, end=last)
        session.add(record)
        session.flush()
        return record.id


def update_period(
    store: Store,
    period_id: str,
    *,
    name: object = None,
    start: date | str | None = None,
    end: date | str | None = None,
) -> None:
    """Change what is given (None leaves a field as it is); the result must still be a valid period."""
    with store.session() as session:
        record = load(session, ReportingPeriod, period_id)
        clean = _clean_name(name) if name is not None else record.name
        first = _clean_date(start, "start") if start is not None else record.start
        last = _clean_date(end, "end") if end is not None else record.end
        _check_span(first, last)
        _check_unique(session, clean, except_id=period_id)
        if clean != record.name:
            record.name = clean
        if first != record.start:
            record.start = first
        if last != record.end:
            record.end = last


def delete_period(store: Store, period_id: str) -> None:
    with store.session() as session:
        load(session, ReportingPeriod, period_id).deleted_at = utcnow()


def restore_period(store: Store, period_id: str) -> None:
    """Undo of a delete; refused when another live period took the name meanwhile."""
    with store.session() as session:
        record = load(session, ReportingPeriod, period_id, include_deleted=True)
        _check_unique(session, record.name, except_id=period_id)
        record.deleted_at = None


# ---- KPI targets ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetRow:
    id: str
    indicator: Indicator
    target: float
    period_id: str | None  # None: a whole-project target
    period_name: str | None
    partner_cluster_id: str | None  # None: the whole partnership
    partner_cluster_name: str | None


def _clean_target(value: object) -> float:
    if isinstance(value, bool):
        raise ValidationError("target", N_("'{text}' is not a number"), value, text=str(value))
    try:
        number = parse_amount(value, "target")
    except ValidationError:
        raise ValidationError("target", N_("'{text}' is not a number of 0 or more"), value,
                              text=str(value)) from None
    if number is None:
        raise ValidationError("target", N_("is required"), value)
    return number


def _check_period(session: Session, period_id: str | None) -> None:
    if period_id is None:
        return
    record = session.get(ReportingPeriod, period_id)
    if record is None or record.deleted_at is not None:
        raise ValidationError("period_id", N_("there is no such reporting period"), period_id)


def _check_partner_cluster(session: Session, cluster_id: str | None) -> None:
    if cluster_id is None:
        return
    record = session.get(Organization, cluster_id)
    if record is None or record.deleted_at is not None:
        raise ValidationError("partner_cluster_id", N_("there is no such organization"), cluster_id)
    if record.kind != OrgKind.CLUSTER.value or not record.is_consortium_partner:
        raise ValidationError("partner_cluster_id", N_("{name} is not a partner cluster"), cluster_id,
                              name=record.name)


def list_targets(store: Store) -> list[TargetRow]:
    """Live targets of live periods (and whole-project ones): whole project first, then by period start,
    indicator as in domain.md, the partnership before each partner cluster."""
    period = aliased(ReportingPeriod)
    cluster = aliased(Organization)
    with store.read() as session:
        rows = session.execute(
            select(KpiTarget, period.name, period.start, cluster.name)
            .outerjoin(period, period.id == KpiTarget.period_id)
            .outerjoin(cluster, cluster.id == KpiTarget.partner_cluster_id)
            .where(KpiTarget.deleted_at.is_(None), KpiTarget.period_id.is_(None) | period.deleted_at.is_(None))
        ).all()
    order = {indicator.value: position for position, indicator in enumerate(Indicator)}

    def sort_key(row: Any) -> tuple[Any, ...]:
        target, _name, start, cluster_name = row
        return (start is not None, start or date.min, order.get(target.indicator, 99), cluster_name or "")

    return [
        TargetRow(t.id, Indicator(t.indicator), t.target, t.period_id, name, t.partner_cluster_id, cluster_name)
        for t, name, _start, cluster_name in sorted(rows, key=sort_key)
    ]


def set_target(
    store: Store,
    indicator: Indicator | str,
    target: object,
    period_id: str | None = None,
    partner_cluster_id: str | None = None,
) -> str:
    """Set the target of an indicator for a period (None: the whole project) and a partner cluster (None:
    the whole partnership). Replaces the value of an existing target for the same three; returns its id."""
    chosen = parse_enum(Indicator, indicator, "indicator")
    value = _clean_target(target)
    with store.session() as session:
        _check_period(session, period_id)
        _check_partner_cluster(session, partner_cluster_id)
        same_period = KpiTarget.period_id.is_(None) if period_id is None else KpiTarget.period_id == period_id
        same_cluster = (
            KpiTarget.partner_cluster_id.is_(None)
            if partner_cluster_id is None
            else KpiTarget.partner_cluster_id == partner_cluster_id
        )
        existing = session.scalars(
            select(KpiTarget)
            .where(KpiTarget.deleted_at.is_(None), KpiTarget.indicator == chosen.value, same_period, same_cluster)
            .order_by(KpiTarget.created_at)
        ).first()
        if existing is not None:
            if existing.target != value:
                existing.target = value
            return existing.id
        record = KpiTarget(
            indicator=chosen.value, period_id=period_id, partner_cluster_id=partner_cluster_id, target=value
        )
        session.add(record)
        session.flush()
        return record.id


def delete_target(store: Store, target_id: str) -> None:
    with store.session() as session:
        load(session, KpiTarget, target_id).deleted_at = utcnow()
