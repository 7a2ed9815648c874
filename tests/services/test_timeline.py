from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from magia_desk.domain.errors import NotFoundError, ValidationError
from magia_desk.services import agreements as ag
from magia_desk.services import documents, notes, tasks
from magia_desk.services.contacts import create_contact, update_contact
from magia_desk.services.officers import create_officer
from magia_desk.services.organizations import create_organization, delete_organization, update_organization
from magia_desk.services.timeline import EntryKind, RecordRef, TimelineEntry, timeline
from magia_desk.storage.models import Action, Contact, Meeting, MeetingAttendee, Mission, Participation
from magia_desk.storage.store import Store

TODAY = date.today()


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@dataclass
class World:
    company: str
    shanghai: str
    contact: str
    mission: str
    meeting: str
    agreement: str


@pytest.fixture
def world(store: Store) -> World:
    """A company with a bit of everything: notes, a task, a mission, a meeting, an agreement, a document."""
    store.officer_id = create_officer(store, "Giulia Rossi")
    company = create_organization(store, {"kind": "sme", "name": "Torino Devices", "country": "IT"})
    shanghai = create_organization(store, {"kind": "distributor", "name": "Shanghai MedTrade", "country": "CN"})
    contact = create_contact(store, {"first_name": "Anna", "last_name": "Bianchi", "organization_id": company})
    with store.session() as session:
        action = Action(type="fact_finding_mission", title="Shanghai mission", start_date=ago(21))
        session.add(action)
        session.flush()
        session.add(Mission(id=action.id, destination_country="CN"))
        session.flush()
        session.add(Participation(action_id=action.id, organization_id=company, role="delegate", date=ago(20)))
        session.add(Participation(action_id=action.id, contact_id=contact, role="delegate", date=ago(20)))
        meeting = Meeting(mission_id=action.id, organization_id=shanghai, topic="Distribution in China",
                          outcome="NDA to sign", starts_at=datetime.combine(ago(15), time(10, 30)))
        session.add(meeting)
        session.flush()
        session.add(MeetingAttendee(meeting_id=meeting.id, side="delegation", contact_id=contact))
        mission_id, meeting_id = action.id, meeting.id
    agreement = ag.create_agreement(
        store, {"type": "distribution", "title": "Distribution China", "party_ids": [company, shanghai],
                "action_id": mission_id}, stage_on=ago(40))
    ag.change_stage(store, agreement, "contacted", on=ago(30))
    return World(company, shanghai, contact, mission_id, meeting_id, agreement)


def kinds(entries: list[TimelineEntry]) -> list[str]:
    return [e.kind for e in entries]


def test_an_organization_timeline_is_one_list_newest_first(store: Store, world: World) -> None:
    notes.add_note(store, "organization", world.company, "Asked for the MDR file", kind="call", on=ago(10))
    tasks.create_task(store, {"title": "Send the NDA", "due_date": TODAY + timedelta(days=5),
                              "record_type": "organization", "record_id": world.company})
    update_organization(store, world.company, {"name": "Torino Devices Srl"})
    documents.attach_bytes(store, "organization", world.company, b"%PDF", "NDA.pdf")

    entries = timeline(store, "organization", world.company)
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
    assert entries[0].kind == EntryKind.TASK and entries[0].title == "Send the NDA"
    dated = [e for e in entries if e.kind not in (EntryKind.CHANGE, EntryKind.DOCUMENT, EntryKind.TASK)]
    assert [(e.kind, e.title) for e in dated] == [
        ("note", "Call"),
        ("meeting", "Meeting with Shanghai MedTrade at Shanghai mission"),  # its contact was in the delegation
        ("participation", "Shanghai mission"),  # the company's own and its contact's: both count for it
        ("participation", "Shanghai mission"),
        ("stage_change", "Distribution China: contacted"),
        ("stage_change", "Distribution China: identified"),
    ]
    assert dated[0].when.date() == ago(10) and dated[0].all_day and dated[0].sub_kind == "call"
    assert dated[1].when == datetime.combine(ago(15), time(10, 30)) and not dated[1].all_day
    assert dated[1].detail == "Distribution in China — NDA to sign"
    assert dated[1].ref == RecordRef("meeting", world.meeting)
    assert dated[2].ref == RecordRef("action", world.mission) and dated[2].when.date() == ago(20)
    assert dated[4].ref == RecordRef("agreement", world.agreement) and dated[4].officer == "Giulia Rossi"

    [document] = [e for e in entries if e.kind == EntryKind.DOCUMENT]
    assert (document.title, document.officer) == ("NDA.pdf", "Giulia Rossi")
    changes = [e for e in entries if e.kind == EntryKind.CHANGE]
    assert [c.title for c in changes] == ["Name changed", "Created"]  # newest first
    assert changes[0].detail == "Torino Devices → Torino Devices Srl"
    assert {c.officer for c in changes} == {"Giulia Rossi"} and changes[0].sub_kind == "update"


def test_the_organization_met_sees_the_meeting(store: Store, world: World) -> None:
    [meeting] = [e for e in timeline(store, "organization", world.shanghai) if e.kind == EntryKind.MEETING]
    assert meeting.title == "Meeting at Shanghai mission"


def test_deleted_things_leave_the_timeline_and_the_deletion_joins_it(store: Store, world: World) -> None:
    note_id = notes.add_note(store, "organization", world.company, "Draft remark")
    notes.delete_note(store, note_id)
    delete_organization(store, world.company)
    entries = timeline(store, "organization", world.company)  # a deleted record keeps its timeline
    assert EntryKind.NOTE not in kinds(entries)
    assert entries[0].kind == EntryKind.CHANGE and entries[0].title == "Deleted" and entries[0].detail == ""


def test_a_contact_timeline(store: Store, world: World) -> None:
    other = create_organization(store, {"kind": "sme", "name": "Milano Bio", "country": "IT"})
    update_contact(store, world.contact, {"organization_id": other})
    notes.add_note(store, "contact", world.contact, "Prefers email", on=ago(1))
    entries = timeline(store, "contact", world.contact)
    assert [(e.kind, e.title) for e in entries if e.kind != EntryKind.CHANGE] == [
        ("note", "Remark"),
        ("meeting", "Meeting with Shanghai MedTrade at Shanghai mission"),
        ("participation", "Shanghai mission"),
    ]
    changed = next(e for e in entries if e.title == "Organization changed")
    assert changed.detail == "Torino Devices → Milano Bio"  # ids shown by name


def test_a_mission_timeline_shows_participants_meetings_and_agreements(store: Store, world: World) -> None:
    notes.add_note(store, "action", world.mission, "Budget approved", on=ago(60))
    for record_type in ("mission", "action"):  # one record, two names
        entries = timeline(store, record_type, world.mission)
        assert sorted(e.title for e in entries if e.kind == EntryKind.PARTICIPATION) == [
            "Participant added: Anna Bianchi", "Participant added: Torino Devices"]
        [meeting] = [e for e in entries if e.kind == EntryKind.MEETING]
        assert meeting.title == "Meeting with Shanghai MedTrade"
        [agreement] = [e for e in entries if e.kind == EntryKind.AGREEMENT]
        assert (agreement.title, agreement.detail) == ("Distribution China", "distribution, contacted")
        assert entries[-1].kind == EntryKind.NOTE
        assert sum(e.title == "Created" for e in entries) == 2  # the action row and the mission row


def test_an_agreement_timeline_follows_corrected_stage_dates(store: Store, world: World) -> None:
    negotiating = ag.change_stage(store, world.agreement, "negotiating")
    assert negotiating is not None
    entries = timeline(store, "agreement", world.agreement)
    stages = [e for e in entries if e.kind == EntryKind.STAGE_CHANGE]
    assert [e.title for e in stages] == ["Stage: negotiating", "Stage: contacted", "Stage: identified"]
    assert stages[0].ref == RecordRef("agreement_stage_change", negotiating)  # a click corrects the date

    ag.correct_stage_change(store, negotiating, ago(25))
    entries = timeline(store, "agreement", world.agreement)
    stages = [e for e in entries if e.kind == EntryKind.STAGE_CHANGE]
    assert [(e.sub_kind, e.when.date()) for e in stages] == [
        ("negotiating", ago(25)), ("contacted", ago(30)), ("identified", ago(40))]
    assert kinds(entries).index(EntryKind.CHANGE) < kinds(entries).index(EntryKind.STAGE_CHANGE)  # today first
    parties = sorted(e.title for e in entries if e.kind == EntryKind.PARTY)
    assert parties == ["Party added: Shanghai MedTrade", "Party added: Torino Devices"]
    assert any(e.title == "Stage changed" and e.detail == "contacted → negotiating" for e in entries)


def test_erased_values_are_never_shown(store: Store, world: World) -> None:
    with store.session() as session:
        contact = session.get(Contact, world.contact)
        assert contact is not None
        session.info[("op", contact.id)] = "erase"
        contact.first_name = "Erased"
    [erased] = [e for e in timeline(store, "contact", world.contact) if e.sub_kind == "erase"]
    assert (erased.title, erased.detail) == ("Personal data erased", "")


def test_unknown_records_are_refused(store: Store, world: World) -> None:
    with pytest.raises(ValidationError):
        timeline(store, "invoice", world.company)
    with pytest.raises(NotFoundError):
        timeline(store, "organization", "ghost")
    assert len(timeline(store, "organization", world.company, limit=2)) == 2
