"""The mission briefing: an A4 PDF the delegation reads on the plane and carries to every meeting.

Cover (mission, dates, destination, delegation, the days at a glance), then one page per day: the agenda
(itinerary and meetings in time order) and, for each meeting, who is met (a profile of the organization and
the people with their titles) and who of the delegation goes. Every user text passes through
`pdf_fonts.para`, so names print in their script and "<b>" prints as typed.

The words the briefing adds (headings, labels, vocabulary values, dates, countries) are in its `language`
(services.i18n; default the current one); names, titles, notes and everything else users typed print as typed.
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
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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

from magia_desk.domain.countries import country_name
from magia_desk.domain.enums import ItineraryKind
from magia_desk.services.i18n import (
    N_,
    country_label,
    document_language,
    format_date,
    format_number,
    label,
    translate,
    translate_plural,
    translator,
)
from magia_desk.services.meetings import MeetingView, PersonView, meetings
from magia_desk.services.missions import (
    AgendaDay,
    AgendaEntry,
    MissionSummary,
    agenda,
    delegation,
    delegation_officers,
    get_mission,
)
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
# The agenda's time and kind columns; wider when a language's words need it ("07:40 – mer. 07:00", a longer kind).
TIME_WIDTH = 31 * mm
KIND_WIDTH = 18 * mm
# babel patterns per language: a day's title, a day and month, a day alone before an en dash ("13.–16. Mai 2019").
_DATE_PATTERNS: dict[str, tuple[str, str, str]] = {
    "en": ("EEEE d MMMM y", "d MMMM", "d"),
    "fr": ("EEEE d MMMM y", "d MMMM", "d"),
    "it": ("EEEE d MMMM y", "d MMMM", "d"),
    "de": ("EEEE, d. MMMM y", "d. MMMM", "d."),
}






def _day_title(day: date, language: str) -> str:
    """'Tuesday 14 May 2019', 'Mardi 14 mai 2019', 'Dienstag, 14. Mai 2019': a heading starts with a capital."""
    text = format_date(day, language, _DATE_PATTERNS[language][0])
    return text[:1].upper() + text[1:]


def _date_range(start: date, end: date | None, language: str) -> str:
    """'13–16 May 2019', '30 mai – 2 juin 2019', '13.–16. Mai 2019'; one day as its title."""
    if not end or end == start:
        return _day_title(start, language)
    _, day_month, day_alone = _DATE_PATTERNS[language]
    last = format_date(end, language, "long")
    if (start.year, start.month) == (end.year, end.month):
        return f"{format_date(start, language, day_alone)}–{last}"
    if start.year == end.year:
        return f"{format_date(start, language, day_month)} – {last}"
    return f"{format_date(start, language, 'long')} – {last}"


def _time_range(start: datetime, end: datetime | None, language: str) -> str:
    if end is None:
        return f"{start:%H:%M}"
    if end.date() != start.date():
        return f"{start:%H:%M} – {format_date(end, language, 'EEE')} {end:%H:%M}"
    return f"{start:%H:%M}–{end:%H:%M}"


def _zone_label(zone: str | None, on: date, language: str) -> str:
    if not zone:
        return translate("local time (no time zone set)", language)
    offset = datetime.combine(on, datetime.min.time().replace(hour=12), ZoneInfo(zone)).utcoffset()
    hours = (offset.total_seconds() / 3600) if offset else 0
    sign = "+" if hours >= 0 else "−"
    value = f"{abs(hours):g}" if hours % 1 else f"{abs(int(hours))}"
    return f"{zone} (UTC{sign}{value})"


def _destination(mission: MissionSummary, language: str) -> str:
    """'Shanghai (China)' with the country named in `language`; the cities as typed."""
    english = country_name(mission.destination_country)
    local = country_label(mission.destination_country, language)
    if not english or english == local:
        return mission.destination
    if mission.destination == english:
        return local
    if mission.destination.endswith(f"({english})"):
        return f"{mission.destination[:-len(english) - 2]}({local})"
    return mission.destination


def _kind_label(kind: str, language: str) -> str:
    """An agenda entry's kind: an itinerary kind, and a meeting record ('b2b') as the itinerary's 'meeting'."""
    return label(ItineraryKind.MEETING if kind == "b2b" else kind, language)


def _meeting_title(meeting: MeetingView, language: str) -> str:
    parts = [x for x in (meeting.organization.name if meeting.organization else None, meeting.topic) if x]
    return " — ".join(parts) or translate("Meeting", language)


def _entry_title(entry: AgendaEntry, language: str) -> str:
    return _meeting_title(entry.meeting, language) if entry.meeting is not None else entry.title


def _count(singular: str, plural: str, count: int, language: str) -> str:
    return translate_plural(singular, plural, count, language).format(count=format_number(count, language=language))


class _NumberedCanvas(NumberedCanvas):
    """Draws 'Page X of Y' once the page count is known (two passes over the saved page states)."""

    footer_text = ""
    page_text = "Page {page} of {total}"

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
        self.drawRightString(right_x, 9.2 * mm, self.page_text.format(page=self._pageNumber, total=total))
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
           days: list[AgendaDay], all_meetings: list[MeetingView], s: Styles, language: str) -> list[Flowable]:
    tr = translator(language)
    dates = _date_range(mission.start_date, mission.end_date, language)
    programme = tr("{meetings}, {items} over {days}").format(
        meetings=_count("{count} meeting", "{count} meetings", len(all_meetings), language),
        items=_count("{count} agenda item", "{count} agenda items", sum(len(d.entries) for d in days), language),
        days=_count("{count} day", "{count} days", len(days), language))
    story: list[Flowable] = [
        Paragraph(para(tr("Mission briefing").upper()), s.label),
        Spacer(1, 2 * mm),
        Paragraph(para(mission.title), s.title),
        Paragraph(para(f"{label(mission.type, language)} · {dates}"), s.subtitle),
        _facts([
            (tr("Destination"), _destination(mission, language) or "—"),
            (tr("Dates"), dates),
            (tr("Times"), tr("All times are local: {zone}").format(
                zone=_zone_label(mission.timezone, mission.start_date, language))),
            (tr("Organised by"), mission.organiser or ""),
            (tr("Programme"), programme),
        ], s),
    ]
    if mission.description:
        story += [Spacer(1, 3 * mm), Paragraph(para(mission.description), s.body)]
    story += [Spacer(1, 4 * mm), Paragraph(para(tr("Delegation")), s.h2)]
    if delegates or officers:
        headers = (N_("Organization"), N_("Person"), N_("Position"), N_("Country"))
        rows: list[list[Any]] = [[Paragraph(para(tr(h)), s.cell_bold) for h in headers]]
        for d in delegates:
            rows.append([
                Paragraph(para(d.organization or "—"), s.cell_bold),
                Paragraph(para(d.contact or "—"), s.cell),
                Paragraph(para(d.job_title or ""), s.cell),
                Paragraph(para(country_label(d.country, language)), s.cell),
            ])
        partner = mission.organiser or ""
        for _, name in officers:
            rows.append([Paragraph(para(partner), s.cell_bold), Paragraph(para(name), s.cell),
                         Paragraph(para(tr("Officer")), s.cell), Paragraph("", s.cell)])
        story.append(_table(rows, [62 * mm, 45 * mm, 40 * mm, WIDTH - 147 * mm], zebra=True))
    else:
        story.append(Paragraph(para(tr("No delegation recorded yet.")), s.muted))
    if days:
        story += [Spacer(1, 4 * mm), Paragraph(para(tr("Days at a glance")), s.h2)]
        rows = [[Paragraph(para(tr(h)), s.cell_bold) for h in (N_("Day"), N_("Meetings"), N_("Agenda"))]]
        for day in days:
            met = [e for e in day.entries if e.meeting is not None]
            other = [f"{e.starts_at:%H:%M} {_entry_title(e, language)}" for e in day.entries]
            rows.append([
                Paragraph(para(_day_title(day.day, language)), s.cell_bold),
                Paragraph(para(format_number(len(met), language=language)), s.cell),
                Paragraph(para("; ".join(other) or "—"), s.cell),
            ])
        story.append(_table(rows, [45 * mm, 20 * mm, WIDTH - 65 * mm], zebra=True))
    return story


def _column_width(least: float, texts: list[str], style: ParagraphStyle) -> float:
    """`least`, or more when one of `texts` (a time, a kind: never split) would wrap in it."""
    padding = 8 + 1 * mm  # the cell's padding and a little air
    return max([least, *(stringWidth(text, style.fontName, style.fontSize) + padding for text in texts)])


def _agenda_table(day: AgendaDay, s: Styles, language: str) -> Table:
    tr = translator(language)
    kinds = [_kind_label(entry.kind, language) for entry in day.entries]
    times = [_time_range(entry.starts_at, entry.ends_at, language) for entry in day.entries]
    kind_width = _column_width(KIND_WIDTH, kinds, s.label)
    time_width = _column_width(TIME_WIDTH, times, s.cell)
    headers = (N_("Time"), "", N_("What"), N_("Where"))
    rows: list[list[Any]] = [[Paragraph(para(tr(h)), s.cell_bold) for h in headers]]
    for entry, kind, time in zip(day.entries, kinds, times, strict=True):
        what = [Paragraph(para(_entry_title(entry, language)), s.cell_bold if entry.meeting else s.cell)]
        if entry.meeting and entry.meeting.met:
            what.append(Paragraph(para(tr("with {names}").format(names=", ".join(p.name for p in entry.meeting.met))),
                                  s.muted))
        if entry.notes:
            what.append(Paragraph(para(entry.notes), s.muted))
        rows.append([
            Paragraph(para(time), s.cell),
            Paragraph(para(kind), s.label),
            what,
            Paragraph(para(entry.place or ""), s.cell),
        ])
    return _table(rows, [time_width, kind_width, WIDTH - 50 * mm - time_width - kind_width, 50 * mm])


def _people(people: list[PersonView], s: Styles, empty: str, language: str) -> list[Flowable]:
    if not people:
        return [Paragraph(para(empty), s.muted)]
    out: list[Flowable] = []
    for person in people:
        # An officer's title is the app's word ('Officer'), a contact's is what the user typed.
        title = translate(person.job_title or "", language) if person.contact_id is None else person.job_title
        detail = ", ".join(x for x in (title, person.organization) if x)
        text = para(person.name, bold=True) + (f"<br/>{para(detail)}" if detail else "")
        contact = " · ".join(x for x in (person.email, person.phone) if x)
        if contact:
            text += f'<br/><font color="#5A6470">{para(contact)}</font>'
        out.append(Paragraph(text, s.cell))
    return out


def _meeting_block(entry_time: str, meeting: MeetingView, s: Styles, language: str) -> list[Flowable]:
    tr = translator(language)
    org = meeting.organization
    heading = " · ".join(x for x in (entry_time, org.name if org else meeting.topic or tr("Meeting")) if x)
    head: list[Flowable] = [Paragraph(para(heading), s.h2)]
    facts: list[tuple[str, str]] = []
    if org and meeting.topic:
        facts.append((tr("Topic"), meeting.topic))
    if meeting.place:
        facts.append((tr("Place"), meeting.place))
    if org:
        kind = label(org.kind, language)
        if org.is_consortium_partner:
            kind = tr("{kind}, consortium partner").format(kind=kind)
        facts += [
            (tr("Organization"), kind),
            (tr("Located in"), ", ".join(x for x in (org.city, country_label(org.country, language)) if x)),
            (tr("Website"), org.website or ""),
            (tr("Sectors"), ", ".join(org.sectors)),
            (tr("Certifications"), ", ".join(org.certifications)),
            (tr("Notes"), org.notes or ""),
        ]
    if meeting.outcome:
        facts.append((tr("Outcome"), meeting.outcome))
    if meeting.follow_ups:
        facts.append((tr("Follow-up"), "\n".join(
            t.title + (f" ({tr('due {date}').format(date=format_date(t.due_date, language))})" if t.due_date else "")
            + (f" — {tr('done')}" if t.done else "")
            for t in meeting.follow_ups)))
    body: list[Flowable] = [_facts(facts, s)] if any(v for _, v in facts) else []
    half = WIDTH / 2
    people = Table(
        [[Paragraph(para(tr("Meeting with").upper()), s.label),
          Paragraph(para(tr("Delegation present").upper()), s.label)],
         [_people(meeting.met, s, tr("No contact recorded."), language),
          _people(meeting.delegation, s, tr("Nobody assigned yet."), language)]],
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


def _story(store: Store, mission_id: str, language: str) -> tuple[MissionSummary, list[Flowable]]:
    s = styles()
    tr = translator(language)
    mission = get_mission(store, mission_id)
    days = agenda(store, mission_id)
    all_meetings = meetings(store, mission_id)
    story = _cover(mission, delegation(store, mission_id), delegation_officers(store, mission_id), days,
                   all_meetings, s, language)
    for day in days:
        times = tr("{title} · times in {zone}").format(title=mission.title,
                                                       zone=_zone_label(mission.timezone, day.day, language))
        story += [PageBreak(), Paragraph(para(_day_title(day.day, language)), s.h1), Paragraph(para(times), s.muted),
                  Spacer(1, 3 * mm), _agenda_table(day, s, language), Spacer(1, 5 * mm)]
        for entry in day.entries:
            if entry.meeting is not None:
                story += _meeting_block(_time_range(entry.starts_at, entry.ends_at, language), entry.meeting, s,
                                        language)
    unscheduled = [m for m in all_meetings if m.starts_at is None]
    if unscheduled:
        story += [PageBreak(), Paragraph(para(tr("Meetings not yet scheduled")), s.h1), Spacer(1, 2 * mm)]
        for meeting in unscheduled:
            story += _meeting_block("", meeting, s, language)
    return mission, story


def write_briefing(store: Store, mission_id: str, out: BinaryIO, language: str | None = None) -> None:
    """Write the briefing PDF of a mission to a binary stream, in `language` (default: the current one)."""
    language = document_language(language, "Briefings")
    tr = translator(language)
    mission, story = _story(store, mission_id, language)
    footer = para(f"MAGIA Desk · {tr('Mission briefing')} · {mission.title}")
    page = tr("Page {page} of {total}")

    class Footer(_NumberedCanvas):
        footer_text = footer
        page_text = page

    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=22 * mm,
        title=tr("Mission briefing: {title}").format(title=mission.title), author="MAGIA Desk",
        subject=_destination(mission, language), creator="MAGIA Desk", initialFontName=register_fonts().body,
    )
    doc.build(story, canvasmaker=Footer)


def briefing_pdf(store: Store, mission_id: str, language: str | None = None) -> bytes:
    buffer = io.BytesIO()
    write_briefing(store, mission_id, buffer, language)
    return buffer.getvalue()


def export_briefing(store: Store, mission_id: str, path: str | Path, language: str | None = None) -> Path:
    """Write the briefing to `path`, whole or not at all (a temporary file renamed at the end)."""
    target = Path(path)
    data = briefing_pdf(store, mission_id, language)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(target)
    return target
