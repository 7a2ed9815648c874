"""Missions: fact-finding missions and trade shows, with their delegation, itinerary and meetings planner.

The list is short (tens of missions), so it is read whole; the selected mission is read on a worker and
shown in tabs. The calendar (.ics) and the briefing PDF are written on a worker, then offered to open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services import briefing, i18n, ics
from magia_desk.services import meetings as mtg
from magia_desk.services import missions as ms
from magia_desk.services.participations import ParticipantRow
from magia_desk.storage.models import ItineraryItem
from magia_desk.storage.store import Store
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.itinerary_editor import ItineraryDialog
from magia_desk.ui.dialogs.meeting_editor import MeetingDialog
from magia_desk.ui.dialogs.mission_editor import MissionDialog
from magia_desk.ui.labels import country_label, day, label, number
from magia_desk.ui.state import restore_splitter, save_splitter
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.views.meetings_planner import MeetingsPlanner, short_day

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWS = frozenset({"action", "mission", "meeting", "meeting_attendee", "itinerary_item", "participation", "task"})


@dataclass
class MissionDetail:
    summary: ms.MissionSummary
    delegation: list[ParticipantRow]
    officers: list[tuple[str, str]]
    itinerary: list[ItineraryItem]
    days: list[mtg.MeetingDay]
    clashes: list[mtg.Clash]


def load_detail(store: Store, mission_id: str) -> MissionDetail:
    return MissionDetail(ms.get_mission(store, mission_id), ms.delegation(store, mission_id),
                         ms.delegation_officers(store, mission_id), ms.itinerary(store, mission_id),
                         mtg.meetings_by_day(store, mission_id), mtg.find_clashes(store, mission_id))


def _dates(summary: ms.MissionSummary) -> str:
    return day(summary.start_date) + (f" – {day(summary.end_date)}" if summary.end_date else "")


def _table(parent: QWidget, columns: tuple[str, ...], name: str, accessible_name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


class MissionsScreen(QWidget):
    key = "missions"
    title = "Missions"
    record_kind = "mission"
    noun = ("mission", "missions")

    @classmethod
    def kind_name(cls) -> str:
        return QCoreApplication.translate("MissionsScreen", "Mission")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.missions: list[ms.MissionSummary] = []
        self.mission_id: str | None = None
        self.detail: MissionDetail | None = None
        self._stale = False
        self._loading = 0

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search missions by title or destination") + "   (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search missions"))
        self.search.textChanged.connect(lambda _t: self._fill_list())
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")
        self.count_label.setAccessibleName(self.tr("Number of missions shown"))
        self.list = QListWidget(self)
        self.list.setObjectName("missions-list")
        self.list.setAccessibleName(self.tr("Missions list"))
        self.list.setAlternatingRowColors(False)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet(
            "QListWidget::item { padding: 6px 4px; border-bottom: 1px solid palette(midlight); }"
            "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }")
        self.list.currentItemChanged.connect(self._on_current)
        self.empty_list = QLabel(self.tr("No missions yet: create an action of type fact-finding mission or trade "
                                         "show on the Actions screen."), self)
        self.empty_list.setWordWrap(True)
        self.empty_list.setProperty("role", "muted")
        self.empty_list.setAlignment(Qt.AlignmentFlag.AlignCenter)
        list_pages = QStackedWidget(self)
        list_pages.addWidget(self.list)
        list_pages.addWidget(self.empty_list)
        self.list_pages = list_pages
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        left_layout.addWidget(list_pages, 1)

        # ---- the selected mission ----
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setAccessibleName(self.tr("Destination, cities and time zone"))
        self.capture_button = QPushButton(self.tr("Capture leads…"), self)
        self.capture_button.setToolTip(self.tr("Trade-show capture mode (Ctrl+Shift+L)"))
        self.capture_button.clicked.connect(self.open_capture)
        self.ics_button = QPushButton(self.tr("Export .ics…"), self)
        self.ics_button.setToolTip(self.tr("The itinerary and meetings as a calendar file for phones and Outlook"))
        self.ics_button.clicked.connect(self.export_ics)
        self.briefing_button = QPushButton(self.tr("Print briefing…"), self)
        self.briefing_button.setToolTip(
            self.tr("The mission briefing PDF: agenda per day, profile of every organization met"))
        self.briefing_button.clicked.connect(self.export_briefing)
        self.edit_button = QPushButton(self.tr("Edit mission…"), self)
        self.edit_button.setToolTip(self.tr("Destination country, cities and time zone"))
        self.edit_button.clicked.connect(self.edit_mission)
        self.open_button = QPushButton(self.tr("Open action"), self)
        self.open_button.setToolTip(self.tr("Edit the mission's fields and participants on the Actions screen"))
        self.open_button.clicked.connect(lambda: self.mission_id and self.ctx.open_record("action", self.mission_id))
        for button in (self.capture_button, self.ics_button, self.briefing_button, self.edit_button,
                       self.open_button):
            button.setAutoDefault(False)

        self.planner = MeetingsPlanner(self)
        self.planner.new_requested.connect(self.new_meeting)
        self.planner.meeting_activated.connect(self.edit_meeting)
        self.planner.delete_requested.connect(self.delete_meeting)
        self.delegation_table = _table(
            self, (self.tr("Organization"), self.tr("Contact"), self.tr("Country"), self.tr("Email")),
            "delegation-table", self.tr("Delegation"))
        self.delegation_table.setColumnWidth(0, 200)
        self.delegation_table.setColumnWidth(1, 160)
        self.itinerary_table = _table(self, (self.tr("When"), self.tr("What"), "", self.tr("Where"), self.tr("Notes")),
                                      "itinerary-table", self.tr("Itinerary"))
        for column, width in enumerate((150, 80, 240, 160)):
            self.itinerary_table.setColumnWidth(column, width)
        self.itinerary_table.doubleClicked.connect(lambda _i: self.edit_itinerary_item())
        self.itinerary_table.itemSelectionChanged.connect(self._itinerary_selection)
        QShortcut(QKeySequence.StandardKey.Delete, self.itinerary_table, self.delete_itinerary_item)
        self.add_item_button = QPushButton(self.tr("Add…"), self)
        self.add_item_button.setToolTip(self.tr("A flight, hotel, visit... of the trip"))
        self.add_item_button.setAccessibleName(self.tr("Add itinerary item"))
        self.add_item_button.clicked.connect(self.new_itinerary_item)
        self.edit_item_button = QPushButton(self.tr("Edit…"), self)
        self.edit_item_button.setToolTip(self.tr("Edit the selected item (or double-click it)"))
        self.edit_item_button.setAccessibleName(self.tr("Edit itinerary item"))
        self.edit_item_button.clicked.connect(self.edit_itinerary_item)
        self.delete_item_button = QPushButton(self.tr("Delete"), self)
        self.delete_item_button.setToolTip(self.tr("Delete the selected item (Ctrl+Z restores it)"))
        self.delete_item_button.setAccessibleName(self.tr("Delete itinerary item"))
        self.delete_item_button.clicked.connect(self.delete_itinerary_item)
        itinerary_page = QWidget(self)
        itinerary_layout = QVBoxLayout(itinerary_page)
        itinerary_layout.setContentsMargins(0, 4, 0, 0)
        itinerary_buttons = QHBoxLayout()
        for button in (self.add_item_button, self.edit_item_button, self.delete_item_button):
            button.setAutoDefault(False)
            itinerary_buttons.addWidget(button)
        itinerary_buttons.addStretch(1)
        itinerary_layout.addLayout(itinerary_buttons)
        itinerary_layout.addWidget(self.itinerary_table, 1)
        self._itinerary_selection()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.planner, self.tr("Meetings planner"))
        self.tabs.addTab(self.delegation_table, self.tr("Delegation"))
        self.tabs.addTab(itinerary_page, self.tr("Itinerary"))

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        for button in (self.capture_button, self.ics_button, self.briefing_button, self.edit_button,
                       self.open_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(12, 0, 4, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(self.facts)
        content_layout.addWidget(self.tabs, 1)
        self.empty_detail = QLabel(self.tr("Select a mission to see its delegation, itinerary and meetings."), self)
        self.empty_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_detail.setProperty("role", "muted")
        self.detail_pages = QStackedWidget(self)
        self.detail_pages.addWidget(self.empty_detail)
        self.detail_pages.addWidget(content)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_pages)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 0)
        layout.addWidget(self.splitter)
        if not restore_splitter(ctx.settings, "list-missions", self.splitter):
            self.splitter.setSizes([300, 900])

        QShortcut(QKeySequence("Ctrl+Shift+L"), self, self.open_capture)
        ctx.operations.data_changed.connect(self._on_data_changed)
        self.reload()

    # ---- what the main window calls ------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_record(self, record_id: str) -> None:
        self.mission_id = record_id
        self._select(record_id)
        self.load_mission(record_id)

    def save_state(self) -> None:
        save_splitter(self.ctx.settings, "list-missions", self.splitter)

    @classmethod
    def palette_search(cls, store: Store, text: str, limit: int = 6) -> list[tuple[str, str, str]]:
        wanted = text.lower()
        found = [m for m in ms.list_missions(store) if wanted in m.title.lower() or wanted in m.destination.lower()]
        return [(m.id, m.title, f"{m.destination}, {day(m.start_date)}") for m in found[:limit]]

    # ---- loading -------------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._loading > 0

    def reload(self) -> None:
        self._loading += 1
        store = self.ctx.store
        self.ctx.tasks.run(lambda: ms.list_missions(store), self._listed, owner=self,
                           on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._loading -= 1
        self.ctx.tasks.report(exc, self.tr("Reading the missions"), self)

    def _listed(self, missions: list[ms.MissionSummary]) -> None:
        self._loading -= 1
        self.missions = missions
        self._fill_list()
        if self.mission_id is not None and any(m.id == self.mission_id for m in missions):
            self.load_mission(self.mission_id)
        elif self.list.count():
            # Open on a mission rather than on an empty pane (the first row is current without a signal).
            self.show_record(self.list.item(0).data(ID_ROLE))
        else:
            self.mission_id = None
            self.detail_pages.setCurrentIndex(0)

    def _fill_list(self) -> None:
        words = self.search.text().lower().split()
        shown = [m for m in self.missions
                 if all(w in f"{m.title} {m.destination}".lower() for w in words)]
        self.list.blockSignals(True)
        self.list.clear()
        for mission in shown:
            kind = label(mission.type)
            item = QListWidgetItem(f"{mission.title}\n{kind} · {mission.destination} · {_dates(mission)}", self.list)
            item.setData(ID_ROLE, mission.id)
            item.setToolTip(mission.description or mission.title)
        self.list.blockSignals(False)
        self._select(self.mission_id)
        total = len(self.missions)
        self.count_label.setText(self.tr("{shown} of {total}").format(shown=number(len(shown)), total=number(total))
                                 if len(shown) != total else self.tr("%Ln missions", "", total))
        self.list_pages.setCurrentIndex(0 if self.missions else 1)

    def _select(self, mission_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == mission_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self.mission_id = current.data(ID_ROLE)
        self.load_mission(self.mission_id)

    def load_mission(self, mission_id: str) -> None:
        self._loading += 1
        store = self.ctx.store
        self.ctx.tasks.run(lambda: load_detail(store, mission_id), lambda d: self._show(mission_id, d),
                           owner=self, on_error=self._failed)

    def _show(self, mission_id: str, detail: MissionDetail) -> None:
        self._loading -= 1
        if mission_id != self.mission_id:
            return  # another mission was selected meanwhile
        self.detail = detail
        s = detail.summary
        self.heading.setText(s.title)
        zone = s.timezone or self.tr("not set")
        cities = s.destination.split(" (")[0] if s.destination else ""
        facts = [
            f"<b>{label(s.type)}</b> · {_dates(s)}",
            self.tr("Destination: <b>{country}</b>").format(country=country_label(s.destination_country) or "—")
            + (" · " + self.tr("Cities: <b>{cities}</b>").format(cities=cities) if cities else ""),
            self.tr("Time zone: <b>{zone}</b> (meeting times are local)").format(zone=zone),
        ]
        if s.organiser:
            facts.append(self.tr("Organiser: {name}").format(name=s.organiser))
        members = [r.contact or r.organization or "" for r in detail.delegation]
        officers = [name for _id, name in detail.officers]
        facts.append(self.tr("Delegation: %Ln members", "", len(members))
                     + ("; " + self.tr("officers: {names}").format(names=", ".join(officers)) if officers else ""))
        self.facts.setText("<br>".join(facts))
        self.capture_button.setVisible(s.type == "trade_show")
        self.planner.set_meetings(detail.days, detail.clashes)
        clashes = f" ⚠ {len(detail.clashes)}" if detail.clashes else ""
        meetings = sum(len(d.meetings) for d in detail.days)
        self.tabs.setTabText(0, self.tr("Meetings planner ({count})").format(count=number(meetings)) + clashes)
        self.tabs.setTabText(1, self.tr("Delegation ({count})").format(count=number(len(detail.delegation))))
        self.tabs.setTabText(2, self.tr("Itinerary ({count})").format(count=number(len(detail.itinerary))))
        _fill(self.delegation_table, [(r.organization or "", r.contact or "", country_label(r.country), r.email or "")
                                      for r in detail.delegation])
        _fill(self.itinerary_table, [
            (f"{short_day(i.starts_at)} {i.starts_at:%H:%M}" + (f"–{i.ends_at:%H:%M}" if i.ends_at else ""),
             label(i.kind),
             i.title, i.place or "", i.notes or "")
            for i in detail.itinerary])
        self.detail_pages.setCurrentIndex(1)

    def _on_data_changed(self, kinds: set[str]) -> None:
        if not kinds & SHOWS:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._stale = False
            self.reload()

    # ---- commands ------------------------------------------------------------------------------------------

    def open_capture(self) -> None:
        if self.detail is None or self.detail.summary.type != "trade_show":
            self.ctx.notify(self.tr("Select a trade show to capture its leads"))
            return
        from magia_desk.ui.dialogs.capture import CaptureDialog

        CaptureDialog.show_for(self.ctx, self.detail.summary.id, self.detail.summary.title, self)

    def new_meeting(self, day: date | None = None) -> MeetingDialog | None:
        if self.detail is None:
            return None
        dialog = MeetingDialog(self.ctx, self.detail.summary.id, self.detail.delegation, None,
                               day or self.detail.summary.start_date, self)
        dialog.open()
        return dialog

    def edit_meeting(self, meeting_id: str) -> MeetingDialog | None:
        meeting = self.planner.meeting(meeting_id)
        if self.detail is None or meeting is None:
            return None
        dialog = MeetingDialog(self.ctx, self.detail.summary.id, self.detail.delegation, meeting, None, self)
        dialog.open()
        return dialog

    def delete_meeting(self, meeting_id: str) -> None:
        meeting = self.planner.meeting(meeting_id)
        store = self.ctx.store
        kinds = {"meeting"}
        try:
            self.ctx.operations.perform(lambda: mtg.delete_meeting(store, meeting_id), kinds)
        except Exception as exc:
            self.ctx.tasks.report(exc, self.tr("Deleting the meeting"), self)
            return
        if meeting is not None:
            command_text = self.tr("Delete meeting {name}").format(name=meeting.label)
            message = self.tr("Deleted meeting {name}").format(name=meeting.label)
        else:
            command_text, message = self.tr("Delete meeting"), self.tr("Deleted meeting")
        self.ctx.undo_stack.push(ServiceCommand(command_text, lambda: mtg.delete_meeting(store, meeting_id),
                                                lambda: mtg.restore_meeting(store, meeting_id), self.ctx.operations,
                                                kinds))
        self.ctx.notify(message, undo=self.ctx.undo_stack.undo)

    def edit_mission(self) -> MissionDialog | None:
        if self.detail is None:
            return None
        dialog = MissionDialog(self.ctx, self.detail.summary, self)
        dialog.open()
        return dialog

    def _itinerary_selection(self) -> None:
        chosen = self.selected_itinerary_item() is not None
        self.edit_item_button.setEnabled(chosen)
        self.delete_item_button.setEnabled(chosen)

    def selected_itinerary_item(self) -> ItineraryItem | None:
        rows = self.itinerary_table.selectionModel().selectedRows()
        if self.detail is None or not rows or rows[0].row() >= len(self.detail.itinerary):
            return None
        return self.detail.itinerary[rows[0].row()]

    def new_itinerary_item(self) -> ItineraryDialog | None:
        if self.detail is None:
            return None
        s = self.detail.summary
        dialog = ItineraryDialog(self.ctx, s.id, s.timezone, None, s.start_date, self)
        dialog.open()
        return dialog

    def edit_itinerary_item(self) -> ItineraryDialog | None:
        item = self.selected_itinerary_item()
        if self.detail is None or item is None:
            return None
        dialog = ItineraryDialog(self.ctx, self.detail.summary.id, self.detail.summary.timezone, item, None, self)
        dialog.open()
        return dialog

    def delete_itinerary_item(self) -> None:
        item = self.selected_itinerary_item()
        if item is None:
            return
        store, item_id, kinds = self.ctx.store, item.id, {"itinerary_item"}
        try:
            self.ctx.operations.perform(lambda: ms.delete_itinerary_item(store, item_id), kinds)
        except Exception as exc:
            self.ctx.tasks.report(exc, self.tr("Deleting the itinerary item"), self)
            return
        # The item is deleted already: ServiceCommand skips the redo that push() runs.
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Delete {name}").format(name=item.title), lambda: ms.delete_itinerary_item(store, item_id),
            lambda: ms.restore_itinerary_item(store, item_id), self.ctx.operations, kinds))
        self.ctx.notify(self.tr("Deleted {name}").format(name=item.title), undo=self.ctx.undo_stack.undo)

    def _ask_path(self, caption: str, suffix: str, kind: str) -> str:
        settings: QSettings = self.ctx.settings
        folder = str(settings.value("missions/export-folder", str(Path.home())))
        assert self.detail is not None
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.detail.summary.title).strip()
        path, _filter = QFileDialog.getSaveFileName(self, caption, str(Path(folder) / f"{name}{suffix}"), kind)
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            settings.setValue("missions/export-folder", str(Path(path).parent))
        return path

    def export_ics(self) -> None:
        if self.detail is None:
            return
        path = self._ask_path(self.tr("Export the itinerary as a calendar"), ".ics", self.tr("Calendar (*.ics)"))
        if path:
            store, mission_id, language = self.ctx.store, self.detail.summary.id, i18n.current_language()
            self.ctx.tasks.run(lambda: ics.export_ics(store, mission_id, path, language), self._offer_open, owner=self,
                               label=self.tr("Exporting the calendar"))

    def export_briefing(self) -> None:
        if self.detail is None:
            return
        path = self._ask_path(self.tr("Print the mission briefing"), ".pdf", self.tr("PDF (*.pdf)"))
        if path:
            store, mission_id, language = self.ctx.store, self.detail.summary.id, i18n.current_language()
            self.ctx.tasks.run(lambda: briefing.export_briefing(store, mission_id, path, language), self._offer_open,
                               owner=self, label=self.tr("Writing the mission briefing"))

    def _offer_open(self, path: Path) -> None:
        self.last_export = Path(path)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Saved"),
                          self.tr("Saved {name}").format(name=Path(path).name), parent=self)
        box.setInformativeText(str(path))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.finished.connect(lambda _r: box.clickedButton() is open_button
                             and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        QTimer.singleShot(0, box.open)  # non-blocking: the window stays usable
