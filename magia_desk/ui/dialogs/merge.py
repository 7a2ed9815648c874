"""`MergeDialog(ctx, keep_id, other_id, kind, parent)`: two records that are one, side by side. Each field
whose values differ gets a choice; the dialog says what moves to the kept record (contacts, participations,
memberships, agreements, notes, documents...). After the merge the status bar offers Undo."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from magia_desk.domain.records import CONTACT_FIELDS, ORGANIZATION_FIELDS
from magia_desk.services.contacts import get_contact
from magia_desk.services.exchange.links import count_links
from magia_desk.services.exchange.merge import MergeResult, UndoResult, merge_records, undo_merge
from magia_desk.services.i18n import field_label
from magia_desk.services.organizations import get_organization
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error
from magia_desk.ui.labels import country_label, label

# What a merge may change, for the views to refresh.
MERGED_KINDS = frozenset({
    "organization", "contact", "participation", "membership", "agreement_party", "agreement", "action",
    "meeting", "meeting_attendee", "note", "task", "document", "external_ref", "market_interest", "holding",
    "officer", "kpi_target",
})
ENUM_FIELDS = frozenset({"kind", "gender", "consent_status"})


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


class MergeDialog(QDialog):
    merged = Signal(str, str)  # kept id, dropped id

    def __init__(self, ctx: AppContext, keep_id: str, other_id: str, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.keep_id, self.other_id = keep_id, other_id
        self.result_: MergeResult | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge two organizations") if kind == "organization"
                            else self.tr("Merge two contacts"))
        self.resize(820, 460)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.show_same = QCheckBox(self.tr("Show the fields that are the same"))
        self.grid_host = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.moves = QLabel()
        self.moves.setObjectName("merge_moves")
        self.moves.setWordWrap(True)
        self.moves.setTextFormat(Qt.TextFormat.RichText)
        self.swap_button = QPushButton(self.tr("&Keep the other one"))
        self.swap_button.setToolTip(self.tr("Keep the record on the right and merge the left one into it"))
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.show_same)
        layout.addWidget(self.moves)
        layout.addWidget(buttons)
        self.swap_button.clicked.connect(self.swap)
        self.merge_button.clicked.connect(self.merge)
        self.show_same.toggled.connect(lambda _on: self.build())
        self.build()

    # ---- the two records ------------------------------------------------------------------------------

    def _load(self, record_id: str) -> tuple[dict[str, Any], str]:
        if self.kind == "organization":
            record: Any = get_organization(self.ctx.store, record_id).record
            fields = ORGANIZATION_FIELDS
            title = record.name
        else:
            record = get_contact(self.ctx.store, record_id)
            fields = CONTACT_FIELDS
            title = f"{record.first_name} {record.last_name}".strip()
        return {name: getattr(record, name) for name in fields}, title

    def display(self, name: str, value: Any) -> str:
        if _empty(value):
            return "—"
        if name == "organization_id":
            return str(get_organization(self.ctx.store, value).record.name)
        if name == "country":
            return country_label(value)
        if name in ENUM_FIELDS:
            return label(value)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, list):
            return "; ".join(str(v) for v in value)
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    def build(self) -> None:
        keep, keep_title = self._load(self.keep_id)
        other, other_title = self._load(self.other_id)
        keep_title, other_title = html.escape(keep_title), html.escape(other_title)
        self.values = (keep, other)
        for group in self.groups.values():
            group.deleteLater()  # the choices of the previous build
        self.groups.clear()
        old = self.grid_host.layout()
        if old is not None:
            QWidget().setLayout(old)  # the old grid and its widgets go with a throwaway parent
        grid = QGridLayout(self.grid_host)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        texts = [self.tr("Field"), self.tr("Kept: {name}").format(name=keep_title),
                 self.tr("Merged into it: {name}").format(name=other_title)]
        heads = [QLabel("<b>" + text + "</b>") for text in texts]
        for column, head in enumerate(heads):
            head.setWordWrap(True)
            grid.addWidget(head, 0, column)
        self.groups = {}
        row = 1
        differing = 0
        for name in keep:
            a, b = keep[name], other[name]
            same = a == b or (_empty(a) and _empty(b))
            if same and not self.show_same.isChecked():
                continue
            field = QLabel(field_label(name))
            grid.addWidget(field, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if same:
                for column in (1, 2):
                    value = QLabel(self.display(name, a))
                    value.setEnabled(False)
                    value.setWordWrap(True)
                    grid.addWidget(value, row, column)
            else:
                differing += 1
                group = QButtonGroup(self)
                for column, (choice, value) in enumerate((("keep", a), ("drop", b)), start=1):
                    radio = QRadioButton(self.display(name, value))
                    radio.setObjectName(f"{name}_{choice}")
                    radio.setToolTip(self.display(name, value))
                    group.addButton(radio, column)
                    grid.addWidget(radio, row, column)
                # As the service does by default: the kept value, unless it is empty and the other is not.
                group.button(2 if _empty(a) and not _empty(b) else 1).setChecked(True)
                self.groups[name] = group
            row += 1
        grid.setRowStretch(row, 1)
        self.intro.setText(self.tr("<b>{other}</b> will be merged into <b>{keep}</b>: choose the value to keep "
                                   "for each field that differs ({count}).").format(
            other=other_title, keep=keep_title, count=differing))
        self._show_moves()

    def _show_moves(self) -> None:
        counts = count_links(self.ctx.store, self.kind, self.other_id)
        words = {
            "contact": lambda n: self.tr("%Ln contact(s)", "", n),
            "participation": lambda n: self.tr("%Ln participation(s)", "", n),
            "membership": lambda n: self.tr("%Ln membership(s)", "", n),
            "agreement_party": lambda n: self.tr("%Ln agreement(s)", "", n),
            "agreement": lambda n: self.tr("%Ln agreement(s) as partner cluster", "", n),
            "note": lambda n: self.tr("%Ln note(s)", "", n),
            "document": lambda n: self.tr("%Ln document(s)", "", n),
            "task": lambda n: self.tr("%Ln task(s)", "", n),
            "meeting": lambda n: self.tr("%Ln meeting(s)", "", n),
            "meeting_attendee": lambda n: self.tr("%Ln meeting attendance(s)", "", n),
            "action": lambda n: self.tr("%Ln action(s) organised", "", n),
            "market_interest": lambda n: self.tr("%Ln market interest(s)", "", n),
            "holding": lambda n: self.tr("%Ln shareholding(s)", "", n),
            "officer": lambda n: self.tr("%Ln officer(s)", "", n),
            "kpi_target": lambda n: self.tr("%Ln KPI target(s)", "", n),
            "external_ref": lambda n: self.tr("%Ln remembered import ref(s)", "", n),
        }
        parts = [words[table](count) for table, count in counts.items() if table in words]
        moving = ", ".join(parts) if parts else self.tr("nothing is linked to it")
        self.moves.setText(self.tr("<b>Moves to the kept record:</b> {moving}.<br>The other record is kept as a "
                                   "trace pointing to it; Undo in the status bar puts everything back.")
                           .format(moving=moving))

    def swap(self) -> None:
        self.keep_id, self.other_id = self.other_id, self.keep_id
        self.build()

    def choices(self) -> dict[str, str]:
        return {name: "keep" if group.checkedId() == 1 else "drop" for name, group in self.groups.items()}

    # ---- merging ----------------------------------------------------------------------------------------

    def merge(self) -> None:
        ctx, kind, keep_id, drop_id, choices = self.ctx, self.kind, self.keep_id, self.other_id, self.choices()
        keep_title, other_title = self._load(keep_id)[1], self._load(drop_id)[1]
        self.merge_button.setEnabled(False)

        def done(result: MergeResult) -> None:
            self.result_ = result
            ctx.operations.changed(MERGED_KINDS)
            ctx.notify(self.tr("Merged {other} into {keep}").format(other=other_title, keep=keep_title),
                       undo=lambda: undo(ctx, result, keep_title))
            self.merged.emit(keep_id, drop_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.merge_button.setEnabled(True)
            show_error(self, exc, self.tr("Merging the records"))

        ctx.tasks.run(lambda: merge_records(ctx.store, kind, keep_id, drop_id, choices), done, on_error=failed,
                      owner=self, label=self.tr("Merging {name}").format(name=other_title))


def undo(ctx: AppContext, result: MergeResult, title: str) -> None:
    """The status bar's Undo: runs after the dialog is gone, so it holds nothing of it."""

    def done(outcome: UndoResult) -> None:
        ctx.operations.changed(MERGED_KINDS)
        if outcome.kept_later_changes:
            later = len(outcome.kept_later_changes)
            text = QCoreApplication.translate("MergeDialog", "Merge undone; %Ln value(s) changed since were left as they are", "", later)  # noqa: E501  (one line for lupdate)
            ctx.notify(text)
        else:
            ctx.notify(QCoreApplication.translate("MergeDialog", "Merge into {name} undone").format(name=title))

    ctx.tasks.run(lambda: undo_merge(ctx.store, result), done,
                  label=QCoreApplication.translate("MergeDialog", "Undoing the merge"))
