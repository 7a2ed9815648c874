"""The look (ui.md): Fusion, the system palette (light or dark), one accent colour, calm badges.

Colours for meaning (size classes, consent) are kept here, so that the same colour means the same thing
on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT_LIGHT = "#2563eb"
ACCENT_DARK = "#5b8def"
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


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def accent() -> QColor:
    return QColor(ACCENT_DARK if is_dark() else ACCENT_LIGHT)


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


def apply_theme(app: QApplication) -> None:
    """Fusion over the platform's palette, with the accent as selection and link colour."""
    app.setStyle("Fusion")
    palette = app.palette()  # the platform theme's palette, light or dark as the user chose
    colour = accent()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, colour)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, colour)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, colour.lighter(135))
    app.setPalette(palette)
    app.setStyleSheet(app_style_sheet())


def app_style_sheet() -> str:
    """The few rules the palette cannot express: invalid fields, chips, the navigation rail."""
    colour = accent().name()
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
QListWidget#navigation::item:selected {{ background: {colour}; color: white; }}
QListWidget#navigation::item:hover:!selected {{ background: palette(midlight); }}
"""
