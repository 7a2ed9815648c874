"""Reading stored values for an import's updates: looked up by id for a few records, one pass over the table
for many; both give the same rows."""

from __future__ import annotations

from sqlalchemy import update

from magia_desk.services.exchange import bulkwrite
from magia_desk.storage.bulk import bulk_create
from magia_desk.storage.models import Organization
from magia_desk.storage.store import Store


def test_stored_values_are_the_same_whether_looked_up_or_scanned(store: Store, monkeypatch) -> None:
    with store.session() as session:
        ids = bulk_create(session, Organization, [
            {"kind": "sme", "name": f"Rossi {i}", "country": "IT", "sectors": ["medtech"] if i % 2 else []}
            for i in range(40)])
        gone = update(Organization).where(Organization.id == ids[3]).values(deleted_at=Organization.created_at)
        session.execute(gone)
    wanted = [ids[1], ids[2], ids[3], "no-such-id"]
    expected = {ids[1]: {"name": "Rossi 1", "sectors": ["medtech"]}, ids[2]: {"name": "Rossi 2", "sectors": []}}
    results = []
    for share in (1, 1000):  # 4 ids: a tenth of the table, then "a good share" of it
        monkeypatch.setattr(bulkwrite, "SCAN_SHARE", share)
        with store.read() as session:
            results.append((bulkwrite.fetch_rows(session, Organization, wanted, ["name", "sectors"]),
                            bulkwrite.fetch_rows(session, Organization, wanted, ["name"], live_only=False)))
    for live, every in results:
        assert live == expected
        assert every == {ids[1]: {"name": "Rossi 1"}, ids[2]: {"name": "Rossi 2"}, ids[3]: {"name": "Rossi 3"}}
