"""Trade-show capture: suggestions as you type, then one save that reuses what is known and links the lead."""

from __future__ import annotations

from datetime import date

import pytest

from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import capture, missions, participations
from magia_desk.services.contacts import create_contact
from magia_desk.services.organizations import create_organization, delete_organization, get_organization
from magia_desk.storage.models import Contact, MarketInterest, Note, Organization, Participation, Task
from magia_desk.storage.store import Store


@pytest.fixture
def show(store: Store) -> dict[str, str]:
    ids = {
        "biowin": create_organization(store, {"kind": "cluster", "name": "BioWin", "country": "BE"}),
        "bioxcel": create_organization(store, {"kind": "sme", "name": "Bioxcel Diagnostics", "country": "FR",
                                               "city": "Lyon", "sectors": "diagnostics"}),
        "lab": create_organization(store, {"kind": "sme", "name": "Lab Instruments SA", "country": "BE",
                                           "city": "Biot"}),
        "gone": create_organization(store, {"kind": "sme", "name": "Biogone", "country": "IT"}),
    }
    delete_organization(store, ids["gone"])
    ids["show"] = missions.create_mission(store, {"type": "trade_show", "title": "MEDICA 2019",
                                                  "start_date": "2019-11-18", "destination_country": "DE"})
    return ids


def _count(store: Store, model: type) -> int:
    with store.read() as session:
        return session.query(model).filter(model.deleted_at.is_(None)).count()


def test_suggestions_as_you_type(store: Store, show: dict[str, str]) -> None:
    assert capture.suggest_organizations(store, "") == []
    names = [s.name for s in capture.suggest_organizations(store, "bio")]
    # Names starting with the text first, then others matching (Biot is the lab's city); no deleted ones.
    assert names == ["BioWin", "Bioxcel Diagnostics", "Lab Instruments SA"]
    assert [s.name for s in capture.suggest_organizations(store, "bioxcel diag")] == ["Bioxcel Diagnostics"]
    assert [s.name for s in capture.suggest_organizations(store, "BIO", limit=1)] == ["BioWin"]


def test_capture_flow_type_pick_save(store: Store, show: dict[str, str]) -> None:
    picked = capture.suggest_organizations(store, "Bioxc")[0]  # typed, then picked from the list
    result = capture.capture_lead(store, show["show"], capture.LeadInput(
        organization_id=picked.id, first_name="Élodie", last_name="Martin", email="e.martin@bioxcel.fr",
        phone="04 72 00 00 00", job_title="BD manager", markets=["China", "US"], sectors=["imaging"],
        note="Wants a distributor in Shanghai", follow_up_title="Send CMEF invitation", follow_up_due="2019-12-01",
    ), today=date(2019, 11, 19))
    assert (result.organization_id, result.organization_created, result.contact_created) == (
        show["bioxcel"], False, True)
    assert _count(store, Organization) == 3  # nothing new: the known company was picked
    with store.read() as session:
        contact = session.get(Contact, result.contact_id)
        assert (contact.organization_id, contact.phone, contact.country) == (show["bioxcel"], "+33472000000", "FR")
        participation = session.get(Participation, result.participation_id)
        assert (participation.action_id, participation.contact_id, participation.organization_id,
                participation.role) == (show["show"], result.contact_id, show["bioxcel"], "attendee")
        note = session.get(Note, result.note_id)
        assert (note.record_id, note.kind, note.date) == (result.contact_id, "meeting", date(2019, 11, 19))
        assert note.text == "Met at MEDICA 2019: Wants a distributor in Shanghai"
        task = session.get(Task, result.task_id)
        assert (task.title, task.due_date, task.record_type, task.record_id, task.done) == (
            "Send CMEF invitation", date(2019, 12, 1), "contact", result.contact_id, False)
        markets = session.query(MarketInterest).filter_by(organization_id=show["bioxcel"]).all()
        assert sorted((m.country, m.status) for m in markets) == [("CN", "interested"), ("US", "interested")]
    assert get_organization(store, show["bioxcel"]).record.sectors == ["diagnostics", "imaging"]


def test_the_same_person_twice_is_not_duplicated(store: Store, show: dict[str, str]) -> None:
    first = capture.capture_lead(store, show["show"], capture.LeadInput(
        organization_name="Nordic Implants AB", organization_country="SE", first_name="Lars", last_name="Berg",
        email="lars@nordic-implants.se"))
    assert first.organization_created and first.contact_created
    # Next day, typed again without picking: same email, name typed differently, company with another legal form.
    second = capture.capture_lead(store, show["show"], capture.LeadInput(
        organization_name="NORDIC IMPLANTS", first_name="Lars", last_name="Berg", email="LARS@nordic-implants.se",
        phone="+46 8 123 456 78", role="exhibitor", note="Second visit"))
    assert (second.organization_id, second.contact_id) == (first.organization_id, first.contact_id)
    assert not second.organization_created and not second.contact_created
    assert second.participation_id is None  # already linked to the show
    assert _count(store, Organization) == 4 and _count(store, Contact) == 1  # 3 before, one new
    assert len(participations.participant_rows(store, show["show"])) == 1
    with store.read() as session:
        assert session.get(Contact, first.contact_id).phone == "+46812345678"  # a blank filled, nothing overwritten


def test_a_known_email_brings_its_company(store: Store, show: dict[str, str]) -> None:
    known = create_contact(store, {"first_name": "Jan", "last_name": "Peeters", "email": "jan@lab.be",
                                   "organization_id": show["lab"]})
    result = capture.capture_lead(store, show["show"], capture.LeadInput(
        first_name="Jan", last_name="Peeters", email="jan@lab.be"))
    assert (result.contact_id, result.organization_id) == (known, show["lab"])
    assert capture.contact_with_email(store, "JAN@lab.be") == (known, "Jan Peeters", show["lab"])


def test_company_only_lead_and_refusals(store: Store, show: dict[str, str]) -> None:
    result = capture.capture_lead(store, show["show"], capture.LeadInput(
        organization_name="Kyoto Robotics", organization_country="JP", note="Booth B12", role="exhibitor"))
    assert result.contact_id is None and result.organization_created
    with store.read() as session:
        assert session.get(Note, result.note_id).record_type == "organization"
        assert session.get(Organization, result.organization_id).kind == "other"  # not counted as an SME
    before = (_count(store, Organization), _count(store, Contact), _count(store, Task))
    with pytest.raises(RecordInvalid) as caught:
        capture.capture_lead(store, show["show"], capture.LeadInput(
            organization_name="New Co", first_name="Ann", last_name="", email="not-an-email",
            markets=["Atlantis"], follow_up_title="", follow_up_due="tomorrow-ish"))
    assert set(caught.value.fields) == {"last_name", "email", "markets", "follow_up_due"}
    with pytest.raises(RecordInvalid) as caught:
        capture.capture_lead(store, show["show"], capture.LeadInput())
    assert caught.value.fields == ["organization_name"]
    assert (_count(store, Organization), _count(store, Contact), _count(store, Task)) == before
