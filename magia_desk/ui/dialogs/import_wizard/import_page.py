"""Step 5: the import itself, on a worker with progress and Cancel (one transaction: a cancelled or refused
import writes nothing), then what was created, updated and skipped per sheet."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from magia_desk.services.exchange.importer import apply_import
from magia_desk.services.exchange.plan import ImportRefused, ImportSummary
from magia_desk.services.exchange.schema import SHEET_ORDER
from magia_desk.ui.dialogs.import_wizard.common import IMPORTED_KINDS, item, problem_line, read_only_table, sheet_label
from magia_desk.ui.labels import number
from magia_desk.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from magia_desk.ui.dialogs.import_wizard.wizard import ImportWizard


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.handle: TaskHandle | None = None
        self.done = False
        self._close_after = False
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("The whole file is written at once: if anything stops it, nothing is written."))
        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.cancel_button = QPushButton(self.tr("&Cancel the import"))
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setVisible(False)
        run_row = QHBoxLayout()
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.retry_button)
        self.summary_table = read_only_table([self.tr("Sheet"), self.tr("Created"), self.tr("Updated"),
                                              self.tr("Unchanged"), self.tr("Skipped")])
        self.summary_table.setObjectName("summary_table")
        self.summary_table.setMaximumWidth(640)
        header = self.summary_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.summary_table.setColumnWidth(column, 96)
        self.summary_table.setVisible(False)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(run_row)
        layout.addWidget(self.summary_table, 1)
        layout.addWidget(self.details)
        layout.addStretch(0)
        self.cancel_button.clicked.connect(lambda: self.cancel())
        self.retry_button.clicked.connect(self.run)
        wizard.ctx.tasks.task_progress.connect(self._on_progress)
        # The runner hands no Cancelled to on_error: a cancelled import is seen finishing (_on_finished).
        wizard.ctx.tasks.task_finished.connect(self._on_finished)

    @property
    def running(self) -> bool:
        return self.handle is not None

    def initializePage(self) -> None:
        self.run()

    def run(self) -> None:
        wizard = self.owner
        plan, decisions, store = wizard.plan, dict(wizard.decisions), wizard.ctx.store
        if plan is None:
            return
        self.done = False
        self.summary_table.setVisible(False)
        self.details.clear()
        self.retry_button.setVisible(False)
        self.cancel_button.setVisible(True)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing {name}…").format(name=html.escape(plan.source.name)))

        def work(progress: Callable[[int, int], bool]) -> ImportSummary:
            return apply_import(store, plan, decisions, progress)

        self.handle = wizard.ctx.tasks.run_with_progress(work, self._imported, on_error=self._failed, owner=self,
                                                         label=self.tr("Importing {name}").format(
                                                             name=plan.source.name))
        self._buttons()

    def cancel(self, close_after: bool = False) -> None:
        self._close_after = self._close_after or close_after
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, handle: TaskHandle) -> None:
        if handle is self.handle and handle.fraction is not None:
            self.progress.setValue(int(1000 * handle.fraction))

    def _on_finished(self, handle: TaskHandle) -> None:
        if handle is self.handle and handle.cancelled:
            # Decide once the outcome is delivered (right after this signal): a Cancel pressed after the import's
            # last step did not stop it, and then _imported has shown what was written.
            QTimer.singleShot(0, lambda: self._cancelled(handle))

    def _cancelled(self, handle: TaskHandle) -> None:
        if handle is self.handle:
            self._stopped(self.tr("Cancelled: nothing was written."), "")

    def _stopped(self, text: str, details: str) -> None:
        self.handle = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.retry_button.setVisible(True)
        styled = f"<span style='color:#c0392b'>{html.escape(text)}</span>"
        self.status.setText(styled)
        self.details.setText(details)
        self._buttons()
        if self._close_after:
            self.owner.done(0)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            lines = "".join(f"<li>{html.escape(problem_line(p))}</li>" for p in exc.problems[:50])
            self._stopped(self.tr("The import was refused and nothing was written: go Back to change the "
                                  "decisions, or correct the file."), f"<ul>{lines}</ul>")
            return
        self._stopped(self.tr("The import failed and nothing was written."), "")
        self.owner.ctx.tasks.report(exc, self.tr("Importing the file"), self)

    def _imported(self, summary: ImportSummary) -> None:
        self.handle = None
        self.done = True
        self.owner.summary = summary
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.show_summary(summary)
        self.setCommitPage(True)  # written: going back would only invite importing twice
        self._buttons()
        if summary.changed:
            self.owner.ctx.operations.changed(IMPORTED_KINDS)

    def show_summary(self, summary: ImportSummary) -> None:
        sheets = [name for name in SHEET_ORDER if name in summary.sheets]
        self.summary_table.setRowCount(len(sheets) + 1)
        totals = [0, 0, 0, 0]
        for index, name in enumerate(sheets):
            counts = summary.sheets[name]
            values = [counts.created, counts.updated, counts.unchanged, counts.skipped]
            totals = [a + b for a, b in zip(totals, values, strict=True)]
            self.summary_table.setItem(index, 0, item(sheet_label(name)))
            for column, value in enumerate(values, start=1):
                self.summary_table.setItem(index, column, item(QLocale().toString(value), number=True))
        last = len(sheets)
        self.summary_table.setItem(last, 0, item(self.tr("Total")))
        for column, value in enumerate(totals, start=1):
            self.summary_table.setItem(last, column, item(QLocale().toString(value), number=True))
        for column in range(5):
            cell = self.summary_table.item(last, column)
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
        rows = self.summary_table.verticalHeader().defaultSectionSize()
        self.summary_table.setFixedHeight(rows * (last + 1) + self.summary_table.horizontalHeader().height() + 4)
        self.summary_table.setVisible(True)
        created, updated = totals[0], totals[1]
        if summary.changed:
            text = self.tr("Imported: {created} created, {updated} updated.").format(created=number(created),
                                                                                    updated=number(updated))
        else:
            text = self.tr("Nothing to change: the store already holds everything in this file.")
        styled = f"<span style='color:#1e8449'><b>{html.escape(text)}</b></span>"
        self.status.setText(styled)
        notes = []
        if summary.officers_created:
            notes.append(self.tr("New officers: {names}.").format(names=", ".join(summary.officers_created)))
        skipped = [d for d in summary.decisions if d.decision == "skip"]
        if skipped:
            notes.append(self.tr("Skipped rows: {rows}.").format(
                rows=", ".join(f"{sheet_label(d.sheet)} {d.row}" for d in skipped[:20])
                + ("…" if len(skipped) > 20 else "")))
        self.details.setText("<br>".join(html.escape(n) for n in notes))

    def _buttons(self) -> None:
        self.completeChanged.emit()
        back = self.owner.button(self.owner.WizardButton.BackButton)
        back.setEnabled(not self.running and not self.done)

    def isComplete(self) -> bool:
        return self.done
