"""Every action a company or a contact took part in, for their record pane (double-click opens the action).

    part = ActionsTakenPart(ctx, "organization", organization_id)   # or ("contact", contact_id)
    part.set_record(other_id)                                        # when the pane shows another record
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.participations import ActionTakenPart, actions_of_contact, actions_of_organization
from magia_desk.ui.context import AppContext
from magia_desk.ui.labels import day, label

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (QT_TRANSLATE_NOOP("ActionsTakenPart", "Date"), QT_TRANSLATE_NOOP("ActionsTakenPart", "Action"),
           QT_TRANSLATE_NOOP("ActionsTakenPart", "Type"), QT_TRANSLATE_NOOP("ActionsTakenPart", "Role"))


class ActionsTakenPart(QWidget):
    def __init__(self, ctx: AppContext, record_kind: str, record_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if record_kind not in ("organization", "contact"):
            raise ValueError(f"record_kind must be organization or contact, not {record_kind!r}")
        self.ctx = ctx
        self.record_kind = record_kind
        self.record_id: str | None = None
        self.rows: list[ActionTakenPart] = []
        self._generation = 0
        self.summary = QLabel(self)
        self.summary.setProperty("role", "muted")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("actions-taken-part")
        self.table.setAccessibleName(self.tr("Actions taken part in"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ActionsTakenPart", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 80)
        self.table.itemActivated.connect(lambda item: self.ctx.open_record("action", item.data(ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        ctx.operations.data_changed.connect(self._on_data_changed)
        self.set_record(record_id)

    @property
    def busy(self) -> bool:
        return self._generation != getattr(self, "_shown", 0)

    def set_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self._generation += 1
        generation, store, kind = self._generation, self.ctx.store, self.record_kind
        if record_id is None:
            self._show(generation, [])
            return
        find = actions_of_organization if kind == "organization" else actions_of_contact
        self.ctx.tasks.run(lambda: find(store, record_id), lambda rows: self._show(generation, rows), owner=self)

    def _show(self, generation: int, rows: list[ActionTakenPart]) -> None:
        if generation != self._generation:
            return
        self._shown = generation
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, part in enumerate(rows):
            via = "" if part.direct or not part.via else self.tr(" (via {names})").format(names=", ".join(part.via))
            values = (day(part.start_date), part.title + via,
                      label(part.type),
                      ", ".join(label(role) for role in part.roles))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, part.action_id)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.summary.setText(self.tr("Took part in %Ln actions", "", len(rows)) if rows else self.tr("No actions yet."))

    def _on_data_changed(self, kinds: set[str]) -> None:
        if self.record_id and kinds & {"participation", "action"}:
            self.set_record(self.record_id)
