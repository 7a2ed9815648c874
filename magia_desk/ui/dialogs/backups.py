"""File > Backups…: the store's backups (date, kind, size), a backup now, a restore, the folder.

A restore replaces the open store's file, which this process holds open (and locked); so the dialog closes the
window's store only through a restart: after confirming, it restores and quits with a message telling the user
to start MAGIA Desk again. The previous store is kept by restore_store (a "restore" backup).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
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

KIND_LABELS = {"auto": "Automatic", "manual": "Manual", "migration": "Before an upgrade",
               "restore": "Before a restore", "conversion": "Before encryption change"}


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


class BackupsDialog(QDialog):
    def __init__(self, store: Store, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.backups: list[BackupInfo] = []
        self.busy = False
        self.setWindowTitle("Backups")
        self.resize(640, 420)

        intro = QLabel(
            "MAGIA Desk backs up the store when it opens and once a day while in use (the last 7 days and "
            "4 weeks are kept). Each backup holds the store and its attachments."
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(["Date", "Kind", "Size"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = QLabel("No backups yet. “Back up now” makes one.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel("")

        self.backup_button = QPushButton("&Back up now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setToolTip("Replace the store with the selected backup (MAGIA Desk then restarts)")
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton("Show in &folder")
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
            cells = [info.created.strftime("%d %b %Y %H:%M"), KIND_LABELS.get(info.kind, info.kind),
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
        self.status.setText("Backing up…")
        self._update_buttons()
        self.tasks.run(lambda: backup_store(self.store), self._backed_up, on_error=self._failed, owner=self,
                       label="Backing up the store")

    def _backed_up(self, path: Path) -> None:
        self.busy = False
        self.status.setText(f"Backed up to {path.name}.")
        self.refresh()
        for row, info in enumerate(self.backups):
            if info.path == path:
                self.table.selectRow(row)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status.setText("")
        self._update_buttons()
        show_error(self, exc, "Backing up")

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Separate so that tests can answer for the user."""
        answer = QMessageBox.question(
            self, "Restore this backup?",
            f"Replace the store with the backup of {info.created:%d %b %Y %H:%M}?\n\n"
            "The store as it is now is kept as a backup first. MAGIA Desk then closes: start it again to work "
            "on the restored data.",
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
            show_error(self, exc, "Restoring the backup")
            QMessageBox.information(self, "MAGIA Desk will close", "Start MAGIA Desk again to reopen the store.")
        else:
            kept = f"\n\nThe store it replaced is kept in {result.previous_kept_at}." if result.previous_kept_at else ""
            QMessageBox.information(self, "Backup restored",
                                    f"The store was restored from {info.path.name}.{kept}\n\n"
                                    "MAGIA Desk will now close: start it again to work on the restored data.")
        # exit(), not quit(): quit() closes the windows first, and closing would save an open edit into the
        # restored store.
        QApplication.exit(0)

    def show_folder(self) -> None:
        folder = backups_folder(self.store.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
