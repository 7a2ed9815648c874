"""Icons from one set (resources/icons, SVG line icons drawn with `currentColor`), crisp at any size and DPI.

A monochrome icon is painted at the size and device pixel ratio Qt asks for, in the colour of the palette's
text at paint time: the same QIcon reads on a light and a dark palette, and follows a change of the system's
colour scheme without being rebuilt. The application icon keeps its own colours.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from magia_desk.settings import resources_dir

APP_ICON = "app"


def icons_dir() -> Path:
    return resources_dir() / "icons"


@cache
def _svg_source(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""  # a missing icon draws nothing rather than stopping the window from opening


def icon_colour(mode: QIcon.Mode = QIcon.Mode.Normal, palette: QPalette | None = None) -> QColor:
    """The palette's text colour; dimmed as Qt dims text for a disabled control."""
    palette = palette or QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class SvgIconEngine(QIconEngine):
    """Renders one SVG of the set at the requested size; `currentColor` becomes the palette's text colour."""

    def __init__(self, name: str, recolour: bool = True) -> None:
        super().__init__()
        self.name = name
        self.recolour = recolour

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        source = _svg_source(self.name)
        if self.recolour:
            source = source.replace("currentColor", icon_colour(mode).name())
        return QSvgRenderer(QByteArray(source.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = self._renderer(mode)
        if not renderer.isValid():
            return
        side = min(rect.width(), rect.height())
        target = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, target)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        # Drawn at the device's pixel size, not scaled up from a logical-size bitmap: sharp on high-DPI screens.
        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.recolour)

    def key(self) -> str:
        return "magia-svg"

    def isNull(self) -> bool:
        return not _svg_source(self.name)


def icon(name: str) -> QIcon:
    """A line icon of the set by file name ("companies", "search", "save"...), in the palette's text colour."""
    return QIcon(SvgIconEngine(name))


def app_icon() -> QIcon:
    """MAGIA Desk's own icon, in its colours."""
    return QIcon(SvgIconEngine(APP_ICON, recolour=False))


def icon_names() -> list[str]:
    return sorted(path.stem for path in icons_dir().glob("*.svg"))
