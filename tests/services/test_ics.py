"""The mission calendar parses back with icalendar, with the right instants and stable UIDs, its words in the
language asked for."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from magia_desk.services import i18n, meetings, missions
from magia_desk.services.contacts import create_contact
from magia_desk.services.ics import export_ics, mission_ics
from magia_desk.services.organizations import create_organization
from magia_desk.storage.store import Store


def _mission(store: Store, zone: str | None = "Asia/Shanghai") -> tuple[str, str, str]:
    org = create_organization(store, {"kind": "distributor", "name": "Shanghai MedDist", "country": "CN",
                                      "city": "Shanghai"})
    zhang = create_contact(store, {"first_name": "伟", "last_name": "张", "job_title": "CEO", "organization_id": org})
    claire = create_contact(store, {"first_name": "Claire", "last_name": "Dubois"})
    data = {"type": "trade_show", "title": "CMEF 2019", "start_date": "2019-05-14", "destination_country": "CN"}
    if zone:
        data["timezone"] = zone
    mission_id = missions.create_mission(store, data)
    if zone is None:
        missions.update_mission(store, mission_id, {"timezone": ""})
    missions.add_itinerary_item(store, mission_id, {"kind": "flight", "title": "CDG-PVG", "place": "CDG T2E",
                                                    "starts_at": "2019-05-13 08:00", "ends_at": "2019-05-14 06:00"})
    meeting = meetings.create_meeting(store, mission_id, {
        "organization_id": org, "starts_at": "2019-05-14 10:00", "place": "Hall 7, booth A12",
        "topic": "Distribution; pricing, terms"}, met=[zhang], delegation_contacts=[claire],
        follow_ups=[meetings.FollowUp("Send samples", date(2019, 5, 20))])
    meetings.create_meeting(store, mission_id, {"topic": "To be scheduled"})
    return mission_id, meeting, org


def test_ics_parses_back_with_zone_aware_times(store: Store, tmp_path: Path) -> None:
    mission_id, meeting_id, _ = _mission(store)
    path = export_ics(store, mission_id, tmp_path / "out" / "cmef.ics")
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["x-wr-calname"]) == "CMEF 2019"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 2  # the unscheduled meeting is left out
    meeting = events[f"meeting-{meeting_id}@magia-desk"]
    start = meeting.decoded("dtstart")
    assert start.astimezone(UTC) == datetime(2019, 5, 14, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    assert meeting.decoded("dtend") - start == timedelta(hours=1)  # no end: the default length
    assert meeting["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert str(meeting["summary"]) == "Meeting: Shanghai MedDist — Distribution; pricing, terms"
    assert str(meeting["location"]) == "Hall 7, booth A12"
    description = str(meeting["description"])
    assert "Organization: Shanghai MedDist (Shanghai, China)" in description
    assert "张伟, CEO" in description and "Delegation: Claire Dubois" in description
    assert "Follow-up: Send samples (due 20 May 2019)" in description
    flight = next(e for uid, e in events.items() if uid.startswith("itinerary-"))
    assert str(flight["summary"]) == "Flight: CDG-PVG"
    assert flight.decoded("dtend").astimezone(UTC) == datetime(2019, 5, 13, 22, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def test_same_data_same_file(store: Store) -> None:
    mission_id, _, _ = _mission(store)
    assert mission_ics(store, mission_id) == mission_ics(store, mission_id)


def test_mission_without_zone_gives_floating_times(store: Store) -> None:
    mission_id, meeting_id, _ = _mission(store, zone=None)
    calendar = Calendar.from_ical(mission_ics(store, mission_id))
    assert calendar.walk("VTIMEZONE") == []
    meeting = next(e for e in calendar.walk("VEVENT") if str(e["uid"]) == f"meeting-{meeting_id}@magia-desk")
    assert meeting.decoded("dtstart") == datetime(2019, 5, 14, 10, 0)  # as typed, no zone


def test_ics_in_italian_parses_back(store: Store, tmp_path: Path) -> None:
    mission_id, meeting_id, _ = _mission(store)
    missions.add_itinerary_item(store, mission_id, {"kind": "other", "title": "Cena di gala",
                                                    "starts_at": "2019-05-14 19:30"})
    path = export_ics(store, mission_id, tmp_path / "cmef-it.ics", language="it")
    calendar = Calendar.from_ical(path.read_bytes())
    english = Calendar.from_ical(mission_ics(store, mission_id, "en"))
    # The same events at the same instants: only the words the app adds change.
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {str(e["uid"]) for e in english.walk("VEVENT")} and len(events) == 3
    for event in english.walk("VEVENT"):
        assert events[str(event["uid"])].decoded("dtstart") == event.decoded("dtstart")
    meeting = events[f"meeting-{meeting_id}@magia-desk"]
    assert str(meeting["summary"]) == "Riunione: Shanghai MedDist — Distribution; pricing, terms"
    assert str(meeting["description"]).split("\n") == [
        "Organizzazione: Shanghai MedDist (Shanghai, Cina)",
        "Argomento: Distribution; pricing, terms",
        "Persone incontrate: 张伟, CEO",
        "Delegazione: Claire Dubois",
        "Follow-up: Send samples (scadenza 20 mag 2019)",
    ]
    assert str(meeting["location"]) == "Hall 7, booth A12"  # as typed
    summaries = sorted(str(e["summary"]) for uid, e in events.items() if uid.startswith("itinerary-"))
    assert summaries == ["Agenda: Cena di gala", "Volo: CDG-PVG"]
    assert str(calendar["x-wr-calname"]) == "CMEF 2019"


def test_ics_words_follow_the_current_language(store: Store) -> None:
    mission_id, meeting_id, _ = _mission(store, zone=None)
    i18n.set_language("fr")
    calendar = Calendar.from_ical(mission_ics(store, mission_id))
    meeting = next(e for e in calendar.walk("VEVENT") if str(e["uid"]) == f"meeting-{meeting_id}@magia-desk")
    assert str(meeting["summary"]) == "Réunion : Shanghai MedDist — Distribution; pricing, terms"
    assert "Suivi : Send samples (échéance le 20 mai 2019)" in str(meeting["description"])
    assert mission_ics(store, mission_id) == mission_ics(store, mission_id, "fr")
    with pytest.raises(ValueError, match="not 'es'"):
        mission_ics(store, mission_id, "es")
