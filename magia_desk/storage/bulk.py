"""Bulk writes for large batches (demo data, imports, sync): Core executemany, still fully logged.

The ORM path (one object at a time through the session hook) is right for editors; for 100k rows it is
too slow. These helpers stamp the same bookkeeping columns and append the same `create` change rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from magia_desk.domain.hlc import HybridClock
from magia_desk.storage.base import Record, new_id, utcnow
from magia_desk.storage.changelog import record_snapshot
from magia_desk.storage.models import Change

CHUNK = 5000


def _defaults(model: type[Record]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in model.__table__.columns:
        default = column.default
        if default is None or column.key in ("id", "created_at", "updated_at"):
            continue
        if default.is_scalar:
            values[column.key] = default.arg
        elif default.is_callable and column.key not in ("deleted_at",):
            produced = default.arg(None)  # type: ignore[operator]
            if isinstance(produced, list | dict):
                values[column.key] = produced
    return values


def bulk_create(session: Session, model: type[Record], rows: Iterable[dict[str, Any]]) -> list[str]:
    """Insert rows (dicts of column values) with ids, timestamps, officer and change-log entries.

    Returns the ids in input order. Runs inside the caller's transaction: all or nothing.
    """
    clock: HybridClock = session.info["clock"]
    officer = session.info.get("officer_id")
    defaults = _defaults(model)
    now = utcnow()
    ids: list[str] = []
    batch: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []

    def flush() -> None:
        if batch:
            connection = session.connection()
            connection.execute(insert(model.__table__), batch)
            connection.execute(insert(Change.__table__), changes)
            batch.clear()
            changes.clear()

    for row in rows:
        values = defaults | row
        values.setdefault("id", new_id())
        values.update(created_at=values.get("created_at") or now, updated_at=now, changed_by=officer)
        ids.append(values["id"])
        batch.append(values)
        changes.append(
            {
                "hlc": clock.tick().encode(),
                "site_id": clock.site_id,
                "table_name": model.__tablename__,
                "record_id": values["id"],
                "op": "create",
                "field": None,
                "old_value": None,
                "new_value": record_snapshot(values),
                "officer_id": officer,
                "at": now,
            }
        )
        if len(batch) >= CHUNK:
            flush()
    flush()
    return ids
