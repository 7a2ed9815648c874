"""The audit trail: the change log (storage/changelog.py) filtered, paged and labelled for the Audit view.

Every create, update, delete, restore, merge and erase is in the change log, per field, with the officer, the
time and the old and new values (an erasure leaves no personal value: services/gdpr.py). The view pages through
it the way the other lists do (services/organizations.py): `audit_seqs` (filter and order in the database, a
page at a time), `count_audit`, `audit_rows` (the rows of a page, with officer names and record labels), and
`audit_entries` for both at once. `record_history` is one record's whole history, oldest first.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from magia_desk.storage.models import (
    MODEL_BY_TABLE,
    Action,
    Agreement,
    AgreementParty,
    AgreementStageChange,
    Change,
    Contact,
    Document,
    Holding,
    ItineraryItem,
    KpiTarget,
    MarketInterest,
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
from magia_desk.storage.store import Store


@dataclass
class AuditFilter:
    officer_id: str | None = None
    table: str | None = None  # a table name: organization, contact, action...
    record_id: str | None = None
    op: str | None = None  # create, update, delete, restore, merge, erase
    date_from: date | None = None  # local calendar days, both included
    date_to: date | None = None
    text: str = ""  # in the values, the field name, or the label of the record (name, title)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime  # UTC, timezone-aware
    officer_id: str | None
    officer: str | None  # the officer's name (None when unknown: before the first officer, or sync from afar)
    op: str
    table: str
    record_id: str
    record_label: str
    field: str | None  # None on a create (the whole record is in new_value) and on erased creates
    old_value: Any  # decoded from JSON; None when there was none or when it was erased
    new_value: Any
    site_id: str
    hlc: str


# The columns that name a record of each table (also searched by the text filter).
_NAMES: dict[str, tuple[InstrumentedAttribute[Any], ...]] = {
    "organization": (Organization.name,),
    "contact": (Contact.first_name, Contact.last_name),
    "officer": (Officer.name,),
    "action": (Action.title,),
    "agreement": (Agreement.title,),
    "task": (Task.title,),
    "document": (Document.original_name,),
    "reporting_period": (ReportingPeriod.name,),
    "itinerary_item": (ItineraryItem.title,),
    "meeting": (Meeting.topic,),
}
# Records named after the record they belong to: (link column, parent's name column, label pattern).
_PARENTS: dict[str, tuple[InstrumentedAttribute[Any], InstrumentedAttribute[Any], str]] = {
    "mission": (Mission.id, Action.title, "{}"),  # a mission shares its action's id
    "participation": (Participation.action_id, Action.title, "Participation in {}"),
    "membership": (Membership.organization_id, Organization.name, "Membership of {}"),
    "market_interest": (MarketInterest.organization_id, Organization.name, "Market interest of {}"),
    "holding": (Holding.organization_id, Organization.name, "Holding in {}"),
    "agreement_party": (AgreementParty.agreement_id, Agreement.title, "Party to {}"),
    "agreement_stage_change": (AgreementStageChange.agreement_id, Agreement.title, "Stage of {}"),
    "meeting_attendee": (MeetingAttendee.meeting_id, Meeting.topic, "Attendee of meeting {}"),
    "note": (Note.record_id, Note.kind, "Note ({})"),
    "kpi_target": (KpiTarget.indicator, KpiTarget.indicator, "Target for {}"),
}


def _local_day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _filtered(statement: Select, flt: AuditFilter) -> Select:
    if flt.officer_id:
        statement = statement.where(Change.officer_id == flt.officer_id)
    if flt.table:
        statement = statement.where(Change.table_name == flt.table)
    if flt.record_id:
        statement = statement.where(Change.record_id == flt.record_id)
    if flt.op:
        statement = statement.where(Change.op == flt.op)
    if flt.date_from:
        statement = statement.where(Change.at >= _local_day_start(flt.date_from))
    if flt.date_to:
        statement = statement.where(Change.at < _local_day_start(flt.date_to + timedelta(days=1)))
    text = flt.text.strip()
    if text:
        named = [
            select(columns[0].class_.id).where(or_(*(c.icontains(text, autoescape=True) for c in columns)))
            for columns in _NAMES.values()
        ]
        statement = statement.where(or_(
            Change.old_value.icontains(text, autoescape=True),
            Change.new_value.icontains(text, autoescape=True),
            Change.field.icontains(text, autoescape=True),
            *(Change.record_id.in_(ids) for ids in named),
        ))
    return statement


def audit_seqs(store: Store, flt: AuditFilter | None = None, *, newest_first: bool = True, offset: int = 0,
               limit: int | None = None) -> list[int]:
    """The change-log entries shown, in order, a page at a time (filter and order run in the database)."""
    order = Change.seq.desc() if newest_first else Change.seq.asc()
    statement = _filtered(select(Change.seq), flt or AuditFilter()).order_by(order)
    with store.read() as session:
        return list(session.scalars(statement.offset(offset).limit(limit)))


def count_audit(store: Store, flt: AuditFilter | None = None) -> int:
    with store.read() as session:
        return session.scalar(_filtered(select(func.count()).select_from(Change), flt or AuditFilter())) or 0


def _decoded(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def record_labels(session: Session, refs: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(table, record id) -> what the record is called; "(deleted)" added for tombstones."""
    by_table: dict[str, set[str]] = {}
    for table, record_id in refs:
        by_table.setdefault(table, set()).add(record_id)
    labels: dict[tuple[str, str], str] = {}
    for table, ids in by_table.items():
        model = MODEL_BY_TABLE.get(table)
        if model is None:
            continue
        rows: list[tuple[str, str, Any]] = []
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start:start + 500]
            if table in _NAMES:
                columns = _NAMES[table]
                for row in session.execute(select(model.id, model.deleted_at, *columns).where(model.id.in_(chunk))):
                    rows.append((row[0], " ".join(str(v) for v in row[2:] if v) or table, row[1]))
            elif table in _PARENTS:
                link, name, pattern = _PARENTS[table]
                statement = select(model.id, model.deleted_at, name).where(model.id.in_(chunk))
                if name.class_ is not model:
                    statement = statement.outerjoin(name.class_, name.class_.id == link)
                for row in session.execute(statement):
                    rows.append((row[0], pattern.format(row[2] or "?"), row[1]))
        for record_id, label, deleted_at in rows:
            labels[(table, record_id)] = f"{label} (deleted)" if deleted_at is not None else label
    return labels


def _entries(session: Session, changes: Sequence[Change]) -> list[AuditEntry]:
    officers = dict(session.execute(
        select(Officer.id, Officer.name).where(Officer.id.in_({c.officer_id for c in changes if c.officer_id}))
    ).all())
    labels = record_labels(session, {(c.table_name, c.record_id) for c in changes})
    return [
        AuditEntry(
            seq=c.seq, at=c.at, officer_id=c.officer_id, officer=officers.get(c.officer_id or ""), op=c.op,
            table=c.table_name, record_id=c.record_id,
            record_label=labels.get((c.table_name, c.record_id), f"{c.table_name.replace('_', ' ')} {c.record_id[:8]}"),
            field=c.field, old_value=_decoded(c.old_value), new_value=_decoded(c.new_value), site_id=c.site_id,
            hlc=c.hlc,
        )
        for c in changes
    ]


def audit_rows(store: Store, seqs: Sequence[int]) -> list[AuditEntry]:
    """The entries for these seqs, in the same order (the view's page cache fills itself from this)."""
    if not seqs:
        return []
    with store.read() as session:
        found = {c.seq: c for c in session.scalars(select(Change).where(Change.seq.in_(list(seqs))))}
        return _entries(session, [found[s] for s in seqs if s in found])


def audit_entries(store: Store, flt: AuditFilter | None = None, *, offset: int = 0, limit: int | None = 100,
                  newest_first: bool = True) -> list[AuditEntry]:
    """One page of the audit trail, newest first unless asked otherwise."""
    return audit_rows(store, audit_seqs(store, flt, newest_first=newest_first, offset=offset, limit=limit))


def record_history(store: Store, record_id: str) -> list[AuditEntry]:
    """Everything logged about one record, oldest first (an action and its mission share the id: both show)."""
    with store.read() as session:
        changes = session.scalars(select(Change).where(Change.record_id == record_id).order_by(Change.seq)).all()
        return _entries(session, list(changes))


def audit_tables(store: Store) -> list[str]:
    """The tables that appear in the log, for the view's filter."""
    with store.read() as session:
        return sorted(session.scalars(select(Change.table_name).distinct()))
