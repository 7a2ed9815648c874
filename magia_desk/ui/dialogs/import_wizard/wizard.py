"""`ImportWizard(ctx, parent, path)`: import an exchange workbook, or one sheet of organizations or contacts.

The pages share the wizard's state: the file's outline, the column mappings chosen, the file as read with them,
the plan (problems, matches), the decisions taken and the summary. Everything long (reading, checking,
writing) runs on the context's workers; the import itself is one transaction, so Cancel leaves nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from magia_desk.services.exchange.plan import Decision, ImportPlan, ImportSummary, RowKey
from magia_desk.services.exchange.reader import FileOutline, SheetMapping, WorkbookRows
from magia_desk.ui.context import AppContext


class ImportWizard(QWizard):
    FILE, MAPPING, PREVIEW, DECISIONS, IMPORT = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        from magia_desk.ui.dialogs.import_wizard.decisions_page import DecisionsPage
        from magia_desk.ui.dialogs.import_wizard.file_page import FilePage
        from magia_desk.ui.dialogs.import_wizard.import_page import ImportPage
        from magia_desk.ui.dialogs.import_wizard.mapping_page import MappingPage
        from magia_desk.ui.dialogs.import_wizard.preview_page import PreviewPage

        self.ctx = ctx
        self.outline: FileOutline | None = None
        self.mappings: dict[str, SheetMapping] = {}
        self.workbook: WorkbookRows | None = None
        self.plan: ImportPlan | None = None
        self.decisions: dict[RowKey, Decision] = {}
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import a workbook"))
        self.setObjectName("import_wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.file_page = FilePage(self, path)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.decisions_page = DecisionsPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in ((self.FILE, self.file_page), (self.MAPPING, self.mapping_page),
                              (self.PREVIEW, self.preview_page), (self.DECISIONS, self.decisions_page),
                              (self.IMPORT, self.import_page)):
            self.setPage(page_id, page)
        self.setStartId(self.FILE)

    def sizeHint(self) -> QSize:
        return QSize(980, 680)

    def reject(self) -> None:
        """Cancel stops the work under way first: an import cancelled mid-way writes nothing."""
        if self.import_page.running:
            self.import_page.cancel(close_after=True)
            return
        self.preview_page.stop()
        super().reject()
