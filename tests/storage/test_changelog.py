"""Every write is stamped and logged in the same transaction; nothing is ever removed."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from magia_desk.services import organizations
from magia_desk.storage.models import Change, Organization
from magia_desk.storage.store import Store


def changes(store: Store, record_id: str) -> list[Change]:
    with store.read() as session:
        return list(session.scalars(select(Change).where(Change.record_id == record_id).order_by(Change.seq)))


def test_create_update_delete_restore_are_logged_with_officer_and_increasing_clocks(store: Store) -> None:
    store.officer_id = "officer-1"
    org_id = organizations.create_organization(store, {"kind": "sme", "name": "Rossi Medical", "country": "IT"})
    organizations.update_organization(store, org_id, {"city": "Torino", "name": "Rossi Medical"})
    organizations.delete_organization(store, org_id)
    organizations.restore_organization(store, org_id)

    log = changes(store, org_id)
    assert [(c.op, c.field) for c in log] == [
        ("create", None), ("update", "city"), ("delete", "deleted_at"), ("restore", "deleted_at")
    ]
    created = json.loads(log[0].new_value or "{}")
    assert created["name"] == "Rossi Medical" and created["country"] == "IT"
    assert json.loads(log[1].new_value or "null") == "Torino" and log[1].old_value is None
    assert all(c.officer_id == "officer-1" and c.site_id == store.site_id for c in log)
    assert [c.hlc for c in log] == sorted(c.hlc for c in log) and len({c.hlc for c in log}) == 4

    with store.read() as session:
        record = session.get(Organization, org_id)
        assert record is not None and record.changed_by == "officer-1" and record.deleted_at is None


def test_an_edit_that_changes_nothing_logs_nothing(store: Store) -> None:
    org_id = organizations.create_organization(store, {"kind": "sme", "name": "Same", "country": "FR"})
    organizations.update_organization(store, org_id, {"name": "Same", "country": "France"})
    assert len(changes(store, org_id)) == 1


def test_a_failed_transaction_leaves_neither_the_row_nor_its_log(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as session:
        session.add(Organization(kind="sme", name="Half written"))
        session.flush()
        raise RuntimeError("crash in the middle")
    with store.read() as session:
        assert session.scalars(select(Organization)).all() == []
        assert session.scalars(select(Change)).all() == []


def test_rows_are_never_removed(store: Store) -> None:
    org_id = organizations.create_organization(store, {"kind": "sme", "name": "Keep me"})
    with pytest.raises(RuntimeError, match="never removed"), store.session() as session:
        session.delete(session.get(Organization, org_id))
