"""`template OUT.xlsx`, `export OUT.xlsx`, `import FILE [--dry-run]`: the exchange workbook (cli.md).

`import` is all or nothing: on any problem nothing is written, every problem is printed on stderr as
`Sheet!Column Row: value: message`, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from magia_desk.cli.common import opened_store, stderr_progress
from magia_desk.domain.errors import MagiaError

if TYPE_CHECKING:  # the services are imported when a command runs, so that `--help` stays fast
    from magia_desk.services.exchange.plan import ImportPlan


def register(subparsers: argparse._SubParsersAction) -> None:
    template = subparsers.add_parser("template", help="empty exchange workbook with headers and examples")
    template.add_argument("out", metavar="OUT.xlsx")
    template.set_defaults(func=run_template)
    export = subparsers.add_parser("export", help="whole store as an exchange workbook")
    export.add_argument("out", metavar="OUT.xlsx")
    export.set_defaults(func=run_export)
    load = subparsers.add_parser(
        "import", help="exchange workbook, or one sheet of organizations or contacts as csv/xlsx; all or nothing")
    load.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    load.add_argument("--dry-run", action="store_true", help="check and list what would happen; write nothing")
    load.set_defaults(func=run_import)


def _writable(out: str) -> Path:
    path = Path(out)
    if not path.parent.is_dir():
        raise MagiaError(f"cannot write {path}: the folder {path.parent} does not exist")
    return path


def run_template(args: argparse.Namespace) -> int:
    from magia_desk.services.exchange.template import write_template

    print(write_template(_writable(args.out)))  # needs no store: nothing is opened or created
    return 0


def run_export(args: argparse.Namespace) -> int:
    from magia_desk.services.exchange.export import export_workbook

    out = _writable(args.out)
    with opened_store(args.db) as store:
        result = export_workbook(store, out, progress=stderr_progress("export"))
    for sheet, count in result.rows.items():
        print(f"{sheet:<18} {count:>9,}")
    for reason in result.left_out:
        print(f"magia-desk: not exported: {reason}", file=sys.stderr)
    print(result.path)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from magia_desk.services.exchange.importer import apply_import, plan_import
    from magia_desk.services.exchange.plan import ImportRefused, Problem

    def refuse(problems: list[Problem]) -> int:
        for problem in problems:
            print(problem, file=sys.stderr)
        count = len(problems)
        print(f"magia-desk: {count} problem{'s' if count != 1 else ''} in {args.file}; nothing was written",
              file=sys.stderr)
        return 1

    with opened_store(args.db) as store:
        plan = plan_import(store, Path(args.file), progress=stderr_progress("checking"))
        for warning in plan.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if plan.problems:
            return refuse(plan.problems)
        if args.dry_run:
            _print_plan(plan)
            return 0
        try:
            summary = apply_import(store, plan, progress=stderr_progress("import"))
        except ImportRefused as exc:
            return refuse(exc.problems)
    print(f"{'sheet':<18} {'created':>9} {'updated':>9} {'unchanged':>9} {'skipped':>9}")
    for sheet, counts in summary.sheets.items():
        print(f"{sheet:<18} {counts.created:>9,} {counts.updated:>9,} {counts.unchanged:>9,} {counts.skipped:>9,}")
    for name in summary.officers_created:
        print(f"officer created: {name}")
    _print_decisions([(d.sheet, d.row, d.label, d.decision, d.target_label, d.why) for d in summary.decisions])
    return 0


def _print_plan(plan: ImportPlan) -> None:
    print("dry run: nothing was written")
    print(f"{'sheet':<18} {'rows':>9} {'new':>9} {'matched':>9} {'skipped':>9}")
    def cell(value: int | None) -> str:
        return f"{value:>9,}" if value is not None else f"{'-':>9}"

    for sheet, counts in plan.counts().items():
        print(f"{sheet:<18} {cell(counts['rows'])} {cell(counts['new'])} {cell(counts['matched'])} "
              f"{cell(counts['skipped'])}")
    if any(counts["new"] is None for counts in plan.counts().values()):
        print("(-: matched to stored records by their content when written)")
    for name in plan.new_officers:
        print(f"officer to create: {name}")
    chosen = []
    for row in plan.matches:
        target = next((c.label for c in row.candidates if c.record_id == row.default), None)
        chosen.append((row.sheet, row.row, row.label, row.default, target, row.why))
    _print_decisions(chosen)


def _print_decisions(decisions: list[tuple[str, int, str, str, str | None, str]]) -> None:
    """Rows matched by their remembered ref are counted (a re-import matches them all); the others listed."""
    from magia_desk.services.exchange.plan import NEW, REASON_LABELS, SKIP

    by_ref = [d for d in decisions if d[5] == REASON_LABELS["ref"]]
    others = [d for d in decisions if d[5] != REASON_LABELS["ref"]]
    if by_ref:
        print(f"{len(by_ref):,} rows matched the records of an earlier import by their ref")
    if others:
        print("duplicate decisions:")
    for sheet, row, label, decision, target, why in others:
        if decision == NEW:
            outcome = "new record"
        elif decision == SKIP:
            outcome = "skipped"
        else:
            outcome = f"same record as {target or decision}"
        print(f"  {sheet} row {row} '{label}': {outcome} ({why})")
