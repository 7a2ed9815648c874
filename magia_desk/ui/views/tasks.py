"""My tasks: the current officer's open tasks in the groups officers plan by (overdue, due this week, later,
no date). Tick to complete (Ctrl+Z brings it back), double-click to open what the task is about, Ctrl+N for a
new one. The navigation rail shows the number of overdue tasks (`overdue_tasks_badge`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.errors import MagiaError
from magia_desk.services import tasks as task_service
from magia_desk.storage.store import Store
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import day
from magia_desk.ui.theme import error_colour
from magia_desk.ui.undo import ServiceCommand

TASK_ROLE = Qt.ItemDataRole.UserRole
GROUPS = (("overdue", QT_TRANSLATE_NOOP("TasksScreen", "Overdue")),
          ("due_this_week", QT_TRANSLATE_NOOP("TasksScreen", "Due this week")),
          ("later", QT_TRANSLATE_NOOP("TasksScreen", "Later")),
          ("no_date", QT_TRANSLATE_NOOP("TasksScreen", "No date")))
KIND_WORDS = {"organization": QT_TRANSLATE_NOOP("TasksScreen", "Company"),
              "contact": QT_TRANSLATE_NOOP("TasksScreen", "Contact"),
              "action": QT_TRANSLATE_NOOP("TasksScreen", "Action"),
              "mission": QT_TRANSLATE_NOOP("TasksScreen", "Mission"),
              "agreement": QT_TRANSLATE_NOOP("TasksScreen", "Agreement"),
              "meeting": QT_TRANSLATE_NOOP("TasksScreen", "Meeting")}


def overdue_tasks_badge(store: Store) -> int | None:
    """The count beside Tasks on the navigation rail: the current officer's overdue tasks (None: no badge)."""
    if not store.officer_id:
        return None
    return task_service.count_overdue(store, store.officer_id, date.today()) or None


class TasksScreen(QWidget):
    record_kind = "task"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: task_service.MyTasks | None = None
        self._generation = 0
        self._stale = False
        self.loaded = False

        heading = QLabel(self.tr("My tasks"), self)
        heading.setProperty("role", "title")
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")
        self.count_label.setAccessibleName(self.tr("Number of open tasks"))
        self.new_button = QPushButton(self.tr("New task"), self)
        self.new_button.setToolTip(self.tr("Create a task (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.create_new())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("tasks-tree")
        self.tree.setAccessibleName(self.tr("My tasks"))
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Due"), self.tr("About"), self.tr("Owner")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip(self.tr("Tick to complete (Ctrl+Z undoes); double-click to open what the task is about"))
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 100), (2, 240), (3, 130)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemChanged.connect(self._ticked)
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel(self.tr("No open tasks. Press Ctrl+N to add one, or add one from any record's timeline."),
                            self)
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.tree, 1)
        ctx.operations.data_changed.connect(self._on_data_changed)
        self.refresh()

    # ---- loading ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        store, officer = self.ctx.store, self.ctx.store.officer_id
        self.loaded = False

        def work() -> task_service.MyTasks:
            return task_service.my_tasks(store, officer, date.today()) if officer else task_service.MyTasks()

        self.ctx.tasks.run(work, lambda groups: self._show(generation, groups), owner=self)

    def _show(self, generation: int, groups: task_service.MyTasks) -> None:
        if generation != self._generation:
            return
        self.groups = groups
        selected = self.selected_task_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for key, title in GROUPS:
            rows: list[task_service.TaskRow] = getattr(groups, key)
            if not rows:
                continue
            group = QTreeWidgetItem([f"{QCoreApplication.translate('TasksScreen', title)}  ({len(rows)})"])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, TASK_ROLE, key)
            if key == "overdue":
                group.setForeground(0, QBrush(error_colour()))
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for row in rows:
                kind = KIND_WORDS.get(row.record_type or "", "")
                about = self.tr("{kind}: {name}").format(
                    kind=QCoreApplication.translate("TasksScreen", kind) if kind else "", name=row.record_label,
                ) if row.record_label else ""
                item = QTreeWidgetItem(group, [row.title, day(row.due_date), about, row.owner_name or ""])
                item.setData(0, TASK_ROLE, row)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setToolTip(0, row.title)
                item.setToolTip(2, about)
                if key == "overdue":
                    item.setForeground(1, QBrush(error_colour()))
                if selected == row.id:
                    self.tree.setCurrentItem(item)
            group.setExpanded(True)
        self.tree.blockSignals(False)
        total = groups.total
        overdue = len(groups.overdue)
        # One task is worded apart so that English reads right even with no translation loaded.
        text = self.tr("1 open task") if total == 1 else self.tr("%Ln open tasks", "", total)
        self.count_label.setText(text + (", " + self.tr("%Ln overdue", "", overdue) if overdue else ""))
        self.tree.setVisible(total > 0)
        self.empty.setVisible(total == 0)
        self.loaded = True

    def group_titles(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    def task_items(self, group: str) -> list[QTreeWidgetItem]:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, TASK_ROLE) == group:
                return [top.child(j) for j in range(top.childCount())]
        return []

    def selected_task_id(self) -> str | None:
        item = self.tree.currentItem()
        row = item.data(0, TASK_ROLE) if item is not None else None
        return row.id if isinstance(row, task_service.TaskRow) else None

    def _on_data_changed(self, kinds: set[str]) -> None:
        # Record names show in "About": a renamed company or agreement refreshes too.
        if not kinds & {"task", "organization", "contact", "action", "agreement", "officer"}:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # ---- acting ----------------------------------------------------------------------------------------------

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        row = item.data(0, TASK_ROLE)
        if column != 0 or not isinstance(row, task_service.TaskRow) or item.checkState(0) != Qt.CheckState.Checked:
            return
        self.complete(row)

    def complete(self, row: task_service.TaskRow) -> None:
        store = self.ctx.store
        try:
            self.ctx.operations.perform(lambda: task_service.complete_task(store, row.id), {"task"})
        except MagiaError as exc:
            show_error(self, exc, self.tr("Completing {title}").format(title=row.title))
            self.refresh()
            return
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Complete task {title}").format(title=row.title), lambda: task_service.complete_task(store, row.id),
            lambda: task_service.reopen_task(store, row.id), self.ctx.operations, {"task"},
        ))
        self.ctx.notify(self.tr("Done: {title}").format(title=row.title), undo=self.ctx.undo_stack.undo)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = item.data(0, TASK_ROLE)
        if isinstance(row, task_service.TaskRow) and row.record_type and row.record_id:
            self.ctx.open_record(row.record_type, row.record_id)

    # ---- what the main window calls ----------------------------------------------------------------------------

    def create_new(self, preset: dict[str, Any] | None = None) -> None:
        from magia_desk.ui.dialogs.task_editor import TaskDialog

        record = None
        if preset and preset.get("record_type") and preset.get("record_id"):
            record = (preset["record_type"], preset["record_id"], str(preset.get("record_name", "")))
        dialog = TaskDialog(self.ctx, self, record=record)
        dialog.setModal(True)
        dialog.open()
        self.dialog = dialog  # tests fill it in while it is shown

    def focus_search(self) -> None:
        self.tree.setFocus()

    def show_record(self, record_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                row = top.child(j).data(0, TASK_ROLE)
                if isinstance(row, task_service.TaskRow) and row.id == record_id:
                    self.tree.setCurrentItem(top.child(j))
                    return
