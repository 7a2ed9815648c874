"""Help ▸ Keyboard shortcuts (F1 or Ctrl+/): every shortcut of the window, over the window, until Esc.

The list is read from the window's own QActions and menus each time it opens, so it cannot disagree with
them: a shortcut added to a menu appears here without anyone editing this file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

# Keys that work everywhere without being a command of a menu.
FIXED_KEYS = (
    ("Enter", QT_TRANSLATE_NOOP("ShortcutOverlay", "Save the field being edited")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutOverlay", "Close a dialog, a pop-up or this list")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("ShortcutOverlay", "Next / previous field")),
    ("↑ ↓", QT_TRANSLATE_NOOP("ShortcutOverlay", "Next / previous record of a list")),
)
MAX_COLUMNS = 3
COLUMN_WIDTH = 330  # enough for the longest keys and a command's name side by side
CARD_STYLE = """
QFrame#shortcutCard { background: palette(window); border: 1px solid palette(mid); border-radius: 12px; }
QLabel[role="kbd"] { border: 1px solid palette(mid); border-radius: 4px; padding: 1px 6px; background: palette(base); }
QLabel[role="group"] { font-weight: 600; padding-top: 8px; }
"""


@dataclass(frozen=True)
class ShortcutRow:
    group: str  # the menu's title, as shown
    keys: tuple[str, ...]  # ("Ctrl+N",), or ("Ctrl+K", "Ctrl+P") for several, as the platform writes them
    text: str  # what the command does, as its menu says


def _plain(text: str) -> str:
    """A menu text without its accelerator marks and trailing ellipsis ("&Import workbook…" -> "Import workbook")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def _menus(window: QMainWindow) -> list[QMenu]:
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]

    for action in window.menuBar().actions():
        if isinstance(action.menu(), QMenu):
            walk(action.menu())  # type: ignore[arg-type]
    return found


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """Every command of the window that has a shortcut, grouped by the menu that offers it, in menu order."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    other = QCoreApplication.translate("ShortcutOverlay", "Other")
    for menu in _menus(window):
        group = _plain(menu.title())
        rows.extend(_rows(menu.actions(), group, seen))
    rows.extend(_rows(window.actions(), other, seen))  # registered on the window without a menu entry
    return rows


def _rows(actions: Iterable[QAction], group: str, seen: set[int]) -> list[ShortcutRow]:
    rows = []
    for action in actions:
        if id(action) in seen or action.isSeparator() or not action.shortcuts() or not action.isVisible():
            continue
        seen.add(id(action))
        keys = tuple(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        rows.append(ShortcutRow(group, keys, _plain(action.text())))
    return rows


def fixed_rows() -> list[ShortcutRow]:
    group = QCoreApplication.translate("ShortcutOverlay", "Everywhere")
    return [ShortcutRow(group, (keys,), QCoreApplication.translate("ShortcutOverlay", text))
            for keys, text in FIXED_KEYS]


class ShortcutOverlay(QWidget):
    """A translucent layer over the window with the shortcuts on a card; Esc, a click or F1 again closes it."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutOverlay")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows = [*shortcut_rows(window), *fixed_rows()]
        self.card = QFrame(self)
        self.columns = 0
        window.installEventFilter(self)
        self.setGeometry(window.rect())

    def _build_card(self, rows: Sequence[ShortcutRow], column_count: int) -> None:
        outer = QVBoxLayout(self.card)
        outer.setContentsMargins(24, 18, 24, 18)
        header = QHBoxLayout()
        title = QLabel(self.tr("Keyboard shortcuts"), self.card)
        title.setProperty("role", "title")
        hint = QLabel(self.tr("Esc closes this list"), self.card)
        hint.setProperty("role", "muted")
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(hint)
        outer.addLayout(header)
        columns = QHBoxLayout()
        columns.setSpacing(28)
        outer.addLayout(columns)
        groups: dict[str, list[ShortcutRow]] = {}
        for row in rows:
            groups.setdefault(row.group, []).append(row)
        # Whole groups per column, balanced by their number of lines (a group is never split).
        target = (len(rows) + 2 * len(groups)) / column_count
        grids: list[QGridLayout] = []
        filled = target  # start a new column at once
        for group, members in groups.items():
            if filled >= target and len(grids) < column_count:
                grid = QGridLayout()
                grid.setHorizontalSpacing(10)
                grid.setVerticalSpacing(4)
                column = QVBoxLayout()
                column.addLayout(grid)
                column.addStretch(1)
                columns.addLayout(column, 1)
                grids.append(grid)
                filled = 0
            grid = grids[-1]
            line = grid.rowCount()
            heading = QLabel(group, self.card)
            heading.setProperty("role", "group")
            grid.addWidget(heading, line, 0, 1, 2)
            for offset, row in enumerate(members, start=1):
                chips = QHBoxLayout()
                chips.setSpacing(4)
                for key in row.keys:
                    chip = QLabel(key, self.card)
                    chip.setProperty("role", "kbd")
                    chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    chips.addWidget(chip)
                chips.addStretch(1)
                grid.addLayout(chips, line + offset, 0)
                grid.addWidget(QLabel(row.text, self.card), line + offset, 1)
            filled += len(members) + 2

    # ---- showing -------------------------------------------------------------------------------------------

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        columns = max(1, min(MAX_COLUMNS, (self.width() - 96) // COLUMN_WIDTH))
        if columns != self.columns:
            self._rebuild(columns)
        self._place_card()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def _rebuild(self, columns: int) -> None:
        self.card.deleteLater()
        self.card = QFrame(self)
        self.card.setObjectName("shortcutCard")
        self.card.setStyleSheet(CARD_STYLE)
        self._build_card(self.rows, columns)
        self.card.show()
        self.columns = columns

    def _place_card(self) -> None:
        hint = self.card.sizeHint()
        width = min(max(hint.width(), 640), self.width() - 48)
        height = min(hint.height(), self.height() - 48)
        self.card.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.open()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 120))  # the window stays visible beneath, dimmed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close()
            return
        super().mousePressEvent(event)
