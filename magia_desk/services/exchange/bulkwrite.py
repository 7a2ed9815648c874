"""Batch reads and updates for imports: stored values by id, links of many records, updates of a few.

New records go in through storage.bulk.bulk_create (multi-row INSERTs, deferred full-text indexing, lean
change rows); what is here reads in chunks of ids and sends the few updates through the ORM, so that each
changed field gets its change row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from magia_desk.storage.base import Record, utcnow
from magia_desk.storage.bulk import chunks, table_of

ID_CHUNK = 500  # ids per IN (...) clause: far below every database's limit on bound parameters
# Read the whole table instead when the ids are at least 1/SCAN_SHARE of its rows (its largest rowid tells).
SCAN_SHARE = 8


def fetch_rows(session: Session, model: type[Record], ids: Iterable[str], columns: Sequence[str],
               *, live_only: bool = True) -> dict[str, dict[str, Any]]:
    """Stored values of these columns for these ids: one SELECT per 500 ids, or one pass over the whole table
    when the ids are a good share of it (re-importing a 50k-row file: each looked-up id costs a random walk of
    two b-trees, a pass reads the pages in order, 20 times faster)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    table = table_of(model)
    selected = [table.c.id, *(table.c[name] for name in columns)]
    found: dict[str, dict[str, Any]] = {}
    live = table.c.deleted_at.is_(None)
    if session.get_bind().dialect.name == "sqlite" and len(wanted) * SCAN_SHARE >= (
            session.scalar(select(func.max(literal_column("rowid"))).select_from(table)) or 0):
        keep = set(wanted)
        statement = select(*selected).where(live) if live_only else select(*selected)
        found = {row[0]: dict(zip(columns, row[1:], strict=True))
                 for row in session.execute(statement) if row[0] in keep}
        return found
    for chunk in chunks(wanted, ID_CHUNK):
        statement = select(*selected).where(table.c.id.in_(list(chunk)))
        if live_only:
            statement = statement.where(live)
        for row in session.execute(statement):
            found[row[0]] = dict(zip(columns, row[1:], strict=True))
    return found


def fetch_where(session: Session, model: type[Record], column: str, values: Iterable[Any],
                columns: Sequence[str]) -> list[dict[str, Any]]:
    """Live rows whose `column` is one of `values` (links of the records an import touches)."""
    wanted = list(dict.fromkeys(values))
    table = table_of(model)
    selected = [table.c.id, *(table.c[name] for name in columns)]
    rows: list[dict[str, Any]] = []
    for chunk in chunks(wanted, ID_CHUNK):
        statement = select(*selected).where(table.c[column].in_(list(chunk)), table.c.deleted_at.is_(None))
        rows.extend({"id": r[0], **dict(zip(columns, r[1:], strict=True))} for r in session.execute(statement))
    return rows


def update_records(session: Session, model: type[Record], changes: dict[str, dict[str, Any]]) -> None:
    """Set fields through the ORM, so the change log gets one row per changed field (updates are few)."""
    ids = list(changes)
    for chunk in chunks(ids, ID_CHUNK):
        for record in session.scalars(select(model).where(model.id.in_(list(chunk)))):
            for key, value in changes[record.id].items():
                setattr(record, key, value)
    session.flush()


def soft_delete_records(session: Session, model: type[Record], ids: Iterable[str]) -> None:
    now = utcnow()
    update_records(session, model, {record_id: {"deleted_at": now} for record_id in ids})
