"""Bulk writes for large batches (imports, demo data, any service creating thousands of records): fully logged.

The ORM path (one object at a time through the session hook in `changelog`) is right for editors; for 50k rows
it is far too slow. `bulk_create` stamps the same bookkeeping columns and appends the same `create` change
rows (one per record, the whole record as JSON at one clock tick, exactly what `changelog` writes and what
sync replays), in a fraction of the time, for these reasons (measured on 50k organizations):
- multi-row INSERT statements with values converted by each column's own bind processor and handed to the
  driver as they are: SQLAlchemy's per-row parameter machinery cost more than SQLite itself;
- the full-text index of organizations and contacts is filled once for the whole batch instead of by the
  per-row trigger (storage.search.fts_deferred): the trigger made SQLite flush the index row by row;
- ids, clock stamps and change rows are prepared in plain Python and written the same way;
- on SQLite the statements run on a writer thread (storage.statement_queue) while Python prepares the next ones:
  SQLite releases the GIL while it steps a statement, so the INSERTs and FTS5's tokenizing use the second
  core while the change rows are built.
The SQL is plain multi-row VALUES with positional parameters, which SQLite and PostgreSQL both take.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from itertools import chain
from operator import itemgetter
from typing import Any, TypeVar, cast

from sqlalchemy import JSON, Date, DateTime, Table, TypeDecorator
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from magia_desk.domain.hlc import HybridClock, Timestamp
from magia_desk.storage.base import Record, utcnow
from magia_desk.storage.changelog import record_snapshot
from magia_desk.storage.models import Change
from magia_desk.storage.search import fts_deferred
from magia_desk.storage.statement_queue import Send, statement_queue

T = TypeVar("T")
ROWS_PER_STATEMENT = 1000  # more rows per INSERT gain nothing measurable and make longer SQL to parse
# The HLC counter is encoded on 5 digits (domain.hlc.Timestamp.encode): a batch stops short of 99,999 so that the
# ticks that follow in the same millisecond still fit.
BATCH_COUNTER_LIMIT = 89_999
_MEMO_LIMIT = 4096  # distinct values remembered per column while converting (see insert_tuples)
_VARIANT = "89ab" * 4  # RFC 4122 variant: the high bits of the clock_seq_hi nibble are 10
CHANGE_COLUMNS = ("hlc", "site_id", "table_name", "record_id", "op", "field", "old_value", "new_value",
                  "officer_id", "at")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def table_of(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def new_ids(count: int) -> list[str]:
    """`count` random version-4 UUIDs as text, the same as `str(uuid.uuid4())` gives, three times faster."""
    digits = os.urandom(16 * count).hex()
    return [
        f"{digits[i:i + 8]}-{digits[i + 8:i + 12]}-4{digits[i + 13:i + 16]}-"
        f"{_VARIANT[int(digits[i + 16], 16)]}{digits[i + 17:i + 20]}-{digits[i + 20:i + 32]}"
        for i in range(0, 32 * count, 32)
    ]


def column_defaults(model: type[Record]) -> dict[str, Any]:
    """Python-side defaults of the model's columns (scalars, and [] or {} for JSON lists), as the ORM fills them."""
    values: dict[str, Any] = {}
    for column in table_of(model).columns:
        default = column.default
        if default is None or column.key in ("id", "created_at", "updated_at", "deleted_at"):
            continue
        if default.is_scalar:
            values[column.key] = default.arg  # type: ignore[attr-defined]
        elif default.is_callable:
            produced = default.arg(None)  # type: ignore[attr-defined]
            if isinstance(produced, list | dict):
                values[column.key] = produced
    return values


def clock_stamps(clock: HybridClock, count: int) -> list[str]:
    """`count` consecutive, increasing HLC stamps (encoded) for one batch, and the clock moved past them.

    Ticking once per change row costs more than writing the row. The stamps of a batch are the first tick
    followed by consecutive counters (rolling over to the next millisecond before the 5-digit counter is full:
    a logical clock may run a little ahead of the wall clock); the clock then `receive`s the last one, so
    every later tick is greater than all of them, as if they had been ticked one by one.
    """
    if count <= 0:
        return []
    first = clock.tick()
    millis, counter, site = first.millis, first.counter, first.site_id
    stamps: list[str] = []
    while len(stamps) < count:
        take = min(count - len(stamps), BATCH_COUNTER_LIMIT - counter + 1)
        stamps.extend(f"{millis:013d}-{c:05d}-{site}" for c in range(counter, counter + take))
        millis, counter = millis + 1, 0
    last = Timestamp.decode(stamps[-1])
    clock.receive(last)
    return stamps


def _max_parameters(connection: Connection) -> int:
    if connection.dialect.name == "sqlite":
        version = connection.dialect.server_version_info or (3, 0, 0)
        return 32766 if tuple(version) >= (3, 32) else 999
    return 30000  # PostgreSQL allows 65535


def _converter(column: Any, dialect: Any) -> Callable[[Sequence[Any]], list[Any]] | None:
    """The column's own bind processor applied to a whole column of values, or None when it has none.

    JSON and time values cost microseconds each to convert and repeat a lot (a batch's timestamp, a handful
    of sector lists): each distinct one is converted once.
    """
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return None
    if not isinstance(column.type, JSON | TypeDecorator | DateTime | Date):
        return lambda values: [None if v is None else process(v) for v in values]
    is_json = isinstance(column.type, JSON)

    def convert(values: Sequence[Any]) -> list[Any]:
        memo: dict[Any, Any] = {}
        out: list[Any] = []
        last: Any = None
        last_out: Any = None
        for value in values:
            if value is None:
                out.append(None)
                continue
            if value is last:
                out.append(last_out)
                continue
            key = (tuple(value) if type(value) is list else None) if is_json else value
            try:
                done = None if key is None else memo.get(key)
            except TypeError:  # unhashable: a list holding lists or dicts
                key = done = None
            if done is None:
                done = process(value)
                # Only lists of text are remembered for JSON: [1, True] and [1, 1] would share a key.
                if key is not None and (not is_json or all(type(item) is str for item in value)):
                    if len(memo) >= _MEMO_LIMIT:
                        memo.clear()
                    memo[key] = done
            out.append(done)
            last, last_out = value, done
        return out

    return convert


def insert_tuples(connection: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]],
                  on_page: Callable[[int], None] | None = None, ready: Collection[str] = (),
                  send: Send | None = None) -> None:
    """INSERT many rows (tuples of the values of `names`, in that order) as multi-row statements.

    Values are converted by each column's own bind processor, as SQLAlchemy would, a column at a time, except
    in the columns named in `ready` (their values are already what the driver takes). `send` runs the
    statements (a `statement_queue`); by default the connection runs them at once.
    """
    if not rows:
        return
    dialect = connection.dialect
    converters = [(position, convert) for position, name in enumerate(names)
                  if name not in ready and (convert := _converter(table.c[name], dialect)) is not None]
    if converters:
        by_column: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for position, convert in converters:
            by_column[position] = convert(by_column[position])
        rows = list(zip(*by_column, strict=True))
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    one = "(" + ", ".join([marker] * len(names)) + ")"
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    head = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) VALUES "
    per_statement = max(1, min(ROWS_PER_STATEMENT, _max_parameters(connection) // len(names)))
    statements: dict[int, str] = {}
    run = send or connection.exec_driver_sql
    for page in chunks(rows, per_statement):
        sql = statements.get(len(page))
        if sql is None:
            sql = statements[len(page)] = head + ", ".join([one] * len(page))
        run(sql, tuple(chain.from_iterable(page)))
        if on_page is not None:
            on_page(len(page))


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]],
                on_page: Callable[[int], None] | None = None) -> None:
    """INSERT many rows (dicts with the same keys: the columns to fill) as multi-row statements."""
    if not rows:
        return
    names = [c.key for c in table.columns if c.key in rows[0]]  # e.g. an autoincrement key is left to the database
    pick = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    insert_tuples(connection, table, names, [pick(row) for row in rows], on_page)


def _creation_times(connection: Connection, table: Table, given: Sequence[datetime | None],
                    now: datetime) -> list[Any]:
    """Each row's created_at as the column stores it: the one given, else `now` plus the row's position in
    microseconds (lists ordered by creation keep the input order).

    SQLite stores a time as text ending in its six microsecond digits, so consecutive microseconds within one
    second differ only there: they are written out instead of converting 50k datetimes one by one. The shortcut
    is checked against the column's own conversion of the first and last time; otherwise each is converted.
    """
    process = table.c.created_at.type._cached_bind_processor(connection.dialect) or (lambda value: value)
    stored = [None if value is None else process(value) for value in given]
    missing = [position for position, value in enumerate(given) if value is None]
    if not missing:
        return stored
    first, micro, last = process(now), now.microsecond, missing[-1]
    shortcut = (isinstance(first, str) and micro + last < 1_000_000 and first.endswith(f".{micro:06d}")
                and process(now + timedelta(microseconds=last)) == f"{first[:-6]}{micro + last:06d}")
    for position in missing:
        stored[position] = (f"{first[:-6]}{micro + position:06d}" if shortcut
                            else process(now + timedelta(microseconds=position)))
    return stored


def bulk_create(session: Session, model: type[Record], rows: Iterable[dict[str, Any]],
                on_page: Callable[[int], None] | None = None) -> list[str]:
    """Insert records (dicts of column values, ids optional) with their bookkeeping and change rows.

    Returns the ids in input order. Runs inside the caller's transaction: all or nothing. As in the ORM path,
    a column left out or given as None takes its Python default, `changed_by` is the session's officer and
    `updated_at` the time of writing; `created_at` is kept when given, else the time of writing plus the row's
    position in microseconds, so that lists ordered by creation (parties, people met) keep the input order.
    `on_page(count)` is called after each INSERT statement (progress, and the chance to cancel).
    """
    clock: HybridClock = session.info["clock"]
    officer = session.info.get("officer_id")
    table = table_of(model)
    names = [c.key for c in table.columns]
    defaults = column_defaults(model)
    blank: dict[str, Any] = dict.fromkeys(names) | defaults
    now = utcnow()
    records = [blank | row for row in rows]
    if not records:
        return []
    if any(len(values) != len(names) for values in records):
        unknown = {key for values in records for key in values} - set(names)
        raise ValueError(f"{model.__tablename__} has no column {', '.join(sorted(unknown))}")
    missing = [values for values in records if not values["id"]]
    for values, record_id in zip(missing, new_ids(len(missing)), strict=True):
        values["id"] = record_id
    for values in records:
        for key, default in defaults.items():
            if values[key] is None:  # an explicit None takes the default, as the ORM path does
                values[key] = default
        values["updated_at"] = now
        values["changed_by"] = officer
    ids: list[str] = [values["id"] for values in records]
    stamps = clock_stamps(clock, len(records))
    site, table_name = clock.site_id, model.__tablename__
    pick = itemgetter(*names)
    session.flush()  # pending ORM changes first: the new rows may point at them
    connection = session.connection()
    created = _creation_times(connection, table, [values["created_at"] for values in records], now)
    for values, stored in zip(records, created, strict=True):
        values["created_at"] = stored
    with statement_queue(connection, threaded=len(records) > ROWS_PER_STATEMENT) as writer:
        with fts_deferred(connection, table.name, len(records), writer.send_always, writer.abandon):
            insert_tuples(connection, table, names, [pick(values) for values in records], on_page,
                          ready=("created_at",), send=writer.send)
        # Built while the writer thread inserts the records (the snapshots leave the bookkeeping columns out).
        changes = [
            (stamp, site, table_name, record_id, "create", None, None, record_snapshot(values), officer, now)
            for stamp, record_id, values in zip(stamps, ids, records, strict=True)
        ]
        insert_tuples(connection, table_of(Change), CHANGE_COLUMNS, changes, send=writer.send)
    return ids
