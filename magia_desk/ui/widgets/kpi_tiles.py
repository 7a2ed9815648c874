"""A tile per indicator: achieved, target, % of target, coloured by progress; clicking it opens its records."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from magia_desk.domain.enums import Indicator
from magia_desk.services.kpi import Figure
from magia_desk.ui import labels
from magia_desk.ui.labels import number

# Progress colours: behind, on the way, on track, nothing promised.
RED, AMBER, GREEN, GREY = "#d93025", "#e8a317", "#1e8e3e", "#9aa0a6"


def progress_colour(pct: float | None) -> str:
    if pct is None:
        return GREY
    if pct < 50:
        return RED
    if pct < 90:
        return AMBER
    return GREEN


class KpiTile(QFrame):
    clicked = Signal(object)  # Indicator

    def __init__(self, indicator: Indicator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.setObjectName("kpiTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter/Space open it too: keyboard first
        self.setAccessibleName(labels.indicator_label(indicator))
        self.setMinimumHeight(112)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(2)
        self.title = QLabel(labels.indicator_label(indicator), self)
        self.title.setProperty("role", "muted")
        self.value_label = QLabel("–", self)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setWeight(font.Weight.DemiBold)
        self.value_label.setFont(font)
        self.target_label = QLabel("", self)
        self.cumulative_label = QLabel("", self)
        self.cumulative_label.setProperty("role", "muted")
        small = self.cumulative_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.cumulative_label.setFont(small)
        for widget in (self.title, self.value_label, self.target_label, self.cumulative_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.colour = GREY
        self._paint(GREY)

    def _paint(self, colour: str) -> None:
        self.colour = colour
        tint = QColor(colour)
        tint.setAlphaF(0.08)
        rgba = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alphaF():.2f})"
        self.setStyleSheet(
            f"QFrame#kpiTile {{ border: 1px solid palette(mid); border-left: 5px solid {colour};"
            f" border-radius: 6px; background: {rgba}; }}"
            "QFrame#kpiTile:focus { border-color: palette(highlight); }"
        )

    def set_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.value_label.setText(number(figure.value))
        pct = figure.pct_of_target
        if figure.target is None:
            self.target_label.setText(self.tr("No target"))
        else:
            shown = f"{number(pct, 1)} %" if pct is not None else "–"
            self.target_label.setText(self.tr("of {target} target · {percent}").format(
                target=number(figure.target), percent=f"<b>{shown}</b>"))
        self.target_label.setStyleSheet(f"color: {progress_colour(pct)};" if pct is not None else "")
        if figure.cumulative is not None:
            if figure.project_target:
                text = self.tr("Cumulative {count} of {target} ({percent} %)").format(
                    count=number(figure.cumulative), target=number(figure.project_target),
                    percent=number(figure.cumulative_pct_of_project_target, 1))
            else:
                text = self.tr("Cumulative {count}").format(count=number(figure.cumulative))
            self.cumulative_label.setText(text)
        else:
            self.cumulative_label.setText("")
        self._paint(progress_colour(pct))
        name = labels.indicator_label(self.indicator)
        if figure.target is None:
            tip = self.tr("{indicator}: {value}").format(indicator=name, value=number(figure.value))
        else:
            tip = self.tr("{indicator}: {value} against a target of {target}").format(
                indicator=name, value=number(figure.value), target=number(figure.target))
        self.setToolTip(tip + "\n" + self.tr("Click to see the records behind the number"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.indicator)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.indicator)
            return
        super().keyPressEvent(event)


class KpiTiles(QWidget):
    """The ten tiles in two rows of five."""

    clicked = Signal(object)  # Indicator

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.tiles: dict[Indicator, KpiTile] = {}
        for position, indicator in enumerate(Indicator):
            tile = KpiTile(indicator, self)
            tile.clicked.connect(self.clicked)
            layout.addWidget(tile, position // self.COLUMNS, position % self.COLUMNS)
            self.tiles[indicator] = tile

    def set_figures(self, figures: dict[Indicator, Figure]) -> None:
        for indicator, tile in self.tiles.items():
            if indicator in figures:
                tile.set_figure(figures[indicator])
