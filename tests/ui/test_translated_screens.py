"""Every main screen in French, Italian and German: nothing left in English, nothing cut off, window still fits.

Set MAGIA_DESK_SHOTS_DIR to keep a screenshot of each screen per language (to look at them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from magia_desk.services.demo import generate_demo
from magia_desk.storage.store import Store
from magia_desk.ui import i18n
from magia_desk.ui.screens import SCREENS
from tests.ui.conftest import OpenWindow
from tests.ui.qm_files import english_afterwards
from tools import i18n as catalogues

__all__ = ["english_afterwards"]

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 800


def english_only(language: str) -> set[str]:
    """Source texts that read differently in `language`: seeing one on screen means it was never translated."""
    sources, translations = set(), set()
    for _context, message in catalogues.messages(catalogues.load(language)):
        source = message.findtext("source", "")
        translation = message.find("translation")
        texts = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        translations.update(text.replace("&", "") for text in texts)
        if "{" not in source and "%" not in source and source.strip():
            sources.add(source.replace("&", ""))
    return sources - translations  # "Date" is French too: a word the language also uses is no evidence


def shown_texts(window: QWidget) -> list[tuple[str, QWidget]]:
    texts: list[tuple[str, QWidget]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((widget.text().replace("&", ""), widget))
        elif isinstance(widget, QGroupBox):
            texts.append((widget.title().replace("&", ""), widget))
        elif isinstance(widget, QLineEdit):
            texts.append((widget.placeholderText(), widget))
        elif isinstance(widget, QTabBar):
            texts.extend((widget.tabText(i).replace("&", ""), widget) for i in range(widget.count()))
    return [(text.strip(), widget) for text, widget in texts if text.strip()]


def cut_off(window: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text needs."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            # The text and a little frame; a style's preferred minimum button width is not a cut.
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
            if isinstance(widget, (QCheckBox, QRadioButton)):
                needed += widget.iconSize().width()
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and widget.pixmap().isNull():
            needed = widget.minimumSizeHint().width()
        else:
            continue
        if widget.width() + 2 < needed:
            cut.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} px of {needed}")
    return cut


@pytest.mark.parametrize("language", ["de", "fr", "it"])
def test_every_screen_reads_in_the_language_and_fits(
    language: str, store: Store, open_window: OpenWindow, qtbot: QtBot, tmp_path: Path, english_afterwards: None
) -> None:
    generate_demo(store, seed=3)
    assert i18n.install_language(language)
    window = open_window()
    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    untranslated = english_only(language)
    shots = Path(os.environ.get("MAGIA_DESK_SHOTS_DIR", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    for spec in SCREENS:
        window.show_screen(spec.key)
        qtbot.wait(150)  # the lists' first page arrives from a worker
        QCoreApplication.processEvents()
        problems += [f"{spec.key}: English {text!r} in a {type(widget).__name__}"
                     for text, widget in shown_texts(window) if text in untranslated]
        problems += [f"{spec.key}: {what}" for what in cut_off(window)]
        window.grab().save(str(shots / f"{language}-{spec.key}.png"))
    assert window.width() <= SCREEN_WIDTH, f"the window needs {window.width()} px in {language}"
    assert not problems, "\n".join(problems)
