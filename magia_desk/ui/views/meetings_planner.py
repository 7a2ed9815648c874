"""The meetings planner of a mission: a day selector and the day's meetings in time order, clashes in red.

Times are wall-clock times in the destination's time zone, as the services keep them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.i18n import translate_message
from magia_desk.services.meetings import Clash, MeetingDay, MeetingView, clashing_meeting_ids

COLUMNS = (QT_TRANSLATE_NOOP("MeetingsPlanner", "Time"), QT_TRANSLATE_NOOP("MeetingsPlanner", "Organization"),
           QT_TRANSLATE_NOOP("MeetingsPlanner", "Contacts met"), QT_TRANSLATE_NOOP("MeetingsPlanner", "Delegation"),
           QT_TRANSLATE_NOOP("MeetingsPlanner", "Place"), QT_TRANSLATE_NOOP("MeetingsPlanner", "Topic"),
           QT_TRANSLATE_NOOP("MeetingsPlanner", "Outcome"), QT_TRANSLATE_NOOP("MeetingsPlanner", "Follow-ups"))
CLASH_RED = QColor("#c62828")
CLASH_BACKGROUND = QColor(198, 40, 40, 40)  # a light wash that reads in both light and dark palettes
ID_ROLE = Qt.ItemDataRole.UserRole


def short_day(day: date, with_weekday: bool = True) -> str:
    """'Tue 14 May' (or '14 May'), with the day and month names of the user's locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd MMM" if with_weekday else "dd MMM")


def day_title(day: date | None, count: int) -> str:
    if day is None:
        return QCoreApplication.translate("MeetingsPlanner", "Not scheduled ({count})").format(count=count)
    return f"{short_day(day)} ({count})"


def time_text(meeting: MeetingView) -> str:
    if meeting.starts_at is None:
        return "—"
    end = f"–{meeting.ends_at:%H:%M}" if meeting.ends_at else ""
    return f"{meeting.starts_at:%H:%M}{end}"


class MeetingsPlanner(QWidget):
    meeting_activated = Signal(str)  # meeting id: edit it
    new_requested = Signal(object)  # the day shown (date or None)
    delete_requested = Signal(str)  # meeting id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[MeetingDay] = []
        self.clashes: list[Clash] = []
        self.clashing: set[str] = set()

        self.day_bar = QTabBar(self)
        self.day_bar.setObjectName("planner-days")
        self.day_bar.setAccessibleName(self.tr("Days of the mission"))
        self.day_bar.setExpanding(False)
        self.day_bar.setDrawBase(False)
        self.day_bar.currentChanged.connect(self._show_day)
        self.clash_label = QLabel(self)
        self.clash_label.setObjectName("planner-clashes")
        self.clash_label.setWordWrap(True)
        self.clash_label.setStyleSheet(f"color: {CLASH_RED.name()}; font-weight: 600;")
        self.clash_label.setAccessibleName(self.tr("Clashes"))
        self.clash_label.hide()
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("planner-table")
        self.table.setAccessibleName(self.tr("Meetings of the day"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("MeetingsPlanner", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The day's meetings fit the pane's width; long text wraps in its cell rather than scrolling sideways.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        self.table.itemActivated.connect(lambda item: self.meeting_activated.emit(item.data(ID_ROLE)))
        self.new_button = QPushButton(self.tr("New meeting"), self)
        self.new_button.setToolTip(self.tr("Plan a meeting on the day shown"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.current_day()))
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected meeting (or double-click it)"))
        self.edit_button.setAccessibleName(self.tr("Edit meeting"))
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.meeting_activated))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected meeting (undo with Ctrl+Z)"))
        self.delete_button.setAccessibleName(self.tr("Delete meeting"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_requested))
        self.empty_label = QLabel(self.tr("No meetings planned for this mission yet: press New meeting."), self)
        self.empty_label.setProperty("role", "muted")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.day_bar, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.clash_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def set_meetings(self, days: Sequence[MeetingDay], clashes: Sequence[Clash]) -> None:
        shown = self.day_bar.currentIndex()
        current_day = self.days[shown].day if 0 <= shown < len(self.days) else None
        self.days, self.clashes = list(days), list(clashes)
        self.clashing = clashing_meeting_ids(self.clashes)
        self.day_bar.blockSignals(True)
        while self.day_bar.count():
            self.day_bar.removeTab(0)
        for index, meeting_day in enumerate(self.days):
            self.day_bar.addTab(day_title(meeting_day.day, len(meeting_day.meetings)))
            if any(m.id in self.clashing for m in meeting_day.meetings):
                self.day_bar.setTabTextColor(index, CLASH_RED)
                self.day_bar.setTabToolTip(index, self.tr("Clashes on this day"))
        self.day_bar.blockSignals(False)
        wanted = next((i for i, d in enumerate(self.days) if d.day == current_day and current_day), None)
        if wanted is None:  # else the first day with a clash, else the first day
            wanted = next((i for i, d in enumerate(self.days) if any(m.id in self.clashing for m in d.meetings)), 0)
        self.empty_label.setVisible(not self.days)
        self.table.setVisible(bool(self.days))
        if self.clashes:
            lines = [f"⚠ {translate_message(clash.message)}" for clash in self.clashes]
            self.clash_label.setText("\n".join(lines))
        self.clash_label.setVisible(bool(self.clashes))
        if self.days:
            self.day_bar.setCurrentIndex(wanted)
        self._show_day(self.day_bar.currentIndex())

    def _show_day(self, index: int) -> None:
        meetings = self.days[index].meetings if 0 <= index < len(self.days) else []
        self.table.setRowCount(len(meetings))
        due = self.tr("due {date}")
        for row, meeting in enumerate(meetings):
            values = (
                time_text(meeting),
                meeting.organization.name if meeting.organization else "",
                ", ".join(p.name for p in meeting.met),
                ", ".join(p.name for p in meeting.delegation),
                meeting.place or "",
                meeting.topic or "",
                meeting.outcome or "",
                "; ".join(("✓ " if t.done else "") + t.title
                          + (f" ({due.format(date=short_day(t.due_date, with_weekday=False))})" if t.due_date else "")
                          for t in meeting.follow_ups),
            )
            clash = meeting.id in self.clashing
            tip = "\n".join(translate_message(c.message) for c in self.clashes
                            if meeting.id in (c.first.id, c.second.id))
            for column, text in enumerate(values):
                item = QTableWidgetItem(("⚠ " + text) if clash and column == 0 else text)
                item.setData(ID_ROLE, meeting.id)
                item.setToolTip(tip or text)
                if clash:
                    item.setForeground(QBrush(CLASH_RED))
                    item.setBackground(QBrush(CLASH_BACKGROUND))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _emit_selected(self, signal: Signal) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            signal.emit(meeting_id)  # type: ignore[attr-defined]

    def current_day(self) -> date | None:
        index = self.day_bar.currentIndex()
        return self.days[index].day if 0 <= index < len(self.days) else None

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        index = self.day_bar.currentIndex()
        if row < 0 or not 0 <= index < len(self.days) or row >= len(self.days[index].meetings):
            return None
        return self.days[index].meetings[row].id

    def meeting(self, meeting_id: str) -> MeetingView | None:
        return next((m for d in self.days for m in d.meetings if m.id == meeting_id), None)

    def clash_rows(self) -> list[int]:
        """Rows of the shown day that are in a clash (tests, and the eye)."""
        return [row for row in range(self.table.rowCount()) if self.table.item(row, 0).data(ID_ROLE) in self.clashing]
