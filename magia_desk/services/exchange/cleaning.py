"""Rows of a sheet -> typed field values and the refs they point at, with every problem found.

The domain rules do the cleaning (domain.records, domain.actions, domain.agreements): the importer only
maps columns to fields and back, so a value refused in an editor is refused in a workbook with the same
words. Organizations, the sheet that may hold 50k rows, are cleaned a column at a time over chunks of rows,
with the rule clean_organization applies to each field: once per distinct value where values repeat (a
country or a kind repeats thousands of times; the rule's answer does not change), in one go elsewhere. The
values and problems are those of clean_organization on each row, in the same order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from itertools import repeat
from operator import itemgetter
from typing import Any

from magia_desk.domain.actions import clean_action, clean_meeting, is_mission_type
from magia_desk.domain.agreements import clean_agreement
from magia_desk.domain.contact_rules import _DOMAIN_RE, normalise_website, optional_text, require_text, split_list
from magia_desk.domain.enums import Indicator, Role, parse_enum
from magia_desk.domain.errors import N_, Message, RecordInvalid, ValidationError
from magia_desk.domain.records import clean_contact, clean_organization, parse_amount, parse_date, parse_int
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


class _Absent:
    """A cell the row does not have (not in the file, or empty in a required column reported once)."""


_ABSENT: Any = _Absent()
_TEXT_CELLS = frozenset({str, type(None), _Absent})
# Organizations rows cleaned together, column by column: few enough for their cells to stay in the CPU cache
# from one column to the next (the cells of one row lie together in memory, those of one column do not).
_CHUNK = 1024


def _organization_rule(column: str) -> Callable[[Any], Any]:
    """clean_organization itself on one field, raising that field's ValidationError: for columns cleaned once per
    distinct value, where its cost does not matter, and for notes, which has no rule of its own."""
    def rule(value: Any) -> Any:
        try:
            return clean_organization({column: value}, partial=True)[column]
        except RecordInvalid as exc:
            raise exc.errors[0] from None
    return rule


def _website(value: Any) -> str | None:
    """normalise_website: the same steps for a plain ASCII address, without its two look-ups of uncompiled
    patterns (which cost as much as the rest); anything else, and every refusal, from normalise_website itself."""
    if value.__class__ is str and value.isascii():  # ASCII: IGNORECASE matches exactly what lower() folds
        text = value.strip()
        scheme = text[:8].lower()
        if scheme.startswith("https://"):
            rest = text[8:]
        elif scheme.startswith("http://"):
            rest = text[7:]
        else:
            rest, text = text, "https://" + text
        host = rest.split("/")[0].split(":")[0].lower().removeprefix("www.")  # website_domain
        if host and _DOMAIN_RE.match(host):
            return text
    return normalise_website(value)


# The Organizations columns, each with the rule clean_organization applies to it: the same function with the
# same arguments after the cell, or clean_organization itself for that one field (the speed-equivalence test
# holds them together). True: values repeat from row to row, each distinct one is cleaned once. The order is
# that of the values and problems: the repeating columns first, as always, then clean_organization's order.
ORGANIZATION_RULES: tuple[tuple[str, Callable[..., Any], tuple[Any, ...], bool], ...] = (
    *((column, _organization_rule(column), (), True) for column in (
        "kind", "country", "region", "city", "sectors", "certifications", "is_consortium_partner")),
    ("name", require_text, ("name",), False),
    ("vat_number", optional_text, ("vat_number", 50), False),
    ("website", _website, (), False),
    ("employees", parse_int, ("employees",), True),
    ("turnover_meur", parse_amount, ("turnover_meur",), False),
    ("balance_sheet_meur", parse_amount, ("balance_sheet_meur",), False),
    ("notes", _organization_rule("notes"), (), True),
)


def _columns(raws: Sequence[Mapping[str, Any]], names: Iterable[str]) -> tuple[dict[str, Sequence[Any]], bool]:
    """The cells of each named column row by row, _ABSENT where a row does not have the column (columns no row
    has are left out), and whether every row has the same columns (as the reader gives them)."""
    keys = list(raws[0]) if raws else []
    if len(keys) > 1 and set(map(len, raws)) == {len(keys)}:
        try:
            table = dict(zip(keys, zip(*map(itemgetter(*keys), raws), strict=True), strict=True))
        except KeyError:
            pass  # some row has other columns than the first one
        else:
            return {name: table[name] for name in names if name in table}, True
    columns = {name: [raw.get(name, _ABSENT) for raw in raws] for name in names}
    return {name: cells for name, cells in columns.items() if any(cell is not _ABSENT for cell in cells)}, False


def _texts(cells: Sequence[Any]) -> Sequence[Any]:
    """as_text of each cell (_ABSENT left so): the cells themselves when they are all text already."""
    if set(map(type, cells)) <= _TEXT_CELLS:
        return cells
    return [cell if cell is _ABSENT else as_text(cell) for cell in cells]


def _same_when_equal(cells: Sequence[Any], distinct: dict[Any, None]) -> bool:
    """Whether equal cells are the same value, so that one cleaning may serve them all: text, None and one type
    of number, never zero (1 == 1.0 == True and 0.0 == -0.0, but a refusal quotes the cell as it is)."""
    kinds = set(map(type, cells)) - _TEXT_CELLS
    return (not kinds or kinds == {int} or kinds == {float}) and 0 not in distinct


class _ColumnRule:
    """One Organizations column through its rule, a chunk of rows at a time, as clean_organization takes it.

    Cells are text unless the column is typed; an empty cell of a required column is left out (reported once,
    as required). In a column that repeats, each distinct value is cleaned once for the whole sheet; the others
    are cleaned in one go, and cell by cell only when some value is refused.
    """

    def __init__(self, column: str, rule: Callable[..., Any], args: tuple[Any, ...], repeats: bool) -> None:
        self.column = column
        self.rule = rule
        self.args = args
        self.repeats = repeats
        self.typed = column in TYPED_COLUMNS
        self.required = column in ORGANIZATION_REQUIRED
        self.results: dict[Any, Any] = {_ABSENT: _ABSENT}  # distinct value -> cleaned
        self.refusals: dict[Any, ValidationError] = {}  # distinct value -> why refused

    def clean(self, cells: Sequence[Any],
              complete: bool) -> tuple[list[Any], list[tuple[int, ValidationError]], bool]:
        """The cleaned values (_ABSENT for a cell left out or refused), the refusals by index, and whether some row
        is left without the field."""
        if self.typed:
            if self.repeats:
                try:
                    distinct = dict.fromkeys(cells)
                except TypeError:
                    pass  # some cell cannot be a key
                else:
                    if _same_when_equal(cells, distinct):
                        return self._clean_distinct(cells, distinct)
            return self._clean_each(cells, not complete and any(cell is _ABSENT for cell in cells))
        cells = _texts(cells)
        if self.repeats:
            return self._clean_distinct(cells, dict.fromkeys(cells))
        absent = not complete and any(cell is _ABSENT for cell in cells)
        if self.required and any(cell is None for cell in cells):
            cells = [_ABSENT if cell is None else cell for cell in cells]
            absent = True
        return self._clean_each(cells, absent)

    def _clean_each(self, cells: Sequence[Any],
                    absent: bool) -> tuple[list[Any], list[tuple[int, ValidationError]], bool]:
        rule, args = self.rule, self.args
        try:
            if absent:
                return [cell if cell is _ABSENT else rule(cell, *args) for cell in cells], [], True
            return list(map(rule, cells, *map(repeat, args))), [], False
        except ValidationError:
            pass  # some cell is refused: once more cell by cell, keeping each refusal
        values: list[Any] = []
        refused: list[tuple[int, ValidationError]] = []
        for index, cell in enumerate(cells):
            try:
                values.append(_ABSENT if cell is _ABSENT else rule(cell, *args))
            except ValidationError as exc:
                values.append(_ABSENT)
                refused.append((index, exc))
        return values, refused, True

    def _clean_distinct(self, cells: Sequence[Any],
                        distinct: dict[Any, None]) -> tuple[list[Any], list[tuple[int, ValidationError]], bool]:
        if self.required and None in distinct:
            cells = [_ABSENT if cell is None else cell for cell in cells]
            distinct = dict.fromkeys(cells)
        results, refusals = self.results, self.refusals
        for cell in distinct.keys() - results.keys() - refusals.keys():
            try:
                results[cell] = self.rule(cell, *self.args)
            except ValidationError as exc:
                refusals[cell] = exc
        if not refusals or refusals.keys().isdisjoint(distinct):
            return list(map(results.__getitem__, cells)), [], _ABSENT in distinct
        values: list[Any] = []
        refused: list[tuple[int, ValidationError]] = []
        for index, cell in enumerate(cells):
            error = refusals.get(cell)
            values.append(_ABSENT if error is not None else results[cell])
            if error is not None:
                refused.append((index, error))
        return values, refused, True


class SheetCleaner:
    """Cleans the rows of one sheet; problems go to the shared list."""

    def __init__(self, sheet: SheetRows, problems: list[Problem]) -> None:
        self.sheet = sheet
        self.name = sheet.spec.name
        self.problems = problems
        self.present = set(sheet.columns)

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
        if self.name == ORGANIZATIONS:
            return self._organizations()
        method = {
            CONTACTS: self._contact, ACTIONS: self._action,
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

    def _organizations(self) -> list[PlannedRow]:
        """The Organizations rows, cleaned as clean_organization would clean each row, column by column.

        Rows go in chunks small enough for their cells to stay in the CPU cache while each column of the chunk
        is cleaned (the cells of one row lie together in memory, those of one column do not).
        """
        rules = [_ColumnRule(*rule) for rule in ORGANIZATION_RULES]
        rows = self.sheet.rows
        planned: list[PlannedRow] = []
        for start in range(0, len(rows), _CHUNK):
            planned += self._organization_chunk(rows[start:start + _CHUNK], rules)
        return planned

    def _organization_chunk(self, rows: Sequence[tuple[int, Mapping[str, Any]]],
                            rules: list[_ColumnRule]) -> list[PlannedRow]:
        name, present = self.name, self.present
        numbers = [row for row, _ in rows]
        raws = [raw for _, raw in rows]
        count = len(raws)
        columns, complete = _columns(raws, ("ref", "member_of", *(rule.column for rule in rules)))
        nothing: Sequence[Any] = (None,) * count  # a column the rows do not have, as raw.get reads it

        def texts(column: str) -> Sequence[str | None]:
            cells = _texts(columns.get(column, nothing))
            return cells if complete else [None if cell is _ABSENT else cell for cell in cells]

        # Problems with their row and step (ref, required cells, then each rule in turn), sorted at the end into
        # the order in which cleaning the rows one by one finds them.
        found: list[tuple[int, int, Problem]] = []
        refs = texts("ref")
        if "ref" in present:
            found += [(i, 0, Problem(name, numbers[i], "ref", None, "is required"))
                      for i, ref in enumerate(refs) if ref is None]
        for column in ORGANIZATION_REQUIRED:
            if column in present:
                found += [(i, 1, Problem(name, numbers[i], column, None, "is required"))
                          for i, cell in enumerate(columns.get(column, nothing)) if cell is None or cell is _ABSENT]
        records: list[dict[str, Any]] = [{} for _ in range(count)]
        gaps: set[int] = set()  # rows left without some field
        for step, rule in enumerate(rules, start=2):
            cells = columns.get(rule.column)
            if cells is None:
                continue
            values, refused, absent = rule.clean(cells, complete)
            found += [(i, step, Problem(name, numbers[i], rule.column, as_text(cells[i]), error.message))
                      for i, error in refused]
            field = rule.column
            for record, value in zip(records, values, strict=True):
                record[field] = value
            if absent:
                gaps.update(i for i, value in enumerate(values) if value is _ABSENT)
        for i in gaps:
            records[i] = {field: value for field, value in records[i].items() if value is not _ABSENT}
        if "member_of" in present:
            memberships = texts("member_of")
            lists = {text: split_list(text) for text in dict.fromkeys(memberships)}
            links: list[dict[str, Any]] = [{"member_of": lists[text].copy()} for text in memberships]
        else:
            links = [{} for _ in range(count)]
        found.sort(key=lambda item: item[:2])  # stable: within a step, in the order found
        self.problems.extend(problem for _, _, problem in found)
        labels = [str(record.get("name") or text or ref or f"row {row}")
                  for record, text, ref, row in zip(records, texts("name"), refs, numbers, strict=True)]
        return list(map(PlannedRow, repeat(name, count), numbers, refs, labels, records, links))

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
