"""What an import will do, before it does it: the types the import wizard and the CLI work with.

`plan_import` returns an ImportPlan: every row cleaned, every problem, and for each row that may be a record
already in the store the candidates and the default decision. The wizard shows `plan.matches`, lets the user
change decisions ({(sheet, row): record id | NEW | SKIP}) and hands them to `apply_import`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from magia_desk.domain.errors import N_, MagiaError, Message

NEW = "new"  # decision: create a new record for the row
SKIP = "skip"  # decision: leave the row out (nothing created or updated)

# Reasons a row is taken for a stored record. Exact ones decide on their own; a similar name only when the
# score is at least SAME_RECORD_SCORE (below it the row becomes a new record and the pair is reported).
EXACT_REASONS = frozenset({"ref", "vat", "email", "website", "title_date", "name_exact"})
REASON_LABELS = {
    "ref": N_("same ref as an earlier import"),
    "vat": N_("same VAT number"),
    "website": N_("same web domain"),
    "email": N_("same email"),
    "title_date": N_("same title and start date"),
    "name_exact": N_("same name"),
    "name": N_("similar name"),
}
SAME_RECORD_SCORE = 95.0
MATCHED_WHEN_WRITTEN = frozenset({"Participations", "KpiTargets"})  # sheets without refs
CANDIDATE_SCORE = 90.0

Decision = str  # NEW, SKIP or the id of the stored record to update
RowKey = tuple[str, int]  # (sheet, row number in the sheet)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (sheet, spreadsheet row, column), the value and what is wrong."""

    sheet: str
    row: int | None
    column: str | None
    value: Any
    message: str

    def __str__(self) -> str:
        where = self.sheet + (f"!{self.column}" if self.column else "") + (f" {self.row}" if self.row else "")
        value = "" if self.value is None else str(self.value)
        return f"{where}: {value}: {self.message}"


class ImportRefused(MagiaError):
    """The input (or the decisions taken on it) has problems: nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        count = len(problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the import; nothing was written:\n"
                         + "\n".join(str(p) for p in problems[:50]))
        self.problems = problems


@dataclass(frozen=True)
class Candidate:
    """A stored record the row may be: why, and how sure (100 for exact keys, the name similarity otherwise)."""

    record_id: str
    label: str
    reason: str
    score: float

    @property
    def exact(self) -> bool:
        return self.reason in EXACT_REASONS

    @property
    def why(self) -> str:
        text = Message(REASON_LABELS.get(self.reason, self.reason))
        if self.reason != "name":
            return text
        return Message(N_("{reason} ({score}%)"), reason=text, score=round(self.score))


@dataclass(frozen=True)
class Link:
    """A pointer written in a cell: to a row of this file (`row` = index in plan.rows[sheet]) or a stored record."""

    text: str
    row: int | None = None
    record_id: str | None = None


@dataclass
class PlannedRow:
    sheet: str
    row: int  # spreadsheet row number (the header is row 1)
    ref: str | None
    label: str  # how the wizard names the incoming record
    values: dict[str, Any]  # cleaned model fields, only the columns the file has
    links: dict[str, Any] = field(default_factory=dict)  # column -> Link | list[Link] | None
    candidates: list[Candidate] = field(default_factory=list)  # best first
    default: Decision = NEW
    why: str = ""  # why the default was chosen
    key: RowKey = field(init=False, repr=False)  # (sheet, row): how decisions name the row

    def __post_init__(self) -> None:
        self.key = (self.sheet, self.row)


@dataclass(frozen=True)
class FileDuplicate:
    """Two rows of the file that look like the same record (reported, both imported as they are)."""

    sheet: str
    row: int
    other_row: int
    score: float
    reason: str


@dataclass
class ImportPlan:
    source: Path
    rows: dict[str, list[PlannedRow]] = field(default_factory=dict)  # in import order
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    duplicates_in_file: list[FileDuplicate] = field(default_factory=list)
    new_officers: list[str] = field(default_factory=list)  # agreement owners not in the store yet
    # The store as it was read for this plan: apply_import refuses a plan made before the store changed.
    store_version: int = 0
    _view: Any = field(default=None, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def all_rows(self) -> Iterator[PlannedRow]:
        for rows in self.rows.values():
            yield from rows

    @property
    def matches(self) -> list[PlannedRow]:
        """Rows that may be stored records already: what the wizard asks about (exact matches included)."""
        return [row for row in self.all_rows() if row.candidates]

    def default_decisions(self) -> dict[RowKey, Decision]:
        return {row.key: row.default for row in self.all_rows() if row.candidates or row.default != NEW}

    def row(self, sheet: str, row: int) -> PlannedRow:
        for planned in self.rows.get(sheet, []):
            if planned.row == row:
                return planned
        raise KeyError((sheet, row))

    def counts(self) -> dict[str, dict[str, int | None]]:
        """Per sheet: rows, new records and rows matched to stored records by default.

        Participations and KPI targets have no ref: they are matched by their content (action and person or
        organization; indicator, period and cluster) when written, so their new/matched are None here.
        """
        result: dict[str, dict[str, int | None]] = {}
        for sheet, rows in self.rows.items():
            matched = sum(1 for r in rows if r.default not in (NEW, SKIP))
            skipped = sum(1 for r in rows if r.default == SKIP)
            by_content = sheet in MATCHED_WHEN_WRITTEN
            result[sheet] = {"rows": len(rows), "new": None if by_content else len(rows) - matched - skipped,
                             "matched": None if by_content else matched, "skipped": skipped}
        return result


@dataclass
class SheetCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    @property
    def rows(self) -> int:
        return self.created + self.updated + self.unchanged + self.skipped


@dataclass(frozen=True)
class DecisionTaken:
    """What happened to a row that had candidates: for the summary the CLI prints and the wizard shows."""

    sheet: str
    row: int
    label: str
    decision: Decision
    target_label: str | None
    why: str


@dataclass
class ImportSummary:
    sheets: dict[str, SheetCounts] = field(default_factory=dict)
    decisions: list[DecisionTaken] = field(default_factory=list)
    officers_created: list[str] = field(default_factory=list)

    def counts(self, sheet: str) -> SheetCounts:
        return self.sheets.setdefault(sheet, SheetCounts())

    @property
    def changed(self) -> bool:
        return any(c.created or c.updated for c in self.sheets.values()) or bool(self.officers_created)
