"""Missions: fact-finding missions and trade-show delegations: the mission, its delegation and itinerary.

A mission is an action of type fact_finding_mission or trade_show plus a Mission row with the same id
(destination, IANA time zone). Itinerary and meeting times are stored as wall-clock times in that zone
(naive datetimes): "the meeting is at 10:00 in Shanghai" whatever zone the laptop is in.
The delegation is the participations with role delegate; officers travelling appear through the meetings
they attend (MeetingAttendee.officer_id). The meetings themselves (planner, clashes) are in
`services.meetings`; `agenda` merges them with the itinerary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from magia_desk.domain.actions import (
    ACTION_FIELDS,
    MISSION_FIELDS,
    clean_action,
    clean_itinerary_item,
    clean_mission,
    is_mission_type,
)
from magia_desk.domain.countries import country_name
from magia_desk.domain.errors import N_, Message, NotFoundError, RecordInvalid, ValidationError
from magia_desk.services.actions import create_action_in
from magia_desk.services.common import apply_fields, load
from magia_desk.services.meetings import MeetingView, meetings
from magia_desk.services.participations import AddedParticipants, ParticipantRow, add_participants_in, participant_rows
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import (
    Action,
    ItineraryItem,
    Meeting,
    MeetingAttendee,
    Mission,
    Officer,
    Organization,
    Participation,
    Task,
)
from magia_desk.storage.store import Store

# ---- the mission itself ----------------------------------------------------------------------------------

_NOT_A_MISSION = N_("a mission is a fact_finding_mission or a trade_show")


def _split(data: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    action = {k: v for k, v in data.items() if k in ACTION_FIELDS}
    mission = {k: v for k, v in data.items() if k in MISSION_FIELDS}
    unknown = set(data) - set(ACTION_FIELDS) - set(MISSION_FIELDS)
    if unknown:
        raise RecordInvalid([ValidationError(k, N_("is not a mission field")) for k in sorted(unknown)])
    return action, mission


def create_mission(store: Store, data: Mapping[str, Any]) -> str:
    """A mission from action fields (type fact_finding_mission or trade_show) plus destination_country,
    destination_cities and timezone (default: the destination country's main zone). Returns its id."""
    action_data, mission_data = _split(data)
    mission_values = clean_mission(mission_data)
    action_type = str(action_data.get("type") or "")
    if action_type and not is_mission_type(clean_action({"type": action_type}, partial=True)["type"]):
        raise RecordInvalid([ValidationError("type", _NOT_A_MISSION)])
    with store.session() as session:
        action = create_action_in(session, action_data)
        mission = load(session, Mission, action.id)
        if "destination_country" not in mission_values and action.country:
            mission_values = clean_mission({"destination_country": action.country} | mission_data)
        apply_fields(mission, mission_values)
        # The action's place is where the mission goes, so lists and indicators by country count it there.
        action.country = action.country or mission.destination_country
        action.city = action.city or next(iter(mission.destination_cities or []), None)
        return action.id


def update_mission(store: Store, mission_id: str, changes: Mapping[str, Any]) -> None:
    """Change action fields and mission fields together (one transaction)."""
    action_changes, mission_changes = _split(changes)
    mission_values = clean_mission(mission_changes)
    with store.session() as session:
        action = load(session, Action, mission_id)
        mission = load(session, Mission, mission_id)
        values = clean_action(action_changes, partial=True,
                              current={"start_date": action.start_date, "end_date": action.end_date})
        if "type" in values and not is_mission_type(values["type"]):
            raise RecordInvalid([ValidationError("type", _NOT_A_MISSION)])
        apply_fields(action, values)
        apply_fields(mission, mission_values)


@dataclass(frozen=True)
class MissionSummary:
    id: str
    title: str
    type: str
    start_date: date
    end_date: date | None
    destination_country: str | None
    destination: str  # "Shanghai, Beijing (China)"
    timezone: str | None
    organiser_id: str | None
    organiser: str | None
    description: str | None


def _summary(action: Action, mission: Mission, organiser: str | None) -> MissionSummary:
    cities = ", ".join(mission.destination_cities or [])
    country = country_name(mission.destination_country)
    destination = f"{cities} ({country})" if cities and country else cities or country
    return MissionSummary(
        id=action.id, title=action.title, type=action.type, start_date=action.start_date, end_date=action.end_date,
        destination_country=mission.destination_country, destination=destination, timezone=mission.timezone,
        organiser_id=action.organiser_id, organiser=organiser, description=action.description,
    )


def _missions_query() -> Any:
    return (
        select(Action, Mission, Organization.name)
        .join(Mission, Mission.id == Action.id)
        .outerjoin(Organization, Organization.id == Action.organiser_id)
        .where(Action.deleted_at.is_(None), Mission.deleted_at.is_(None))
    )


def list_missions(store: Store) -> list[MissionSummary]:
    """Every live mission, newest first (pickers: planner, capture's trade show, CLI)."""
    with store.read() as session:
        rows = session.execute(_missions_query().order_by(Action.start_date.desc(), Action.title)).all()
    return [_summary(a, m, o) for a, m, o in rows]


def get_mission(store: Store, mission_id: str) -> MissionSummary:
    with store.read() as session:
        row = session.execute(_missions_query().where(Action.id == mission_id)).first()
    if row is None:
        raise NotFoundError(Message(N_("No mission with id {id}"), id=mission_id))
    return _summary(*row)


def resolve_mission(store: Store, text: str) -> str:
    """A mission's id from its id or its title (exact, case aside; else the only title containing the text)."""
    wanted = " ".join((text or "").split())
    if not wanted:
        raise NotFoundError("Name a mission by its id or its title")
    missions = list_missions(store)
    for mission in missions:
        if mission.id == wanted:
            return mission.id
    for rule in (lambda t: t.lower() == wanted.lower(), lambda t: wanted.lower() in t.lower()):
        found = [m for m in missions if rule(" ".join(m.title.split()))]
        if len(found) == 1:
            return found[0].id
        if len(found) > 1:
            listed = "; ".join(f"{m.id} {m.title} ({m.start_date})" for m in found[:10])
            raise NotFoundError(f"'{wanted}' names {len(found)} missions; give the id of one of: {listed}")
    raise NotFoundError(f"No mission with id or title '{wanted}' (missions: {len(missions)})")


# ---- delegation ------------------------------------------------------------------------------------------


def delegation(store: Store, mission_id: str) -> list[ParticipantRow]:
    """The delegation: the mission's participations with role delegate."""
    return participant_rows(store, mission_id, role="delegate")


def add_delegates(store: Store, mission_id: str, members: Sequence[tuple[str | None, str | None]]) -> AddedParticipants:
    """Add (organization id or None, contact id or None) to the delegation, skipping those already there."""
    with store.session() as session:
        load(session, Mission, mission_id)
        return add_participants_in(session, mission_id, [(o, c, "delegate") for o, c in members])


def delegation_officers(store: Store, mission_id: str) -> list[tuple[str, str]]:
    """(officer id, name) of the officers present at any of the mission's meetings."""
    with store.read() as session:
        rows = session.execute(
            select(Officer.id, Officer.name).distinct()
            .join(MeetingAttendee, MeetingAttendee.officer_id == Officer.id)
            .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
            .where(Meeting.mission_id == mission_id, Meeting.deleted_at.is_(None),
                   MeetingAttendee.deleted_at.is_(None))
            .order_by(Officer.name)
        ).all()
    return [(r[0], r[1]) for r in rows]


# ---- itinerary -------------------------------------------------------------------------------------------


def _zone(session: Session, mission_id: str) -> str | None:
    return load(session, Mission, mission_id).timezone


def add_itinerary_item(store: Store, mission_id: str, data: Mapping[str, Any]) -> str:
    """kind (flight, hotel, visit, meeting, other), title, starts_at, ends_at, place, notes; wall-clock times
    in the mission's zone (an aware datetime is converted to it)."""
    with store.session() as session:
        values = clean_itinerary_item(data, zone=_zone(session, mission_id))
        item = ItineraryItem(mission_id=mission_id)
        apply_fields(item, values)
        session.add(item)
        session.flush()
        return item.id


def update_itinerary_item(store: Store, item_id: str, changes: Mapping[str, Any]) -> None:
    with store.session() as session:
        item = load(session, ItineraryItem, item_id)
        values = clean_itinerary_item(changes, partial=True, zone=_zone(session, item.mission_id),
                                      current={"starts_at": item.starts_at, "ends_at": item.ends_at})
        apply_fields(item, values)


def delete_itinerary_item(store: Store, item_id: str) -> None:
    with store.session() as session:
        load(session, ItineraryItem, item_id).deleted_at = utcnow()


def restore_itinerary_item(store: Store, item_id: str) -> None:
    with store.session() as session:
        load(session, ItineraryItem, item_id, include_deleted=True).deleted_at = None


def itinerary(store: Store, mission_id: str) -> list[ItineraryItem]:
    with store.read() as session:
        return list(session.scalars(
            select(ItineraryItem)
            .where(ItineraryItem.mission_id == mission_id, ItineraryItem.deleted_at.is_(None))
            .order_by(ItineraryItem.starts_at, ItineraryItem.title)
        ))


# ---- the agenda: itinerary and meetings merged -------------------------------------------------------------


@dataclass(frozen=True)
class AgendaEntry:
    starts_at: datetime
    ends_at: datetime | None
    kind: str  # an itinerary kind (flight, hotel, visit, meeting, other) or "b2b" for a Meeting record
    title: str
    place: str | None
    notes: str | None = None
    meeting: MeetingView | None = None
    record_id: str = ""


@dataclass(frozen=True)
class AgendaDay:
    day: date
    entries: list[AgendaEntry]


def agenda(store: Store, mission_id: str) -> list[AgendaDay]:
    """Per day, the itinerary items and scheduled meetings in time order (briefing, calendar view)."""
    entries = [
        AgendaEntry(i.starts_at, i.ends_at, i.kind, i.title, i.place, i.notes, None, i.id)
        for i in itinerary(store, mission_id)
    ]
    for m in meetings(store, mission_id):
        if m.starts_at is None:
            continue
        title = " — ".join(x for x in (m.organization.name if m.organization else None, m.topic) if x) or "Meeting"
        entries.append(AgendaEntry(m.starts_at, m.ends_at, "b2b", title, m.place, None, m, m.id))
    days: dict[date, list[AgendaEntry]] = {}
    for entry in sorted(entries, key=lambda e: (e.starts_at, e.kind != "b2b", e.title)):
        days.setdefault(entry.starts_at.date(), []).append(entry)
    return [AgendaDay(d, days[d]) for d in sorted(days)]


def mission_counts(store: Store, mission_id: str) -> dict[str, int]:
    """Numbers a mission header shows: delegates, meetings, itinerary items, follow-ups open."""
    with store.read() as session:
        def count(statement: Any) -> int:
            return session.scalar(statement) or 0
        meeting_ids = select(Meeting.id).where(Meeting.mission_id == mission_id, Meeting.deleted_at.is_(None))
        return {
            "delegates": count(select(func.count()).select_from(Participation).where(
                Participation.action_id == mission_id, Participation.role == "delegate",
                Participation.deleted_at.is_(None))),
            "meetings": count(select(func.count()).select_from(meeting_ids.subquery())),
            "itinerary_items": count(select(func.count()).select_from(ItineraryItem).where(
                ItineraryItem.mission_id == mission_id, ItineraryItem.deleted_at.is_(None))),
            "open_follow_ups": count(select(func.count()).select_from(Task).where(
                Task.record_type == "meeting", Task.record_id.in_(meeting_ids), Task.done.is_(False),
                Task.deleted_at.is_(None))),
        }
