"""Erasure through sync: a person erased on one laptop is erased everywhere, and nothing brings them back.

Laptop A erases; laptop B had edited the person offline *after* the erasure (greater clocks) and before hearing
of it; old bundles are imported again. Afterwards no store file (with its -wal) holds a byte of the person's
name, emails, phone or notes, the KPI counts have not moved, and every store holds the same rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from magia_desk.services import contacts, gdpr, notes, organizations
from magia_desk.services.exchange.merge import journal_changes, merge_records
from magia_desk.services.sync import export_bundle, import_bundle, sync_with_hub
from magia_desk.services.sync.hub import open_team_hub
from magia_desk.storage.models import Action, Contact, Note, Participation
from magia_desk.storage.store import Store
from tests.services.sync.helpers import assert_same_rows, table_rows

MakeReplica = Callable[[str], Store]

FIRST, LAST = "Zoë", "Lefèvre-Sync81"
EMAIL, DUPLICATE_EMAIL = "zoe.sync81@lyonbiopole.example", "zoe.dup81@lyonbiopole.example"
OFFLINE_EMAIL, OFFLINE_LAST = "zoe.offline81@lyonbiopole.example", "Lefèvre-Offline81"
PHONE, OFFLINE_PHONE = "+33472009981", "+33472008181"
NOTE, OFFLINE_NOTE = "Sails in Brittany QZ81", "Offline remark QZ82"
SECRETS = [LAST, "Sync81", EMAIL, DUPLICATE_EMAIL, OFFLINE_EMAIL, "Offline81", PHONE, OFFLINE_PHONE, "QZ81", "QZ82"]
TABLES = ("organization", "contact", "note", "participation")


@dataclass
class World:
    org: str
    person: str
    duplicate: str
    bystander: str
    action: str


def build(store: Store) -> World:
    org = organizations.create_organization(store, {"kind": "sme", "name": "Biotech Lyon", "country": "FR"})
    person = contacts.create_contact(store, {
        "first_name": FIRST, "last_name": LAST, "email": EMAIL, "phone": PHONE, "organization_id": org,
        "notes": NOTE, "consent_status": "given", "consent_date": "2024-05-01", "consent_source": "form QZ81",
    })
    duplicate = contacts.create_contact(store, {"first_name": FIRST, "last_name": LAST, "email": DUPLICATE_EMAIL,
                                                "organization_id": org})
    bystander = contacts.create_contact(store, {"first_name": "Marco", "last_name": "Rossi", "organization_id": org})
    notes.add_note(store, "contact", person, f"Met at CEBR, {NOTE}")
    with store.session() as session:
        action = Action(type="trade_show", title="BIO Boston", start_date=date(2025, 6, 2), country="US")
        session.add(action)
        session.flush()
        session.add_all([Participation(action_id=action.id, contact_id=person, role="delegate"),
                         Participation(action_id=action.id, contact_id=duplicate, role="visitor"),
                         Participation(action_id=action.id, contact_id=bystander, role="visitor")])
        action_id = action.id
    # A duplicate merged into the person: the merge journal holds the duplicate's email (exchange/merge.py).
    merge_records(store, "contact", person, duplicate, {"email": "drop"})
    return World(org, person, duplicate, bystander, action_id)


def edit_offline(store: Store, world: World) -> None:
    """What B does after A erased the person, before B hears of it: its clocks are greater than the erasure's."""
    contacts.update_contact(store, world.person, {"email": OFFLINE_EMAIL, "last_name": OFFLINE_LAST,
                                                  "phone": OFFLINE_PHONE, "consent_status": "given"})
    notes.add_note(store, "contact", world.person, OFFLINE_NOTE)
    organizations.update_organization(store, world.org, {"city": "Lyon"})  # not personal: must survive


def raw_bytes(store: Store) -> bytes:
    return b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*") if p.is_file())


def leaked(data: bytes) -> list[str]:
    return [secret for secret in SECRETS if secret.encode() in data]


def kpi_counts(store: Store, world: World) -> tuple[int, int, int]:
    """Participations of the action, participations through the organization's contacts, its contacts."""
    with store.read() as session:
        total = session.scalar(select(func.count()).select_from(Participation)
                               .where(Participation.action_id == world.action, Participation.deleted_at.is_(None)))
        via_org = session.scalar(
            select(func.count()).select_from(Participation).join(Contact, Contact.id == Participation.contact_id)
            .where(Contact.organization_id == world.org, Participation.deleted_at.is_(None)))
        people = session.scalar(select(func.count()).select_from(Contact)
                                .where(Contact.organization_id == world.org, Contact.deleted_at.is_(None)))
        return total or 0, via_org or 0, people or 0


def assert_erased(store: Store, world: World) -> None:
    with store.read() as session:
        for contact_id in (world.person, world.duplicate):
            person = session.get(Contact, contact_id)
            assert person is not None and person.erased_at is not None, store.path
            assert (person.first_name, person.last_name, person.email, person.phone, person.notes,
                    person.consent_status) == ("Erased", "person", None, None, None, "withdrawn")
        texts = set(session.scalars(select(Note.text).where(Note.record_type == "contact",
                                                            Note.record_id == world.person)))
        assert texts == {gdpr.REDACTED}
        journals = list(session.scalars(select(Note.text).where(Note.record_type == "merge",
                                                                Note.record_id == world.person)))
    assert len(journals) == 1
    entries = [c for c in journal_changes(journals[0]) if c.record_id == world.person]
    assert [(c.field, c.old, c.new) for c in entries] == [("email", None, None)]
    assert table_rows(store, "organization")[world.org]["city"] == "Lyon"


def test_an_erasure_travels_by_bundle_and_beats_later_offline_edits_and_replays(make_replica: MakeReplica,
                                                                                 tmp_path: Path) -> None:
    a, b = make_replica("a"), make_replica("b")
    world = build(a)
    old_bundle = export_bundle(a, tmp_path / "old.magiasync").path
    import_bundle(b, old_bundle)
    counts = kpi_counts(a, world)

    gdpr.erase_contact(a, world.person)
    erased_early = export_bundle(a, tmp_path / "a-erased.magiasync").path
    edit_offline(b, world)
    from_b = export_bundle(b, tmp_path / "b-offline.magiasync", for_site=a.site_id).path  # before B knows

    import_bundle(a, from_b)  # B's offline values never enter A's log
    assert leaked(raw_bytes(a)) == []
    result = import_bundle(b, export_bundle(a, tmp_path / "a-for-b.magiasync", for_site=b.site_id).path)
    assert set(result.erased) == {world.person, world.duplicate}
    import_bundle(a, export_bundle(b, tmp_path / "b-again.magiasync", for_site=a.site_id).path)

    for store in (a, b):
        assert leaked(raw_bytes(store)) == [], store.path
        assert_erased(store, world)
        assert kpi_counts(store, world) == counts
    assert_same_rows([a, b], TABLES)
    # What B sends from now on carries none of it either.
    with contextlib.closing(__import__("zipfile").ZipFile(export_bundle(b, tmp_path / "b-all.magiasync").path)) as z:
        assert leaked(z.read("changes.jsonl")) == []

    # Replays: the old bundle again, and on a third laptop the erasure first and B's offline bundle after it.
    for store in (a, b):
        assert import_bundle(store, old_bundle).new == 0
        assert_erased(store, world)
        assert leaked(raw_bytes(store)) == []
    c = make_replica("c")
    import_bundle(c, erased_early)
    import_bundle(c, from_b)
    assert leaked(raw_bytes(c)) == []
    assert_erased(c, world)
    # And a laptop that held the person from the old bundle, then hears of the erasure.
    d = make_replica("d")
    import_bundle(d, old_bundle)
    assert leaked(raw_bytes(d)) != []
    import_bundle(d, export_bundle(a, tmp_path / "a-all.magiasync").path)
    assert leaked(raw_bytes(d)) == []
    assert_same_rows([a, b, c, d], TABLES)
    assert kpi_counts(d, world) == counts


@contextlib.contextmanager
def hub_store(url: str) -> Iterator[Store]:
    hub = open_team_hub(url)
    try:
        yield hub
    finally:
        hub.close()


def hub_leaks(hub: Store) -> list[str]:
    """Every text column of the hub's tables that may hold personal data, searched for the secrets."""
    columns = {"change": ("new_value", "old_value"), "contact": ("first_name", "last_name", "email", "phone", "notes",
                                                                 "consent_source"),
               "note": ("text",), "sync_conflict": ("local_value", "remote_value", "note")}
    found = []
    with hub.engine.connect() as connection:
        for secret in SECRETS:
            for table, names in columns.items():
                condition = " OR ".join(f"{name} LIKE :s" for name in names)
                if connection.execute(text(f"SELECT count(*) FROM {table} WHERE {condition}"),
                                      {"s": f"%{secret}%"}).scalar():
                    found.append(f"{table}: {secret}")
    return found


def test_an_erasure_travels_through_the_hub_and_beats_offline_edits(make_replica: MakeReplica, tmp_path: Path,
                                                                    make_hub_url: Callable[[], str]) -> None:
    url = make_hub_url()
    a, b = make_replica("a"), make_replica("b")
    world = build(a)
    old_bundle = export_bundle(a, tmp_path / "old.magiasync").path
    sync_with_hub(a, url)
    sync_with_hub(b, url)
    counts = kpi_counts(b, world)

    gdpr.erase_contact(a, world.person)
    edit_offline(b, world)
    sync_with_hub(a, url)
    pulled = sync_with_hub(b, url).pulled  # B hears of the erasure before it sends its offline edits
    assert set(pulled.erased) == {world.person, world.duplicate}
    sync_with_hub(a, url)
    sync_with_hub(b, url)

    with hub_store(url) as hub:
        assert hub_leaks(hub) == []
        assert_erased(hub, world)
        assert_same_rows([a, b, hub], TABLES)
        assert kpi_counts(hub, world) == counts
        assert import_bundle(hub, old_bundle).new == 0
        assert hub_leaks(hub) == []
    for store in (a, b):
        assert leaked(raw_bytes(store)) == [], store.path
        assert_erased(store, world)
        assert kpi_counts(store, world) == counts
        assert import_bundle(store, old_bundle).new == 0
        assert_erased(store, world)
        assert leaked(raw_bytes(store)) == []


def test_a_peer_that_sends_before_hearing_of_the_erasure_is_scrubbed_by_the_hub(
        make_replica: MakeReplica, make_hub_url: Callable[[], str], tmp_path: Path) -> None:
    url = make_hub_url()
    a, b = make_replica("a"), make_replica("b")
    world = build(a)
    sync_with_hub(a, url)
    sync_with_hub(b, url)
    gdpr.erase_contact(a, world.person)
    sync_with_hub(a, url)
    edit_offline(b, world)
    # B's offline edits reach the hub by a bundle, as a laptop that did not pull first would send them.
    with hub_store(url) as hub:
        import_bundle(hub, export_bundle(b, tmp_path / "b.magiasync").path)
        assert hub_leaks(hub) == []
        assert_erased(hub, world)
    sync_with_hub(a, url)
    assert leaked(raw_bytes(a)) == []
    assert_erased(a, world)


@pytest.mark.parametrize("edit_after", [False, True])
def test_a_tombstone_wins_whatever_the_order_of_arrival(make_replica: MakeReplica, tmp_path: Path,
                                                        edit_after: bool) -> None:
    """The same changes in two orders give the same erased rows (the merge does not depend on arrival)."""
    a, b, c = make_replica("a"), make_replica("b"), make_replica("c")
    world = build(a)
    import_bundle(b, export_bundle(a, tmp_path / "a0.magiasync").path)
    if edit_after:
        gdpr.erase_contact(a, world.person)
        edit_offline(b, world)
    else:
        edit_offline(b, world)
        gdpr.erase_contact(a, world.person)
    from_a = export_bundle(a, tmp_path / "a1.magiasync").path
    from_b = export_bundle(b, tmp_path / "b1.magiasync").path
    import_bundle(c, from_b)
    import_bundle(c, from_a)
    import_bundle(a, from_b)
    import_bundle(b, from_a)
    for store in (a, b, c):
        assert_erased(store, world)
        assert leaked(raw_bytes(store)) == [], store.path
    assert_same_rows([a, b, c], TABLES)
