"""storage.bulk: bulk creates are searchable, all or nothing, and logged exactly as the ORM path logs them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from magia_desk.domain.hlc import HybridClock, Timestamp
from magia_desk.services import contacts, organizations
from magia_desk.services.organizations import OrganizationFilter
from magia_desk.storage.bulk import bulk_create, clock_stamps, new_ids
from magia_desk.storage.models import Action, Change, Contact, Note, Organization, Participation
from magia_desk.storage.search import FTS_DEFER_MIN_ROWS, fts_deferred
from magia_desk.storage.store import Store, open_store

ROOT = Path(__file__).resolve().parents[2]
FTS_TRIGGERS = sorted(f"{t}_fts_{op}" for t in ("organization", "contact") for op in ("insert", "update", "delete"))
MANY = FTS_DEFER_MIN_ROWS + 50  # enough rows for the index to be filled in one statement


def find(store: Store, words: str) -> list[str]:
    return organizations.organization_ids(store, OrganizationFilter(text=words))


def triggers(store: Store) -> list[tuple[str, str]]:
    with store.read() as session:
        return sorted(session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())


def counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return {table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("organization", "organization_fts", "contact", "contact_fts", "change")}


def org_rows(count: int, prefix: str = "Bulkco") -> list[dict[str, Any]]:
    return [{"kind": "sme", "name": f"{prefix} {i:04d} Srl", "country": "IT", "city": "Torino",
             "sectors": ["medtech", "diagnostics"], "notes": "met at MEDICA" if i % 2 else None}
            for i in range(count)]


def test_bulk_created_rows_are_found_and_later_edits_reach_the_index(store: Store) -> None:
    before = triggers(store)
    with store.session() as session:
        ids = bulk_create(session, Organization, org_rows(MANY))
        people = bulk_create(session, Contact, [{"first_name": "Zoë", "last_name": f"Lefèvre{i}",
                                                 "email": f"zoe{i}@lyonbiopole.org"} for i in range(MANY)])
    assert triggers(store) == before and [name for name, _ in before] == FTS_TRIGGERS
    assert counts(store)["organization_fts"] == MANY and counts(store)["contact_fts"] == MANY
    assert find(store, "bulkco 0007") == [ids[7]]
    assert len(find(store, "torino diagnost")) == MANY
    assert len(contacts.contact_ids(store, contacts.ContactFilter(text="zoe lyonbiopole"), limit=1000)) == MANY
    # The triggers are back: edits, deletes and new rows after the bulk load reach the index.
    organizations.update_organization(store, ids[7], {"name": "Renamed Biotech"})
    assert find(store, "bulkco 0007") == [] and find(store, "renamed") == [ids[7]]
    organizations.delete_organization(store, ids[8])
    assert find(store, "bulkco 0008") == []
    single = organizations.create_organization(store, {"kind": "sme", "name": "Later One", "country": "FR"})
    assert find(store, "later") == [single]
    contacts.update_contact(store, people[0], {"email": "zoe@biowin.be"})
    assert contacts.contact_ids(store, contacts.ContactFilter(text="biowin")) == [people[0]]


def test_a_small_batch_keeps_the_triggers_and_is_indexed_by_them(store: Store) -> None:
    with store.session() as session:
        ids = bulk_create(session, Organization, org_rows(3, "Tiny"))
    assert find(store, "tiny 0002") == [ids[2]]


def test_deleted_rows_written_in_bulk_stay_out_of_the_index(store: Store) -> None:
    rows = org_rows(MANY, "Tomb")
    rows[5]["deleted_at"] = rows[6]["deleted_at"] = datetime(2024, 1, 1, tzinfo=UTC)
    with store.session() as session:
        ids = bulk_create(session, Organization, rows)
    assert counts(store)["organization_fts"] == MANY - 2
    assert find(store, "tomb 0005") == [] and find(store, "tomb 0004") == [ids[4]]


def test_a_failing_bulk_load_leaves_nothing_and_the_triggers_in_place(store: Store) -> None:
    organizations.create_organization(store, {"kind": "sme", "name": "Already There", "country": "BE"})
    before, stored = triggers(store), counts(store)
    with pytest.raises(RuntimeError), store.session() as session:
        bulk_create(session, Organization, org_rows(MANY))
        bulk_create(session, Contact, [{"first_name": "A", "last_name": f"B{i}"} for i in range(MANY)])
        raise RuntimeError("killed half-way")
    assert counts(store) == stored and triggers(store) == before
    rows = org_rows(2500)
    rows[2100]["name"] = None  # NOT NULL: the third INSERT statement fails, after two went in
    with pytest.raises(IntegrityError), store.session() as session:
        bulk_create(session, Organization, rows)
    assert counts(store) == stored and triggers(store) == before
    assert find(store, "bulkco") == [] and len(find(store, "already")) == 1


KILLED_CHILD = r"""
import sys, time
from magia_desk.storage.bulk import bulk_create
from magia_desk.storage.models import Organization
from magia_desk.storage.store import open_store

store = open_store(sys.argv[1], keep_backup=False)
with store.session() as session:
    def page(count):
        print("inside", flush=True)  # the index trigger is dropped and rows are written: now is the time to die
        time.sleep(60)
    bulk_create(session, Organization, ({"kind": "sme", "name": f"Killed {i}"} for i in range(3000)), on_page=page)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_process_killed_inside_a_bulk_load_leaves_the_store_as_it_was(store: Store) -> None:
    kept = organizations.create_organization(store, {"kind": "sme", "name": "Survivor", "country": "IT"})
    before, stored, path = triggers(store), counts(store), store.path
    store.close()
    child = subprocess.Popen([sys.executable, "-c", KILLED_CHILD, str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=os.environ | {"PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "inside", child.stderr.read() if child.stderr else line
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    with open_store(path, keep_backup=False) as reopened:
        assert counts(reopened) == stored and triggers(reopened) == before
        with reopened.read() as session:
            session.execute(text("INSERT INTO organization_fts(organization_fts) VALUES('integrity-check')"))
        assert find(reopened, "survivor") == [kept] and find(reopened, "killed") == []
        later = organizations.create_organization(reopened, {"kind": "sme", "name": "Killed Not", "country": "IT"})
        assert find(reopened, "killed") == [later]


def test_a_caller_that_goes_on_after_a_failed_batch_keeps_a_consistent_index(store: Store) -> None:
    rows = org_rows(2500)
    rows[2100]["name"] = None
    with store.session() as session:
        with pytest.raises(IntegrityError):
            bulk_create(session, Organization, rows)
        written = session.scalar(select(func.count()).select_from(Organization))
    assert written == 2000  # the two statements before the failing one
    assert counts(store)["organization_fts"] == 2000
    assert [name for name, _ in triggers(store)] == FTS_TRIGGERS


def test_a_batch_stopped_by_its_caller_keeps_a_consistent_index(store: Store) -> None:
    """Cancel from the progress callback while the writer thread still holds statements: the rest of the queue
    is dropped (the first page may have run already, nothing after it), what went in is indexed, the trigger is
    back."""
    def cancel(_count: int) -> None:
        raise KeyboardInterrupt

    with store.session() as session:
        with pytest.raises(KeyboardInterrupt):
            bulk_create(session, Organization, org_rows(2500), on_page=cancel)
        written = session.scalar(select(func.count()).select_from(Organization))
    assert written in (0, 1000)
    assert counts(store)["organization_fts"] == written
    assert [name for name, _ in triggers(store)] == FTS_TRIGGERS


def test_an_interrupt_while_waiting_for_the_writer_never_hands_back_a_busy_connection(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl+C during the final wait: the writer is still joined before the error goes on (else the rollback
    would race with its INSERTs, and with autocommit they would stay), and nothing is left written."""
    real_join = threading.Thread.join
    interrupted: list[bool] = []

    def join_interrupted_once(self: threading.Thread, timeout: float | None = None) -> None:
        if self.name == "bulk-writer" and not interrupted:
            interrupted.append(True)
            raise KeyboardInterrupt
        real_join(self, timeout)

    monkeypatch.setattr(threading.Thread, "join", join_interrupted_once)
    with pytest.raises(KeyboardInterrupt), store.session() as session:
        bulk_create(session, Organization, org_rows(5000))
    assert interrupted
    assert not any(thread.name == "bulk-writer" for thread in threading.enumerate())
    assert counts(store)["organization"] == 0 and counts(store)["change"] == 0
    assert counts(store)["organization_fts"] == 0


def test_fts_deferral_does_nothing_off_sqlite() -> None:
    class Dialect:
        name = "postgresql"

    class Connection:
        dialect = Dialect()

        def exec_driver_sql(self, *_args: Any) -> None:
            raise AssertionError("no SQL on PostgreSQL")

    with fts_deferred(Connection(), "organization", 10_000):
        pass


def _logged(store: Store, record_id: str) -> list[tuple[Any, ...]]:
    with store.read() as session:
        return [tuple(row) for row in session.execute(
            select(Change.table_name, Change.op, Change.field, Change.old_value, Change.new_value, Change.officer_id,
                   Change.site_id).where(Change.record_id == record_id))]


def _stored(store: Store, model: type, record_id: str) -> dict[str, Any]:
    with store.read() as session:
        record = session.get(model, record_id)
        return {c.key: getattr(record, c.key) for c in model.__table__.columns
                if c.key not in ("id", "created_at", "updated_at")}


@pytest.mark.parametrize(("model", "values"), [
    (Organization, {"kind": "sme", "name": "Müller Medizintechnik GmbH", "country": "DE", "employees": 12,
                    "turnover_meur": 2.5, "sectors": ["medtech", "AI"], "notes": "北京 partner",
                    "size_provisional": None}),
    (Contact, {"first_name": "Zoë", "last_name": "Lefèvre", "languages": ["fr", "en"],
               "consent_date": date(2024, 3, 1), "consent_status": "given"}),
    (Note, {"record_type": "organization", "record_id": "x", "date": date(2025, 1, 2), "text": "a\nb \"c\""}),
])
def test_change_rows_and_records_match_what_the_orm_path_writes(store: Store, model: type, values: dict) -> None:
    store.officer_id = officer = str(uuid.uuid4())
    with store.session() as session:
        record = model(**values)
        session.add(record)
        session.flush()
        orm_id = record.id
        bulk_id = bulk_create(session, model, [dict(values)])[0]
    assert _stored(store, model, bulk_id) == _stored(store, model, orm_id)
    assert _stored(store, model, bulk_id)["changed_by"] == officer
    orm_log, bulk_log = _logged(store, orm_id), _logged(store, bulk_id)
    assert len(bulk_log) == 1 and bulk_log == orm_log
    assert bulk_log[0][1] == "create" and bulk_log[0][5] == officer


def test_bulk_rows_get_ids_defaults_times_and_increasing_clocks(store: Store) -> None:
    with store.session() as session:
        action = bulk_create(session, Action, [{"type": "b2b_event", "title": "B2B", "start_date": date(2025, 5, 1)}])
        given = str(uuid.uuid4())
        ids = bulk_create(session, Participation, [{"action_id": action[0], "role": None}, {"action_id": action[0],
                                                                                              "id": given}])
        with pytest.raises(ValueError, match="no column colour"):
            bulk_create(session, Participation, [{"action_id": action[0], "colour": "red"}])
    assert ids[1] == given and uuid.UUID(ids[0]).version == 4
    with store.read() as session:
        first, second = (session.get(Participation, i) for i in ids)
        assert (first.role, second.role) == ("attendee", "attendee")  # None takes the default, as in the ORM
        assert first.created_at < second.created_at  # input order kept
        assert first.updated_at == second.updated_at
        clocks = session.scalars(select(Change.hlc).order_by(Change.seq)).all()
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks) == 3


def test_new_ids_are_uuid4_text() -> None:
    ids = new_ids(2000)
    assert len(set(ids)) == 2000
    for value in ids:
        parsed = uuid.UUID(value)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == value


def test_clock_stamps_are_consecutive_roll_over_a_full_counter_and_leave_the_clock_past_them() -> None:
    clock = HybridClock("site", Timestamp(1_000, 89_990, "site"), now=lambda: 1_000)
    stamps = clock_stamps(clock, 25)
    decoded = [Timestamp.decode(s) for s in stamps]
    assert stamps == sorted(stamps) and len(set(stamps)) == 25  # the encoded text sorts as the clocks do
    assert decoded[0] == Timestamp(1_000, 89_991, "site") and decoded[8] == Timestamp(1_000, 89_999, "site")
    assert decoded[9] == Timestamp(1_001, 0, "site") and decoded[-1] == Timestamp(1_001, 15, "site")
    after = clock.tick()
    assert after > decoded[-1] and after.encode() > stamps[-1]
    assert clock_stamps(clock, 0) == []


@pytest.mark.parametrize("microsecond", [0, 999_998])  # the second one crosses into the next second
def test_creation_times_are_the_write_time_plus_the_row_position(store: Store, monkeypatch, microsecond: int) -> None:
    from magia_desk.storage import bulk

    now = datetime(2026, 3, 4, 5, 6, 7, microsecond, tzinfo=UTC)
    monkeypatch.setattr(bulk, "utcnow", lambda: now)
    given = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
    with store.session() as session:
        rows = [{"kind": "sme", "name": f"T{i}", "created_at": given if i == 1 else None} for i in range(4)]
        ids = bulk_create(session, Organization, rows)
    with store.read() as session:
        created = [session.get(Organization, i).created_at for i in ids]
    assert created == [now, given, now + timedelta(microseconds=2), now + timedelta(microseconds=3)]
