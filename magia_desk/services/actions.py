"""Actions (everything the partnership runs or attends) and who took part: create, edit, delete with undo,
lists with filters and paging, participants one by one or in bulk, matching a pasted list of people.

An action of a mission type (fact_finding_mission, trade_show) always has its Mission row (same id): it is
made here when the action is created or its type becomes a mission type, so screens never see one without
the other. `services.missions` adds the mission's own fields, itinerary and meetings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from magia_desk.domain.actions import (
    ACTION_TYPE_LABELS,
    clean_action,
    fold_name,
    has_cjk,
    is_mission_type,
    organization_key,
    person_name,
    portal_activity_for,
    split_pasted,
)
from magia_desk.domain.contact_rules import website_domain
from magia_desk.domain.countries import country_name
from magia_desk.domain.enums import ActionType, Role, parse_enum
from magia_desk.domain.errors import RecordInvalid, ValidationError
from magia_desk.services.common import apply_fields, load
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import Action, Contact, ItineraryItem, Meeting, Mission, Organization, Participation
from magia_desk.storage.store import Store

# ---- create, edit, delete --------------------------------------------------------------------------------


def _check_organiser(session: Session, organiser_id: str | None) -> None:
    if not organiser_id:
        return
    organiser = session.get(Organization, organiser_id)
    if organiser is None or organiser.deleted_at is not None:
        raise RecordInvalid([ValidationError("organiser_id", "the organising cluster does not exist")])
    if organiser.kind != "cluster" or not organiser.is_consortium_partner:
        raise RecordInvalid(
            [ValidationError("organiser_id", f"{organiser.name} is not a partner cluster of the consortium")]
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
            "type", f"this mission has {planned} meetings and itinerary items: it must stay a fact-finding "
            "mission or a trade show (delete them first)", action.type)])
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


# ---- participants ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParticipantRow:
    id: str  # the participation's id
    organization_id: str | None
    organization: str | None
    organization_kind: str | None
    country: str | None
    contact_id: str | None
    contact: str | None  # "First Last"
    job_title: str | None
    email: str | None
    role: str
    date: date | None


Person = aliased(Contact)
Company = aliased(Organization)


def participant_rows(store: Store, action_id: str, role: str | None = None) -> list[ParticipantRow]:
    """Who took part, organizations then people by name; `role` keeps one role only (e.g. delegate)."""
    statement = (
        select(Participation, Company, Person)
        .outerjoin(Company, Company.id == Participation.organization_id)
        .outerjoin(Person, Person.id == Participation.contact_id)
        .where(Participation.action_id == action_id, Participation.deleted_at.is_(None))
    )
    if role:
        statement = statement.where(Participation.role == role)
    with store.read() as session:
        result = session.execute(statement).all()
    rows = [
        ParticipantRow(
            id=p.id, organization_id=p.organization_id, organization=org.name if org else None,
            organization_kind=org.kind if org else None,
            country=(org.country if org else None) or (person.country if person else None),
            contact_id=p.contact_id, contact=person_name(person.first_name, person.last_name) if person else None,
            job_title=person.job_title if person else None, email=person.email if person else None,
            role=p.role, date=p.date,
        )
        for p, org, person in result
    ]
    return sorted(rows, key=lambda r: ((r.organization or "~").lower(), (r.contact or "").lower()))


@dataclass
class AddedParticipants:
    added: list[str] = field(default_factory=list)  # ids of the new participations
    skipped: list[tuple[str | None, str | None, str]] = field(default_factory=list)  # already there


def add_participants_in(
    session: Session,
    action_id: str,
    items: Sequence[tuple[str | None, str | None, str]],
    on: date | None = None,
) -> AddedParticipants:
    """add_participants inside an open transaction (capture and vCard import share it)."""
    action = load(session, Action, action_id)
    errors: list[ValidationError] = []
    cleaned: list[tuple[str | None, str | None, str]] = []
    for index, (organization_id, contact_id, role) in enumerate(items, start=1):
        where = f"participant {index}"
        try:
            role_value = parse_enum(Role, role or "attendee", "role").value
        except ValidationError as exc:
            errors.append(ValidationError("role", f"{where}: {exc.message}", role))
            continue
        if not organization_id and not contact_id:
            errors.append(ValidationError("participant", f"{where}: give an organization or a contact"))
            continue
        if contact_id:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                errors.append(ValidationError("contact_id", f"{where}: the contact does not exist", contact_id))
                continue
            # Recorded for the contact's organization of the day, so counts by organization stay right later.
            organization_id = organization_id or contact.organization_id
        if organization_id:
            organization = session.get(Organization, organization_id)
            if organization is None or organization.deleted_at is not None:
                errors.append(ValidationError("organization_id", f"{where}: the organization does not exist",
                                              organization_id))
                continue
        cleaned.append((organization_id, contact_id, role_value))
    if errors:
        raise RecordInvalid(errors)
    existing = session.execute(
        select(Participation.organization_id, Participation.contact_id)
        .where(Participation.action_id == action_id, Participation.deleted_at.is_(None))
    ).all()
    # A person takes part once; an organization on its own (no person) once.
    present = {("c", c) if c else ("o", o) for o, c in existing}
    result = AddedParticipants()
    for organization_id, contact_id, role_value in cleaned:
        key = ("c", contact_id) if contact_id else ("o", organization_id)
        if key in present:
            result.skipped.append((organization_id, contact_id, role_value))
            continue
        present.add(key)
        record = Participation(action_id=action_id, organization_id=organization_id, contact_id=contact_id,
                               role=role_value, date=on or action.start_date)
        session.add(record)
        session.flush()
        result.added.append(record.id)
    return result


def add_participants(
    store: Store,
    action_id: str,
    items: Sequence[tuple[str | None, str | None, str]],
    on: date | None = None,
) -> AddedParticipants:
    """Add (organization id or None, contact id or None, role) entries at once, skipping those already there.

    A contact given without an organization is recorded with the contact's organization. All or nothing: one
    bad entry refuses the whole batch (RecordInvalid naming each).
    """
    with store.session() as session:
        return add_participants_in(session, action_id, items, on)


def update_participation(store: Store, participation_id: str, *, role: str | None = None,
                         on: date | None = None) -> None:
    values: dict[str, Any] = {}
    if role is not None:
        values["role"] = parse_enum(Role, role, "role").value
    if on is not None:
        values["date"] = on
    with store.session() as session:
        apply_fields(load(session, Participation, participation_id), values)


def remove_participants(store: Store, participation_ids: Sequence[str]) -> None:
    with store.session() as session:
        for participation_id in participation_ids:
            load(session, Participation, participation_id).deleted_at = utcnow()


def restore_participants(store: Store, participation_ids: Sequence[str]) -> None:
    with store.session() as session:
        for participation_id in participation_ids:
            load(session, Participation, participation_id, include_deleted=True).deleted_at = None


# ---- a pasted list of people -----------------------------------------------------------------------------

# Free mail providers say nothing about the employer: never match an organization by these domains.
_FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com",
    "gmx.de", "gmx.net", "web.de", "libero.it", "orange.fr", "free.fr", "qq.com", "163.com", "126.com",
})
CONTACT_CUTOFF = 85.0
ORGANIZATION_CUTOFF = 88.0


@dataclass(frozen=True)
class Candidate:
    organization_id: str | None
    contact_id: str | None
    label: str  # "Hans Müller (BioWin)" or "BioWin (BE)"
    score: float  # 100 for an exact email
    how: str  # "email", "name", "organization", "email domain"


@dataclass(frozen=True)
class Match:
    text: str  # the entry as pasted (name part)
    email: str | None
    best: Candidate | None
    alternatives: list[Candidate]  # the other likely ones, best first (for a picker)

    @property
    def matched(self) -> bool:
        return self.best is not None

    @property
    def ambiguous(self) -> bool:
        """Another candidate scores as well or nearly: the screen should ask rather than pick."""
        return bool(self.best and self.best.how != "email" and self.alternatives
                    and self.alternatives[0].score >= self.best.score - 3)


def match_pasted_participants(store: Store, text: str) -> list[Match]:
    """Match each entry of a pasted list (emails or names) to a contact, else an organization.

    A contact's email matches exactly (case aside); names match fuzzily ('Muller Hans' finds 'Hans Müller');
    an unknown email whose domain is an organization's website or email domain suggests that organization.
    """
    entries = split_pasted(text)
    if not entries:
        return []
    with store.read() as session:
        people = session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Contact.email, Contact.organization_id,
                   Organization.name)
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .where(Contact.deleted_at.is_(None))
        ).all()
        companies = session.execute(
            select(Organization.id, Organization.name, Organization.country, Organization.website,
                   Organization.email)
            .where(Organization.deleted_at.is_(None), Organization.merged_into_id.is_(None))
        ).all()
    by_email: dict[str, list[Candidate]] = {}
    name_choices: list[str] = []
    name_targets: list[Candidate] = []
    for cid, first, last, email, org_id, org_name in people:
        label = person_name(first, last) + (f" ({org_name})" if org_name else "")
        candidate = Candidate(org_id, cid, label, 100.0, "name")
        if email:
            by_email.setdefault(email.lower(), []).append(
                Candidate(org_id, cid, label, 100.0, "email"))
        variants = {fold_name(f"{first} {last}"), fold_name(f"{last} {first}")}
        if has_cjk(first + last):
            variants.add(fold_name(f"{last}{first}"))
        for variant in variants:
            name_choices.append(variant)
            name_targets.append(candidate)
    org_choices = [organization_key(name) for _, name, *_ in companies]
    org_targets = [Candidate(oid, None, f"{name}" + (f" ({country})" if country else ""), 100.0, "organization")
                   for oid, name, country, *_ in companies]
    by_domain: dict[str, list[Candidate]] = {}
    for target, (_, _, _, website, email) in zip(org_targets, companies, strict=True):
        for domain in {website_domain(website), email.rsplit("@", 1)[-1].lower() if email else None}:
            if domain and domain not in _FREE_MAIL:
                by_domain.setdefault(domain, []).append(
                    Candidate(target.organization_id, None, target.label, 90.0, "email domain"))

    matches: list[Match] = []
    for name, email in entries:
        found: dict[tuple[str | None, str | None], Candidate] = {}

        def offer(candidate: Candidate, score: float, how: str, found: dict = found) -> None:
            key = (candidate.organization_id if candidate.contact_id is None else None, candidate.contact_id)
            if key not in found or found[key].score < score:
                found[key] = Candidate(candidate.organization_id, candidate.contact_id, candidate.label, score, how)

        if email:
            for candidate in by_email.get(email, []):
                offer(candidate, 100.0, "email")
        query = fold_name(name) if name and name != email else ""
        if query and not any(c.how == "email" for c in found.values()):
            for _, score, index in process.extract(query, name_choices, scorer=fuzz.token_sort_ratio,
                                                   processor=None, limit=8, score_cutoff=CONTACT_CUTOFF):
                offer(name_targets[index], float(score), "name")
            # Two words or more may be part of a longer name ('Shanghai Medical' in '上海… Shanghai Medical');
            # a single word may not ('Hospital' is not 'University Hospital Hamburg').
            org_query = organization_key(name)
            org_scorer = fuzz.token_set_ratio if len(org_query.split()) >= 2 else fuzz.token_sort_ratio
            for _, score, index in process.extract(org_query, org_choices, scorer=org_scorer, processor=None,
                                                   limit=5, score_cutoff=ORGANIZATION_CUTOFF):
                offer(org_targets[index], float(score), "organization")
        if email and not found:
            for candidate in by_domain.get(email.rsplit("@", 1)[1], []):
                offer(candidate, candidate.score, "email domain")
        # People before organizations at equal score: a pasted entry is most often a person.
        ranked = sorted(found.values(), key=lambda c: (-c.score, c.contact_id is None, c.label))
        matches.append(Match(name, email, ranked[0] if ranked else None, ranked[1:6]))
    return matches


# ---- what an organization or a contact took part in ------------------------------------------------------


@dataclass(frozen=True)
class ActionTakenPart:
    action_id: str
    type: str
    title: str
    start_date: date
    end_date: date | None
    city: str | None
    country: str | None
    online: bool
    roles: list[str]
    direct: bool  # the organization (or contact) itself was recorded, not only through its people
    via: list[str]  # names of the organization's people who took part


def _taken_part(rows: Sequence[Any]) -> list[ActionTakenPart]:
    grouped: dict[str, dict[str, Any]] = {}
    for action, role, person, first, last in rows:
        entry = grouped.setdefault(action.id, {"action": action, "roles": [], "direct": False, "via": []})
        if role not in entry["roles"]:
            entry["roles"].append(role)
        if person and first is not None:
            name = person_name(first, last)
            if name not in entry["via"]:
                entry["via"].append(name)
        else:
            entry["direct"] = True
    result = [
        ActionTakenPart(action_id=a.id, type=a.type, title=a.title, start_date=a.start_date, end_date=a.end_date,
                        city=a.city, country=a.country, online=bool(a.online), roles=e["roles"],
                        direct=e["direct"], via=sorted(e["via"]))
        for e in grouped.values()
        for a in [e["action"]]
    ]
    return sorted(result, key=lambda r: (r.start_date, r.title), reverse=True)


def actions_of_organization(store: Store, organization_id: str) -> list[ActionTakenPart]:
    """Every live action the organization took part in, itself or through one of its contacts; newest first."""
    people = select(Contact.id).where(Contact.organization_id == organization_id)
    with store.read() as session:
        rows = session.execute(
            select(Action, Participation.role, Participation.contact_id, Contact.first_name, Contact.last_name)
            .join(Participation, Participation.action_id == Action.id)
            .outerjoin(Contact, Contact.id == Participation.contact_id)
            .where(
                Action.deleted_at.is_(None), Participation.deleted_at.is_(None),
                or_(Participation.organization_id == organization_id, Participation.contact_id.in_(people)),
            )
        ).all()
    return _taken_part(rows)


def actions_of_contact(store: Store, contact_id: str) -> list[ActionTakenPart]:
    """Every live action the contact took part in; newest first."""
    with store.read() as session:
        rows = session.execute(
            select(Action, Participation.role, Participation.contact_id, Contact.first_name, Contact.last_name)
            .join(Participation, Participation.action_id == Action.id)
            .outerjoin(Contact, Contact.id == Participation.contact_id)
            .where(Action.deleted_at.is_(None), Participation.deleted_at.is_(None),
                   Participation.contact_id == contact_id)
        ).all()
    parts = _taken_part(rows)
    return [ActionTakenPart(**{**p.__dict__, "direct": True, "via": []}) for p in parts]
