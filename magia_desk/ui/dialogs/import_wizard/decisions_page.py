"""Step 4: rows that may be records already in the store (same VAT number, web domain, email, similar name...).
Each shows its best matches with score and reason; the user chooses update, create new or skip, one by one or
in bulk. The plan's defaults are the starting point (the same the command line applies)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from magia_desk.services.exchange.plan import NEW, SKIP, Decision, PlannedRow, RowKey
from magia_desk.ui.dialogs.import_wizard import decisions_model as columns
from magia_desk.ui.dialogs.import_wizard.common import sheet_label
from magia_desk.ui.dialogs.import_wizard.decisions_model import UPDATE, ChoiceDelegate, ChoiceTable, DecisionsModel
from magia_desk.ui.labels import number

if TYPE_CHECKING:
    from magia_desk.ui.dialogs.import_wizard.wizard import ImportWizard


class DecisionsPage(QWizardPage):
    SHEET, ROW, INCOMING, STORED, SCORE, WHY, DECISION = (columns.SHEET, columns.ROW, columns.INCOMING,
                                                          columns.STORED, columns.SCORE, columns.WHY,
                                                          columns.DECISION)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Records that may already be in the store"))
        self.setSubTitle(self.tr("For each match, update the stored record, create a new one, or skip the row."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = DecisionsModel(
            [self.tr("Sheet"), self.tr("Row"), self.tr("In the file"), self.tr("In the store"), self.tr("Score"),
             self.tr("Why"), self.tr("Decision")],
            {UPDATE: self.tr("Update existing"), NEW: self.tr("Create new"), SKIP: self.tr("Skip")}, self)
        self.table = self._table()
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
        self.bulk_label = QLabel(self.tr("Selected rows, or all:"))
        bulk.addWidget(self.bulk_label)
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
        layout.addStretch(0)  # takes the room of the table when there is nothing to decide
        self.update_all.clicked.connect(lambda: self.set_all(UPDATE))
        self.new_all.clicked.connect(lambda: self.set_all(NEW))
        self.skip_all.clicked.connect(lambda: self.set_all(SKIP))
        self.suggested.clicked.connect(lambda: self.set_all(None))
        self.model.changed.connect(self._show_choices)
        self._built_for: object = None

    def _table(self) -> ChoiceTable:
        """Dense and calm like the wizard's other tables (ui.md), rows tall enough for the drop-downs."""
        table = ChoiceTable(ChoiceDelegate(self))
        table.setObjectName("decisions_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.setStyleSheet("QTableView { gridline-color: palette(midlight); }")
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # thousands of rows: no measuring each one
        rows.setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((self.SHEET, 100), (self.ROW, 46), (self.INCOMING, 200), (self.STORED, 230),
                              (self.SCORE, 56), (self.DECISION, 150)):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(self.WHY, QHeaderView.ResizeMode.Stretch)
        return table

    @property
    def rows(self) -> list[PlannedRow]:
        return self.model.rows

    def initializePage(self) -> None:
        plan = self.owner.plan
        if plan is None or plan is self._built_for:
            return
        self._built_for = plan
        rows = plan.matches
        total = sum(len(r) for r in plan.rows.values())
        if rows:
            self.intro.setText(self.tr("%Ln row(s) of the file look like records already in the store. The "
                                       "choices proposed follow the evidence: an identical key or a nearly "
                                       "identical name means the same record.", "", len(rows)))
        else:
            self.intro.setText(self.tr("No row of the file matches a record in the store: all %Ln row(s) will be "
                                       "created.", "", total))
        for widget in (self.table, self.bulk_label, self.update_all, self.new_all, self.skip_all, self.suggested):
            widget.setVisible(bool(rows))
        layout = self.layout()
        layout.setStretch(layout.count() - 1, 0 if rows else 1)
        if plan.duplicates_in_file:
            self.intro.setText(self.intro.text() + " " + self.tr(
                "%Ln pair(s) of rows inside the file look alike; both rows are imported (see the warnings of the "
                "previous step).", "", len(plan.duplicates_in_file)))
        self.model.load(rows)

    def _suggest(self, index: int) -> None:
        """The choice proposed for one row (the plan's default, the same the command line applies)."""
        self.model.apply([index], None)

    def set_all(self, decision: str | None) -> None:
        """One decision (None: the suggested ones) for the selected rows, or all rows when none is selected."""
        selection = self.table.selectionModel()
        selected = sorted({index.row() for index in selection.selectedIndexes()}) if selection else []
        self.model.apply(selected or range(len(self.rows)), decision)

    def decisions(self) -> dict[RowKey, Decision]:
        return {row.key: self.model.decision(index) for index, row in enumerate(self.rows)}

    def conflicts(self) -> dict[int, int]:
        """Row index -> the earlier row index updating the same stored record (two rows cannot be one record)."""
        return self.model.find_clashes()

    def _changed(self) -> None:
        """Check the whole table again (the highlighting follows) after choices changed."""
        self.model.refresh()

    def _show_choices(self) -> None:
        clashes = self.model.clashes
        if clashes:
            lines = [self.tr("Rows {row} and {other} of {sheet} would both update {record}: create one as new or "
                             "skip it.").format(row=self.rows[i].row, other=self.rows[j].row,
                                                sheet=html.escape(sheet_label(self.rows[i].sheet)),
                                                record=html.escape(self.model.candidate(i).label))
                     for i, j in clashes.items()]
            self.explanation.setText("<span style='color:#c0392b'>" + "<br>".join(lines) + "</span>")
        else:
            chosen = list(self.decisions().values())
            updates = sum(1 for d in chosen if d not in (NEW, SKIP))
            self.explanation.setText(self.tr("Of the matched rows: {update} update, {new} new, {skip} skipped.")
                                     .format(update=number(updates), new=number(chosen.count(NEW)),
                                             skip=number(chosen.count(SKIP)))
                                     if self.rows else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.plan is not None and not self.model.clashes

    def validatePage(self) -> bool:
        self.owner.decisions = self.decisions()
        return True
