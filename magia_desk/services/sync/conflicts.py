"""The Conflicts view: concurrent edits of one field, and records deleted on one side while edited on the other.

When are two writes "concurrent"? A write W made here and a write R received from site S conflict when
neither author had seen the other's write: R is new here, so W was written without R; and S had not seen W
when it wrote R, which we know from receipts (S held our changes up to U when its clock was at A, see
log.Knowledge) and, for free, from the clocks (a write with a smaller clock than W cannot have seen W).
So a colleague's correction made after receiving our edit is an ordinary edit, not a conflict.

The merge rule decides the winner either way (greatest clock); the conflict only keeps the losing value and
lists it. Only conflicts involving this store's own writes are listed (the other side lists them too, with
its own writes as "local"). Picking the losing value makes it a new local change, which then wins everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from magia_desk.domain.errors import NotFoundError, ValidationError
from magia_desk.services.sync.materialize import table_info
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import MODEL_BY_TABLE, Officer
from magia_desk.storage.store import Store
from magia_desk.storage.sync_models import SyncConflict, SyncPeer


@dataclass(frozen=True)
class ConflictSide:
    value: Any  # the field's value (decoded JSON: dates as ISO text), None for "empty" / "not deleted"
    hlc: str | None
    site_id: str | None
    officer_id: str | None
    officer_name: str | None  # from the officers table, else the peer's officer name, else None
    at: datetime | None  # when the write was made (wall clock of its author)


@dataclass(frozen=True)
class ConflictView:
    id: str
    table_name: str
    record_id: str
    record_label: str  # "BioWin", "Anna Rossi": what the screen shows for the record
    field: str
    kind: str  # field: two values of one field; delete: deleted on one side, edited on the other
    winner: str  # local or remote: whose value the record holds now
    local: ConflictSide
    remote: ConflictSide
    note: str | None
    detected_at: datetime
    resolved_at: datetime | None
    resolution: str | None  # local, remote, superseded (a newer conflict of the same field replaced it)


def _label(session: Any, table_name: str, record_id: str) -> str:
    model = MODEL_BY_TABLE.get(table_name)
    record = session.get(model, record_id) if model is not None else None
    if record is None:
        return record_id
    if table_name == "contact":
        return f"{record.first_name} {record.last_name}".strip()
    for attribute in ("name", "title", "topic", "original_name", "ref"):
        value = getattr(record, attribute, None)
        if value:
            return str(value)
    return record_id


def list_conflicts(store: Store, *, include_resolved: bool = False, record_id: str | None = None) -> list[ConflictView]:
    """Conflicts, newest first (open ones only unless asked)."""
    with store.read() as session:
        statement = select(SyncConflict).order_by(SyncConflict.detected_at.desc(), SyncConflict.id)
        if not include_resolved:
            statement = statement.where(SyncConflict.resolved_at.is_(None))
        if record_id is not None:
            statement = statement.where(SyncConflict.record_id == record_id)
        conflicts = list(session.scalars(statement))
        officers = {o.id: o.name for o in session.scalars(select(Officer))}
        peers = {p.site_id: p.officer_name for p in session.scalars(select(SyncPeer))}

        def side(value: str | None, hlc: str | None, site: str | None, officer: str | None,
                 at: datetime | None) -> ConflictSide:
            name = officers.get(officer or "") or peers.get(site or "")
            return ConflictSide(json.loads(value) if value is not None else None, hlc, site, officer, name, at)

        return [
            ConflictView(
                c.id, c.table_name, c.record_id, _label(session, c.table_name, c.record_id), c.field, c.kind,
                c.winner,
                side(c.local_value, c.local_hlc, c.local_site, c.local_officer, c.local_at),
                side(c.remote_value, c.remote_hlc, c.remote_site, c.remote_officer, c.remote_at),
                c.note, c.detected_at, c.resolved_at, c.resolution,
            )
            for c in conflicts
        ]


def resolve_conflict(store: Store, conflict_id: str, pick: str) -> None:
    """Keep the value the record holds (pick the winner) or bring back the other one as a new local change."""
    if pick not in ("local", "remote"):
        raise ValidationError("pick", "choose local or remote", pick)
    with store.session() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None or conflict.resolved_at is not None:
            raise NotFoundError(f"No open conflict with id {conflict_id}")
        if pick != conflict.winner:
            model = MODEL_BY_TABLE[conflict.table_name]
            record = session.get(model, conflict.record_id)
            info = table_info(conflict.table_name)
            if record is None or info is None:
                raise NotFoundError(f"No {conflict.table_name.replace('_', ' ')} with id {conflict.record_id}")
            raw = conflict.local_value if pick == "local" else conflict.remote_value
            value = json.loads(raw) if raw is not None else None
            setattr(record, conflict.field, None if value is None else info.fields[conflict.field](value))
            if conflict.kind == "delete" and value is None and getattr(record, "merged_into_id", None):
                # Keeping a record that was merged away: it is a record of its own again.
                record.merged_into_id = None  # type: ignore[attr-defined]
        conflict.resolved_at = utcnow()
        conflict.resolution = pick
