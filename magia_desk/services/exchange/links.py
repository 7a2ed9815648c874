"""What a merge would move: the live links pointing at a record, counted by table (for the merge dialog).

It reads the same list of links `merge.merge_records` moves (merge.LINKS, merge.TYPED_LINKS), so the dialog
announces exactly what the merge will carry over.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from magia_desk.domain.errors import N_, ValidationError
from magia_desk.services.exchange.merge import LINKS, TYPED_LINKS
from magia_desk.storage.store import Store


def count_links(store: Store, kind: str, record_id: str) -> dict[str, int]:
    """Table name -> how many live rows point at the record (tables with none are left out). Typed links
    (notes, tasks, documents) count only those attached to a record of this kind."""
    if kind not in LINKS:
        raise ValidationError("kind", N_("'{text}' is not organization or contact"), kind, text=kind)
    counts: dict[str, int] = {}
    with store.read() as session:
        for model, column, _unique in LINKS[kind]:
            count = session.scalar(select(func.count()).select_from(model).where(
                getattr(model, column) == record_id, model.deleted_at.is_(None))) or 0
            if count:
                table = model.__tablename__
                counts[table] = counts.get(table, 0) + count
        for model in TYPED_LINKS:
            typed: Any = model  # every typed link has record_type/record_id (Note, Document, Task)
            count = session.scalar(select(func.count()).select_from(typed).where(
                typed.record_id == record_id, typed.record_type == kind, typed.deleted_at.is_(None))) or 0
            if count:
                counts[model.__tablename__] = count
    return counts
