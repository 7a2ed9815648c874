"""Merging changes from another store: the one entry point that bundles and the hub go through.

Rules (sync.md): per field, the logged value with the greatest hybrid logical clock wins; changes are
identified by (site_id, hlc), so a change seen twice is applied once; received changes are appended to the
log as they are (their clock, site and officer) so that they can be passed on to third stores; the whole
merge is one transaction. Rows are rebuilt from the log (materialize.py), so the order in which changes
arrive never matters.

Clocks too far ahead. A laptop with a wrong date (say, a year ahead) writes changes whose clocks would win
every field they touch until the real date catches up, and would drag every clock it meets along. Our
HybridClock.receive() already refuses to move our clock more than MAX_DRIFT ahead and says so (clamped).
We go one step further with the change itself: it is stored, and passed on, *re-stamped* with the clamped
clock of the store that received it (as if that store had made the edit then, for the officer who made it;
its original (site, hlc) is kept in `sync_clamped`, so receiving it again is a no-op and it still counts as
held). The officer's edit is not lost, but it competes as an edit of "now", not of next year; and because
the re-stamped copy is an ordinary change of the receiving store, every store that exchanges with it ends up
with the same copy and the same result. The clamps are reported in the MergeResult (and by the CLI) so that
someone fixes that laptop's date. What this cannot fix: the laptop with the wrong date keeps its own
far-future changes winning locally until it receives a later edit of the same fields.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from magia_desk.domain.hlc import Timestamp
from magia_desk.services.common import Progress
from magia_desk.services.sync import erasure
from magia_desk.services.sync.log import (
    ChangeRecord,
    Knowledge,
    Receipt,
    add_receipts,
    all_receipts,
    append_changes,
    clamp_record,
    known_change_keys,
    own_receipts,
)
from magia_desk.services.sync.materialize import Rebuilder, store_conflicts, table_info
from magia_desk.storage.base import utcnow
from magia_desk.storage.scrub import secure_delete
from magia_desk.storage.store import Store
from magia_desk.storage.sync_models import SyncPending

# Arbitrary constant naming the PostgreSQL advisory lock that serialises merges into a hub: two laptops
# pushing at once would otherwise both see a change as new and both rebuild the same rows.
HUB_MERGE_LOCK = 0x4D414731


@dataclass(frozen=True)
class ClampedChange:
    """A received change whose clock was too far ahead: stored under `stored_hlc` instead (see above)."""

    site_id: str
    original_hlc: str
    stored_hlc: str
    table_name: str
    record_id: str
    field: str | None

    @property
    def original_time(self) -> str:
        from datetime import UTC, datetime

        return datetime.fromtimestamp(Timestamp.decode(self.original_hlc).millis / 1000, UTC).isoformat()


@dataclass
class MergeResult:
    """What a merge did, for the Sync screen's summary and the CLI."""

    received: int = 0  # changes offered
    new: int = 0  # of which not seen before (appended to the log)
    duplicates: int = 0  # of which already here (ignored)
    inserted: int = 0  # records that appeared here
    updated: int = 0  # records whose values changed here
    conflicts: int = 0  # concurrent edits listed in the Conflicts view
    pending: int = 0  # records still waiting (unknown table or field, link to a record not here yet)
    clamped: list[ClampedChange] = field(default_factory=list)
    by_table: dict[str, int] = field(default_factory=dict)  # records written per table
    erased: list[str] = field(default_factory=list)  # contacts erased here by an erasure received (erasure.py)
    erased_files: list[str] = field(default_factory=list)  # sha256 of their documents' files, gone after commit

    def add(self, other: MergeResult) -> MergeResult:
        by_table = dict(self.by_table)
        for name, count in other.by_table.items():
            by_table[name] = by_table.get(name, 0) + count
        return MergeResult(
            self.received + other.received, self.new + other.new, self.duplicates + other.duplicates,
            self.inserted + other.inserted, self.updated + other.updated, self.conflicts + other.conflicts,
            other.pending, self.clamped + other.clamped, by_table, self.erased + other.erased,
            self.erased_files + other.erased_files,
        )


@dataclass(frozen=True)
class Sender:
    """Who sent a batch: recorded as a peer, and what it holds tells what to send it next time."""

    site_id: str
    officer_name: str | None
    kind: str  # bundle, hub, laptop
    vector: dict[str, str]  # what the sender held when it sent: {origin site: highest hlc}
    clock: str | None  # the sender's clock when it sent


def apply_changes(store: Store, changes: Iterable[ChangeRecord], *, receipts: Iterable[Receipt] = (),
                  sender: Sender | None = None, progress: Progress | None = None) -> MergeResult:
    """Merge changes from elsewhere into `store`, all or nothing."""
    with store.session() as session:
        result = merge_in_session(session, store, changes, receipts=receipts, sender=sender, progress=progress)
    erasure.finish_erasure(store, result.erased, result.erased_files)
    refresh_statistics(store, result)
    return result


# Rows written by one merge above which a hub's planner statistics are refreshed: a hub filled by a first push
# has none yet (autovacuum comes later), and the KPI queries then took 30 s instead of 1 s on demo data.
ANALYZE_AFTER = 500


def refresh_statistics(store: Store, result: MergeResult) -> None:
    """PostgreSQL only: ANALYZE the tables a big merge wrote (after commit, so it sees the new rows)."""
    if store.engine.dialect.name != "postgresql" or result.new < ANALYZE_AFTER:
        return
    with store.engine.begin() as connection:
        for table in sorted({"change", *result.by_table}):
            connection.exec_driver_sql(f'ANALYZE "{table}"')


def merge_in_session(session: Session, store: Store, changes: Iterable[ChangeRecord], *,
                     receipts: Iterable[Receipt] = (), sender: Sender | None = None,
                     progress: Progress | None = None) -> MergeResult:
    session.info["replaying"] = True  # we write the log ourselves; the change-log hook must not log again
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(HUB_MERGE_LOCK)))
    incoming: dict[tuple[str, str], ChangeRecord] = {}
    for change in changes:
        incoming.setdefault(change.key, change)
    known = known_change_keys(session, incoming)
    result = MergeResult(received=len(incoming), duplicates=len(known))

    stored: list[ChangeRecord] = []
    clock_after: Timestamp | None = None
    for change in sorted((c for k, c in incoming.items() if k not in known), key=lambda c: (c.hlc, c.site_id)):
        clock_after, clamped = store.clock.receive(Timestamp.decode(change.hlc))
        if clamped:
            copy = replace(change, hlc=clock_after.encode(), site_id=store.site_id, at=utcnow())
            clamp_record(session, change, copy.hlc)
            result.clamped.append(ClampedChange(change.site_id, change.hlc, copy.hlc, change.table_name,
                                                change.record_id, change.field))
            change = copy
        stored.append(change)
    result.new = len(stored)
    sent_receipts = list(receipts)
    if sender is not None and sender.clock and sender.site_id != store.site_id:
        # What the sender held when it sent is a receipt too: everything it writes later was written knowing it.
        sent_receipts += [(sender.site_id, origin, upto, sender.clock) for origin, upto in sender.vector.items()
                          if origin != sender.site_id]
    add_receipts(session, sent_receipts)

    # Erasure tombstones (erasure.py): what an erasure reaches enters the log without personal values.
    erasing = erasure.incoming(session, stored)
    stored = [erasing.scrub(change) for change in stored]
    append_changes(session, stored)
    with contextlib.ExitStack() as erasing_here:
        if erasing.newly_erased:
            erasing_here.enter_context(secure_delete(session))  # overwritten values are zeroed on disk
            shas, reached = erasure.erase_local_copies(session, erasing)
        else:
            shas, reached = [], []
        _merge_rows(session, store, stored, result, progress, rebuild_whole=reached)
        if erasing.newly_erased:
            erasure.redact_mentions(session, erasing)
            result.erased = list(erasing.newly_erased)
            result.erased_files = erasure.unused_files(session, shas)

    if clock_after is not None:
        origins = {c.site_id for c in stored if c.site_id != store.site_id}
        add_receipts(session, own_receipts(session, store.site_id, origins, clock_after.encode()))
    if sender is not None and sender.site_id != store.site_id:
        from magia_desk.services.sync.peers import record_exchange

        record_exchange(session, store.site_id, sender, max((c.hlc for c in incoming.values()), default=None))
    result.pending = session.scalar(select(func.count()).select_from(SyncPending)) or 0
    return result


def _merge_rows(session: Session, store: Store, stored: list[ChangeRecord], result: MergeResult,
                progress: Progress | None, rebuild_whole: Iterable[tuple[str, str]] = ()) -> None:
    """Rebuild the records the new changes touch (and those that waited for them); conflicts found on the way."""
    touched: dict[tuple[str, str], set[str] | None] = dict.fromkeys(rebuild_whole)
    for change in stored:
        key = (change.table_name, change.record_id)
        if change.field is None:
            touched[key] = None  # a create sets every field
        elif key not in touched or touched[key] is not None:
            touched.setdefault(key, set()).add(change.field)  # type: ignore[union-attr]
    keys = set(touched)
    rebuilder = Rebuilder(session, store.site_id, {c.key for c in stored}, Knowledge(all_receipts(session)),
                          progress, touched)
    rebuilt = rebuilder.run(sorted(keys))
    retry = [key for key in waiting_keys(session) if key not in keys and table_info(key[0]) is not None]
    if retry:  # records that waited for a link or a create that may just have arrived
        again = Rebuilder(session, store.site_id).run(retry)
        rebuilt.inserted += again.inserted
        rebuilt.updated += again.updated
        rebuilt.by_table.update(again.by_table)
    result.inserted, result.updated, result.by_table = rebuilt.inserted, rebuilt.updated, dict(rebuilt.by_table)
    result.conflicts = store_conflicts(session, rebuilt.conflicts, rebuilt.superseded)


def waiting_keys(session: Session) -> list[tuple[str, str]]:
    return [(t, r) for t, r in session.execute(select(SyncPending.table_name, SyncPending.record_id))]


def apply_pending(store: Store, progress: Progress | None = None) -> MergeResult:
    """Apply what waited, as far as this version can (call after an upgrade; merges also retry it)."""
    with store.session() as session:
        session.info["replaying"] = True
        keys = waiting_keys(session)
        rebuilt = Rebuilder(session, store.site_id, progress=progress).run(keys)
        pending = session.scalar(select(func.count()).select_from(SyncPending)) or 0
    return MergeResult(inserted=rebuilt.inserted, updated=rebuilt.updated, pending=pending,
                       by_table=dict(rebuilt.by_table))


@dataclass(frozen=True)
class PendingView:
    table_name: str
    record_id: str
    reason: str
    detail: str | None


def list_pending(store: Store) -> list[PendingView]:
    with store.read() as session:
        rows = session.scalars(select(SyncPending).order_by(SyncPending.table_name, SyncPending.record_id))
        return [PendingView(r.table_name, r.record_id, r.reason, r.detail) for r in rows]
