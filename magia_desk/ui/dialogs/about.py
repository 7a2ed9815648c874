"""Help ▸ About MAGIA Desk: what it is, which version, where the data is, and what it runs on."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from magia_desk import APP_NAME, __version__
from magia_desk.storage.store import Store
from magia_desk.ui.icons import app_icon, icon

LICENCE = "EUPL-1.2"
ICON_SIZE = 72


def runtime_text() -> str:
    """What MAGIA Desk runs on: names and version numbers, the same in every language."""
    return f"Qt {qVersion()} · PySide {PySide6.__version__} · Python {platform.python_version()}"


def versions_text() -> str:
    """One line for a support request: the app, Qt, PySide and Python versions (never translated)."""
    return (f"{APP_NAME} {__version__} · Qt {qVersion()} · PySide {PySide6.__version__} · "
            f"Python {platform.python_version()} · {platform.system()} {platform.release()}")


class AboutDialog(QDialog):
    def __init__(self, store: Store | Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About MAGIA Desk"))
        self.store_path = Path(store.path if isinstance(store, Store) else store) if store is not None else None

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        logo.setAccessibleName(self.tr("MAGIA Desk icon"))
        name = QLabel(f"<span style='font-size:18pt; font-weight:600'>{APP_NAME}</span>", self)
        version = QLabel(self.tr("Version {version}").format(version=__version__), self)
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr(
            "A desktop CRM for the internationalization officers of EU cluster partnerships: companies, contacts, "
            "actions, missions and agreements, and the numbers the EU report asks for. It works offline: your data "
            "stays in one file on this computer."), self)
        blurb.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(version)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        form = QFormLayout()
        self.location = QLabel(str(self.store_path) if self.store_path else self.tr("No store open"), self)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(icon("folder"), self.tr("Open folder"), self)
        self.open_folder.setToolTip(self.tr("Show the folder of the store in the file manager"))
        self.open_folder.setEnabled(self.store_path is not None)
        self.open_folder.clicked.connect(self.show_folder)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.open_folder)
        form.addRow(self.tr("Store:"), where)
        self.runtime = QLabel(runtime_text(), self)
        form.addRow(self.tr("Built with:"), self.runtime)
        form.addRow(self.tr("Licence:"), QLabel(self.tr("European Union Public Licence {licence}").format(
            licence=LICENCE), self))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy version details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setToolTip(self.tr("For a support request: the versions of MAGIA Desk, Qt, PySide and Python"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(versions_text()))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(blurb)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def folder(self) -> Path | None:
        return self.store_path.parent if self.store_path is not None else None

    def show_folder(self) -> bool:
        folder = self.folder()
        return folder is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
