"""The mission briefing: an A4 PDF the delegation reads on the plane and carries to every meeting.

Cover (mission, dates, destination, delegation, the days at a glance), then one page per day: the agenda
(itinerary and meetings in time order) and, for each meeting, who is met (a profile of the organization and
the people with their titles) and who of the delegation goes. Every user text passes through
`pdf_fonts.para`, so names print in their script and "<b>" prints as typed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from magia_desk.domain.actions import ACTION_TYPE_LABELS
from magia_desk.domain.countries import country_name
from magia_desk.domain.enums import ActionType
from magia_desk.services.meetings import MeetingView, PersonView, meetings
from magia_desk.services.missions import AgendaDay, MissionSummary, agenda, delegation, delegation_officers, get_mission
from magia_desk.services.participations import ParticipantRow
from magia_desk.services.pdf_fonts import (
    ACCENT,
    MUTED,
    RULE,
    SHADE,
    NumberedCanvas,
    Styles,
    para,
    register_fonts,
    styles,
    table_font_commands,
)
from magia_desk.storage.store import Store

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the page frame keeps 6 pt of padding on each side
_KIND_LABELS = {"flight": "Flight", "hotel": "Hotel", "visit": "Visit", "meeting": "Meeting", "other": "Other",
                "b2b": "Meeting"}
_ORG_KINDS = {"sme": "SME", "large_company": "Large company", "public_body": "Public body"}


def _date_range(start: date, end: date | None) -> str:
    if not end or end == start:
        return f"{start:%A %d %B %Y}".replace(" 0", " ")
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {start:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} – {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} – {end.day} {end:%B %Y}"


def _day_title(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _time_range(start: datetime, end: datetime | None) -> str:
    if end is None:
        return f"{start:%H:%M}"
    if end.date() != start.date():
        return f"{start:%H:%M} – {end:%a} {end:%H:%M}"
    return f"{start:%H:%M}–{end:%H:%M}"


def _zone_label(zone: str | None, on: date) -> str:
    if not zone:
        return "local time (no time zone set)"
    offset = datetime.combine(on, datetime.min.time().replace(hour=12), ZoneInfo(zone)).utcoffset()
    hours = (offset.total_seconds() / 3600) if offset else 0
    sign = "+" if hours >= 0 else "−"
    value = f"{abs(hours):g}" if hours % 1 else f"{abs(int(hours))}"
    return f"{zone} (UTC{sign}{value})"


def _kind_label(kind: str) -> str:
    return _ORG_KINDS.get(kind, kind.replace("_", " ").capitalize())


class _NumberedCanvas(NumberedCanvas):
    """Draws 'Page X of Y' once the page count is known (two passes over the saved page states)."""

    footer_text = ""

    def _footer(self, total: int) -> None:
        s = styles()
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        left_x, right_x = MARGIN + 6, A4[0] - MARGIN - 6  # aligned with the frame's content, not its edge
        self.line(left_x, 13 * mm, right_x, 13 * mm)
        left = Paragraph(self.footer_text, s.muted)
        left.wrapOn(self, WIDTH - 30 * mm, 10 * mm)
        left.drawOn(self, left_x, 8.5 * mm)
        self.setFont(register_fonts().body, 8)
        self.setFillColor(MUTED)
        self.drawRightString(right_x, 9.2 * mm, f"Page {self._pageNumber} of {total}")
        self.restoreState()


def _table(rows: list[list[Any]], widths: Sequence[float], *, header: bool = True,
           zebra: bool = False) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        for index in range(2 if header else 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#F8FAFC")))
    table.setStyle(TableStyle(commands))
    return table


def _facts(pairs: list[tuple[str, str]], s: Styles, label_width: float = 32 * mm) -> Table:
    rows = [[Paragraph(para(label), s.label), Paragraph(para(value), s.body)] for label, value in pairs if value]
    table = Table(rows, colWidths=[label_width, WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def _cover(mission: MissionSummary, delegates: list[ParticipantRow], officers: list[tuple[str, str]],
           days: list[AgendaDay], all_meetings: list[MeetingView], s: Styles) -> list[Flowable]:
    type_label = ACTION_TYPE_LABELS.get(ActionType(mission.type), mission.type)
    story: list[Flowable] = [
        Paragraph(para("MISSION BRIEFING"), s.label),
        Spacer(1, 2 * mm),
        Paragraph(para(mission.title), s.title),
        Paragraph(para(f"{type_label} · {_date_range(mission.start_date, mission.end_date)}"), s.subtitle),
        _facts([
            ("Destination", mission.destination or "—"),
            ("Dates", _date_range(mission.start_date, mission.end_date)),
            ("Times", "All times are local: " + _zone_label(mission.timezone, mission.start_date)),
            ("Organised by", mission.organiser or ""),
            ("Programme", f"{len(all_meetings)} meetings, {sum(len(d.entries) for d in days)} agenda items "
                          f"over {len(days)} days"),
        ], s),
    ]
    if mission.description:
        story += [Spacer(1, 3 * mm), Paragraph(para(mission.description), s.body)]
    story += [Spacer(1, 4 * mm), Paragraph(para("Delegation"), s.h2)]
    if delegates or officers:
        rows: list[list[Any]] = [[Paragraph(para(h), s.cell_bold) for h in ("Organization", "Person", "Position",
                                                                              "Country")]]
        for d in delegates:
            rows.append([
                Paragraph(para(d.organization or "—"), s.cell_bold),
                Paragraph(para(d.contact or "—"), s.cell),
                Paragraph(para(d.job_title or ""), s.cell),
                Paragraph(para(country_name(d.country)), s.cell),
            ])
        partner = mission.organiser or ""
        for _, name in officers:
            rows.append([Paragraph(para(partner), s.cell_bold), Paragraph(para(name), s.cell),
                         Paragraph(para("Officer"), s.cell), Paragraph("", s.cell)])
        story.append(_table(rows, [62 * mm, 45 * mm, 40 * mm, WIDTH - 147 * mm], zebra=True))
    else:
        story.append(Paragraph(para("No delegation recorded yet."), s.muted))
    if days:
        story += [Spacer(1, 4 * mm), Paragraph(para("Days at a glance"), s.h2)]
        rows = [[Paragraph(para(h), s.cell_bold) for h in ("Day", "Meetings", "Agenda")]]
        for day in days:
            met = [e.title for e in day.entries if e.meeting is not None]
            other = [f"{e.starts_at:%H:%M} {e.title}" for e in day.entries]
            rows.append([
                Paragraph(para(_day_title(day.day)), s.cell_bold),
                Paragraph(para(str(len(met))), s.cell),
                Paragraph(para("; ".join(other) or "—"), s.cell),
            ])
        story.append(_table(rows, [45 * mm, 20 * mm, WIDTH - 65 * mm], zebra=True))
    return story


def _agenda_table(day: AgendaDay, s: Styles) -> Table:
    rows: list[list[Any]] = [[Paragraph(para(h), s.cell_bold) for h in ("Time", "", "What", "Where")]]
    for entry in day.entries:
        what = [Paragraph(para(entry.title), s.cell_bold if entry.meeting else s.cell)]
        if entry.meeting and entry.meeting.met:
            what.append(Paragraph(para("with " + ", ".join(p.name for p in entry.meeting.met)), s.muted))
        if entry.notes:
            what.append(Paragraph(para(entry.notes), s.muted))
        rows.append([
            Paragraph(para(_time_range(entry.starts_at, entry.ends_at)), s.cell),
            Paragraph(para(_KIND_LABELS.get(entry.kind, entry.kind)), s.label),
            what,
            Paragraph(para(entry.place or ""), s.cell),
        ])
    return _table(rows, [31 * mm, 18 * mm, WIDTH - 99 * mm, 50 * mm])


def _people(people: list[PersonView], s: Styles, empty: str) -> list[Flowable]:
    if not people:
        return [Paragraph(para(empty), s.muted)]
    out: list[Flowable] = []
    for person in people:
        detail = ", ".join(x for x in (person.job_title, person.organization) if x)
        text = para(person.name, bold=True) + (f"<br/>{para(detail)}" if detail else "")
        contact = " · ".join(x for x in (person.email, person.phone) if x)
        if contact:
            text += f'<br/><font color="#5A6470">{para(contact)}</font>'
        out.append(Paragraph(text, s.cell))
    return out


def _meeting_block(entry_time: str, meeting: MeetingView, s: Styles) -> list[Flowable]:
    org = meeting.organization
    heading = " · ".join(x for x in (entry_time, org.name if org else meeting.topic or "Meeting") if x)
    head: list[Flowable] = [Paragraph(para(heading), s.h2)]
    facts: list[tuple[str, str]] = []
    if org and meeting.topic:
        facts.append(("Topic", meeting.topic))
    if meeting.place:
        facts.append(("Place", meeting.place))
    if org:
        facts += [
            ("Organization", _kind_label(org.kind) + (", consortium partner" if org.is_consortium_partner else "")),
            ("Located in", ", ".join(x for x in (org.city, org.country_name) if x)),
            ("Website", org.website or ""),
            ("Sectors", ", ".join(org.sectors)),
            ("Certifications", ", ".join(org.certifications)),
            ("Notes", org.notes or ""),
        ]
    if meeting.outcome:
        facts.append(("Outcome", meeting.outcome))
    if meeting.follow_ups:
        facts.append(("Follow-up", "\n".join(
            t.title + (f" (due {t.due_date:%d %b %Y})" if t.due_date else "") + (" — done" if t.done else "")
            for t in meeting.follow_ups)))
    body: list[Flowable] = [_facts(facts, s)] if any(v for _, v in facts) else []
    half = WIDTH / 2
    people = Table(
        [[Paragraph(para("MEETING WITH"), s.label), Paragraph(para("DELEGATION PRESENT"), s.label)],
         [_people(meeting.met, s, "No contact recorded."), _people(meeting.delegation, s, "Nobody assigned yet.")]],
        colWidths=[half, half], hAlign="LEFT",
    )
    people.setStyle(TableStyle([
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BACKGROUND", (0, 1), (-1, 1), SHADE),
        ("LEFTPADDING", (0, 1), (-1, 1), 5),
        ("TOPPADDING", (0, 1), (-1, 1), 4),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
        ("LINEAFTER", (0, 1), (0, 1), 2, colors.white),
    ]))
    # Heading, facts and people stay on one page when they fit; a long profile may still split after them.
    return [CondPageBreak(40 * mm), KeepTogether([*head, *body, Spacer(1, 2 * mm), people]),
            Spacer(1, 3 * mm), HRFlowable(width="100%", thickness=0.4, color=RULE, spaceAfter=2 * mm)]


def _story(store: Store, mission_id: str) -> tuple[MissionSummary, list[Flowable]]:
    s = styles()
    mission = get_mission(store, mission_id)
    days = agenda(store, mission_id)
    all_meetings = meetings(store, mission_id)
    story = _cover(mission, delegation(store, mission_id), delegation_officers(store, mission_id), days,
                   all_meetings, s)
    for day in days:
        story += [PageBreak(), Paragraph(para(_day_title(day.day)), s.h1),
                  Paragraph(para(f"{mission.title} · times in {_zone_label(mission.timezone, day.day)}"), s.muted),
                  Spacer(1, 3 * mm), _agenda_table(day, s), Spacer(1, 5 * mm)]
        for entry in day.entries:
            if entry.meeting is not None:
                story += _meeting_block(_time_range(entry.starts_at, entry.ends_at), entry.meeting, s)
    unscheduled = [m for m in all_meetings if m.starts_at is None]
    if unscheduled:
        story += [PageBreak(), Paragraph(para("Meetings not yet scheduled"), s.h1), Spacer(1, 2 * mm)]
        for meeting in unscheduled:
            story += _meeting_block("", meeting, s)
    return mission, story


def write_briefing(store: Store, mission_id: str, out: BinaryIO) -> None:
    """Write the briefing PDF of a mission to a binary stream."""
    mission, story = _story(store, mission_id)
    footer = para(f"MAGIA Desk · Mission briefing · {mission.title}")

    class Footer(_NumberedCanvas):
        footer_text = footer

    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=22 * mm,
        title=f"Mission briefing: {mission.title}", author="MAGIA Desk", subject=mission.destination,
        creator="MAGIA Desk", initialFontName=register_fonts().body,
    )
    doc.build(story, canvasmaker=Footer)


def briefing_pdf(store: Store, mission_id: str) -> bytes:
    buffer = io.BytesIO()
    write_briefing(store, mission_id, buffer)
    return buffer.getvalue()


def export_briefing(store: Store, mission_id: str, path: str | Path) -> Path:
    """Write the briefing to `path`, whole or not at all (a temporary file renamed at the end)."""
    target = Path(path)
    data = briefing_pdf(store, mission_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(target)
    return target
