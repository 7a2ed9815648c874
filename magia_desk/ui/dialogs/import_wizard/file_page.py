"""Step 1: choose the file; it is looked at (sheets, headers, rows) on a worker before Next is offered."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from magia_desk.services.exchange.reader import FileOutline, outline_file
from magia_desk.services.exchange.template import write_template
from magia_desk.ui.dialogs.import_wizard.common import problem_line, sheet_label
from magia_desk.ui.errors import show_error, user_message

if TYPE_CHECKING:
    from magia_desk.ui.dialogs.import_wizard.wizard import ImportWizard

FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv"


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: str | None = None) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.busy = False
        self._looked_at = ""
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(self.tr("Nothing is written until the last step."))
        intro = QLabel(self.tr(
            "Import an <b>exchange workbook</b> (what <i>Export</i> writes, or the template filled in), or "
            "<b>one sheet of organizations or contacts</b> from any spreadsheet, as .xlsx or .csv. "
            "The next steps match its columns, check every row and let you decide about records that may "
            "already be in the store."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(self.tr("A workbook (.xlsx, .ods) or a .csv file"))
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.template_button = QPushButton(self.tr("Save an empty &template…"))
        self.template_button.setToolTip(self.tr("The exchange workbook with its headers, explanations and "
                                                "example rows, to fill in"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.status = QLabel()
        self.status.setObjectName("file_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        template_row = QHBoxLayout()
        template_row.addStretch(1)
        template_row.addWidget(self.template_button)
        layout.addLayout(template_row)
        self.browse_button.clicked.connect(self.browse)
        self.template_button.clicked.connect(self.save_template)
        self.path_edit.editingFinished.connect(lambda: self.look_at(self.path_edit.text()))
        if path:
            self.path_edit.setText(path)
            self.look_at(path)

    def browse(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import a workbook"), start,
                                                self.tr("Spreadsheets") + f" ({FILE_FILTER})")
        if chosen:
            self.path_edit.setText(chosen)
            self.look_at(chosen)

    def save_template(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save an empty template"),
                                                str(Path.home() / "magia-desk-template.xlsx"),
                                                self.tr("Excel workbook") + " (*.xlsx)")
        if not chosen:
            return
        try:
            write_template(chosen)
        except OSError as exc:
            show_error(self, exc, self.tr("Saving the template"))
            return
        self.status.setText(self.tr("Template saved as {name}: fill it in, then choose it here.")
                            .format(name=html.escape(Path(chosen).name)))

    def look_at(self, text: str) -> None:
        path = text.strip()
        if path == self._looked_at and self.owner.outline is not None:
            return
        self._looked_at = path
        self.owner.outline = None
        if not path:
            self.status.clear()
            self.completeChanged.emit()
            return
        if not Path(path).is_file():
            self.status.setText(self._error(self.tr("There is no file at this path.")))
            self.completeChanged.emit()
            return
        self.busy = True
        self.status.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()
        self.owner.ctx.tasks.run(lambda: outline_file(path), lambda outline: self._looked(path, outline),
                                 on_error=self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status.setText(self._error(user_message(exc)))
        self.completeChanged.emit()

    def _looked(self, path: str, outline: FileOutline) -> None:
        if path != self._looked_at:
            return  # another file was chosen meanwhile
        self.busy = False
        self.owner.outline = None if outline.problems else outline
        self.status.setText(self.describe(outline))
        self.completeChanged.emit()

    def _error(self, text: str) -> str:
        return f"<span style='color:#c0392b'>{html.escape(text)}</span>"

    def describe(self, outline: FileOutline) -> str:
        if outline.problems:
            return self._error(self.tr("This file cannot be imported: {problem}").format(
                problem="; ".join(problem_line(p) for p in outline.problems)))
        lines = []
        for sheet in outline.sheets:
            rows = self.tr("%Ln row(s)", "", sheet.rows)
            what = (self.tr("read as {sheet}").format(sheet=sheet_label(sheet.spec)) if sheet.spec
                    else self.tr("columns to match by hand"))
            lines.append(f"<li><b>{html.escape(sheet.title)}</b>: {rows}, {what}</li>")
        kind = (self.tr("An exchange workbook:") if outline.is_exchange_workbook
                else self.tr("A spreadsheet with %Ln sheet(s):", "", len(outline.sheets)))
        return f"{kind}<ul style='margin-top:2px'>{''.join(lines)}</ul>"

    def isComplete(self) -> bool:
        return not self.busy and self.owner.outline is not None
