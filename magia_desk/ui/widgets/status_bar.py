"""The status bar (ui.md): transient messages with Undo, background work with Cancel, the store, the officer,
the last backup."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from magia_desk.storage.store import Store
from magia_desk.ui.tasks import TaskHandle, TaskRunner

MESSAGE_MS = 8000


def last_backup(store: Store) -> datetime | None:
    """The newest backup of this store (services.backup names them <store stem>-<stamp>.magiabackup)."""
    pattern = f"{store.path.stem}-*.magiabackup"
    try:
        newest = max((p.stat().st_mtime for p in store.backups_dir.glob(pattern)), default=None)
    except OSError:
        return None
    return datetime.fromtimestamp(newest) if newest else None


def store_size(path: Path) -> int:
    """The file plus its write-ahead log: what the store really takes on disk."""
    total = 0
    for candidate in (path, path.with_name(path.name + "-wal")):
        with contextlib.suppress(OSError):
            total += candidate.stat().st_size
    return total


class MessageArea(QWidget):
    """A transient message on the left, with an Undo button when the change can be undone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Last message"))
        self.undo_button = QToolButton(self)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=MESSAGE_MS)
        self._timer.timeout.connect(self.clear)

    def show_message(self, text: str, undo: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self._timer.start()

    def clear(self) -> None:
        self.label.clear()
        self._undo = None
        self.undo_button.hide()

    def _undo_clicked(self) -> None:
        undo = self._undo
        self.clear()
        if undo is not None:
            undo()


class WorkIndicator(QWidget):
    """The background work in progress: what, how far, and Cancel (hidden when idle)."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress of the background work"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the background work"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        tasks.task_started.connect(self._update)
        tasks.task_progress.connect(self._update)
        tasks.task_finished.connect(self._update)
        self.hide()

    def _update(self, _handle: TaskHandle | None = None) -> None:
        work = self._tasks.background_work
        if not work:
            self.hide()
            return
        handle = work[0]
        if len(work) > 1:
            self.label.setText(self.tr("{task}… (+%Ln more)", "", len(work) - 1).format(task=handle.label))
        else:
            self.label.setText(f"{handle.label}…")
        fraction = handle.fraction
        if fraction is None:
            self.bar.setRange(0, 0)  # indeterminate: the work did not say how much there is
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(fraction * 1000))
        self.cancel_button.setVisible(any(h.cancellable for h in work))
        self.show()

    def _cancel(self) -> None:
        for handle in self._tasks.background_work:
            handle.cancel()


class StoreStatus:
    """The permanent facts on the right of the status bar."""

    def __init__(self, bar: QStatusBar, store: Store) -> None:
        self._store = store
        self.store_label = QLabel(bar)
        self.officer_label = QLabel(bar)
        self.backup_label = QLabel(bar)
        for label, name in ((self.store_label, QT_TRANSLATE_NOOP("StoreStatus", "Store file")),
                            (self.officer_label, QT_TRANSLATE_NOOP("StoreStatus", "Officer")),
                            (self.backup_label, QT_TRANSLATE_NOOP("StoreStatus", "Last backup"))):
            label.setAccessibleName(QCoreApplication.translate("StoreStatus", name))
            label.setContentsMargins(8, 0, 8, 0)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            bar.addPermanentWidget(label)

    def refresh(self, officer_name: str | None) -> None:
        path = self._store.path
        size = QLocale().formattedDataSize(store_size(path), 1)
        self.store_label.setText(f"{path.name}  ·  {size}")
        self.store_label.setToolTip(QCoreApplication.translate("StoreStatus", "The store: {path}").format(path=path))
        self.officer_label.setText(
            QCoreApplication.translate("StoreStatus", "Officer: {name}").format(name=officer_name) if officer_name
            else QCoreApplication.translate("StoreStatus", "No officer chosen"))
        self.officer_label.setToolTip(QCoreApplication.translate("StoreStatus", "Every change records who made it"))
        when = last_backup(self._store)
        if when is None:
            self.backup_label.setText(QCoreApplication.translate("StoreStatus", "Never backed up"))
            self.backup_label.setToolTip(
                QCoreApplication.translate("StoreStatus", "File ▸ Back up now keeps a copy beside the store"))
        else:
            text = QLocale().toString(when, QLocale.FormatType.ShortFormat)
            self.backup_label.setText(
                QCoreApplication.translate("StoreStatus", "Last backup: {when}").format(when=text))
            self.backup_label.setToolTip(
                QCoreApplication.translate("StoreStatus", "Backups are kept in {folder}").format(
                    folder=self._store.backups_dir))
