"""The Dashboard: every indicator for a period (and a partner), against its target, with charts; every
number opens onto the records behind it.

The figures come from services.kpi on a worker (ui/tasks.py). Each computation carries a generation number
and only the latest one may land, so changing the period twice quickly never shows the first answer, and
the window never waits for the engine.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.enums import Indicator
from magia_desk.services import i18n
from magia_desk.services import periods as periods_service
from magia_desk.services.common import Cancelled
from magia_desk.services.kpi import (
    DrillRow,
    KpiResult,
    Period,
    compute_kpis,
    drill_down,
    project_start,
    resolve_period,
)
from magia_desk.services.organizations import partner_clusters
from magia_desk.storage.store import Store
from magia_desk.ui import labels
from magia_desk.ui.cluster_colours import colour_for, partner_colours
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.drill_down import DrillDownDialog
from magia_desk.ui.labels import country_label, day, label
from magia_desk.ui.widgets.kpi_charts import ChartCard, bar_chart, cumulative_chart, grouped_chart
from magia_desk.ui.widgets.kpi_tiles import KpiTiles

TOP_COUNTRIES = 15
REACHED = (Indicator.SMES_REACHED, Indicator.CLUSTERS_ENGAGED)  # "organizations reached" by country


@dataclass
class DashboardData:
    """Everything one look at the dashboard needs, computed together on a worker."""

    result: KpiResult
    by_country: KpiResult
    cumulative_by_cluster: KpiResult | None
    months: list[tuple[date, int]] = field(default_factory=list)


def _month_end(day_: date) -> date:
    return day_.replace(day=calendar.monthrange(day_.year, day_.month)[1])


def monthly_cumulative(store: Store, period: Period, partner: str | None, start: date,
                       wanted: Callable[[], bool] = lambda: True) -> list[tuple[date, int]]:
    """SMEs reached from `start` to the end of each month up to the period end, flat tail trimmed.

    One query per month: `wanted()` is asked between them so that a stale computation stops early."""
    points: list[tuple[date, int]] = []
    cursor = _month_end(start)
    while True:
        if not wanted():
            raise Cancelled()
        end = min(cursor, period.end)
        value = compute_kpis(store, Period(start, end), partner, indicators=[Indicator.SMES_REACHED]).value(
            Indicator.SMES_REACHED)
        points.append((end, value))
        if end >= period.end:
            break
        cursor = _month_end(cursor + timedelta(days=1))
    # A range that runs past the project's activity (a year to come) would end in a long flat line.
    last_change = max((i for i in range(1, len(points)) if points[i][1] != points[i - 1][1]), default=0)
    return points[: max(last_change + 2, 2)] if len(points) > last_change + 2 else points


def compute_dashboard(store: Store, period: Period, partner: str | None,
                      wanted: Callable[[], bool] = lambda: True) -> DashboardData:
    resolved = period if period.id else resolve_period(store, start=period.start, end=period.end)
    if period.name and not resolved.name:
        resolved = Period(resolved.start, resolved.end, period.name)
    result = compute_kpis(store, resolved, partner, by="cluster", cumulative=True)
    by_country = compute_kpis(store, resolved, partner, by="country", indicators=list(REACHED))
    whole = result.cumulative_period
    cumulative_by_cluster = None
    if whole is not None and whole.start < resolved.start:
        cumulative_by_cluster = compute_kpis(store, whole, partner, by="cluster", indicators=[Indicator.SMES_REACHED])
    months = monthly_cumulative(store, resolved, partner, whole.start if whole else resolved.start, wanted)
    return DashboardData(result, by_country, cumulative_by_cluster, months)


def type_label(action_type: str | None) -> str:
    return (label(action_type) or QCoreApplication.translate("DashboardScreen", "No type")).replace("B2b", "B2B")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DashboardScreen(QWidget):
    key = "dashboard"
    title = QT_TRANSLATE_NOOP("DashboardScreen", "Dashboard")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.generation = 0
        self.data: DashboardData | None = None
        self.period: Period | None = None
        self.partner: str | None = None
        self.dirty = False
        self.drill_dialogs: list[DrillDownDialog] = []
        self.charts: dict[str, ChartCard] = {}
        self._build()
        self.reload_choices()
        ctx.operations.data_changed.connect(self._on_data_changed)
        self.recompute()

    # ---- layout ----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 12, 16, 6)
        heading = QLabel(self.tr("Dashboard"), self)
        heading.setProperty("role", "title")
        bar.addWidget(heading)
        bar.addSpacing(16)
        period_label = QLabel(self.tr("Period"), self)
        bar.addWidget(period_label)
        self.period_picker = QComboBox(self)
        period_label.setBuddy(self.period_picker)
        self.period_picker.setAccessibleName(self.tr("Period"))
        self.period_picker.setMinimumContentsLength(22)
        self.period_picker.setToolTip(
            self.tr("A reporting period, a calendar year, the whole project or a range of dates"))
        bar.addWidget(self.period_picker)
        self.custom_box = QWidget(self)
        custom = QHBoxLayout(self.custom_box)
        custom.setContentsMargins(0, 0, 0, 0)
        self.custom_start = QDateEdit(self.custom_box, calendarPopup=True)
        self.custom_end = QDateEdit(self.custom_box, calendarPopup=True)
        self.custom_start.setAccessibleName(self.tr("From"))
        self.custom_end.setAccessibleName(self.tr("To"))
        self.custom_error = QLabel("", self.custom_box)
        self.custom_error.setProperty("role", "field-error")
        custom.addWidget(QLabel(self.tr("from"), self.custom_box))
        custom.addWidget(self.custom_start)
        custom.addWidget(QLabel(self.tr("to"), self.custom_box))
        custom.addWidget(self.custom_end)
        custom.addWidget(self.custom_error)
        self.custom_box.hide()
        bar.addWidget(self.custom_box)
        bar.addSpacing(12)
        partner_label = QLabel(self.tr("Partner"), self)
        bar.addWidget(partner_label)
        self.partner_picker = QComboBox(self)
        partner_label.setBuddy(self.partner_picker)
        self.partner_picker.setAccessibleName(self.tr("Partner cluster"))
        self.partner_picker.setToolTip(self.tr("The whole partnership, or the records of one consortium partner"))
        bar.addWidget(self.partner_picker)
        self.status = QLabel("", self)
        self.status.setProperty("role", "muted")
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        self.periods_button = QPushButton(self.tr("Reporting periods and targets…"), self)
        self.periods_button.setToolTip(self.tr("Define the reporting periods and what was promised for each indicator"))
        bar.addWidget(self.periods_button)
        outer.addLayout(bar)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget(self.scroll)
        body = QVBoxLayout(content)
        body.setContentsMargins(16, 4, 16, 16)
        body.setSpacing(12)
        self.period_caption = QLabel("", content)
        self.period_caption.setProperty("role", "muted")
        body.addWidget(self.period_caption)
        self.tiles = KpiTiles(content)
        body.addWidget(self.tiles)
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(12)
        body.addLayout(self.chart_grid)
        body.addStretch(1)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)

        self.tiles.clicked.connect(lambda indicator: self.open_drill(indicator))
        self.period_picker.activated.connect(self._on_period_picked)
        self.partner_picker.activated.connect(lambda _i: self.recompute())
        self._custom_timer = QTimer(self, singleShot=True, interval=350)  # typing a date: wait for the last key
        self._custom_timer.timeout.connect(self.recompute)
        self.custom_start.dateChanged.connect(lambda _d: self._custom_timer.start())
        self.custom_end.dateChanged.connect(lambda _d: self._custom_timer.start())
        self.periods_button.clicked.connect(self.edit_periods)

    # ---- choices ---------------------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        """Periods, years, the whole project and a custom range; partners. Keeps the current choice."""
        current = self.period_picker.currentData()
        partner = self.partner_picker.currentData()
        stored = periods_service.list_periods(self.store)
        with self.store.read() as session:
            first = project_start(session)
        today = date.today()
        first = first or date(today.year, 1, 1)
        last = max([today, *(p.end for p in stored)])
        self.project = Period(first, last, self.tr("Whole project"))
        self.period_picker.blockSignals(True)
        self.period_picker.clear()
        for p in stored:
            self.period_picker.addItem(f"{p.name}  ({day(p.start)} – {day(p.end)})", f"period:{p.id}")
        self._stored = {p.id: Period(p.start, p.end, p.name, p.id) for p in stored}
        self.period_picker.insertSeparator(self.period_picker.count())
        for year in range(first.year, last.year + 1):
            self.period_picker.addItem(str(year), f"year:{year}")
        self.period_picker.insertSeparator(self.period_picker.count())
        self.period_picker.addItem(self.tr("Whole project"), "project")
        self.period_picker.addItem(self.tr("Custom range…"), "custom")
        index = self.period_picker.findData(current) if current is not None else -1
        if index < 0:
            index = self._default_index(stored, today)
        self.period_picker.setCurrentIndex(index)
        self.period_picker.blockSignals(False)
        self.custom_box.setVisible(self.period_picker.currentData() == "custom")
        if not self.custom_box.isVisible():
            self.custom_start.setDate(_qdate(first))
            self.custom_end.setDate(_qdate(last))

        partners = partner_clusters(self.store)
        self.colours = partner_colours(partners)
        self.partner_names = dict(partners)
        self.partner_picker.blockSignals(True)
        self.partner_picker.clear()
        self.partner_picker.addItem(self.tr("All partners"), None)
        for pid, name in partners:
            self.partner_picker.addItem(name, pid)
        found = self.partner_picker.findData(partner) if partner is not None else 0
        self.partner_picker.setCurrentIndex(max(0, found))
        self.partner_picker.blockSignals(False)

    def _default_index(self, stored: list[Any], today: date) -> int:
        """The reporting period running today, else the latest one, else the whole project."""
        running = next((p for p in stored if p.start <= today <= p.end), None)
        chosen = running or (stored[-1] if stored else None)
        if chosen is not None:
            return self.period_picker.findData(f"period:{chosen.id}")
        return self.period_picker.findData("project")

    def select_period(self, data: str) -> None:
        """Pick a period as the user would: "period:<id>", "year:2018", "project" or "custom"."""
        self.period_picker.setCurrentIndex(self.period_picker.findData(data))
        self._on_period_picked()

    def _on_period_picked(self, _index: int = 0) -> None:
        self.custom_box.setVisible(self.period_picker.currentData() == "custom")
        self.recompute()

    def chosen_period(self) -> Period | None:
        """The picked period, or None when the custom range is invalid (its field says why)."""
        kind, _, value = (self.period_picker.currentData() or "project").partition(":")
        self.custom_error.setText("")
        self.custom_end.setProperty("invalid", False)
        if kind == "period" and value in self._stored:
            return self._stored[value]
        if kind == "year":
            return Period(date(int(value), 1, 1), date(int(value), 12, 31), value)
        if kind == "custom":
            start, end = _pydate(self.custom_start.date()), _pydate(self.custom_end.date())
            if start > end:
                self.custom_error.setText(self.tr("The end is before the start"))
                self.custom_end.setProperty("invalid", True)
                self.custom_end.style().polish(self.custom_end)
                return None
            return Period(start, end)
        return self.project

    # ---- computing -------------------------------------------------------------------------------------------

    def recompute(self) -> None:
        period = self.chosen_period()
        if period is None:
            return
        self.generation += 1
        generation = self.generation
        self.period, self.partner = period, self.partner_picker.currentData()
        self.dirty = False
        store, partner = self.store, self.partner
        self.status.setText(self.tr("Computing…"))

        def done(data: DashboardData) -> None:
            if generation != self.generation:
                return  # the user picked another period meanwhile: this answer is stale
            self.show_data(data)

        def failed(exc: BaseException) -> None:
            if generation == self.generation:
                self.status.setText(self.tr("The indicators could not be computed."))
                self.ctx.tasks.report(exc, self.tr("Computing the indicators"), self)

        def wanted() -> bool:
            return generation == self.generation  # read on the worker: an int, no Qt object touched

        self.ctx.tasks.run(lambda: compute_dashboard(store, period, partner, wanted), done, on_error=failed, owner=self,
                           label=self.tr("Computing the indicators"))

    @property
    def busy(self) -> bool:
        return self.status.text() == self.tr("Computing…")

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        result = data.result
        self.tiles.set_figures(result.figures)
        partner = self.partner_names.get(self.partner or "", "")
        parts = [self._period_text(result.period)]
        if partner:
            parts.append(self.tr("{partner} only").format(partner=partner))
        if result.cumulative_period is not None:
            parts.append(self.tr("cumulative from {date}").format(date=day(result.cumulative_period.start)))
        if not self._stored:
            parts.append(self.tr("No reporting periods yet: define them with “Reporting periods and targets…”"))
        self.period_caption.setText(" · ".join(parts))
        self.status.setText("")
        self._build_charts(data)

    def _period_text(self, period: Period) -> str:
        name = self.period.name if self.period and self.period.name else (period.name or self.tr("Custom range"))
        return self.tr("{period}: {start} – {end}").format(period=name, start=day(period.start), end=day(period.end))

    # ---- charts ----------------------------------------------------------------------------------------------

    def _build_charts(self, data: DashboardData) -> None:
        for card in self.charts.values():
            self.chart_grid.removeWidget(card)
            card.deleteLater()
        result = data.result
        self.charts = {
            "target": self._target_chart(result),
            "partners": self._partner_chart(data),
            "types": self._type_chart(result),
            "cumulative": self._cumulative_chart(data),
            "countries": self._country_chart(data.by_country),
        }
        grid = self.chart_grid
        grid.addWidget(self.charts["target"], 0, 0)
        grid.addWidget(self.charts["partners"], 0, 1)
        grid.addWidget(self.charts["types"], 0, 2)
        grid.addWidget(self.charts["cumulative"], 1, 0, 1, 2)
        grid.addWidget(self.charts["countries"], 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        # Fifteen countries need about 26 px each, or QtCharts elides their names.
        self.charts["countries"].setMinimumHeight(500)
        self.charts["cumulative"].setMinimumHeight(500)

    def _target_chart(self, result: KpiResult) -> ChartCard:
        with_target = [f for f in result.figures.values() if f.pct_of_target is not None]
        card = bar_chart(
            self.tr("Achieved against target"), [labels.indicator_label(f.indicator) for f in with_target],
            [f.indicator for f in with_target], [f.pct_of_target or 0 for f in with_target],
            value_title=self.tr("% of target"), category_title="", horizontal=True, set_name=self.tr("Achieved"),
            label_format="@value %", reference=100.0, reference_name=self.tr("Target (100 %)"),
            empty=self.tr("No indicator has a target for this period"),
        )
        card.bar_clicked.connect(self.open_drill)
        return card

    def _partner_chart(self, data: DashboardData) -> ChartCard:
        period_cells = data.result[Indicator.SMES_REACHED].breakdowns.get("cluster", {})
        total_cells = (data.cumulative_by_cluster[Indicator.SMES_REACHED].breakdowns.get("cluster", {})
                       if data.cumulative_by_cluster else {})
        categories = [self.tr("In the period")] + ([self.tr("Project to date")] if data.cumulative_by_cluster else [])
        keys = sorted({*period_cells, *total_cells}, key=lambda k: (k is None, self._cluster_name(k).casefold()))
        sets = [
            (self._cluster_name(k), k, colour_for(k, self.colours),
             [period_cells.get(k, 0)] + ([total_cells.get(k, 0)] if data.cumulative_by_cluster else []))
            for k in keys
        ]
        card = grouped_chart(self.tr("SMEs reached per partner cluster"), categories, sets,
                             value_title=self.tr("SMEs reached"), category_title="",
                             empty=self.tr("No SMEs reached in this period"))
        card.bar_clicked.connect(lambda key: self.open_drill(
            Indicator.SMES_REACHED, by="cluster", key=key[0], cumulative=key[1] == 1))
        return card

    def _cluster_name(self, cluster_id: str | None) -> str:
        if cluster_id is None:
            return self.tr("No partner cluster")
        return self.partner_names.get(cluster_id) or (self.data.result.cluster_names.get(cluster_id, "?")
                                                       if self.data else "?")

    def _type_chart(self, result: KpiResult) -> ChartCard:
        cells = sorted(result[Indicator.ACTIONS_HELD].breakdowns.get("type", {}).items(),
                       key=lambda kv: (-kv[1], str(kv[0])))
        card = bar_chart(self.tr("Actions by type"), [type_label(k) for k, _ in cells], [k for k, _ in cells],
                         [v for _, v in cells], value_title=self.tr("Actions"), category_title="", horizontal=True,
                         empty=self.tr("No actions in this period"))
        card.bar_clicked.connect(lambda key: self.open_drill(Indicator.ACTIONS_HELD, by="type", key=key))
        return card

    def _cumulative_chart(self, data: DashboardData) -> ChartCard:
        figure = data.result[Indicator.SMES_REACHED]
        return cumulative_chart(self.tr("SMEs reached since the project start, month by month"), data.months,
                                figure.project_target, series_name=self.tr("SMEs reached (cumulative)"),
                                value_title=self.tr("SMEs reached"))

    def _country_chart(self, by_country: KpiResult) -> ChartCard:
        totals: dict[str | None, int] = {}
        for indicator in REACHED:
            for code, count in by_country[indicator].breakdowns.get("country", {}).items():
                totals[code] = totals.get(code, 0) + count
        top = sorted(totals.items(), key=lambda kv: (-kv[1], str(kv[0])))[:TOP_COUNTRIES]
        top.reverse()  # horizontal bars are drawn bottom-up: the largest on top
        card = bar_chart(self.tr("Countries of organizations reached (top {count})").format(count=TOP_COUNTRIES),
                         [f"{i18n.country_label(c)} ({c})" if c else self.tr("Unknown") for c, _ in top],
                         [c for c, _ in top], [v for _, v in top],
                         value_title=self.tr("SMEs reached + clusters engaged"), category_title="", horizontal=True,
                         colour=QColor("#009e73"), empty=self.tr("No organizations reached in this period"))
        card.bar_clicked.connect(self.open_country)
        return card

    # ---- drill-down ------------------------------------------------------------------------------------------

    def _title(self, what: str, cumulative: bool = False) -> str:
        period = self.data.result.period if self.data else self.period
        parts = [what, self.tr("project to date") if cumulative else (self._period_text(period) if period else "")]
        if self.partner:
            parts.append(self.partner_names.get(self.partner, ""))
        return " — ".join(p for p in parts if p)

    def open_drill(self, indicator: Indicator, by: str | None = None, key: Any = None,
                   cumulative: bool = False) -> DrillDownDialog | None:
        if self.data is None:
            return None
        period, partner, store = self.data.result.period, self.data.result.partner_cluster_id, self.store
        what = labels.indicator_label(Indicator(indicator))
        if by == "cluster":
            what += f", {self._cluster_name(key)}"
        elif by == "type":
            what += f", {type_label(key)}"
        dialog = self._dialog(self._title(what, cumulative))
        dialog.load(lambda: drill_down(store, indicator, period, partner, by, key, cumulative=cumulative))
        return dialog

    def open_country(self, code: str | None) -> DrillDownDialog | None:
        if self.data is None:
            return None
        period, partner, store = self.data.result.period, self.data.result.partner_cluster_id, self.store
        place = country_label(code) or self.tr("no country")
        dialog = self._dialog(self._title(self.tr("Organizations reached in {country}").format(country=place)))

        def rows() -> list[DrillRow]:
            return [row for indicator in REACHED
                    for row in drill_down(store, indicator, period, partner, "country", code)]

        dialog.load(rows)
        return dialog

    def _dialog(self, title: str) -> DrillDownDialog:
        dialog = DrillDownDialog(self.ctx, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None, d=dialog: self.drill_dialogs.remove(d)
                                 if d in self.drill_dialogs else None)
        self.drill_dialogs.append(dialog)
        dialog.show()
        return dialog

    # ---- periods and targets ---------------------------------------------------------------------------------

    def edit_periods(self) -> None:
        from magia_desk.ui.dialogs.periods import PeriodsDialog

        dialog = PeriodsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.periods_dialog = dialog
        dialog.open()

    # ---- refresh on data changes -----------------------------------------------------------------------------

    def _on_data_changed(self, kinds: set[str]) -> None:
        if kinds & {"reporting_period", "organization"}:
            self.reload_choices()
        # Any record can move a figure; recompute now if shown, else when shown next.
        if self.isVisible():
            self.recompute()
        else:
            self.dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.dirty:
            self.recompute()
