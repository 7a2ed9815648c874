"""Step 4: rows that may be records already in the store (same VAT number, web domain, email, similar name...).
Each shows its best matches with score and reason; the user chooses update, create new or skip, one by one or
in bulk. The plan's defaults are the starting point (the same the command line applies)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from magia_desk.services.exchange.plan import NEW, SKIP, Decision, PlannedRow, RowKey
from magia_desk.ui.dialogs.import_wizard.common import (
    PROBLEM_COLOUR,
    in_user_language,
    item,
    read_only_table,
    sheet_label,
)

if TYPE_CHECKING:
    from magia_desk.ui.dialogs.import_wizard.wizard import ImportWizard

UPDATE = "update"


class DecisionsPage(QWizardPage):
    SHEET, ROW, INCOMING, STORED, SCORE, WHY, DECISION = range(7)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.rows: list[PlannedRow] = []
        self.record_combos: list[QComboBox] = []
        self.decision_combos: list[QComboBox] = []
        self.setTitle(self.tr("Records that may already be in the store"))
        self.setSubTitle(self.tr("For each match, update the stored record, create a new one, or skip the row."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = read_only_table([self.tr("Sheet"), self.tr("Row"), self.tr("In the file"),
                                      self.tr("In the store"), self.tr("Score"), self.tr("Why"), self.tr("Decision")])
        self.table.setObjectName("decisions_table")
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((self.SHEET, 100), (self.ROW, 46), (self.INCOMING, 200), (self.STORED, 230),
                              (self.SCORE, 56), (self.DECISION, 150)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(self.WHY, QHeaderView.ResizeMode.Stretch)
        self.update_all = QPushButton(self.tr("&Update all"))
        self.new_all = QPushButton(self.tr("Create all as &new"))
        self.skip_all = QPushButton(self.tr("&Skip all"))
        self.suggested = QPushButton(self.tr("Su&ggested choices"))
        for button, tip in ((self.update_all, self.tr("Update the best stored match (the selected rows, or all)")),
                            (self.new_all, self.tr("Create a new record (the selected rows, or all)")),
                            (self.skip_all, self.tr("Leave out of the import (the selected rows, or all)")),
                            (self.suggested, self.tr("Back to the choices proposed for each row"))):
            button.setToolTip(tip)
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(self.tr("Selected rows, or all:")))
        for button in (self.update_all, self.new_all, self.skip_all, self.suggested):
            bulk.addWidget(button)
        bulk.addStretch(1)
        self.explanation = QLabel()
        self.explanation.setObjectName("decisions_problems")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(bulk)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explanation)
        self.update_all.clicked.connect(lambda: self.set_all(UPDATE))
        self.new_all.clicked.connect(lambda: self.set_all(NEW))
        self.skip_all.clicked.connect(lambda: self.set_all(SKIP))
        self.suggested.clicked.connect(lambda: self.set_all(None))
        self._built_for: object = None

    def initializePage(self) -> None:
        plan = self.owner.plan
        if plan is None or plan is self._built_for:
            return
        self._built_for = plan
        self.rows = plan.matches
        total = sum(len(r) for r in plan.rows.values())
        if self.rows:
            self.intro.setText(self.tr("%n row(s) of the file look like records already in the store. The "
                                       "choices proposed follow the evidence: an identical key or a nearly "
                                       "identical name means the same record.", "", len(self.rows)))
        else:
            self.intro.setText(self.tr("No row of the file matches a record in the store: all %n row(s) will be "
                                       "created.", "", total))
        for widget in (self.table, self.update_all, self.new_all, self.skip_all, self.suggested):
            widget.setVisible(bool(self.rows))
        if plan.duplicates_in_file:
            self.intro.setText(self.intro.text() + " " + self.tr(
                "%n pair(s) of rows inside the file look alike; both rows are imported (see the warnings of the "
                "previous step).", "", len(plan.duplicates_in_file)))
        self.table.setRowCount(len(self.rows))
        self.record_combos, self.decision_combos = [], []
        for index, row in enumerate(self.rows):
            self.table.setItem(index, self.SHEET, item(sheet_label(row.sheet)))
            self.table.setItem(index, self.ROW, item(str(row.row), number=True))
            self.table.setItem(index, self.INCOMING, item(row.label, row.label))
            records = QComboBox()
            for candidate in row.candidates:
                records.addItem(candidate.label, candidate.record_id)
                records.setItemData(records.count() - 1, in_user_language(candidate.why), Qt.ItemDataRole.ToolTipRole)
            decisions = QComboBox()
            decisions.addItem(self.tr("Update existing"), UPDATE)
            decisions.addItem(self.tr("Create new"), NEW)
            decisions.addItem(self.tr("Skip"), SKIP)
            if len(row.candidates) > 1:
                self.table.setCellWidget(index, self.STORED, records)
            else:  # one candidate: plain text reads better than a list with nothing to choose
                self.table.setItem(index, self.STORED, item(row.candidates[0].label))
            self.table.setCellWidget(index, self.DECISION, decisions)
            self.record_combos.append(records)
            self.decision_combos.append(decisions)
            records.currentIndexChanged.connect(lambda _i, r=index: self._show_candidate(r))
            decisions.currentIndexChanged.connect(lambda _i: self._changed())
            self._suggest(index)
        self._changed()

    def _suggest(self, index: int) -> None:
        row = self.rows[index]
        records, decisions = self.record_combos[index], self.decision_combos[index]
        if row.default in (NEW, SKIP):
            decisions.setCurrentIndex(decisions.findData(row.default))
        else:
            records.setCurrentIndex(max(0, records.findData(row.default)))
            decisions.setCurrentIndex(decisions.findData(UPDATE))
        self._show_candidate(index)
        self.table.item(index, self.INCOMING).setToolTip(in_user_language(row.why))

    def _show_candidate(self, index: int) -> None:
        candidate = self.rows[index].candidates[max(0, self.record_combos[index].currentIndex())]
        self.table.setItem(index, self.SCORE, item(f"{candidate.score:.0f}%", number=True))
        self.table.setItem(index, self.WHY, item(in_user_language(candidate.why),
                                                 in_user_language(self.rows[index].why)))
        self._changed()

    def set_all(self, decision: str | None) -> None:
        selected = sorted({index.row() for index in self.table.selectedIndexes()})
        for index in selected or range(len(self.rows)):
            combo = self.decision_combos[index]
            combo.blockSignals(True)  # one check of the whole table at the end, not one per row
            try:
                if decision is None:
                    self._suggest(index)
                else:
                    combo.setCurrentIndex(combo.findData(decision))
            finally:
                combo.blockSignals(False)
        self._changed()

    def decisions(self) -> dict[RowKey, Decision]:
        chosen: dict[RowKey, Decision] = {}
        for row, records, decisions in zip(self.rows, self.record_combos, self.decision_combos, strict=True):
            decision = decisions.currentData()
            chosen[row.key] = records.currentData() if decision == UPDATE else decision
        return chosen

    def conflicts(self) -> dict[int, int]:
        """Row index -> the earlier row index updating the same stored record (two rows cannot be one record)."""
        claimed: dict[tuple[str, str], int] = {}
        clashes: dict[int, int] = {}
        for index, (row, decision) in enumerate(zip(self.rows, self.decisions().values(), strict=True)):
            if decision in (NEW, SKIP):
                continue
            first = claimed.setdefault((row.sheet, decision), index)
            if first != index:
                clashes[index] = first
        return clashes

    def _changed(self) -> None:
        if len(self.decision_combos) != len(self.rows):
            return  # still filling the table
        clashes = self.conflicts()
        for index in range(len(self.rows)):
            cell = self.table.item(index, self.INCOMING)
            if cell is not None:
                cell.setBackground(PROBLEM_COLOUR if index in clashes else self.table.palette().base())
        if clashes:
            lines = [self.tr("Rows {row} and {other} of {sheet} would both update {record}: create one as new or "
                             "skip it.").format(row=self.rows[i].row, other=self.rows[j].row,
                                                sheet=html.escape(sheet_label(self.rows[i].sheet)),
                                                record=html.escape(self.record_combos[i].currentText()))
                     for i, j in clashes.items()]
            self.explanation.setText("<span style='color:#c0392b'>" + "<br>".join(lines) + "</span>")
        else:
            chosen = list(self.decisions().values())
            updates = sum(1 for d in chosen if d not in (NEW, SKIP))
            self.explanation.setText(self.tr("Of the matched rows: {update} update, {new} new, {skip} skipped.")
                                     .format(update=updates, new=chosen.count(NEW), skip=chosen.count(SKIP))
                                     if self.rows else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.plan is not None and not self.conflicts()

    def validatePage(self) -> bool:
        self.owner.decisions = self.decisions()
        return True
