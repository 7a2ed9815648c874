"""Every entity of domain.md as a typed SQLAlchemy model.

Lists (sectors, languages, audience types...) are JSON arrays so that one field is one value for
per-field merging between laptops. Links between records are plain foreign keys to UUIDs; there is no
uniqueness rule two laptops could satisfy apart and break together (duplicates are merged afterwards).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from magia_desk.storage.base import Base, Record, UtcDateTime, utcnow


class Officer(Record):
    __tablename__ = "officer"
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    partner_cluster_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))


class Organization(Record):
    __tablename__ = "organization"
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    region: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    vat_number: Mapped[str | None] = mapped_column(String(50))
    employees: Mapped[int | None] = mapped_column(Integer)
    turnover_meur: Mapped[float | None] = mapped_column(Float)
    balance_sheet_meur: Mapped[float | None] = mapped_column(Float)
    # Derived from the figures by domain.sme.classify on every save; stored so lists sort and filter on it.
    size_class: Mapped[str | None] = mapped_column(String(10), index=True)
    size_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    certifications: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    is_consortium_partner: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # Set when this record was merged into another: it stays as a tombstone pointing at the survivor.
    merged_into_id: Mapped[str | None] = mapped_column(String(36))

    memberships: Mapped[list[Membership]] = relationship(
        foreign_keys="Membership.organization_id", back_populates="organization", lazy="raise"
    )

    __table_args__ = (
        Index("ix_organization_name", "name"),
        # KPI engine: SMEs / clusters by kind, liveness and country without reading a row (0003_kpi_indexes).
        Index("ix_organization_kpi", "kind", "deleted_at", "country", "is_consortium_partner", "id"),
    )


class Holding(Record):
    """A stake one organization holds in another (optional, for a firm SME class)."""

    __tablename__ = "holding"
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    holder_id: Mapped[str] = mapped_column(ForeignKey("organization.id"))
    share_pct: Mapped[float] = mapped_column(Float)


class Membership(Record):
    __tablename__ = "membership"
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    cluster_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    since: Mapped[date | None] = mapped_column(Date)

    organization: Mapped[Organization] = relationship(
        foreign_keys=[organization_id], back_populates="memberships", lazy="raise"
    )


class MarketInterest(Record):
    __tablename__ = "market_interest"
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    country: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(20))
    needs: Mapped[list[str]] = mapped_column(JSON, default=list)


class Contact(Record):
    __tablename__ = "contact"
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    city: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[str | None] = mapped_column(String(12))
    consent_status: Mapped[str] = mapped_column(String(12), default="unknown", index=True)
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_source: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_contact_name", "last_name", "first_name"),
        # KPI engine: an organization's live contacts without reading a row (0003_kpi_indexes).
        Index("ix_contact_kpi_organization", "organization_id", "deleted_at", "id"),
    )


class Action(Record):
    __tablename__ = "action"
    type: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    city: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    organiser_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    work_package: Mapped[str | None] = mapped_column(String(50))
    audience_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    declared_audience: Mapped[int | None] = mapped_column(Integer)
    countries_addressed: Mapped[list[str]] = mapped_column(JSON, default=list)
    portal_status: Mapped[str] = mapped_column(String(12), default="delivered")
    # None means "as mapped from the action type" (domain.enums.PORTAL_ACTIVITY_BY_ACTION).
    portal_activity_type: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)


class Mission(Record):
    """The mission part of an action of type fact_finding_mission or trade_show (same id as the action)."""

    __tablename__ = "mission"
    id: Mapped[str] = mapped_column(ForeignKey("action.id"), primary_key=True)
    destination_country: Mapped[str | None] = mapped_column(String(2))
    destination_cities: Mapped[list[str]] = mapped_column(JSON, default=list)
    # IANA zone of the destination; itinerary and meeting times are wall-clock times there.
    timezone: Mapped[str | None] = mapped_column(String(64))


class Participation(Record):
    __tablename__ = "participation"
    action_id: Mapped[str] = mapped_column(ForeignKey("action.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    role: Mapped[str] = mapped_column(String(12), default="attendee")
    date: Mapped[date | None] = mapped_column(Date)

    # KPI engine (0003_kpi_indexes): covering indexes so that counting participations per action, and finding
    # whether an organization or a contact took part, never reads a participation row.
    __table_args__ = (
        Index("ix_participation_kpi_action", "action_id", "deleted_at"),
        Index("ix_participation_kpi_organization", "organization_id", "deleted_at", "role", "action_id"),
        Index("ix_participation_kpi_contact", "contact_id", "deleted_at", "organization_id", "role", "action_id"),
    )


class ItineraryItem(Record):
    __tablename__ = "itinerary_item"
    mission_id: Mapped[str] = mapped_column(ForeignKey("mission.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(DateTime)  # wall-clock time in the mission's time zone
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)


class Meeting(Record):
    __tablename__ = "meeting"
    mission_id: Mapped[str] = mapped_column(ForeignKey("mission.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    starts_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)  # wall-clock, mission's zone
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    place: Mapped[str | None] = mapped_column(String(300))
    topic: Mapped[str | None] = mapped_column(String(300))
    outcome: Mapped[str | None] = mapped_column(Text)

    # KPI engine (0003_kpi_indexes): the live meetings of a period without reading a meeting row.
    __table_args__ = (Index("ix_meeting_kpi", "deleted_at", "starts_at", "organization_id", "mission_id", "id"),)


class MeetingAttendee(Record):
    """A person at a meeting: a contact met (side 'met') or a delegation member present (side 'delegation')."""

    __tablename__ = "meeting_attendee"
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    side: Mapped[str] = mapped_column(String(12))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"))


class Agreement(Record):
    __tablename__ = "agreement"
    type: Mapped[str] = mapped_column(String(30), index=True)
    title: Mapped[str] = mapped_column(String(300))
    stage: Mapped[str] = mapped_column(String(12), index=True)
    signed_on: Mapped[date | None] = mapped_column(Date, index=True)
    expires_on: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"))
    partner_cluster_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    action_id: Mapped[str | None] = mapped_column(ForeignKey("action.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class AgreementParty(Record):
    __tablename__ = "agreement_party"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)


class AgreementStageChange(Record):
    __tablename__ = "agreement_stage_change"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    stage: Mapped[str] = mapped_column(String(12))
    changed_on: Mapped[date] = mapped_column(Date)
    officer_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"))


class Task(Record):
    __tablename__ = "task"
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("officer.id"), index=True)
    record_type: Mapped[str | None] = mapped_column(String(30))
    record_id: Mapped[str | None] = mapped_column(String(36), index=True)


class Note(Record):
    __tablename__ = "note"
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10), default="remark")
    text: Mapped[str] = mapped_column(Text)


class Document(Record):
    __tablename__ = "document"
    record_type: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str | None] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)


class ReportingPeriod(Record):
    __tablename__ = "reporting_period"
    name: Mapped[str] = mapped_column(String(50))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)


class KpiTarget(Record):
    __tablename__ = "kpi_target"
    indicator: Mapped[str] = mapped_column(String(30))
    period_id: Mapped[str | None] = mapped_column(ForeignKey("reporting_period.id"), index=True)
    partner_cluster_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    target: Mapped[float] = mapped_column(Float)


class ExternalRef(Record):
    """A ref an imported workbook gave a record, so that re-importing it updates instead of duplicating."""

    __tablename__ = "external_ref"
    sheet: Mapped[str] = mapped_column(String(40))
    ref: Mapped[str] = mapped_column(String(300))
    record_id: Mapped[str] = mapped_column(String(36), index=True)

    __table_args__ = (Index("ix_external_ref_sheet_ref", "sheet", "ref"),)


class Change(Base):
    """One changed field: the audit trail and the sync log in one append-only table (sync.md).

    `hlc` orders changes across sites; `old_value` is for the audit view only and is never synchronised.
    """

    __tablename__ = "change"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    site_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # create, update, delete, restore, merge, erase
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    officer_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_change_record", "record_id", "seq"),)


class StoreMeta(Base):
    """Key/value facts about this store file: its site id, its creation time."""

    __tablename__ = "store_meta"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


RECORD_MODELS: tuple[type[Record], ...] = (
    Officer, Organization, Holding, Membership, MarketInterest, Contact, Action, Mission, Participation,
    ItineraryItem, Meeting, MeetingAttendee, Agreement, AgreementParty, AgreementStageChange, Task, Note,
    Document, ReportingPeriod, KpiTarget, ExternalRef,
)
MODEL_BY_TABLE: dict[str, type[Record]] = {model.__tablename__: model for model in RECORD_MODELS}

# The sync engine's own tables (peers, conflicts, pending changes) live in their own module; importing it here
# puts them in Base.metadata, so Alembic autogenerate and every caller of this module see them.
from magia_desk.storage import sync_models  # noqa: E402, F401
