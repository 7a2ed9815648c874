"""New task: title, due date, owner and the record it is about (Ctrl+N on My tasks, "Add task" on a timeline)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from magia_desk.domain.errors import MagiaError, RecordInvalid, ValidationError
from magia_desk.services import tasks as task_service
from magia_desk.services.officers import list_officers
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import user_message
from magia_desk.ui.undo import ServiceCommand
from magia_desk.ui.widgets.dialog_footer import error_lines
from magia_desk.ui.widgets.parties import IdCombo
from magia_desk.ui.widgets.pickers import DateField, RecordPicker
from magia_desk.ui.widgets.record_lookup import find_linkable


class TaskDialog(QDialog):
    """Creates the task itself on OK (undoable), so that every caller behaves the same."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, record: tuple[str, str, str] | None = None,
                 due: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: str | None = None
        self.setWindowTitle(self.tr("New task"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("What needs doing, e.g. Send the draft MoU"))
        self.title.setAccessibleName(self.tr("Title"))
        self.due = DateField(self)
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.set_value(due)
        self.due.setToolTip(self.tr("Leave empty for a task without a date"))
        self.owner = IdCombo([(o.id, o.name) for o in list_officers(ctx.store)], empty="—", parent=self)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.set_value(ctx.store.officer_id)
        self.record = RecordPicker(ctx.tasks, lambda text: find_linkable(ctx.store, text),
                                   self.tr("Type to find a company, contact, action or agreement"), self)
        self.record.setAccessibleName(self.tr("About"))
        if record is not None:
            kind, record_id, name = record
            self.record.set_value(f"{kind}:{record_id}", name)
        self.error = QLabel(self)
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        # The label beside each field, by the services' field name: a refusal names the field as the user reads it.
        self.labels = {"title": self.tr("&Title"), "due_date": self.tr("&Due"), "owner_id": self.tr("&Owner"),
                       "record_type": self.tr("&About"), "record_id": self.tr("&About")}
        form = QFormLayout()
        form.addRow(self.labels["title"], self.title)
        form.addRow(self.labels["due_date"], self.due)
        form.addRow(self.labels["owner_id"], self.owner)
        form.addRow(self.labels["record_id"], self.record)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create task"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.title.setFocus()

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title.text(), "due_date": self.due.value(),
                                "owner_id": self.owner.value()}
        linked = self.record.value()
        if linked:
            kind, _, record_id = linked.partition(":")
            # Text typed and not picked has no "type:" prefix: the services refuse it at the record field.
            data["record_type"], data["record_id"] = (kind, record_id) if record_id else ("organization", linked)
        return data

    def accept(self) -> None:
        store = self.ctx.store
        data = self.values()
        try:
            task_id = self.ctx.operations.perform(lambda: task_service.create_task(store, data), {"task"})
        except (RecordInvalid, ValidationError) as exc:
            errors = exc.errors if isinstance(exc, RecordInvalid) else [exc]
            self.error.setText("⚠ " + error_lines(errors, self.labels).replace("\n", "; "))
            self.error.show()
            return
        except MagiaError as exc:
            self.error.setText("⚠ " + user_message(exc).replace("\n", "; "))
            self.error.show()
            return
        self.created_id = task_id
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Create task {title}").format(title=data["title"].strip()),
            lambda: task_service.restore_task(store, task_id),
            lambda: task_service.delete_task(store, task_id), self.ctx.operations, {"task"},
        ))
        self.ctx.notify(self.tr("Created task {title}").format(title=data["title"].strip()),
                        undo=self.ctx.undo_stack.undo)
        super().accept()
