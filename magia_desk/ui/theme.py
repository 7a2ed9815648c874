"""The look (ui.md): Fusion, the system palette (light or dark), one accent colour, calm badges.

Colours for meaning (size classes, consent) are kept here, so that the same colour means the same thing
on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT_LIGHT = "#2563eb"
ACCENT_DARK = "#5b8def"  # accent-coloured text on a dark base (contrast 5.5:1 on #17181a)
ACCENT_FILL_DARK = "#3060d0"  # a dark-mode selection: white text on it keeps 5:1 where ACCENT_DARK gives 3.3:1
ERROR_LIGHT = "#c5221f"
ERROR_DARK = "#f28b82"

# Badge colours by value: (fill, text). Chosen to read on light and dark bases alike.
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "micro": ("#d9f2ec", "#0b5e4a"),
    "small": ("#dbe8fd", "#1a4fb5"),
    "medium": ("#efe1fb", "#6a2b9a"),
    "large": ("#e6e8eb", "#3c4248"),
    "given": ("#dcf3e0", "#1e6b34"),
    "refused": ("#fbe1df", "#a3271f"),
    "withdrawn": ("#fdebd3", "#8a4b08"),
    "unknown": ("#e9eaec", "#50565c"),
}


# A scheme forced by apply_theme(app, scheme) (tests, screenshots); None follows the system.
_forced_scheme: Qt.ColorScheme | None = None


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    if _forced_scheme is not None:
        return _forced_scheme == Qt.ColorScheme.Dark
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def accent() -> QColor:
    return QColor(ACCENT_DARK if is_dark() else ACCENT_LIGHT)


def accent_fill() -> QColor:
    """The accent as a background under white text (selection, the current screen in the rail)."""
    return QColor(ACCENT_FILL_DARK if is_dark() else ACCENT_LIGHT)


def error_colour() -> QColor:
    return QColor(ERROR_DARK if is_dark() else ERROR_LIGHT)


def muted_text() -> QColor:
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    colour.setAlphaF(0.6)
    return colour


def badge_colours(value: str) -> tuple[QColor, QColor]:
    fill, text = BADGE_COLOURS.get(value, BADGE_COLOURS["unknown"])
    if is_dark():
        # Same hue, swapped weight: a dark fill with the light text colour keeps contrast on dark bases.
        return QColor(text).darker(160), QColor(fill)
    return QColor(fill), QColor(text)


def dark_palette() -> QPalette:
    """A dark palette for Fusion, for platforms that have none (and to test the dark look anywhere)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2b2d30",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b2d30", QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6", QPalette.ColorRole.Light: "#3c4043",
        QPalette.ColorRole.Midlight: "#34373a", QPalette.ColorRole.Mid: "#4a4d51",
        QPalette.ColorRole.Dark: "#151618", QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return palette


def light_palette() -> QPalette:
    return QApplication.style().standardPalette() if QApplication.instance() else QPalette()


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Fusion over the platform's palette, with the accent as selection and link colour.

    `scheme` forces light or dark (tests, screenshots); None follows the system, now and when it changes.
    """
    global _forced_scheme
    app.setStyle("Fusion")
    _forced_scheme = scheme if scheme in (Qt.ColorScheme.Light, Qt.ColorScheme.Dark) else None
    if _forced_scheme == Qt.ColorScheme.Dark:
        palette = dark_palette()
    elif _forced_scheme == Qt.ColorScheme.Light:
        palette = light_palette()
    else:
        app.setPalette(QPalette())  # drop our previous palette: the platform's, light or dark as the user chose
        palette = app.palette()
        if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark and not _palette_is_dark(palette):
            palette = dark_palette()  # a platform that says "dark" but gives Fusion a light palette
    colour, fill = accent(), accent_fill()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, fill)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, colour)
        palette.setColor(group, QPalette.ColorRole.Accent, fill)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight,
                     fill.darker(135) if is_dark() else fill.lighter(135))
    app.setPalette(palette)
    app.setStyleSheet(app_style_sheet())
    _follow_system_scheme(app)


def _palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class _SchemeFollower(QObject):
    """Re-applies the theme when the system switches between light and dark while the app runs."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.changed)

    def changed(self, _scheme: Qt.ColorScheme) -> None:
        if _forced_scheme is None:
            apply_theme(self.app)


def _follow_system_scheme(app: QApplication) -> None:
    if app.findChild(_SchemeFollower) is None:
        _SchemeFollower(app)


def app_style_sheet() -> str:
    """The few rules the palette cannot express: invalid fields, chips, the navigation rail."""
    colour = accent().name()
    fill = accent_fill().name()
    error = error_colour().name()
    return f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QDateEdit[invalid="true"] {{
    border: 1px solid {error}; border-radius: 3px; padding: 2px;
}}
QLabel[role="field-error"] {{ color: {error}; }}
QLabel[role="muted"] {{ color: palette(placeholder-text); }}
QLabel[role="title"] {{ font-size: 13pt; font-weight: 600; }}
QLabel[role="empty-title"] {{ font-size: 13pt; font-weight: 600; }}
QToolButton[role="chip"] {{
    border: 1px solid palette(mid); border-radius: 11px; padding: 2px 10px; min-height: 18px;
}}
QToolButton[role="chip"]:hover {{ border-color: {colour}; }}
QToolButton[role="tag"] {{
    border: 1px solid palette(mid); border-radius: 8px; padding: 0px 6px; background: palette(button);
}}
QToolButton[role="tag"]:hover {{ border-color: {colour}; }}
QToolButton[role="chip"][active="true"] {{
    border-color: {colour}; color: {colour}; font-weight: 600;
}}
QListWidget#navigation {{
    border: none; border-right: 1px solid palette(mid); background: palette(window); outline: 0;
    font-size: 11pt; padding-top: 6px;
}}
QListWidget#navigation::item {{ padding: 7px 10px; margin: 1px 6px; border-radius: 6px; }}
QListWidget#navigation::item:selected {{ background: {fill}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: palette(midlight); }}
"""
