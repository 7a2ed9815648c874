"""Sync merge at size: a bundle of 10k changes from another laptop into a store of 60k organizations.

Goal (issue 11): the merge takes under 2 s. The stores and the bundle are built once under bench-data/ and
reused while the schema is current. Each run merges into a fresh copy of the big store, so every run does the
same work; the time reported is the median of the runs, verification of the bundle included and shown apart.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, select

from benchmarks.common import data_path
from magia_desk.services.sync import export_bundle
from magia_desk.services.sync.bundle import load_bundle
from magia_desk.services.sync.merge import Sender, apply_changes
from magia_desk.storage import migrate
from magia_desk.storage.base import new_id, utcnow
from magia_desk.storage.bulk import bulk_create
from magia_desk.storage.models import Contact, Organization
from magia_desk.storage.store import open_store

GOAL_MS = 2000.0
ORGANIZATIONS = 60_000
# The other laptop's 10k changes: field edits of existing companies, new companies, deletions, new contacts.
EDITS, CREATES, DELETES, CONTACTS = 6_000, 2_000, 1_000, 1_000
KINDS = ("sme", "sme", "sme", "cluster", "large_company", "research")
COUNTRIES = ("IT", "BE", "DE", "FR", "ES", "NL", "AT", "SE", "PL", "US", "JP")
CITIES = ("Torino", "Wavre", "Lyon", "Hamburg", "Madrid", "Leiden", "Graz", "Lund", "Gdansk", "Boston")


def _schema_is_current(path: Path) -> bool:
    engine = create_engine(f"sqlite:///{path}")
    try:
        return migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def _new_site(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE store_meta SET value = ? WHERE key = 'site_id'", (new_id(),))
        connection.commit()


def build(base: Path, bundle: Path) -> None:
    rng = random.Random(11)
    started = time.perf_counter()
    with open_store(base) as store, store.session() as session:
        bulk_create(session, Organization, [
            {"kind": rng.choice(KINDS), "name": f"Company {i:05d}", "country": rng.choice(COUNTRIES),
             "city": rng.choice(CITIES), "employees": rng.randrange(1, 500)}
            for i in range(ORGANIZATIONS)
        ])
    with open_store(base) as store, store.session() as session:
        session.connection().exec_driver_sql("ANALYZE")
        base_site = store.site_id
    print(f"  base store: {ORGANIZATIONS:,} organizations ({time.perf_counter() - started:.0f} s)")

    other = base.with_name("sync-other.sqlite")
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{other}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, other)
    _new_site(other)
    with open_store(other) as laptop:
        laptop.officer_id = "officer-other"
        with laptop.session() as session:
            ids = list(session.scalars(select(Organization.id).order_by(Organization.id)))
            rng.shuffle(ids)
            edited, deleted = ids[:EDITS // 2], ids[EDITS // 2:EDITS // 2 + DELETES]
            for org in session.scalars(select(Organization).where(Organization.id.in_(edited))):
                org.city = rng.choice(CITIES) + " Nord"  # two fields each: 6,000 field changes
                org.notes = f"met at fair {rng.randrange(100)}"
            for org in session.scalars(select(Organization).where(Organization.id.in_(deleted))):
                org.deleted_at = utcnow()
            created = bulk_create(session, Organization, [
                {"kind": "sme", "name": f"New company {i:04d}", "country": rng.choice(COUNTRIES)}
                for i in range(CREATES)
            ])
            bulk_create(session, Contact, [
                {"first_name": "Ada", "last_name": f"Person {i:04d}", "organization_id": rng.choice(created + ids)}
                for i in range(CONTACTS)
            ])
        info = export_bundle(laptop, bundle, for_site=base_site)
    print(f"  bundle: {info.count:,} changes, {info.size_bytes / 1e6:.1f} MB ({time.perf_counter() - started:.0f} s)")
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{other}{suffix}").unlink(missing_ok=True)


def ensure_data(rebuild: bool) -> tuple[Path, Path]:
    base, bundle = data_path(f"sync-{ORGANIZATIONS // 1000}k.sqlite"), data_path("sync-10k.magiasync")
    if base.exists() and (rebuild or not bundle.exists() or not _schema_is_current(base)):
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{base}{suffix}").unlink(missing_ok=True)
        bundle.unlink(missing_ok=True)
    if not base.exists():
        print(f"building {base} and {bundle} (once; reused afterwards)")
        partial = base.with_name(base.stem + ".partial.sqlite")
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        build(partial, bundle)
        partial.rename(base)
        Path(f"{partial}.lock").unlink(missing_ok=True)
    return base, bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rebuild", action="store_true", help="build the store and the bundle again")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    base, bundle = ensure_data(args.rebuild)
    verify_times, merge_times, merge_cpu = [], [], []
    with tempfile.TemporaryDirectory(prefix="magia-bench-sync-") as scratch:
        for run in range(args.runs):
            target = Path(scratch) / f"target-{run}.sqlite"
            shutil.copyfile(base, target)
            with open_store(target) as store:
                started = time.perf_counter()
                header, changes, receipts = load_bundle(bundle)
                verified, cpu = time.perf_counter(), time.process_time()
                sender = Sender(header["site_id"], header.get("officer_name"), "bundle", header["vector"],
                                header.get("sender_clock"))
                result = apply_changes(store, changes, receipts=receipts, sender=sender)
                merged = time.perf_counter()
                merge_cpu.append((time.process_time() - cpu) * 1000)
            verify_times.append((verified - started) * 1000)
            merge_times.append((merged - verified) * 1000)
            target.unlink()
    merge_ms, verify_ms = statistics.median(merge_times), statistics.median(verify_times)
    print(f"  merged {result.new:,} changes: {result.inserted:,} records added, {result.updated:,} updated, "
          f"{result.conflicts} conflicts, {result.pending} waiting")
    print(f"sync merge of 10k changes into {ORGANIZATIONS:,} organizations: {merge_ms:,.0f} ms "
          f"(goal {GOAL_MS:.0f} ms, {merge_ms / GOAL_MS:.2f}x)")
    # CPU time of this process: what the merge costs when the machine is shared (wall time then includes waiting).
    print(f"sync merge CPU time: {statistics.median(merge_cpu):,.0f} ms")
    print(f"sync bundle verification (checksums, parse): {verify_ms:,.0f} ms; import total "
          f"{merge_ms + verify_ms:,.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
