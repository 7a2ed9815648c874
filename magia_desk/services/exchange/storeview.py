"""What the importer needs to know about the store, read once per import (no SELECT per row).

Remembered refs per sheet, organizations and people in matching indexes, and the few facts about actions,
agreements, periods and officers that links and rules need. 60k organizations load in a fraction of a second;
a SELECT per row would take minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from magia_desk.services.exchange.matching import (
    ContactIndex,
    ContactInfo,
    OrganizationIndex,
    OrgInfo,
    exact_name,
)
from magia_desk.services.exchange.schema import (
    ACTIONS,
    AGREEMENTS,
    CONTACTS,
    MEETINGS,
    ORGANIZATIONS,
    SHEET_BY_NAME,
    parse_derived_ref,
)
from magia_desk.storage.base import Record
from magia_desk.storage.models import (
    Action,
    Agreement,
    Change,
    Contact,
    ExternalRef,
    Meeting,
    Officer,
    Organization,
    ReportingPeriod,
)
from magia_desk.storage.store import Store

MODEL_BY_SHEET: dict[str, type[Record]] = {
    ORGANIZATIONS: Organization, CONTACTS: Contact, ACTIONS: Action, MEETINGS: Meeting, AGREEMENTS: Agreement,
}


def store_version(session: Session) -> int:
    """The last change's sequence number: equal numbers, same store content."""
    return int(session.scalar(select(func.max(Change.seq))) or 0)


@dataclass(frozen=True)
class RememberedRef:
    external_ref_id: str
    record_id: str  # as stored
    resolved_id: str | None  # the live record it leads to (through merges), None when that record is gone


@dataclass(frozen=True)
class ActionInfo:
    id: str
    type: str
    title: str
    start_date: date
    country: str | None
    city: str | None


class StoreView:
    def __init__(self, store: Store) -> None:
        with store.read() as session:
            self._load(session)
        self.officer_id = store.officer_id

    def _load(self, session: Session) -> None:
        self.version = store_version(session)
        # Merged tombstones point at their survivor: a ref remembered for a merged record leads to it.
        self.merged_into: dict[str, str] = {}
        for model in (Organization, Contact):
            for record_id, target in session.execute(
                select(model.id, model.merged_into_id).where(model.merged_into_id.is_not(None))  # type: ignore[attr-defined]
            ):
                if target:
                    self.merged_into[record_id] = target
        self.organizations = OrganizationIndex(
            OrgInfo(r.id, r.name, r.country, r.kind, bool(r.is_consortium_partner), r.website, r.email, r.vat_number)
            for r in session.execute(
                select(Organization.id, Organization.name, Organization.country, Organization.kind,
                       Organization.is_consortium_partner, Organization.website, Organization.email,
                       Organization.vat_number).where(Organization.deleted_at.is_(None))
            )
        )
        self.contacts = ContactIndex(
            ContactInfo(r.id, r.first_name, r.last_name, r.email, r.organization_id, r.country, r.phone)
            for r in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name, Contact.email, Contact.organization_id,
                       Contact.country, Contact.phone).where(Contact.deleted_at.is_(None))
            )
        )
        self.actions: dict[str, ActionInfo] = {
            r.id: ActionInfo(r.id, r.type, r.title, r.start_date, r.country, r.city)
            for r in session.execute(
                select(Action.id, Action.type, Action.title, Action.start_date, Action.country, Action.city)
                .where(Action.deleted_at.is_(None))
            )
        }
        self.actions_by_title_date: dict[tuple[str, date], list[str]] = {}
        for info in self.actions.values():
            self.actions_by_title_date.setdefault((exact_name(info.title), info.start_date), []).append(info.id)
        self.meetings: set[str] = set(session.scalars(select(Meeting.id).where(Meeting.deleted_at.is_(None))))
        self.agreements: dict[str, dict[str, Any]] = {
            r.id: {"stage": r.stage, "signed_on": r.signed_on, "expires_on": r.expires_on, "title": r.title}
            for r in session.execute(
                select(Agreement.id, Agreement.stage, Agreement.signed_on, Agreement.expires_on, Agreement.title)
                .where(Agreement.deleted_at.is_(None))
            )
        }
        self.periods: dict[str, list[str]] = {}
        self.period_names: dict[str, str] = {}
        for period_id, name in session.execute(
            select(ReportingPeriod.id, ReportingPeriod.name).where(ReportingPeriod.deleted_at.is_(None))
        ):
            self.periods.setdefault(exact_name(name), []).append(period_id)
            self.period_names[period_id] = name
        self.officers: dict[str, list[str]] = {}
        self.officer_clusters: dict[str, str | None] = {}
        for officer_id, name, cluster_id in session.execute(
            select(Officer.id, Officer.name, Officer.partner_cluster_id).where(Officer.deleted_at.is_(None))
        ):
            self.officers.setdefault(exact_name(name), []).append(officer_id)
            self.officer_clusters[officer_id] = cluster_id
        self.refs: dict[str, dict[str, RememberedRef]] = {sheet: {} for sheet in MODEL_BY_SHEET}
        for ext_id, sheet, ref, record_id in session.execute(
            select(ExternalRef.id, ExternalRef.sheet, ExternalRef.ref, ExternalRef.record_id)
            .where(ExternalRef.deleted_at.is_(None)).order_by(ExternalRef.updated_at)
        ):
            if sheet in self.refs:  # later rows win: the latest import that gave this ref
                self.refs[sheet][ref] = RememberedRef(ext_id, record_id, self.live(sheet, record_id))
        self._prefixes: dict[str, dict[str, str | None]] = {}

    # ---- lookups ----------------------------------------------------------------------------------------

    def ids(self, sheet: str) -> set[str] | dict[str, Any]:
        if sheet == ORGANIZATIONS:
            return self.organizations.by_id
        if sheet == CONTACTS:
            return self.contacts.by_id
        if sheet == ACTIONS:
            return self.actions
        if sheet == MEETINGS:
            return self.meetings
        return self.agreements

    def is_live(self, sheet: str, record_id: str) -> bool:
        return record_id in self.ids(sheet)

    def live(self, sheet: str, record_id: str) -> str | None:
        """The live record an id leads to: itself, or the survivor of the merges it went through."""
        seen = 0
        current: str | None = record_id
        while current is not None and not self.is_live(sheet, current) and seen < 20:
            current = self.merged_into.get(current)
            seen += 1
        return current if current is not None and self.is_live(sheet, current) else None

    def by_derived_ref(self, sheet: str, ref: str) -> str | None:
        """The record an exported ref such as 'ORG-1a2b3c4d5e6f' was derived from (its id starts so)."""
        parsed = parse_derived_ref(ref)
        spec = SHEET_BY_NAME[sheet]
        if parsed is None or parsed[0] != spec.ref_prefix:
            return None
        hex_part = parsed[1]
        table = self._prefixes.get(sheet)
        if table is None:
            table = {}
            for record_id in self.ids(sheet):
                key = record_id.replace("-", "")[:12]
                table[key] = None if key in table else record_id  # None: two ids share the prefix
            self._prefixes[sheet] = table
        candidate = table.get(hex_part[:12])
        if candidate is None or not candidate.replace("-", "").startswith(hex_part):
            return None
        return candidate

    def by_ref(self, sheet: str, ref: str) -> tuple[str | None, str]:
        """(record id, how): a ref remembered from an earlier import, else an exported (derived) ref."""
        remembered = self.refs.get(sheet, {}).get(ref)
        if remembered is not None and remembered.resolved_id is not None:
            return remembered.resolved_id, "ref"
        derived = self.by_derived_ref(sheet, ref)
        return (derived, "ref") if derived else (None, "")
