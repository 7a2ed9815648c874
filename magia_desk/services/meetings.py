"""Meetings of a mission: the B2B meetings planner's records and the checks it makes.

A meeting belongs to a mission (Meeting.mission_id) and holds its time as a wall-clock time in the mission's
zone (naive datetime), the organization met, the people present on each side (contacts met; delegation
contacts and officers) and its follow-up tasks (Task.record_type 'meeting'). Views for the planner come by day
(`meetings_by_day`); `find_clashes` names each person booked in two overlapping meetings.
Contacts present for the delegation join the mission's delegation (a participation with role delegate).
`services.missions` holds the mission itself, its delegation, itinerary and the agenda merging both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import combinations
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from magia_desk.domain.actions import clean_meeting, meeting_span, overlap, person_name
from magia_desk.domain.contact_rules import require_text
from magia_desk.domain.countries import country_name
from magia_desk.domain.errors import N_, Message, RecordInvalid, ValidationError
from magia_desk.domain.records import parse_date
from magia_desk.services.common import apply_fields, load
from magia_desk.services.participations import add_participants_in
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import Contact, Meeting, MeetingAttendee, Mission, Officer, Organization, Task
from magia_desk.storage.store import Store


def _zone(session: Session, mission_id: str) -> str | None:
    return load(session, Mission, mission_id).timezone


@dataclass(frozen=True)
class FollowUp:
    title: str
    due_date: date | None = None
    owner_id: str | None = None  # an officer; default the store's current officer


@dataclass(frozen=True)
class PersonView:
    contact_id: str | None
    officer_id: str | None
    name: str
    job_title: str | None = None
    organization: str | None = None
    email: str | None = None
    phone: str | None = None

    @property
    def key(self) -> str:
        return f"contact:{self.contact_id}" if self.contact_id else f"officer:{self.officer_id}"


@dataclass(frozen=True)
class OrganizationProfile:
    id: str
    name: str
    kind: str
    country: str | None
    country_name: str
    city: str | None
    website: str | None
    sectors: list[str]
    certifications: list[str]
    notes: str | None
    is_consortium_partner: bool


@dataclass(frozen=True)
class TaskView:
    id: str
    title: str
    due_date: date | None
    done: bool
    owner_id: str | None


@dataclass(frozen=True)
class MeetingView:
    id: str
    mission_id: str
    starts_at: datetime | None  # wall-clock, mission's zone
    ends_at: datetime | None
    place: str | None
    topic: str | None
    outcome: str | None
    organization: OrganizationProfile | None
    met: list[PersonView] = field(default_factory=list)
    delegation: list[PersonView] = field(default_factory=list)
    follow_ups: list[TaskView] = field(default_factory=list)

    @property
    def day(self) -> date | None:
        return self.starts_at.date() if self.starts_at else None

    @property
    def span(self) -> tuple[datetime, datetime] | None:
        """[start, end) with the default length when no end is set; None when not scheduled."""
        return meeting_span(self.starts_at, self.ends_at)

    @property
    def label(self) -> str:
        what = self.organization.name if self.organization else (self.topic or Message(N_("Meeting")))
        if self.starts_at is None:
            return Message(N_("{what} (unscheduled)"), what=what)
        return Message(N_("{what} ({when:%a %d %b %H:%M})"), what=what, when=self.starts_at)


def _check_people(session: Session, contact_ids: Sequence[str], officer_ids: Sequence[str]) -> None:
    errors: list[ValidationError] = []
    for contact_id in contact_ids:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            errors.append(ValidationError("contacts", N_("no contact with id {id}"), contact_id, id=contact_id))
    for officer_id in officer_ids:
        officer = session.get(Officer, officer_id)
        if officer is None or officer.deleted_at is not None:
            errors.append(ValidationError("officers", N_("no officer with id {id}"), officer_id, id=officer_id))
    if errors:
        raise RecordInvalid(errors)


def _check_meeting_organization(session: Session, values: Mapping[str, Any]) -> None:
    organization_id = values.get("organization_id")
    if organization_id:
        organization = session.get(Organization, organization_id)
        if organization is None or organization.deleted_at is not None:
            raise RecordInvalid([ValidationError("organization_id", N_("the organization does not exist"))])


def _set_side(session: Session, meeting: Meeting, side: str, contact_ids: Sequence[str] | None,
              officer_ids: Sequence[str] | None) -> None:
    """Make exactly these people present on one side (None leaves that kind of people unchanged)."""
    current = session.scalars(select(MeetingAttendee).where(
        MeetingAttendee.meeting_id == meeting.id, MeetingAttendee.side == side, MeetingAttendee.deleted_at.is_(None)
    )).all()
    for wanted, column in ((contact_ids, "contact_id"), (officer_ids, "officer_id")):
        if wanted is None:
            continue
        keep = list(dict.fromkeys(wanted))
        have = {getattr(a, column): a for a in current if getattr(a, column)}
        for person_id, attendee in have.items():
            if person_id not in keep:
                attendee.deleted_at = utcnow()
        for person_id in keep:
            if person_id not in have:
                session.add(MeetingAttendee(meeting_id=meeting.id, side=side, **{column: person_id}))
    if side == "delegation" and contact_ids:
        # Someone present for the delegation is a delegation member: keep the delegation (and the KPIs) whole.
        add_participants_in(session, meeting.mission_id, [(None, c, "delegate") for c in contact_ids])


def _add_follow_ups(session: Session, meeting_id: str, follow_ups: Sequence[FollowUp]) -> list[str]:
    ids = []
    for item in follow_ups:
        task = Task(title=require_text(item.title, "follow_up"), due_date=parse_date(item.due_date, "due_date"),
                    owner_id=item.owner_id or session.info.get("officer_id"), record_type="meeting",
                    record_id=meeting_id, done=False)
        session.add(task)
        session.flush()
        ids.append(task.id)
    return ids


def create_meeting(
    store: Store,
    mission_id: str,
    data: Mapping[str, Any],
    *,
    met: Sequence[str] = (),
    delegation_contacts: Sequence[str] = (),
    delegation_officers: Sequence[str] = (),
    follow_ups: Sequence[FollowUp] = (),
) -> str:
    """A meeting (organization_id, starts_at, ends_at, place, topic, outcome) with the contacts met, the
    delegation members present (contacts and officers) and follow-up tasks. Returns its id."""
    with store.session() as session:
        values = clean_meeting(data, zone=_zone(session, mission_id))
        _check_meeting_organization(session, values)
        _check_people(session, [*met, *delegation_contacts], delegation_officers)
        meeting = Meeting(mission_id=mission_id)
        apply_fields(meeting, values)
        session.add(meeting)
        session.flush()
        _set_side(session, meeting, "met", met, None)
        _set_side(session, meeting, "delegation", delegation_contacts, delegation_officers)
        _add_follow_ups(session, meeting.id, follow_ups)
        return meeting.id


def update_meeting(
    store: Store,
    meeting_id: str,
    changes: Mapping[str, Any],
    *,
    met: Sequence[str] | None = None,
    delegation_contacts: Sequence[str] | None = None,
    delegation_officers: Sequence[str] | None = None,
) -> None:
    """Change fields; a people list given replaces that list, None leaves it as it is."""
    with store.session() as session:
        meeting = load(session, Meeting, meeting_id)
        values = clean_meeting(changes, zone=_zone(session, meeting.mission_id),
                               current={"starts_at": meeting.starts_at, "ends_at": meeting.ends_at})
        _check_meeting_organization(session, values)
        _check_people(session, [*(met or ()), *(delegation_contacts or ())], delegation_officers or ())
        apply_fields(meeting, values)
        _set_side(session, meeting, "met", met, None)
        _set_side(session, meeting, "delegation", delegation_contacts, delegation_officers)


def delete_meeting(store: Store, meeting_id: str) -> None:
    with store.session() as session:
        load(session, Meeting, meeting_id).deleted_at = utcnow()


def restore_meeting(store: Store, meeting_id: str) -> None:
    with store.session() as session:
        load(session, Meeting, meeting_id, include_deleted=True).deleted_at = None


def add_follow_up(store: Store, meeting_id: str, follow_up: FollowUp) -> str:
    """A follow-up task linked to the meeting (Task.record_type 'meeting')."""
    with store.session() as session:
        load(session, Meeting, meeting_id)
        return _add_follow_ups(session, meeting_id, [follow_up])[0]


def _profile(org: Organization) -> OrganizationProfile:
    return OrganizationProfile(
        id=org.id, name=org.name, kind=org.kind, country=org.country, country_name=country_name(org.country),
        city=org.city, website=org.website, sectors=list(org.sectors or []),
        certifications=list(org.certifications or []), notes=org.notes,
        is_consortium_partner=bool(org.is_consortium_partner),
    )


def _load_meetings(session: Session, meetings: Sequence[Meeting]) -> list[MeetingView]:
    """Views of these meetings with people, organizations and tasks, in four queries whatever their number."""
    ids = [m.id for m in meetings]
    if not ids:
        return []
    org_ids = {m.organization_id for m in meetings if m.organization_id}
    orgs = {o.id: o for o in session.scalars(select(Organization).where(Organization.id.in_(org_ids)))}
    attendees = session.execute(
        select(MeetingAttendee, Contact, Organization.name, Officer)
        .outerjoin(Contact, Contact.id == MeetingAttendee.contact_id)
        .outerjoin(Organization, Organization.id == Contact.organization_id)
        .outerjoin(Officer, Officer.id == MeetingAttendee.officer_id)
        .where(MeetingAttendee.meeting_id.in_(ids), MeetingAttendee.deleted_at.is_(None))
    ).all()
    partner_names = dict(session.execute(
        select(Organization.id, Organization.name).where(Organization.is_consortium_partner.is_(True))
    ).all())
    people: dict[tuple[str, str], list[PersonView]] = {}
    for attendee, contact, employer, officer in attendees:
        if contact is not None and contact.deleted_at is None:
            person = PersonView(contact.id, None, person_name(contact.first_name, contact.last_name),
                                contact.job_title, employer, contact.email, contact.phone)
        elif officer is not None:
            person = PersonView(None, officer.id, officer.name, "Officer",
                                partner_names.get(officer.partner_cluster_id or ""), officer.email)
        else:
            continue
        people.setdefault((attendee.meeting_id, attendee.side), []).append(person)
    tasks: dict[str, list[TaskView]] = {}
    for task in session.scalars(
        select(Task).where(Task.record_type == "meeting", Task.record_id.in_(ids), Task.deleted_at.is_(None))
        .order_by(Task.due_date.nulls_last(), Task.title)
    ):
        tasks.setdefault(task.record_id or "", []).append(
            TaskView(task.id, task.title, task.due_date, bool(task.done), task.owner_id))
    return [
        MeetingView(
            id=m.id, mission_id=m.mission_id, starts_at=m.starts_at, ends_at=m.ends_at, place=m.place,
            topic=m.topic, outcome=m.outcome,
            organization=_profile(orgs[m.organization_id]) if m.organization_id in orgs else None,
            met=sorted(people.get((m.id, "met"), []), key=lambda p: p.name.lower()),
            delegation=sorted(people.get((m.id, "delegation"), []), key=lambda p: p.name.lower()),
            follow_ups=tasks.get(m.id, []),
        )
        for m in meetings
    ]


def meetings(store: Store, mission_id: str) -> list[MeetingView]:
    """The mission's meetings in time order, unscheduled ones last."""
    with store.read() as session:
        rows = session.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id, Meeting.deleted_at.is_(None))
            .order_by(Meeting.starts_at.nulls_last(), Meeting.topic, Meeting.id)
        ).all()
        return _load_meetings(session, rows)


def get_meeting(store: Store, meeting_id: str) -> MeetingView:
    with store.read() as session:
        return _load_meetings(session, [load(session, Meeting, meeting_id)])[0]


@dataclass(frozen=True)
class MeetingDay:
    day: date | None  # None: meetings without a time yet
    meetings: list[MeetingView]


def meetings_by_day(store: Store, mission_id: str) -> list[MeetingDay]:
    """The planner's columns: one per day that has meetings, in order, then the unscheduled ones."""
    days: dict[date | None, list[MeetingView]] = {}
    for meeting in meetings(store, mission_id):
        days.setdefault(meeting.day, []).append(meeting)
    ordered = sorted(d for d in days if d is not None)
    result = [MeetingDay(d, days[d]) for d in ordered]
    if None in days:
        result.append(MeetingDay(None, days[None]))
    return result


@dataclass(frozen=True)
class Clash:
    person: PersonView
    first: MeetingView
    second: MeetingView
    starts_at: datetime  # the overlap
    ends_at: datetime

    @property
    def message(self) -> Message:
        """English text that `i18n.translate_message` shows in the user's language."""
        return Message(N_("{name} is in two meetings at once: {first} and {second} ({start:%H:%M}-{end:%H:%M})"),
                       name=self.person.name, first=self.first.label, second=self.second.label,
                       start=self.starts_at, end=self.ends_at)


def find_clashes(store: Store, mission_id: str) -> list[Clash]:
    """Each person (contact or officer, on either side) in two meetings whose times overlap, once per pair.

    A meeting with a start and no end lasts DEFAULT_MEETING_MINUTES; unscheduled meetings never clash.
    """
    by_person: dict[str, list[tuple[PersonView, MeetingView]]] = {}
    for meeting in meetings(store, mission_id):
        if meeting.span is None:
            continue
        for person in {p.key: p for p in [*meeting.met, *meeting.delegation]}.values():
            by_person.setdefault(person.key, []).append((person, meeting))
    clashes: list[Clash] = []
    for entries in by_person.values():
        for (person, a), (_, b) in combinations(entries, 2):
            assert a.span is not None and b.span is not None
            common = overlap(a.span, b.span)
            if common:
                first, second = sorted((a, b), key=lambda m: (m.starts_at or datetime.min, m.id))
                clashes.append(Clash(person, first, second, common[0], common[1]))
    return sorted(clashes, key=lambda c: (c.starts_at, c.person.name))


def clashing_meeting_ids(clashes: Sequence[Clash]) -> set[str]:
    """The meetings the planner marks."""
    return {m.id for c in clashes for m in (c.first, c.second)}
