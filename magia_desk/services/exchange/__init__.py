"""The exchange workbook (../shared/docs/exchange-workbook.md): template, export, import, duplicates, merge.

The import wizard works in two steps:
- `plan_import(store, path, progress)` reads and checks everything and writes nothing: `plan.rows` (cleaned
  rows per sheet), `plan.problems` (blocking, each with sheet, row, column, value, message), `plan.warnings`,
  `plan.matches` (rows that may be stored records: candidates best first, the default decision and why);
- `apply_import(store, plan, decisions, progress)` writes it in one transaction; `decisions` maps
  (sheet, row) to a stored record's id, NEW or SKIP and overrules the defaults. It returns an ImportSummary
  (created / updated / unchanged / skipped per sheet, the decisions taken) or raises ImportRefused / Cancelled.
`export_workbook`, `write_template`, `find_duplicates`, `merge_records` and `undo_merge` complete the set.
"""

from __future__ import annotations

from magia_desk.services.exchange.dedup import DuplicatePair, find_duplicates
from magia_desk.services.exchange.export import ExportResult, export_workbook
from magia_desk.services.exchange.importer import apply_import, plan_import
from magia_desk.services.exchange.merge import FieldChange, MergeResult, UndoResult, merge_records, undo_merge
from magia_desk.services.exchange.plan import (
    NEW,
    SKIP,
    Candidate,
    DecisionTaken,
    FileDuplicate,
    ImportPlan,
    ImportRefused,
    ImportSummary,
    PlannedRow,
    Problem,
    SheetCounts,
)
from magia_desk.services.exchange.template import write_template

__all__ = [
    "NEW", "SKIP", "Candidate", "DecisionTaken", "DuplicatePair", "ExportResult", "FieldChange", "FileDuplicate",
    "ImportPlan", "ImportRefused", "ImportSummary", "MergeResult", "PlannedRow", "Problem", "SheetCounts",
    "UndoResult", "apply_import", "export_workbook", "find_duplicates", "merge_records", "plan_import", "undo_merge",
    "write_template",
]
