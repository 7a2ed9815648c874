"""The periodic report as an A4 PDF: cover with the KPI summary and charts, then one section per table.

Every user text goes through `pdf_fonts.para` (escaped, CJK runs in the CJK font), every table gets
`table_font_commands()` (embedded fonts only) and repeats its header row on each page. The footer carries the
period and "Page X of Y", drawn once the page count is known. Every heading is in the report's language and
every number and date is formatted for it (services.i18n).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from magia_desk.domain.palette import NO_PARTNER, partner_hex_colours
from magia_desk.services.common import Progress, report
from magia_desk.services.i18n import format_date, format_datetime, format_number, format_percent, indicator_label
from magia_desk.services.pdf_fonts import (
    ACCENT,
    MUTED,
    RULE,
    SHADE,
    NumberedCanvas,
    para,
    register_fonts,
    styles,
    table_font_commands,
)
from magia_desk.services.reports.content import KPI_COLUMNS, ReportContent, rows_text
from magia_desk.services.reports.content import Table as ReportTable
from magia_desk.services.reports.files import replace_atomically

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
# The tables have up to 9 columns: they go on landscape A4 pages, the cover and KPIs stay portrait.
WIDE = A4[1] - 2 * MARGIN
BOTTOM = 20 * mm
TARGET_COLOUR = colors.HexColor("#B8C7D9")
ZEBRA = colors.HexColor("#F8FAFC")

# Relative column widths per table (they sum to 1); numbers right-aligned in the columns listed.
_WIDTHS: dict[str, tuple[list[float], set[int]]] = {
    "activities": ([0.11, 0.2, 0.085, 0.1, 0.13, 0.07, 0.11, 0.105, 0.09], {5}),
    "missions": ([0.1, 0.12, 0.07, 0.07, 0.235, 0.1, 0.065, 0.075, 0.165], {6, 7}),
    "agreements": ([0.12, 0.3, 0.33, 0.1, 0.15], set()),
    "annex": ([0.4, 0.15, 0.12, 0.21, 0.12], {4}),
}


def _text(value: object, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value, language)
    if isinstance(value, date):
        return format_date(value, language)
    if isinstance(value, float):
        return format_number(value, 0 if value.is_integer() else 1, language)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value, language=language)
    return str(value)


def _number_style() -> ParagraphStyle:
    return ParagraphStyle("magia-cell-number", parent=styles().cell, alignment=TA_RIGHT)


def _grid(rows: list[list[Any]], widths: Sequence[float], *, totals: bool = False) -> Table:
    # splitInRow: a mission with a delegation of 40 SMEs is taller than a page and must break inside its row.
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    for index in range(2, len(rows) - (1 if totals else 0), 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    if totals:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
    table.setStyle(TableStyle(commands))
    return table


def _cells(values: Sequence[Any], numbers: set[int], language: str, *, bold: bool = False) -> list[Paragraph]:
    s = styles()
    number = _number_style()
    out = []
    for i, value in enumerate(values):
        style = number if i in numbers else (s.cell_bold if bold else s.cell)
        out.append(Paragraph(para(_text(value, language), bold=bold), style))
    return out


def _header(columns: Sequence[str], numbers: set[int]) -> list[Paragraph]:
    s = styles()
    number = ParagraphStyle("magia-head-number", parent=s.label, alignment=TA_RIGHT)
    return [Paragraph(para(c), number if i in numbers else s.label) for i, c in enumerate(columns)]


def table_flowable(table: ReportTable, progress: Progress | None = None, step: int = 0, steps: int = 0,
                   content: ReportContent | None = None) -> Flowable:
    """A report table as a grid in the language of `content` (English without it)."""
    language = content.language if content else "en"
    tr = content.tr if content else str
    shares, numbers = _WIDTHS.get(table.key, ([1 / max(1, len(table.columns))] * len(table.columns), set()))
    widths = [WIDE * share for share in shares]
    if not table.rows:
        return Paragraph(para(tr("Nothing in this period.")), styles().muted)
    rows: list[list[Any]] = [_header(table.columns, numbers)]
    for index, row in enumerate(table.rows):
        rows.append(_cells(row, numbers, language))
        if progress is not None and index % 500 == 499:
            report(progress, step, steps)
    if table.totals:
        line: list[Any] = [tr("Total")] + [""] * (len(table.columns) - 1)
        for column in table.totals:
            line[column] = table.total(column)
        rows.append(_cells(line, numbers, language, bold=True))
    return _grid(rows, widths, totals=bool(table.totals))


def _kpi_table(content: ReportContent) -> Table:
    language = content.language
    columns = [content.tr(c) for c in KPI_COLUMNS]
    numbers = {2, 3, 4, 5}
    rows: list[list[Any]] = [_header(columns, numbers)]
    s = styles()
    bands: list[int] = []
    everyone = content.tr("All partner clusters")
    for line in content.kpi_lines:
        total = line.cluster is None
        values = [indicator_label(line.indicator, language) if total else "", line.cluster or everyone,
                  "–" if line.target is None else _text(line.target, language), line.achieved,
                  "–" if line.cumulative is None else line.cumulative, format_percent(line.pct, 1, language)]
        cells = _cells(values, numbers, language, bold=total)
        if not total:
            cells[1] = Paragraph(para(line.cluster), s.muted)
        else:
            bands.append(len(rows))
        rows.append(cells)
    widths = [WIDTH * w for w in (0.23, 0.23, 0.1, 0.16, 0.13, 0.15)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        *table_font_commands(),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
    ]
    for row in bands[1:]:
        commands.append(("LINEABOVE", (0, row), (-1, row), 0.4, RULE))
    table.setStyle(TableStyle(commands))
    return table


def _bar_chart(labels: list[str], series: list[list[float]], colours: list[Any], legend: list[str], language: str,
               value_max: float | None = None, reference: float | None = None) -> Drawing:
    """Horizontal bars, one group per label; an optional vertical reference line (100% = target)."""
    fonts = register_fonts()
    label_width = 42 * mm
    height = max(32 * mm, len(labels) * len(series) * 14 + 40)
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 26
    chart.width, chart.height = WIDTH - label_width - 25 * mm, height - 32
    chart.data = series
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = fonts.body
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = fonts.body
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda value: format_number(value, 0 if float(value).is_integer() else 1,
                                                                  language)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    if value_max:
        chart.valueAxis.valueMax = value_max
    chart.barSpacing = 1
    chart.groupSpacing = 5
    chart.barLabelFormat = lambda value: format_number(int(value), language=language)
    chart.barLabels.fontName = fonts.body
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    for index, colour in enumerate(colours):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if reference is not None:
        # The axis knows its scale once placed and configured (normally done at draw time).
        chart.valueAxis.setPosition(chart.x, chart.y, chart.width)
        chart.valueAxis.configure(chart.data)
        x = chart.valueAxis.scale(reference)
        drawing.add(Line(x, chart.y, x, chart.y + chart.height, strokeColor=colors.HexColor("#C0392B"),
                         strokeWidth=0.8, strokeDashArray=[2, 2]))
    legend_x = label_width
    for name, colour in zip(legend, colours, strict=True):
        drawing.add(Line(legend_x, 4, legend_x + 10, 4, strokeColor=colour, strokeWidth=5))
        drawing.add(String(legend_x + 14, 1.5, name, fontName=fonts.body, fontSize=7, fillColor=MUTED))
        legend_x += 14 + len(name) * 4 + 12
    return drawing


def _charts(content: ReportContent) -> list[Flowable]:
    s = styles()
    tr, language = content.tr, content.language
    out: list[Flowable] = []
    with_target = [f for f in content.kpis.figures.values() if f.target]
    if with_target:
        out.append(Paragraph(para(tr("Achieved against target")), s.h2))
        out.append(Paragraph(para(tr("Each bar is the figure achieved in the period as a % of its target; the "
                                     "dashed line is the target (100%).")), s.muted))
        pcts = [round(f.value * 100.0 / float(f.target or 1), 1) for f in with_target]
        top = max(120.0, max(pcts) * 1.15)
        out.append(_bar_chart([indicator_label(f.indicator, language) for f in with_target], [pcts], [ACCENT],
                              [tr("% of target achieved")], language, value_max=top, reference=100.0))
    if content.smes_per_cluster:
        out.append(Paragraph(para(tr("SMEs reached per partner cluster")), s.h2))
        names = list(content.smes_per_cluster)
        drawing = _bar_chart(names, [[float(content.smes_per_cluster[n]) for n in names]], [ACCENT],
                             [tr("SMEs reached in the period")], language)
        # Each partner's bar in its own colour, the one the dashboard gives it (domain.palette).
        by_name = partner_hex_colours((name, name) for name in content.partners or names)
        chart = next(item for item in drawing.contents if isinstance(item, HorizontalBarChart))
        for index, name in enumerate(names):
            chart.bars[(0, index)].fillColor = colors.HexColor(by_name.get(name, NO_PARTNER))
        out.append(drawing)
    return out


def _cover(content: ReportContent) -> list[Flowable]:
    s = styles()
    tr = content.tr
    story: list[Flowable] = [
        Paragraph(para(tr("MAGIA periodic report")), s.title),
        Paragraph(para(content.period_text), s.subtitle),
    ]
    pairs = [
        (tr("Partnership"), "; ".join(content.partners) or content.partnership),
        (tr("Partner cluster"), content.partner_cluster or tr("All partner clusters")),
        (tr("Exported on"), f"{format_datetime(content.exported_at, content.language)} UTC"),
        (tr("Exported by"), content.officer or "–"),
    ]
    rows = [[Paragraph(para(label), s.label), Paragraph(para(value), s.body)] for label, value in pairs]
    facts = Table(rows, colWidths=[32 * mm, WIDTH - 32 * mm], hAlign="LEFT")
    facts.setStyle(TableStyle([*table_font_commands(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [facts, Spacer(1, 6 * mm), Paragraph(para(tr("KPI summary")), s.h1)]
    if content.period.id:
        compared = tr("Achieved in the period, cumulative from the project start, compared with the targets of "
                      "this reporting period.")
    else:
        compared = tr("Achieved in the period, cumulative from the project start, compared with the whole-project "
                      "targets.")
    story.append(Paragraph(para(compared), s.muted))
    story += [Spacer(1, 2 * mm), _kpi_table(content), Spacer(1, 4 * mm)]
    story += _charts(content)
    return story


class _NumberedCanvas(NumberedCanvas):
    """'Page X of Y' needs the page count: pages are kept and drawn with their footer at save time."""

    footer_text = ""
    page_text = "Page {page} of {total}"

    def _footer(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        page_width = self._pagesize[0]
        self.line(MARGIN, 12 * mm, page_width - MARGIN, 12 * mm)
        left = Paragraph(self.footer_text, styles().muted)
        left.wrapOn(self, WIDTH - 30 * mm, 10 * mm)
        left.drawOn(self, MARGIN, 7.5 * mm)
        self.setFont(register_fonts().body, 8)
        self.setFillColor(MUTED)
        self.drawRightString(page_width - MARGIN, 8.2 * mm, self.page_text.format(page=self._pageNumber, total=total))
        self.restoreState()


def write_pdf(content: ReportContent, path: str | Path, progress: Progress | None = None) -> Path:
    """Write the PDF to `path`, whole or not at all; progress(done, total) False cancels."""
    s = styles()
    tr = content.tr
    steps = 2 + len(content.tables)
    report(progress, 0, steps)
    story = _cover(content)
    for number, table in enumerate(content.tables, start=1):
        if number == 1:
            story += [NextPageTemplate("wide"), PageBreak()]
        else:
            story.append(CondPageBreak(40 * mm))
        story.append(Paragraph(para(table.title), s.h1))
        story.append(Paragraph(para(rows_text(len(table.rows), content.language)), s.muted))
        story += [Spacer(1, 2 * mm), table_flowable(table, progress, number, steps, content)]
        report(progress, number, steps)
    scope = f" · {content.partner_cluster}" if content.partner_cluster else ""
    footer = para(f"{tr('MAGIA periodic report')} · {content.period_text}{scope}")
    page = tr("Page {page} of {total}")

    class Footer(_NumberedCanvas):
        footer_text = footer
        page_text = page

    def build(name: str) -> None:
        doc = BaseDocTemplate(
            name, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=BOTTOM,
            title=f"{tr('MAGIA periodic report')} {content.period_text}", author=content.officer or "MAGIA Desk",
            subject=content.partnership, creator="MAGIA Desk", initialFontName=register_fonts().body,
        )
        tall, wide = A4, landscape(A4)
        doc.addPageTemplates([
            PageTemplate("tall", [Frame(MARGIN, BOTTOM, tall[0] - 2 * MARGIN, tall[1] - MARGIN - BOTTOM)],
                         pagesize=tall),
            PageTemplate("wide", [Frame(MARGIN, BOTTOM, wide[0] - 2 * MARGIN, wide[1] - MARGIN - BOTTOM)],
                         pagesize=wide),
        ])
        doc.build(story, canvasmaker=Footer)

    target = replace_atomically(path, build)
    report(progress, steps, steps)
    return target
