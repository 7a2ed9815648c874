"""Step 2: which column of the file is which field. The exchange workbook's own headers match on their own;
other headers get suggestions by similarity, and what the user chose is remembered for the same headers."""

from __future__ import annotations

import hashlib
import html
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from magia_desk.services.exchange.reader import (
    REF_OPTIONAL_WHEN_MAPPED,
    SheetMapping,
    SheetOutline,
    guess_sheet,
    suggest_columns,
)
from magia_desk.services.exchange.schema import SHEET_BY_NAME, SHEET_ORDER, header_key
from magia_desk.services.i18n import as_message, field_label, translate_message
from magia_desk.ui.dialogs.import_wizard.common import item, read_only_table, sheet_label

if TYPE_CHECKING:
    from magia_desk.ui.dialogs.import_wizard.wizard import ImportWizard

SETTINGS_PREFIX = "import/mapping/"


def headers_key(headers: list[str]) -> str:
    """The same headers in any order and case give the same settings key."""
    joined = "|".join(sorted(header_key(h) for h in headers))
    return SETTINGS_PREFIX + hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


class SheetMappingEditor(QWidget):
    """One sheet of the file: import it as which sheet, and one field per column."""

    def __init__(self, page: MappingPage, outline: SheetOutline, remembered: dict | None) -> None:
        super().__init__(page)
        self.page = page
        self.outline = outline
        self.remembered = remembered
        self.sheet_choice = QComboBox()
        self.sheet_choice.addItem(self.tr("Do not import this sheet"), None)
        for name in SHEET_ORDER:
            self.sheet_choice.addItem(sheet_label(name), name)
        self.note = QLabel()
        self.note.setWordWrap(True)
        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(self.tr("Import as:")))
        choice_row.addWidget(self.sheet_choice)
        choice_row.addSpacing(12)
        choice_row.addWidget(self.note, 1)
        self.table = read_only_table([self.tr("Column in the file"), self.tr("First values"), self.tr("Field"),
                                      self.tr("Match")])
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.setColumnWidth(2, 220)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addLayout(choice_row)
        layout.addWidget(self.table)
        guessed = outline.spec
        if guessed is None and len(page.owner.outline.sheets if page.owner.outline else []) == 1:
            guessed = guess_sheet(outline.headers)
        sheet = (remembered or {}).get("sheet", guessed)
        self.sheet_choice.setCurrentIndex(max(0, self.sheet_choice.findData(sheet)))
        self.sheet_choice.currentIndexChanged.connect(lambda _i: self.fill(use_memory=False))
        self.fill(use_memory=remembered is not None)

    @property
    def sheet(self) -> str | None:
        return self.sheet_choice.currentData()

    def fill(self, use_memory: bool) -> None:
        headers = self.outline.headers
        sheet = self.sheet
        self.table.setRowCount(len(headers))
        self.combos = []
        suggested = suggest_columns(sheet, headers) if sheet else {}
        memory = (self.remembered or {}).get("columns", {}) if use_memory else {}
        if not sheet:
            self.note.setText(self.tr("This sheet is left out."))
        elif use_memory:
            self.note.setText(self.tr("Columns as you matched them last time for these headers."))
        elif self.page.owner.outline is not None and self.page.owner.outline.is_exchange_workbook:
            self.note.setText(self.tr("The exchange workbook's own headers are matched automatically."))
        else:
            self.note.setText(self.tr("Suggested from the headers: check each field."))
        for row, header in enumerate(headers):
            examples = [s[row] for s in self.outline.samples if row < len(s) and s[row]][:3]
            self.table.setItem(row, 0, item(header))
            self.table.setItem(row, 1, item(" · ".join(examples)))
            combo = QComboBox()
            combo.setEnabled(sheet is not None)
            combo.addItem(self.tr("— not imported —"), None)
            spec = SHEET_BY_NAME[sheet] if sheet else None
            for column in spec.columns if spec else ():
                required = column.required and not (column.name == "ref" and sheet in REF_OPTIONAL_WHEN_MAPPED)
                # The field as people call it, and the workbook's own header where it reads differently.
                shown = field_label(column.name)
                if shown.casefold() != column.name.replace("_", " "):
                    shown += f"  ({column.name})"
                shown += " *" if required else ""
                combo.addItem(shown, column.name)
                combo.setItemData(combo.count() - 1, translate_message(as_message(column.meaning)),
                                  Qt.ItemDataRole.ToolTipRole)
            column, score = suggested.get(header, (None, 0.0))
            how = ""
            if header in memory:
                column, how = memory[header] or None, self.tr("remembered")
            elif column is not None:
                how = (self.tr("same name") if score >= 100 else self.tr("usual header") if score >= 99
                       else self.tr("{score}% similar").format(score=f"{score:.0f}"))
            combo.setCurrentIndex(max(0, combo.findData(column)))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._changed(r))
            self.table.setCellWidget(row, 2, combo)
            self.table.setItem(row, 3, item(how))
            self.combos.append(combo)
        self.page.completeChanged.emit()

    def _changed(self, row: int) -> None:
        self.table.setItem(row, 3, item(self.tr("your choice")))
        self.page.completeChanged.emit()

    def columns(self) -> dict[str, str | None]:
        return {header: combo.currentData() for header, combo in zip(self.outline.headers, self.combos, strict=True)}

    def problems(self) -> list[str]:
        sheet = self.sheet
        if sheet is None:
            return []
        spec = SHEET_BY_NAME[sheet]
        chosen = [c for c in self.columns().values() if c]
        problems = []
        for column in spec.required:
            if column not in chosen and not (column == "ref" and sheet in REF_OPTIONAL_WHEN_MAPPED):
                problems.append(self.tr("{sheet}: no column is the required field {field}.")
                                .format(sheet=html.escape(self.outline.title), field=f"<b>{column}</b>"))
        for column in sorted({c for c in chosen if chosen.count(c) > 1}):
            problems.append(self.tr("{sheet}: several columns are the field {field}; keep one.")
                            .format(sheet=html.escape(self.outline.title), field=f"<b>{column}</b>"))
        return problems


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Say which field each column of the file fills. Fields marked * are required."))
        self.tabs = QTabWidget()
        self.editors: list[SheetMappingEditor] = []
        self.explanation = QLabel()
        self.explanation.setObjectName("mapping_problems")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.explanation)
        self._built_for: object = None

    def initializePage(self) -> None:
        outline = self.owner.outline
        if outline is None or outline is self._built_for:
            return  # back from the preview: keep what was chosen
        self._built_for = outline
        self.tabs.clear()
        self.editors = []
        settings = self.owner.ctx.settings
        for sheet in outline.sheets:
            remembered = None
            if not outline.is_exchange_workbook:
                raw = settings.value(headers_key(sheet.headers))
                try:
                    remembered = json.loads(raw) if raw else None
                except (TypeError, ValueError):
                    remembered = None
            editor = SheetMappingEditor(self, sheet, remembered)
            self.editors.append(editor)
            self.tabs.addTab(editor, sheet.title)
        self.completeChanged.emit()

    def problems(self) -> list[str]:
        problems = [p for editor in self.editors for p in editor.problems()]
        chosen = [e.sheet for e in self.editors if e.sheet]
        if not chosen:
            problems.append(self.tr("Choose at least one sheet to import."))
        for sheet in sorted({s for s in chosen if chosen.count(s) > 1}):
            problems.append(self.tr("Several sheets are imported as {sheet}; keep one.")
                            .format(sheet=f"<b>{html.escape(sheet_label(sheet))}</b>"))
        return problems

    def isComplete(self) -> bool:
        problems = self.problems()
        if problems:
            intro = QCoreApplication.translate("MappingPage", "Before going on:")
            self.explanation.setText(f"<span style='color:#c0392b'>{intro}<br>" + "<br>".join(problems) + "</span>")
        else:
            self.explanation.setText("")
        return not problems

    def validatePage(self) -> bool:
        self.owner.mappings = {
            editor.outline.title: SheetMapping(editor.sheet, editor.columns())
            for editor in self.editors if editor.sheet
        }
        if self.owner.outline is not None and not self.owner.outline.is_exchange_workbook:
            for editor in self.editors:  # remembered for the next file with the same headers
                value = {"sheet": editor.sheet, "columns": {h: c or "" for h, c in editor.columns().items()}}
                self.owner.ctx.settings.setValue(headers_key(editor.outline.headers), json.dumps(value))
        return True
