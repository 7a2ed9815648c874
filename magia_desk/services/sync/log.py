"""The change log seen by the sync engine: changes as plain values, what each site holds, who knew what.

A change is identified by (site_id, hlc) everywhere. Each site holds the changes of every origin site as a
*prefix* in clock order (senders always send everything above what the receiver said it holds), so "what a
site holds" is one clock per origin site: a knowledge vector {origin site: highest hlc held}.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Connection,
    Table,
    bindparam,
    func,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from magia_desk.domain.hlc import Timestamp
from magia_desk.storage.base import utcnow
from magia_desk.storage.lists import CHUNK, among
from magia_desk.storage.models import Change
from magia_desk.storage.sync_models import SyncClamped, SyncReceipt

Vector = dict[str, str]


def table_of(model: type[Any]) -> Table:
    """A model's Table (typed as such: `__table__` is typed as any FromClause)."""
    return cast(Table, model.__table__)


def _binders(connection: Connection, table: Table, names: list[str]) -> list[Callable[[Any], Any] | None]:
    """The dialect's own bind processors for these columns (the same text SQLAlchemy would store)."""
    dialect = connection.dialect
    return [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]


def _binding(binders: list[Callable[[Any], Any] | None]) -> Callable[[list[Any]], list[Any]]:
    """Apply the bind processors in place to a row's values (None stays None)."""
    active = [(position, bind) for position, bind in enumerate(binders) if bind is not None]

    def bound(values: list[Any]) -> list[Any]:
        for position, bind in active:
            value = values[position]
            if value is not None:
                values[position] = bind(value)
        return values

    return bound


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows (dicts with the same keys) in the session's transaction."""
    if rows:
        names = list(rows[0])
        insert_tuples(session, table, names, [tuple(row[n] for n in names) for row in rows])


def insert_tuples(session: Session, table: Table, names: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert many rows, fast: a big merge writes tens of thousands.

    SQLite: one executemany through the driver with values bound by the columns' own processors (SQLAlchemy's
    per-row parameter handling cost as much as the writes). PostgreSQL: COPY (psycopg's executemany sends one
    statement per row).
    """
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        bound = _binding(_binders(connection, table, names))
        sql = f'INSERT INTO "{table.name}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})'
        connection.exec_driver_sql(sql, [tuple(bound(list(row))) for row in rows])
        return
    if connection.dialect.name != "postgresql":
        connection.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
        return
    as_json = [position for position, name in enumerate(names) if isinstance(table.c[name].type, JSON)]
    quoted = ", ".join(f'"{name}"' for name in names)
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:  # type: ignore[union-attr]
        for row in rows:
            values = list(row)
            for position in as_json:
                if values[position] is not None:
                    values[position] = json.dumps(values[position], ensure_ascii=False)
            copy.write_row(values)


def update_rows(session: Session, table: Table, names: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """UPDATE table SET names... WHERE id = ? for many rows: each row is (id, *values in `names` order)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        bound = _binding(_binders(connection, table, list(names)))
        assignments = ", ".join(f"{name} = ?" for name in names)
        sql = f'UPDATE "{table.name}" SET {assignments} WHERE id = ?'
        connection.exec_driver_sql(sql, [(*bound(list(row[1:])), row[0]) for row in rows])
        return
    statement = update(table).where(table.c.id == bindparam("b_id")).values({n: bindparam(f"b_{n}") for n in names})
    params: list[dict[str, Any]] = [
        {"b_id": row[0]} | {f"b_{n}": v for n, v in zip(names, row[1:], strict=True)} for row in rows
    ]
    connection.execute(statement, params)


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One logged change as it travels between stores (`old_value` is local audit only and never travels)."""

    hlc: str
    site_id: str
    table_name: str
    record_id: str
    op: str
    field: str | None
    new_value: str | None
    officer_id: str | None
    at: datetime

    @property
    def key(self) -> tuple[str, str]:
        return (self.site_id, self.hlc)

    def to_json(self) -> dict[str, Any]:
        return {
            "hlc": self.hlc, "site": self.site_id, "table": self.table_name, "record": self.record_id,
            "op": self.op, "field": self.field, "value": self.new_value, "officer": self.officer_id,
            "at": self.at.isoformat(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChangeRecord:
        """Parse and check one travelling change; ValueError names what is wrong."""
        hlc, site, table, record = data.get("hlc"), data.get("site"), data.get("table"), data.get("record")
        op, field, value, officer, at = (data.get(k) for k in ("op", "field", "value", "officer", "at"))
        _text(hlc, "hlc", 64)
        Timestamp.decode(str(hlc))  # raises ValueError when it is not a clock
        _text(site, "site", 36)
        _text(table, "table", 40)
        _text(record, "record", 36)
        _text(op, "op", 10)
        _text(at, "at", 40)
        if field is not None:
            _text(field, "field", 60)
        if value is not None and not isinstance(value, str):
            raise ValueError("value must be JSON text or null")
        if officer is not None:
            _text(officer, "officer", 36)
        when = datetime.fromisoformat(str(at))
        return cls(str(hlc), str(site), str(table), str(record), str(op), field, value, officer, when)


def _text(value: object, name: str, limit: int) -> None:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError(f"{name} must be text of 1 to {limit} characters")


_COLUMNS = (
    Change.hlc, Change.site_id, Change.table_name, Change.record_id, Change.op, Change.field,
    Change.new_value, Change.officer_id, Change.at,
)


def _record(row: Any) -> ChangeRecord:
    return ChangeRecord(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8])


def held_vector(session: Session) -> Vector:
    """What this store holds: per origin site, the highest clock of its changes in the log.

    Changes stored under another clock because theirs was too far ahead count as held under their own clock,
    so that nobody sends them again.
    """
    vector: Vector = dict(session.execute(select(Change.site_id, func.max(Change.hlc)).group_by(Change.site_id)).all())
    clamped = select(SyncClamped.site_id, func.max(SyncClamped.hlc)).group_by(SyncClamped.site_id)
    for site, hlc in session.execute(clamped):
        if hlc > vector.get(site, ""):
            vector[site] = hlc
    return vector


def changes_missing_from(session: Session, vector: Mapping[str, str], *, skip_site: str | None = None,
                         batch: int = 5000) -> Iterator[ChangeRecord]:
    """Every change in the log that a store holding `vector` lacks (its own, `skip_site`, excepted)."""
    for origin, held in sorted(held_vector(session).items()):
        since = vector.get(origin, "")
        if origin == skip_site or since >= held:
            continue
        statement = select(*_COLUMNS).where(Change.site_id == origin, Change.hlc > since).order_by(Change.hlc)
        for row in session.execute(statement.execution_options(yield_per=batch)):
            yield _record(row)


def count_missing_from(session: Session, vector: Mapping[str, str], *, skip_site: str | None = None) -> int:
    total = 0
    for origin, held in held_vector(session).items():
        since = vector.get(origin, "")
        if origin != skip_site and since < held:
            total += session.scalar(
                select(func.count()).select_from(Change).where(Change.site_id == origin, Change.hlc > since)
            ) or 0
    return total


def known_change_keys(session: Session, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of these (site, hlc) the store holds already (in the log, or stored under a clamped clock)."""
    wanted = list(keys)
    found: set[tuple[str, str]] = set()
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        hlcs = [hlc for _, hlc in part]
        found.update(session.execute(select(Change.site_id, Change.hlc).where(among(session, Change.hlc, hlcs))))
        found.update(
            session.execute(
                select(SyncClamped.site_id, SyncClamped.hlc).where(among(session, SyncClamped.hlc, hlcs))
            )
        )
    return found & set(wanted)


def append_changes(session: Session, changes: Iterable[ChangeRecord]) -> None:
    """Append received changes to the log as they are (their clock, site and officer), to pass them on."""
    names = ["hlc", "site_id", "table_name", "record_id", "op", "field", "new_value", "officer_id", "at"]
    rows = [(c.hlc, c.site_id, c.table_name, c.record_id, c.op, c.field, c.new_value, c.officer_id, c.at)
            for c in changes]
    insert_tuples(session, table_of(Change), names, rows)


# ---- receipts: who held what, and since when -----------------------------------------------------------

Receipt = tuple[str, str, str, str]  # (site, origin site, upto hlc, at hlc)


def all_receipts(session: Session) -> list[Receipt]:
    return receipts_after(session, {})


def receipts_after(session: Session, cutoff: Mapping[str, str], *, origin_site: str | None = None) -> list[Receipt]:
    """Receipts written after `cutoff` ({site: at hlc}), optionally only those about one origin site's changes.

    A site writes its receipts in clock order, so "after the latest one the other side has from that site" is
    what it lacks. Missing a receipt only makes conflict detection more cautious (it lists more), never wrong.
    """
    columns = (SyncReceipt.site_id, SyncReceipt.origin_site, SyncReceipt.upto_hlc, SyncReceipt.at_hlc)
    statement = select(*columns)
    if origin_site is not None:
        statement = statement.where(SyncReceipt.origin_site == origin_site)
    return [
        (r[0], r[1], r[2], r[3]) for r in session.execute(statement) if r[3] > cutoff.get(r[0], "")
    ]


def receipt_cutoffs(session: Session, *, origin_site: str | None = None) -> dict[str, str]:
    statement = select(SyncReceipt.site_id, func.max(SyncReceipt.at_hlc)).group_by(SyncReceipt.site_id)
    if origin_site is not None:
        statement = statement.where(SyncReceipt.origin_site == origin_site)
    return {site: at for site, at in session.execute(statement)}


def add_receipts(session: Session, receipts: Iterable[Receipt]) -> int:
    """Insert the receipts this store does not have yet; returns how many were new.

    The same holding may be known at several clocks (a receipt written when merging, and the sender's vector
    when it exported later): the earliest is kept, as it says the most about what was written after it.
    """
    incoming: dict[tuple[str, str, str], str] = {}
    for site, origin, upto, at in receipts:
        key = (site, origin, upto)
        incoming[key] = min(at, incoming.get(key, at))
    if not incoming:
        return 0
    present: dict[tuple[str, str, str], str] = {}
    keys = list(incoming)
    columns = (SyncReceipt.site_id, SyncReceipt.origin_site, SyncReceipt.upto_hlc)
    for start in range(0, len(keys), CHUNK):
        part = keys[start:start + CHUNK]
        statement = select(*columns, SyncReceipt.at_hlc).where(tuple_(*columns).in_(part))
        present.update({(r[0], r[1], r[2]): r[3] for r in session.execute(statement)})
    rows = [
        {"site_id": s, "origin_site": o, "upto_hlc": u, "at_hlc": incoming[(s, o, u)]}
        for (s, o, u) in keys if (s, o, u) not in present
    ]
    if rows:
        insert_rows(session, table_of(SyncReceipt), rows)
    for (site, origin, upto), at in present.items():
        if incoming[(site, origin, upto)] < at:
            session.execute(
                update(SyncReceipt)
                .where(SyncReceipt.site_id == site, SyncReceipt.origin_site == origin, SyncReceipt.upto_hlc == upto)
                .values(at_hlc=incoming[(site, origin, upto)])
            )
    return len(rows)


def vector_of(receipts: Iterable[Receipt], site: str) -> Vector:
    """What `site` is known to hold, from its receipts (its own changes it always holds: not listed)."""
    vector: Vector = {}
    for holder, origin, upto, _at in receipts:
        if holder == site and upto > vector.get(origin, ""):
            vector[origin] = upto
    return vector


class Knowledge:
    """Answers "had site S seen change W when it wrote at clock T?" from receipts (conflict detection).

    HLC alone cannot say it: a change written after seeing W has a greater clock, but so has a change written
    concurrently a little later. A receipt (S held origin O up to U when its clock was at A) settles it: every
    change S wrote after A was written knowing everything of O up to U.
    """

    def __init__(self, receipts: Iterable[Receipt]) -> None:
        by_pair: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for site, origin, upto, at in receipts:
            by_pair[(site, origin)].append((at, upto))
        # For each (site, origin): receipts by clock, with the best "upto" reached by then (running maximum).
        self._index: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        for pair, items in by_pair.items():
            items.sort()
            best, ats, uptos = "", [], []
            for at, upto in items:
                best = max(best, upto)
                ats.append(at)
                uptos.append(best)
            self._index[pair] = (ats, uptos)

    def knew(self, site: str, change_site: str, change_hlc: str, before_hlc: str) -> bool:
        if site == change_site:
            return change_hlc < before_hlc  # one site's own changes are in clock order
        entry = self._index.get((site, change_site))
        if entry is None:
            return False
        ats, uptos = entry
        position = bisect.bisect_left(ats, before_hlc)  # receipts strictly before the write
        return position > 0 and uptos[position - 1] >= change_hlc


def own_receipts(session: Session, site: str, origins: Iterable[str], at_hlc: str) -> list[Receipt]:
    """Receipts for this store after a merge: what it now holds of each origin it just received from."""
    vector = held_vector(session)
    return [(site, origin, vector[origin], at_hlc) for origin in sorted(set(origins)) if origin in vector]


def clamp_record(session: Session, original: ChangeRecord, stored_hlc: str) -> None:
    session.add(SyncClamped(site_id=original.site_id, hlc=original.hlc, stored_hlc=stored_hlc, received_at=utcnow()))
