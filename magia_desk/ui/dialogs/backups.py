"""File > Backups…: the store's backups (date, kind, size), a backup now, a restore, the folder.

A restore replaces the open store's file, which this process holds open (and locked); so the dialog closes the
window's store only through a restart: after confirming, it restores and quits with a message telling the user
to start MAGIA Desk again. The previous store is kept by restore_store (a "restore" backup).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from magia_desk.services.backup import BackupInfo, backup_store, backups_folder, list_backups, restore_store
from magia_desk.storage.store import Store
from magia_desk.ui.errors import show_error
from magia_desk.ui.tasks import TaskRunner

KIND_LABELS = {"auto": QT_TRANSLATE_NOOP("BackupsDialog", "Automatic"),
               "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Manual"),
               "migration": QT_TRANSLATE_NOOP("BackupsDialog", "Before an upgrade"),
               "restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
               "conversion": QT_TRANSLATE_NOOP("BackupsDialog", "Before encryption change")}
SIZE_UNITS = (QT_TRANSLATE_NOOP("BackupsDialog", "{size} bytes"), QT_TRANSLATE_NOOP("BackupsDialog", "{size} KB"),
              QT_TRANSLATE_NOOP("BackupsDialog", "{size} MB"), QT_TRANSLATE_NOOP("BackupsDialog", "{size} GB"))


def kind_label(kind: str) -> str:
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate("BackupsDialog", text) if text else kind


def human_size(size: int) -> str:
    value = float(size)
    for index, unit in enumerate(SIZE_UNITS):
        if value < 1024 or index == len(SIZE_UNITS) - 1:
            shown = f"{value:.0f}" if index == 0 else f"{value:.1f}"
            return QCoreApplication.translate("BackupsDialog", unit).format(size=shown)
        value /= 1024
    return QCoreApplication.translate("BackupsDialog", SIZE_UNITS[0]).format(size=size)


class BackupsDialog(QDialog):
    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.backups: list[BackupInfo] = []
        self.busy = False
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)

        intro = QLabel(self.tr(
            "MAGIA Desk backs up the store when it opens and once a day while in use (the last 7 days and "
            "4 weeks are kept). Each backup holds the store and its attachments."
        ))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = QLabel(self.tr("No backups yet. “Back up now” makes one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Replace the store with the selected backup (MAGIA Desk then "
                                               "restarts)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        self.folder_button.clicked.connect(self.show_folder)
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.refresh()

    # ---- list ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.backups = list_backups(self.store.path)  # a directory listing: fast enough on the GUI thread
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = [info.created.strftime("%d %b %Y %H:%M"), kind_label(info.kind),
                     human_size(info.size)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not self.backups)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.backup_button.setEnabled(not self.busy)
        self.restore_button.setEnabled(not self.busy and self.selected() is not None)

    # ---- commands --------------------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        """The copy (SQLite online backup + attachments, zipped) runs on a worker: large stores take seconds."""
        self.busy = True
        self.status.setText(self.tr("Backing up…"))
        self._update_buttons()
        self.tasks.run(lambda: backup_store(self.store), self._backed_up, on_error=self._failed, owner=self,
                       label=self.tr("Backing up the store"))

    def _backed_up(self, path: Path) -> None:
        self.busy = False
        self.status.setText(self.tr("Backed up to {file}.").format(file=path.name))
        self.refresh()
        for row, info in enumerate(self.backups):
            if info.path == path:
                self.table.selectRow(row)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status.setText("")
        self._update_buttons()
        show_error(self, exc, self.tr("Backing up"))

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Separate so that tests can answer for the user."""
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace the store with the backup of {date}?\n\n"
                    "The store as it is now is kept as a backup first. MAGIA Desk then closes: start it again to "
                    "work on the restored data.").format(date=f"{info.created:%d %b %Y %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not self.confirm_restore(info):
            return
        # The store file is held open (and locked) by this process: close it before replacing the file, then
        # quit, since every screen still points at the closed store.
        path, passphrase = self.store.path, self.store.passphrase
        self.tasks.shutdown()
        self.store.close()
        try:
            result = restore_store(path, info.path, passphrase)
        except Exception as exc:
            show_error(self, exc, self.tr("Restoring the backup"))
            QMessageBox.information(self, self.tr("MAGIA Desk will close"),
                                    self.tr("Start MAGIA Desk again to reopen the store."))
        else:
            text = self.tr("The store was restored from {file}.").format(file=info.path.name)
            if result.previous_kept_at:
                text += "\n\n" + self.tr("The store it replaced is kept in {path}.").format(
                    path=result.previous_kept_at)
            text += "\n\n" + self.tr("MAGIA Desk will now close: start it again to work on the restored data.")
            QMessageBox.information(self, self.tr("Backup restored"), text)
        # exit(), not quit(): quit() closes the windows first, and closing would save an open edit into the
        # restored store.
        QApplication.exit(0)

    def show_folder(self) -> None:
        folder = backups_folder(self.store.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
