"""Records rebuilt from the change log: per field, the logged value with the greatest clock wins.

The log is the truth; a row is a cache of it. A record's row is therefore recomputed from *all* its logged
changes (whatever order they arrived in), never patched change by change, which is what makes the merge
independent of arrival order: the same set of changes always gives the same row. A create's snapshot counts
as every field set at its clock (fields it leaves out are empty); an update sets one field.

What cannot be applied yet is left in the log and noted in `sync_pending`, to be rebuilt later: fields or
tables this version does not know (after an upgrade), links to records that have not arrived (when they do),
updates of a record whose create has not arrived (when it does).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Table, TypeDecorator, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from magia_desk.services.common import Progress, report
from magia_desk.services.sync import erasure
from magia_desk.services.sync.log import Knowledge, insert_rows, table_of, update_rows
from magia_desk.services.sync.search_index import DeferredSearchIndex
from magia_desk.storage.base import Base, new_id, utcnow
from magia_desk.storage.changelog import encode_value
from magia_desk.storage.lists import CHUNK, among
from magia_desk.storage.models import MODEL_BY_TABLE, Change
from magia_desk.storage.sync_models import SyncConflict, SyncPending

# Stamped by each store on every write (changelog._BOOKKEEPING): not fields, never merged as values.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "changed_by"})
_MISSING = object()

# (hlc, site_id, op, field, new_value, officer_id, at): one logged change, as read for a rebuild.
LogRow = tuple[str, str, str, str | None, str | None, str | None, datetime]


def _converter(python_type: type | None) -> Callable[[Any], Any]:
    """JSON value (as the change log holds it) -> the column's Python value."""
    if python_type is datetime:
        return lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v
    if python_type is date:
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    if python_type is bool:
        return bool
    if python_type is int:
        return lambda v: int(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
    if python_type is float:
        return lambda v: float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
    return lambda v: v


@dataclass(frozen=True)
class TableInfo:
    name: str
    table: Table
    fields: dict[str, Callable[[Any], Any]]  # merged field -> converter
    defaults: dict[str, Any]  # NOT NULL fields -> default for a snapshot that leaves them out
    required: frozenset[str]  # NOT NULL fields
    links: dict[str, str]  # foreign-key column (the id too, for missions) -> target table


@cache
def table_info(table_name: str) -> TableInfo | None:
    """What this version knows of a table; None when it does not know it (changes then wait, see above)."""
    model = MODEL_BY_TABLE.get(table_name)
    if model is None:
        return None
    table = table_of(model)
    fields: dict[str, Callable[[Any], Any]] = {}
    defaults: dict[str, Any] = {}
    required: set[str] = set()
    for column in table.columns:
        if column.key in BOOKKEEPING:
            continue
        column_type = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
        try:
            python_type: type | None = column_type.python_type
        except NotImplementedError:
            python_type = None
        fields[column.key] = _converter(python_type)
        if not column.nullable:
            required.add(column.key)
            default = column.default
            if default is not None and default.is_scalar:
                defaults[column.key] = getattr(default, "arg", None)
            elif default is not None and default.is_callable:
                produced = getattr(default, "arg")(None)  # noqa: B009 - DefaultGenerator is typed without .arg
                if isinstance(produced, list | dict):
                    defaults[column.key] = produced
    links = {fk.parent.key: fk.column.table.name for fk in table.foreign_keys}
    return TableInfo(table_name, table, fields, defaults, frozenset(required), links)


@lru_cache(maxsize=1)
def table_order() -> dict[str, int]:
    """Tables in foreign-key order, so that a record is written after the records it links to."""
    return {table.name: position for position, table in enumerate(Base.metadata.sorted_tables)}


@dataclass
class ConflictFound:
    table_name: str
    record_id: str
    field: str
    kind: str  # field, delete
    winner: str  # local, remote
    local: LogRow
    local_value: Any
    remote: LogRow
    remote_value: Any
    note: str | None = None


@dataclass
class Rebuilt:
    inserted: int = 0
    updated: int = 0
    by_table: Counter[str] = field(default_factory=Counter)
    conflicts: list[ConflictFound] = field(default_factory=list)
    waiting: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # key -> (reason, detail)
    complete: set[tuple[str, str]] = field(default_factory=set)
    # Fields with an open conflict that a newer change has since overwritten: the conflict is out of date.
    superseded: set[tuple[str, str, str]] = field(default_factory=set)


@dataclass
class _Fold:
    desired: dict[str, Any]
    winners: dict[str, LogRow]
    top: LogRow | None
    create: LogRow | None
    unknown: set[str]
    created_at: datetime | None = None


class Rebuilder:
    """Rebuilds records of one store inside the caller's transaction.

    `new_keys` are the (site, hlc) of the changes being merged now, `local_site` is this store's site: with
    them and `knowledge`, concurrent writes of one field by this site and another are reported as conflicts.
    """

    def __init__(self, session: Session, local_site: str, new_keys: set[tuple[str, str]] | None = None,
                 knowledge: Knowledge | None = None, progress: Progress | None = None,
                 touched: dict[tuple[str, str], set[str] | None] | None = None) -> None:
        self.session = session
        # Fields the new changes touch, per record (None: all, for a create). An existing record that is not
        # waiting for anything only needs those fields recomputed: every other field already holds the value
        # of its winning change, which these changes do not alter. Cuts a big merge's time by half.
        self.touched = touched or {}
        pending = table_of(SyncPending)
        self.waiting_before = {(r[0], r[1]) for r in session.execute(select(pending.c.table_name,
                                                                           pending.c.record_id))}
        self.local_site = local_site
        self.new_keys = new_keys or set()
        self.knowledge = knowledge
        self.progress = progress
        self.result = Rebuilt()
        self.open_conflicts: set[tuple[str, str, str]] = set()
        if self.new_keys:
            table = table_of(SyncConflict)
            self.open_conflicts = {
                (r[0], r[1], r[2])
                for r in session.execute(
                    select(table.c.table_name, table.c.record_id, table.c.field).where(table.c.resolved_at.is_(None))
                )
            }

    def run(self, keys: Iterable[tuple[str, str]]) -> Rebuilt:
        by_table: dict[str, list[str]] = defaultdict(list)
        for table_name, record_id in dict.fromkeys(keys):
            by_table[table_name].append(record_id)
        order = table_order()
        total, done = sum(len(ids) for ids in by_table.values()), 0
        self.index = DeferredSearchIndex(self.session)
        for table_name in sorted(by_table, key=lambda name: (order.get(name, len(order)), name)):
            ids = by_table[table_name]
            info = table_info(table_name)
            if info is None:
                for record_id in ids:
                    self.result.waiting[(table_name, record_id)] = ("unknown_table", table_name)
                continue
            self.index.suspend(table_name, len(ids))
            for start in range(0, len(ids), CHUNK):
                self._rebuild_chunk(info, ids[start:start + CHUNK])
                done += len(ids[start:start + CHUNK])
                report(self.progress, done, total)
        self.index.finish()
        self._write_pending()
        return self.result

    # ---- one chunk of records of one table ----------------------------------------------------------

    def _rebuild_chunk(self, info: TableInfo, ids: list[str]) -> None:
        logs: dict[str, list[LogRow]] = defaultdict(list)
        statement = select(
            Change.record_id, Change.hlc, Change.site_id, Change.op, Change.field, Change.new_value,
            Change.officer_id, Change.at,
        ).where(Change.table_name == info.name, among(self.session, Change.record_id, ids))
        for found in self.session.execute(statement):
            logs[found[0]].append((found[1], found[2], found[3], found[4], found[5], found[6], found[7]))
        table = info.table
        # Read only the columns the merge may change, unless a record needs rebuilding whole (reading and
        # decoding every column of thousands of rows was a good part of a big merge's time).
        partial: set[str] = set()
        for record_id in ids:
            fields = self.touched.get((info.name, record_id))
            if fields is not None:
                partial |= fields
        columns = [table.c.id, table.c.changed_by, *(table.c[f] for f in sorted(partial) if f in info.fields)]
        statement = select(*columns).where(among(self.session, table.c.id, ids))
        current: dict[str, Any] = {row[0]: row._mapping for row in self.session.execute(statement)}
        erased = self._erased(info, ids, logs)
        whole = [i for i in ids if i in current and (self.touched.get((info.name, i)) is None or i in erased
                                                     or (info.name, i) in self.waiting_before)]
        if whole:
            statement = select(table).where(among(self.session, table.c.id, whole))
            current.update({row._mapping["id"]: row._mapping for row in self.session.execute(statement)})
        inserts: dict[str, dict[str, Any]] = {}
        updates: dict[str, dict[str, Any]] = {}
        for record_id in ids:
            key = (info.name, record_id)
            rows = logs.get(record_id, [])
            row = current.get(record_id)
            whole_record = row is None or key in self.waiting_before or record_id in erased
            fold = self._fold(info, rows, None if whole_record else self.touched.get(key))
            if record_id in erased:  # an erasure beats every change of the person, whatever its clock
                erasure.erase_fold(info.name, erased[record_id], fold.desired, info.fields)
            if fold.unknown:
                self.result.waiting[key] = ("unknown_field", ", ".join(sorted(fold.unknown)))
            if row is None:
                if fold.create is None:
                    self.result.waiting[key] = ("incomplete", "its create has not arrived")
                    continue
                values = self._new_row(info, record_id, fold)
                if values is not None:
                    inserts[record_id] = values
            else:
                changed = {k: v for k, v in fold.desired.items() if row[k] != v and not self._refused(info, key, k, v)}
                if fold.top is not None and (changed or row["changed_by"] != fold.top[5]):
                    updates[record_id] = changed | {"updated_at": fold.top[6], "changed_by": fold.top[5]}
            if self.new_keys and rows and record_id not in erased:
                self._detect_conflicts(info.name, record_id, rows, fold, row, info)
                if self.open_conflicts:
                    self.result.superseded.update(
                        (info.name, record_id, name)
                        for name, winner in fold.winners.items()
                        if (info.name, record_id, name) in self.open_conflicts
                        and (winner[1], winner[0]) in self.new_keys
                    )
        self._check_links(info, inserts, updates)
        self._write(info, inserts, updates)
        for record_id in ids:
            key = (info.name, record_id)
            if key not in self.result.waiting:
                self.result.complete.add(key)

    def _erased(self, info: TableInfo, ids: list[str], logs: dict[str, list[LogRow]]) -> dict[str, erasure.Erased]:
        """The records of this chunk that an erasure tombstone reaches (services/sync/erasure.py)."""
        if info.name == "contact":
            stones: dict[str, tuple[str, str]] = {}
            for record_id in ids:
                for row in logs.get(record_id, ()):
                    if erasure.is_tombstone(info.name, row[2], row[3], row[4]) and (
                            record_id not in stones or row[0] > stones[record_id][0]):
                        stones[record_id] = (row[0], row[4] or "")
            return {i: erasure.Erased(erasure.PERSON, i, stone[1]) for i, stone in stones.items()}
        if info.name not in erasure.ATTACHED_FIELD:
            return {}
        links: dict[str, tuple[str | None, str | None]] = {}
        for record_id in ids:
            if logs.get(record_id):
                link = self._fold(info, logs[record_id], {"record_type", "record_id"}).desired
                links[record_id] = (link.get("record_type"), link.get("record_id"))
        stones = erasure.tombstones(self.session, {parent for _, parent in links.values() if parent})
        found = {i: erasure.erased_by(info.name, i, link, stones) for i, link in links.items()} if stones else {}
        return {i: e for i, e in found.items() if e is not None}

    def _fold(self, info: TableInfo, rows: list[LogRow], only: set[str] | None = None) -> _Fold:
        """Per field, the winning change and its value (only the fields in `only`, when given)."""
        create: LogRow | None = None
        top: LogRow | None = None
        latest: dict[str, LogRow] = {}
        unknown: set[str] = set()
        for row in rows:
            hlc, name = row[0], row[3]
            if top is None or hlc > top[0]:
                top = row
            if name is None:  # a create: the whole record (op may be renamed, e.g. "import")
                if create is None or hlc > create[0]:
                    create = row
            elif name in info.fields:
                best = latest.get(name)
                if best is None or hlc > best[0]:
                    latest[name] = row
            elif name not in BOOKKEEPING:
                unknown.add(name)
        desired: dict[str, Any] = {}
        winners: dict[str, LogRow] = {}
        snapshot: dict[str, Any] | None = None
        if create is not None and only is None:
            snapshot = json.loads(create[4]) if create[4] else {}
            unknown.update(k for k in snapshot if k not in info.fields and k not in BOOKKEEPING)
        for name in info.fields if only is None else [f for f in only if f in info.fields]:
            convert = info.fields[name]
            best = latest.get(name)
            if create is not None and (best is None or create[0] > best[0]):
                if snapshot is None:  # decoded only when the create wins one of the fields asked for
                    snapshot = json.loads(create[4]) if create[4] else {}
                raw, winners[name] = snapshot.get(name), create
            elif best is not None:
                raw, winners[name] = (json.loads(best[4]) if best[4] is not None else None), best
            else:
                continue
            desired[name] = None if raw is None else convert(raw)
        stamped = snapshot.get("created_at") if snapshot else None
        created_at = datetime.fromisoformat(stamped) if isinstance(stamped, str) else None
        return _Fold(desired, winners, top, create, unknown, created_at)

    def _new_row(self, info: TableInfo, record_id: str, fold: _Fold) -> dict[str, Any] | None:
        assert fold.create is not None and fold.top is not None
        values = {name: fold.desired.get(name) for name in info.fields}
        for name in info.required:
            if values[name] is None:
                default = info.defaults.get(name, _MISSING)
                if default is _MISSING:
                    self.result.waiting[(info.name, record_id)] = ("incomplete", f"no value for {name}")
                    return None
                values[name] = default
        # The creation time: the snapshot's when it carries one, else the time the create was logged (the
        # change log leaves created_at out of snapshots, so a date set on purpose, e.g. by an import, is lost).
        created = fold.created_at or fold.create[6]
        return values | {"id": record_id, "created_at": created, "updated_at": fold.top[6], "changed_by": fold.top[5]}

    def _refused(self, info: TableInfo, key: tuple[str, str], name: str, value: Any) -> bool:
        """An empty value for a required field cannot be stored: keep the current one and say so."""
        if value is None and name in info.required:
            self.result.waiting[key] = ("incomplete", f"no value for {name}")
            return True
        return False

    def _check_links(self, info: TableInfo, inserts: dict[str, dict[str, Any]],
                     updates: dict[str, dict[str, Any]]) -> None:
        """Links to records not here yet wait (the foreign keys would refuse them); the rest is written."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for values in (*inserts.values(), *updates.values()):
            for column, target in info.links.items():
                if values.get(column) is not None:
                    wanted[target].add(values[column])
        if not wanted:
            return
        missing: set[tuple[str, str]] = set()
        for target, ids in wanted.items():
            target_table = table_of(MODEL_BY_TABLE[target])
            ordered, present = sorted(ids), set[str]()
            for start in range(0, len(ordered), CHUNK):
                part = ordered[start:start + CHUNK]
                present.update(
                    self.session.scalars(select(target_table.c.id).where(among(self.session, target_table.c.id, part)))
                )
            missing.update((target, i) for i in ids - present)
        if not missing:
            return
        for record_id, values in list(inserts.items()):
            gone = [f"{t}:{values[c]}" for c, t in info.links.items() if (t, values.get(c)) in missing]
            if gone:
                del inserts[record_id]
                self.result.waiting[(info.name, record_id)] = ("missing_link", ", ".join(gone))
        for record_id, values in updates.items():
            gone = [f"{t}:{values[c]}" for c, t in info.links.items() if c in values and (t, values[c]) in missing]
            for column, target in info.links.items():
                if column in values and (target, values[column]) in missing:
                    del values[column]
            if gone:
                self.result.waiting[(info.name, record_id)] = ("missing_link", ", ".join(gone))

    def _write(self, info: TableInfo, inserts: dict[str, dict[str, Any]], updates: dict[str, dict[str, Any]]) -> None:
        table = info.table
        if inserts:
            insert_rows(self.session, table, list(inserts.values()))
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        for record_id, values in updates.items():
            names = tuple(sorted(values))
            groups[names].append((record_id, *(values[n] for n in names)))
        for names, rows in groups.items():
            update_rows(self.session, table, names, rows)
        self.index.written(info.name, [*inserts, *updates])
        self.result.inserted += len(inserts)
        self.result.updated += sum(1 for values in updates.values() if set(values) - {"updated_at", "changed_by"})
        self.result.by_table[info.name] += len(inserts) + len(updates)

    # ---- conflicts ----------------------------------------------------------------------------------

    def _knew(self, site: str, change: LogRow, before: str) -> bool:
        if self.knowledge is None:
            return change[1] == site and change[0] < before
        return self.knowledge.knew(site, change[1], change[0], before)

    def _detect_conflicts(self, table_name: str, record_id: str, rows: list[LogRow], fold: _Fold,
                          current: Any, info: TableInfo) -> None:
        """Concurrent writes that involve this store's own changes (see conflicts.py for the rules)."""
        local = self.local_site
        # Every rule below needs an edit made here (a create is never concurrent with an edit of its record).
        if current is None or not any(r[1] == local and r[3] is not None for r in rows):
            return
        new = [r for r in rows if (r[1], r[0]) in self.new_keys]
        if not new:
            return
        old = [r for r in rows if (r[1], r[0]) not in self.new_keys]
        touched = {r[3] for r in new if r[3] is not None and r[3] in info.fields}
        old_fold = self._fold(info, old, touched)
        for name in sorted(touched - {"deleted_at"}):
            before, after = self._winner(old, name), self._winner(rows, name)
            if before is None or after is None or before[1] != local or before[3] is None:
                continue  # a create on either side is never concurrent with an edit of the same record
            old_value, new_value = old_fold.desired.get(name), fold.desired.get(name)
            if after is before:
                losers = [r for r in new if r[3] == name and r[1] != local
                          and self._value(info, name, r) != old_value and not self._knew(r[1], before, r[0])]
                if losers:
                    loser = max(losers)
                    self._found(table_name, record_id, name, "field", "local", before, old_value, loser,
                                self._value(info, name, loser))
            elif (after[1] != local and after[3] is not None and new_value != old_value
                  and not self._knew(after[1], before, after[0])):
                self._found(table_name, record_id, name, "field", "remote", before, old_value, after, new_value)
        self._detect_delete_conflicts(table_name, record_id, rows, new, old, info)

    def _detect_delete_conflicts(self, table_name: str, record_id: str, rows: list[LogRow], new: list[LogRow],
                                 old: list[LogRow], info: TableInfo) -> None:
        local = self.local_site
        before, after = self._winner(old, "deleted_at"), self._winner(rows, "deleted_at")
        was_deleted = before is not None and self._value(info, "deleted_at", before) is not None
        now_deleted = after is not None and self._value(info, "deleted_at", after) is not None
        if (now_deleted and not was_deleted and after is not None and after is not before and after[1] != local
                and after[3] is not None):
            # Deleted there (or merged into another record) while edited here.
            edits = [r for r in old if r[1] == local and r[3] is not None and r[3] != "deleted_at"
                     and not self._knew(after[1], r, after[0])]
            if edits:
                edit = max(edits)
                self._found(table_name, record_id, "deleted_at", "delete", "remote", edit, None, after,
                            self._value(info, "deleted_at", after), note=f"edited here: {edit[3]}")
        elif (was_deleted and now_deleted and after is before and before is not None and before[1] == local
              and before[3] == "deleted_at"):
            # Deleted here while edited there.
            edits = [r for r in new if r[1] != local and r[3] is not None and r[3] != "deleted_at"
                     and not self._knew(r[1], before, r[0])]
            if edits:
                edit = max(edits)
                self._found(table_name, record_id, "deleted_at", "delete", "local", before,
                            self._value(info, "deleted_at", before), edit, None, note=f"edited there: {edit[3]}")

    @staticmethod
    def _winner(rows: list[LogRow], name: str) -> LogRow | None:
        best: LogRow | None = None
        for row in rows:
            if (row[3] == name or row[3] is None) and (best is None or row[0] > best[0]):
                best = row
        return best

    @staticmethod
    def _value(info: TableInfo, name: str, row: LogRow) -> Any:
        if row[3] is None:
            raw = (json.loads(row[4]) if row[4] else {}).get(name)
        else:
            raw = json.loads(row[4]) if row[4] is not None else None
        return None if raw is None else info.fields[name](raw)

    def _found(self, table_name: str, record_id: str, name: str, kind: str, winner: str, local: LogRow,
               local_value: Any, remote: LogRow, remote_value: Any, note: str | None = None) -> None:
        self.result.conflicts.append(
            ConflictFound(table_name, record_id, name, kind, winner, local, local_value, remote, remote_value, note)
        )

    # ---- bookkeeping ----------------------------------------------------------------------------------

    def _write_pending(self) -> None:
        """Note what still waits, forget what no longer does (the table is tiny: read only the keys seen)."""
        table = table_of(SyncPending)
        # The table only ever holds what waits (a handful of records): read it whole, not by key.
        statement = select(table.c.table_name, table.c.record_id, table.c.reason, table.c.detail)
        present = {(r[0], r[1]): (r[2], r[3]) for r in self.session.execute(statement)}
        done = [key for key in present if key in self.result.complete and key not in self.result.waiting]
        connection = self.session.connection()
        for start in range(0, len(done), CHUNK):
            connection.execute(
                delete(table).where(tuple_(table.c.table_name, table.c.record_id).in_(done[start:start + CHUNK]))
            )
        now = utcnow()
        fresh = []
        for key, (reason, detail) in self.result.waiting.items():
            if key not in present:
                fresh.append({"table_name": key[0], "record_id": key[1], "reason": reason, "detail": detail,
                              "since": now})
            elif present[key] != (reason, detail):
                connection.execute(
                    update(table)
                    .where(table.c.table_name == key[0], table.c.record_id == key[1])
                    .values(reason=reason, detail=detail)
                )
        if fresh:
            connection.execute(insert(table), fresh)


def store_conflicts(session: Session, found: list[ConflictFound],
                    superseded: Iterable[tuple[str, str, str]] = ()) -> int:
    """Keep the losing values for the Conflicts view: one open conflict per field (a newer one replaces it).

    An open conflict whose field has since been overwritten by a newer change (typically the other side's
    resolution arriving) no longer describes the record: it is closed as superseded.
    """
    now = utcnow()
    table = table_of(SyncConflict)
    fresh = {(item.table_name, item.record_id, item.field) for item in found}
    for table_name, record_id, name in sorted(set(superseded) - fresh):
        session.execute(
            update(table)
            .where(table.c.table_name == table_name, table.c.record_id == record_id, table.c.field == name,
                   table.c.resolved_at.is_(None))
            .values(resolved_at=now, resolution="superseded")
        )
    for item in found:
        session.execute(
            update(table)
            .where(table.c.table_name == item.table_name, table.c.record_id == item.record_id,
                   table.c.field == item.field, table.c.resolved_at.is_(None))
            .values(resolved_at=now, resolution="superseded")
        )
        session.execute(
            insert(table).values(
                id=new_id(), table_name=item.table_name, record_id=item.record_id, field=item.field, kind=item.kind,
                winner=item.winner, local_value=encode_value(item.local_value), local_hlc=item.local[0],
                local_site=item.local[1], local_officer=item.local[5], local_at=item.local[6],
                remote_value=encode_value(item.remote_value), remote_hlc=item.remote[0], remote_site=item.remote[1],
                remote_officer=item.remote[5], remote_at=item.remote[6], note=item.note, detected_at=now,
            )
        )
    return len(found)
