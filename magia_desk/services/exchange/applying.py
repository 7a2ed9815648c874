"""The write half of an import: runs inside the one transaction `apply_import` opens.

Sheets are written in dependency order (organizations before the people who work there, actions before
participations...). New records go in by batch (`insert_records`); a matched row is compared with its stored
record field by field and only the fields that differ are set, so a row equal to its record writes nothing
and re-importing a file leaves the change log as it was. Link lists given in a row (member_of, parties,
contacts met) become exactly the row's list.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from magia_desk.domain.actions import clean_mission, is_mission_type
from magia_desk.domain.agreements import needs_signed_on
from magia_desk.domain.records import derive_size
from magia_desk.services.common import Progress, report
from magia_desk.services.exchange.bulkwrite import fetch_rows, fetch_where, soft_delete_records, update_records
from magia_desk.services.exchange.plan import (
    NEW,
    SKIP,
    Decision,
    DecisionTaken,
    ImportPlan,
    ImportSummary,
    Link,
    PlannedRow,
    RowKey,
)
from magia_desk.services.exchange.schema import (
    ACTIONS,
    AGREEMENTS,
    CONTACTS,
    MEETINGS,
    ORGANIZATIONS,
    PARTICIPATIONS,
    PERIODS,
    SHEET_BY_NAME,
    TARGETS,
    parse_derived_ref,
)
from magia_desk.services.exchange.storeview import StoreView
from magia_desk.storage.base import Record
from magia_desk.storage.bulk import bulk_create, new_ids
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    AgreementStageChange,
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

FIGURES = ("employees", "turnover_meur", "balance_sheet_meur")


def same(a: Any, b: Any) -> bool:
    """Stored and imported values compare equal (floats within rounding, lists by content)."""
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is b
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return bool(a == b)


class Writer:
    def __init__(self, session: Session, store: Store, plan: ImportPlan, view: StoreView,
                 targets: dict[RowKey, Decision], progress: Progress | None) -> None:
        self.session = session
        self.store = store
        self.plan = plan
        self.view = view
        self.targets = targets
        self.progress = progress
        self.final: dict[RowKey, str | None] = {}  # row -> record id written (None: skipped)
        self._live: dict[str, list[tuple[PlannedRow, str]]] = {}
        self.created: set[RowKey] = set()
        self.touched: set[RowKey] = set()  # updated rows (fields or link lists)
        self.summary = ImportSummary()
        self.total = max(1, sum(len(rows) for rows in plan.rows.values()))
        self.done = 0

    # ---- driving ---------------------------------------------------------------------------------------

    def run(self) -> ImportSummary:
        for sheet in self.plan.rows:  # the summary lists sheets in import order
            self.summary.counts(sheet)
        fresh = iter(new_ids(sum(len(rows) for rows in self.plan.rows.values())))
        for row in self.plan.all_rows():
            decision = self.targets.get(row.key, NEW)
            if decision == SKIP:
                self.final[row.key] = None
            elif row.sheet not in (PARTICIPATIONS, TARGETS):
                self.final[row.key] = next(fresh) if decision == NEW else decision
                if decision == NEW:
                    self.created.add(row.key)
        report(self.progress, 0, self.total)
        self._organizations()
        self._contacts()
        self._actions()
        self._participations()
        self._meetings()
        self._agreements()
        self._simple(PERIODS, ReportingPeriod, lambda row: {})
        self._targets()
        self._count()
        report(self.progress, self.total, self.total)
        return self.summary

    def rows(self, sheet: str) -> list[PlannedRow]:
        return self.plan.rows.get(sheet, [])

    def _advance(self, count: int) -> None:
        self.done += count
        report(self.progress, min(self.done, self.total - 1), self.total)

    def _id(self, sheet: str, link: Any) -> str | None:
        if not isinstance(link, Link):
            return None
        if link.row is not None:
            return self.final.get(self.plan.rows[sheet][link.row].key)
        return link.record_id

    def _live_rows(self, sheet: str) -> list[tuple[PlannedRow, str]]:
        """The sheet's rows that are written, with their record ids (fixed once `run` has decided them)."""
        live = self._live.get(sheet)
        if live is None:
            live = self._live[sheet] = [(row, rid) for row in self.rows(sheet)
                                        if (rid := self.final.get(row.key)) is not None]
        return live

    # ---- generic record writing ------------------------------------------------------------------------

    def _write(self, sheet: str, model: type[Record], items: list[tuple[PlannedRow, str, dict[str, Any]]],
               extra_columns: Iterable[str] = (),
               finish: Callable[[dict[str, Any], dict[str, Any] | None], dict[str, Any]] | None = None) -> None:
        """Create the new rows' records, set what differs on the matched ones."""
        updates = [(row, rid, values) for row, rid, values in items if row.key not in self.created]
        columns = sorted({k for _, _, values in updates for k in values} | set(extra_columns))
        current = fetch_rows(self.session, model, [rid for _, rid, _ in updates], columns) if updates else {}
        creates: list[dict[str, Any]] = []
        changes: dict[str, dict[str, Any]] = {}
        for row, rid, values in items:
            if row.key in self.created:
                creates.append((finish(values, None) if finish else values) | {"id": rid})
                continue
            stored = current[rid]
            wanted = finish(values, stored) if finish else values
            # Equal values are the same; only unequal ones need same()'s tolerance (floats, time zones).
            diff = {k: v for k, v in wanted.items() if stored.get(k) != v and not same(stored.get(k), v)}
            if diff:
                changes[rid] = diff
                self.touched.add(row.key)
        bulk_create(self.session, model, creates, on_page=self._advance)
        update_records(self.session, model, changes)
        self._advance(len(items) - len(creates))

    def _remember_refs(self, sheet: str) -> None:
        """Remember each row's ref for its record, so that the next import of the file finds it."""
        prefix = SHEET_BY_NAME[sheet].ref_prefix
        creates: list[dict[str, Any]] = []
        repoint: dict[str, dict[str, Any]] = {}
        known = self.view.refs.get(sheet, {})
        for row, rid in self._live_rows(sheet):
            if not row.ref:
                continue
            remembered = known.get(row.ref)
            if remembered is not None:
                if remembered.record_id != rid:
                    repoint[remembered.external_ref_id] = {"record_id": rid}
                continue
            derived = parse_derived_ref(row.ref)
            if derived and derived[0] == prefix and rid.replace("-", "").startswith(derived[1]):
                continue  # the export's own ref for this record: implied by its id, nothing to remember
            creates.append({"sheet": sheet, "ref": row.ref, "record_id": rid})
        bulk_create(self.session, ExternalRef, creates)
        update_records(self.session, ExternalRef, repoint)

    def _set_links(self, model: type[Record], owner: str, other: str, wanted: dict[str, list[str]],
                   fixed: dict[str, Any] | None = None) -> set[str]:
        """Make each owner's live links exactly `wanted[owner]`; returns the owners whose links changed."""
        fixed = fixed or {}
        new_owners = {rid for key, rid in self.final.items() if key in self.created}
        wanted = {k: v for k, v in wanted.items() if v or k not in new_owners}  # a new record has no links yet
        if not wanted:
            return set()
        stored_owners = [k for k in wanted if k not in new_owners]
        rows = fetch_where(self.session, model, owner, stored_owners, [owner, other, *fixed])
        current: dict[str, dict[str, str]] = {}
        for row in rows:
            if all(row[k] == v for k, v in fixed.items()):
                current.setdefault(row[owner], {}).setdefault(row[other], row["id"])
        creates, removed, changed = [], [], set()
        for owner_id, others in wanted.items():
            have = current.get(owner_id, {})
            for other_id in dict.fromkeys(others):
                if other_id not in have:
                    creates.append({owner: owner_id, other: other_id, **fixed})
                    changed.add(owner_id)
            for other_id, link_id in have.items():
                if other_id not in others:
                    removed.append(link_id)
                    changed.add(owner_id)
        bulk_create(self.session, model, creates)
        soft_delete_records(self.session, model, removed)
        return changed

    def _mark_links_changed(self, sheet: str, owners: set[str]) -> None:
        for row, rid in self._live_rows(sheet):
            if rid in owners and row.key not in self.created:
                self.touched.add(row.key)

    # ---- sheets ----------------------------------------------------------------------------------------

    def _organizations(self) -> None:
        items = [(row, rid, dict(row.values)) for row, rid in self._live_rows(ORGANIZATIONS)]

        sizes: dict[tuple[Any, ...], dict[str, Any]] = {}  # figures repeat (none given, a headcount alone...)

        def with_size(values: dict[str, Any], stored: dict[str, Any] | None) -> dict[str, Any]:
            if stored is not None and not any(f in values for f in FIGURES):
                return values
            figures = tuple(values[f] if f in values else (stored or {}).get(f) for f in FIGURES)
            size = sizes.get(figures)
            if size is None:
                size = sizes[figures] = derive_size(*figures)
            return values | size

        self._write(ORGANIZATIONS, Organization, items, (*FIGURES, "size_class", "size_provisional"), with_size)
        self._remember_refs(ORGANIZATIONS)
        wanted = {rid: [cid for lk in row.links["member_of"] if (cid := self._id(ORGANIZATIONS, lk))]
                  for row, rid in self._live_rows(ORGANIZATIONS) if "member_of" in row.links}
        self._mark_links_changed(ORGANIZATIONS, self._set_links(Membership, "organization_id", "cluster_id", wanted))

    def _contacts(self) -> None:
        items = []
        for row, rid in self._live_rows(CONTACTS):
            values = dict(row.values)
            if "organization" in row.links:
                values["organization_id"] = self._id(ORGANIZATIONS, row.links["organization"])
            items.append((row, rid, values))
        self._write(CONTACTS, Contact, items)
        self._remember_refs(CONTACTS)

    def _action_fact(self, link: Any, fact: str) -> Any:
        """A field of the action a link points at: from its row when the file gives it, else as stored."""
        row = self.plan.rows[ACTIONS][link.row] if isinstance(link, Link) and link.row is not None else None
        return self._fact_of(row, self._id(ACTIONS, link), fact)

    def _fact_of(self, row: PlannedRow | None, rid: str | None, fact: str) -> Any:
        if row is not None and fact in row.values:
            return row.values[fact]
        info = self.view.actions.get(rid or "")
        return getattr(info, fact) if info is not None else None

    def _actions(self) -> None:
        items = []
        for row, rid in self._live_rows(ACTIONS):
            values = {k: v for k, v in row.values.items() if k != "destination_cities"}
            if "organiser" in row.links:
                values["organiser_id"] = self._id(ORGANIZATIONS, row.links["organiser"])
            items.append((row, rid, values))
        self._write(ACTIONS, Action, items)
        self._remember_refs(ACTIONS)
        missions: dict[str, tuple[list[str] | None, PlannedRow | None]] = {}
        for row, rid in self._live_rows(ACTIONS):
            if is_mission_type(str(self._fact_of(row, rid, "type"))):
                missions[rid] = (row.values.get("destination_cities"), row)
        self._ensure_missions(missions)

    def _ensure_missions(self, missions: dict[str, tuple[list[str] | None, PlannedRow | None]]) -> None:
        """Every mission-type action has its Mission row (same id), with the destination cities given."""
        if not missions:
            return
        stored = fetch_rows(self.session, Mission, missions, ["destination_cities", "deleted_at"], live_only=False)
        creates, changes = [], {}
        for rid, (cities, row) in missions.items():
            current = stored.get(rid)
            if current is None:
                country, city = self._fact_of(row, rid, "country"), self._fact_of(row, rid, "city")
                data: dict[str, Any] = {"destination_cities": cities if cities is not None else [city] if city else []}
                if country:
                    data["destination_country"] = country
                creates.append(clean_mission(data) | {"id": rid})
            else:
                change: dict[str, Any] = {}
                if current["deleted_at"] is not None:
                    change["deleted_at"] = None
                if cities is not None and not same(current["destination_cities"], cities):
                    change["destination_cities"] = cities
                if change:
                    changes[rid] = change
                    if row is not None and row.key not in self.created:
                        self.touched.add(row.key)
        bulk_create(self.session, Mission, creates)
        update_records(self.session, Mission, changes)

    def _participations(self) -> None:
        if PARTICIPATIONS not in self.plan.rows:  # the summary lists the sheets of the file, no others
            return
        rows = [row for row in self.rows(PARTICIPATIONS) if self.targets.get(row.key) != SKIP]
        entries = []
        for row in rows:
            action_id = self._id(ACTIONS, row.links.get("action"))
            contact_id = self._id(CONTACTS, row.links.get("contact"))
            organization_id = self._id(ORGANIZATIONS, row.links.get("organization"))
            if organization_id is None and contact_id is not None:
                organization_id = self._contact_organization(row.links["contact"], contact_id)
            key = (action_id, "c", contact_id) if contact_id else (action_id, "o", organization_id)
            entries.append((row, key, action_id, organization_id, contact_id))
        existing: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        stored = fetch_where(self.session, Participation, "action_id", {e[2] for e in entries},
                             ["action_id", "organization_id", "contact_id", "role", "date"])
        for item in sorted(stored, key=lambda r: (r["date"] or date.min, r["id"])):
            key = (item["action_id"], "c", item["contact_id"]) if item["contact_id"] else (
                item["action_id"], "o", item["organization_id"])
            existing.setdefault(key, []).append(item)
        creates, changes, seen = [], {}, set()
        counts = self.summary.counts(PARTICIPATIONS)
        counts.skipped += len(self.rows(PARTICIPATIONS)) - len(rows)
        for row, key, action_id, organization_id, contact_id in entries:
            if key in seen:
                counts.skipped += 1
                continue
            seen.add(key)
            role, on = row.values.get("role"), row.values.get("date")
            pool = existing.get(key, [])
            match = next((p for p in pool if p["role"] == role and (on is None or p["date"] == on)), None)
            match = match or (pool[0] if pool else None)
            if match is None:
                start = self._action_fact(row.links.get("action"), "start_date")
                creates.append({"action_id": action_id, "organization_id": organization_id,
                                "contact_id": contact_id, "role": role, "date": on or start})
                counts.created += 1
                continue
            pool.remove(match)
            diff = {k: v for k, v in (("role", role), ("date", on)) if v is not None and not same(match[k], v)}
            if diff:
                changes[match["id"]] = diff
                counts.updated += 1
            else:
                counts.unchanged += 1
        bulk_create(self.session, Participation, creates)
        update_records(self.session, Participation, changes)
        self._advance(len(self.rows(PARTICIPATIONS)))

    def _contact_organization(self, link: Link, contact_id: str) -> str | None:
        """A participation given by its person counts for the person's organization (as in the editor)."""
        if link.row is not None:
            row = self.plan.rows[CONTACTS][link.row]
            if "organization" in row.links:
                return self._id(ORGANIZATIONS, row.links["organization"])
        info = self.view.contacts.by_id.get(contact_id)
        return info.organization_id if info else None

    def _meetings(self) -> None:
        items = []
        for row, rid in self._live_rows(MEETINGS):
            values = dict(row.values)
            values["mission_id"] = self._id(ACTIONS, row.links.get("mission"))
            values["organization_id"] = self._id(ORGANIZATIONS, row.links.get("organization"))
            items.append((row, rid, values))
        stored_missions = {v["mission_id"] for _, _, v in items} - {
            rid for _, rid in self._live_rows(ACTIONS)}
        self._ensure_missions({mid: (None, None) for mid in stored_missions if mid})
        self._write(MEETINGS, Meeting, items)
        self._remember_refs(MEETINGS)
        wanted = {rid: [cid for lk in row.links["contacts"] if (cid := self._id(CONTACTS, lk))]
                  for row, rid in self._live_rows(MEETINGS) if "contacts" in row.links}
        changed = self._set_links(MeetingAttendee, "meeting_id", "contact_id", wanted, {"side": "met"})
        self._mark_links_changed(MEETINGS, changed)

    def _officers(self) -> dict[str, str]:
        """Create the owners the store does not know yet (only those of rows being written)."""
        used = {row.links["owner"].text for row, _ in self._live_rows(AGREEMENTS)
                if isinstance(row.links.get("owner"), Link) and row.links["owner"].record_id is None}
        names = [name for name in self.plan.new_officers if name in used]
        ids = bulk_create(self.session, Officer, [{"name": name} for name in names])
        self.summary.officers_created = names
        return dict(zip(names, ids, strict=True))

    def _agreements(self) -> None:
        new_officers = self._officers()
        items = []
        for row, rid in self._live_rows(AGREEMENTS):
            values = dict(row.values)
            if "owner" in row.links:
                owner = row.links["owner"]
                values["owner_id"] = (owner.record_id or new_officers.get(owner.text)) if owner else None
            if "linked_action" in row.links:
                values["action_id"] = self._id(ACTIONS, row.links["linked_action"])
            if row.key in self.created and self.store.officer_id:
                values.setdefault("partner_cluster_id", self.view.officer_clusters.get(self.store.officer_id))
            items.append((row, rid, values))
        stages = fetch_rows(self.session, Agreement, [rid for row, rid, _ in items if row.key not in self.created],
                            ["stage"])
        self._write(AGREEMENTS, Agreement, items)
        self._remember_refs(AGREEMENTS)
        history = []
        today = date.today()
        for row, rid, values in items:
            stage = values.get("stage")
            if row.key in self.created:
                signed_on = values.get("signed_on")
                first = signed_on if (signed_on and needs_signed_on(stage or "") and signed_on <= today) else today
                history.append({"agreement_id": rid, "stage": stage, "changed_on": first,
                                "officer_id": self.store.officer_id})
            elif stage and stages.get(rid, {}).get("stage") != stage:
                history.append({"agreement_id": rid, "stage": stage, "changed_on": today,
                                "officer_id": self.store.officer_id})
        bulk_create(self.session, AgreementStageChange, history)
        wanted = {rid: [oid for lk in row.links["parties"] if (oid := self._id(ORGANIZATIONS, lk))]
                  for row, rid in self._live_rows(AGREEMENTS) if "parties" in row.links}
        self._mark_links_changed(AGREEMENTS, self._set_links(AgreementParty, "agreement_id", "organization_id",
                                                             wanted))

    def _simple(self, sheet: str, model: type[Record], extra: Callable[[PlannedRow], dict[str, Any]]) -> None:
        self._write(sheet, model, [(row, rid, dict(row.values) | extra(row)) for row, rid in self._live_rows(sheet)])

    def _targets(self) -> None:
        rows = self.rows(TARGETS)
        if not rows:
            return
        entries = []
        for row in rows:
            period_id = self._id(PERIODS, row.links.get("period"))
            cluster_id = self._id(ORGANIZATIONS, row.links.get("partner_cluster"))
            entries.append((row, (row.values.get("indicator"), period_id, cluster_id)))
        stored = fetch_where(self.session, KpiTarget, "period_id", {k[1] for _, k in entries},
                             ["indicator", "period_id", "partner_cluster_id", "target"])
        existing = {(s["indicator"], s["period_id"], s["partner_cluster_id"]): s for s in stored}
        counts = self.summary.counts(TARGETS)
        creates, changes = [], {}
        for row, key in entries:
            found = existing.get(key)
            if found is None:
                creates.append({"indicator": key[0], "period_id": key[1], "partner_cluster_id": key[2],
                                "target": row.values.get("target")})
                counts.created += 1
            elif not same(found["target"], row.values.get("target")):
                changes[found["id"]] = {"target": row.values.get("target")}
                counts.updated += 1
            else:
                counts.unchanged += 1
        bulk_create(self.session, KpiTarget, creates)
        update_records(self.session, KpiTarget, changes)
        self._advance(len(rows))

    # ---- the summary -----------------------------------------------------------------------------------

    def _count(self) -> None:
        for sheet, rows in self.plan.rows.items():
            if sheet in (PARTICIPATIONS, TARGETS):
                continue
            counts = self.summary.counts(sheet)
            for row in rows:
                if self.final.get(row.key) is None:
                    counts.skipped += 1
                elif row.key in self.created:
                    counts.created += 1
                elif row.key in self.touched:
                    counts.updated += 1
                else:
                    counts.unchanged += 1
                if row.candidates:
                    self.summary.decisions.append(self._decision(row))

    def _decision(self, row: PlannedRow) -> DecisionTaken:
        decision = self.targets.get(row.key, NEW)
        chosen = next((c for c in row.candidates if c.record_id == decision), None)
        why = row.why if decision == row.default else "chosen in the import"
        return DecisionTaken(row.sheet, row.row, row.label, decision, chosen.label if chosen else None, why)
