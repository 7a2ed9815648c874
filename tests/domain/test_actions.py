"""Cleaning rules of actions, missions, itinerary items and meetings; pasted lists; names."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from magia_desk.domain.actions import (
    clean_action,
    clean_itinerary_item,
    clean_meeting,
    clean_mission,
    meeting_span,
    organization_key,
    overlap,
    person_name,
    portal_activity_for,
    split_pasted,
    zones_of_country,
)
from magia_desk.domain.errors import RecordInvalid


def test_clean_action_types_every_field() -> None:
    values = clean_action({
        "type": "Trade show", "title": "  MEDICA   2019 ", "start_date": "2019-11-18", "end_date": "21/11/2019",
        "city": "Düsseldorf", "country": "Germany", "online": "no", "organiser_id": "abc", "work_package": "WP3",
        "audience_types": "Industry / business partners; investors; research_communities",
        "declared_audience": "1 200", "countries_addressed": "DE, fr; Italy", "portal_status": "Ongoing",
        "portal_activity_type": "", "description": "Joint stand",
    })
    assert values["type"] == "trade_show"
    assert values["title"] == "MEDICA 2019"
    assert values["start_date"] == date(2019, 11, 18)
    assert values["end_date"] == date(2019, 11, 21)
    assert values["country"] == "DE"
    assert values["online"] is False
    assert values["audience_types"] == ["industry", "investors", "research_communities"]
    assert values["declared_audience"] == 1200
    assert values["countries_addressed"] == ["DE", "FR", "IT"]
    assert values["portal_status"] == "ongoing"
    assert values["portal_activity_type"] is None  # follows the type


def test_clean_action_names_every_bad_field() -> None:
    with pytest.raises(RecordInvalid) as caught:
        clean_action({
            "type": "party", "title": " ", "start_date": "2019-05-10", "end_date": "2019-05-01",
            "country": "Atlantis", "online": "maybe", "audience_types": "aliens", "declared_audience": -3,
            "countries_addressed": "FR; Narnia", "portal_status": "done", "portal_activity_type": "picnic",
        })
    assert set(caught.value.fields) == {
        "type", "title", "end_date", "country", "online", "audience_types", "declared_audience",
        "countries_addressed", "portal_status", "portal_activity_type",
    }
    with pytest.raises(RecordInvalid) as caught:
        clean_action({"title": "x", "start_date": "2019-05-10", "end_date": "2019-05-01", "type": "webinar"})
    assert caught.value.fields == ["end_date"]


def test_required_fields_and_partial_update_checked_against_stored_dates() -> None:
    with pytest.raises(RecordInvalid) as caught:
        clean_action({})
    assert set(caught.value.fields) == {"type", "title", "start_date"}
    assert clean_action({"title": "New title"}, partial=True) == {"title": "New title"}
    with pytest.raises(RecordInvalid) as caught:
        clean_action({"end_date": "2019-01-01"}, partial=True, current={"start_date": date(2019, 2, 1)})
    assert caught.value.fields == ["end_date"]


def test_portal_activity_mapped_from_type_unless_overridden() -> None:
    assert portal_activity_for("webinar", None) == "education_and_training_events"
    assert portal_activity_for("fact_finding_mission", None) == "meetings"
    override = clean_action({"portal_activity_type": "Collaboration with EU-funded projects"}, partial=True)
    assert override["portal_activity_type"] == "collaboration_with_eu_projects"
    assert portal_activity_for("webinar", override["portal_activity_type"]) == "collaboration_with_eu_projects"


def test_clean_mission_defaults_the_zone_to_the_destination() -> None:
    assert clean_mission({"destination_country": "China", "destination_cities": "Shanghai; Beijing"}) == {
        "destination_country": "CN", "destination_cities": ["Shanghai", "Beijing"], "timezone": "Asia/Shanghai"}
    assert clean_mission({"destination_country": "US", "timezone": "America/Chicago"})["timezone"] == "America/Chicago"
    assert zones_of_country("US")[0] == "America/New_York"
    with pytest.raises(RecordInvalid) as caught:
        clean_mission({"destination_country": "Narnia", "timezone": "Mars/Olympus"})
    assert set(caught.value.fields) == {"destination_country", "timezone"}


def test_itinerary_and_meeting_times_are_wall_clock_in_the_mission_zone() -> None:
    item = clean_itinerary_item({"kind": "Flight", "title": "MXP-PVG", "starts_at": "2019-05-13T10:30",
                                 "ends_at": "2019-05-14 06:05"}, zone="Asia/Shanghai")
    assert item["starts_at"] == datetime(2019, 5, 13, 10, 30)
    # An aware time (e.g. from a calendar) is converted to the destination's wall clock.
    aware = datetime(2019, 5, 14, 2, 0, tzinfo=ZoneInfo("UTC"))
    assert clean_meeting({"starts_at": aware}, zone="Asia/Shanghai")["starts_at"] == datetime(2019, 5, 14, 10, 0)
    with pytest.raises(RecordInvalid) as caught:
        clean_itinerary_item({"kind": "boat", "title": "", "starts_at": "soon"})
    assert set(caught.value.fields) == {"kind", "title", "starts_at"}
    with pytest.raises(RecordInvalid) as caught:
        clean_meeting({"starts_at": "2019-05-14 11:00", "ends_at": "2019-05-14 10:00"})
    assert caught.value.fields == ["ends_at"]
    with pytest.raises(RecordInvalid) as caught:
        clean_meeting({"ends_at": "2019-05-14 10:00"})
    assert caught.value.fields == ["starts_at"]


def test_overlap_is_half_open_and_default_length_applies() -> None:
    ten = datetime(2019, 5, 14, 10, 0)
    eleven = datetime(2019, 5, 14, 11, 0)
    assert meeting_span(ten, None) == (ten, eleven)
    assert meeting_span(None, None) is None
    assert overlap((ten, eleven), (eleven, datetime(2019, 5, 14, 12, 0))) is None
    assert overlap((ten, eleven), (datetime(2019, 5, 14, 10, 30), datetime(2019, 5, 14, 12, 0))) == (
        datetime(2019, 5, 14, 10, 30), eleven)


def test_split_pasted_reads_mail_program_lists() -> None:
    entries = split_pasted(
        '"Müller, Hans" <hans@medtech.it>; Anna Rossi, zhang.wei@shmed.cn\n\n  Lefèvre François \n'
        "HANS@medtech.it;<bare@x.org>"
    )
    assert entries == [
        ("Hans Müller", "hans@medtech.it"),
        ("Anna Rossi", None),
        ("zhang.wei@shmed.cn", "zhang.wei@shmed.cn"),
        ("Lefèvre François", None),
        ("bare@x.org", "bare@x.org"),
    ]
    assert split_pasted("  \n;,") == []


def test_names() -> None:
    assert person_name("伟", "张") == "张伟"
    assert person_name("Hans", "Müller") == "Hans Müller"
    assert organization_key("Medtech S.p.A.") == organization_key("MEDTECH") == "medtech"
    assert organization_key("Société Générale SA") == "societe generale"
