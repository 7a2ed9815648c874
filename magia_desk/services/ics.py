"""A mission's itinerary and meetings as an iCalendar file (RFC 5545) for phones and mail programs.

Times are stored as wall-clock times in the mission's zone; here they become zone-aware datetimes with a
TZID and a matching VTIMEZONE, so "10:00 in Shanghai" shows as 04:00 on a laptop still set to Rome.
A mission without a zone gives no way to know the instant, so its times are written as floating local times
(RFC 5545 form 1), which calendars show as typed.
UIDs derive from record ids, so importing the file again updates events instead of duplicating them.
The words the calendar adds (summary prefixes, description labels, dates) are in its `language` (services.i18n;
default the current one); names, titles and places are as typed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from magia_desk.domain.actions import DEFAULT_MEETING_MINUTES
from magia_desk.domain.enums import ItineraryKind
from magia_desk.services.i18n import (
    N_,
    country_label,
    document_language,
    format_date,
    label,
    translate,
)
from magia_desk.services.meetings import MeetingView, meetings
from magia_desk.services.missions import get_mission, itinerary
from magia_desk.storage.store import Store

PRODID = "-//MAGIA Desk//Mission calendar//EN"
UID_DOMAIN = "magia-desk"
_NAMED_KINDS = frozenset(kind.value for kind in ItineraryKind if kind is not ItineraryKind.OTHER)


def _when(value: datetime, zone: ZoneInfo | None) -> datetime:
    return value.replace(tzinfo=zone) if zone else value




def _labelled(name: str, value: str, language: str) -> str:
    """'Topic: pricing', 'Sujet : pricing': `name` already in `language`, `value` as the user typed it."""
    return translate("{label}: {value}", language).format(label=name, value=value)


def _item_kind(kind: str, language: str) -> str:
    """Flight, Hotel, Visit, Meeting as the vocabulary says them; 'other' and unknown kinds as 'Agenda'."""
    return label(kind, language) if kind in _NAMED_KINDS else translate("Agenda", language)


def _meeting_description(meeting: MeetingView, language: str) -> str:
    lines: list[tuple[str, str]] = []  # (a catalogue word, what users typed)
    org = meeting.organization
    if org:
        where = ", ".join(x for x in (org.city, country_label(org.country, language)) if x)
        lines.append((N_("Organization"), org.name + (f" ({where})" if where else "")))
        if org.website:
            lines.append((N_("Website"), org.website))
    if meeting.topic:
        lines.append((N_("Topic"), meeting.topic))
    if meeting.met:
        lines.append((N_("Meeting with"), "; ".join(p.name + (f", {p.job_title}" if p.job_title else "")
                                                    for p in meeting.met)))
    if meeting.delegation:
        lines.append((N_("Delegation"), "; ".join(p.name + (f" ({p.organization})" if p.organization else "")
                                                  for p in meeting.delegation)))
    if meeting.outcome:
        lines.append((N_("Outcome"), meeting.outcome))
    for task in meeting.follow_ups:
        due = translate("due {date}", language).format(date=format_date(task.due_date, language))
        lines.append((N_("Follow-up"), task.title + (f" ({due})" if task.due_date else "")))
    return "\n".join(_labelled(translate(name, language), value, language) for name, value in lines)


def mission_calendar(store: Store, mission_id: str, language: str | None = None) -> Calendar:
    """The calendar object (tests and callers that want to add to it), its words in `language`."""
    language = document_language(language, "Calendars")
    mission = get_mission(store, mission_id)
    zone = ZoneInfo(mission.timezone) if mission.timezone else None
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", mission.title)
    if mission.timezone:
        cal.add("x-wr-timezone", mission.timezone)
    # A fixed stamp (not "now") keeps the file identical when nothing changed: diffs and sync stay quiet.
    stamp = datetime.combine(mission.start_date, datetime.min.time(), UTC)

    for item in itinerary(store, mission_id):
        event = Event()
        event.add("uid", f"itinerary-{item.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("summary", _labelled(_item_kind(item.kind, language), item.title, language))
        event.add("dtstart", _when(item.starts_at, zone))
        if item.ends_at:
            event.add("dtend", _when(item.ends_at, zone))
        if item.place:
            event.add("location", item.place)
        if item.notes:
            event.add("description", item.notes)
        event.add("categories", [item.kind])
        cal.add_component(event)

    for meeting in meetings(store, mission_id):
        if meeting.starts_at is None:
            continue  # not scheduled yet: nothing to put in a calendar
        event = Event()
        event.add("uid", f"meeting-{meeting.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        who = meeting.organization.name if meeting.organization else None
        parts = [x for x in (who, meeting.topic) if x]
        event.add("summary", _labelled(translate("Meeting", language), " — ".join(parts), language) if parts
                  else translate("Meeting", language))
        end = meeting.ends_at or meeting.starts_at + timedelta(minutes=DEFAULT_MEETING_MINUTES)
        event.add("dtstart", _when(meeting.starts_at, zone))
        event.add("dtend", _when(end, zone))
        if meeting.place:
            event.add("location", meeting.place)
        description = _meeting_description(meeting, language)
        if description:
            event.add("description", description)
        event.add("categories", ["meeting"])
        cal.add_component(event)

    if zone is not None:
        _add_timezones(cal)
    return cal


def _add_timezones(cal: Calendar) -> None:
    """VTIMEZONE components for every TZID used, so any calendar program reads the times right."""
    if hasattr(cal, "add_missing_timezones"):  # icalendar >= 6.1
        cal.add_missing_timezones()
        return
    # Older icalendar cannot write VTIMEZONE from zoneinfo: convert every time to UTC instead.
    for event in cal.walk("VEVENT"):
        for key in ("dtstart", "dtend"):
            if key in event:
                value = event.decoded(key)
                del event[key]
                event.add(key, value.astimezone(UTC))


def mission_ics(store: Store, mission_id: str, language: str | None = None) -> bytes:
    return mission_calendar(store, mission_id, language).to_ical()


def export_ics(store: Store, mission_id: str, path: str | Path, language: str | None = None) -> Path:
    """Write the mission's calendar to `path` (written whole to a temporary file first, then renamed)."""
    target = Path(path)
    data = mission_ics(store, mission_id, language)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(target)
    return target
