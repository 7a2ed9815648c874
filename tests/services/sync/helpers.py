"""Shared by the sync tests: comparing replicas row by row, and small record helpers."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from magia_desk.storage.base import Record, utcnow
from magia_desk.storage.models import MODEL_BY_TABLE, Change, Contact, Membership, Organization
from magia_desk.storage.store import Store

COMPARED_TABLES = ("organization", "contact", "membership")
# Local bookkeeping, compared loosely (explained in assert_same_rows).
LOOSE = frozenset({"created_at", "updated_at"})


def table_rows(store: Store, table_name: str) -> dict[str, dict[str, Any]]:
    table = MODEL_BY_TABLE[table_name].__table__
    with store.read() as session:
        return {row.id: dict(row._mapping) for row in session.execute(select(table).order_by(table.c.id))}


def assert_same_rows(stores: list[Store], tables: tuple[str, ...] = COMPARED_TABLES, *,
                     created_at: bool = True) -> None:
    """Every store holds the same rows, compared column by column.

    Every column is compared exactly except two that each store stamps itself when it writes a row:
    `updated_at` (when this copy was last written; not a synchronised field, see changelog._BOOKKEEPING) is not
    compared, and `created_at` is compared to the second: the store that created a record stamps it a few
    microseconds before it logs the create, and the others take the create's logged time. `changed_by` (the
    officer of the record's latest change) *is* compared exactly. With `created_at=False` it is not compared
    at all: a creation time set explicitly (demo data, imports keeping historical dates) is not in the logged
    create (changelog leaves created_at out of the snapshot), so other stores get the create's logged time.
    """
    reference = stores[0]
    for table_name in tables:
        expected = table_rows(reference, table_name)
        for other in stores[1:]:
            actual = table_rows(other, table_name)
            assert sorted(actual) == sorted(expected), f"{table_name}: different records in {other.path}"
            for record_id, want in expected.items():
                have = actual[record_id]
                exact_want = {k: v for k, v in want.items() if k not in LOOSE}
                exact_have = {k: v for k, v in have.items() if k not in LOOSE}
                assert exact_have == exact_want, f"{table_name} {record_id} differs in {other.path}"
                if created_at:
                    assert abs(have["created_at"] - want["created_at"]) < timedelta(seconds=1), record_id


def change_count(store: Store) -> int:
    with store.read() as session:
        return len(session.scalars(select(Change.seq)).all())


def merge_organizations(store: Store, loser_id: str, winner_id: str) -> None:
    """A merge of duplicates as the duplicate finder does it: ordinary logged changes that replay everywhere."""
    with store.session() as session:
        loser = session.get(Organization, loser_id)
        assert loser is not None
        session.info[("op", loser_id)] = "merge"
        loser.merged_into_id = winner_id
        loser.deleted_at = utcnow()
        for contact in session.scalars(select(Contact).where(Contact.organization_id == loser_id)):
            contact.organization_id = winner_id
        for membership in session.scalars(select(Membership).where(Membership.organization_id == loser_id)):
            membership.organization_id = winner_id


def live_ids(store: Store, model: type[Record], *, deleted: bool = False) -> list[str]:
    with store.read() as session:
        condition = model.deleted_at.is_not(None) if deleted else model.deleted_at.is_(None)
        return list(session.scalars(select(model.id).where(condition).order_by(model.id)))
