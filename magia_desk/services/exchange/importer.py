"""Importing an exchange workbook: `plan_import` (read, clean, resolve, match; writes nothing) then
`apply_import` (one transaction: all or nothing).

The plan holds every problem of the file, not just the first, each with sheet, row, column and value. Rows
are matched to stored records by remembered ref, then exact keys (VAT number, web domain, email; an action's
title and start date), then similar names; a match on an exact key or a name at least 95% similar is taken
as the same record by default, the others become new records and are reported. The wizard may overrule any
default with `decisions`. Re-importing a file changes nothing: refs are remembered per record and sheet
(ExternalRef), and a row equal to its record writes no change row.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from magia_desk.domain.actions import is_mission_type
from magia_desk.domain.agreements import consistency_errors
from magia_desk.domain.errors import N_, Message
from magia_desk.services.common import Progress, report
from magia_desk.services.exchange.cleaning import clean_sheet
from magia_desk.services.exchange.matching import (
    email_key,
    exact_name,
    organization_key,
    person_key,
    similar_pairs,
    vat_key,
    web_key,
)
from magia_desk.services.exchange.plan import (
    CANDIDATE_SCORE,
    NEW,
    SAME_RECORD_SCORE,
    SKIP,
    Candidate,
    Decision,
    FileDuplicate,
    ImportPlan,
    ImportRefused,
    ImportSummary,
    Link,
    PlannedRow,
    Problem,
    RowKey,
)
from magia_desk.services.exchange.reader import SheetMapping, WorkbookRows, read_workbook
from magia_desk.services.exchange.schema import (
    ACTIONS,
    AGREEMENTS,
    CONTACTS,
    MEETINGS,
    ORGANIZATIONS,
    PARTICIPATIONS,
    PERIODS,
    SHEET_BY_NAME,
    SHEET_ORDER,
    TARGETS,
)
from magia_desk.services.exchange.storeview import StoreView, store_version
from magia_desk.storage.store import Store

__all__ = ["apply_import", "plan_import"]

_REASON_ORDER = {"ref": 0, "vat": 1, "email": 1, "title_date": 1, "name_exact": 1, "website": 2, "name": 3}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during an import.

    A 50k-row import builds millions of small objects that all live until it ends; the collector would scan
    them again and again (a third of the import's time) to find no garbage. Reference counting still frees
    everything else, and the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def plan_import(store: Store, path: str | Path | WorkbookRows, progress: Progress | None = None,
                mappings: Mapping[str, SheetMapping] | None = None) -> ImportPlan:
    """Read and check a workbook or csv against the store; nothing is written. Never raises on bad input:
    everything wrong is in `plan.problems` (blocking) or `plan.warnings` (for information). Raises Cancelled
    when `progress` returns False. `path` may also be a file already read (`read_workbook`: the wizard shows
    its rows); `mappings` say how to read the sheets (see `read_workbook`)."""
    with collector_paused():
        workbook = path if isinstance(path, WorkbookRows) else read_workbook(Path(path), mappings)
        return _plan(store, workbook, progress)


def _plan(store: Store, workbook: WorkbookRows, progress: Progress | None) -> ImportPlan:
    source = workbook.path
    plan = ImportPlan(source, problems=list(workbook.problems), warnings=list(workbook.warnings))
    if not workbook.sheets:
        return plan
    total = sum(len(s.rows) for s in workbook.sheets.values())
    done = 0
    for sheet in SHEET_ORDER:
        if sheet in workbook.sheets:
            plan.rows[sheet] = clean_sheet(workbook.sheets[sheet], plan.problems)
            done += len(plan.rows[sheet])
            report(progress, done // 2, total)
    view = StoreView(store)
    planner = _Planner(plan, view)
    planner.run()
    report(progress, total, total)
    plan.problems.sort(key=lambda p: (SHEET_ORDER.index(p.sheet) if p.sheet in SHEET_ORDER else -1, p.row or 0))
    plan.store_version, plan._view = view.version, view  # apply_import reuses what was read
    return plan


def apply_import(
    store: Store, plan: ImportPlan, decisions: Mapping[RowKey, Decision] | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Write the plan in one transaction. `decisions` overrule the plan's defaults for rows that have
    candidates: a stored record's id (update it), NEW or SKIP. Raises ImportRefused (nothing written) when
    the plan or the decisions have problems, Cancelled when `progress` returns False."""
    from magia_desk.services.exchange.applying import Writer

    if plan.problems:
        raise ImportRefused(plan.problems)
    view = plan._view if isinstance(plan._view, StoreView) else StoreView(store)
    chosen = {row.key: row.default for row in plan.all_rows()}
    problems: list[Problem] = []
    for key, decision in (decisions or {}).items():
        if key not in chosen:
            problems.append(Problem(key[0], key[1], None, decision, Message(N_("no such row in the plan"))))
        else:
            chosen[key] = decision
    targets, decision_problems = resolve_decisions(plan, view, chosen)
    problems += decision_problems
    problems += check_rules(plan, view, targets)
    if problems:
        raise ImportRefused(problems)
    with collector_paused(), store.session() as session:
        if store_version(session) != plan.store_version:
            raise ImportRefused([Problem(plan.source.name, None, None, None, Message(N_(
                "the store changed after the file was checked; check the file again before importing")))])
        return Writer(session, store, plan, view, targets, progress).run()


# ---- decisions -> targets -----------------------------------------------------------------------------------


def resolve_decisions(
    plan: ImportPlan, view: StoreView, chosen: Mapping[RowKey, Decision]
) -> tuple[dict[RowKey, Decision], list[Problem]]:
    """Check the decisions: a target must be a live record of the sheet, and two rows cannot be one record."""
    problems: list[Problem] = []
    claimed: dict[tuple[str, str], int] = {}
    for row in plan.all_rows():
        decision = chosen[row.key]
        if decision in (NEW, SKIP):
            continue
        if row.sheet in (PARTICIPATIONS, TARGETS):
            problems.append(Problem(row.sheet, row.row, None, decision,
                                    Message(N_("rows of this sheet take no decision"))))
        elif row.sheet == PERIODS:
            if decision not in view.period_names:
                problems.append(Problem(row.sheet, row.row, None, decision, Message(N_("no such reporting period"))))
        elif not view.is_live(row.sheet, decision):
            problems.append(Problem(row.sheet, row.row, None, decision,
                                    Message(N_("the chosen record does not exist (any more)"))))
            continue
        other = claimed.setdefault((row.sheet, decision), row.row)
        if other != row.row:
            problems.append(Problem(row.sheet, row.row, None, decision,
                                    Message(N_("row {row} is taken for the same stored record; choose another or new"),
                                            row=other)))
    return dict(chosen), problems


# ---- rules that need links and targets (checked by the plan and again with the final decisions) ------------


def _linked_row(plan: ImportPlan, sheet: str, link: Link) -> PlannedRow | None:
    return plan.rows[sheet][link.row] if link.row is not None else None


def _org_fact(plan: ImportPlan, view: StoreView, targets: Mapping[RowKey, Decision], link: Link,
              fact: str) -> Any:
    row = _linked_row(plan, ORGANIZATIONS, link)
    record_id = link.record_id
    if row is not None:
        if fact in row.values:
            return row.values[fact]
        decision = targets.get(row.key, NEW)
        record_id = decision if decision not in (NEW, SKIP) else None
    info = view.organizations.by_id.get(record_id or "")
    if info is None:
        return None
    return info.kind if fact == "kind" else info.is_partner


def check_rules(plan: ImportPlan, view: StoreView, targets: Mapping[RowKey, Decision]) -> list[Problem]:
    problems: list[Problem] = []

    def links(row: PlannedRow, column: str) -> list[Link]:
        value = row.links.get(column)
        return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, Link)]

    for row in plan.all_rows():
        if targets.get(row.key) == SKIP or (row.sheet != AGREEMENTS and not any(row.links.values())):
            continue
        for column in row.links:
            target_sheet = SHEET_BY_NAME[row.sheet].column(column).target if column != "owner" else None
            for link in links(row, column):
                if target_sheet and link.row is not None:
                    pointed = plan.rows[target_sheet][link.row]
                    if targets.get(pointed.key) == SKIP:
                        problems.append(Problem(row.sheet, row.row, column, link.text,
                                                Message(N_("points at row {row} of {sheet}, which is skipped"),
                                                        row=pointed.row, sheet=target_sheet)))
        clusters: list[tuple[str, Link]] = [("member_of", lk) for lk in links(row, "member_of")]
        if row.sheet == TARGETS:
            clusters += [("partner_cluster", lk) for lk in links(row, "partner_cluster")]
        for column, link in clusters:
            if _org_fact(plan, view, targets, link, "kind") not in (None, "cluster"):
                problems.append(Problem(row.sheet, row.row, column, link.text,
                                        Message(N_("is not an organization of kind cluster"))))
        for link in links(row, "organiser"):
            kind = _org_fact(plan, view, targets, link, "kind")
            partner = _org_fact(plan, view, targets, link, "is_consortium_partner")
            if kind is not None and (kind != "cluster" or not partner):
                problems.append(Problem(row.sheet, row.row, "organiser", link.text,
                                        Message(N_("is not a partner cluster of the consortium (kind cluster, "
                                                   "is_consortium_partner yes)"))))
        for link in links(row, "mission"):
            pointed_row = _linked_row(plan, ACTIONS, link)
            if pointed_row is not None:
                kind = pointed_row.values.get("type")
            else:
                kind = view.actions[link.record_id].type if link.record_id in view.actions else None
            if kind is not None and not is_mission_type(kind):
                problems.append(Problem(row.sheet, row.row, "mission", link.text,
                                        Message(N_("is a {kind}, not a fact_finding_mission or trade_show"),
                                                kind=kind)))
        if row.sheet == AGREEMENTS:
            decision = targets.get(row.key, NEW)
            stored = view.agreements.get(decision, {}) if decision not in (NEW, SKIP) else {}
            merged = {k: stored.get(k) for k in ("stage", "signed_on", "expires_on")} | {
                k: v for k, v in row.values.items() if k in ("stage", "signed_on", "expires_on")}
            for error in consistency_errors(merged):
                problems.append(Problem(row.sheet, row.row, error.field, row.values.get(error.field), error.message))
    return problems


# ---- the planner ------------------------------------------------------------------------------------------


class _Planner:
    def __init__(self, plan: ImportPlan, view: StoreView) -> None:
        self.plan = plan
        self.view = view
        self.file_refs: dict[str, dict[str, int]] = {}
        self.org_names: dict[str, list[int]] = {}
        self.period_names: dict[str, int] = {}
        self.org_keys: dict[int, str] = {}

    def problem(self, row: PlannedRow, column: str | None, value: Any, message: str) -> None:
        self.plan.problems.append(Problem(row.sheet, row.row, column, value, message))

    def run(self) -> None:
        self._index_file()
        for sheet in (ORGANIZATIONS, CONTACTS, ACTIONS, MEETINGS, AGREEMENTS, PERIODS):
            rows = self.plan.rows.get(sheet, [])
            if sheet == ORGANIZATIONS:
                self._match(rows, self._organization_candidates)
            elif sheet == CONTACTS:
                self._resolve_links(rows)  # people are matched within their (resolved) organization
                self._match(rows, self._contact_candidates)
            elif sheet == PERIODS:
                self._match(rows, self._period_candidates)
            else:
                self._match(rows, self._ref_candidates)
        for sheet, rows in self.plan.rows.items():
            if sheet != CONTACTS:
                self._resolve_links(rows)
        self._duplicates_in_file()
        targets = {row.key: row.default for row in self.plan.all_rows()}
        self.plan.problems.extend(check_rules(self.plan, self.view, targets))

    def _index_file(self) -> None:
        for sheet, rows in self.plan.rows.items():
            refs = self.file_refs.setdefault(sheet, {})
            for index, row in enumerate(rows):
                if row.ref is None:
                    continue
                if row.ref in refs:
                    first = rows[refs[row.ref]].row
                    self.problem(row, "ref", row.ref,
                                 Message(N_("is already the ref of row {row}; refs are unique per sheet"), row=first))
                else:
                    refs[row.ref] = index
        for index, row in enumerate(self.plan.rows.get(ORGANIZATIONS, [])):
            if row.values.get("name"):
                self.org_names.setdefault(exact_name(row.values["name"]), []).append(index)
        for index, row in enumerate(self.plan.rows.get(PERIODS, [])):
            name = row.values.get("name")
            if name:
                key = exact_name(name)
                if key in self.period_names:
                    first = self.plan.rows[PERIODS][self.period_names[key]].row
                    self.problem(row, "name", name, Message(N_("is already the name of row {row}"), row=first))
                else:
                    self.period_names[key] = index

    # ---- matching rows to stored records ---------------------------------------------------------------

    def _match(self, rows: list[PlannedRow], find: Any) -> None:
        for row in rows:
            found: dict[str, Candidate] = {}
            for candidate in find(row):
                held = found.get(candidate.record_id)
                if held is None or (_REASON_ORDER[candidate.reason], -candidate.score) < (
                        _REASON_ORDER[held.reason], -held.score):
                    found[candidate.record_id] = candidate
            row.candidates = sorted(found.values(), key=lambda c: (_REASON_ORDER[c.reason], -c.score, c.label))
        claimed: dict[str, PlannedRow] = {}
        # Strongest evidence first: a remembered ref beats a VAT number beats a similar name.
        ranked = sorted((r for r in rows if r.candidates), key=lambda r: (_REASON_ORDER[r.candidates[0].reason],
                                                                          -r.candidates[0].score, r.row))
        for row in ranked:
            for candidate in row.candidates:
                if not candidate.exact and candidate.score < SAME_RECORD_SCORE:
                    break
                holder = claimed.get(candidate.record_id)
                if holder is not None:
                    if candidate.reason == "ref":
                        row.default = SKIP
                        row.why = Message(N_("same stored record as row {row} (their refs lead to one record)"),
                                          row=holder.row)
                        self.plan.warnings.append(Problem(row.sheet, row.row, "ref", row.ref,
                                                          Message(N_("{why}; skipped"), why=row.why)))
                        break
                    continue
                claimed[candidate.record_id] = row
                row.default, row.why = candidate.record_id, candidate.why
                break
            if row.default == NEW:
                best = row.candidates[0]
                holder = claimed.get(best.record_id)
                if holder is not None and (best.exact or best.score >= SAME_RECORD_SCORE):
                    row.why = Message(N_("{record} ({why}) is taken by row {row}"), record=best.label,
                                      why=best.why, row=holder.row)
                else:
                    row.why = Message(N_("{record} is only {score}% similar"), record=best.label,
                                      score=round(best.score))

    def _ref_candidates(self, row: PlannedRow) -> list[Candidate]:
        found: list[Candidate] = []
        if row.ref:
            record_id, how = self.view.by_ref(row.sheet, row.ref)
            if record_id:
                found.append(Candidate(record_id, self._label(row.sheet, record_id), how, 100.0))
        if row.sheet == ACTIONS and row.values.get("title") and row.values.get("start_date"):
            key = (exact_name(row.values["title"]), row.values["start_date"])
            for record_id in self.view.actions_by_title_date.get(key, []):
                found.append(Candidate(record_id, self._label(ACTIONS, record_id), "title_date", 100.0))
        return found

    def _label(self, sheet: str, record_id: str) -> str:
        if sheet == ORGANIZATIONS:
            return self.view.organizations.by_id[record_id].label
        if sheet == CONTACTS:
            return self.view.contacts.by_id[record_id].label
        if sheet == ACTIONS:
            info = self.view.actions[record_id]
            return f"{info.title} ({info.start_date.isoformat()})"
        if sheet == AGREEMENTS:
            return str(self.view.agreements[record_id]["title"])
        if sheet == PERIODS:
            return self.view.period_names.get(record_id, record_id)
        return record_id

    def _organization_candidates(self, row: PlannedRow) -> list[Candidate]:
        orgs = self.view.organizations
        found = self._ref_candidates(row)
        if found or not orgs.by_id:
            return found  # a row imported before is its record: other look-ups would only add noise (and time)
        name = row.values.get("name")
        query = self._org_key(row)

        def similarity(record_id: str) -> float:
            return float(fuzz.ratio(query, orgs.keys[record_id])) if query else 0.0

        vat = vat_key(row.values.get("vat_number"))
        for record_id in orgs.by_vat.get(vat or "", []):
            found.append(Candidate(record_id, orgs.by_id[record_id].label, "vat", 100.0))
        domain = web_key(row.values.get("website"))
        holders = orgs.by_domain.get(domain or "", [])
        for record_id in holders:
            # A domain shared by several stored organizations (a university's departments) decides nothing.
            exact = len(holders) == 1
            found.append(Candidate(record_id, orgs.by_id[record_id].label, "website" if exact else "name",
                                   100.0 if exact else similarity(record_id)))
        if name and not any(c.exact for c in found):  # similar names only where no key decided
            for record_id, score in orgs.similar_names(name, row.values.get("country"), CANDIDATE_SCORE, key=query):
                found.append(Candidate(record_id, orgs.by_id[record_id].label, "name", score))
        return [c for c in found if c.exact or c.score >= CANDIDATE_SCORE]

    def _org_key(self, row: PlannedRow) -> str:
        """The row's comparable name, computed once (matching and the duplicate check both use it)."""
        key = self.org_keys.get(row.row)
        if key is None:
            name = row.values.get("name")
            key = self.org_keys[row.row] = organization_key(name) if name else ""
        return key

    def _contact_candidates(self, row: PlannedRow) -> list[Candidate]:
        people = self.view.contacts
        found = self._ref_candidates(row)
        if found:
            return found
        for record_id in people.by_email.get(email_key(row.values.get("email")) or "", []):
            found.append(Candidate(record_id, people.by_id[record_id].label, "email", 100.0))
        first, last = row.values.get("first_name"), row.values.get("last_name")
        if first and last and not found:
            organization_id = self._organization_of(row)
            if organization_id is not None:  # no stored organization: no stored colleague to be
                for record_id, score in people.similar_names(first, last, organization_id, CANDIDATE_SCORE):
                    found.append(Candidate(record_id, people.by_id[record_id].label, "name", score))
        return found

    def _organization_of(self, row: PlannedRow) -> str | None:
        link = row.links.get("organization")
        if not isinstance(link, Link):
            return None
        if link.row is not None:
            decision = self.plan.rows[ORGANIZATIONS][link.row].default
            return decision if decision not in (NEW, SKIP) else None
        return link.record_id

    def _period_candidates(self, row: PlannedRow) -> list[Candidate]:
        name = row.values.get("name")
        ids = self.view.periods.get(exact_name(name), []) if name else []
        return [Candidate(pid, self.view.period_names[pid], "name_exact", 100.0) for pid in ids]

    # ---- links between sheets ----------------------------------------------------------------------------

    def _resolve_links(self, rows: list[PlannedRow]) -> None:
        for row in rows:
            spec = SHEET_BY_NAME[row.sheet]
            for column, value in list(row.links.items()):
                if column == "owner":
                    row.links[column] = self._officer(value)
                    continue
                target = spec.column(column).target
                assert target is not None
                if isinstance(value, list):
                    resolved = [self._link(row, column, target, text) for text in value]
                    row.links[column] = [link for link in resolved if link is not None]
                elif value is not None and not isinstance(value, Link):
                    row.links[column] = self._link(row, column, target, value)
            if row.sheet == PARTICIPATIONS:
                continue
            if row.sheet == ORGANIZATIONS and row.ref and any(
                    lk.row is not None and self.plan.rows[ORGANIZATIONS][lk.row] is row
                    for lk in row.links.get("member_of", [])):
                self.problem(row, "member_of", row.ref, Message(N_("an organization cannot be a member of itself")))

    def _officer(self, name: str | None) -> Link | None:
        """An officer by name; a name the store does not know becomes a new officer (Link without record)."""
        if not name:
            return None
        ids = self.view.officers.get(exact_name(name), [])
        if ids:
            return Link(name, record_id=ids[0])
        if name not in self.plan.new_officers:
            self.plan.new_officers.append(name)
            self.plan.warnings.append(Problem(AGREEMENTS, None, "owner", name,
                                              Message(N_("no officer of this name; one will be created"))))
        return Link(name)

    def _link(self, row: PlannedRow, column: str, sheet: str, text: str) -> Link | None:
        if sheet == PERIODS:
            index = self.period_names.get(exact_name(text))
            if index is not None:
                return Link(text, row=index)
            ids = self.view.periods.get(exact_name(text), [])
            if len(ids) == 1:
                return Link(text, record_id=ids[0])
            self.problem(row, column, text, Message(N_("no reporting period of this name in the file or the store")))
            return None
        index = self.file_refs.get(sheet, {}).get(text)
        if index is not None:
            return Link(text, row=index)
        record_id, _ = self.view.by_ref(sheet, text)
        if record_id:
            return Link(text, record_id=record_id)
        if sheet == ORGANIZATIONS:
            key = exact_name(text)
            rows = self.org_names.get(key, [])
            if len(rows) == 1:
                return Link(text, row=rows[0])
            ids = self.view.organizations.by_name.get(key, [])
            if len(rows) > 1 or (not rows and len(ids) > 1):
                several = (N_("several organizations in this file are named so; use the ref") if rows
                           else N_("several organizations in the store are named so; use the ref"))
                self.problem(row, column, text, Message(several))
                return None
            if len(ids) == 1:
                return Link(text, record_id=ids[0])
            self.problem(row, column, text,
                         Message(N_("no organization with this ref or name in the file or the store")))
            return None
        if sheet == CONTACTS:
            ids = self.view.contacts.by_email.get(email_key(text) or "", [])
            if len(ids) == 1:
                return Link(text, record_id=ids[0])
        missing = {CONTACTS: N_("no contact with this ref in the file or the store"),
                   ACTIONS: N_("no action with this ref in the file or the store"),
                   MEETINGS: N_("no meeting with this ref in the file or the store")}
        self.problem(row, column, text, Message(missing[sheet]) if sheet in missing
                     else Message(N_("no {sheet} with this ref in the file or the store"), sheet=sheet))
        return None

    # ---- duplicates inside the file ----------------------------------------------------------------------

    def _duplicates_in_file(self) -> None:
        self._exact_twice(ORGANIZATIONS, "vat_number", vat_key, N_("same VAT number as row {row}"))
        self._exact_twice(CONTACTS, "email", email_key, N_("same email as row {row}"))
        self._similar_in_file(ORGANIZATIONS, lambda r: r.values.get("country") or "", self._org_key)
        self._similar_in_file(CONTACTS, self._contact_scope,
                              lambda r: person_key(r.values.get("first_name") or "", r.values.get("last_name") or ""))
        self._participations_twice()

    def _exact_twice(self, sheet: str, column: str, key_of: Any, message: str) -> None:
        seen: dict[str, PlannedRow] = {}
        for row in self.plan.rows.get(sheet, []):
            key = key_of(row.values.get(column))
            if not key:
                continue
            first = seen.setdefault(key, row)
            if first is not row:
                self.problem(row, column, row.values.get(column), Message(message, row=first.row))

    def _contact_scope(self, row: PlannedRow) -> str:
        link = row.links.get("organization")
        if isinstance(link, Link):
            return f"r{link.row}" if link.row is not None else f"s{link.record_id}"
        return ""

    def _similar_in_file(self, sheet: str, scope_of: Any, key_of: Any) -> None:
        rows = self.plan.rows.get(sheet, [])
        entries = [(scope_of(row), key_of(row).strip()) for row in rows]
        for first, second, score in similar_pairs(entries, CANDIDATE_SCORE):
            earlier, row = rows[first], rows[second]
            self.plan.duplicates_in_file.append(FileDuplicate(sheet, row.row, earlier.row, score, "name"))
            self.plan.warnings.append(Problem(
                sheet, row.row, None, row.label,
                Message(N_("looks like row {row} ({label}, {score:.0f}% similar); both are imported"), row=earlier.row,
                        label=earlier.label, score=score)))

    def _participations_twice(self) -> None:
        seen: dict[tuple[Any, ...], PlannedRow] = {}
        for row in self.plan.rows.get(PARTICIPATIONS, []):
            def ident(column: str, row: PlannedRow = row) -> Any:
                link = row.links.get(column)
                return (link.row, link.record_id) if isinstance(link, Link) else None
            key = (ident("action"), ident("contact")) if ident("contact") else (ident("action"), None,
                                                                                ident("organization"))
            first = seen.setdefault(key, row)
            if first is not row:
                row.default, row.why = SKIP, Message(N_("same participation as row {row}"), row=first.row)
                self.plan.warnings.append(Problem(PARTICIPATIONS, row.row, None, row.label,
                                                  Message(N_("same participation as row {row}; skipped"),
                                                          row=first.row)))
