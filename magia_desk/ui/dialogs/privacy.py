"""GDPR from the GUI: a person's subject access export and erasure, and the retention review.

`PrivacyDialog(ctx, contact_id)` is what the contact editor's "Privacy…" button opens; `export_subject_access`
and `erase_person` can also be wired to buttons directly. `RetentionDialog(ctx)` lists the contacts with no
activity for N years, to open or erase. The erasure (a rewrite of the history and a VACUUM) runs on a worker.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.contacts import get_contact
from magia_desk.services.gdpr import ErasureReport, StaleContact, erase_contact, stale_contacts, subject_access_export
from magia_desk.settings import Settings
from magia_desk.ui.context import AppContext
from magia_desk.ui.errors import show_error

# What an erasure changes, so that the views showing them refresh.
ERASURE_KINDS = frozenset({"contact", "note", "document", "participation", "meeting_attendee", "task", "action"})


def person_name(ctx: AppContext, contact_id: str) -> str:
    contact = get_contact(ctx.store, contact_id)
    name = " ".join(part for part in (contact.first_name, contact.last_name) if part)
    return name or QCoreApplication.translate("PrivacyDialog", "this person")


def confirm_erasure(parent: QWidget | None, name: str) -> bool:
    """Ask before erasing; tests replace this function to answer for the user."""
    title = QCoreApplication.translate("PrivacyDialog", "Erase {name}?").format(name=name)
    question = QCoreApplication.translate("PrivacyDialog", "Erase {name} from the store? This cannot be undone.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, question.format(name=name), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "PrivacyDialog",
        "Their name, email, phone, notes, documents and every past value in the history are removed for good.\n\n"
        "What stays: their participations in actions and meetings, now anonymous (“Erased person”), so that the "
        "partnership's indicator counts do not change; and their organization link.\n\n"
        "Backups made before today still hold their data until the rotation removes them."
    ))
    erase = box.addButton(QCoreApplication.translate("PrivacyDialog", "Erase {name}").format(name=name),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is erase


def export_subject_access(ctx: AppContext, parent: QWidget | None, contact_id: str,
                          out_path: Path | None = None) -> None:
    """Ask where (unless `out_path`), write the .json and .txt on a worker, then offer to open the text."""
    name = person_name(ctx, contact_id)
    if out_path is None:
        file_name = QCoreApplication.translate("PrivacyDialog", "Subject access - {name}.txt").format(name=name)
        caption = QCoreApplication.translate("PrivacyDialog", "Export everything held about {name}").format(name=name)
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(Path.home() / file_name),
                                                QCoreApplication.translate("PrivacyDialog", "Text and JSON (*.txt)"))
        if not chosen:
            return
        out_path = Path(chosen)
    store, target = ctx.store, out_path

    def done(files: object) -> None:
        text_path = files.text_path  # type: ignore[attr-defined]
        json_path = files.json_path  # type: ignore[attr-defined]
        where = QCoreApplication.translate(
            "PrivacyDialog", "Everything held about {name} is in:\n{text_file}\n{json_file}\n\nOpen the text file now?")
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("PrivacyDialog", "Subject access export written"),
            where.format(name=name, text_file=text_path, json_file=json_path),
        )
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(text_path)))

    failed = QCoreApplication.translate("PrivacyDialog", "Exporting the subject access data")
    working = QCoreApplication.translate("PrivacyDialog", "Exporting the data held about {name}").format(name=name)
    ctx.tasks.run(lambda: subject_access_export(store, contact_id, target), done,
                  on_error=lambda exc: show_error(parent, exc, failed), owner=parent, label=working)


def erase_person(ctx: AppContext, parent: QWidget | None, contact_id: str,
                 on_erased: Callable[[ErasureReport], None] | None = None) -> bool:
    """Confirm (naming the person), then erase on a worker; False when the user cancelled."""
    name = person_name(ctx, contact_id)
    if not confirm_erasure(parent, name):
        return False
    store = ctx.store
    erased = QCoreApplication.translate("PrivacyDialog", "{name} was erased (history entries rewritten: {count}).")
    erasing = QCoreApplication.translate("PrivacyDialog", "Erasing {name}").format(name=name)

    def done(report: ErasureReport) -> None:
        ctx.operations.changed(ERASURE_KINDS)
        ctx.notify(erased.format(name=name, count=report.history_rows_rewritten))
        if on_erased is not None:
            on_erased(report)

    ctx.tasks.run(lambda: erase_contact(store, contact_id), done,
                  on_error=lambda exc: show_error(parent, exc, erasing), label=erasing)
    return True


class PrivacyDialog(QDialog):
    """The privacy actions for one contact."""

    def __init__(self, ctx: AppContext, contact_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        name = person_name(ctx, contact_id)
        self.setWindowTitle(self.tr("Privacy — {name}").format(name=name))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("Answer a data-subject request from <b>{name}</b>: send them everything the store "
                               "holds about them, or erase them.").format(name=html.escape(name)))
        intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Subject access &export…"))
        self.export_button.setToolTip(self.tr("Write the record, participations, notes, documents and history to a "
                                              "file"))
        self.export_button.clicked.connect(lambda: export_subject_access(ctx, self, contact_id))
        self.erase_button = QPushButton(self.tr("&Erase this person…"))
        self.erase_button.setToolTip(self.tr("Remove every personal data of this person; participations stay, "
                                             "anonymous"))
        self.erase_button.clicked.connect(self.erase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def erase(self) -> None:
        if erase_person(self.ctx, self, self.contact_id):
            self.accept()


class RetentionDialog(QDialog):
    """Tools > Retention review…: contacts with no activity for N years, to open (and refresh) or erase."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[StaleContact] = []
        self.setWindowTitle(self.tr("Retention review"))
        self.resize(680, 460)
        self.years = QSpinBox(minimum=1, maximum=30)
        self.years.valueChanged.connect(self._word_years)
        self.years.setValue(Settings.load().retention_years)
        self._word_years(self.years.value())
        self.years.valueChanged.connect(self.reload)
        self.count = QLabel("")
        top = QHBoxLayout()
        caption = QLabel(self.tr("Contacts with no activity &for"))
        caption.setBuddy(self.years)
        self.years.setAccessibleName(self.tr("Years without activity"))
        top.addWidget(caption)
        top.addWidget(self.years)
        top.addStretch(1)
        top.addWidget(self.count)

        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Contacts to review"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Organization"), self.tr("Last activity")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show the contact to refresh their consent or delete them"))
        self.open_button.clicked.connect(self.open_selected)
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.erase_button.clicked.connect(self.erase_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        ctx.operations.data_changed.connect(self._on_changed)
        self.reload()

    def _word_years(self, years: int) -> None:
        """The spin box shows "3 years" in the user's language: the words around the number are its affixes."""
        text = self.tr("%Ln years", "", years)
        before, found, after = text.partition(str(years))
        self.years.setPrefix(before if found else "")
        self.years.setSuffix(after if found else f" {text}")

    def _on_changed(self, kinds: set[str]) -> None:
        if "contact" in kinds:
            self.reload()

    def reload(self) -> None:
        store, years = self.ctx.store, self.years.value()
        self.count.setText(self.tr("Looking…"))
        self.ctx.tasks.run(lambda: stale_contacts(store, years), self._fill, owner=self)

    def _fill(self, rows: list[StaleContact]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, stale in enumerate(rows):
            for column, text in enumerate((stale.name, stale.organization or "",
                                           stale.last_activity.strftime("%d %b %Y"))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.count.setText(self.tr("%Ln contacts to review", "", len(rows)) if rows else self.tr("Nobody to review."))
        self._update_buttons()

    def selected(self) -> StaleContact | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def open_selected(self) -> None:
        stale = self.selected()
        if stale is not None:
            self.ctx.open_record("contact", stale.id)

    def erase_selected(self) -> None:
        stale = self.selected()
        if stale is not None:
            erase_person(self.ctx, self, stale.id)
