"""Light and dark: the window follows the palette, the accent stays readable, icons take the text colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from magia_desk.storage.store import Store
from magia_desk.ui import theme
from magia_desk.ui.icons import icon
from tests.ui.conftest import OpenWindow


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def system_theme_afterwards() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Dark])
def test_both_palettes_keep_the_accent_readable(store: Store, open_window: OpenWindow, scheme: Qt.ColorScheme,
                                                system_theme_afterwards: None) -> None:
    window = open_window()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app, scheme)
    palette = app.palette()
    dark = scheme == Qt.ColorScheme.Dark
    assert theme.is_dark() is dark
    assert (palette.color(QPalette.ColorRole.Window).lightness() < 128) is dark
    # White text on the selection, accent-coloured text on the base: WCAG AA (4.5:1) in both.
    assert contrast(palette.color(QPalette.ColorRole.Highlight), QColor("#ffffff")) >= 4.5
    assert contrast(palette.color(QPalette.ColorRole.Link), palette.color(QPalette.ColorRole.Base)) >= 4.5
    image = window.grab().toImage()
    corner = image.pixelColor(image.width() - 5, image.height() // 2)  # the empty screen's background
    assert (corner.lightness() < 128) is dark
    pixmap = icon("companies").pixmap(24, 24).toImage()
    drawn = [pixmap.pixelColor(x, y) for x in range(24) for y in range(24) if pixmap.pixelColor(x, y).alpha() > 200]
    assert drawn and all((c.lightness() > 128) is dark for c in drawn)  # icons in the text colour


def test_the_theme_follows_a_change_of_the_system_scheme(system_theme_afterwards: None) -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    theme.apply_theme(app)
    follower = app.findChild(theme._SchemeFollower)
    assert follower is not None
    theme.apply_theme(app)
    assert len(app.findChildren(theme._SchemeFollower)) == 1  # connected once however often applied
    app.setPalette(theme.dark_palette())
    follower.changed(Qt.ColorScheme.Dark)  # what QStyleHints.colorSchemeChanged calls
    assert app.palette().color(QPalette.ColorRole.Highlight) == theme.accent_fill()
