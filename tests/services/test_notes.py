from __future__ import annotations

from datetime import date

import pytest

from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import notes
from magia_desk.services.officers import create_officer
from magia_desk.services.organizations import create_organization
from magia_desk.storage.models import Action, Meeting, Mission
from magia_desk.storage.store import Store


@pytest.fixture
def company(store: Store) -> str:
    store.officer_id = create_officer(store, "Giulia Rossi")
    return create_organization(store, {"kind": "sme", "name": "Torino Devices", "country": "IT"})


def test_add_edit_delete_restore(store: Store, company: str) -> None:
    text = "Called Anna.\n\n  She wants the MDR checklist  \nby Friday."
    note_id = notes.add_note(store, "organization", company, text, kind="Call", on=date(2024, 5, 2))
    note = notes.get_note(store, note_id)
    assert (note.record_type, note.kind, note.date) == ("organization", "call", date(2024, 5, 2))
    assert note.text == text.strip()  # line breaks and inner spacing kept

    notes.edit_note(store, note_id, {"text": "Emailed Anna", "kind": "email", "date": "2024-05-03"})
    note = notes.get_note(store, note_id)
    assert (note.text, note.kind, note.date) == ("Emailed Anna", "email", date(2024, 5, 3))

    notes.delete_note(store, note_id)
    assert notes.notes_for(store, "organization", company) == []
    notes.restore_note(store, note_id)
    assert [n.id for n in notes.notes_for(store, "organization", company)] == [note_id]


def test_default_kind_and_date(store: Store, company: str) -> None:
    note = notes.get_note(store, notes.add_note(store, "organization", company, "Met at MEDICA"))
    assert (note.kind, note.date) == ("remark", date.today())


def test_notes_newest_first(store: Store, company: str) -> None:
    for day, text in ((2, "second"), (1, "first"), (3, "third")):
        notes.add_note(store, "organization", company, text, on=date(2024, 5, day))
    assert [n.text for n in notes.notes_for(store, "organization", company)] == ["third", "second", "first"]


def test_bad_values_are_refused_naming_the_field(store: Store, company: str) -> None:
    with pytest.raises(RecordInvalid) as caught:
        notes.add_note(store, "organization", company, "  ", kind="fax")
    assert set(caught.value.fields) == {"text", "kind"}
    note_id = notes.add_note(store, "organization", company, "ok")
    with pytest.raises(RecordInvalid) as caught:
        notes.edit_note(store, note_id, {"date": "", "kind": "letter"})
    assert set(caught.value.fields) == {"date", "kind"}


def test_notes_go_on_the_five_kinds_of_record_only(store: Store, company: str) -> None:
    with store.session() as session:
        action = Action(type="fact_finding_mission", title="Boston mission", start_date=date(2024, 4, 8))
        session.add(action)
        session.flush()
        session.add(Mission(id=action.id, destination_country="US"))
        session.flush()
        meeting = Meeting(mission_id=action.id, organization_id=company)
        session.add(meeting)
        session.flush()
        action_id, meeting_id = action.id, meeting.id
    notes.add_note(store, "mission", action_id, "Delegation confirmed")
    notes.add_note(store, "action", action_id, "Budget approved")
    # The mission is its action: both notes show on either.
    assert sorted(n.text for n in notes.notes_for(store, "action", action_id)) == [
        "Budget approved", "Delegation confirmed"]
    assert len(notes.notes_for(store, "mission", action_id)) == 2
    for record_type, record_id in (("meeting", meeting_id), ("organization", "ghost"), ("invoice", company)):
        with pytest.raises(RecordInvalid):
            notes.add_note(store, record_type, record_id, "x")
