"""The whole store (live records) as an exchange workbook.

Each record's ref is the one the last workbook imported for it gave (ExternalRef, per sheet), so that a
workbook round-trips with the officer's own refs; records that never came from a workbook get a short ref
derived from their id ('ORG-1a2b3c4d5e6f'), which the importer recognises as that record. Written with
openpyxl's write-only mode (60k organizations stream to disk), dates as date cells, and text that a
spreadsheet could evaluate as a formula protected (services.spreadsheet).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from magia_desk.domain.actions import is_mission_type
from magia_desk.services.common import Progress, report
from magia_desk.services.exchange.schema import (
    ACTIONS,
    AGREEMENTS,
    CONTACTS,
    MEETINGS,
    ORGANIZATIONS,
    PARTICIPATIONS,
    PERIODS,
    SHEET_BY_NAME,
    SHEETS,
    TARGETS,
    derived_ref,
)
from magia_desk.services.exchange.template import notes_rows
from magia_desk.services.spreadsheet import cell_value, header_cells, set_column_widths
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    Contact,
    ExternalRef,
    KpiTarget,
    Meeting,
    MeetingAttendee,
    Membership,
    Mission,
    Officer,
    Organization,
    Participation,
    ReportingPeriod,
)
from magia_desk.storage.store import Store

LIST_SEPARATOR = "; "


@dataclass
class ExportResult:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    left_out: list[str] = field(default_factory=list)  # records the format cannot carry, and why


def _live(session: Session, model: Any, *order: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.deleted_at.is_(None)).order_by(*order, model.id)))


def assign_refs(session: Session, sheet: str, ids: Sequence[str]) -> dict[str, str]:
    """Record id -> ref for one sheet: the latest remembered ref when usable, else one derived from the id."""
    prefix = SHEET_BY_NAME[sheet].ref_prefix or sheet[:3].upper()
    remembered: dict[str, str] = {}
    for record_id, text in session.execute(
        select(ExternalRef.record_id, ExternalRef.ref)
        .where(ExternalRef.sheet == sheet, ExternalRef.deleted_at.is_(None))
        .order_by(ExternalRef.updated_at, ExternalRef.created_at)
    ):
        remembered[record_id] = text
    used: set[str] = set()
    refs: dict[str, str] = {}
    for record_id in ids:
        ref = remembered.get(record_id, "")
        # A ref with ';' could not be listed in member_of or parties; one already taken would be ambiguous.
        if not ref or ";" in ref or ref != ref.strip() or ref in used:
            length = 12
            ref = derived_ref(prefix, record_id, length)
            while ref in used:
                length += 4
                ref = derived_ref(prefix, record_id, length)
        used.add(ref)
        refs[record_id] = ref
    return refs


def _joined(items: Iterable[str | None]) -> str | None:
    kept = [item for item in items if item]
    return LIST_SEPARATOR.join(kept) if kept else None


class _Exporter:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.sheets: dict[str, list[list[Any]]] = {}
        self.left_out: list[str] = []

    def collect(self) -> None:
        s = self.session
        organizations = _live(s, Organization, Organization.name)
        org_refs = assign_refs(s, ORGANIZATIONS, [o.id for o in organizations])
        member_of: dict[str, list[str]] = {}
        for m in _live(s, Membership, Membership.created_at):
            if m.organization_id in org_refs and m.cluster_id in org_refs:
                member_of.setdefault(m.organization_id, []).append(org_refs[m.cluster_id])
        self.sheets[ORGANIZATIONS] = [
            [org_refs[o.id], o.name, o.kind, o.country, o.region, o.city, o.website, o.vat_number, o.employees,
             o.turnover_meur, o.balance_sheet_meur, _joined(o.sectors or []), _joined(o.certifications or []),
             _joined(member_of.get(o.id, [])), bool(o.is_consortium_partner), o.notes]
            for o in organizations
        ]
        contacts = _live(s, Contact, Contact.last_name, Contact.first_name)
        contact_refs = assign_refs(s, CONTACTS, [c.id for c in contacts])
        self.sheets[CONTACTS] = [
            [contact_refs[c.id], c.first_name, c.last_name, org_refs.get(c.organization_id or ""), c.job_title,
             c.email, c.phone, _joined(c.languages or []), c.country, c.gender, c.consent_status, c.consent_date,
             c.consent_source, c.notes]
            for c in contacts
        ]
        actions = _live(s, Action, Action.start_date, Action.title)
        action_refs = assign_refs(s, ACTIONS, [a.id for a in actions])
        cities = {m.id: m.destination_cities or [] for m in _live(s, Mission)}
        self.sheets[ACTIONS] = [
            [action_refs[a.id], a.type, a.title, a.start_date, a.end_date, a.city, a.country, bool(a.online),
             org_refs.get(a.organiser_id or ""), a.work_package, _joined(a.audience_types or []),
             a.declared_audience, _joined(cities.get(a.id, [])) if is_mission_type(a.type) else None]
            for a in actions
        ]
        self._participations(org_refs, contact_refs, action_refs)
        self._meetings(org_refs, contact_refs, action_refs)
        self._agreements(org_refs, action_refs)
        periods = _live(s, ReportingPeriod, ReportingPeriod.start, ReportingPeriod.name)
        period_names = {p.id: p.name for p in periods}
        self.sheets[PERIODS] = [[p.name, p.start, p.end] for p in periods]
        self.sheets[TARGETS] = [
            [t.indicator, period_names[t.period_id], org_refs.get(t.partner_cluster_id or ""), t.target]
            for t in _live(s, KpiTarget, KpiTarget.indicator)
            if t.period_id in period_names
        ]

    def _participations(self, orgs: dict[str, str], contacts: dict[str, str], actions: dict[str, str]) -> None:
        rows = []
        for p in _live(self.session, Participation, Participation.date, Participation.created_at):
            if p.action_id not in actions:
                continue
            org, person = orgs.get(p.organization_id or ""), contacts.get(p.contact_id or "")
            if org is None and person is None:
                self.left_out.append(f"participation {p.id}: its organization and contact are deleted")
                continue
            rows.append([actions[p.action_id], org, person, p.role, p.date])
        self.sheets[PARTICIPATIONS] = rows

    def _meetings(self, orgs: dict[str, str], contacts: dict[str, str], actions: dict[str, str]) -> None:
        meetings = [m for m in _live(self.session, Meeting, Meeting.starts_at) if m.mission_id in actions]
        refs = assign_refs(self.session, MEETINGS, [m.id for m in meetings])
        met: dict[str, list[str]] = {}
        for a in _live(self.session, MeetingAttendee, MeetingAttendee.created_at):
            if a.side == "met" and a.contact_id in contacts:
                met.setdefault(a.meeting_id, []).append(contacts[a.contact_id])
        rows = []
        for m in meetings:
            if m.organization_id not in orgs:
                # The workbook requires the organization met; a meeting planned without one cannot be carried.
                self.left_out.append(f"meeting {refs[m.id]} ({m.topic or 'no topic'}): no organization")
                continue
            rows.append([refs[m.id], actions[m.mission_id], orgs[m.organization_id], _joined(met.get(m.id, [])),
                         m.starts_at, m.place, m.topic, m.outcome])
        self.sheets[MEETINGS] = rows

    def _agreements(self, orgs: dict[str, str], actions: dict[str, str]) -> None:
        agreements = _live(self.session, Agreement, Agreement.title)
        refs = assign_refs(self.session, AGREEMENTS, [a.id for a in agreements])
        officers = {o.id: o.name for o in _live(self.session, Officer)}
        parties: dict[str, list[str]] = {}
        for p in _live(self.session, AgreementParty, AgreementParty.created_at):
            if p.organization_id in orgs:
                parties.setdefault(p.agreement_id, []).append(orgs[p.organization_id])
        rows = []
        for a in agreements:
            if not parties.get(a.id):
                self.left_out.append(f"agreement {refs[a.id]} ({a.title}): no party")
                continue
            rows.append([refs[a.id], a.type, a.title, a.stage, _joined(parties[a.id]), a.signed_on, a.expires_on,
                         officers.get(a.owner_id or ""), actions.get(a.action_id or ""), a.notes])
        self.sheets[AGREEMENTS] = rows


def export_workbook(store: Store, path: str | os.PathLike[str], progress: Progress | None = None) -> ExportResult:
    """Write every live record of the store to `path` (atomically). Raises Cancelled if progress says so."""
    target = Path(path)
    with store.read() as session:
        exporter = _Exporter(session)
        exporter.collect()
    total = max(1, sum(len(rows) for rows in exporter.sheets.values()))
    done = 0
    report(progress, 0, total)
    wb = Workbook(write_only=True)
    result = ExportResult(target, left_out=exporter.left_out)
    for spec in SHEETS:
        ws = wb.create_sheet(spec.name)
        set_column_widths(ws, [c.width for c in spec.columns])
        ws.freeze_panes = "A2"
        ws.append(header_cells(ws, spec.names))
        rows = exporter.sheets.get(spec.name, [])
        for row in rows:
            ws.append([cell_value(ws, value) for value in row])
            done += 1
            if done % 2000 == 0:
                report(progress, done, total)
        result.rows[spec.name] = len(rows)
    notes = wb.create_sheet("Notes")
    set_column_widths(notes, [18, 22, 10, 80, 50])
    for index, row in enumerate(notes_rows()):
        notes.append(header_cells(notes, row) if index == 0 else [cell_value(notes, v) for v in row])
    partial = target.with_name(target.name + ".part")
    wb.save(partial)
    partial.replace(target)
    report(progress, total, total)
    return result
