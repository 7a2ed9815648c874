"""`check`, `backup`, `restore`."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from magia_desk.cli.common import print_json
from magia_desk.services import backup


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser("check", help="integrity check, schema version and counts")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=run_check)
    save = subparsers.add_parser("backup", help="consistent backup of the store and its attachments")
    save.add_argument("--out", help="backup file (default: backups/ beside the store)")
    save.set_defaults(func=run_backup)
    load = subparsers.add_parser("restore", help="replace the store by a backup (the current one is kept)")
    load.add_argument("file", help="a .magiabackup file or a store file")
    load.set_defaults(func=run_restore)


def run_check(args: argparse.Namespace) -> int:
    with backup.open_for_check(Path(args.db)) as store:
        report = backup.check_store(store)
    if args.json:
        print_json(asdict(report) | {"path": str(report.path)})
    else:
        print(f"store:   {report.path} ({report.size_bytes:,} bytes)")
        print(f"check:   {'ok' if report.ok else 'PROBLEMS: ' + '; '.join(report.problems)}")
        state = "current" if report.schema == report.head else f"needs upgrade to {report.head}"
        print(f"schema:  {report.schema} ({state})")
        print(f"site:    {report.site_id}")
        for table, count in report.counts.items():
            print(f"  {table:<24} {count:>9,}")
        print(f"  {'changes logged':<24} {report.changes:>9,}")
    return 0 if report.ok else 1


def run_backup(args: argparse.Namespace) -> int:
    from magia_desk.cli.common import opened_store

    with opened_store(args.db) as store:
        path = backup.backup_store(store, Path(args.out) if args.out else None)
    print(path)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    result = backup.restore_store(Path(args.db), Path(args.file))
    print(f"restored from {result.restored_from}")
    if result.previous_kept_at:
        print(f"the replaced store was kept at {result.previous_kept_at}")
    return 0
