"""GDPR: consent flags, subject access, erasure down to the file's bytes with counts unchanged, retention review."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from magia_desk.domain.errors import NotFoundError
from magia_desk.services import audit, contacts, gdpr, organizations
from magia_desk.services.contacts import ContactFilter
from magia_desk.services.organizations import OrganizationFilter
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import (
    Action,
    Change,
    Contact,
    Document,
    ExternalRef,
    Meeting,
    MeetingAttendee,
    Mission,
    Note,
    Participation,
    Task,
)
from magia_desk.storage.store import Store

FIRST, LAST = "Zoë", "Lefèvre-Unique42"
EMAIL, OLD_EMAIL = "zoe.unique42@lyonbiopole.example", "zoe.old42@lyonbiopole.example"
PHONE = "+33472001234"
NOTE_TEXT = "Sails in Brittany every August, QX7 preference"
OWN_NOTE = "Met at CEBR; wants a distributor in Boston QX9"
SECRETS = [LAST, "Unique42", EMAIL, OLD_EMAIL, PHONE, "QX7", "QX9", "Brittany every August"]


@dataclass
class World:
    org: str
    other_org: str
    person: str
    bystander: str
    action: str
    sha: str


def build(store: Store) -> World:
    org = organizations.create_organization(store, {"kind": "sme", "name": "Biotech Lyon", "country": "FR"})
    other = organizations.create_organization(
        store, {"kind": "cluster", "name": "Lyonbiopole", "country": "FR",
                "notes": f"Contact there: {FIRST} {LAST}, very helpful"})
    person = contacts.create_contact(store, {
        "first_name": FIRST, "last_name": LAST, "email": OLD_EMAIL, "phone": PHONE, "organization_id": org,
        "job_title": "Export manager", "country": "FR", "languages": "fr; en", "notes": NOTE_TEXT,
        "consent_status": "given", "consent_date": "2024-05-01", "consent_source": "CEBR 2024 form",
    })
    contacts.update_contact(store, person, {"email": EMAIL})
    bystander = contacts.create_contact(store, {"first_name": "Marco", "last_name": "Rossi", "organization_id": org})
    sha = "ab" + "0" * 62
    blob = store.attachments_dir / sha[:2] / sha
    blob.parent.mkdir(parents=True)
    blob.write_bytes(b"CV of the person")
    with store.session() as session:
        action = Action(type="trade_show", title="BIO Boston", start_date=date(2025, 6, 2), country="US")
        session.add(action)
        session.flush()
        session.add(Mission(id=action.id, destination_country="US"))
        session.flush()  # no relationship tells the unit of work that meetings need their mission first
        session.add_all([
            Participation(action_id=action.id, contact_id=person, role="delegate"),
            Participation(action_id=action.id, organization_id=org, role="exhibitor"),
        ])
        meeting = Meeting(mission_id=action.id, organization_id=other, topic=f"Intro of {FIRST} {LAST}",
                          starts_at=datetime(2025, 6, 3, 10))
        session.add(meeting)
        session.flush()
        session.add_all([
            MeetingAttendee(meeting_id=meeting.id, side="met", contact_id=person),
            Note(record_type="contact", record_id=person, date=date(2025, 6, 3), kind="meeting", text=OWN_NOTE),
            Note(record_type="organization", record_id=org, date=date(2025, 6, 4), kind="remark",
                 text=f"Follow up with {LAST}, {FIRST} ({EMAIL})"),
            Task(title=f"Send brochure to {FIRST} {LAST}", record_type="contact", record_id=person),
            Document(record_type="contact", record_id=person, sha256=sha, original_name=f"CV {LAST}.pdf",
                     mime_type="application/pdf", size_bytes=16),
            ExternalRef(sheet="contacts", ref=EMAIL, record_id=person),
        ])
        action_id = action.id
    with store.engine.begin() as con:
        if inspect(con).has_table("sync_conflict"):  # the sync engine keeps the losers of concurrent edits
            for conflict_id, record_id, field, local, remote in (
                ("c1", person, "email", f'"{EMAIL}"', f'"{OLD_EMAIL}"'),
                ("c2", other, "notes", f'"Ask {FIRST} {LAST}"', '"Ask someone"'),
            ):
                con.execute(text(
                    "INSERT INTO sync_conflict (id, table_name, record_id, field, kind, winner, local_value, "
                    "remote_value, detected_at) VALUES (:id, 'x', :record, :field, 'field', 'local', :local, "
                    ":remote, '2026-01-01 00:00:00')"
                ), {"id": conflict_id, "record": record_id, "field": field, "local": local, "remote": remote})
    return World(org, other, person, bystander, action_id, sha)


def test_contacts_without_consent_are_flagged_in_the_order_given(store: Store) -> None:
    given = contacts.create_contact(store, {"first_name": "A", "last_name": "Given", "consent_status": "given",
                                            "consent_date": "2024-01-01"})
    unknown = contacts.create_contact(store, {"first_name": "B", "last_name": "Unknown"})
    refused = contacts.create_contact(store, {"first_name": "C", "last_name": "Refused", "consent_status": "refused"})
    assert gdpr.contacts_without_consent(store, [refused, given, unknown, "missing"]) == [refused, unknown]
    assert gdpr.contacts_without_consent(store, []) == []


def test_subject_access_export_holds_everything_about_the_person(store: Store, tmp_path: Path) -> None:
    world = build(store)
    files = gdpr.subject_access_export(store, world.person, tmp_path / "out" / "zoe.json")
    assert files.json_path.name == "zoe.json" and files.text_path.name == "zoe.txt"
    data = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert data["person"]["last_name"] == LAST and data["person"]["email"] == EMAIL
    assert data["person"]["consent_source"] == "CEBR 2024 form"
    assert data["organization"]["name"] == "Biotech Lyon"
    assert [(p["action"], p["role"]) for p in data["participations"]] == [("BIO Boston", "delegate")]
    assert [m["organization"] for m in data["meetings"]] == ["Lyonbiopole"]
    assert sorted(n["text"] for n in data["notes"]) == sorted([OWN_NOTE, f"Follow up with {LAST}, {FIRST} ({EMAIL})"])
    assert [d["name"] for d in data["documents"]] == [f"CV {LAST}.pdf"]
    assert [t["title"] for t in data["tasks"]] == [f"Send brochure to {FIRST} {LAST}"]
    history = [(h["op"], h["field"]) for h in data["history"]]
    assert history == [("create", None), ("update", "email")]
    assert data["history"][1]["old"] == OLD_EMAIL
    readable = files.text_path.read_text(encoding="utf-8")
    for expected in (LAST, "BIO Boston", OWN_NOTE, "HISTORY OF THE RECORD", OLD_EMAIL):
        assert expected in readable
    with pytest.raises(NotFoundError):
        gdpr.subject_access_export(store, "no-such-id", tmp_path / "x")


def participation_counts(store: Store, world: World) -> tuple[int, int]:
    with store.read() as session:
        total = session.scalar(select(func.count()).select_from(Participation)
                               .where(Participation.action_id == world.action, Participation.deleted_at.is_(None)))
        via_org = session.scalar(
            select(func.count()).select_from(Participation).join(Contact, Contact.id == Participation.contact_id)
            .where(Contact.organization_id == world.org))
        return total or 0, via_org or 0


def raw_bytes(store: Store) -> bytes:
    return b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*") if p.is_file())


def test_erasure_leaves_no_personal_data_in_the_file_and_counts_unchanged(store: Store) -> None:
    world = build(store)
    counts_before = participation_counts(store, world)
    assert all(secret.encode() in raw_bytes(store) for secret in (LAST, EMAIL, OLD_EMAIL, PHONE, "QX7", "QX9"))

    report = gdpr.erase_contact(store, world.person)

    data = raw_bytes(store)
    assert [s for s in SECRETS if s.encode() in data] == []
    assert report.contact_ids == [world.person] and report.wal_emptied
    assert report.documents_removed == 1 and report.files_removed == 1
    assert not (store.attachments_dir / world.sha[:2] / world.sha).exists()
    assert report.records_redacted >= 3  # the organization's notes, a note, a task, a meeting topic
    # the anonymous row stays, so every count stays
    assert participation_counts(store, world) == counts_before
    with store.read() as session:
        person = session.get(Contact, world.person)
        assert person is not None and person.erased_at is not None and person.deleted_at is None
        assert (person.first_name, person.last_name, person.email, person.phone, person.notes) == (
            "Erased", "person", None, None, None)
        assert person.organization_id == world.org
        assert session.scalar(select(func.count()).select_from(MeetingAttendee)) == 1
    # the index carries none of it, and still works for everyone else (rowids refilled after VACUUM)
    assert contacts.contact_ids(store, ContactFilter(text="unique42")) == []
    assert contacts.contact_ids(store, ContactFilter(text="rossi")) == [world.bystander]
    assert organizations.organization_ids(store, OrganizationFilter(text="helpful")) == [world.other_org]
    assert organizations.organization_ids(store, OrganizationFilter(text="lefevre")) == []
    with store.engine.begin() as con:
        assert con.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        for table in ("organization", "contact"):
            con.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES('integrity-check')"))


def test_the_history_of_an_erased_person_keeps_no_personal_value(store: Store) -> None:
    world = build(store)
    gdpr.erase_contact(store, world.person)
    entries = audit.record_history(store, world.person)
    assert entries and all(e.op == "erase" for e in entries)
    for entry in entries:
        if entry.field in gdpr.PERSONAL_FIELDS:
            assert entry.old_value is None
            assert entry.new_value in (None, [], "Erased", "person")
    created = entries[0].new_value
    assert isinstance(created, dict) and "last_name" not in created and created["organization_id"] == world.org
    with store.read() as session:
        ops = set(session.scalars(select(Change.op).where(Change.record_id == world.person)))
    assert ops == {"erase"}


def test_erasure_follows_merged_records_of_the_same_person(store: Store) -> None:
    keeper = contacts.create_contact(store, {"first_name": "Ana", "last_name": "Merged-Unique77"})
    duplicate = contacts.create_contact(store, {"first_name": "Ana", "last_name": "Merged-Unique77",
                                                "email": "ana.unique77@example.org"})
    with store.session() as session:
        row = session.get(Contact, duplicate)
        assert row is not None
        session.info[("op", duplicate)] = "merge"
        row.merged_into_id, row.deleted_at = keeper, utcnow()
    report = gdpr.erase_contact(store, keeper)
    assert set(report.contact_ids) == {keeper, duplicate}
    assert b"Unique77" not in raw_bytes(store)


def test_erasure_of_an_encrypted_store_works_the_same(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    from magia_desk.storage.store import open_store

    with open_store(tmp_path / "e.sqlite", passphrase="pw") as store:
        world = build(store)
        gdpr.erase_contact(store, world.person)
        assert contacts.contact_ids(store, ContactFilter(text="unique42")) == []
        assert contacts.contact_ids(store, ContactFilter(text="rossi")) == [world.bystander]


def test_stale_contacts_are_those_without_activity_for_n_years(store: Store) -> None:
    idle = contacts.create_contact(store, {"first_name": "Idle", "last_name": "Person"})
    noted = contacts.create_contact(store, {"first_name": "Noted", "last_name": "Person"})
    travelled = contacts.create_contact(store, {"first_name": "Travelled", "last_name": "Person"})
    tasked = contacts.create_contact(store, {"first_name": "Tasked", "last_name": "Person"})
    erased = contacts.create_contact(store, {"first_name": "Gone", "last_name": "Person"})
    today = date.today()
    in_years = today + timedelta(days=6 * 365)  # "today" six years on: everything written now is old
    with store.session() as session:
        action = Action(type="webinar", title="Later webinar", start_date=today + timedelta(days=3 * 365))
        session.add(action)
        session.flush()
        session.add_all([
            Note(record_type="contact", record_id=noted, date=today + timedelta(days=4 * 365), kind="call", text="x"),
            Participation(action_id=action.id, contact_id=travelled),
            Task(title="Call", record_type="contact", record_id=tasked, due_date=today + timedelta(days=5 * 365)),
        ])
    gdpr.erase_contact(store, erased)
    stale = gdpr.stale_contacts(store, 5, in_years)
    assert [s.id for s in stale] == [idle]
    assert stale[0].name == "Idle Person" and stale[0].last_activity == today
    assert {s.id for s in gdpr.stale_contacts(store, 1, in_years)} == {idle, noted, travelled}
    assert gdpr.stale_contacts(store, 5, today) == []


def test_resolve_contact_by_id_email_or_unique_name(store: Store) -> None:
    world = build(store)
    assert gdpr.resolve_contact(store, world.person) == world.person
    assert gdpr.resolve_contact(store, EMAIL.upper()) == world.person
    assert gdpr.resolve_contact(store, "lefevre unique42") == world.person
    contacts.create_contact(store, {"first_name": "Zoë", "last_name": "Other"})
    with pytest.raises(Exception, match="several"):
        gdpr.resolve_contact(store, "zoe")
    with pytest.raises(NotFoundError):
        gdpr.resolve_contact(store, "nobody at all")


def test_merge_journals_are_listed_in_subject_access_and_redacted_by_erasure(store: Store, tmp_path: Path) -> None:
    from magia_desk.services.exchange.merge import merge_records, undo_merge

    keeper = contacts.create_contact(store, {"first_name": "Ana", "last_name": "Journal-Unique55"})
    duplicate = contacts.create_contact(store, {"first_name": "Anna", "last_name": "Journal-Dup55",
                                                "email": "ana.journal55@example.org", "phone": "+3905512345"})
    merge = merge_records(store, "contact", keeper, duplicate, {"last_name": "drop"})
    assert b"ana.journal55@example.org" in raw_bytes(store)

    data = gdpr.subject_access_data(store, keeper)
    assert [(m["kept"], m["dropped"], m["undone"]) for m in data["merges"]] == [(keeper, duplicate, False)]
    changed = {(c["field"], c["old"], c["new"]) for c in data["merges"][0]["changes"] if c["record"] == keeper}
    assert ("email", None, "ana.journal55@example.org") in changed
    assert ("last_name", "Journal-Unique55", "Journal-Dup55") in changed
    assert all(n["about"] == "this person" for n in data["notes"])  # journals are not listed as notes
    readable = gdpr.subject_access_export(store, keeper, tmp_path / "ana").text_path.read_text(encoding="utf-8")
    assert "MERGES OF DUPLICATE RECORDS" in readable and "ana.journal55@example.org" in readable

    gdpr.erase_contact(store, keeper)
    data = raw_bytes(store)
    assert [s for s in ("Unique55", "Dup55", "journal55", "3905512345") if s.encode() in data] == []
    with store.read() as session:
        journal = session.get(Note, merge.merge_id)
        assert journal is not None and journal.deleted_at is None
    # Undoing the merge now puts no personal value back: the journal has none left.
    undone = undo_merge(store, merge.merge_id)
    assert undone.kept_later_changes  # the names were changed since (erased): left as they are
    with store.read() as session:
        person = session.get(Contact, keeper)
        assert person is not None and (person.first_name, person.last_name, person.email) == ("Erased", "person", None)
    erased_access = gdpr.subject_access_data(store, keeper)
    assert erased_access["merges"][0]["undone"] is True
    assert {(c["old"], c["new"]) for c in erased_access["merges"][0]["changes"]
            if c["field"] in gdpr.PERSONAL_FIELDS} == {(None, None)}
