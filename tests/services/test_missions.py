"""Missions: creation, delegation, itinerary, meetings with their people and follow-ups, the planner's days,
clash detection and naming a mission on the command line."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from magia_desk.domain.errors import NotFoundError, RecordInvalid
from magia_desk.services import actions, meetings, missions
from magia_desk.services.contacts import create_contact
from magia_desk.services.officers import create_officer
from magia_desk.services.organizations import create_organization
from magia_desk.storage.models import Action, Task
from magia_desk.storage.store import Store


@pytest.fixture
def trip(store: Store) -> dict[str, str]:
    ids = {"cluster": create_organization(store, {"kind": "cluster", "name": "Lyonbiopole", "country": "FR",
                                                  "is_consortium_partner": True})}
    ids["sme"] = create_organization(store, {"kind": "sme", "name": "Cardio SAS", "country": "FR"})
    ids["distributor"] = create_organization(store, {"kind": "distributor", "name": "Shanghai MedDist",
                                                     "country": "CN", "city": "Shanghai"})
    ids["hospital"] = create_organization(store, {"kind": "hospital", "name": "Ruijin Hospital", "country": "CN"})
    ids["claire"] = create_contact(store, {"first_name": "Claire", "last_name": "Dubois",
                                           "organization_id": ids["sme"]})
    ids["zhang"] = create_contact(store, {"first_name": "伟", "last_name": "张", "job_title": "CEO",
                                          "organization_id": ids["distributor"]})
    ids["li"] = create_contact(store, {"first_name": "Na", "last_name": "Li", "organization_id": ids["hospital"]})
    ids["officer"] = create_officer(store, "Marie Laurent", ids["cluster"])
    ids["mission"] = missions.create_mission(store, {
        "type": "fact_finding_mission", "title": "Shanghai medtech mission", "start_date": "2019-05-13",
        "end_date": "2019-05-17", "organiser_id": ids["cluster"], "destination_country": "China",
        "destination_cities": ["Shanghai"],
    })
    return ids


def _meeting(store: Store, trip: dict[str, str], start: str | None, end: str | None = None, **people: list[str]) -> str:
    data = {"organization_id": trip["distributor"], "topic": "Distribution"}
    if start:
        data["starts_at"] = start
    if end:
        data["ends_at"] = end
    return meetings.create_meeting(store, trip["mission"], data, **people)


def test_create_mission_sets_zone_and_place(store: Store, trip: dict[str, str]) -> None:
    summary = missions.get_mission(store, trip["mission"])
    assert (summary.timezone, summary.destination, summary.organiser) == (
        "Asia/Shanghai", "Shanghai (China)", "Lyonbiopole")
    with store.read() as session:
        action = session.get(Action, trip["mission"])
        assert (action.country, action.city) == ("CN", "Shanghai")
    missions.update_mission(store, trip["mission"], {"title": "Shanghai & Beijing", "destination_country": "US",
                                                      "timezone": "America/Chicago"})
    summary = missions.get_mission(store, trip["mission"])
    assert (summary.title, summary.timezone) == ("Shanghai & Beijing", "America/Chicago")
    with pytest.raises(RecordInvalid) as caught:
        missions.create_mission(store, {"type": "webinar", "title": "x", "start_date": "2019-01-01"})
    assert caught.value.fields == ["type"]
    with pytest.raises(RecordInvalid) as caught:
        missions.update_mission(store, trip["mission"], {"type": "conference", "timezone": "Nowhere/Land"})
    assert caught.value.fields == ["timezone"]


def test_delegation_and_itinerary(store: Store, trip: dict[str, str]) -> None:
    added = missions.add_delegates(store, trip["mission"], [(trip["sme"], trip["claire"]), (trip["sme"], None)])
    assert len(added.added) == 2
    assert [(d.organization, d.contact) for d in missions.delegation(store, trip["mission"])] == [
        ("Cardio SAS", None), ("Cardio SAS", "Claire Dubois")]
    hotel = missions.add_itinerary_item(store, trip["mission"], {
        "kind": "hotel", "title": "Hotel Jin Jiang", "starts_at": "2019-05-13 15:00", "ends_at": "2019-05-17 11:00",
        "place": "59 Maoming Rd"})
    # A flight booked in Paris time lands in the mission's wall clock.
    flight = missions.add_itinerary_item(store, trip["mission"], {
        "kind": "flight", "title": "CDG-PVG",
        "starts_at": datetime(2019, 5, 12, 19, 0, tzinfo=ZoneInfo("Europe/Paris"))})
    items = missions.itinerary(store, trip["mission"])
    assert [i.id for i in items] == [flight, hotel]
    assert items[0].starts_at == datetime(2019, 5, 13, 1, 0)
    with pytest.raises(RecordInvalid) as caught:
        missions.update_itinerary_item(store, hotel, {"ends_at": "2019-05-12 10:00"})
    assert caught.value.fields == ["ends_at"]
    missions.update_itinerary_item(store, hotel, {"place": "Jin Jiang, Maoming Rd"})
    missions.delete_itinerary_item(store, flight)
    assert [i.place for i in missions.itinerary(store, trip["mission"])] == ["Jin Jiang, Maoming Rd"]
    missions.restore_itinerary_item(store, flight)
    assert len(missions.itinerary(store, trip["mission"])) == 2


def test_meetings_with_people_and_follow_ups(store: Store, trip: dict[str, str]) -> None:
    meeting_id = meetings.create_meeting(
        store, trip["mission"],
        {"organization_id": trip["distributor"], "starts_at": "2019-05-14 10:00", "ends_at": "2019-05-14 11:00",
         "place": "Pudong office", "topic": "Distribution of stents"},
        met=[trip["zhang"]], delegation_contacts=[trip["claire"]], delegation_officers=[trip["officer"]],
        follow_ups=[meetings.FollowUp("Send price list", date(2019, 5, 30))],
    )
    view = meetings.get_meeting(store, meeting_id)
    assert view.organization.name == "Shanghai MedDist" and view.organization.city == "Shanghai"
    assert [(p.name, p.job_title) for p in view.met] == [("张伟", "CEO")]
    assert [p.name for p in view.delegation] == ["Claire Dubois", "Marie Laurent"]
    assert [(t.title, t.due_date) for t in view.follow_ups] == [("Send price list", date(2019, 5, 30))]
    with store.read() as session:
        task = session.get(Task, view.follow_ups[0].id)
        assert (task.record_type, task.record_id) == ("meeting", meeting_id)
    # Present for the delegation means in the delegation.
    assert [d.contact_id for d in missions.delegation(store, trip["mission"])] == [trip["claire"]]
    meetings.add_follow_up(store, meeting_id, meetings.FollowUp("Ask for NMPA status"))
    meetings.update_meeting(store, meeting_id, {"outcome": "Interested; wants samples"}, met=[trip["li"]],
                            delegation_officers=[])
    view = meetings.get_meeting(store, meeting_id)
    assert [p.name for p in view.met] == ["Na Li"]
    assert [p.name for p in view.delegation] == ["Claire Dubois"]  # officers emptied, contacts unchanged
    assert view.outcome == "Interested; wants samples" and len(view.follow_ups) == 2
    with pytest.raises(RecordInvalid) as caught:
        meetings.update_meeting(store, meeting_id, {"ends_at": "2019-05-14 09:00"}, met=["ghost"])
    assert caught.value.fields == ["ends_at"]
    with pytest.raises(RecordInvalid) as caught:
        meetings.update_meeting(store, meeting_id, {}, met=["ghost"], delegation_officers=["nobody"])
    assert caught.value.fields == ["contacts", "officers"]
    assert missions.mission_counts(store, trip["mission"]) == {
        "delegates": 1, "meetings": 1, "itinerary_items": 0, "open_follow_ups": 2}
    meetings.delete_meeting(store, meeting_id)
    assert meetings.meetings(store, trip["mission"]) == []
    meetings.restore_meeting(store, meeting_id)
    assert len(meetings.meetings(store, trip["mission"])) == 1


def test_meetings_by_day_for_the_planner(store: Store, trip: dict[str, str]) -> None:
    later = _meeting(store, trip, "2019-05-15 14:00")
    unscheduled = _meeting(store, trip, None)
    early = _meeting(store, trip, "2019-05-14 09:00")
    second = _meeting(store, trip, "2019-05-14 16:00")
    days = meetings.meetings_by_day(store, trip["mission"])
    assert [d.day for d in days] == [date(2019, 5, 14), date(2019, 5, 15), None]
    assert [[m.id for m in d.meetings] for d in days] == [[early, second], [later], [unscheduled]]
    agenda = missions.agenda(store, trip["mission"])
    assert [len(d.entries) for d in agenda] == [2, 1]  # the unscheduled meeting has no place in time


def test_clashes_one_person_in_two_meetings_at_once(store: Store, trip: dict[str, str]) -> None:
    first = _meeting(store, trip, "2019-05-14 10:00", "2019-05-14 11:30", met=[trip["zhang"]],
                     delegation_contacts=[trip["claire"]])
    overlapping = _meeting(store, trip, "2019-05-14 11:00", "2019-05-14 12:00", delegation_contacts=[trip["claire"]])
    _meeting(store, trip, "2019-05-14 11:30", "2019-05-14 12:30", met=[trip["zhang"]])  # back to back: fine
    _meeting(store, trip, "2019-05-14 10:30", "2019-05-14 11:00", met=[trip["li"]])  # others at the same time
    _meeting(store, trip, None, delegation_contacts=[trip["claire"]])  # unscheduled never clashes
    officer_a = _meeting(store, trip, "2019-05-15 09:00", None, delegation_officers=[trip["officer"]])
    officer_b = _meeting(store, trip, "2019-05-15 09:45", "2019-05-15 10:30", delegation_officers=[trip["officer"]])

    clashes = meetings.find_clashes(store, trip["mission"])
    assert [(c.person.name, c.first.id, c.second.id) for c in clashes] == [
        ("Claire Dubois", first, overlapping),
        ("Marie Laurent", officer_a, officer_b),  # no end: an hour long by default
    ]
    assert (clashes[0].starts_at, clashes[0].ends_at) == (datetime(2019, 5, 14, 11, 0), datetime(2019, 5, 14, 11, 30))
    assert "Claire Dubois is in two meetings at once" in clashes[0].message
    assert meetings.clashing_meeting_ids(clashes) == {first, overlapping, officer_a, officer_b}
    meetings.update_meeting(store, overlapping, {"starts_at": "2019-05-14 11:30"})
    assert [c.person.name for c in meetings.find_clashes(store, trip["mission"])] == ["Marie Laurent"]


def test_resolve_mission_by_id_or_unique_title(store: Store, trip: dict[str, str]) -> None:
    other = missions.create_mission(store, {"type": "trade_show", "title": "MEDICA 2019", "start_date": "2019-11-18",
                                            "destination_country": "DE"})
    missions.create_mission(store, {"type": "trade_show", "title": "MEDICA 2020", "start_date": "2020-11-16"})
    assert missions.resolve_mission(store, trip["mission"]) == trip["mission"]
    assert missions.resolve_mission(store, "  shanghai MEDTECH mission ") == trip["mission"]
    assert missions.resolve_mission(store, "Shanghai") == trip["mission"]  # the only title containing it
    assert missions.resolve_mission(store, "medica 2019") == other
    with pytest.raises(NotFoundError, match="names 2 missions"):
        missions.resolve_mission(store, "MEDICA")
    with pytest.raises(NotFoundError, match="No mission"):
        missions.resolve_mission(store, "Boston")
    actions.delete_action(store, other)
    with pytest.raises(NotFoundError):
        missions.resolve_mission(store, other)
