"""A record's timeline (ui.md: the chatter beside every record): notes, tasks, participations, meetings,
agreements, documents and changes, newest first, with a box to add a note, a task or a file on top.

Plug it into any record pane: `timeline = TimelineWidget(ctx)`, then `timeline.set_record("organization", id)`
whenever the pane shows another record (None clears it). It refreshes itself on data_changed.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.enums import NoteKind
from magia_desk.domain.errors import MagiaError
from magia_desk.services import agreements as agr
from magia_desk.services import documents as docs
from magia_desk.services import notes as note_service
from magia_desk.services.i18n import translate_message
from magia_desk.services.timeline import EntryKind, TimelineEntry, timeline
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.date_prompt import ask_date
from magia_desk.ui.errors import show_error, user_message
from magia_desk.ui.labels import day, live_choices
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.pickers import ChoiceCombo, DateField

ENTRY_ROLE = Qt.ItemDataRole.UserRole
MAX_SHOWN = 300  # a record edited for years has thousands of field changes: the newest are what people read

# kind -> (symbol, colour, word). Symbols from the basic Unicode blocks every desktop font has.
# The words are translated when shown (context TimelineWidget).
KIND_LOOK: dict[str, tuple[str, str, str]] = {
    EntryKind.NOTE: ("✎", "#2563eb", QT_TRANSLATE_NOOP("TimelineWidget", "Note")),
    EntryKind.TASK: ("☐", "#b45309", QT_TRANSLATE_NOOP("TimelineWidget", "Task")),
    EntryKind.PARTICIPATION: ("★", "#7c3aed", QT_TRANSLATE_NOOP("TimelineWidget", "Participation")),
    EntryKind.MEETING: ("♦", "#0f766e", QT_TRANSLATE_NOOP("TimelineWidget", "Meeting")),
    EntryKind.AGREEMENT: ("§", "#be185d", QT_TRANSLATE_NOOP("TimelineWidget", "Agreement")),
    EntryKind.STAGE_CHANGE: ("➜", "#be185d", QT_TRANSLATE_NOOP("TimelineWidget", "Stage")),
    EntryKind.PARTY: ("⌂", "#4b5563", QT_TRANSLATE_NOOP("TimelineWidget", "Party")),
    EntryKind.DOCUMENT: ("▤", "#0369a1", QT_TRANSLATE_NOOP("TimelineWidget", "Document")),
    EntryKind.CHANGE: ("•", "#6b7280", QT_TRANSLATE_NOOP("TimelineWidget", "Change")),
}
NOTE_SYMBOLS = {"call": "☏", "email": "✉", "meeting": "♦", "remark": "✎"}
# Records a double-click opens on their own screen (the main window finds the screen by record_kind).
OPENABLE = {"organization", "contact", "action", "mission", "agreement", "meeting"}
DATE_NOTE_KINDS = live_choices(NoteKind)


# What the context menu can remove from a timeline, undoably: label, remove, restore, kind announced.
REMOVABLE = {
    "document": (QT_TRANSLATE_NOOP("TimelineWidget", "Remove attachment"), docs.remove_document,
                 docs.restore_document, "document"),
    "note": (QT_TRANSLATE_NOOP("TimelineWidget", "Delete note"), note_service.delete_note, note_service.restore_note,
             "note"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineWidget", text)


def entry_symbol(entry: TimelineEntry) -> str:
    if entry.kind == EntryKind.NOTE:
        return NOTE_SYMBOLS.get(entry.sub_kind or "", "✎")
    if entry.kind == EntryKind.TASK and entry.sub_kind == "done":
        return "☑"
    return KIND_LOOK.get(entry.kind, ("•", "", ""))[0]


def entry_when(entry: TimelineEntry) -> str:
    text = day(entry.when.date())
    return text if entry.all_day else f"{text} {entry.when:%H:%M}"


def entry_title(entry: TimelineEntry) -> str:
    """The title in the user's language: MAGIA Desk's words translated, names and titles as people wrote them."""
    return translate_message(entry.title)


def entry_detail(entry: TimelineEntry) -> str:
    return translate_message(entry.detail)


class EntryView(QWidget):
    """One line of the timeline: a coloured symbol, the title, date and who, and the detail under it."""

    def __init__(self, entry: TimelineEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _symbol, colour, word = KIND_LOOK.get(entry.kind, ("•", "#6b7280", entry.kind))
        word = _tr(word)
        icon = QLabel(entry_symbol(entry), self)
        icon.setFixedSize(22, 22)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setStyleSheet(f"background: {colour}; color: white; border-radius: 11px; font-weight: 600;")
        icon.setToolTip(word)
        title = QLabel(f"<b>{html.escape(entry_title(entry))}</b>", self)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        meta = QLabel(" · ".join(p for p in (entry_when(entry), entry.officer) if p), self)
        meta.setProperty("role", "muted")
        meta.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(title)
        shown = entry_detail(entry)
        if shown:
            detail = QLabel(shown if len(shown) < 400 else shown[:399] + "…", self)
            detail.setWordWrap(True)
            text.addWidget(detail)
        text.addWidget(meta)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 5, 4, 5)
        row.setSpacing(8)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.setAccessibleName(f"{word}: {entry_title(entry)}, {entry_when(entry)}")


class TimelineWidget(QWidget):
    entries_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_type: str | None = None
        self.record_id: str | None = None
        self.record_name = ""
        self.entries: list[TimelineEntry] = []
        self._generation = 0
        self._stale = False

        self.note_kind = ChoiceCombo(DATE_NOTE_KINDS, parent=self)
        self.note_kind.set_value("call")
        self.note_kind.setAccessibleName(self.tr("Note kind"))
        self.note_date = DateField(self)
        self.note_date.setAccessibleName(self.tr("Note date"))
        self.note_date.set_value(date.today())
        self.note_text = QPlainTextEdit(self)
        self.note_text.setPlaceholderText(self.tr("Add a note: a call, an email, a meeting… (Ctrl+Enter adds it)"))
        self.note_text.setAccessibleName(self.tr("Note text"))
        self.note_text.setTabChangesFocus(True)
        self.note_text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.add_note_button.clicked.connect(self.add_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.note_text, self.add_note,
                      context=Qt.ShortcutContext.WidgetShortcut)
        self.add_task_button = QPushButton(self.tr("Add task…"), self)
        self.add_task_button.setToolTip(self.tr("A follow-up task about this record"))
        self.add_task_button.clicked.connect(self.add_task)
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.attach_button.setToolTip(self.tr("Store a copy of a file with this record"))
        self.attach_button.clicked.connect(self.attach_dialog)

        note_row = QHBoxLayout()
        note_row.setSpacing(4)
        note_row.addWidget(self.note_kind)
        note_row.addWidget(self.note_date)
        note_row.addStretch(1)
        # One row when the pane is wide enough, else the task and file buttons under "Add note" (long German).
        self.buttons = QGridLayout()
        self.buttons.setSpacing(4)
        self._buttons_wrapped: bool | None = None
        self._place_buttons(wrapped=False)

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setToolTip(self.tr("Double-click: open a document or record, correct a stage's date"))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { border-bottom: 1px solid palette(midlight); }")
        self.list.itemActivated.connect(self._activated)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        # The viewport narrows when the scroll bar appears: the lines must rewrap to its new width.
        self.list.viewport().installEventFilter(self)
        self.empty = QLabel(self.tr("Nothing yet: add a note, a task or a file above."), self)
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(note_row)
        layout.addWidget(self.note_text)
        layout.addLayout(self.buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        ctx.operations.data_changed.connect(self._on_data_changed)
        self._set_enabled(False)

    def _place_buttons(self, wrapped: bool) -> None:
        if wrapped == self._buttons_wrapped:
            return
        self._buttons_wrapped = wrapped
        for button in (self.add_note_button, self.add_task_button, self.attach_button):
            self.buttons.removeWidget(button)
        left = Qt.AlignmentFlag.AlignLeft
        if wrapped:
            self.buttons.addWidget(self.add_note_button, 0, 0, 1, 2, left)
            self.buttons.addWidget(self.add_task_button, 1, 0, left)
            self.buttons.addWidget(self.attach_button, 1, 1, left)
            self.buttons.setColumnStretch(0, 0)
            self.buttons.setColumnStretch(1, 1)
        else:
            self.buttons.addWidget(self.add_note_button, 0, 0, left)
            self.buttons.addWidget(self.add_task_button, 0, 1)
            self.buttons.addWidget(self.attach_button, 0, 2)
            self.buttons.setColumnStretch(0, 1)
            self.buttons.setColumnStretch(1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        needed = sum(b.sizeHint().width() for b in (self.add_note_button, self.add_task_button,
                                                    self.attach_button)) + 3 * self.buttons.spacing()
        self._place_buttons(wrapped=event.size().width() < needed)
        super().resizeEvent(event)

    # ---- showing ---------------------------------------------------------------------------------------------

    def set_record(self, record_type: str | None, record_id: str | None, name: str = "") -> None:
        self.record_type, self.record_id, self.record_name = record_type, record_id, name
        self._set_enabled(record_id is not None)
        self.refresh()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.note_kind, self.note_date, self.note_text, self.add_note_button, self.add_task_button,
                       self.attach_button):
            widget.setEnabled(enabled)

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        if self.record_type is None or self.record_id is None:
            self._show(generation, [])
            return
        store, kind, record_id = self.ctx.store, self.record_type, self.record_id
        self.ctx.tasks.run(lambda: timeline(store, kind, record_id, limit=MAX_SHOWN),
                           lambda entries: self._show(generation, entries),
                           on_error=lambda exc: self._failed(generation, exc), owner=self)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._show(generation, [])
            if not isinstance(exc, MagiaError):  # a record deleted meanwhile simply shows nothing
                self.ctx.tasks.report(exc, self.tr("Loading the timeline"), self)

    def _show(self, generation: int, entries: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return  # the pane moved on to another record meanwhile
        self.entries = list(entries)
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self.list)
            item.setData(ENTRY_ROLE, entry)
            item.setToolTip(entry_detail(entry) or entry_title(entry))
            self.list.setItemWidget(item, EntryView(entry))
        self._fit_items()
        self.list.setUpdatesEnabled(True)
        self.empty.setVisible(self.record_id is not None and not self.entries)
        self.entries_loaded.emit()

    def _fit_items(self) -> None:
        """Wrapped text needs the list's width to know its height: size every line for the current width."""
        width = self.list.viewport().width()
        for row in range(self.list.count()):
            item = self.list.item(row)
            view = self.list.itemWidget(item)
            if view is not None:
                item.setSizeHint(QSize(width, view.layout().totalHeightForWidth(width)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_items()
        return super().eventFilter(watched, event)

    def _on_data_changed(self, _kinds: set[str]) -> None:
        # Any kind may show here (a change row is written for every record), so every change refreshes.
        if self.record_id is None:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._stale = False
            self.refresh()

    # ---- adding ----------------------------------------------------------------------------------------------

    def add_note(self) -> None:
        if self.record_type is None or self.record_id is None:
            return
        text = self.note_text.toPlainText().strip()
        if not text:
            self.ctx.notify(self.tr("Type the note first"))
            self.note_text.setFocus()
            return
        store, kind, record_id = self.ctx.store, self.record_type, self.record_id
        note_kind, on = self.note_kind.value() or "remark", self.note_date.value() or date.today()
        try:
            note_id = self.ctx.operations.perform(
                lambda: note_service.add_note(store, kind, record_id, text, note_kind, on), {"note"})
        except MagiaError as exc:
            self.ctx.notify(self.tr("The note was not added: {reason}").format(
                reason=user_message(exc).splitlines()[0]))
            return
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Add note"), lambda: note_service.restore_note(store, note_id),
            lambda: note_service.delete_note(store, note_id), self.ctx.operations, {"note"},
        ))
        self.note_text.clear()
        self.note_date.set_value(date.today())
        self.ctx.notify(self.tr("Note added"), undo=self.ctx.undo_stack.undo)

    def add_task(self) -> None:
        if self.record_type is None or self.record_id is None:
            return
        from magia_desk.ui.dialogs.task_editor import TaskDialog  # the dialog imports pickers: only when asked

        TaskDialog(self.ctx, self, record=(self.record_type, self.record_id, self.record_name)).exec()

    def attach_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach(path)

    def attach(self, path: str) -> None:
        """Copy the file into the store on a worker (it may be large); undo removes it again."""
        if self.record_type is None or self.record_id is None:
            return
        store, kind, record_id, name = self.ctx.store, self.record_type, self.record_id, Path(path).name

        def done(document_id: str) -> None:
            self.ctx.operations.changed({"document"})
            self.ctx.undo_stack.push(ServiceCommand(
                self.tr("Attach {file}").format(file=name), lambda: docs.restore_document(store, document_id),
                lambda: docs.remove_document(store, document_id), self.ctx.operations, {"document"},
            ))
            self.ctx.notify(self.tr("Attached {file}").format(file=name), undo=self.ctx.undo_stack.undo)

        self.ctx.tasks.run(lambda: docs.attach_file(store, kind, record_id, path), done, owner=self,
                           label=self.tr("Attaching {file}").format(file=name))

    # ---- opening ---------------------------------------------------------------------------------------------

    def _activated(self, item: QListWidgetItem) -> None:
        entry: TimelineEntry = item.data(ENTRY_ROLE)
        if entry is None or entry.ref is None:
            return
        kind, ref_id = entry.ref
        try:
            if kind == "document":
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(docs.open_path(self.ctx.store, ref_id))))
            elif kind == "agreement_stage_change":
                self.correct_stage_date(ref_id, entry.when.date())
            elif kind in OPENABLE and not (kind == self.record_type and ref_id == self.record_id):
                self.ctx.open_record(kind, ref_id)
        except MagiaError as exc:
            show_error(self, exc, self.tr("Opening {title}").format(title=entry_title(entry)))

    def _context_menu(self, position: object) -> None:
        item = self.list.itemAt(position)  # type: ignore[arg-type]
        entry: TimelineEntry | None = item.data(ENTRY_ROLE) if item is not None else None
        if entry is None or entry.ref is None or entry.ref[0] not in REMOVABLE:
            return
        menu = QMenu(self)
        menu.addAction(_tr(REMOVABLE[entry.ref[0]][0]), lambda: self.remove(entry))
        menu.exec(self.list.viewport().mapToGlobal(position))  # type: ignore[arg-type]

    def remove(self, entry: TimelineEntry) -> None:
        """Remove a note or an attachment from the record; Ctrl+Z brings it back."""
        assert entry.ref is not None
        kind, ref_id = entry.ref
        label, remove, restore, changed = REMOVABLE[kind]
        label = _tr(label)
        store = self.ctx.store
        try:
            remove(store, ref_id)
        except MagiaError as exc:
            show_error(self, exc, label)
            return
        self.ctx.operations.changed({changed})
        self.ctx.undo_stack.push(ServiceCommand(
            f"{label}: {entry_title(entry)}", lambda: remove(store, ref_id), lambda: restore(store, ref_id),
            self.ctx.operations, {changed},
        ))
        self.ctx.notify(self.tr("Removed {title}").format(title=entry_title(entry)), undo=self.ctx.undo_stack.undo)

    def correct_stage_date(self, change_id: str, current: date) -> None:
        chosen = ask_date(self, self.tr("Correct the date"), self.tr("On which day was this stage reached?"),
                          self.tr("Reached on"), current, latest=date.today())
        if chosen is None or chosen == current:
            return
        store = self.ctx.store
        try:
            self.ctx.operations.perform(lambda: agr.correct_stage_change(store, change_id, chosen),
                                        {"agreement_stage_change", "agreement"})
        except MagiaError as exc:
            show_error(self, exc, self.tr("Correcting the stage date"))
            return
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Correct a stage date"), lambda: agr.correct_stage_change(store, change_id, chosen),
            lambda: agr.correct_stage_change(store, change_id, current), self.ctx.operations,
            {"agreement_stage_change", "agreement"},
        ))
