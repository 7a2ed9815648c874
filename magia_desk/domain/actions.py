"""Cleaning of actions, missions, itinerary items and meetings: each refusal names its field.

Like `domain.records`, `clean_*` take loosely typed input (an editor, a workbook, the demo) and return typed
values ready to store, or raise RecordInvalid with one ValidationError per bad field. Rules that need the
store (the organiser must be a consortium partner cluster, a contact must exist) live in the services.
Also here: the EU portal labels, overlap of meeting times, and splitting a pasted list of people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from magia_desk.domain.contact_rules import optional_text, require_text, split_list
from magia_desk.domain.countries import normalise_country
from magia_desk.domain.enums import (
    MISSION_TYPES,
    PORTAL_ACTIVITY_BY_ACTION,
    ActionType,
    AudienceType,
    ItineraryKind,
    PortalActivityType,
    PortalStatus,
    normalise_enum_key,
    parse_enum,
)
from magia_desk.domain.errors import N_, ValidationError
from magia_desk.domain.records import _Collector, parse_bool, parse_date, parse_int

ACTION_FIELDS = (
    "type", "title", "start_date", "end_date", "city", "country", "online", "organiser_id", "work_package",
    "audience_types", "declared_audience", "countries_addressed", "portal_status", "portal_activity_type",
    "description",
)
MISSION_FIELDS = ("destination_country", "destination_cities", "timezone")
ITINERARY_FIELDS = ("kind", "title", "starts_at", "ends_at", "place", "notes")
MEETING_FIELDS = ("organization_id", "starts_at", "ends_at", "place", "topic", "outcome")

# A meeting entered with a start and no end is taken to last this long (clash check, calendar, agenda).
DEFAULT_MEETING_MINUTES = 60

# The EU portal's own wording (domain.md), for screens, reports and for reading what users type.
AUDIENCE_LABELS: dict[AudienceType, str] = {
    AudienceType.INDUSTRY: "Industry / business partners",
    AudienceType.INNOVATORS: "Innovators",
    AudienceType.EU_INSTITUTIONS: "EU institutions",
    AudienceType.AUTHORITIES: "National / regional / local authorities",
    AudienceType.CIVIL_SOCIETY: "Civil society",
    AudienceType.CITIZENS: "Citizens",
    AudienceType.RESEARCH: "Research communities",
    AudienceType.END_USERS: "Specific end-user communities",
    AudienceType.INTERNATIONAL_ORGS: "International organizations",
    AudienceType.INVESTORS: "Investors",
    AudienceType.MEDIA: "Media",
    AudienceType.OTHER: "Other",
}
PORTAL_ACTIVITY_LABELS: dict[PortalActivityType, str] = {
    PortalActivityType.CLUSTERING: "Clustering activities",
    PortalActivityType.EU_PROJECTS: "Collaboration with EU-funded projects",
    PortalActivityType.CONFERENCES: "Conferences",
    PortalActivityType.EDUCATION_TRAINING: "Education and training events",
    PortalActivityType.MEETINGS: "Meetings",
    PortalActivityType.SCIENTIFIC_COLLABORATION: "Other scientific collaboration",
    PortalActivityType.OTHER: "Other",
}
ACTION_TYPE_LABELS: dict[ActionType, str] = {t: t.value.replace("_", " ").capitalize() for t in ActionType}
ACTION_TYPE_LABELS[ActionType.B2B_MEETINGS] = "B2B meetings"


def portal_activity_for(action_type: str, override: str | None) -> PortalActivityType:
    """The activity type reported on the portal: the user's override, else the one mapped from the type."""
    if override:
        return PortalActivityType(override)
    return PORTAL_ACTIVITY_BY_ACTION[ActionType(action_type)]


def _parse_labelled(enum: type[Any], labels: Mapping[Any, str], value: object, field: str) -> Any:
    """An enum member from its value, its name or its portal label ('Industry / business partners')."""
    key = normalise_enum_key(re.sub(r"[/,&.]", "", str(value or "")))
    for member, label in labels.items():
        if normalise_enum_key(re.sub(r"[/,&.]", "", label)) == key:
            return member
    return parse_enum(enum, value, field)


def parse_audience_types(value: object) -> list[str]:
    return [_parse_labelled(AudienceType, AUDIENCE_LABELS, item, "audience_types").value for item in split_list(value)]


def parse_portal_activity(value: object) -> str | None:
    """None (or empty) means 'as mapped from the action type'; anything else is an override."""
    if value is None or not str(value).strip():
        return None
    return str(_parse_labelled(PortalActivityType, PORTAL_ACTIVITY_LABELS, value, "portal_activity_type").value)


def parse_countries(value: object, field: str) -> list[str]:
    codes: list[str] = []
    items = value if isinstance(value, list | tuple | set) else re.split(r"[;,]", str(value or ""))
    for item in items:
        code = normalise_country(item, field)
        if code and code not in codes:
            codes.append(code)
    return codes


def _required_date(value: object, field: str) -> date:
    parsed = parse_date(value, field)
    if parsed is None:
        raise ValidationError(field, N_("is required"), value)
    return parsed


def clean_action(
    data: Mapping[str, Any], *, partial: bool = False, current: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Typed action fields. With partial=False, type, title and start_date are required.

    `current` holds the stored values (start_date, end_date) for an update, so that changing only one date
    is still checked against the other.
    """
    c = _Collector(data)
    if not partial:
        for required in ("type", "title", "start_date"):
            if required not in data:
                c.errors.append(ValidationError(required, N_("is required")))
    c.take("type", lambda v: parse_enum(ActionType, v, "type").value)
    c.take("title", lambda v: require_text(v, "title"))
    c.take("start_date", lambda v: _required_date(v, "start_date"))
    c.take("end_date", lambda v: parse_date(v, "end_date"))
    c.take("city", lambda v: optional_text(v, "city", 200))
    c.take("country", lambda v: normalise_country(v))
    c.take("online", lambda v: parse_bool(v, "online"))
    c.take("organiser_id", lambda v: (str(v).strip() or None) if v else None)
    c.take("work_package", lambda v: optional_text(v, "work_package", 50))
    c.take("audience_types", parse_audience_types)
    c.take("declared_audience", lambda v: parse_int(v, "declared_audience", minimum=0))
    c.take("countries_addressed", lambda v: parse_countries(v, "countries_addressed"))
    c.take("portal_status", lambda v: parse_enum(PortalStatus, v or "delivered", "portal_status").value)
    c.take("portal_activity_type", parse_portal_activity)
    c.take("description", lambda v: (str(v).strip() or None) if v is not None else None)
    stored = current or {}
    start = c.out.get("start_date", stored.get("start_date"))
    end = c.out.get("end_date", stored.get("end_date"))
    if start and end and end < start and not any(e.field in ("start_date", "end_date") for e in c.errors):
        c.errors.append(ValidationError("end_date", N_("ends ({end}) before it starts ({start})"), end,
                                        end=end, start=start))
    return c.finish()


# ---- missions -------------------------------------------------------------------------------------------

def is_mission_type(action_type: str) -> bool:
    return action_type in {t.value for t in MISSION_TYPES}


def parse_timezone(value: object, field: str = "timezone") -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            field, N_("'{text}' is not a time zone (use an IANA name such as Asia/Shanghai)"), value, text=text
        ) from None
    return text


@lru_cache(maxsize=1)
def _zones_by_country() -> dict[str, list[str]]:
    """Country code -> IANA zones from tzdata's zone.tab, the country's main zone first."""
    text = ""
    try:
        text = (resources.files("tzdata.zoneinfo") / "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        system = Path("/usr/share/zoneinfo/zone.tab")
        text = system.read_text(encoding="utf-8") if system.exists() else ""
    zones: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            zones.setdefault(parts[0], []).append(parts[2])
    return zones


def zones_of_country(country: str | None) -> list[str]:
    """The IANA zones of a country, main one first (an editor offers them; the first is the default)."""
    return list(_zones_by_country().get((country or "").upper(), []))


def clean_mission(data: Mapping[str, Any]) -> dict[str, Any]:
    """Typed mission fields. Without a time zone, the destination country's main zone is taken."""
    c = _Collector(data)
    c.take("destination_country", lambda v: normalise_country(v, "destination_country"))
    c.take("destination_cities", split_list)
    c.take("timezone", parse_timezone)
    out = c.finish()
    if not out.get("timezone") and out.get("destination_country") and "timezone" not in data:
        zones = zones_of_country(out["destination_country"])
        if zones:
            out["timezone"] = zones[0]
    return out


def parse_datetime(value: object, field: str, zone: str | None = None) -> datetime | None:
    """A wall-clock time in the mission's zone (naive). An aware datetime is converted to that zone first."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed: datetime | None = None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip().replace("T", " ")
        try:  # ISO 8601, with or without an offset
            parsed = datetime.fromisoformat(text)
        except ValueError:
            parsed = None
        for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M", "%Y-%m-%d"):
            try:
                parsed = parsed or datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        if parsed is None:
            raise ValidationError(field, N_("'{text}' is not a date and time (use YYYY-MM-DD HH:MM)"), value,
                                  text=value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(ZoneInfo(zone)) if zone else parsed
        parsed = parsed.replace(tzinfo=None)
    return parsed.replace(microsecond=0)


def _check_span(c: _Collector, stored: Mapping[str, Any]) -> None:
    start = c.out.get("starts_at", stored.get("starts_at"))
    end = c.out.get("ends_at", stored.get("ends_at"))
    if start and end and end < start and not any(e.field in ("starts_at", "ends_at") for e in c.errors):
        c.errors.append(ValidationError("ends_at", N_("ends ({end:%Y-%m-%d %H:%M}) before it starts"), end, end=end))


def clean_itinerary_item(
    data: Mapping[str, Any], *, partial: bool = False, zone: str | None = None,
    current: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    c = _Collector(data)
    if not partial:
        for required in ("kind", "title", "starts_at"):
            if required not in data:
                c.errors.append(ValidationError(required, N_("is required")))
    c.take("kind", lambda v: parse_enum(ItineraryKind, v, "kind").value)
    c.take("title", lambda v: require_text(v, "title"))
    c.take("starts_at", lambda v: parse_datetime(v, "starts_at", zone) or _missing("starts_at"))
    c.take("ends_at", lambda v: parse_datetime(v, "ends_at", zone))
    c.take("place", lambda v: optional_text(v, "place"))
    c.take("notes", lambda v: (str(v).strip() or None) if v is not None else None)
    _check_span(c, current or {})
    return c.finish()


def clean_meeting(
    data: Mapping[str, Any], *, zone: str | None = None, current: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """Typed meeting fields; every field is optional (a meeting is often planned before it has a time)."""
    c = _Collector(data)
    c.take("organization_id", lambda v: str(v) if v else None)
    c.take("starts_at", lambda v: parse_datetime(v, "starts_at", zone))
    c.take("ends_at", lambda v: parse_datetime(v, "ends_at", zone))
    c.take("place", lambda v: optional_text(v, "place"))
    c.take("topic", lambda v: optional_text(v, "topic"))
    c.take("outcome", lambda v: (str(v).strip() or None) if v is not None else None)
    _check_span(c, current or {})
    stored = current or {}
    if c.out.get("ends_at", stored.get("ends_at")) and not c.out.get("starts_at", stored.get("starts_at")):
        c.errors.append(ValidationError("starts_at", N_("is required when the meeting has an end time")))
    return c.finish()


def _missing(field: str) -> Any:
    raise ValidationError(field, N_("is required"))


def meeting_span(starts_at: datetime | None, ends_at: datetime | None) -> tuple[datetime, datetime] | None:
    """The [start, end) a meeting occupies; None when it has no time yet."""
    if starts_at is None:
        return None
    end = ends_at if ends_at and ends_at > starts_at else starts_at + timedelta(minutes=DEFAULT_MEETING_MINUTES)
    return starts_at, end


def overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> tuple[datetime, datetime] | None:
    """The common part of two half-open spans; back-to-back meetings (10-11, 11-12) do not overlap."""
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start < end else None


# ---- pasted lists -----------------------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)


def split_pasted(text: str) -> list[tuple[str, str | None]]:
    """A pasted list of people -> [(name or the whole entry, email or None)], order kept, duplicates dropped.

    Entries are separated by new lines, ';' or ','. Mail programs write 'Name <email>' and quote names
    holding a comma ("Müller, Hans" <h@x.de>): separators inside quotes or angle brackets do not split.
    """
    entries: list[str] = []
    buf: list[str] = []
    quoted = angled = False
    for ch in text or "":
        if ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            angled = True
        elif ch == ">" and not quoted:
            angled = False
        if ch in "\n\r;,\t" and not quoted and not angled:
            entries.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
    entries.append("".join(buf))
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for entry in entries:
        entry = " ".join(entry.split())
        if not entry:
            continue
        found = _EMAIL_RE.search(entry)
        email = found.group(0).lower() if found else None
        name = entry
        if found:
            name = (entry[: found.start()] + entry[found.end():]).replace("<", " ").replace(">", " ")
            name = " ".join(name.replace('"', " ").replace("mailto:", " ").split())
        name = name.strip('"\' ') or (email or "")
        # "Müller, Hans" (quoted) -> "Hans Müller"
        if "," in name:
            last, _, first = name.partition(",")
            name = f"{first.strip()} {last.strip()}".strip()
        key = (email or name).lower()
        if key and key not in seen:
            seen.add(key)
            out.append((name, email))
    return out


# ---- names: comparing and showing them ----------------------------------------------------------------------

# Legal forms are left out when comparing organization names ("BioWin ASBL" is "BioWin").
_LEGAL_FORMS = frozenset({
    "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "ltd", "limited", "inc", "llc", "bv", "nv", "asbl", "ev",
    "co", "corp", "plc", "ug", "kg", "oy", "ab", "as", "sl", "kft", "sro", "oyj", "aps",
})


def fold_name(text: str) -> str:
    """Lower case without accents or punctuation: 'Jürgen  MÜLLER-Lang' -> 'jurgen muller lang'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in plain.lower()).split())


def organization_key(name: str) -> str:
    """An organization name folded for comparison, legal form left out: 'Medtech S.p.A.' -> 'medtech'."""
    words = fold_name((name or "").replace(".", "")).split()
    return " ".join(w for w in words if w not in _LEGAL_FORMS) or " ".join(words)


def is_cjk_char(ch: str) -> bool:
    """Han, kana, hangul, CJK punctuation and full-width forms."""
    code = ord(ch)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFFEF or 0x1100 <= code <= 0x11FF or 0x20000 <= code <= 0x3FFFF)


def has_cjk(text: str) -> bool:
    return any(is_cjk_char(ch) for ch in text or "")


def person_name(first: str | None, last: str | None) -> str:
    """'Hans Müller', but '张伟' for a Chinese name (family name first, no space), as its bearer writes it."""
    first, last = (first or "").strip(), (last or "").strip()
    if first and last and all(is_cjk_char(ch) for ch in first + last):
        return last + first
    return f"{first} {last}".strip()
