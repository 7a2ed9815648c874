"""`DuplicatesDialog(ctx, parent, kind)`: likely duplicate pairs among the stored organizations or contacts,
best first, found on a worker; Merge… opens the merge dialog for the selected pair."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.exchange.dedup import DuplicatePair, find_duplicates
from magia_desk.ui.context import AppContext
from magia_desk.ui.dialogs.merge import MergeDialog
from magia_desk.ui.errors import user_message

# The reasons dedup gives, for people to read.
REASONS = {
    "same VAT number": QT_TRANSLATE_NOOP("DuplicatesDialog", "same VAT number"),
    "same web domain": QT_TRANSLATE_NOOP("DuplicatesDialog", "same web domain"),
    "same email": QT_TRANSLATE_NOOP("DuplicatesDialog", "same email"),
    "same phone": QT_TRANSLATE_NOOP("DuplicatesDialog", "same phone"),
    "similar name": QT_TRANSLATE_NOOP("DuplicatesDialog", "similar name"),
}


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("DuplicatesDialog", REASONS.get(reason, reason))


class DuplicatesDialog(QDialog):
    SCORE, FIRST, SECOND, WHY = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: str = "organization") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pairs: list[DuplicatePair] = []
        self.searching = False
        self._serial = 0
        self.setObjectName("duplicates_dialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(900, 560)
        self.kind_choice = QComboBox()
        self.kind_choice.addItem(self.tr("Organizations"), "organization")
        self.kind_choice.addItem(self.tr("Contacts"), "contact")
        self.kind_choice.setCurrentIndex(max(0, self.kind_choice.findData(kind)))
        self.search_button = QPushButton(self.tr("&Search again"))
        self.status = QLabel()
        self.status.setObjectName("duplicates_status")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Look among:")))
        top.addWidget(self.kind_choice)
        top.addWidget(self.search_button)
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("duplicates_table")
        self.table.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Record"), self.tr("Probably the same as"),
                                              self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setStyleSheet("QTableWidget { gridline-color: palette(midlight); }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.SCORE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.SECOND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.WHY, QHeaderView.ResizeMode.ResizeToContents)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setDefault(True)
        self.open_first = QPushButton(self.tr("&Open record"))
        self.open_second = QPushButton(self.tr("Open &other"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_first, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_second, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("The older record of each pair comes first: it is usually the one to keep. A merge "
                              "moves every link to the kept record and can be undone."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.kind_choice.currentIndexChanged.connect(lambda _i: self.search())
        self.search_button.clicked.connect(self.search)
        self.merge_button.clicked.connect(self.merge_selected)
        self.open_first.clicked.connect(lambda: self._open(0))
        self.open_second.clicked.connect(lambda: self._open(1))
        self.table.itemDoubleClicked.connect(lambda _item: self.merge_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.ctx.operations.data_changed.connect(self._data_changed)
        self._selection_changed()
        self.search()

    @property
    def kind(self) -> str:
        return str(self.kind_choice.currentData())

    def search(self) -> None:
        self._serial += 1
        serial, store, kind = self._serial, self.ctx.store, self.kind
        self.searching = True
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Looking for duplicates…"))
        self.ctx.tasks.run(lambda: find_duplicates(store, kind), lambda pairs: self._found(serial, pairs),
                           on_error=lambda exc: self._failed(serial, exc), owner=self,
                           label=self.tr("Looking for duplicates"))

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial != self._serial:
            return
        self.searching = False
        self.search_button.setEnabled(True)
        self.status.setText(self.tr("The search for duplicates did not work: {reason}").format(
            reason=user_message(exc)))

    def _found(self, serial: int, pairs: list[DuplicatePair]) -> None:
        if serial != self._serial:
            return  # the kind was changed meanwhile: a newer search is coming
        self.searching = False
        self.search_button.setEnabled(True)
        self.show_pairs(pairs)

    def show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            score = QTableWidgetItem(f"{pair.score:.0f}%")
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [score, QTableWidgetItem(pair.a_label), QTableWidgetItem(pair.b_label),
                     QTableWidgetItem(", ".join(reason_text(r) for r in pair.reasons))]
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())
                self.table.setItem(row, column, cell)
        if pairs:
            self.status.setText(self.tr("%Ln likely pair(s)", "", len(pairs)))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No likely duplicates."))
        self._selection_changed()

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows and rows[0].row() < len(self.pairs) else None

    def _selection_changed(self) -> None:
        chosen = self.selected_pair() is not None
        for button in (self.merge_button, self.open_first, self.open_second):
            button.setEnabled(chosen)

    def _open(self, which: int) -> None:
        pair = self.selected_pair()
        if pair is not None:
            self.ctx.open_record(self.kind, pair.a_id if which == 0 else pair.b_id)

    def merge_selected(self) -> MergeDialog | None:
        pair = self.selected_pair()
        if pair is None:
            return None
        dialog = MergeDialog(self.ctx, pair.a_id, pair.b_id, self.kind, self)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, keep_id: str, drop_id: str) -> None:
        """The dropped record is gone: no pair with it is left to decide."""
        self.show_pairs([p for p in self.pairs if drop_id not in (p.a_id, p.b_id)])

    def _data_changed(self, kinds: set[str]) -> None:
        if self.kind in kinds:  # a merge, its undo, an import: the pairs may have changed
            self.search()
