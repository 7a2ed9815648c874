"""The dashboard's charts (QtCharts): titles, labelled axes, values on bars; a click on a bar says which.

Each builder returns a ChartCard whose `bar_clicked(key)` signal carries what the bar stands for (an
indicator, a partner cluster id, an action type, a country code), so that the screen can open the records
behind it. Charts are rebuilt on every new result: they are small, and rebuilding keeps them stateless.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from magia_desk.ui.labels import number
from magia_desk.ui.theme import accent, is_dark

CHART_HEIGHT = 330


def _nice_max(value: float) -> float:
    """An axis end a little above the largest value, so that labels outside the bars still fit."""
    if value <= 0:
        return 1.0
    padded = value * 1.18
    step = 10 ** max(0, len(str(int(padded))) - 2)
    return float((int(padded / step) + 1) * step)


class ChartCard(QChartView):
    """A chart in a view; `bar_clicked(key)` when a bar is clicked (key as given by the builder)."""

    bar_clicked = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # redrawn on every period change
        chart.setLocale(QLocale())  # the user's decimal comma and month names, not the C locale's
        chart.setLocalizeNumbers(True)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if is_dark():
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        else:
            chart.setBackgroundBrush(QGuiApplication.palette().color(QPalette.ColorRole.Base))
        title_font = chart.titleFont()
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.5))
        chart.setTitleFont(title_font)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(title)
        self.setMinimumHeight(CHART_HEIGHT)
        self.keys: list[Any] = []
        self.bar_sets: list[QBarSet] = []
        self.empty_text = ""

    def connect_set(self, bar_set: QBarSet, keys: Sequence[Any]) -> None:
        """Clicking bar i of this set emits keys[i]."""
        self.bar_sets.append(bar_set)
        bar_set.clicked.connect(lambda index, keys=list(keys): self.bar_clicked.emit(keys[index]))
        bar_set.hovered.connect(lambda on, _index: self.setCursor(
            Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor))

    def show_empty(self, text: str) -> None:
        """No data: say so in the chart rather than drawing empty axes."""
        self.empty_text = text
        self.setAccessibleDescription(text)
        self.chart().setTitle(f"{self.chart().title()}<br><small>{text}</small>")


def _style_bars(series: QAbstractBarSeries, fmt: str = "@value", precision: int = 6) -> None:
    text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    for bar_set in series.barSets():
        bar_set.setLabelColor(text)  # the themes' default is white, unreadable outside the bar
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat(fmt)
    series.setLabelsPrecision(precision)


def _small_font() -> QFont:
    font = QGuiApplication.font()
    font.setPointSizeF(font.pointSizeF() * 0.85)
    return font


def _nothing_to_show() -> str:
    return QCoreApplication.translate("ChartCard", "Nothing to show for this period")


def _value_axis(title: str, maximum: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(title)
    axis.setRange(0, _nice_max(maximum))
    axis.setLabelFormat("%.0f")  # "%d" draws no labels at all once the chart localizes its numbers
    axis.applyNiceNumbers()
    return axis


def bar_chart(
    title: str,
    categories: Sequence[str],
    keys: Sequence[Any],
    values: Sequence[float],
    *,
    value_title: str,
    category_title: str,
    horizontal: bool = False,
    colour: QColor | None = None,
    set_name: str = "",
    label_format: str = "@value",
    reference: float | None = None,
    reference_name: str = "",
    empty: str | None = None,
) -> ChartCard:
    """One set of bars, one per category; optionally a reference line (e.g. 100 % of target)."""
    card = ChartCard(title)
    chart = card.chart()
    if not categories:
        card.show_empty(empty if empty is not None else _nothing_to_show())
        return card
    bar_set = QBarSet(set_name or title)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(colour or accent())
    bar_set.setBorderColor(Qt.GlobalColor.transparent)
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bar_set)
    series.setBarWidth(0.6)
    _style_bars(series, label_format, 4)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))  # horizontal bars are drawn bottom-up: callers order them
    category_axis.setTitleText(category_title)
    category_axis.setLabelsFont(_small_font())  # long lists (countries, types) must not be elided
    top = max([*values, reference or 0])
    value_axis = _value_axis(value_title, top)
    value_side, category_side = (
        (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        if horizontal
        else (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
    )
    chart.addAxis(category_axis, category_side)
    chart.addAxis(value_axis, value_side)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    if reference is not None:
        line = QLineSeries()
        line.setName(reference_name)
        n = len(categories)
        if horizontal:
            line.append(reference, -0.5)
            line.append(reference, n - 0.5)
        else:
            line.append(-0.5, reference)
            line.append(n - 0.5, reference)
        pen = QPen(QColor("#5f6368"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(1.5)
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(category_axis)
        line.attachAxis(value_axis)
        chart.legend().setVisible(True)
        chart.legend().markers(series)[0].setVisible(False)
    else:
        chart.legend().setVisible(False)
    card.connect_set(bar_set, keys)
    return card


def grouped_chart(
    title: str,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Any, QColor, Sequence[float]]],
    *,
    value_title: str,
    category_title: str,
    empty: str | None = None,
) -> ChartCard:
    """One bar set per series (name, key, colour, one value per category); a click emits (key, category
    index). Used for partner clusters: one colour per cluster, the legend names them."""
    card = ChartCard(title)
    chart = card.chart()
    if not sets:
        card.show_empty(empty if empty is not None else _nothing_to_show())
        return card
    series = QBarSeries()
    top = 0.0
    for name, key, colour, values in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values])
        bar_set.setColor(colour)
        bar_set.setBorderColor(Qt.GlobalColor.transparent)
        series.append(bar_set)
        card.connect_set(bar_set, [(key, i) for i in range(len(values))])
        top = max(top, *values)
    _style_bars(series)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    category_axis.setTitleText(category_title)
    value_axis = _value_axis(value_title, top)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    chart.legend().setVisible(True)
    return card


def _msecs(day: date) -> float:
    return float(QDateTime(day.year, day.month, day.day, 12, 0, 0).toMSecsSinceEpoch())


def cumulative_chart(
    title: str,
    points: Sequence[tuple[date, int]],
    target: float | None,
    *,
    series_name: str,
    value_title: str,
) -> ChartCard:
    """The cumulative count month by month, and the target as a dashed horizontal line."""
    card = ChartCard(title)
    chart = card.chart()
    if not points:
        card.show_empty(QCoreApplication.translate("ChartCard", "No months to show"))
        return card
    line = QLineSeries()
    line.setName(series_name)
    for day, value in points:
        line.append(_msecs(day), float(value))
    pen = QPen(accent())
    pen.setWidthF(2.5)
    line.setPen(pen)
    line.setPointsVisible(len(points) <= 40)
    chart.addSeries(line)
    time_axis = QDateTimeAxis()
    time_axis.setFormat("MMM yyyy")
    time_axis.setTitleText(QCoreApplication.translate("ChartCard", "Month (end of)"))
    time_axis.setTickCount(min(8, max(2, len(points))))
    first, last = points[0][0], points[-1][0]
    time_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(first))),
                       QDateTime.fromMSecsSinceEpoch(int(_msecs(last))))
    top = max([points[-1][1], target or 0])
    value_axis = _value_axis(value_title, top)
    chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(time_axis)
    line.attachAxis(value_axis)
    if target is not None:
        goal = QLineSeries()
        goal.setName(QCoreApplication.translate("ChartCard", "Project target ({target})").format(target=number(target)))
        goal.append(_msecs(first), target)
        goal.append(_msecs(last), target)
        goal_pen = QPen(QColor("#d93025"))
        goal_pen.setStyle(Qt.PenStyle.DashLine)
        goal_pen.setWidthF(1.5)
        goal.setPen(goal_pen)
        chart.addSeries(goal)
        goal.attachAxis(time_axis)
        goal.attachAxis(value_axis)
    chart.legend().setVisible(True)
    return card
