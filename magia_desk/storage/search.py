"""Full-text search clauses: FTS5 on SQLite (see migration 0002), ILIKE on PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import ColumnElement, Text, cast, func, or_, text
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import Select

_TOKEN = re.compile(r"\w+", re.UNICODE)

# ---- the FTS5 index (SQLite) ---------------------------------------------------------------------------------
# Migration 0002 creates the index from these, and `refill_fts` rebuilds it (after VACUUM, which may renumber the
# rowids the index shares with its records). Changing them changes what a *new* store indexes: an existing store
# then needs a migration that refills its index.
FTS_TABLES = ("organization", "contact")
FTS_COLUMNS = "name, place, email, tags, notes"
FTS_TOKENIZER = "unicode61 remove_diacritics 2"
# The indexed text of a record, as expressions over its row named `new` (the trigger's name for it).
FTS_TEXT = {
    "organization": (
        "new.name, coalesce(new.city, '') || ' ' || coalesce(new.region, ''), "
        "coalesce(new.email, '') || ' ' || coalesce(new.website, ''), "
        "coalesce(new.sectors, '') || ' ' || coalesce(new.certifications, ''), coalesce(new.notes, '')"
    ),
    "contact": (
        "new.first_name || ' ' || new.last_name, coalesce(new.city, '') || ' ' || coalesce(new.job_title, ''), "
        "coalesce(new.email, '') || ' ' || coalesce(new.phone, ''), coalesce(new.languages, ''), "
        "coalesce(new.notes, '')"
    ),
}


def fts_fill_sql(table: str) -> str:
    """Index every live row of `table` (the index must be empty)."""
    return (
        f"INSERT INTO {table}_fts(rowid, {FTS_COLUMNS}) "
        f"SELECT new.rowid, {FTS_TEXT[table]} FROM {table} AS new WHERE new.deleted_at IS NULL"
    )


def fts_index_sql(table: str) -> list[str]:
    """The index of `table`: the FTS5 table, the triggers that keep it in step, and its first filling."""
    fts = f"{table}_fts"
    insert = (
        f"INSERT INTO {fts}(rowid, {FTS_COLUMNS}) SELECT new.rowid, {FTS_TEXT[table]} WHERE new.deleted_at IS NULL;"
    )
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({FTS_COLUMNS}, tokenize='{FTS_TOKENIZER}', prefix='1 2 3')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.rowid; {insert} END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.rowid; END",
        fts_fill_sql(table),
    ]


def _insert_trigger_sql(table: str) -> str:
    return next(s for s in fts_index_sql(table) if s.startswith(f"CREATE TRIGGER {table}_fts_insert "))


# Below this many rows the per-row trigger costs less than dropping and recreating it.
FTS_DEFER_MIN_ROWS = 200
# Past this rowid SQLite may hand out rowids below the table's largest one; new rows are then not "above" it.
_ROWID_CEILING = 2**62


@contextmanager
def fts_deferred(connection: Any, table: str, rows: int, execute: Callable[[str, Sequence[Any]], Any] | None = None,
                 abandon: Callable[[], None] | None = None) -> Iterator[None]:
    """Around a bulk INSERT of `rows` rows into `table`: index them in one statement instead of row by row.

    The insert trigger of migration 0002 makes FTS5 index each row as it is written; indexing the whole batch
    with one INSERT ... SELECT does far less work. Inside the caller's transaction, the trigger is dropped,
    the block inserts, then the rows above the table's largest rowid before the block (exactly the block's
    rows: SQLite numbers new rows upwards) are indexed with the trigger's own expressions and the trigger is
    recreated. DDL is transactional in SQLite: a rollback or a kill brings the trigger back with the rows
    gone. When the block raises, the rows it did insert are indexed and the trigger restored all the same, so
    a caller that goes on with the transaction keeps a consistent index. Only UPDATE and DELETE triggers stay
    as they are (a bulk insert does not fire them). Does nothing off SQLite, below FTS_DEFER_MIN_ROWS rows, for
    tables without an index, or when the stored trigger is not the one `fts_index_sql` makes (an unknown
    schema keeps its triggers doing the work).

    `execute` runs the statements that close the block: a bulk writer's queue, so that they run after the
    inserts it holds, even after one of them failed; by default the connection runs them at once. When the
    block raises, `abandon` empties that queue and waits for it to let go of the connection, which then restores.
    """
    if connection.dialect.name != "sqlite" or table not in FTS_TABLES or rows < FTS_DEFER_MIN_ROWS:
        yield
        return
    trigger = _insert_trigger_sql(table)
    stored = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (f"{table}_fts_insert",)
    ).scalar()
    highest = connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {table}").scalar() or 0
    if stored != trigger or highest >= _ROWID_CEILING:
        yield
        return
    connection.exec_driver_sql(f"DROP TRIGGER {table}_fts_insert")

    def restore(run: Callable[[str, Sequence[Any]], Any]) -> None:
        run(f"{fts_fill_sql(table)} AND new.rowid > ?", (highest,))
        run(trigger, ())

    try:
        yield
    except BaseException:
        if abandon is not None:
            abandon()
        with suppress(Exception):  # the transaction is failing anyway: its rollback restores the trigger
            restore(connection.exec_driver_sql)
        raise
    restore(execute or connection.exec_driver_sql)


def refill_fts(connection: Any, table: str) -> None:
    """Empty the index of `table`, fill it again from the records, and merge it into one segment.

    There is no 'rebuild' that would help here: it re-reads the index's own copy of the text, with the old
    rowids. 'optimize' merges the b-tree segments, so tokens of deleted or rewritten rows leave the file's pages
    (with secure_delete on, the freed pages are zeroed). `connection` is a DB-API connection in autocommit.
    """
    connection.execute(f"DELETE FROM {table}_fts")
    connection.execute(fts_fill_sql(table))
    connection.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES('optimize')")


def fts_query(user_text: str) -> str | None:
    """'bio  win' -> '"bio"* AND "win"*': every word as a prefix, so results narrow as the user types."""
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)


def restrict_to_matches(
    statement: Select, table: str, user_text: str, dialect: str, fallback_columns: list[InstrumentedAttribute]
) -> Select:
    """Keep only the rows of `table` that match `user_text`."""
    query = fts_query(user_text)
    if query is None:
        return statement
    if dialect == "sqlite":
        return statement.where(text(
            f"{table}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :fts_q)"
        ).bindparams(fts_q=query))
    words = _TOKEN.findall(user_text)
    for word in words:
        statement = statement.where(or_(*(column.ilike(f"%{word}%") for column in fallback_columns)))
    return statement


def json_list_contains(column: InstrumentedAttribute, value: str) -> ColumnElement[bool]:
    """A JSON array column holds this item (case-insensitive, whole item only)."""
    return func.lower(cast(column, Text)).contains(f'"{value.lower()}"')


def count_matches(session: Any, table: str, user_text: str) -> int | None:
    """How many live records match, straight from the FTS index (it holds live rows only); None off SQLite.

    Counting through the record table would first collect every matching rowid: tens of milliseconds for a
    one-letter search over 200k contacts, where the index alone answers in a few.
    """
    query = fts_query(user_text)
    if query is None or session.get_bind().dialect.name != "sqlite":
        return None
    return _match_count(session, table, query)


def _match_count(session: Any, table: str, query: str) -> int:
    """The count, remembered per connection until the next write: a keystroke asks for the list's count and
    for its first page, which needs the count again to choose its plan.

    SQLite tells when the store may have changed: `PRAGMA data_version` moves when another connection commits,
    `total_changes` when this one writes. The memo lives with the pooled connection (its `info`)."""
    connection = session.connection().connection
    marker = (session.execute(text("PRAGMA data_version")).scalar(), connection.dbapi_connection.total_changes)
    memo: dict[tuple[str, str], tuple[Any, int]] = connection.info.setdefault("fts_match_counts", {})
    remembered = memo.get((table, query))
    if remembered is not None and remembered[0] == marker:
        return remembered[1]
    counted = int(session.execute(text(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH :q"),
                                  {"q": query}).scalar() or 0)
    if len(memo) > 64:
        memo.clear()
    memo[(table, query)] = (marker, counted)
    return counted


def sort_order(column: Any, descending: bool, nullable: bool) -> Any:
    """ORDER BY term; NULLS LAST only where NULLs can occur, so a NOT NULL column's index serves the sort."""
    order = column.desc() if descending else column.asc()
    return order.nulls_last() if nullable else order


# Above this many matches, walking the name index in order and stopping at the first page beats sorting them.
DENSE_MATCHES = 5000


def dense_match_page(
    session: Any, table: str, index: str, order_sql: str, user_text: str, offset: int, limit: int
) -> list[str] | None:
    """A page of ids for a search that matches a large share of `table`, or None to use the ordinary query.

    SQLite's planner would sort every match (~300 ms for a one-letter search over 200k contacts); walking the
    name index in order and stopping after the page takes a few tens of ms. Sparse matches keep the ordinary
    plan, which sorts the few matches. SQLAlchemy's SQLite dialect renders no table hints, hence the text.
    """
    query = fts_query(user_text)
    if query is None or session.get_bind().dialect.name != "sqlite":
        return None
    matches = _match_count(session, table, query)
    if matches < DENSE_MATCHES:
        return None
    # SQLite builds the set of matching rowids once, then tests each row walked along the name index against it;
    # probing the index once per walked row instead (EXISTS ... rowid = ...) measured slower even at 75k matches.
    test = f"rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q)"
    sql = (
        f"SELECT id FROM {table} INDEXED BY {index} WHERE deleted_at IS NULL AND {test} "
        f"ORDER BY {order_sql} LIMIT :limit OFFSET :offset"
    )
    rows = session.execute(text(sql), {"q": query, "limit": limit, "offset": offset})
    return [row[0] for row in rows]
