"""`check`, `backup [--list]`, `restore`, and encryption at rest: `encrypt`, `decrypt`, `passphrase`.

Passphrases come from $MAGIA_DESK_PASSPHRASE (the current one) and $MAGIA_DESK_NEW_PASSPHRASE (a new one for
`passphrase`), else they are asked on the terminal without echo; never from the command line, which other users
of the machine can read in the process list.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict
from pathlib import Path

from magia_desk.cli.common import ENV_PASSPHRASE, print_json, read_passphrase, store_passphrase
from magia_desk.services import backup
from magia_desk.storage.store import PassphraseError

ENV_NEW_PASSPHRASE = "MAGIA_DESK_NEW_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser("check", help="integrity check, schema version and counts")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=run_check)
    save = subparsers.add_parser("backup", help="consistent backup of the store and its attachments")
    save.add_argument("--out", help="backup file (default: backups/ beside the store)")
    save.add_argument("--list", action="store_true", help="list the store's backups instead, newest first")
    save.add_argument("--json", action="store_true", help="with --list: print a JSON array")
    save.set_defaults(func=run_backup)
    load = subparsers.add_parser("restore", help="replace the store by a backup (the current one is kept)")
    load.add_argument("file", help="a .magiabackup file or a store file")
    load.set_defaults(func=run_restore)
    encrypt = subparsers.add_parser(
        "encrypt", help=f"encrypt the store (passphrase from ${ENV_PASSPHRASE} or asked); its backups too"
    )
    encrypt.set_defaults(func=run_encrypt)
    decrypt = subparsers.add_parser("decrypt", help="turn an encrypted store back into a plain one")
    decrypt.set_defaults(func=run_decrypt)
    rekey = subparsers.add_parser(
        "passphrase", help=f"change the passphrase (current: ${ENV_PASSPHRASE}, new: ${ENV_NEW_PASSPHRASE}, or asked)"
    )
    rekey.set_defaults(func=run_passphrase)


def run_check(args: argparse.Namespace) -> int:
    with backup.open_for_check(Path(args.db), store_passphrase(args.db)) as store:
        report = backup.check_store(store)
    if args.json:
        print_json(asdict(report) | {"path": str(report.path)})
    else:
        print(f"store:   {report.path} ({report.size_bytes:,} bytes{', encrypted' if report.encrypted else ''})")
        print(f"check:   {'ok' if report.ok else 'PROBLEMS: ' + '; '.join(report.problems)}")
        state = "current" if report.schema == report.head else f"needs upgrade to {report.head}"
        print(f"schema:  {report.schema} ({state})")
        print(f"site:    {report.site_id}")
        for table, count in report.counts.items():
            print(f"  {table:<24} {count:>9,}")
        print(f"  {'changes logged':<24} {report.changes:>9,}")
        if report.latest_backup:
            print(f"latest good backup: {report.latest_backup} (magia-desk restore {report.latest_backup})")
    return 0 if report.ok else 1


def run_backup(args: argparse.Namespace) -> int:
    from magia_desk.cli.common import opened_store

    if args.list:
        return _list_backups(Path(args.db), as_json=args.json)
    with opened_store(args.db) as store:
        path = backup.backup_store(store, Path(args.out) if args.out else None)
    print(path)
    return 0


def _list_backups(store_path: Path, *, as_json: bool) -> int:
    found = backup.list_backups(store_path.expanduser().resolve())
    if as_json:
        print_json([{"path": str(b.path), "created": b.created.isoformat(timespec="seconds"), "size": b.size,
                     "kind": b.kind} for b in found])
        return 0
    if not found:
        print(f"no backups of {store_path} in {backup.backups_folder(store_path)}")
    for info in found:
        print(f"{info.created:%Y-%m-%d %H:%M}  {info.kind:<10} {info.size:>13,}  {info.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    passphrase = os.environ.get(ENV_PASSPHRASE) or None
    try:
        result = backup.restore_store(Path(args.db), Path(args.file), passphrase)
    except PassphraseError:
        if passphrase is not None or not sys.stdin.isatty():
            raise
        result = backup.restore_store(Path(args.db), Path(args.file), read_passphrase("Passphrase of the backup: "))
    print(f"restored from {result.restored_from}")
    if result.previous_kept_at:
        print(f"the replaced store was kept at {result.previous_kept_at}")
    return 0


def _report(result: backup.ConversionResult, done: str) -> None:
    print(f"{result.path} {done}")
    if result.kept:
        print(f"the store as it was is kept at {result.kept}")
    for path in result.backups_converted:
        print(f"backup re-encrypted: {path}")
    for path in result.backups_left:
        print(f"backup left as it was: {path}")


def run_encrypt(args: argparse.Namespace) -> int:
    passphrase = read_passphrase("New passphrase: ", confirm=True)
    _report(backup.encrypt_store(Path(args.db), passphrase), "is now encrypted")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    passphrase = read_passphrase("Passphrase: ")
    result = backup.decrypt_store(Path(args.db), passphrase)
    _report(result, "is now a plain (unencrypted) store")
    if result.backups_left:
        print("the backups listed stay encrypted: restoring one needs this passphrase")
    return 0


def run_passphrase(args: argparse.Namespace) -> int:
    old = read_passphrase("Current passphrase: ")
    new = read_passphrase("New passphrase: ", env=ENV_NEW_PASSPHRASE, confirm=True)
    _report(backup.change_passphrase(Path(args.db), old, new), "has a new passphrase")
    return 0
