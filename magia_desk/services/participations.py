"""Who took part in an action: participations one by one or in bulk, a pasted list of people matched to
contacts and organizations, and the actions an organization or a contact took part in.

A participation links an action to an organization, a contact, or both (the contact's organization of the
day), with a role. A person takes part once per action; an organization on its own once. The actions
themselves (create, edit, lists) are in `services.actions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from magia_desk.domain.actions import fold_name, has_cjk, organization_key, person_name, split_pasted
from magia_desk.domain.contact_rules import website_domain
from magia_desk.domain.enums import Role, parse_enum
from magia_desk.domain.errors import N_, RecordInvalid, ValidationError
from magia_desk.services.common import apply_fields, load
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import Action, Contact, Organization, Participation
from magia_desk.storage.store import Store

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
        try:
            role_value = parse_enum(Role, role or "attendee", "role").value
        except ValidationError as exc:
            errors.append(ValidationError("role", N_("participant {index}: {reason}"), role, index=index,
                                          reason=exc.message))
            continue
        if not organization_id and not contact_id:
            errors.append(ValidationError("participant", N_("participant {index}: give an organization or a contact"),
                                          index=index))
            continue
        if contact_id:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                errors.append(ValidationError("contact_id", N_("participant {index}: the contact does not exist"),
                                              contact_id, index=index))
                continue
            # Recorded for the contact's organization of the day, so counts by organization stay right later.
            organization_id = organization_id or contact.organization_id
        if organization_id:
            organization = session.get(Organization, organization_id)
            if organization is None or organization.deleted_at is not None:
                errors.append(ValidationError(
                    "organization_id", N_("participant {index}: the organization does not exist"), organization_id,
                    index=index))
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
