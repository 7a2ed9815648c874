"""Companies and other organizations: create, edit, delete with undo, memberships, market interests, lists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from magia_desk.domain.countries import country_name
from magia_desk.domain.errors import N_, RecordInvalid, ValidationError
from magia_desk.domain.records import clean_market_interest, clean_organization, derive_size
from magia_desk.services.common import apply_fields, load, restore, soft_delete
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import Contact, MarketInterest, Membership, Organization
from magia_desk.storage.search import (
    count_matches,
    dense_match_page,
    json_list_contains,
    restrict_to_matches,
    sort_order,
)
from magia_desk.storage.store import Store


def _with_size(record: Organization, values: dict[str, Any]) -> dict[str, Any]:
    figures = {k: values.get(k, getattr(record, k)) for k in ("employees", "turnover_meur", "balance_sheet_meur")}
    return values | derive_size(figures["employees"], figures["turnover_meur"], figures["balance_sheet_meur"])


def create_organization(store: Store, data: Mapping[str, Any], *, member_of: Sequence[str] = ()) -> str:
    values = clean_organization(data)
    with store.session() as session:
        record = Organization()
        apply_fields(record, _with_size(record, values))
        session.add(record)
        session.flush()
        for cluster_id in member_of:
            session.add(Membership(organization_id=record.id, cluster_id=cluster_id))
        return record.id


def update_organization(store: Store, organization_id: str, changes: Mapping[str, Any]) -> None:
    values = clean_organization(changes, partial=True)
    with store.session() as session:
        record = load(session, Organization, organization_id)
        apply_fields(record, _with_size(record, values))


def delete_organization(store: Store, organization_id: str) -> None:
    soft_delete(store, Organization, organization_id)


def restore_organization(store: Store, organization_id: str) -> None:
    restore(store, Organization, organization_id)


def set_memberships(store: Store, organization_id: str, cluster_ids: Sequence[str]) -> None:
    """Make the organization a member of exactly these clusters (others are ended, new ones added)."""
    with store.session() as session:
        load(session, Organization, organization_id)
        current = session.scalars(
            select(Membership).where(Membership.organization_id == organization_id, Membership.deleted_at.is_(None))
        ).all()
        wanted = list(dict.fromkeys(cluster_ids))
        for membership in current:
            if membership.cluster_id not in wanted:
                membership.deleted_at = utcnow()
        have = {m.cluster_id for m in current}
        for cluster_id in wanted:
            cluster = load(session, Organization, cluster_id)
            if cluster.kind != "cluster":
                raise RecordInvalid([ValidationError("member_of", N_("{name} is not a cluster"), name=cluster.name)])
            if cluster_id not in have:
                session.add(Membership(organization_id=organization_id, cluster_id=cluster_id, since=date.today()))


def set_market_interests(store: Store, organization_id: str, interests: Sequence[Mapping[str, Any]]) -> None:
    """Replace the organization's market interests by these (country, status, needs)."""
    cleaned = [clean_market_interest(item) for item in interests]
    with store.session() as session:
        load(session, Organization, organization_id)
        current = {
            m.country: m
            for m in session.scalars(
                select(MarketInterest).where(
                    MarketInterest.organization_id == organization_id, MarketInterest.deleted_at.is_(None)
                )
            )
        }
        for item in cleaned:
            existing = current.pop(item["country"], None)
            if existing is None:
                session.add(MarketInterest(organization_id=organization_id, **item))
            else:
                apply_fields(existing, item)
        for leftover in current.values():
            leftover.deleted_at = utcnow()


@dataclass
class OrganizationDetail:
    record: Organization
    member_of: list[tuple[str, str]] = field(default_factory=list)  # (cluster id, cluster name)
    members: int = 0
    market_interests: list[MarketInterest] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


def get_organization(store: Store, organization_id: str) -> OrganizationDetail:
    with store.read() as session:
        record = load(session, Organization, organization_id, include_deleted=True)
        clusters = session.execute(
            select(Organization.id, Organization.name)
            .join(Membership, Membership.cluster_id == Organization.id)
            .where(Membership.organization_id == organization_id, Membership.deleted_at.is_(None))
            .order_by(Organization.name)
        ).all()
        members = session.scalar(
            select(func.count()).select_from(Membership).where(
                Membership.cluster_id == organization_id, Membership.deleted_at.is_(None)
            )
        )
        interests = session.scalars(
            select(MarketInterest)
            .where(MarketInterest.organization_id == organization_id, MarketInterest.deleted_at.is_(None))
            .order_by(MarketInterest.country)
        ).all()
        contacts = session.scalars(
            select(Contact)
            .where(Contact.organization_id == organization_id, Contact.deleted_at.is_(None))
            .order_by(Contact.last_name, Contact.first_name)
        ).all()
        cluster_pairs = [(str(cluster_id), str(name)) for cluster_id, name in clusters]
        return OrganizationDetail(record, cluster_pairs, members or 0, list(interests), list(contacts))


def clusters(store: Store) -> list[tuple[str, str, bool]]:
    """(id, name, is consortium partner) of every cluster, partners first, for pickers and filters."""
    with store.read() as session:
        rows = session.execute(
            select(Organization.id, Organization.name, Organization.is_consortium_partner)
            .where(Organization.kind == "cluster", Organization.deleted_at.is_(None))
            .order_by(Organization.is_consortium_partner.desc(), Organization.name)
        ).all()
    return [(r[0], r[1], bool(r[2])) for r in rows]


def partner_clusters(store: Store) -> list[tuple[str, str]]:
    return [(cid, name) for cid, name, partner in clusters(store) if partner]


# ---- lists -----------------------------------------------------------------------------------------------

@dataclass
class OrganizationFilter:
    text: str = ""
    kind: str | None = None
    country: str | None = None
    member_of: str | None = None  # cluster id
    size_class: str | None = None
    sector: str | None = None
    consortium_partner: bool | None = None


# Sortable columns of the companies list, by the key the view uses.
ORGANIZATION_SORT = {
    "name": Organization.name,
    "kind": Organization.kind,
    "country": Organization.country,
    "city": Organization.city,
    "size_class": Organization.size_class,
    "employees": Organization.employees,
    "updated_at": Organization.updated_at,
}


def _filtered(statement: Select, flt: OrganizationFilter, dialect: str) -> Select:
    statement = statement.where(Organization.deleted_at.is_(None))
    if flt.kind:
        statement = statement.where(Organization.kind == flt.kind)
    if flt.country:
        statement = statement.where(Organization.country == flt.country)
    if flt.size_class:
        statement = statement.where(Organization.size_class == flt.size_class)
    if flt.consortium_partner is not None:
        statement = statement.where(Organization.is_consortium_partner.is_(flt.consortium_partner))
    if flt.sector:
        # JSON arrays are stored as text; a quoted match finds the whole tag only.
        statement = statement.where(json_list_contains(Organization.sectors, flt.sector))
    if flt.member_of:
        statement = statement.where(
            exists().where(
                Membership.organization_id == Organization.id,
                Membership.cluster_id == flt.member_of,
                Membership.deleted_at.is_(None),
            )
        )
    return restrict_to_matches(
        statement, "organization", flt.text, dialect, [Organization.name, Organization.city, Organization.email]
    )


def organization_ids(
    store: Store,
    flt: OrganizationFilter,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    """Ids of the organizations shown, in order, a page at a time: filter, search and sort run in the database."""
    column = ORGANIZATION_SORT.get(sort, Organization.name)
    statement = _filtered(select(Organization.id), flt, store.engine.dialect.name)
    statement = statement.order_by(
        sort_order(column, descending, nullable=column.nullable), Organization.name, Organization.id
    )
    with store.read() as session:
        if sort == "name" and not descending and limit is not None and flt == OrganizationFilter(text=flt.text):
            page = dense_match_page(
                session, "organization", "ix_organization_name", "name, id", flt.text, offset, limit
            )
            if page is not None:
                return page
        return list(session.scalars(statement.offset(offset).limit(limit)))


def count_organizations(store: Store, flt: OrganizationFilter | None = None) -> int:
    """How many organizations the filter shows (all live ones without a filter)."""
    flt = flt or OrganizationFilter()
    if flt.text and flt == OrganizationFilter(text=flt.text):
        with store.read() as session:
            counted = count_matches(session, "organization", flt.text)
        if counted is not None:
            return counted
    statement = _filtered(select(func.count()).select_from(Organization), flt or OrganizationFilter(),
                          store.engine.dialect.name)
    with store.read() as session:
        return session.scalar(statement) or 0


@dataclass(frozen=True)
class OrganizationRow:
    id: str
    name: str
    kind: str
    country: str | None
    country_name: str
    city: str | None
    size_class: str | None
    size_provisional: bool
    employees: int | None
    sectors: list[str]
    is_consortium_partner: bool
    contacts: int


def organization_rows(store: Store, ids: Sequence[str]) -> list[OrganizationRow]:
    """The rows for these ids, in the same order (the list's page cache fills itself from this)."""
    if not ids:
        return []
    contact_count = (
        select(func.count())
        .where(Contact.organization_id == Organization.id, Contact.deleted_at.is_(None))
        .correlate(Organization)
        .scalar_subquery()
    )
    with store.read() as session:
        rows = {
            r.id: r
            for r in session.execute(
                select(
                    Organization.id, Organization.name, Organization.kind, Organization.country, Organization.city,
                    Organization.size_class, Organization.size_provisional, Organization.employees,
                    Organization.sectors, Organization.is_consortium_partner, contact_count.label("contacts"),
                ).where(Organization.id.in_(list(ids)))
            )
        }
    return [
        OrganizationRow(
            id=r.id, name=r.name, kind=r.kind, country=r.country, country_name=country_name(r.country),
            city=r.city, size_class=r.size_class, size_provisional=bool(r.size_provisional), employees=r.employees,
            sectors=list(r.sectors or []), is_consortium_partner=bool(r.is_consortium_partner), contacts=r.contacts,
        )
        for r in (rows.get(i) for i in ids)
        if r is not None
    ]


def find_organizations(session: Session, name: str, limit: int = 10) -> list[Organization]:
    """Live organizations whose name matches the typed text (pickers, quick capture)."""
    statement = _filtered(select(Organization), OrganizationFilter(text=name), session.get_bind().dialect.name)
    return list(session.scalars(statement.order_by(Organization.name).limit(limit)))
