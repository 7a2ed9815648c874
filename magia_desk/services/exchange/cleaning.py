"""Rows of a sheet -> typed field values and the refs they point at, with every problem found.

The domain rules do the cleaning (domain.records, domain.actions, domain.agreements): the importer only
maps columns to fields and back, so a value refused in an editor is refused in a workbook with the same
words. Organizations, the sheet that may hold 50k rows, are cleaned one distinct value per column at a
time (a country or a kind repeats thousands of times; the rule's answer does not change).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from magia_desk.domain.actions import clean_action, clean_meeting, is_mission_type
from magia_desk.domain.agreements import clean_agreement
from magia_desk.domain.contact_rules import require_text, split_list
from magia_desk.domain.enums import Indicator, Role, parse_enum
from magia_desk.domain.errors import N_, Message, RecordInvalid, ValidationError
from magia_desk.domain.records import clean_contact, clean_organization, parse_date
from magia_desk.services.exchange.plan import PlannedRow, Problem
from magia_desk.services.exchange.reader import SheetRows
from magia_desk.services.exchange.schema import (
    ACTIONS,
    AGREEMENTS,
    CONTACTS,
    MEETINGS,
    ORGANIZATIONS,
    PARTICIPATIONS,
    PERIODS,
    TARGETS,
)

# Domain field -> workbook column, where they differ (so problems name the column the officer sees).
FIELD_TO_COLUMN = {
    "starts_at": "date_time",
    "organiser_id": "organiser",
    "organization_id": "organization",
    "action_id": "linked_action",
    "owner_id": "owner",
    "party_ids": "parties",
}
# Organization columns whose values repeat from row to row (cleaned once per distinct value), and the others
# (cleaned together, one call of the rule per row).
ORGANIZATION_REPEATED = ("kind", "country", "region", "city", "sectors", "certifications", "is_consortium_partner")
ORGANIZATION_SINGLE = ("name", "website", "vat_number", "employees", "turnover_meur", "balance_sheet_meur", "notes")
ORGANIZATION_REQUIRED = ("name", "kind", "country")
CONTACT_COLUMNS = (
    "first_name", "last_name", "job_title", "email", "phone", "languages", "country", "gender", "consent_status",
    "consent_date", "consent_source", "notes",
)
ACTION_COLUMNS = (
    "type", "title", "start_date", "end_date", "city", "country", "online", "work_package", "audience_types",
    "declared_audience",
)
AGREEMENT_COLUMNS = ("type", "title", "stage", "signed_on", "expires_on", "notes")
# Columns whose cells keep their type (numbers, dates); every other cell is read as text.
TYPED_COLUMNS = frozenset({
    "employees", "turnover_meur", "balance_sheet_meur", "declared_audience", "target", "start_date", "end_date",
    "consent_date", "date", "date_time", "signed_on", "expires_on", "start", "end",
})


def as_text(value: Any) -> str | None:
    """A cell as the text the officer sees: 12 not '12.0', dates in ISO form, booleans as yes/no."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _cell(column: str, value: Any) -> Any:
    return value if column in TYPED_COLUMNS else as_text(value)


class SheetCleaner:
    """Cleans the rows of one sheet; problems go to the shared list."""

    def __init__(self, sheet: SheetRows, problems: list[Problem]) -> None:
        self.sheet = sheet
        self.name = sheet.spec.name
        self.problems = problems
        self.present = set(sheet.columns)
        self._memo: dict[tuple[str, Any], tuple[Any, ValidationError | None]] = {}

    def problem(self, row: int, column: str | None, value: Any, message: str) -> None:
        # The value as the officer sees it in the cell (12, not 12.0).
        self.problems.append(Problem(self.name, row, column, as_text(value), message))

    def _domain_errors(self, row: int, raw: Mapping[str, Any], exc: RecordInvalid) -> None:
        for error in exc.errors:
            column = FIELD_TO_COLUMN.get(error.field, error.field)
            self.problem(row, column, raw.get(column, error.value), error.message)

    def _required(self, row: int, raw: Mapping[str, Any], columns: tuple[str, ...]) -> bool:
        ok = True
        for column in columns:
            if column in self.present and raw.get(column) is None:
                self.problem(row, column, None, "is required")
                ok = False
        return ok

    def _data(self, raw: Mapping[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
        """The cells of these columns for a domain rule; empty required cells are left out (reported once)."""
        required = set(self.sheet.spec.required)
        return {c: _cell(c, raw[c]) for c in columns if c in raw and not (c in required and raw[c] is None)}

    def _run(self, row: int, raw: Mapping[str, Any], rule: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        try:
            return rule()
        except RecordInvalid as exc:
            self._domain_errors(row, raw, exc)
        except ValidationError as exc:
            self._domain_errors(row, raw, RecordInvalid([exc]))
        return {}

    def clean(self) -> list[PlannedRow]:
        method = {
            ORGANIZATIONS: self._organization, CONTACTS: self._contact, ACTIONS: self._action,
            PARTICIPATIONS: self._participation, MEETINGS: self._meeting, AGREEMENTS: self._agreement,
            PERIODS: self._period, TARGETS: self._target,
        }[self.name]
        return [method(row, raw) for row, raw in self.sheet.rows]

    # ---- links and refs ----------------------------------------------------------------------------------

    def _ref(self, row: int, raw: Mapping[str, Any]) -> str | None:
        ref = as_text(raw.get("ref"))
        if ref is None and "ref" in self.present:
            self.problem(row, "ref", None, "is required")
        return ref

    def _links(self, raw: Mapping[str, Any], links: dict[str, Any], singles: tuple[str, ...],
               lists: tuple[str, ...] = ()) -> None:
        for column in singles:
            if column in self.present:
                links[column] = as_text(raw.get(column))
        for column in lists:
            if column in self.present:
                links[column] = split_list(as_text(raw.get(column)))

    # ---- sheets -----------------------------------------------------------------------------------------

    def _org_field(self, column: str, value: Any) -> tuple[Any, ValidationError | None]:
        key = (column, value)
        found = self._memo.get(key)
        if found is None:
            try:
                found = (clean_organization({column: value}, partial=True)[column], None)
            except RecordInvalid as exc:
                found = (None, exc.errors[0])
            self._memo[key] = found
        return found

    def _organization(self, row: int, raw: Mapping[str, Any]) -> PlannedRow:
        ref = self._ref(row, raw)
        self._required(row, raw, ORGANIZATION_REQUIRED)
        values: dict[str, Any] = {}
        for column in ORGANIZATION_REPEATED:
            if column in raw and not (raw[column] is None and column in ORGANIZATION_REQUIRED):
                cleaned, error = self._org_field(column, _cell(column, raw[column]))
                if error is None:
                    values[column] = cleaned
                else:
                    self.problem(row, column, raw[column], error.message)
        data = {c: _cell(c, raw[c]) for c in ORGANIZATION_SINGLE
                if c in raw and not (raw[c] is None and c in ORGANIZATION_REQUIRED)}
        try:
            values |= clean_organization(data, partial=True)
        except RecordInvalid as exc:
            self._domain_errors(row, raw, exc)
            failed = {e.field for e in exc.errors}
            # Keep the good fields: the name still names the row for links and messages.
            values |= clean_organization({k: v for k, v in data.items() if k not in failed}, partial=True)
        links: dict[str, Any] = {}
        self._links(raw, links, (), ("member_of",))
        label = values.get("name") or as_text(raw.get("name")) or ref or f"row {row}"
        return PlannedRow(self.name, row, ref, str(label), values, links)

    def _contact(self, row: int, raw: Mapping[str, Any]) -> PlannedRow:
        ref = self._ref(row, raw)
        self._required(row, raw, ("first_name", "last_name"))
        data = self._data(raw, CONTACT_COLUMNS)
        values = self._run(row, raw, lambda: clean_contact(data, partial=True))
        links: dict[str, Any] = {}
        self._links(raw, links, ("organization",))
        name = " ".join(str(values.get(k) or as_text(raw.get(k)) or "") for k in ("first_name", "last_name"))
        return PlannedRow(self.name, row, ref, name.strip() or ref or f"row {row}", values, links)

    def _action(self, row: int, raw: Mapping[str, Any]) -> PlannedRow:
        ref = self._ref(row, raw)
        self._required(row, raw, ("type", "title", "start_date"))
        data = self._data(raw, ACTION_COLUMNS)
        values = self._run(row, raw, lambda: clean_action(data, partial=True))
        links: dict[str, Any] = {}
        self._links(raw, links, ("organiser",))
        if "destination_cities" in self.present:
            cities = split_list(as_text(raw.get("destination_cities")))
            if cities and values.get("type") and not is_mission_type(values["type"]):
                self.problem(row, "destination_cities", raw.get("destination_cities"),
                             Message(N_("only fact_finding_mission and trade_show actions have destination cities")))
            values["destination_cities"] = cities
        label = values.get("title") or as_text(raw.get("title")) or ref or f"row {row}"
        return PlannedRow(self.name, row, ref, str(label), values, links)

    def _participation(self, row: int, raw: Mapping[str, Any]) -> PlannedRow:
        self._required(row, raw, ("action", "role"))
        values: dict[str, Any] = {}
        if raw.get("role") is not None:
            try:
                values["role"] = parse_enum(Role, as_text(raw["role"]), "role").value
            except ValidationError as exc:
                self.problem(row, "role", raw["role"], exc.message)
        if "date" in raw:
            try:
                values["date"] = parse_date(raw["date"], "date")
            except ValidationError as exc:
                self.problem(row, "date", raw["date"], exc.message)
        links: dict[str, Any] = {}
        self._links(raw, links, ("action", "organization", "contact"))
        if not links.get("organization") and not links.get("contact"):
            self.problem(row, "organization", None, Message(N_("give an organization or a contact")))
        who = links.get("organization") or links.get("contact") or ""
        return PlannedRow(self.name, row, None, f"{links.get('action') or '?'} / {who}", values, links)

    def _meeting(self, row: int, raw: Mapping[str, Any]) -> PlannedRow:
        ref = self._ref(row, raw)
        self._required(row, raw, ("mission", "organization"))
        data = {"starts_at" if c == "date_time" else c: _cell(c, raw[c])
                for c in ("date_time", "place", "topic", "outcome") if c in raw}
        values = self._run(row, raw, lambda: clean_meeting(data))
        links: dict[str, Any] = {}
        self._links(raw, links, ("mission", "organization"), ("contacts",))
        label = values.get("topic") or ref or f"row {row}"
        return PlannedRow(self.name, row, ref, str(label), values, links)

    def _agreement(self, row: int, raw: Mapping[str, Any]) -> PlannedRow:
        ref = self._ref(row, raw)
        self._required(row, raw, ("type", "title", "stage"))
        data = self._data(raw, AGREEMENT_COLUMNS)
        values = self._run(row, raw, lambda: clean_agreement(data, partial=True))
        links: dict[str, Any] = {}
        self._links(raw, links, ("owner", "linked_action"), ("parties",))
        if "parties" in self.present and not links["parties"]:
            self.problem(row, "parties", None, Message(N_("is required (at least one organization)")))
        label = values.get("title") or as_text(raw.get("title")) or ref or f"row {row}"
        return PlannedRow(self.name, row, ref, str(label), values, links)

    def _period(self, row: int, raw: Mapping[str, Any]) -> PlannedRow:
        self._required(row, raw, ("name", "start", "end"))
        values: dict[str, Any] = {}
        for column, rule in (
            ("name", lambda v: require_text(v, "name", 50)),
            ("start", lambda v: parse_date(v, "start")),
            ("end", lambda v: parse_date(v, "end")),
        ):
            if raw.get(column) is not None:
                try:
                    values[column] = rule(_cell(column, raw[column]))
                except ValidationError as exc:
                    self.problem(row, column, raw[column], exc.message)
        if values.get("start") and values.get("end") and values["end"] < values["start"]:
            self.problem(row, "end", raw.get("end"), Message(N_("ends ({end}) before it starts ({start})"),
                                                             end=values["end"], start=values["start"]))
        return PlannedRow(self.name, row, None, str(values.get("name") or f"row {row}"), values)

    def _target(self, row: int, raw: Mapping[str, Any]) -> PlannedRow:
        self._required(row, raw, ("indicator", "period", "target"))
        values: dict[str, Any] = {}
        if raw.get("indicator") is not None:
            try:
                values["indicator"] = parse_enum(Indicator, as_text(raw["indicator"]), "indicator").value
            except ValidationError as exc:
                self.problem(row, "indicator", raw["indicator"], exc.message)
        if raw.get("target") is not None:
            target = _number(raw["target"])
            if target is None or target < 0:
                self.problem(row, "target", raw["target"], Message(N_("is not a number of 0 or more")))
            else:
                values["target"] = target
        links: dict[str, Any] = {}
        self._links(raw, links, ("period", "partner_cluster"))
        label = f"{values.get('indicator') or as_text(raw.get('indicator'))} {links.get('period') or ''}".strip()
        return PlannedRow(self.name, row, None, label, values, links)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(" ", "").replace(",", "."))
        except ValueError:
            return None
    return number if number == number and abs(number) != float("inf") else None


def clean_sheet(sheet: SheetRows, problems: list[Problem]) -> list[PlannedRow]:
    return SheetCleaner(sheet, problems).clean()
