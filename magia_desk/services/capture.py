"""Trade-show quick capture: one lead (company, person, interests, note, follow-up) saved in one go.

Made for a stand with no network: the company field suggests known organizations as the officer types
(`suggest_organizations`, full-text prefix search), so a known company is picked instead of duplicated;
`capture_lead` then reuses or creates the organization and the contact (same email = same person), links
them to the trade show as a participation, and records the note and the follow-up task, all in one
transaction. vCard import (services.vcard) goes through the same matching.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from magia_desk.domain.actions import fold_name, organization_key
from magia_desk.domain.contact_rules import split_list
from magia_desk.domain.countries import normalise_country
from magia_desk.domain.enums import NoteKind, Role
from magia_desk.domain.errors import N_, RecordInvalid, ValidationError
from magia_desk.domain.records import clean_contact, clean_organization, derive_size, parse_date
from magia_desk.services.common import apply_fields, load
from magia_desk.services.participations import add_participants_in
from magia_desk.storage.models import Action, Contact, MarketInterest, Note, Organization, Task
from magia_desk.storage.search import restrict_to_matches
from magia_desk.storage.store import Store


@dataclass(frozen=True)
class OrganizationSuggestion:
    id: str
    name: str
    kind: str
    country: str | None
    city: str | None


def _live_organizations(dialect: str, text: str) -> Any:
    statement = select(Organization).where(Organization.deleted_at.is_(None), Organization.merged_into_id.is_(None))
    return restrict_to_matches(statement, "organization", text, dialect,
                               [Organization.name, Organization.city, Organization.email])


def suggest_organizations(store: Store, typed_text: str, limit: int = 8) -> list[OrganizationSuggestion]:
    """Organizations for what is typed so far: every word as a prefix (FTS), names that start with the text
    first, then names containing it, then matches on city, website or sectors."""
    text = " ".join((typed_text or "").split())
    if not text:
        return []
    name = func.lower(Organization.name)
    rank = case((name.like(f"{text.lower()}%"), 0), (name.like(f"%{text.lower()}%"), 1), else_=2)
    statement = _live_organizations(store.engine.dialect.name, text).order_by(rank, Organization.name).limit(limit)
    with store.read() as session:
        return [OrganizationSuggestion(o.id, o.name, o.kind, o.country, o.city) for o in session.scalars(statement)]


def find_contact_by_email(session: Session, email: str | None) -> Contact | None:
    """The live contact with this email (case aside), the oldest when several have it."""
    if not email:
        return None
    return session.scalars(
        select(Contact)
        .where(func.lower(Contact.email) == email.strip().lower(), Contact.deleted_at.is_(None),
               Contact.merged_into_id.is_(None))
        .order_by(Contact.created_at)
        .limit(1)
    ).first()


def contact_with_email(store: Store, email: str) -> tuple[str, str, str | None] | None:
    """(contact id, name, organization id) when the typed email is already known (the form says so)."""
    with store.read() as session:
        contact = find_contact_by_email(session, email)
        return (contact.id, f"{contact.first_name} {contact.last_name}", contact.organization_id) if contact else None


def match_organization(session: Session, name: str, country: str | None = None) -> Organization | None:
    """A live organization with the same name, legal form and accents aside ('Medtech S.r.l.' = 'MEDTECH'),
    in the same country when both countries are known."""
    key = organization_key(name)
    if not key:
        return None
    statement = _live_organizations(session.get_bind().dialect.name, key).order_by(Organization.created_at)
    for organization in session.scalars(statement.limit(200)):
        if organization_key(organization.name) != key:
            continue
        if country and organization.country and organization.country != country:
            continue
        return organization
    return None


def match_contact(session: Session, email: str | None, first_name: str, last_name: str,
                  organization_id: str | None) -> Contact | None:
    """Same email, else same name (accents aside) at the same organization."""
    found = find_contact_by_email(session, email)
    if found is not None or not organization_id:
        return found
    wanted = fold_name(f"{first_name} {last_name}")
    for contact in session.scalars(select(Contact).where(
        Contact.organization_id == organization_id, Contact.deleted_at.is_(None), Contact.merged_into_id.is_(None)
    )):
        if fold_name(f"{contact.first_name} {contact.last_name}") == wanted:
            return contact
    return None


@dataclass
class LeadInput:
    """What the capture form holds. Give organization_id (a picked suggestion) or organization_name."""

    organization_id: str | None = None
    organization_name: str = ""
    organization_country: str | None = None
    organization_kind: str = "other"  # for a new organization; set sme only when known (it counts in KPIs)
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    phone: str | None = None
    job_title: str | None = None
    markets: list[str] = field(default_factory=list)  # target countries -> market interests "interested"
    sectors: list[str] = field(default_factory=list)  # added to the organization's sector tags
    note: str = ""
    follow_up_title: str = ""
    follow_up_due: date | str | None = None
    role: str = Role.ATTENDEE.value  # or exhibitor
    website: str | None = None  # vCard URL; kept for a new organization only
    city: str | None = None


@dataclass(frozen=True)
class CaptureResult:
    organization_id: str | None
    organization_created: bool
    contact_id: str | None
    contact_created: bool
    participation_id: str | None  # None when already linked to the trade show
    note_id: str | None
    task_id: str | None


def _has_person(lead: LeadInput) -> bool:
    return any(str(v or "").strip() for v in (lead.first_name, lead.last_name, lead.email, lead.phone))


_Cleaned = tuple[dict[str, Any] | None, dict[str, Any] | None, list[str], date | None]


def _clean_lead(lead: LeadInput, country_hint: str | None) -> _Cleaned:
    """Check every field before anything is written; RecordInvalid names all the bad ones at once."""
    errors: list[ValidationError] = []
    org_values: dict[str, Any] | None = None
    person: dict[str, Any] | None = None
    markets: list[str] = []
    due: date | None = None
    if not lead.organization_id and lead.organization_name.strip():
        org_data = {"kind": lead.organization_kind or "other", "name": lead.organization_name,
                    "country": lead.organization_country, "website": lead.website, "city": lead.city}
        try:
            org_values = clean_organization({k: v for k, v in org_data.items() if v})
        except RecordInvalid as exc:
            errors += [ValidationError(f"organization_{e.field}" if e.field != "kind" else "organization_kind",
                                       e.message, e.value) for e in exc.errors]
    if _has_person(lead):
        person_data = {"first_name": lead.first_name, "last_name": lead.last_name, "email": lead.email,
                       "phone": lead.phone, "job_title": lead.job_title, "city": lead.city,
                       "country_hint": country_hint}
        try:
            person = clean_contact(person_data)
        except RecordInvalid as exc:
            errors += exc.errors
    if not lead.organization_id and org_values is None and person is None and not errors:
        errors.append(ValidationError("organization_name", N_("type a company or a person")))
    for market in split_list(lead.markets):
        try:
            code = normalise_country(market, "markets")
            if code and code not in markets:
                markets.append(code)
        except ValidationError as exc:
            errors.append(exc)
    try:
        due = parse_date(lead.follow_up_due, "follow_up_due")
    except ValidationError as exc:
        errors.append(exc)
    if due and not lead.follow_up_title.strip():
        errors.append(ValidationError("follow_up_title", N_("a follow-up with a due date needs a title")))
    if lead.role not in (Role.ATTENDEE, Role.EXHIBITOR, Role.SPEAKER, Role.DELEGATE):
        errors.append(ValidationError("role", N_("'{text}' is not attendee or exhibitor"), lead.role,
                                      text=str(lead.role)))
    if errors:
        raise RecordInvalid(errors)
    return org_values, person, markets, due


def capture_in(session: Session, action_id: str | None, lead: LeadInput, today: date) -> CaptureResult:
    """capture_lead inside an open transaction (vCard import runs many in one)."""
    organization: Organization | None = None
    organization_created = False
    if lead.organization_id:
        organization = load(session, Organization, lead.organization_id)
    # A phone typed without +code is read as local to the company's country ("04 72..." in Lyon).
    hint = (organization.country if organization else None) or lead.organization_country
    try:
        hint = normalise_country(hint)
    except ValidationError:
        hint = None  # _clean_lead reports the bad country itself
    org_values, person, markets, due = _clean_lead(lead, hint)
    action = load(session, Action, action_id) if action_id else None
    if organization is None and org_values is not None:
        organization = match_organization(session, org_values["name"], org_values.get("country"))

    contact: Contact | None = None
    contact_created = False
    if person is not None:
        contact = match_contact(session, person.get("email"), person["first_name"], person["last_name"],
                                organization.id if organization else None)
        if organization is None and contact is not None and contact.organization_id:
            # The person is known with an employer: that employer, not a new look-alike organization.
            organization = session.get(Organization, contact.organization_id)
    if organization is None and org_values is not None:
        organization = Organization()
        apply_fields(organization, org_values | derive_size(None, None, None))
        session.add(organization)
        session.flush()
        organization_created = True

    if person is not None:
        if contact is None:
            contact = Contact(organization_id=organization.id if organization else None,
                              country=organization.country if organization else None)
            apply_fields(contact, person)
            session.add(contact)
            session.flush()
            contact_created = True
        else:
            # Fill what the store lacks; never overwrite what an officer typed before.
            for key in ("phone", "job_title", "email", "city"):
                if person.get(key) and not getattr(contact, key):
                    setattr(contact, key, person[key])
            if organization is not None and not contact.organization_id:
                contact.organization_id = organization.id

    if organization is not None:
        _add_interests(session, organization, lead.sectors, markets)

    participation_id = None
    if action is not None:
        added = add_participants_in(session, action.id, [(organization.id if organization else None,
                                                           contact.id if contact else None, lead.role)], today)
        participation_id = added.added[0] if added.added else None

    # The note and the task go on the person's timeline, or on the company's for a lead with no person.
    if contact is not None:
        record_type, record_id = "contact", contact.id
    else:
        assert organization is not None  # _clean_lead refuses a lead with neither
        record_type, record_id = "organization", organization.id
    note_id = task_id = None
    if lead.note.strip():
        where = f"Met at {action.title}: " if action is not None else ""
        note = Note(record_type=record_type, record_id=record_id, date=today, kind=NoteKind.MEETING.value,
                    text=where + lead.note.strip())
        session.add(note)
        session.flush()
        note_id = note.id
    if lead.follow_up_title.strip():
        task = Task(title=" ".join(lead.follow_up_title.split())[:300], due_date=due, done=False,
                    owner_id=session.info.get("officer_id"), record_type=record_type, record_id=record_id)
        session.add(task)
        session.flush()
        task_id = task.id
    return CaptureResult(organization.id if organization else None, organization_created,
                         contact.id if contact else None, contact_created, participation_id, note_id, task_id)


def _add_interests(session: Session, organization: Organization, sectors: Sequence[str], markets: list[str]) -> None:
    tags = list(organization.sectors or [])
    for sector in split_list(list(sectors)):
        if sector.lower() not in {t.lower() for t in tags}:
            tags.append(sector)
    if tags != list(organization.sectors or []):
        organization.sectors = tags
    if not markets:
        return
    known = set(session.scalars(select(MarketInterest.country).where(
        MarketInterest.organization_id == organization.id, MarketInterest.deleted_at.is_(None))))
    for country in markets:
        if country not in known:
            session.add(MarketInterest(organization_id=organization.id, country=country, status="interested",
                                       needs=[]))


def capture_lead(store: Store, trade_show_id: str, lead: LeadInput, today: date | None = None) -> CaptureResult:
    """Save one lead of a trade show, all or nothing: organization and contact (reused when known),
    participation in the trade show, note and follow-up task."""
    with store.session() as session:
        return capture_in(session, trade_show_id, lead, today or date.today())
