"""Step 3: the file read with the chosen columns and checked against the store, on a worker. The first rows of
each sheet are shown with every invalid cell highlighted and explained; the list below names every problem
(sheet, row, column, value, what is wrong) in the services' words. Next waits until there are none."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWizardPage,
)

from magia_desk.services.exchange.importer import plan_import
from magia_desk.services.exchange.plan import ImportPlan, Problem
from magia_desk.services.exchange.reader import WorkbookRows, read_workbook
from magia_desk.services.exchange.schema import SHEET_ORDER
from magia_desk.ui.dialogs.import_wizard.common import (
    PREVIEW_ROWS,
    PROBLEM_COLOUR,
    WARNING_COLOUR,
    cell_text,
    item,
    problem_text,
    read_only_table,
    sheet_label,
)
from magia_desk.ui.errors import user_message
from magia_desk.ui.labels import number
from magia_desk.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from magia_desk.ui.dialogs.import_wizard.wizard import ImportWizard

MAX_LISTED = 2000  # problems listed; the count says how many more there are


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.handle: TaskHandle | None = None
        self._check: object = None  # the latest check started: only its result is shown
        self.sheet_tables: dict[str, QTableWidget] = {}
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Cells with a problem are highlighted: point at one to read what is wrong."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.verdict = QLabel()
        self.verdict.setObjectName("preview_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.recheck_button = QPushButton(self.tr("Check &again"))
        self.recheck_button.setToolTip(self.tr("Read the file again, after correcting it in the spreadsheet"))
        self.sheets = QTabWidget()
        self.sheets.setDocumentMode(True)
        self.problem_table = read_only_table([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
                                              self.tr("What is wrong")])
        self.problem_table.setObjectName("problem_table")
        self.warning_table = read_only_table([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
                                              self.tr("Note")])
        for table in (self.problem_table, self.warning_table):
            header = table.horizontalHeader()
            for column, width in ((0, 110), (1, 50), (2, 120), (3, 180)):
                table.setColumnWidth(column, width)
            header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
            table.itemDoubleClicked.connect(self._go_to_cell)
        self.lists = QTabWidget()
        self.lists.setDocumentMode(True)
        self.lists.addTab(self.problem_table, "")
        self.lists.addTab(self.warning_table, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.sheets)
        split.addWidget(self.lists)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([330, 170])  # the rows first: the list below is their index
        top = QHBoxLayout()
        top.addWidget(self.verdict, 1)
        top.addWidget(self.recheck_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(split, 1)
        self.recheck_button.clicked.connect(self.check)
        wizard.ctx.tasks.task_progress.connect(self._on_progress)

    # ---- running the check -------------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.check()

    def cleanupPage(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.handle = None

    def check(self) -> None:
        self.stop()
        wizard = self.owner
        wizard.plan = wizard.workbook = None
        path = wizard.outline.path if wizard.outline else None
        if path is None:
            return
        store, mappings = wizard.ctx.store, dict(wizard.mappings)
        self.sheets.clear()
        self.sheet_tables = {}
        self.problem_table.setRowCount(0)
        self.warning_table.setRowCount(0)
        self.progress.setVisible(True)
        self.recheck_button.setEnabled(False)
        self.verdict.setText(self.tr("Reading and checking {name}…").format(name=html.escape(path.name)))
        self.completeChanged.emit()

        def work(progress: Callable[[int, int], bool]) -> tuple[WorkbookRows, ImportPlan]:
            workbook = read_workbook(path, mappings)
            return workbook, plan_import(store, workbook, progress)

        # Only the latest check may land: one stopped by Back or Check again can still finish (reading ignores
        # Cancel), and its plan is for other mappings.
        self._check = check = object()

        def done(result: tuple[WorkbookRows, ImportPlan]) -> None:
            if self._check is check:
                self._checked(result)

        def failed(exc: BaseException) -> None:
            if self._check is check:
                self._failed(exc)

        self.handle = wizard.ctx.tasks.run_with_progress(work, done, on_error=failed, owner=self,
                                                         label=self.tr("Checking the file to import"))

    def _on_progress(self, handle: TaskHandle) -> None:
        if handle is self.handle and handle.fraction is not None:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * handle.fraction))

    def _failed(self, exc: BaseException) -> None:
        self.handle = None
        self.progress.setVisible(False)
        self.recheck_button.setEnabled(True)
        self.verdict.setText(self._red(self.tr("The file could not be checked: {error}").format(
            error=user_message(exc))))
        self.completeChanged.emit()

    def _checked(self, result: tuple[WorkbookRows, ImportPlan]) -> None:
        self.handle = None
        self.progress.setVisible(False)
        self.recheck_button.setEnabled(True)
        self.owner.workbook, self.owner.plan = result
        self.show_result(*result)
        self.completeChanged.emit()

    # ---- showing it --------------------------------------------------------------------------------------

    def _red(self, text: str) -> str:
        return f"<span style='color:#c0392b'>{html.escape(text)}</span>"

    def show_result(self, workbook: WorkbookRows, plan: ImportPlan) -> None:
        by_cell: dict[tuple[str, int, str | None], list[Problem]] = {}
        for problem in plan.problems:
            if problem.row is not None:
                by_cell.setdefault((problem.sheet, problem.row, problem.column), []).append(problem)
        for name in SHEET_ORDER:
            if name in workbook.sheets:
                self._add_sheet(name, workbook, by_cell)
        self._list(self.problem_table, plan.problems)
        self._list(self.warning_table, plan.warnings)
        self.lists.setTabText(0, self.tr("Problems (%Ln)", "", len(plan.problems)))
        self.lists.setTabText(1, self.tr("Warnings (%Ln)", "", len(plan.warnings)))
        self.lists.setCurrentIndex(0 if plan.problems or not plan.warnings else 1)
        if plan.problems:
            self.verdict.setText(self._red(self.tr(
                "%Ln problem(s) must be fixed before importing. Correct them in the file, save it and press "
                "Check again, or go Back to match the columns differently.", "", len(plan.problems))))
            return
        rows = sum(len(r) for r in plan.rows.values())
        matched = len(plan.matches)
        text = self.tr("No problems: %Ln row(s) are ready to import.", "", rows)
        if matched:
            text += " " + self.tr("%Ln of them may already be in the store: decide about them next.", "", matched)
        styled = f"<span style='color:#1e8449'>{html.escape(text)}</span>"
        self.verdict.setText(styled)

    def _add_sheet(self, name: str, workbook: WorkbookRows,
                   by_cell: dict[tuple[str, int, str | None], list[Problem]]) -> None:
        sheet = workbook.sheets[name]
        mapping = self.owner.mappings.get(sheet.title)
        headers = {v: h for h, v in mapping.columns.items() if v} if mapping else {}
        labels = [column if headers.get(column, column) == column else f"{headers[column]} → {column}"
                  for column in sheet.columns]
        table = read_only_table(labels)
        table.setObjectName(f"preview_{name}")
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        table.verticalHeader().setVisible(True)
        table.horizontalHeader().setStretchLastSection(False)
        shown = sheet.rows[:PREVIEW_ROWS]
        table.setRowCount(len(shown))
        flagged = 0
        outside_columns: dict[int, list[Problem]] = {}  # per row: problems of the row, or of no shown column
        for (problem_sheet, row_number, column), problems in by_cell.items():
            if problem_sheet == name and column not in sheet.columns:
                outside_columns.setdefault(row_number, []).extend(problems)
        for index, (row_number, values) in enumerate(shown):
            header_item = QTableWidgetItem(str(row_number))
            row_problems = outside_columns.get(row_number, [])
            if row_problems:
                header_item.setBackground(PROBLEM_COLOUR)
                header_item.setToolTip("\n".join(f"{p.column or ''}: {problem_text(p)}".lstrip(": ")
                                                 for p in row_problems))
            table.setVerticalHeaderItem(index, header_item)
            for position, column in enumerate(sheet.columns):
                cell = item(cell_text(values.get(column)))
                problems = by_cell.get((name, row_number, column))
                if problems:
                    flagged += 1
                    cell.setBackground(PROBLEM_COLOUR)
                    cell.setToolTip("\n".join(problem_text(p) for p in problems))
                table.setItem(index, position, cell)
        table.resizeColumnsToContents()
        for position in range(table.columnCount()):
            table.setColumnWidth(position, min(max(table.columnWidth(position), 60), 260))
        title = sheet_label(name)
        if len(sheet.rows) > PREVIEW_ROWS:
            title = self.tr("{sheet} (first {shown} of {total} rows)").format(
                sheet=title, shown=number(PREVIEW_ROWS), total=number(len(sheet.rows)))
        self.sheet_tables[name] = table
        tab = self.sheets.addTab(table, title)
        if flagged:
            self.sheets.tabBar().setTabTextColor(tab, Qt.GlobalColor.red)

    def _list(self, table: QTableWidget, problems: list[Problem]) -> None:
        listed = problems[:MAX_LISTED]
        table.setRowCount(len(listed))
        for index, problem in enumerate(listed):
            cells = [item(sheet_label(problem.sheet)), item(str(problem.row or ""), number=True),
                     item(problem.column or ""), item(cell_text(problem.value)), item(problem_text(problem))]
            cells[0].setData(Qt.ItemDataRole.UserRole, (problem.sheet, problem.row, problem.column))
            for column, cell in enumerate(cells):
                if table is self.warning_table and column == 4:
                    cell.setBackground(WARNING_COLOUR)
                table.setItem(index, column, cell)
        if len(problems) > MAX_LISTED:
            table.setRowCount(MAX_LISTED + 1)
            table.setItem(MAX_LISTED, 4, item(self.tr("… and %Ln more", "", len(problems) - MAX_LISTED)))

    def _go_to_cell(self, clicked: QTableWidgetItem) -> None:
        first = clicked.tableWidget().item(clicked.row(), 0)
        where = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
        if not where or where[0] not in self.sheet_tables:
            return
        sheet, row, column = where
        table = self.sheet_tables[sheet]
        self.sheets.setCurrentWidget(table)
        rows = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
        if str(row) in rows:
            columns = self.owner.workbook.sheets[sheet].columns if self.owner.workbook else []
            table.setCurrentCell(rows.index(str(row)), columns.index(column) if column in columns else 0)

    def isComplete(self) -> bool:
        return self.handle is None and self.owner.plan is not None and self.owner.plan.ok
