"""The Participants tab of an action: who took part and in which role, added many at once, removed with undo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services import actions as acts
from magia_desk.services.participations import (
    ParticipantRow,
    participant_rows,
    remove_participants,
    restore_participants,
)
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import country_label, label, number
from magia_desk.ui.undo import ServiceCommand

COLUMNS = (QT_TRANSLATE_NOOP("ParticipantsPanel", "Organization"), QT_TRANSLATE_NOOP("ParticipantsPanel", "Contact"),
           QT_TRANSLATE_NOOP("ParticipantsPanel", "Role"), QT_TRANSLATE_NOOP("ParticipantsPanel", "Country"),
           QT_TRANSLATE_NOOP("ParticipantsPanel", "Email"))
ID_ROLE = Qt.ItemDataRole.UserRole


class ParticipantsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id: str | None = None
        self.action_row: acts.ActionRow | None = None
        self.rows: list[ParticipantRow] = []

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Participants and audience"))
        self.count_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add participants…"), self)
        self.add_button.setToolTip(self.tr("Pick many organizations and contacts, or paste a list of emails or names"))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected participants (undo with Ctrl+Z)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.capture_button = QPushButton(self.tr("Capture leads…"), self)
        self.capture_button.setToolTip(self.tr("Trade-show capture mode: one lead after the other (Ctrl+Shift+L)"))
        self.capture_button.clicked.connect(self.open_capture)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("participants-table")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ParticipantsPanel", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 140)
        self.table.setColumnWidth(2, 80)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(self._open_item)
        self.empty_label = QLabel(self.tr("Nobody yet: add the organizations and people who took part."), self)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.capture_button)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_action(self, action_id: str | None, row: acts.ActionRow | None) -> None:
        self.action_id, self.action_row = action_id, row
        self.rows = participant_rows(self.ctx.store, action_id) if action_id else []
        self.table.setRowCount(len(self.rows))
        for index, p in enumerate(self.rows):
            values = (p.organization or "", p.contact or "", label(p.role), country_label(p.country), p.email or "")
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ID_ROLE, p.id)
                self.table.setItem(index, column, item)
        count = len(self.rows)
        declared = row.declared_audience if row else None
        audience = max(count, declared or 0)
        parts = [self.tr("%Ln participants", "", count)]
        if declared is not None:
            parts.append(self.tr("declared audience {count}").format(count=number(declared)))
        parts.append(self.tr("audience reached <b>{count}</b>").format(count=number(audience)))
        self.count_label.setText("  ·  ".join(parts) if action_id
                                 else self.tr("Save the action first, then add who took part."))
        self.empty_label.setVisible(bool(action_id) and not self.rows)
        self.capture_button.setVisible(bool(row and row.type == "trade_show"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.action_id is not None)
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected_participation_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows]

    def open_add_dialog(self) -> None:
        if not self.action_id:
            return
        from magia_desk.ui.dialogs.add_participants import AddParticipantsDialog

        dialog = AddParticipantsDialog(self.ctx, self.action_id, self)
        dialog.open()

    def open_capture(self) -> None:
        if not self.action_id:
            return
        from magia_desk.ui.dialogs.capture import CaptureDialog

        CaptureDialog.show_for(self.ctx, self.action_id, self.action_row.title if self.action_row else "", self)

    def remove_selected(self) -> None:
        ids = self.selected_participation_ids()
        if not ids:
            return
        store = self.ctx.store
        try:
            self.ctx.operations.perform(lambda: remove_participants(store, ids), {"participation"})
        except Exception as exc:
            show_error(self, exc, self.tr("Removing participants"))
            return
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Remove %Ln participants", "", len(ids)), lambda: remove_participants(store, ids),
            lambda: restore_participants(store, ids), self.ctx.operations, {"participation"}))
        self.ctx.notify(self.tr("Removed %Ln participants", "", len(ids)), undo=self.ctx.undo_stack.undo)

    def _open_item(self, item: QTableWidgetItem) -> None:
        row = self.rows[item.row()]
        if item.column() == 1 and row.contact_id:
            self.ctx.open_record("contact", row.contact_id)
        elif row.organization_id:
            self.ctx.open_record("organization", row.organization_id)
        elif row.contact_id:
            self.ctx.open_record("contact", row.contact_id)
