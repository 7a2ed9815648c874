"""Actions (everything the partnership runs or attends): create, edit, delete with undo, lists with filters
and paging.

An action of a mission type (fact_finding_mission, trade_show) always has its Mission row (same id): it is
made here when the action is created or its type becomes a mission type, so screens never see one without
the other. `services.missions` adds the mission's own fields and itinerary, `services.meetings` its meetings;
who took part is in `services.participations`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from magia_desk.domain.actions import ACTION_TYPE_LABELS, clean_action, is_mission_type, portal_activity_for
from magia_desk.domain.countries import country_name
from magia_desk.domain.enums import ActionType
from magia_desk.domain.errors import N_, RecordInvalid, ValidationError
from magia_desk.services.common import apply_fields, load
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import Action, ItineraryItem, Meeting, Mission, Organization, Participation
from magia_desk.storage.store import Store

# ---- create, edit, delete --------------------------------------------------------------------------------


def _check_organiser(session: Session, organiser_id: str | None) -> None:
    if not organiser_id:
        return
    organiser = session.get(Organization, organiser_id)
    if organiser is None or organiser.deleted_at is not None:
        raise RecordInvalid([ValidationError("organiser_id", N_("the organising cluster does not exist"))])
    if organiser.kind != "cluster" or not organiser.is_consortium_partner:
        raise RecordInvalid(
            [ValidationError("organiser_id", N_("{name} is not a partner cluster of the consortium"),
                             name=organiser.name)]
        )


def _sync_mission_row(session: Session, action: Action) -> None:
    """Keep the rule 'mission-type action <-> live Mission row' true after a create or a type change."""
    mission = session.get(Mission, action.id)
    if is_mission_type(action.type):
        if mission is None:
            session.add(Mission(id=action.id, destination_country=action.country,
                                destination_cities=[action.city] if action.city else []))
        elif mission.deleted_at is not None and action.deleted_at is None:
            mission.deleted_at = None
        return
    if mission is None or mission.deleted_at is not None:
        return
    planned = session.scalar(
        select(func.count()).select_from(Meeting).where(Meeting.mission_id == action.id, Meeting.deleted_at.is_(None))
    ) or 0
    planned += session.scalar(
        select(func.count()).select_from(ItineraryItem)
        .where(ItineraryItem.mission_id == action.id, ItineraryItem.deleted_at.is_(None))
    ) or 0
    if planned:
        raise RecordInvalid([ValidationError(
            "type", N_("this mission has {planned} meetings and itinerary items: it must stay a fact-finding "
                       "mission or a trade show (delete them first)"), action.type, planned=planned)])
    mission.deleted_at = utcnow()


def create_action_in(session: Session, data: Mapping[str, Any]) -> Action:
    """Create an action inside an open transaction (missions.create_mission adds its fields after)."""
    values = clean_action(data)
    _check_organiser(session, values.get("organiser_id"))
    record = Action()
    apply_fields(record, values)
    session.add(record)
    session.flush()
    _sync_mission_row(session, record)
    session.flush()
    return record


def create_action(store: Store, data: Mapping[str, Any]) -> str:
    """A new action from loose input (see domain.actions.clean_action); returns its id."""
    with store.session() as session:
        return create_action_in(session, data).id


def update_action(store: Store, action_id: str, changes: Mapping[str, Any]) -> None:
    with store.session() as session:
        record = load(session, Action, action_id)
        values = clean_action(
            changes, partial=True, current={"start_date": record.start_date, "end_date": record.end_date}
        )
        if "organiser_id" in values:
            _check_organiser(session, values["organiser_id"])
        apply_fields(record, values)
        _sync_mission_row(session, record)


def delete_action(store: Store, action_id: str) -> None:
    """Soft delete; its participations, mission part, meetings stay linked so that restore brings all back."""
    with store.session() as session:
        record = load(session, Action, action_id)
        record.deleted_at = utcnow()
        mission = session.get(Mission, action_id)
        if mission is not None and mission.deleted_at is None:
            mission.deleted_at = record.deleted_at


def restore_action(store: Store, action_id: str) -> None:
    with store.session() as session:
        record = load(session, Action, action_id, include_deleted=True)
        record.deleted_at = None
        _sync_mission_row(session, record)


def get_action(store: Store, action_id: str) -> Action:
    with store.read() as session:
        return load(session, Action, action_id, include_deleted=True)


# ---- lists -----------------------------------------------------------------------------------------------


@dataclass
class ActionFilter:
    text: str = ""  # words found in the title or the city
    type: str | None = None
    year: int | None = None  # of the start date
    organiser_id: str | None = None
    country: str | None = None
    online: bool | None = None
    missions_only: bool = False


def _participant_count() -> Any:
    return (
        select(func.count())
        .where(Participation.action_id == Action.id, Participation.deleted_at.is_(None))
        .correlate(Action)
        .scalar_subquery()
    )


Organiser = aliased(Organization)

ACTION_SORT: dict[str, Any] = {
    "start_date": Action.start_date,
    "title": Action.title,
    "type": Action.type,
    "country": Action.country,
    "city": Action.city,
    "organiser": Organiser.name,
    "work_package": Action.work_package,
    "declared_audience": Action.declared_audience,
    "participants": _participant_count(),
    "updated_at": Action.updated_at,
}


def _filtered(statement: Select, flt: ActionFilter) -> Select:
    statement = statement.where(Action.deleted_at.is_(None))
    if flt.type:
        statement = statement.where(Action.type == flt.type)
    if flt.missions_only:
        statement = statement.where(Action.type.in_(["fact_finding_mission", "trade_show"]))
    if flt.year:
        statement = statement.where(Action.start_date.between(date(flt.year, 1, 1), date(flt.year, 12, 31)))
    if flt.organiser_id:
        statement = statement.where(Action.organiser_id == flt.organiser_id)
    if flt.country:
        statement = statement.where(Action.country == flt.country)
    if flt.online is not None:
        statement = statement.where(Action.online.is_(flt.online))
    # Actions are few (hundreds): a portable LIKE per word is fast enough and needs no search index.
    for word in flt.text.split():
        pattern = f"%{word.lower()}%"
        statement = statement.where(
            or_(func.lower(Action.title).like(pattern), func.lower(func.coalesce(Action.city, "")).like(pattern))
        )
    return statement


def action_ids(
    store: Store,
    flt: ActionFilter,
    sort: str = "start_date",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    """Ids of the actions shown, in order, a page at a time (newest first by default)."""
    column = ACTION_SORT.get(sort, Action.start_date)
    order = column.desc() if descending else column.asc()
    statement = select(Action.id)
    if sort == "organiser":
        statement = statement.outerjoin(Organiser, Organiser.id == Action.organiser_id)
    statement = _filtered(statement, flt).order_by(order.nulls_last(), Action.start_date.desc(), Action.id)
    with store.read() as session:
        return list(session.scalars(statement.offset(offset).limit(limit)))


def count_actions(store: Store, flt: ActionFilter | None = None) -> int:
    with store.read() as session:
        return session.scalar(_filtered(select(func.count()).select_from(Action), flt or ActionFilter())) or 0


def action_years(store: Store) -> list[int]:
    """The years that have actions, newest first (the year filter offers these)."""
    with store.read() as session:
        dates = session.scalars(select(Action.start_date).where(Action.deleted_at.is_(None))).all()
    return sorted({d.year for d in dates}, reverse=True)


@dataclass(frozen=True)
class ActionRow:
    id: str
    type: str
    type_label: str
    title: str
    start_date: date
    end_date: date | None
    city: str | None
    country: str | None
    country_name: str
    online: bool
    organiser_id: str | None
    organiser: str | None
    work_package: str | None
    participants: int
    declared_audience: int | None
    audience: int  # the larger of participants and the declared audience (domain.md, audience_reached)
    portal_status: str
    portal_activity_type: str  # as reported: the override, else the one mapped from the type
    portal_activity_overridden: bool
    is_mission: bool


def action_rows(store: Store, ids: Sequence[str]) -> list[ActionRow]:
    """The rows for these ids, in the same order."""
    if not ids:
        return []
    with store.read() as session:
        found = {
            r.Action.id: r
            for r in session.execute(
                select(Action, Organiser.name.label("organiser"), _participant_count().label("participants"))
                .outerjoin(Organiser, Organiser.id == Action.organiser_id)
                .where(Action.id.in_(list(ids)))
            )
        }
    rows = []
    for action_id in ids:
        r = found.get(action_id)
        if r is None:
            continue
        a: Action = r.Action
        rows.append(ActionRow(
            id=a.id, type=a.type, type_label=ACTION_TYPE_LABELS.get(ActionType(a.type), a.type), title=a.title,
            start_date=a.start_date, end_date=a.end_date, city=a.city, country=a.country,
            country_name=country_name(a.country), online=bool(a.online), organiser_id=a.organiser_id,
            organiser=r.organiser, work_package=a.work_package, participants=r.participants or 0,
            declared_audience=a.declared_audience, audience=max(r.participants or 0, a.declared_audience or 0),
            portal_status=a.portal_status,
            portal_activity_type=portal_activity_for(a.type, a.portal_activity_type).value,
            portal_activity_overridden=a.portal_activity_type is not None, is_mission=is_mission_type(a.type),
        ))
    return rows
