"""People: create, edit, delete with undo, consent, lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from magia_desk.domain.countries import country_name
from magia_desk.domain.errors import N_, RecordInvalid, ValidationError
from magia_desk.domain.records import clean_contact
from magia_desk.services.common import apply_fields, load, restore, soft_delete
from magia_desk.storage.models import Contact, Organization
from magia_desk.storage.search import (
    count_matches,
    dense_match_page,
    json_list_contains,
    restrict_to_matches,
    sort_order,
)
from magia_desk.storage.store import Store


def _check_organization(session: Any, values: dict[str, Any]) -> None:
    organization_id = values.get("organization_id")
    if organization_id:
        organization = session.get(Organization, organization_id)
        if organization is None or organization.deleted_at is not None:
            raise RecordInvalid([ValidationError("organization_id", N_("the organization does not exist"))])


def create_contact(store: Store, data: Mapping[str, Any]) -> str:
    values = clean_contact(data)
    with store.session() as session:
        _check_organization(session, values)
        record = Contact()
        apply_fields(record, values)
        session.add(record)
        session.flush()
        return record.id


def update_contact(store: Store, contact_id: str, changes: Mapping[str, Any]) -> None:
    values = clean_contact(changes, partial=True)
    with store.session() as session:
        _check_organization(session, values)
        apply_fields(load(session, Contact, contact_id), values)


def delete_contact(store: Store, contact_id: str) -> None:
    soft_delete(store, Contact, contact_id)


def restore_contact(store: Store, contact_id: str) -> None:
    restore(store, Contact, contact_id)


def get_contact(store: Store, contact_id: str) -> Contact:
    with store.read() as session:
        return load(session, Contact, contact_id, include_deleted=True)


@dataclass
class ContactFilter:
    text: str = ""
    organization_id: str | None = None
    country: str | None = None
    consent_status: str | None = None
    language: str | None = None


Employer = aliased(Organization)

CONTACT_SORT = {
    "name": Contact.last_name,
    "first_name": Contact.first_name,
    "organization": Employer.name,
    "job_title": Contact.job_title,
    "email": Contact.email,
    "country": Contact.country,
    "consent_status": Contact.consent_status,
    "updated_at": Contact.updated_at,
}


def _filtered(statement: Select, flt: ContactFilter, dialect: str) -> Select:
    statement = statement.where(Contact.deleted_at.is_(None))
    if flt.organization_id:
        statement = statement.where(Contact.organization_id == flt.organization_id)
    if flt.country:
        statement = statement.where(Contact.country == flt.country)
    if flt.consent_status:
        statement = statement.where(Contact.consent_status == flt.consent_status)
    if flt.language:
        statement = statement.where(json_list_contains(Contact.languages, flt.language))
    return restrict_to_matches(
        statement, "contact", flt.text, dialect, [Contact.first_name, Contact.last_name, Contact.email]
    )


def contact_ids(
    store: Store,
    flt: ContactFilter,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    """Ids of the contacts shown, in order, a page at a time: filter, search and sort run in the database."""
    column = CONTACT_SORT.get(sort, Contact.last_name)
    statement = select(Contact.id)
    if sort == "organization":
        statement = statement.outerjoin(Employer, Employer.id == Contact.organization_id)
    statement = _filtered(statement, flt, store.engine.dialect.name).order_by(
        # The organization sort goes through an outer join: contacts without one give NULLs there.
        sort_order(column, descending, nullable=column.nullable or sort == "organization"),
        Contact.last_name,
        Contact.first_name,
        Contact.id,
    )
    with store.read() as session:
        if sort == "name" and not descending and limit is not None and flt == ContactFilter(text=flt.text):
            page = dense_match_page(
                session, "contact", "ix_contact_name", "last_name, first_name, id", flt.text, offset, limit
            )
            if page is not None:
                return page
        return list(session.scalars(statement.offset(offset).limit(limit)))


def count_contacts(store: Store, flt: ContactFilter | None = None) -> int:
    flt = flt or ContactFilter()
    if flt.text and flt == ContactFilter(text=flt.text):
        with store.read() as session:
            counted = count_matches(session, "contact", flt.text)
        if counted is not None:
            return counted
    statement = _filtered(select(func.count()).select_from(Contact), flt or ContactFilter(), store.engine.dialect.name)
    with store.read() as session:
        return session.scalar(statement) or 0


@dataclass(frozen=True)
class ContactRow:
    id: str
    first_name: str
    last_name: str
    organization_id: str | None
    organization: str | None
    job_title: str | None
    email: str | None
    phone: str | None
    country: str | None
    country_name: str
    consent_status: str
    consent_date: date | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def contact_rows(store: Store, ids: Sequence[str]) -> list[ContactRow]:
    if not ids:
        return []
    with store.read() as session:
        rows = {
            r.id: r
            for r in session.execute(
                select(
                    Contact.id, Contact.first_name, Contact.last_name, Contact.organization_id,
                    Employer.name.label("organization"), Contact.job_title, Contact.email, Contact.phone,
                    Contact.country, Contact.consent_status, Contact.consent_date,
                )
                .outerjoin(Employer, Employer.id == Contact.organization_id)
                .where(Contact.id.in_(list(ids)))
            )
        }
    return [
        ContactRow(
            id=r.id, first_name=r.first_name, last_name=r.last_name, organization_id=r.organization_id,
            organization=r.organization, job_title=r.job_title, email=r.email, phone=r.phone, country=r.country,
            country_name=country_name(r.country), consent_status=r.consent_status, consent_date=r.consent_date,
        )
        for r in (rows.get(i) for i in ids)
        if r is not None
    ]
