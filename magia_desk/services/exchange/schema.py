"""The exchange workbook's sheets and columns (../shared/docs/exchange-workbook.md), in one table.

The template, the export, the reader and the importer all read this table, so a column is named, typed and
explained in one place. Column kinds say how a cell is read and written:
ref (the row's own ref), text, enum, country, bool, int, number, date, datetime, list (';'-separated),
link / links (refs of other sheets), officer (an officer's name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from magia_desk.domain.enums import (
    ActionType,
    AgreementStage,
    AgreementType,
    AudienceType,
    ConsentStatus,
    Gender,
    Indicator,
    OrgKind,
    Role,
)
from magia_desk.domain.errors import N_, Message

ORGANIZATIONS = "Organizations"
CONTACTS = "Contacts"
ACTIONS = "Actions"
PARTICIPATIONS = "Participations"
MEETINGS = "Meetings"
AGREEMENTS = "Agreements"
PERIODS = "ReportingPeriods"
TARGETS = "KpiTargets"

BOOLEAN_VALUES = ("yes", "no")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"
    required: bool = False
    meaning: str = ""
    enum: type[StrEnum] | None = None
    target: str | None = None  # the sheet a link points at
    width: float = 16
    aliases: tuple[str, ...] = ()

    @property
    def allowed(self) -> tuple[str, ...]:
        if self.enum is not None:
            return tuple(member.value for member in self.enum)
        return BOOLEAN_VALUES if self.kind == "bool" else ()


@dataclass(frozen=True)
class SheetSpec:
    name: str
    meaning: str
    columns: tuple[Column, ...]
    # Derived refs of exported records without a remembered ref: "ORG-1a2b3c4d5e6f" (12 hex digits of the id).
    ref_prefix: str | None = None
    aliases: tuple[str, ...] = ()

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]


# Meanings are English (the template workbook is); the import wizard shows them translated (N_, i18n).
_REF_OF = {
    "organization": N_("Your identifier of the organization"), "contact": N_("Your identifier of the contact"),
    "action": N_("Your identifier of the action"), "meeting": N_("Your identifier of the meeting"),
    "agreement": N_("Your identifier of the agreement"),
}


def _ref(what: str) -> Column:
    meaning = Message(N_("{identifier}: any text, unique in this sheet. Other sheets point at the row with it; "
                         "re-importing the workbook updates the same record."), identifier=Message(_REF_OF[what]))
    return Column("ref", "ref", True, meaning, width=14)


SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(ORGANIZATIONS, N_("Companies, clusters and other bodies."), (
        _ref("organization"),
        Column("name", required=True, meaning=N_("Name of the organization."), width=32),
        Column("kind", "enum", True, N_("What kind of body it is."), OrgKind, width=16),
        Column("country", "country", True, N_("ISO 3166-1 alpha-2 code (IT, BE) or English country name."), width=9),
        Column("region", meaning=N_("Region, e.g. Piemonte."), width=16),
        Column("city", meaning=N_("City."), width=16),
        Column("website", meaning=N_("Web address; www.example.com is enough."), width=26, aliases=("web", "url")),
        Column("vat_number", meaning=N_("VAT or registration number; used to spot duplicates."), width=16,
               aliases=("vat", "vatno", "registrationnumber")),
        Column("employees", "int", meaning=N_("Staff headcount (whole number); with the figures below it gives the "
               "EU SME size class."), width=11),
        Column("turnover_meur", "number", meaning=N_("Annual turnover in EUR millions (e.g. 3.5)."), width=14),
        Column("balance_sheet_meur", "number", meaning=N_("Balance sheet total in EUR millions."), width=18),
        Column("sectors", "list", meaning=N_("Sector tags separated by ';' (medtech; diagnostics)."), width=24),
        Column("certifications", "list", meaning=N_("Certifications separated by ';' (CE/MDR; ISO 13485)."), width=22),
        Column("member_of", "links", meaning=N_("Refs (or exact names) of the clusters it is a member of, separated "
               "by ';'. Each must be an organization of kind cluster."), target=ORGANIZATIONS, width=16),
        Column("is_consortium_partner", "bool", meaning=N_("yes for the partnership's own clusters."), width=12,
               aliases=("consortiumpartner", "partner")),
        Column("notes", meaning=N_("Free text."), width=30),
    ), "ORG", ("organisations", "organization", "organisation", "companies")),
    SheetSpec(CONTACTS, N_("People."), (
        _ref("contact"),
        Column("first_name", required=True, meaning=N_("First (given) name."), width=16, aliases=("givenname",)),
        Column("last_name", required=True, meaning=N_("Last (family) name."), width=18,
               aliases=("surname", "familyname")),
        Column("organization", "link", meaning=N_("Ref or exact name of the organization the person works for."),
               target=ORGANIZATIONS, width=16, aliases=("organisation", "company", "employer")),
        Column("job_title", meaning=N_("Job title."), width=20, aliases=("position",)),
        Column("email", meaning=N_("Email address; used to spot duplicates."), width=28,
               aliases=("mail", "emailaddress")),
        Column("phone", meaning=N_("Phone number with country code (+39 011 1234567)."), width=18,
               aliases=("telephone", "tel", "mobile")),
        Column("languages", "list", meaning=N_("Languages separated by ';' (it; en)."), width=12),
        Column("country", "country", meaning=N_("ISO code or English country name."), width=9),
        Column("gender", "enum", meaning=N_("Optional, for EU gender statistics."), enum=Gender, width=12),
        Column("consent_status", "enum", meaning=N_("GDPR consent; empty means unknown."), enum=ConsentStatus,
               width=15, aliases=("consent",)),
        Column("consent_date", "date", meaning=N_("When consent was given or refused (required when given)."),
               width=13),
        Column("consent_source", meaning=N_("How consent was collected (form, email...)."), width=18),
        Column("notes", meaning=N_("Free text."), width=30),
    ), "CON", ("contact", "people", "persons")),
    SheetSpec(ACTIONS, N_("Everything the partnership runs or attends: webinars, trainings, missions, trade shows."), (
        _ref("action"),
        Column("type", "enum", True, N_("Type of action."), ActionType, width=20),
        Column("title", required=True, meaning=N_("Title."), width=32),
        Column("start_date", "date", True, N_("First day (YYYY-MM-DD or a date cell)."), width=12, aliases=("start",)),
        Column("end_date", "date", meaning=N_("Last day, when it lasts more than a day."), width=12, aliases=("end",)),
        Column("city", meaning=N_("City where it takes place."), width=14),
        Column("country", "country", meaning=N_("ISO code or English country name."), width=9),
        Column("online", "bool", meaning=N_("yes for an online action."), width=8),
        Column("organiser", "link", meaning=N_("Ref or exact name of the organising partner cluster."),
               target=ORGANIZATIONS, width=14, aliases=("organizer",)),
        Column("work_package", meaning=N_("Work package of the grant (WP3)."), width=13, aliases=("wp",)),
        Column("audience_types", "list", meaning=N_("Audience types separated by ';'."), enum=AudienceType, width=22),
        Column("declared_audience", "int", meaning=N_("Audience size when no list of attendees exists."), width=17),
        Column("destination_cities", "list", meaning=N_("Missions and trade shows only: cities visited, separated "
               "by ';'."), width=22),
    ), "ACT", ("action", "events")),
    SheetSpec(PARTICIPATIONS, N_("Who took part in which action (one row per organization or person)."), (
        Column("action", "link", True, N_("Ref of the action."), target=ACTIONS, width=14),
        Column("organization", "link", meaning=N_("Ref or exact name of the organization (or give a contact)."),
               target=ORGANIZATIONS, width=16, aliases=("organisation", "company")),
        Column("contact", "link", meaning=N_("Ref of the person (the organization defaults to theirs)."),
               target=CONTACTS, width=14),
        Column("role", "enum", True, N_("Role in the action."), Role, width=12),
        Column("date", "date", meaning=N_("Date; empty means the action's start date."), width=12),
    ), None, ("participation", "participants")),
    SheetSpec(MEETINGS, N_("B2B and institutional meetings held during a mission."), (
        _ref("meeting"),
        Column("mission", "link", True, N_("Ref of the action (fact_finding_mission or trade_show)."), target=ACTIONS,
               width=14),
        Column("organization", "link", True, N_("Ref or exact name of the organization met."), target=ORGANIZATIONS,
               width=16, aliases=("organisation", "company")),
        Column("contacts", "links", meaning=N_("Refs of the people met, separated by ';'."), target=CONTACTS, width=16),
        Column("date_time", "datetime", meaning=N_("Local date and time (YYYY-MM-DD HH:MM)."), width=17,
               aliases=("datetime", "date", "when", "start")),
        Column("place", meaning=N_("Where."), width=20),
        Column("topic", meaning=N_("What it was about."), width=24),
        Column("outcome", meaning=N_("What came out of it."), width=28),
    ), "MTG", ("meeting",)),
    SheetSpec(AGREEMENTS, N_("Agreements in the pipeline, letters of intent included."), (
        _ref("agreement"),
        Column("type", "enum", True, N_("Type of agreement."), AgreementType, width=22),
        Column("title", required=True, meaning=N_("Title."), width=30),
        Column("stage", "enum", True, N_("Where it stands."), AgreementStage, width=12),
        Column("parties", "links", True, N_("Refs or exact names of the organizations party to it, separated by ';'."),
               target=ORGANIZATIONS, width=18),
        Column("signed_on", "date", meaning=N_("Signing date (required at stages signed, active, expired)."), width=12),
        Column("expires_on", "date", meaning=N_("Expiry date."), width=12),
        Column("owner", "officer", meaning=N_("Name of the officer following it (created when unknown)."), width=18),
        Column("linked_action", "link", meaning=N_("Ref of the action or mission it came from."), target=ACTIONS,
               width=14, aliases=("action", "mission")),
        Column("notes", meaning=N_("Free text."), width=30),
    ), "AGR", ("agreement",)),
    SheetSpec(PERIODS, N_("Reporting periods of the grant; a period is known by its name."), (
        Column("name", required=True, meaning=N_("Name, e.g. RP1; unique."), width=10),
        Column("start", "date", True, N_("First day."), width=12, aliases=("startdate", "from")),
        Column("end", "date", True, N_("Last day (the period includes it)."), width=12, aliases=("enddate", "to")),
    ), None, ("periods", "reportingperiod", "period")),
    SheetSpec(TARGETS, N_("What was promised: one target per indicator and period (and partner cluster)."), (
        Column("indicator", "enum", True, N_("The KPI."), Indicator, width=20),
        Column("period", "link", True, N_("Name of the reporting period."), target=PERIODS, width=10),
        Column("partner_cluster", "link", meaning=N_("Ref or exact name of the partner cluster; empty for the "
               "whole partnership."), target=ORGANIZATIONS, width=16, aliases=("cluster",)),
        Column("target", "number", True, N_("Target value."), width=10),
    ), None, ("targets", "kpitarget", "kpis")),
)
SHEET_BY_NAME: dict[str, SheetSpec] = {spec.name: spec for spec in SHEETS}
SHEET_ORDER: tuple[str, ...] = tuple(spec.name for spec in SHEETS)

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(text: object) -> str:
    """'First Name', 'first-name', ' FIRST_NAME ' -> 'firstname' (headers are matched on this)."""
    return _NON_ALNUM.sub("", str(text or "").casefold())


def sheet_for_title(title: str) -> SheetSpec | None:
    key = header_key(title)
    for spec in SHEETS:
        if key == header_key(spec.name) or key in {header_key(a) for a in spec.aliases}:
            return spec
    return None


def column_lookup(spec: SheetSpec) -> dict[str, str]:
    """Header key -> column name, aliases included (a real column name wins over another column's alias)."""
    lookup: dict[str, str] = {}
    for column in spec.columns:
        for alias in column.aliases:
            lookup.setdefault(header_key(alias), column.name)
    for column in spec.columns:
        lookup[header_key(column.name)] = column.name
    return lookup


def derived_ref(prefix: str, record_id: str, length: int = 12) -> str:
    return f"{prefix}-{record_id.replace('-', '')[:length]}"


_DERIVED = re.compile(r"^([A-Z]{3})-([0-9a-f]{12,32})$")


def parse_derived_ref(ref: str) -> tuple[str, str] | None:
    """'ORG-1a2b3c4d5e6f' -> ('ORG', '1a2b3c4d5e6f'): the form export gives records without a remembered ref."""
    found = _DERIVED.match(ref.strip())
    return (found.group(1), found.group(2)) if found else None
