"""`sync export|import|hub|peers|conflicts|pending`: merging laptops by bundle files or a team hub."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import asdict
from typing import Any

from magia_desk.cli.common import opened_store, print_json, stderr_progress


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="merge with other laptops (bundle files) or a team hub")
    commands = parser.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND", required=True,
                                     parser_class=type(parser))
    export = commands.add_parser("export", help="write the changes a peer lacks (or all) to a bundle file")
    export.add_argument("out", metavar="OUT.magiasync")
    export.add_argument("--for", dest="for_site", metavar="SITE_ID", help="only what this peer has not acknowledged")
    export.set_defaults(func=run_export)
    load = commands.add_parser("import", help="merge a bundle file (idempotent, any order)")
    load.add_argument("file", metavar="FILE.magiasync")
    load.set_defaults(func=run_import)
    hub = commands.add_parser("hub", help="push to and pull from a PostgreSQL team hub")
    hub.add_argument("url", metavar="URL", help="postgresql://user@host[:port]/database (password: keyring)")
    hub.add_argument("--save-password", action="store_true",
                     help="ask for the hub password and keep it in the system keyring first")
    hub.set_defaults(func=run_hub)
    peers = commands.add_parser("peers", help="known peers: site, officer, last exchange, changes they lack")
    peers.add_argument("--json", action="store_true")
    peers.set_defaults(func=run_peers)
    conflicts = commands.add_parser("conflicts", help="concurrent edits kept from merges; resolve one")
    conflicts.add_argument("--json", action="store_true")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--resolve", metavar="CONFLICT_ID")
    conflicts.add_argument("--pick", choices=("local", "remote"), help="with --resolve: the value to keep")
    conflicts.set_defaults(func=run_conflicts)
    pending = commands.add_parser("pending", help="records waiting for an upgrade or a linked record")
    pending.add_argument("--json", action="store_true")
    pending.add_argument("--apply", action="store_true", help="apply what this version can now")
    pending.set_defaults(func=run_pending)


def _summary(label: str, result: Any) -> None:
    tables = ", ".join(f"{name} {count}" for name, count in sorted(result.by_table.items()))
    print(f"{label}: {result.received:,} changes, {result.new:,} new, {result.duplicates:,} already there")
    print(f"  records: {result.inserted:,} added, {result.updated:,} updated" + (f" ({tables})" if tables else ""))
    if result.conflicts:
        print(f"  conflicts: {result.conflicts} (see `magia-desk sync conflicts`)")
    if result.pending:
        print(f"  waiting: {result.pending} records (see `magia-desk sync pending`)")
    for clamp in result.clamped:
        print(
            f"magia-desk: warning: a change from site {clamp.site_id} is dated {clamp.original_time}, too far in "
            "the future; it was kept with today's clock. Check the date of that computer.",
            file=sys.stderr,
        )


def run_export(args: argparse.Namespace) -> int:
    from magia_desk.services.sync import export_bundle

    with opened_store(args.db) as store:
        info = export_bundle(store, args.out, for_site=args.for_site, progress=stderr_progress("export"))
    target = f"for {info.for_site}" if info.for_site else "all changes"
    print(f"wrote {info.count:,} changes ({target}) to {info.path} ({info.size_bytes:,} bytes)")
    print(f"  site {info.site_id}, schema {info.schema}, sha256 {info.sha256}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from magia_desk.services.sync import import_bundle, read_bundle_info

    info = read_bundle_info(args.file)
    with opened_store(args.db) as store:
        result = import_bundle(store, args.file, progress=stderr_progress("import"))
    sender = f"{info.officer_name} (site {info.site_id})" if info.officer_name else f"site {info.site_id}"
    _summary(f"imported {args.file} from {sender}", result)
    return 0


def run_hub(args: argparse.Namespace) -> int:
    from magia_desk.services.sync import save_hub_password, sync_with_hub
    from magia_desk.services.sync.hub import display_url

    if args.save_password:
        save_hub_password(args.url, getpass.getpass(f"Password for {display_url(args.url)}: "))
    with opened_store(args.db) as store:
        result = sync_with_hub(store, args.url, progress=stderr_progress("hub"))
    _summary(f"pushed to {result.hub}", result.pushed)
    _summary(f"pulled from {result.hub}", result.pulled)
    return 0


def run_peers(args: argparse.Namespace) -> int:
    from magia_desk.services.sync import list_peers

    with opened_store(args.db) as store:
        peers = list_peers(store)
        me = store.site_id
    if args.json:
        print_json({"site_id": me, "peers": [asdict(p) for p in peers]})
        return 0
    print(f"this store: site {me}")
    for peer in peers:
        when = peer.last_exchange_at.strftime("%Y-%m-%d %H:%M") if peer.last_exchange_at else "never"
        print(f"  {peer.site_id}  {peer.kind:<6} {peer.officer_name or '?':<24} last {when}  "
              f"{peer.pending_changes:,} changes to send")
    if not peers:
        print("  no peers yet: export a bundle for a colleague, or sync with a hub")
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from magia_desk.services.sync import list_conflicts, resolve_conflict

    with opened_store(args.db) as store:
        if args.resolve:
            if not args.pick:
                print("magia-desk sync conflicts: --resolve needs --pick local|remote", file=sys.stderr)
                return 2
            resolve_conflict(store, args.resolve, args.pick)
            print(f"resolved {args.resolve}: kept the {args.pick} value")
            return 0
        conflicts = list_conflicts(store, include_resolved=args.all)
    if args.json:
        print_json([asdict(c) for c in conflicts])
        return 0
    for c in conflicts:
        state = f"resolved: {c.resolution}" if c.resolved_at else f"{c.winner} value kept"
        print(f"{c.id}  {c.table_name} {c.record_label!r} {c.field} ({c.kind}, {state})")
        for label, side in (("local: ", c.local), ("remote:", c.remote)):
            print(f"    {label} {side.value!r} by {side.officer_name or side.officer_id or '?'} at {side.at}")
        if c.note:
            print(f"    {c.note}")
    if not conflicts:
        print("no conflicts")
    return 0


def run_pending(args: argparse.Namespace) -> int:
    from magia_desk.services.sync import apply_pending, list_pending

    with opened_store(args.db) as store:
        if args.apply:
            result = apply_pending(store)
            print(f"applied: {result.inserted} added, {result.updated} updated; {result.pending} still waiting")
        waiting = list_pending(store)
    if args.json:
        print_json([asdict(p) for p in waiting])
    elif not args.apply:
        for item in waiting:
            print(f"{item.table_name} {item.record_id}: {item.reason} ({item.detail or ''})")
        if not waiting:
            print("nothing waiting")
    return 0
