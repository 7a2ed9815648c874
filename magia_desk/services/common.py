"""Small pieces every service uses: loading live records, soft delete and restore, progress callbacks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from magia_desk.domain.errors import NotFoundError
from magia_desk.storage.base import Record, utcnow
from magia_desk.storage.store import Store

R = TypeVar("R", bound=Record)

# progress(done, total) -> False to ask the work to stop (Cancel).
Progress = Callable[[int, int], bool | None]


class Cancelled(Exception):
    """The user pressed Cancel; the work's transaction was rolled back."""


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def load(session: Session, model: type[R], record_id: str, *, include_deleted: bool = False) -> R:
    record = session.get(model, record_id)
    if record is None or (record.deleted_at is not None and not include_deleted):
        raise NotFoundError(f"No {model.__tablename__.replace('_', ' ')} with id {record_id}")
    return record


def soft_delete(store: Store, model: type[Record], record_id: str) -> None:
    with store.session() as session:
        load(session, model, record_id).deleted_at = utcnow()


def restore(store: Store, model: type[Record], record_id: str) -> None:
    """Undo of a delete: the record comes back with its links intact (they were never removed)."""
    with store.session() as session:
        load(session, model, record_id, include_deleted=True).deleted_at = None


def apply_fields(record: Record, values: dict[str, object]) -> None:
    for key, value in values.items():
        setattr(record, key, value)
