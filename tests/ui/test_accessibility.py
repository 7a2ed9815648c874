"""A screen reader can name every control of every main screen: its own text, a label that is its buddy, or an
accessible name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from magia_desk.services.demo import generate_demo
from magia_desk.storage.store import Store
from magia_desk.ui.screens import SCREENS
from tests.ui.conftest import OpenWindow

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def nameless_controls(window: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy() is not None}
    nameless = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or a spin box: the outer control carries the name
        if widget.parent() is not None and widget.parent().objectName() == "qt_scrollarea_viewport":
            continue  # an item view's cell editor
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QLineEdit):
            continue  # Qt names a table's headers through the table, and a line edit's clear button itself
        own_text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if own_text or widget.accessibleName() or id(widget) in buddies or widget.toolTip():
            continue
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            continue
        nameless.append(f"{type(widget).__name__} {widget.objectName() or ''} in {type(widget.parent()).__name__}")
    return nameless


def test_every_control_of_every_screen_has_a_name(store: Store, open_window: OpenWindow, qtbot: QtBot) -> None:
    generate_demo(store, seed=5)
    window = open_window()
    window.resize(1440, 900)
    problems = []
    for spec in SCREENS:
        window.show_screen(spec.key)
        qtbot.wait(100)
        QCoreApplication.processEvents()
        problems += [f"{spec.key}: {what}" for what in nameless_controls(window)]
    assert not problems, "\n".join(sorted(set(problems)))
