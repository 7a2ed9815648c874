"""The one place every write passes: stamps records and appends to the change log in the same flush.

A session opened by `Store.session()` carries the store's clock and the current officer in `session.info`;
the `before_flush` hook turns each new, modified or deleted Record into `Change` rows (one per field).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from magia_desk.domain.hlc import HybridClock
from magia_desk.storage.base import Record, new_id, utcnow
from magia_desk.storage.models import Change

# Stamped on every write; logging them as fields would double every change for no information.
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "changed_by"})


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot log a {type(value).__name__}")


# One encoder for every value: json.dumps with options builds a new encoder on every call (bulk creates log 50k).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=_json_default)


def encode_value(value: Any) -> str | None:
    """Field values as JSON text, the form the change log and sync bundles carry."""
    if value is None:
        return None
    return _ENCODER.encode(value)


def _apply_column_defaults(record: Record) -> None:
    """Fill Python-side column defaults now, so the logged snapshot holds what the row will hold."""
    for column in inspect(record).mapper.columns:
        key = column.key
        if getattr(record, key) is None and column.default is not None and column.default.is_scalar:
            setattr(record, key, column.default.arg)  # type: ignore[attr-defined]
        elif getattr(record, key) is None and column.default is not None and column.default.is_callable:
            value = column.default.arg(None)  # type: ignore[attr-defined]
            if isinstance(value, list | dict):
                setattr(record, key, value)


def _column_values(record: Record) -> dict[str, Any]:
    mapper = inspect(record).mapper
    return {attr.key: getattr(record, attr.key) for attr in mapper.column_attrs}


def record_snapshot(values: dict[str, Any]) -> str:
    """A created record as one JSON object: the create carries every field at one clock tick."""
    return _ENCODER.encode({k: v for k, v in values.items() if v is not None and k not in _BOOKKEEPING})


def _field_changes(record: Record) -> list[tuple[str, Any, Any]]:
    state = inspect(record)
    entries: list[tuple[str, Any, Any]] = []
    for attr in state.mapper.column_attrs:
        if attr.key in _BOOKKEEPING:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if encode_value(old) != encode_value(new):
            entries.append((attr.key, old, new))
    return entries


def _log_record(session: Session, record: Record, clock: HybridClock, officer: str | None, op: str) -> bool:
    """Append the change rows of one record; False when nothing really changed."""
    if op == "create":
        entries: list[tuple[str | None, Any, str | None]] = [(None, None, record_snapshot(_column_values(record)))]
    else:
        fields = _field_changes(record)
        if not fields:
            return False
        if any(k == "deleted_at" for k, _, _ in fields):
            op = "delete" if record.deleted_at is not None else "restore"
        entries = [(k, encode_value(old), encode_value(new)) for k, old, new in fields]
    op = session.info.pop(("op", record.id), op)  # services may name the operation (merge, erase)
    at = utcnow()
    for field, old, new in entries:
        session.add(
            Change(
                hlc=clock.tick().encode(),
                site_id=clock.site_id,
                table_name=record.__tablename__,
                record_id=record.id,
                op=op,
                field=field,
                old_value=old,
                new_value=new,
                officer_id=officer,
                at=at,
            )
        )
    return True


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    clock: HybridClock | None = session.info.get("clock")
    if clock is None or session.info.get("replaying"):
        return
    officer = session.info.get("officer_id")
    now = utcnow()
    for record in list(session.new):
        if isinstance(record, Record):
            record.id = record.id or new_id()
            record.created_at = record.created_at or now
            record.updated_at = now
            record.changed_by = officer
            _apply_column_defaults(record)
            _log_record(session, record, clock, officer, "create")
    for record in list(session.dirty):
        if (
            isinstance(record, Record)
            and session.is_modified(record, include_collections=False)
            and _log_record(session, record, clock, officer, "update")
        ):
            record.updated_at = now
            record.changed_by = officer
    for record in list(session.deleted):
        if isinstance(record, Record):
            raise RuntimeError(f"{record.__tablename__} rows are never removed; set deleted_at instead")


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", _before_flush)
