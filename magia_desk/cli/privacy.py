"""GDPR and audit commands: `subject-access`, `erase`, `retention`, `audit`.

A CONTACT is given by id, email or words of the name; a name matching several contacts is refused with their
ids listed, so that nothing is exported or erased for the wrong person.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from magia_desk.cli.common import opened_store, print_json
from magia_desk.domain.errors import MagiaError, NotFoundError
from magia_desk.services import audit, gdpr
from magia_desk.services.officers import list_officers
from magia_desk.settings import Settings
from magia_desk.storage.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    access = subparsers.add_parser("subject-access", help="everything held about one person, as .json and .txt")
    access.add_argument("contact", help="contact id, email or name")
    access.add_argument("--out", required=True, help="file name; FILE.json and FILE.txt are written")
    access.set_defaults(func=run_subject_access)
    erase = subparsers.add_parser("erase", help="erase a person's personal data (GDPR); counts stay right")
    erase.add_argument("contact", help="contact id, email or name")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(func=run_erase)
    retention = subparsers.add_parser("retention", help="contacts with no activity for N years, for review")
    retention.add_argument("--years", type=int, help="default: the retention_years setting")
    retention.add_argument("--json", action="store_true", help="print a JSON array")
    retention.set_defaults(func=run_retention)
    trail = subparsers.add_parser("audit", help="the audit trail: who changed what and when, newest first")
    trail.add_argument("--record", help="one record's history (oldest first)")
    trail.add_argument("--officer", help="officer name or id")
    trail.add_argument("--table", help="organization, contact, action...")
    trail.add_argument("--op", choices=["create", "update", "delete", "restore", "merge", "erase"])
    trail.add_argument("--from", dest="date_from", type=date.fromisoformat, help="YYYY-MM-DD")
    trail.add_argument("--to", dest="date_to", type=date.fromisoformat, help="YYYY-MM-DD (included)")
    trail.add_argument("--text", default="", help="in values, fields and record names")
    trail.add_argument("--limit", type=int, default=100, help="entries at most (default 100)")
    trail.add_argument("--json", action="store_true", help="print a JSON array")
    trail.set_defaults(func=run_audit)


def run_subject_access(args: argparse.Namespace) -> int:
    with opened_store(args.db) as store:
        files = gdpr.subject_access_export(store, gdpr.resolve_contact(store, args.contact), Path(args.out))
    print(files.json_path)
    print(files.text_path)
    return 0


def _confirm(name: str) -> None:
    if not sys.stdin.isatty():
        raise MagiaError(f"Erasing {name} cannot be undone: add --yes to confirm.")
    answer = input(f"Erase every personal data of {name}? This cannot be undone. Type 'erase' to confirm: ")
    if answer.strip().lower() != "erase":
        raise MagiaError("Not confirmed; nothing was erased.")


def run_erase(args: argparse.Namespace) -> int:
    with opened_store(args.db) as store:
        contact_id = gdpr.resolve_contact(store, args.contact)
        person = gdpr.subject_access_data(store, contact_id)["person"]
        if not args.yes:
            _confirm(f"{person['first_name']} {person['last_name']} ({contact_id})")
        report = gdpr.erase_contact(store, contact_id)
    print(f"erased: {', '.join(report.contact_ids)}")
    print(f"other records redacted: {report.records_redacted}; history entries rewritten: "
          f"{report.history_rows_rewritten}; documents removed: {report.documents_removed}")
    if not report.wal_emptied:
        print("warning: another program was reading the store; run the erase again to clear its journal")
    if report.backups_holding_old_data:
        print(f"{len(report.backups_holding_old_data)} backups made before still hold the person's data; "
              "automatic ones leave with the rotation, delete the others when they are no longer needed")
    return 0


def run_retention(args: argparse.Namespace) -> int:
    years = args.years if args.years is not None else Settings.load().retention_years
    with opened_store(args.db) as store:
        stale = gdpr.stale_contacts(store, years, date.today())
    if args.json:
        print_json([{"id": s.id, "name": s.name, "organization": s.organization,
                     "last_activity": s.last_activity.isoformat()} for s in stale])
        return 0
    print(f"{len(stale)} contacts with no activity for {years} years")
    for s in stale:
        print(f"{s.last_activity}  {s.name:<40} {s.organization or '':<40} {s.id}")
    return 0


def _officer_id(store: Store, name: str) -> str:
    officers = list_officers(store)
    for officer in officers:
        if name in (officer.id, officer.name) or officer.name.casefold() == name.casefold():
            return officer.id
    raise NotFoundError(f"No officer named '{name}' (officers: {', '.join(o.name for o in officers) or 'none'}).")


def _shown(value: Any) -> str:
    text = "—" if value is None else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def run_audit(args: argparse.Namespace) -> int:
    with opened_store(args.db) as store:
        if args.record:
            entries = audit.record_history(store, args.record)[-args.limit:]
        else:
            flt = audit.AuditFilter(
                officer_id=_officer_id(store, args.officer) if args.officer else None, table=args.table,
                op=args.op, date_from=args.date_from, date_to=args.date_to, text=args.text,
            )
            entries = audit.audit_entries(store, flt, limit=args.limit)
    if args.json:
        print_json([{"seq": e.seq, "at": e.at.isoformat(timespec="seconds"), "officer": e.officer, "op": e.op,
                     "table": e.table, "record_id": e.record_id, "record": e.record_label, "field": e.field,
                     "old": e.old_value, "new": e.new_value} for e in entries])
        return 0
    for e in entries:
        change = f"{e.field}: {_shown(e.old_value)} -> {_shown(e.new_value)}" if e.field else ""
        print(f"{e.at.astimezone():%Y-%m-%d %H:%M}  {e.officer or '-':<20} {e.op:<8} {e.table:<14} "
              f"{_shown(e.record_label):<40} {change}")
    return 0
